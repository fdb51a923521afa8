// A district's OneRoster 1.1 export, generated: `students` students and `classes` classes (a
// teacher each), every student in two classes, two terms. Plain text per file: the bench page
// imports it through the app's functions, the node side writes it to files a teacher picks.
export function makeExport(students: number, classes: number): Record<string, string> {
  const users = ['sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password'];
  const given = ['Aoife', 'José', 'Mary', 'Kyle', 'Zoë', 'Chen', 'Amara', 'Liam', 'Noor', 'Mateo'];
  const family = ['Byrne', 'Núñez', 'Archer', 'Hughes', 'Quinn', 'Wang', 'Okafor', 'Murphy', 'Haddad', 'García'];
  for (let t = 0; t < classes; t++) users.push(`t${t},,,true,org${t % 40},teacher,t${t},,Teacher${t},Staff,,T-${t},t${t}@district.org,,,,,`);
  for (let s = 0; s < students; s++) {
    users.push(`s${s},,,true,org${s % 40},student,s${s},,${given[s % 10]}${s},${family[(s * 7) % 10]},,${String(100000 + s).padStart(7, '0')},s${s}@district.org,,,,${String(6 + (s % 7)).padStart(2, '0')},`);
  }
  const cls = ['sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods'];
  for (let c = 0; c < classes; c++) cls.push(`c${c},,,Class ${c},07,course${c % 200},C-${c},scheduled,,org${c % 40},"fall,spring",Maths,,${1 + (c % 8)}`);
  const enr = ['sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate'];
  for (let c = 0; c < classes; c++) enr.push(`et${c},,,c${c},org${c % 40},t${c},teacher,true,,`);
  for (let s = 0; s < students; s++) {
    enr.push(`ea${s},,,c${s % classes},org1,s${s},student,false,,`);
    enr.push(`eb${s},,,c${(s * 31 + 7) % classes},org1,s${s},student,false,,`);
  }
  const sessions = ['sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear', 'fall,,,Fall 2026,semester,2026-08-20,2026-12-18,,2027', 'spring,,,Spring 2027,semester,2027-01-05,2027-05-28,,2027'];
  const manifest = ['propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.1', 'file.users,bulk', 'file.classes,bulk', 'file.enrollments,bulk', 'file.academicSessions,bulk'];
  return {
    'manifest.csv': manifest.join('\r\n'),
    'users.csv': users.join('\r\n'),
    'classes.csv': cls.join('\r\n'),
    'enrollments.csv': enr.join('\r\n'),
    'academicSessions.csv': sessions.join('\r\n'),
  };
}
