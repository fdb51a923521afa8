// What a class screen shows before its own class's workspace is ready (never another class's
// rows), and when there is no such class.
import { Link } from 'react-router';

export function ClassLoading() {
  return (
    <section className="page" aria-busy="true">
      <p className="muted" role="status">
        Loading the class…
      </p>
    </section>
  );
}

export function ClassMissing({ id }: { id?: string }) {
  return (
    <section className="page" aria-labelledby={id}>
      <h1 id={id}>Class not found</h1>
      <Link to="/classes">Back to classes</Link>
    </section>
  );
}
