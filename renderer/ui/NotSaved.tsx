/** Why a form was not saved, one problem a line; nothing when there is none. */
export function NotSaved({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert">
      <h3>Not saved yet</h3>
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
