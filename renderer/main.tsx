import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ensureFirstRun, isFirstRunDone, startAsCoach } from './db/sample';
import { reportFirstRunFailure, reportUncaughtStorageFailures } from './app/startupFailures';
import { Welcome } from './settings/Welcome';
import { errorMessage, toast } from './ui/toasts';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
reportUncaughtStorageFailures();

function renderApp(): void {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The sample class is written before the app's first paint so a new teacher never sees an empty app flash.
async function startAsTeacher(): Promise<void> {
  try {
    await ensureFirstRun();
  } catch (error) {
    console.error('Could not load the sample class', error);
    reportFirstRunFailure(error);
  }
  renderApp();
}

async function startCoach(): Promise<void> {
  try {
    await startAsCoach();
    window.location.hash = '#/reviews';
  } catch (error) {
    toast.error(`Blendwise could not remember that you are a coach: ${errorMessage(error)}. Reviews is in the menu on the left.`);
  }
  renderApp();
}

isFirstRunDone()
  .catch(() => true)
  .then((done) =>
    done
      ? renderApp()
      : root.render(
          <StrictMode>
            <Welcome onTeacher={startAsTeacher} onCoach={startCoach} />
          </StrictMode>,
        ),
  );
