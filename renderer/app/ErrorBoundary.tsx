import { Component, type ErrorInfo, type ReactNode } from 'react';
import { BackUpNow } from './BackUpNow';

type State = { error: Error | null };

/**
 * A screen that breaks shows what happened and a way on, instead of a blank window. It sits inside
 * the shell, so the sidebar (and with it Settings and every other screen) stays; going to another
 * screen clears it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Screen failed', error, info.componentStack);
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="page error-page" role="alert" aria-labelledby="screen-error-title">
        <h1 id="screen-error-title">This screen ran into a problem</h1>
        <p>The problem was: {String(this.state.error.message)}</p>
        <p>
          Everything else still works from the sidebar. Nothing was deleted; to be safe, save a backup of everything
          now: Settings → Restore from a backup puts it back on this or another computer.
        </p>
        <div className="actions">
          <BackUpNow />
          <button type="button" className="secondary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <a className="button secondary" href="#/classes" onClick={() => this.setState({ error: null })}>
            Back to classes
          </a>
        </div>
      </section>
    );
  }
}

/**
 * A part of the shell (the menu commands, the messages) that breaks renders nothing rather than
 * take the sidebar and the screen down with it.
 */
export class QuietBoundary extends Component<{ children: ReactNode; fallback?: ReactNode; name: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    return this.state.error ? (this.props.fallback ?? null) : this.props.children;
  }
}
