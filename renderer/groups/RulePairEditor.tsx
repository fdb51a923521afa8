import { useId, useState } from 'react';
import type { GroupingRules } from '../../shared';
import { setGroupingRules } from '../db/groupings';
import { errorMessage, toast } from '../ui/toasts';

type RuleKind = 'keepApart' | 'keepTogether';
const LABEL: Record<RuleKind, { legend: string; verb: string }> = {
  keepApart: { legend: 'Keep apart', verb: 'kept apart' },
  keepTogether: { legend: 'Keep together', verb: 'kept together' },
};

type Props = {
  kind: RuleKind;
  classId: string;
  rules: GroupingRules;
  students: { id: string; name: string }[];
  names: Record<string, string>;
};

const samePair = (p: [string, string], a: string, b: string) =>
  (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);

/** The pairs of one kind of rule: pick two students to add a pair, remove one with Undo. */
export function RulePairEditor({ kind, classId, rules, students, names }: Props) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState('');
  const errorId = useId();
  const pairs = rules[kind];
  const other: RuleKind = kind === 'keepApart' ? 'keepTogether' : 'keepApart';
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
      return setError(
        `${name(first)} and ${name(second)} are to be ${LABEL[other].verb}: remove that rule first.`,
      );
    setError('');
    if (await save({ ...rules, [kind]: [...pairs, [first, second]] })) {
      // Only the picks that were saved are cleared: a pick changed during the save stays.
      setFirst((f) => (f === first ? '' : f));
      setSecond((s) => (s === second ? '' : s));
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
        <StudentSelect
          label="First student"
          students={students}
          value={first}
          onChange={setFirst}
          describedBy={error ? errorId : undefined}
        />
        <span aria-hidden="true">&amp;</span>
        <StudentSelect label="Second student" students={students} value={second} onChange={setSecond} />
        <button type="button" className="secondary small" onClick={() => void add()}>
          Add
        </button>
      </div>
      {error && (
        <p className="field-error gb-rule-error" id={errorId}>
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

type SelectProps = {
  label: string;
  students: { id: string; name: string }[];
  value: string;
  onChange: (studentId: string) => void;
  describedBy?: string;
};

function StudentSelect({ label, students, value, onChange, describedBy }: SelectProps) {
  const id = useId();
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
        <option value="">Student…</option>
        {students.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </>
  );
}
