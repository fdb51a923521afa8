import { useId, useState } from 'react';
import type { GroupingRules } from '../../shared';
import { setGroupingRules } from '../db/groupings';
import { errorMessage, toast } from '../ui/toasts';

type Kind = 'keepApart' | 'keepTogether';
const LABEL: Record<Kind, { legend: string; verb: string }> = {
  keepApart: { legend: 'Keep apart', verb: 'kept apart' },
  keepTogether: { legend: 'Keep together', verb: 'kept together' },
};

type Props = {
  classId: string;
  rules: GroupingRules;
  students: { id: string; name: string }[];
  names: Record<string, string>;
};

const samePair = (p: [string, string], a: string, b: string) => (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);

/** The pairs that stay with the class from one grouping to the next; saved as soon as they change. */
export function GroupRules({ classId, rules, students, names }: Props) {
  return (
    <div className="gb-rules">
      <RuleList kind="keepApart" classId={classId} rules={rules} students={students} names={names} />
      <RuleList kind="keepTogether" classId={classId} rules={rules} students={students} names={names} />
    </div>
  );
}

function RuleList({ kind, classId, rules, students, names }: Props & { kind: Kind }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState('');
  const ids = { first: useId(), second: useId(), error: useId() };
  const pairs = rules[kind];
  const other: Kind = kind === 'keepApart' ? 'keepTogether' : 'keepApart';
  const name = (id: string) => names[id] ?? 'a student who left';

  const save = async (next: GroupingRules) => {
    try {
      await setGroupingRules(classId, next);
      return true;
    } catch (e) {
      toast.error(`The rule was not saved: ${errorMessage(e)}`);
      return false;
    }
  };
  const add = async () => {
    if (!first || !second) return setError('Pick two students.');
    if (first === second) return setError('Pick two different students.');
    if (pairs.some((p) => samePair(p, first, second))) return setError('That pair is already on the list.');
    if (rules[other].some((p) => samePair(p, first, second)))
      return setError(`${name(first)} and ${name(second)} are to be ${LABEL[other].verb}: remove that rule first.`);
    setError('');
    if (await save({ ...rules, [kind]: [...pairs, [first, second]] })) {
      setFirst('');
      setSecond('');
    }
  };
  const remove = async (pair: [string, string]) => {
    const before = rules;
    if (await save({ ...rules, [kind]: pairs.filter((p) => p !== pair) })) {
      toast.undoable(`${name(pair[0])} and ${name(pair[1])} are no longer ${LABEL[kind].verb}.`, async () => {
        await setGroupingRules(classId, before);
      });
    }
  };

  return (
    <fieldset className="gb-rule">
      <legend>{LABEL[kind].legend}</legend>
      <div className="gb-rule-add">
        <label className="visually-hidden" htmlFor={ids.first}>
          First student
        </label>
        <select id={ids.first} value={first} onChange={(e) => setFirst(e.target.value)} aria-describedby={error ? ids.error : undefined}>
          <option value="">Student…</option>
          {students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <span aria-hidden="true">&amp;</span>
        <label className="visually-hidden" htmlFor={ids.second}>
          Second student
        </label>
        <select id={ids.second} value={second} onChange={(e) => setSecond(e.target.value)}>
          <option value="">Student…</option>
          {students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="button" className="secondary small" onClick={() => void add()}>
          Add
        </button>
      </div>
      {error && (
        <p className="field-error gb-rule-error" id={ids.error}>
          {error}
        </p>
      )}
      {pairs.length > 0 ? (
        <ul className="gb-pairs" aria-label={`${LABEL[kind].legend} rules`}>
          {pairs.map((pair) => (
            <li key={pair.join('|')}>
              <span>
                {name(pair[0])} and {name(pair[1])}
              </span>
              <button
                type="button"
                className="link-button gb-remove"
                aria-label={`Remove ${LABEL[kind].legend.toLowerCase()}: ${name(pair[0])} and ${name(pair[1])}`}
                onClick={() => void remove(pair)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted gb-none">No pairs yet.</p>
      )}
    </fieldset>
  );
}
