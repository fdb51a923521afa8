import type { ImportProblem } from '../../../shared';

export function ProblemList({ problems, title }: { problems: ImportProblem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <section className="problems" aria-label={title}>
      <h3>{title}</h3>
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
