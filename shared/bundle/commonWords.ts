// Words a plan is written in that are not names: common English, the calendar, school subjects and
// the words of a rotation. A capitalised word outside this list may be a name the pseudonyms did
// not catch (a student of another class, a parent), so the export dialog asks the teacher to look.
// Kept small on purpose: a false alarm costs a glance, a missed name costs a student's privacy.

const WORDS = `
a about above after again against all also always am an and another any are around as ask at away
back be because been before begin being below best better between big both bring but by
call can check choose class close come could
day did do does done down draw during
each early easy end enough even every everyone
find finish first follow for four from full
get give go good great
had half has have he help her here high him his how
if in into is it its
just keep kind know
last late learn left less let like line list little long look
make many may me more most move much must my
need new next no not now
of off on once one only open or other our out over own
part pick play please put
quiet quick
read ready remember right
same say see set she should show side small so some start stay still stop
take talk tell than that the their them then there these they think this those three through time to
today together tomorrow too try turn two
under until up us use
very
wait want was way we well were what when where which while who why will with work would write
yes yet you your
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
spring summer autumn fall winter week weekend morning afternoon period term semester quarter
math maths mathematics algebra geometry statistics science biology chemistry physics english reading
writing literacy ela history geography social studies art music drama pe health spanish french
german latin chinese computing coding technology
student students teacher teachers coach class group groups station stations rotation rotations
online offline independent collaborative practice review lesson lessons activity activities
task tasks game games quiz quizzes test tests exit ticket tickets warm cool worksheet worksheets
card cards book books notebook notebooks laptop laptops chromebook chromebooks tablet tablets ipad
headphones table tables desk desks board whiteboard lab room library classroom corner carpet
partner partners pair pairs team teams small whole mini lesson intervention extension enrichment
support challenge core standard standards skill skills goal goals target targets unit units
problem problems question questions answer answers word words number numbers fraction fractions
ratio ratios rate rates percent percents decimal decimals equation equations graph graphs chart
diagram diagrams tape model models plan plans grade grades level levels exceeds meets approaching
beginning mastery data score scores evidence resources notes note sheet sheets video videos
iready i-ready khan academy ixl desmos zearn canvas google classroom kahoot quizlet seesaw newsela
guided shared independent close small-group teacher-led self-paced must-do may-do
classic add adds flip flop computer computers mirror mirrored aide aides co co-teacher co-teaching teaching
collaboration collab discussion fluency vocabulary phonics journal center centers centre centres puzzle puzzles
box shelf front blocks manipulatives sort flex individual playlist playlists do
mark marks grace hope rose christ chart charts mr mrs ms miss dr sir
red orange yellow green blue purple pink brown black white gray grey gold silver
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
