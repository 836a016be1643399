// The feedback on one reply inside the conversation. The latest reply gets a compact line under it:
// the verdict, the one-sentence reason and "More". Earlier replies keep only their verdict chip,
// which opens the same full card. The card holds the principle, the words that mattered, a better
// wording (and "Use this wording" while the conversation goes on) and "Try again from here".
import { useEffect, useRef } from 'preact/hooks';
import type { Turn } from '../../../server/api-contract.js';
import { ErrorText } from './error-text.js';
import { FeedbackCard } from './feedback-card.js';
import { LabelChip } from './label-chip.js';

interface TurnFeedbackProps {
  turn: Turn;
  /** The partner's name, for the card's line on whether the reply answered their question. */
  partnerName?: string;
  open: boolean;
  onToggle: () => void;
  onUseSuggestion?: (text: string) => void;
  /** "Try again from here": a new session holding the turns before this reply. */
  onRewind: () => void;
  rewindBusy: boolean;
  rewindError: string | undefined;
}

const cardId = (turn: Turn): string => `feedback-${turn.index}`;

/** The compact line under the latest reply. */
export function LatestFeedbackLine(props: TurnFeedbackProps & { lineRef?: preact.Ref<HTMLLIElement> }) {
  const { turn, open, onToggle, lineRef } = props;
  return (
    <li class="feedback-line" ref={lineRef}>
      <p class="feedback-gist">
        <LabelChip label={turn.classification.label} /> <span class="feedback-reason">{turn.feedback.summary}</span>{' '}
        <button
          type="button"
          class="link-button more-button"
          aria-expanded={open}
          aria-controls={open ? cardId(turn) : undefined}
          onClick={onToggle}
        >
          {open ? 'Less' : 'More'}
          <span class="visually-hidden"> about your reply {turn.index}</span>
        </button>
      </p>
      {open && <TurnCard {...props} latest />}
    </li>
  );
}

/** The chip on an earlier reply: a button that opens its card. */
export function EarlierFeedbackChip({ turn, open, onToggle }: Pick<TurnFeedbackProps, 'turn' | 'open' | 'onToggle'>) {
  return (
    <button
      type="button"
      class="chip-button"
      aria-expanded={open}
      aria-controls={open ? cardId(turn) : undefined}
      onClick={onToggle}
    >
      <LabelChip label={turn.classification.label} />
      <span class="visually-hidden">: the feedback on your reply {turn.index}</span>
    </button>
  );
}

export function TurnCard(props: TurnFeedbackProps & { latest?: boolean }) {
  const { turn, onUseSuggestion, onRewind, rewindBusy, rewindError, latest = false } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Opened: bring it into view in the conversation's pane, with the line that opened it at the
    // top. Only the pane scrolls (scrollIntoView would move the page around it too).
    const item = ref.current?.parentElement;
    const pane = item?.closest('.conversation-pane');
    if (!item || !pane) return;
    const offset = item.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTo({ top: pane.scrollTop + offset - 8, behavior: 'smooth' });
  }, []);
  return (
    <div class="turn-card" id={cardId(turn)} ref={ref}>
      <FeedbackCard
        understood={turn.understood}
        partnerName={props.partnerName}
        reply={turn.reply}
        classification={turn.classification}
        feedback={turn.feedback}
        onUseSuggestion={onUseSuggestion}
        inConversation={{ showSummary: !latest }}
      >
        <div class="card-actions">
          <button type="button" class="button secondary small" onClick={onRewind}>
            {rewindBusy ? 'Going back…' : 'Try again from here'}
            <span class="visually-hidden"> (before reply {turn.index})</span>
          </button>
          <ErrorText message={rewindError} />
        </div>
      </FeedbackCard>
    </div>
  );
}
