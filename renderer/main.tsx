import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadScreen } from './app/screens';
import { ensureFirstRunLoaded } from './db/firstRun';
import { reportFirstRunFailure, reportUncaughtStorageFailures } from './app/startupFailures';
import { markStartup } from './app/startupMarks';
import './styles.css';

/**
 * The longest the first paint waits for the first screen's code and reads: past it the shell
 * paints with the screen's loading state, so a slow disk never leaves the window blank for long.
 */
const FIRST_SCREEN_WAIT_MS = 400;

markStartup('shellRun');
const root = createRoot(document.getElementById('root')!);
reportUncaughtStorageFailures();
// The screen the window opens on, its code and what it reads, load while the database opens, not
// after: the first render then paints that screen whole, in one pass.
const firstScreen = preloadScreen(location.hash.replace(/^#/, '').split('?')[0] ?? '/');

// The sample class is written before the first paint so a new teacher never sees an empty app flash.
ensureFirstRunLoaded()
  .catch((error: unknown) => {
    console.error('Could not load the sample class', error);
    reportFirstRunFailure(error);
  })
  .then(() => Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]))
  .finally(() => {
    markStartup('firstScreenRead');
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
