// The pure domain of Blendwise: no DOM, Node, Electron or Dexie, so every rule runs in a unit
// test and in a worker.
export * from './model';
export * from './bridge';
export * from './csv';
export * from './import/problems';
export * from './import/csvTable';
export * from './import/rosterCsv';
export * from './import/skillsCsv';
export * from './import/casePackage';
export * from './roster';
export * from './sample/sampleClass';
export * from './skillTree';
export * from './mastery';
export * from './masteryMatrix';
export * from './scoreEntry';
export * from './import/resultsCsv';
export * from './import/profiles';
export * from './goals';
export * from './grouping';
export * from './groupBoard';
export * from './rotations';
export * from './rotations/playlists';
export * from './planModel';
export * from './import/oneRoster';
export * from './bundle';
