// A coach opening a term's plans: 40 plan bundles from 10 teachers, made from the sample class the
// way a teacher exports them (the sample's roster and mastery, a grouping by mastery, a four-station
// plan with the collaborative task written, each teacher's profile as author; some plans over the
// screen limit, so plan health has warnings to count).
// Each run starts from an empty database, as a coach's own install: the 40 files go through what
// the review folder and the browser's folder pick both use (takeFolderFiles: read, checked, stored in
// one transaction), the coach rates the look-fors of every plan (not timed), and the app is mounted
// on Reviews until the overview's 40 rows and the look-for summary are painted. The headline is
// the two together: files in hand to the overview on screen.
import {
  DEFAULT_LOOK_FORS,
  currentPlanVersion,
  makeGroups,
  makePlanBundle,
  serializeBundle,
  storedPlanBodySchema,
} from '../../../shared';
import { db, newId } from '../../../renderer/db/db';
import { savePlan } from '../../../renderer/db/plans';
import { changeLookFors, listCoachOverview } from '../../../renderer/db/reviews';
import { loadSampleClass } from '../../../renderer/db/sample';
import { planBundleInput } from '../../../renderer/review/exportData';
import { takeFolderFiles, type FolderFile } from '../../../renderer/review/folderFiles';
import type { BrowserMeasure } from '../api';
import { median, mountApp, round, unmountDropping, whenPainted } from './harness';

const TEACHERS = 10;
const PLANS_EACH = 4;
const SCHOOLS = ['Maplewood Middle', 'Lincoln Elementary', 'Riverside K-8'];

async function emptyDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

/** The sample class, a grouping by mastery on its first skill and one saved plan: the export every bundle is made from. */
async function samplePlanId(): Promise<string> {
  const classId = await loadSampleClass();
  const studentIds = (await db.enrollments.where('classId').equals(classId).toArray()).map((e) => e.studentId).sort();
  const skillId = (await db.classSkills.where('classId').equals(classId).sortBy('order'))[0]!.skillId;
  const scores = Object.fromEntries(studentIds.map((id, i) => [id, (i % 4) + 0.5]));
  const { groups } = makeGroups({ students: studentIds.map((id) => ({ id, score: scores[id]! })), strategy: 'similar', groupCount: 4, seed: 1 });
  const groupingId = newId();
  await db.groupings.add({
    id: groupingId,
    classId,
    date: '2026-03-02',
    name: 'Ratio groups',
    skillIds: [skillId],
    strategy: 'similar',
    groups: groups.map((ids, i) => ({ name: `Group ${i + 1}`, color: '#1a3578', studentIds: ids })),
    scores,
    createdAt: '2026-03-02T12:00:00.000Z',
  });
  const station = (id: string, name: string, kind: string, adult: string | null, activity: string) => ({
    id,
    name,
    kind,
    adult,
    activities: {},
    everyGroup: { activity, resources: 'Ratio cards, tablets', evidence: 'Exit ticket' },
  });
  const body = storedPlanBodySchema.parse({
    model: 'station',
    dates: ['2026-03-02'],
    start: '09:00',
    minutesPerStation: 15,
    transitionMinutes: 2,
    stations: [
      station('st-t', 'Teacher table', 'teacher', 'teacher', 'Reteach unit rates with the data'),
      station('st-o', 'Online practice', 'online', null, 'Adaptive practice, ratio tables'),
      station('st-c', 'Collaborative task', 'collaborative', null, 'Debate: which recipe is stronger?'),
      station('st-i', 'Independent practice', 'independent', null, 'Ratio word problems'),
    ],
    groups: groups.map((ids, i) => ({ id: `g${i + 1}`, name: `Group ${i + 1}`, color: '#1a3578', studentIds: ids })),
    screenLimitPerDay: 40,
    notes: 'Group 1 meets me first.',
  });
  return savePlan({ classId, title: 'Four stations with collaboration', groupingId, body });
}

