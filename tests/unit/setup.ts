// Dexie runs over fake-indexeddb in unit tests; the e2e tests use real IndexedDB in Chromium.
import 'fake-indexeddb/auto';

// Property tests explore new random cases on every local run; in CI one fixed seed keeps a
// landing reproducible (a failure there can be replayed exactly).
import fc from 'fast-check';
if (process.env.CI) fc.configureGlobal({ seed: 20261123 });
