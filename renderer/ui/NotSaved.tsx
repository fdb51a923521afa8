/** Why a form was not saved, one problem a line; nothing when there is none. */
export function NotSaved({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert">
      <h2>Not saved yet</h2>
      <ul>
        {problems.map((e) => (
          <li key={e} className="problem-error">
            {e}
          </li>
        ))}
      </ul>
    </div>
  );
}
