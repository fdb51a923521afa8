// What a saved rotation plan holds (PlanRecord.body) and what a saved play holds. The schedule
// itself is never stored: buildRotation derives it from these, so it can never disagree with them.
// The types are inferred from the record schemas in ./records (planBody.ts), which also upgrade
// older plan bodies (a body of {} reads as a whole, editable plan).
export type { ClassAdult, PlanBody, PlanGroup, PlanStation, PlayRecord } from './records';
