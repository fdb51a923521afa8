import type { ImportProblem } from '../../../shared';

export function ProblemList({ problems, title }: { problems: ImportProblem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    // Focusable, so a long list in its scrolling box can be scrolled from the keyboard.
    <section className="problems" aria-label={title} tabIndex={0}>
      {/* A section of the page, under its title: the level after the page's h1 (an h3 skipped one). */}
      <h2>{title}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i} className={`problem-${p.severity}`}>
            <span className="problem-where">
              {p.file}, line {p.line}
            </span>{' '}
            <span className="visually-hidden">{p.severity === 'error' ? 'Error:' : 'Warning:'}</span>
            {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Under a list cut short: how many problems it leaves out, and where they are still shown. */
export function MoreProblems({ listed, count }: { listed: number; count: number }) {
  if (count <= listed) return null;
  return (
    <p className="muted">
      {(count - listed).toLocaleString('en-US')} more problems are not listed here: each row below shows its own.
    </p>
  );
}
