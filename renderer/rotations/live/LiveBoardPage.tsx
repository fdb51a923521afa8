import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useLive } from '../../db/live';
import { format } from 'date-fns';
import { Link, useNavigate, useParams } from 'react-router';
import { groupNames, type PlanGroup } from '../../../shared';
import { readableInk } from '../../ui/color';
import { NameList } from '../print/RotationChart';
import { chime, enableSound } from './chime';
import { loadPlanForDisplay } from '../../db/planViews';
import { activityOf, longDate, planTitle, type PlanView } from './planView';
import {
  boardDay,
  datedAnotherDay,
  dayRounds,
  formatCountdown,
  offsetWords,
  phaseAt,
  phaseKey,
  roundsFrom,
  skipTarget,
  type BoardPhase,
  type BoardRound,
} from './timeline';

/** How often the board reads the clock. Everything on screen is computed from Date.now(). */
const TICK_MS = 250;
const LAST_MINUTE_MS = 60_000;

type Timing = {
  /** how far the board's timeline runs from the wall clock (after a skip, or a pause and resume) */
  offset: number;
  /** the wall-clock time the board was paused at; null while running */
  pausedAt: number | null;
  /**
   * the wall-clock time the teacher started the rotation at (Start now, Rehearse), instead of the
   * plan's own times; null: the plan's times on today's date
   */
  startedAt: number | null;
  /** a run-through: the board says so, and the teacher goes back to the plan's times after */
  rehearsal: boolean;
  /** the day of a plan over several days that the teacher chose to run */
  day: number | null;
};

const CLOCK: Timing = { offset: 0, pausedAt: null, startedAt: null, rehearsal: false, day: null };

function isTextTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The full-screen board for the projector: the round, where each group is, and the time left. */
export function LiveBoardPage() {
  const { classId = '', planId = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useLive(() => loadPlanForDisplay(classId, planId), [classId, planId]);
  const view = loaded?.view;
  const planUrl = `/classes/${classId}/plans/${planId}`;

  const [now, setNow] = useState(() => Date.now());
  const [timing, setTiming] = useState<Timing>(CLOCK);
  // Names follow the plan's setting; the teacher can hide them for the moment (visitors come in).
  const [namesShown, setNamesShown] = useState<boolean | null>(null);
  const [sound, setSound] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  const today = format(new Date(now), 'yyyy-MM-dd');
  const day = timing.day ?? (view ? boardDay(view.body, view.slots, now) : 0);
  const anotherDay = view ? datedAnotherDay(view.body, now) : false;
  // A plan dated another day waits for the teacher to start it; it never runs on today's clock by itself.
  const waiting = anotherDay && timing.startedAt === null;
  // The rounds are laid on today's date, or from the moment the teacher started; they change only
  // when the plan, the day or the start does.
  const { startedAt } = timing;
  const rounds = useMemo(() => {
    if (!view) return [];
    const onToday = dayRounds(view.slots, day, new Date(`${today}T12:00:00`).getTime());
    return startedAt === null ? onToday : roundsFrom(onToday, startedAt);
  }, [view, day, today, startedAt]);
  const roundsRef = useRef(rounds);
  const waitingRef = useRef(waiting);
  useEffect(() => {
    roundsRef.current = rounds;
    waitingRef.current = waiting;
  }, [rounds, waiting]);

  const paused = timing.pausedAt !== null;
  const t = (timing.pausedAt ?? now) + timing.offset;
  // Waiting, the board shows round 1 as it would start, with no clock running.
  const phase: BoardPhase = waiting && rounds[0] ? { kind: 'before', next: rounds[0], remaining: 0 } : phaseAt(rounds, t);
  const key = phaseKey(phase);
  const lastMinute = phase.kind === 'round' && phase.remaining <= LAST_MINUTE_MS;

  const togglePause = useCallback(() => {
    const real = Date.now();
    setNow(real);
    setTiming((s) =>
      s.pausedAt === null
        ? { ...s, pausedAt: real }
        : { ...s, offset: s.offset - (real - s.pausedAt), pausedAt: null },
    );
  }, []);

  const skip = useCallback(() => {
    const real = Date.now();
    setNow(real);
    setTiming((s) => {
      const base = s.pausedAt ?? real;
      const target = skipTarget(roundsRef.current, base + s.offset);
      return target === null ? s : { ...s, offset: target - base };
    });
  }, []);

  const followClock = useCallback(() => {
    setNow(Date.now());
    setTiming((s) => ({ ...s, offset: 0, pausedAt: null }));
  }, []);

  /** Round 1 from this moment: for real, or as a rehearsal. */
  const startNow = useCallback((rehearsal: boolean) => {
    const real = Date.now();
    setNow(real);
    setTiming((s) => ({ offset: 0, pausedAt: null, startedAt: real, rehearsal, day: s.day }));
  }, []);

  const planTimes = useCallback(() => {
    setNow(Date.now());
    setTiming((s) => ({ ...CLOCK, day: s.day }));
  }, []);

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    void navigate(planUrl);
  }, [navigate, planUrl]);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  const toggleSound = async () => {
    if (sound) {
      setSound(false);
      return;
    }
    if (await enableSound()) setSound(true);
  };

  useEffect(() => {
    const onChange = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTextTarget(e.target)) return;
      if (e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        if (!e.repeat && !waitingRef.current) togglePause();
      } else if (e.key === 'n' || e.key === 'N' || e.key === 'ArrowRight') {
        e.preventDefault();
        if (!waitingRef.current) skip();
      } else if (e.key === 'Escape') {
        // In full screen the browser takes Esc to leave full screen; otherwise it leaves the board.
        if (document.fullscreenElement) return;
        e.preventDefault();
        exit();
      }
    };
    // Space on a focused button would also click it on key up: the board's shortcut wins.
    const onKeyUp = (e: KeyboardEvent) => {
      if ((e.key === ' ' || e.key === 'Spacebar') && !isTextTarget(e.target)) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [togglePause, skip, exit]);

  // A soft chime when a round ends (sound on only).
  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastKey.current;
    lastKey.current = key;
    if (sound && previous !== null && previous !== key && previous.startsWith('round-')) chime();
  }, [key, sound]);

  if (loaded === undefined) return <section className="live-board" aria-busy="true" />;
  if (!loaded || !view) {
    return (
      <section className="page" aria-labelledby="live-missing">
        <h1 id="live-missing">Plan not found</h1>
        <p>
          It may have been deleted. <Link to={`/classes/${classId}/week`}>Back to the week</Link>
        </p>
      </section>
    );
  }

  const { body, plan } = view;
  if (rounds.length === 0) {
    return (
      <section className="page" aria-labelledby="live-empty">
        <h1 id="live-empty">This plan has no schedule yet</h1>
        {view.warnings.length > 0 && (
          <ul>
            {view.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        <p>
          <Link to={planUrl}>Back to the plan</Link> to set the start time, the stations and the groups.
        </p>
      </section>
    );
  }

  const days = new Set(view.slots.map((s) => s.day)).size;
  const planDate = body.dates[day] ?? body.dates[0] ?? '';
  const dayLabel = [days > 1 ? `Day ${day + 1} of ${days}` : '', longDate(today)].filter(Boolean).join(' · ');
  const names = (namesShown ?? body.showNames !== false) ? loaded.names : null;
  const first = rounds[0]!;
  // Said plainly when the plan is for another day, and how the board is running it.
  const dateNote = anotherDay
    ? timing.startedAt === null
      ? `This plan is dated ${longDate(planDate)}, not today.`
      : `This plan is dated ${longDate(planDate)}: ${timing.rehearsal ? 'rehearsing' : 'running'} it today from ${first.startClock}.`
    : timing.startedAt !== null
      ? `${timing.rehearsal ? 'Rehearsing' : 'Started'} at ${first.startClock} instead of the plan’s ${view.slots.find((x) => x.day === day)?.start ?? body.start}.`
      : null;
  const shown = shownRound(phase, rounds);
  const after = shown ? (rounds[shown.index + 1] ?? null) : null;
  const total = rounds.length;

  const headline = waiting
    ? `Planned for ${longDate(planDate)}`
    : phase.kind === 'before'
      ? `Starts at ${phase.next.startClock}`
      : phase.kind === 'round'
        ? `Round ${phase.round.index + 1} of ${total}`
        : phase.kind === 'transition'
          ? 'Move to your next station'
          : 'Rotation finished';
  const sub = waiting
    ? `Round 1 of ${total} is planned for ${phase.kind === 'before' ? phase.next.startClock : first.startClock}. Start now to run it from round 1 here, or rehearse it.`
    : phase.kind === 'before'
      ? `Round 1 of ${total} runs ${phase.next.startClock}–${phase.next.endClock}`
      : phase.kind === 'round'
        ? `Until ${phase.round.endClock}`
        : phase.kind === 'transition'
          ? `Round ${phase.next.index + 1} of ${total} starts at ${phase.next.startClock}`
          : `The last round ended at ${phase.last?.endClock ?? ''}.`;
  const announcement = paused
    ? 'Paused'
    : phase.kind === 'round' && lastMinute
      ? 'One minute left'
      : phase.kind === 'before'
        ? ''
        : headline;
  const cardsLabel =
    phase.kind === 'before'
      ? 'Where each group starts'
      : phase.kind === 'transition'
        ? 'Where each group goes next'
        : 'Where each group is now';

  const cardWhere = phase.kind === 'before' ? 'Starts at' : phase.kind === 'transition' ? 'Go to' : 'Now at';

  const classes = ['live-board', `live-${waiting ? 'waiting' : phase.kind}`];
  if (lastMinute) classes.push('live-warning');
  if (paused) classes.push('live-is-paused');

  return (
    <section className={classes.join(' ')} aria-labelledby="live-title">
      <header className="live-top">
        <div className="live-context">
          <p className="live-plan">{planTitle(plan)}</p>
          <p className="live-day">
            {loaded.cls?.name ? `${loaded.cls.name} · ` : ''}
            {dayLabel}
          </p>
        </div>
        <div className="live-controls" role="toolbar" aria-label="Live board controls">
          {(waiting || phase.kind === 'before' || phase.kind === 'finished') && (
            <button type="button" onClick={() => startNow(false)}>
              Start now
            </button>
          )}
          {timing.rehearsal ? (
            <button type="button" className="secondary" onClick={planTimes}>
              End rehearsal
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => startNow(true)}>
              Rehearse from round 1
            </button>
          )}
          <button type="button" onClick={togglePause} aria-keyshortcuts="Space" disabled={waiting || phase.kind === 'finished'}>
            {paused ? 'Resume' : 'Pause'}
          </button>
          <button
            type="button"
            onClick={skip}
            aria-keyshortcuts="N ArrowRight"
            disabled={waiting || phase.kind === 'finished'}
          >
            Skip to next round
          </button>
          <button type="button" className="secondary" aria-pressed={!!names} onClick={() => setNamesShown(!names)}>
            <span className="live-toggle-mark" aria-hidden="true">
              {names ? '✓' : '✕'}
            </span>
            Names
          </button>
          <button
            type="button"
            className="secondary"
            aria-pressed={sound}
            onClick={() => void toggleSound()}
            title="A soft chime at the end of each round"
          >
            <span className="live-toggle-mark" aria-hidden="true">
              {sound ? '✓' : '✕'}
            </span>
            Sound on
          </button>
          <button type="button" className="secondary" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            Full screen
          </button>
          <button type="button" className="secondary" onClick={exit} aria-keyshortcuts="Escape">
            Exit
          </button>
        </div>
      </header>

      <div className="live-status">
        <h1 id="live-title" className="live-headline">
          {headline}
        </h1>
        <div className="live-clock">
          <p
            className="live-countdown"
            role="timer"
            aria-label={
              waiting
                ? 'Length of a round'
                : phase.kind === 'round'
                ? 'Time left in this round'
                : phase.kind === 'transition'
                  ? 'Time left to move'
                  : phase.kind === 'before'
                    ? 'Time until the start'
                    : 'Time left'
            }
          >
            {waiting ? formatCountdown(first.end - first.start) : phase.kind === 'finished' ? '00:00' : formatCountdown(phase.remaining)}
          </p>
          <div className="live-flags">
            {timing.rehearsal && <p className="live-flag live-flag-rehearsal">Rehearsal</p>}
            {paused && (
              <p className="live-flag live-flag-paused" aria-hidden="true">
                Paused
              </p>
            )}
            {lastMinute && !paused && (
              <p className="live-flag live-flag-warning" aria-hidden="true">
                One minute left
              </p>
            )}
          </div>
        </div>
        <p className="live-sub">{sub}</p>
      </div>
      {dateNote && (
        <div className="live-date-note" role="note" aria-label="Date">
          <p>{dateNote}</p>
          {waiting && days > 1 && (
            <label className="live-day-pick">
              Day to run{' '}
              <select value={day} onChange={(e) => setTiming((x) => ({ ...x, day: Number(e.target.value) }))}>
                {Array.from({ length: days }, (_, d) => (
                  <option key={d} value={d}>
                    Day {d + 1}
                    {body.dates[d] ? ` (${longDate(body.dates[d]!)})` : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
          {timing.startedAt !== null && !timing.rehearsal && (
            <button type="button" className="link-button" onClick={planTimes}>
              {anotherDay ? 'Stop and wait for its day' : 'Back to the plan’s times'}
            </button>
          )}
        </div>
      )}

      {phase.kind === 'finished' ? (
        <div className="live-done">
          <p>Well done, everyone.</p>
          <div className="live-done-actions">
            <Link className="button" to={planUrl}>
              Back to the plan
            </Link>
          </div>
        </div>
      ) : (
        shown && (
          <>
            <ul className="live-groups" aria-label={cardsLabel}>
              {body.groups.map((g) => (
                <GroupCard key={g.id} group={g} round={shown} view={view} where={cardWhere} names={names} />
              ))}
            </ul>
            <p className="live-next">
              {after ? (
                <>
                  <span className="live-next-label">Next ({after.startClock}):</span>{' '}
                  {placements(after, view).join(' · ')}
                </>
              ) : (
                <>
                  <span className="live-next-label">Last round:</span> the rotation ends at {shown.endClock}.
                </>
              )}
            </p>
          </>
        )
      )}

      <footer className="live-foot">
        {timing.offset !== 0 && (
          <p className="live-offset">
            The board runs {offsetWords(timing.offset)}.{' '}
            <button type="button" className="link-button" onClick={followClock}>
              Follow the clock again
            </button>
          </p>
        )}
        <p className="live-keys">Space: pause or resume · N or →: next round · Esc: exit</p>
      </footer>
      <p className="visually-hidden" role="status" aria-label="Announcements">
        {announcement}
      </p>
    </section>
  );
}

/** The round the cards show: the coming one before the start and during a move, else the current one. */
function shownRound(phase: BoardPhase, rounds: BoardRound[]): BoardRound | null {
  switch (phase.kind) {
    case 'before':
      return phase.next;
    case 'round':
      return phase.round;
    case 'transition':
      return phase.next;
    case 'finished':
      return rounds[rounds.length - 1] ?? null;
  }
}

/** 'Group 1 → Online practice' for each group in a round. */
function placements(round: BoardRound, view: PlanView): string[] {
  return view.body.groups.map((g) => {
    const slot = round.slots.find((s) => s.groupId === g.id);
    const station = slot ? view.stationById.get(slot.stationId) : undefined;
    return `${g.name || 'Group'} → ${station ? station.name || 'Station' : 'sits out'}`;
  });
}

function GroupCard({
  group,
  round,
  view,
  where,
  names,
}: {
  group: PlanGroup;
  round: BoardRound;
  view: PlanView;
  where: string;
  names: Record<string, string> | null;
}) {
  const slot = round.slots.find((s) => s.groupId === group.id);
  const station = slot ? view.stationById.get(slot.stationId) : undefined;
  const { activity } = activityOf(station, group.id);
  const name = group.name || 'Group';
  const color = /^#[0-9a-f]{6}$/i.test(group.color) ? group.color : '#5b6574';
  const style = { '--group-color': color, '--group-ink': readableInk(color) } as CSSProperties;
  return (
    <li className="live-card" style={style} aria-label={name}>
      <p className="live-card-group">{name}</p>
      {names && (
        <p className="live-card-names">
          <NameList className="live-card-names-list" names={groupNames(group.studentIds, names)} />
        </p>
      )}
      <div className="live-card-body">
        <p className="live-card-where">{where}</p>
        <p className="live-card-station">{station ? station.name || 'Station' : 'Sits out this round'}</p>
        {station?.room && <p className="live-card-room">in {station.room}</p>}
        {activity.trim() && <p className="live-card-activity">{activity}</p>}
      </div>
    </li>
  );
}
