// Dexie runs over fake-indexeddb in unit tests; the e2e tests use real IndexedDB in Chromium.
import 'fake-indexeddb/auto';
