import {
  decodePlan,
  decodePlay,
  PLAN_SHAPE,
  type PlanBody,
  type PlanRecord,
  type PlayRecord,
} from '../../shared';
import { db, newId, nowIso } from './db';
import { updateAtRev } from './revisions';

export type PlanDraft = { classId: string; title: string; groupingId: string | null; body: PlanBody };

/**
 * The stored fields of a plan. Teacher minutes are not stored beside it: every screen computes them
 * from the body (planSchedule), so they can never disagree with the plan.
 */
function planFields(draft: PlanDraft): Omit<PlanRecord, 'id' | 'createdAt'> {
  return {
    classId: draft.classId,
    title: draft.title,
    groupingId: draft.groupingId,
    date: draft.body.dates[0] ?? '',
    body: draft.body,
    shape: PLAN_SHAPE,
  };
}

/**
 * A plan's body as a whole PlanBody. A plan read through this module is decoded already; one read
 * some other way (an older shape: body {} or missing stations or groups) is decoded here.
 */
export function planBody(plan: PlanRecord): PlanBody {
  return decodePlan(plan).body;
}

/** One plan, decoded (older shapes upgraded); undefined when it is not there. */
export async function getPlan(id: string): Promise<PlanRecord | undefined> {
  const raw = await db.plans.get(id);
  return raw ? decodePlan(raw) : undefined;
}

export async function savePlan(draft: PlanDraft): Promise<string> {
  const id = newId();
  await db.plans.add({ ...planFields(draft), id, createdAt: nowIso() });
  return id;
}

/**
 * Saves over the plan the screen opened at revision `rev`; refused with a StaleWriteError when
 * another window saved (or deleted) it since. Returns the new revision.
 */
export async function updatePlan(id: string, draft: PlanDraft, rev: number): Promise<number> {
  return updateAtRev('plan', id, rev, planFields(draft));
}

/** Copies a plan to other days, one new plan per date, in one transaction; returns the new ids. */
export async function copyPlanToDates(id: string, dates: string[]): Promise<string[]> {
  return db.transaction('rw', db.plans, async () => {
    const raw = await db.plans.get(id);
    if (!raw) throw new Error('That plan is no longer there: it may have been deleted.');
    // A copy is a new record: it starts at revision 0.
    const { rev: _rev, ...plan } = decodePlan(raw);
    const copies = dates.map((date): PlanRecord => ({
      ...plan,
      id: newId(),
      date,
      createdAt: nowIso(),
      body: { ...plan.body, dates: [date, ...plan.body.dates.slice(1)] },
    }));
    await db.plans.bulkAdd(copies);
    return copies.map((c) => c.id);
  });
}

export async function listPlans(classId: string, from?: string, to?: string): Promise<PlanRecord[]> {
  const all = (await db.plans.where('classId').equals(classId).toArray()).map(decodePlan);
  return all
    .filter((p) => (!from || p.date >= from) && (!to || p.date <= to))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

export async function deletePlans(ids: string[]): Promise<PlanRecord[]> {
  return db.transaction('rw', db.plans, async () => {
    const found = (await db.plans.bulkGet(ids)).filter((p) => !!p).map(decodePlan);
    await db.plans.bulkDelete(ids);
    return found;
  });
}

export async function restorePlans(plans: PlanRecord[]): Promise<void> {
  await db.plans.bulkPut(plans);
}

export async function savePlay(play: Omit<PlayRecord, 'id' | 'createdAt'>): Promise<string> {
  const id = newId();
  await db.plays.add({ ...play, id, createdAt: nowIso() });
  return id;
}

export async function listPlays(): Promise<PlayRecord[]> {
  return (await db.plays.orderBy('name').toArray()).map(decodePlay);
}

export async function deletePlay(id: string): Promise<PlayRecord | undefined> {
  return db.transaction('rw', db.plays, async () => {
    const found = await db.plays.get(id);
    await db.plays.delete(id);
    return found && decodePlay(found);
  });
}

export async function restorePlay(play: PlayRecord): Promise<void> {
  await db.plays.put(play);
}
