import type { GroupingRules } from '../../shared';
import { RulePairEditor } from './RulePairEditor';

type Props = {
  classId: string;
  rules: GroupingRules;
  students: { id: string; name: string }[];
  names: Record<string, string>;
};

/** The pairs that stay with the class from one grouping to the next; saved as soon as they change. */
export function GroupRules(props: Props) {
  return (
    <div className="gb-rules">
      <RulePairEditor kind="keepApart" {...props} />
      <RulePairEditor kind="keepTogether" {...props} />
    </div>
  );
}
