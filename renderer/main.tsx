import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadScreen } from './app/screens';
import { ensureFirstRunLoaded } from './db/firstRun';
import { reportFirstRunFailure, reportUncaughtStorageFailures } from './app/startupFailures';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
reportUncaughtStorageFailures();
// The screen the window opens on loads while the database opens, not after.
preloadScreen(location.hash.replace(/^#/, '').split('?')[0] ?? '/');

// The sample class is written before the first paint so a new teacher never sees an empty app flash.
ensureFirstRunLoaded()
  .catch((error: unknown) => {
    console.error('Could not load the sample class', error);
    reportFirstRunFailure(error);
  })
  .finally(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
