// The safety check-in: a modal dialog that opens the moment a reply signals crisis. It takes focus,
// is announced (its heading and message are its name and description), cannot be scrolled past or
// dismissed with Escape, and keeps the reply box out of reach until the person answers: "I'm safe
// and want to keep practising", or "I need help now", which shows the lines again and ends the
// practice. The lines are those for the region chosen here (defaulting from the browser's language).
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { SessionView } from '../../../server/api-contract.js';
import { CRISIS_REGIONS, type CrisisLine, crisisLinesFor } from '../../../server/engine/safety/crisis-lines.js';
import { pendingPause } from '../../../server/engine/safety/safety-pause.js';
import type { SafetyNotice } from '../../../server/engine/types.js';
import { api } from '../api-client.js';
import { ELSEWHERE, savedRegion, saveRegion } from '../crisis-region.js';
import { ErrorText } from './error-text.js';
import './safety-check-in.css';

export interface SafetyCheckInState {
  /** True while the practice waits for the check-in: the reply box stays disabled. */
  paused: boolean;
  /** The dialog to render, or null. */
  dialog: JSX.Element | null;
}

type Choice = 'continue' | 'help';

/**
 * The check-in for a live session: open while the session waits for it, and after "I need help
 * now" until the person closes it (the lines stay on screen). The answer is kept here from the
 * click on, so the socket's news of it (which may come before the HTTP answer) cannot close the
 * dialog early, and a dropped connection cannot leave the page paused once the server has it.
 */
export function useSafetyCheckIn(
  view: SessionView | undefined,
  token: string,
  /** Called after "I'm safe and want to keep practising", once the reply box is back. */
  onResume: () => void,
): SafetyCheckInState {
  const [answer, setAnswer] = useState<{ pausedAt: number; choice: Choice; sent: boolean }>();
  const [closedAt, setClosedAt] = useState<number>();
  const [error, setError] = useState<string>();
  const pause = view?.safety;
  if (view === undefined || pause === undefined) return { paused: false, dialog: null };
  const mine = answer?.pausedAt === pause.pausedAt ? answer : undefined;
  const waiting = pendingPause(view) !== undefined && !(mine?.sent === true);
  const showingHelp = mine?.choice === 'help' && closedAt !== pause.pausedAt;
  const notice = view.turns.find((turn) => turn.index === pause.pausedAt)?.safety;
  if (notice === undefined || !(waiting || showingHelp)) return { paused: waiting, dialog: null };

  const send = async (choice: Choice): Promise<void> => {
    setError(undefined);
    setAnswer({ pausedAt: pause.pausedAt, choice, sent: false });
    try {
      await api.checkIn(view.id, token, choice);
      setAnswer({ pausedAt: pause.pausedAt, choice, sent: true });
      if (choice === 'continue') requestAnimationFrame(onResume);
    } catch {
      setAnswer(undefined);
      setError('That did not reach the server. Try again; the numbers above work without it.');
    }
  };
  return {
    paused: waiting,
    dialog: (
      <SafetyCheckIn
        key={pause.pausedAt}
        notice={notice}
        partnerName={view.partnerName}
        stage={mine?.choice === 'help' && mine.sent ? 'help' : 'ask'}
        busy={mine !== undefined && !mine.sent}
        error={error}
        onAnswer={(choice) => void send(choice)}
        onClose={() => setClosedAt(pause.pausedAt)}
      />
    ),
  };
}

interface SafetyCheckInProps {
  notice: SafetyNotice;
  partnerName: string;
  /** `ask`: the question; `help`: after "I need help now", the lines again and the end. */
  stage: 'ask' | 'help';
  busy: boolean;
  error: string | undefined;
  onAnswer: (choice: Choice) => void;
  onClose: () => void;
}

export function SafetyCheckIn({ notice, partnerName, stage, busy, error, onAnswer, onClose }: SafetyCheckInProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { title: useId(), message: useId(), region: useId() };
  const [region, setRegion] = useState(savedRegion);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // Nothing behind the dialog scrolls while it is open.
    const overflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    return () => {
      document.documentElement.style.overflow = overflow;
    };
  }, []);
  // The heading takes focus when the dialog opens and again when it turns to the lines.
  useEffect(() => heading.current?.focus(), [stage]);

  const lines = crisisLinesFor(region === ELSEWHERE ? undefined : region, notice.kind);
  return (
    <dialog
      ref={dialog}
      class="safety-check-in"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={ids.title}
      aria-describedby={ids.message}
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={ids.title} ref={heading} tabIndex={-1}>
        {stage === 'ask' ? 'The practice is paused' : 'Please reach out now'}
      </h2>
      <p id={ids.message}>
        {stage === 'ask'
          ? notice.message
          : 'The practice has ended. Telling someone was the right thing to do: call or text one of these now.'}
      </p>
      {stage === 'ask' && <p class="quiet small">{partnerName} will not answer that reply.</p>}
      <HelpLines lines={lines} notice={notice} />
      <p class="region-row">
        <label for={ids.region}>Where you are</label>
        <select
          id={ids.region}
          value={region}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            setRegion(chosen);
            saveRegion(chosen);
          }}
        >
          {Object.entries(CRISIS_REGIONS).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
          <option value={ELSEWHERE}>Somewhere else</option>
        </select>
      </p>
      <ErrorText message={error} />
      <div class="check-in-buttons">
        {stage === 'ask' ? (
          <>
            <button type="button" class="button primary" disabled={busy} onClick={() => onAnswer('continue')}>
              I’m safe and want to keep practising
            </button>
            <button type="button" class="button secondary" disabled={busy} onClick={() => onAnswer('help')}>
              I need help now
            </button>
          </>
        ) : (
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              dialog.current?.close();
              onClose();
            }}
          >
            Close
          </button>
        )}
      </div>
    </dialog>
  );
}

/** The region's lines, with numbers to tap; elsewhere, the kinds of help to look for. */
function HelpLines({ lines, notice }: { lines: CrisisLine[]; notice: SafetyNotice }) {
  if (lines.length === 0) {
    return (
      <ul class="help-lines">
        {notice.resources.map((resource) => (
          <li key={resource}>{resource}</li>
        ))}
      </ul>
    );
  }
  return (
    <ul class="help-lines">
      {lines.map((line) => (
        <li key={`${line.region}-${line.name}`}>
          <span class="line-name">{line.name}:</span>{' '}
          {line.textOnly ? (
            <span class="line-number">text {line.text}</span>
          ) : (
            <>
              <a class="line-number" href={`tel:${line.number.replace(/[^0-9+]/g, '')}`}>
                {line.number}
              </a>
              {line.text !== undefined && <span> or text {line.text}</span>}
            </>
          )}
          <span class="line-for">{line.for}</span>
        </li>
      ))}
    </ul>
  );
}
