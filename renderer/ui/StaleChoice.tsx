import { useEffect, useId, useRef, type ReactNode } from 'react';

export type StaleAction = { label: string; onClick: () => void; tone?: 'primary' | 'secondary' | 'danger' };

type Props = {
  /** the plain message: what happened ("This plan was changed in another window since you opened it.") */
  message: string;
  /** what each choice does, in a teacher's words */
  children?: ReactNode;
  actions: StaleAction[];
};

/**
 * A save refused because another window saved the same record first: says so and offers the
 * choices. An alertdialog with real buttons; the first choice takes the focus, so Enter or
 * Tab + Enter answers it without the mouse.
 */
export function StaleChoice({ message, children, actions }: Props) {
  const headingId = useId();
  const messageId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="confirm stale-choice" role="alertdialog" aria-labelledby={headingId} aria-describedby={messageId}>
      <h2 id={headingId} className="section-title">
        Not saved: changed in another window
      </h2>
      <p id={messageId}>{message}</p>
      {children}
      <div className="actions">
        {actions.map((a, i) => (
          <button
            key={a.label}
            ref={i === 0 ? first : undefined}
            type="button"
            className={a.tone === 'primary' || !a.tone ? undefined : a.tone}
            onClick={a.onClick}
          >
            {a.label}
          </button>
        ))}
      </div>
    </div>
  );
}
