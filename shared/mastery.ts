// Mastery: scales, calculation methods and the rollup of a student's scores on a skill.
// The names and meanings are fixed by DESIGN.md ("Domain contracts -> Mastery").
export * from './mastery/round';
export * from './mastery/scale';
export * from './mastery/scaleRules';
export * from './mastery/methods';
export * from './mastery/methodRules';
export * from './mastery/rollup';
export * from './mastery/effectiveMethod';
