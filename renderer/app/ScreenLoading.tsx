/** What the main area shows while a screen's code loads (the first time it is opened). */
export function ScreenLoading() {
  return (
    <section className="page" aria-busy="true">
      <p className="muted screen-loading" role="status">
        Loading…
      </p>
    </section>
  );
}
