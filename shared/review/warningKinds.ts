// Plan-health warnings by kind, so a coach can count them across plans: the messages name groups
// and stations ("Group 2 never meets the teacher"), which differ from plan to plan, while the
// problem is the same. The patterns follow the messages of shared/rotations (checks, build,
// modelChecks, periodFit); a unit test runs those checks and keeps the two in step.

const KINDS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'Screen time above the class limit', pattern: /minutes of screen time on day \d+, above the class limit/ },
  { kind: 'A collaborative group too small to talk', pattern: /too small for .*collaborative station needs at least/ },
  { kind: 'More students than devices', pattern: /more students than the \d+ devices?/ },
  { kind: 'No teacher station', pattern: /^No station is led by the teacher/ },
  { kind: 'A group never meets the teacher', pattern: /never meets? the teacher/ },
  { kind: 'The neediest group gets less teacher time', pattern: /has the most need .* minutes with the teacher/ },
  { kind: 'More groups than stations', pattern: /groups but only \d+ stations?, so each group waits/ },
  { kind: 'A group larger than its station', pattern: /larger than .*, which has room for/ },
  { kind: 'A station longer than the period', pattern: /station does not fit in the \d+-minute period/ },
  { kind: 'A room without an adult', pattern: /^No adult runs a station in / },
  { kind: 'Runs past midnight', pattern: /runs past midnight/ },
];

/** The kind of a plan-health warning in a few words; a message no pattern knows stands for itself. */
export function warningKind(message: string): string {
  return KINDS.find((k) => k.pattern.test(message))?.kind ?? message;
}
