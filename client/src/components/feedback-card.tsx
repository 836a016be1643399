// The feedback on one reply: its label and what it means, the principle, the summary, the reply with
// the words that mattered highlighted, and a better wording the person can take into the textbox.
import type { ComponentChildren } from 'preact';
import type { Turn } from '../../../server/api-contract.js';

type Classification = Turn['classification'];
type Feedback = Turn['feedback'];

import { LABEL_WORDS, PRINCIPLE_WORDS, SIGNAL_WORDS } from '../words.js';
import { HighlightedText, isHelpfulSignal } from './highlighted-text.js';
import { LabelChip } from './label-chip.js';
import { AnsweredNote } from './question-mark.js';

interface FeedbackCardProps {
  reply: string;
  classification: Classification;
  feedback: Feedback;
  /** Shown as "Use this wording" when the suggestion can go into a textbox. */
  onUseSuggestion?: (text: string) => void;
  /**
   * In the conversation the reply is already on screen with its words highlighted and the verdict
   * chip beside it, and the latest reply's reason is on the line above: the card leaves those out.
   */
  inConversation?: { showSummary: boolean };
  /** More actions at the foot of the card (Try again from here). */
  children?: ComponentChildren;
  /** In a session: what the partner took from the reply, to say whether it answered their question. */
  understood?: Turn['understood'];
  partnerName?: string;
}

export function FeedbackCard(props: FeedbackCardProps) {
  const { reply, classification, feedback, onUseSuggestion, inConversation, children, understood, partnerName } = props;
  const { label, evidence } = classification;
  return (
    <div class="feedback-card">
      {inConversation ? (
        <p class="feedback-label">{LABEL_WORDS[label].meaning}</p>
      ) : (
        <p class="feedback-label">
          <LabelChip label={label} /> <span>{LABEL_WORDS[label].meaning}</span>
        </p>
      )}
      <p class="feedback-principle">
        {feedback.kept ? 'You kept to this: ' : 'To work on: '}
        <strong>{PRINCIPLE_WORDS[feedback.principle]}</strong>
      </p>
      {partnerName && <AnsweredNote understood={understood} name={partnerName} />}
      {(!inConversation || inConversation.showSummary) && <p class="feedback-summary">{feedback.summary}</p>}
      {!inConversation && (
        <figure class="feedback-reply">
          <figcaption>What you said</figcaption>
          <blockquote>
            <HighlightedText text={reply} evidence={evidence} />
          </blockquote>
        </figure>
      )}
      {evidence.length > 0 && (
        <ul class="signal-list" aria-label="What the feedback noticed">
          {evidence.map((item) => (
            <li key={`${item.signal}-${item.start}`} class={isHelpfulSignal(item.signal) ? 'helpful' : 'hurtful'}>
              <span aria-hidden="true">{isHelpfulSignal(item.signal) ? '+ ' : '− '}</span>
              {SIGNAL_WORDS[item.signal]}: “{item.text}”
            </li>
          ))}
        </ul>
      )}
      <div class="suggestion">
        <p class="suggestion-heading">A way to say it</p>
        <blockquote>{feedback.suggestion}</blockquote>
        {onUseSuggestion && (
          <button type="button" class="button secondary" onClick={() => onUseSuggestion(feedback.suggestion)}>
            Use this wording
          </button>
        )}
      </div>
      {children}
    </div>
  );
}
