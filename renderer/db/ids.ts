// Ids and timestamps for new records. Free of Dexie, so screens (and pure builders they call) may
// make ids for things that are not stored yet: a station, a group, a class adult.

/** A new record id: a random UUID, so exports from two machines merge without clashes. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Now as a full ISO date-time in UTC. */
export function nowIso(): string {
  return new Date().toISOString();
}
