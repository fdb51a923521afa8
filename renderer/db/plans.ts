import {
  planSchedule,
  planMinutesByStudent,
  type PlanBody,
  type PlanRecord,
  type PlayRecord,
} from '../../shared';
import { db, newId, nowIso } from './db';

export type PlanDraft = { classId: string; title: string; groupingId: string | null; body: PlanBody };

/** Minutes per student, stored with the plan so the groups board can read teacher time quickly. */
function withMinutes(draft: PlanDraft): Omit<PlanRecord, 'id' | 'createdAt'> {
  const { slots } = planSchedule(draft.body);
  return {
    classId: draft.classId,
    title: draft.title,
    groupingId: draft.groupingId,
    date: draft.body.dates[0] ?? '',
    body: draft.body as unknown as Record<string, unknown>,
    minutesByStudent: planMinutesByStudent({
      slots,
      stations: draft.body.stations,
      groups: draft.body.groups,
      minutesPerStation: draft.body.minutesPerStation,
    }),
  };
}

export function planBody(plan: PlanRecord): PlanBody {
  return plan.body as unknown as PlanBody;
}

export async function savePlan(draft: PlanDraft): Promise<string> {
  const id = newId();
  await db.plans.add({ ...withMinutes(draft), id, createdAt: nowIso() });
  return id;
}

export async function updatePlan(id: string, draft: PlanDraft): Promise<void> {
  await db.plans.update(id, withMinutes(draft));
}

/** Copies a plan to other days, one new plan per date, in one transaction; returns the new ids. */
export async function copyPlanToDates(id: string, dates: string[]): Promise<string[]> {
  return db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(id);
    if (!plan) throw new Error('That plan is no longer there: it may have been deleted.');
    const body = planBody(plan);
    const copies = dates.map((date) => ({
      ...plan,
      id: newId(),
      date,
      createdAt: nowIso(),
      body: { ...body, dates: [date, ...body.dates.slice(1)] } as unknown as Record<string, unknown>,
    }));
    await db.plans.bulkAdd(copies);
    return copies.map((c) => c.id);
  });
}

export async function listPlans(classId: string, from?: string, to?: string): Promise<PlanRecord[]> {
  const all = await db.plans.where('classId').equals(classId).toArray();
  return all
    .filter((p) => (!from || p.date >= from) && (!to || p.date <= to))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

export async function deletePlans(ids: string[]): Promise<PlanRecord[]> {
  return db.transaction('rw', db.plans, async () => {
    const found = (await db.plans.bulkGet(ids)).filter((p): p is PlanRecord => !!p);
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

export function listPlays(): Promise<PlayRecord[]> {
  return db.plays.orderBy('name').toArray();
}

export async function deletePlay(id: string): Promise<PlayRecord | undefined> {
  return db.transaction('rw', db.plays, async () => {
    const found = await db.plays.get(id);
    await db.plays.delete(id);
    return found;
  });
}

export async function restorePlay(play: PlayRecord): Promise<void> {
  await db.plays.put(play);
}
