import { useMemo } from 'react';
import type { MasteryScale } from '../../shared';
import { commonScale, sameScale } from '../../shared/import/canvasOutcomes';
import { applyScaleToClass } from '../db/skills';
import { setClassMastery } from '../db/mastery';
import { errorMessage, toast } from '../ui/toasts';

const describe = (scale: MasteryScale) => scale.levels.map((l) => `${l.points} ${l.label}`).join(', ');

/**
 * When tracked skills bring their own rating scale (Canvas outcomes) and the class rates on
 * another, offers to rate the class on theirs: a class has one scale, so this is the teacher's
 * choice, with Undo, never done behind their back.
 */
export function ScaleFromSkills({
  classId,
  current,
  scales,
}: {
  classId: string;
  current: MasteryScale;
  scales: (MasteryScale | undefined)[];
}) {
  const common = useMemo(() => commonScale(scales), [scales]);
  if (!common || sameScale(common.scale, current)) return null;
  const { scale, count, others } = common;
  const masteryLabel = scale.levels.find((l) => l.points === scale.masteryPoints)?.label ?? String(scale.masteryPoints);

  const apply = async () => {
    try {
      const before = await applyScaleToClass(classId, scale);
      toast.undoable(
        'This class now rates on the outcomes’ scale; percent cut scores were set to match it (see Mastery settings).',
        () => setClassMastery(classId, before),
      );
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <div className="banner warning" role="region" aria-label="Rating scale of the tracked outcomes">
      <p>
        {count === 1 ? '1 tracked skill is' : `${count} tracked skills are`} rated on {describe(scale)}, with
        mastery at {masteryLabel}; this class rates on {describe(current)}. Levels and mastery are worked out on the
        class&apos;s scale.
        {others > 0 && ` ${others} other tracked ${others === 1 ? 'skill has' : 'skills have'} other ratings; a class has one scale.`}
      </p>
      <button type="button" className="secondary small" onClick={() => void apply()}>
        Use the outcomes’ scale for this class
      </button>
    </div>
  );
}
