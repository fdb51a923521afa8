// The class workspace read model: a class's cells (derived per-cell scores) and the numbers every
// class screen shows, from pure functions of decoded records.
export * from './workspace/cells';
export * from './workspace/workspace';
export * from './workspace/goals';
