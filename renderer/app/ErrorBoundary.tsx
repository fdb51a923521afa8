import { Component, type ErrorInfo, type ReactNode } from 'react';

type State = { error: Error | null };

/** A screen that breaks shows what happened and a way back, instead of a blank window. */
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
      <section className="page error-page" role="alert">
        <h1>This screen ran into a problem</h1>
        <p>Your data is safe: nothing was lost. The problem was: {this.state.error.message}</p>
        <div className="actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
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
