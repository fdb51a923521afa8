import { useEffect, useRef, useState } from 'react';
import { DndContext, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { formatDate, isMirrored, stationSet, type PlanBody, type PlanGroup } from '../../shared';
import { readableInk } from '../ui/color';
import { KIND_LABELS } from './planDraft';
import type { ScheduleRound } from './planView';

type Props = {
  body: PlanBody;
  rounds: ScheduleRound[];
  days: number;
  /** swaps two groups in the priority order; buildRotation gives the new schedule */
  onSwap: (a: string, b: string) => void;
  /** mirrored plans: one table per set, each with its own stations */
  set?: 'A' | 'B';
};

/** Rounds down, stations across; each cell the group there. Drag a group onto another to swap them. */
export function ScheduleTable({ body, rounds, days, onSwap, set }: Props) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const [menu, setMenu] = useState<string | null>(null);
  // After a swap from the menu, focus stays on the same cell's swap button (the menu is gone).
  const refocus = useRef<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!refocus.current) return;
    const cellId = refocus.current;
    const cell = [...(tableRef.current?.querySelectorAll<HTMLElement>('[data-cell]') ?? [])].find((el) => el.dataset.cell === cellId);
    cell?.querySelector<HTMLButtonElement>('.pe-swap')?.focus();
    refocus.current = null;
  });
  const groups = new Map(body.groups.map((g) => [g.id, g]));
  const mirrored = isMirrored(body);
  const stations = set ? body.stations.filter((s) => stationSet(s) === set) : body.stations;
  const groupIds = new Set(stations.flatMap((s) => rounds.map((r) => r.byStation[s.id]).filter(Boolean)));
  // A group swaps with the groups of its own table (swapping into the other set moves it there).
  const swappable = set ? body.groups.filter((g) => groupIds.has(g.id)) : body.groups;

  const onDragEnd = (e: DragEndEvent) => {
    const from = e.active.data.current?.groupId as string | undefined;
    const to = e.over?.data.current?.groupId as string | undefined;
    if (from && to && from !== to) onSwap(from, to);
  };

  if (rounds.length === 0) {
    return (
      <p className="empty pe-schedule-empty">
        The schedule appears here once the plan has stations, groups and timing that work: Plan health says what is missing.
      </p>
    );
  }

  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div className="pe-schedule-scroll">
        <table ref={tableRef} className="table compact pe-schedule" aria-label={set ? `Schedule, set ${set}` : 'Schedule'}>
          <thead>
            <tr>
              <th scope="col">Round</th>
              {stations.map((s) => (
                <th scope="col" key={s.id}>
                  {s.name || 'Unnamed station'}
                  <span className="pe-kind">
                    {KIND_LABELS[s.kind]}
                    {s.room ? ` · ${s.room}` : ''}
                    {mirrored && !set ? ` · set ${s.set ?? 'A'}` : ''}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rounds.map((r, i) => {
              const newDay = days > 1 && (i === 0 || rounds[i - 1]!.day !== r.day);
              return (
                <tr key={r.round} className={newDay && i > 0 ? 'pe-new-day' : undefined}>
                  <th scope="row">
                    {days > 1 && (
                      <span className="pe-day">
                        Day {r.day + 1}
                        {body.dates[r.day] ? ` · ${formatDate(body.dates[r.day]!, 'weekday')}` : ' · no date'}
                      </span>
                    )}
                    Round {r.round + 1}
                    <span className="pe-time">
                      {r.start}–{r.end}
                    </span>
                  </th>
                  {stations.map((s) => {
                    const group = groups.get(r.byStation[s.id] ?? '');
                    const cellId = `${r.round}|${s.id}`;
                    return (
                      <td key={s.id}>
                        {group ? (
                          <GroupCell
                            cellId={cellId}
                            group={group}
                            others={swappable.filter((g) => g.id !== group.id)}
                            menuOpen={menu === cellId}
                            onMenu={(open) => setMenu(open ? cellId : null)}
                            onSwap={(other) => {
                              setMenu(null);
                              onSwap(group.id, other);
                              refocus.current = cellId;
                            }}
                          />
                        ) : (
                          <span className="muted">free</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </DndContext>
  );
}

type CellProps = {
  cellId: string;
  group: PlanGroup;
  others: PlanGroup[];
  menuOpen: boolean;
  onMenu: (open: boolean) => void;
  onSwap: (other: string) => void;
};

function GroupCell({ cellId, group, others, menuOpen, onMenu, onSwap }: CellProps) {
  const { listeners, setNodeRef: setDragRef, isDragging, transform } = useDraggable({ id: cellId, data: { groupId: group.id } });
  const { setNodeRef: setDropRef, isOver } = useDroppable({ id: cellId, data: { groupId: group.id } });
  const name = group.name || 'Unnamed group';
  return (
    <div ref={setDropRef} data-cell={cellId} className={`pe-cell${isOver && !isDragging ? ' pe-over' : ''}`}>
      <div className="pe-cell-row">
        <span
          ref={setDragRef}
          {...listeners}
          className={`pe-group-chip${isDragging ? ' pe-dragging' : ''}`}
          style={{
            background: group.color,
            color: readableInk(group.color),
            ...(transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 5 } : {}),
          }}
          title="Drag onto another group to swap them"
        >
          {name}
        </span>
        <button
          type="button"
          className="icon-button pe-swap"
          aria-label={`Swap ${name} with…`}
          aria-expanded={menuOpen}
          onClick={() => onMenu(!menuOpen)}
        >
          ⇄
        </button>
      </div>
      {menuOpen && (
        <div className="pe-swap-menu" role="group" aria-label={`Swap ${name} with`}>
          {others.map((o) => (
            <button key={o.id} type="button" className="secondary small" onClick={() => onSwap(o.id)}>
              {o.name || 'Unnamed group'}
            </button>
          ))}
          <button type="button" className="link-button small-text" onClick={() => onMenu(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