/** The 40 files as they sit in the shared folder: one subfolder per teacher. */
async function bundleFiles(): Promise<FolderFile[]> {
  await emptyDatabase();
  const input = await planBundleInput(await samplePlanId());
  const files: FolderFile[] = [];
  for (let t = 0; t < TEACHERS; t++) {
    const author = { name: `Teacher ${String(t + 1).padStart(2, '0')}`, school: SCHOOLS[t % SCHOOLS.length]! };
    for (let p = 0; p < PLANS_EACH; p++) {
      const date = `2026-03-${String(2 + p * 7).padStart(2, '0')}`;
      // Every third plan has 45-minute stations: over the screen limit, so plan health warns.
      const minutes = (t + p) % 3 === 0 ? 45 : 15;
      const plan = { ...input.plan, id: newId(), title: `Week ${p + 1} stations`, date, body: { ...input.plan.body, dates: [date], minutesPerStation: minutes } };
      const own = { ...input, author, plan };
      const bundle = makePlanBundle(own, { appVersion: 'bench', exportedAt: `${date}T18:00:00.000Z`, pseudonymise: false, planVersion: currentPlanVersion(own)! });
      files.push({ folder: '', file: `${author.name}/${plan.title} ${date}.blendwise`, data: new TextEncoder().encode(serializeBundle(bundle)) });
    }
  }
  return files;
}

type Run = { intakeMs: number; overviewMs: number; overviewDomMs: number; warnedPlans: number };

async function openOnce(files: FolderFile[]): Promise<Run> {
  await emptyDatabase();
  const t0 = performance.now();
  const outcome = await takeFolderFiles(files, { openBundles: true, reviewer: 'Coach Rivera' });
  const intakeMs = performance.now() - t0;
  if (outcome.opened.length !== files.length || outcome.problems.length > 0) {
    throw new Error(`Opened ${outcome.opened.length} of ${files.length} bundles: ${outcome.problems.map((p) => p.problem).join('; ')}`);
  }
  // The coach's ratings, so the summary has means and charts to draw.
  for (const [i, review] of (await listCoachOverview()).entries()) {
    await changeLookFors(review.id, (lookFors) => lookFors.map((l, k) => ({ ...l, rating: ((i + k) % 4) + 1 })));
  }

  db.close();
  await db.open();
  const t1 = performance.now();
  const app = mountApp('/reviews');
  const box = app.box;
  const done = await whenPainted(box, () => {
    const rows = box.querySelectorAll('main table[aria-label="Plans under review"] tbody tr').length;
    const means = box.querySelector('main table[aria-label="Look-for means by teacher"]');
    return rows === files.length && !!means && means.querySelectorAll('tbody tr').length === DEFAULT_LOOK_FORS.length;
  });
  // Plans whose warnings cell lists some (the others say "None").
  const warnedPlans = box.querySelectorAll('main table[aria-label="Plans under review"] tbody tr details').length;
  await unmountDropping(app.root, box);
  if (warnedPlans === 0) throw new Error('No plan has a plan-health warning: the 45-minute plans should.');
  return { intakeMs, overviewMs: done.paintAt - t1, overviewDomMs: done.domAt - t1, warnedPlans };
}

export async function coachOverview(options: Record<string, unknown>): Promise<BrowserMeasure> {
  const runs = typeof options.runs === 'number' ? options.runs : 5;
  const files = await bundleFiles();
  const bytes = files.reduce((sum, f) => sum + f.data.byteLength, 0);
  await openOnce(files); // warm-up, not counted
  const list: Run[] = [];
  for (let i = 0; i < runs; i++) list.push(await openOnce(files));
  await emptyDatabase();
  const total = median(list.map((r) => r.intakeMs + r.overviewMs));
  return {
    value: round(total),
    details: {
      bundles: files.length,
      teachers: TEACHERS,
      bundleKB: Math.round(bytes / 1024),
      runs,
      plansWithWarnings: list[0]?.warnedPlans ?? 0,
      totalMedianMs: round(total),
      intakeMedianMs: round(median(list.map((r) => r.intakeMs))),
      overviewMedianMs: round(median(list.map((r) => r.overviewMs))),
      intakeMs: list.map((r) => round(r.intakeMs)),
      overviewMs: list.map((r) => round(r.overviewMs)),
      overviewInDomMs: list.map((r) => round(r.overviewDomMs)),
    },
  };
}
