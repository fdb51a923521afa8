import { useId } from 'react';
import type { PlanGroup } from '../../shared';

type Props = { label: string; groups: readonly PlanGroup[]; value: string; onChange: (groupId: string) => void; className: string };

/** "Every group" or one group of the plan: the filter the playlist views share. */
export function GroupFilter({ label, groups, value, onChange, className }: Props) {
  const id = useId();
  return (
    <span className={`field inline ${className}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Every group</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </span>
  );
}
