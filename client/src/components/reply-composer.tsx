// The reply box, pinned under the conversation: "Your reply", Send (Enter sends, Shift+Enter adds a
// line), "What could I say?", a character count once the reply nears the limit, and the error for
// whatever just went wrong with a reply, right under the box. `disabled` (with the reason shown)
// stops replies while the practice waits for something else, such as a safety check-in.
import type { ComponentChildren, Ref } from 'preact';
import { MAX_REPLY_LENGTH, REPLY_COUNTER_FROM, replyLength } from '../limits.js';
import { ErrorText } from './error-text.js';

interface ReplyComposerProps {
  draft: string;
  hinted: boolean;
  error: string | undefined;
  hintBusy: boolean;
  textboxRef: Ref<HTMLTextAreaElement>;
  onDraft: (text: string) => void;
  onSend: () => void;
  onHint: () => void;
  /** Why replies cannot be sent right now; the box and its buttons are disabled while set. */
  disabled?: string;
  /** The id of what the box answers (the partner's last line), read out with its label. */
  answersId?: string;
  /** More actions for the row under the box (End conversation). */
  children?: ComponentChildren;
}

export function ReplyComposer(props: ReplyComposerProps) {
  const { draft, hinted, error, hintBusy, textboxRef, onDraft, onSend, onHint, disabled, answersId, children } = props;
  const length = replyLength(draft);
  const describedBy = [answersId, 'reply-help', length >= REPLY_COUNTER_FROM ? 'reply-count' : '', 'reply-error']
    .filter(Boolean)
    .join(' ');
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      <label for="reply-box" class="composer-label">
        Your reply
      </label>
      <div class="composer-row">
        <textarea
          id="reply-box"
          ref={textboxRef}
          rows={2}
          value={draft}
          disabled={disabled !== undefined}
          aria-describedby={describedBy}
          onInput={(event) => onDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              onSend();
            }
          }}
        />
        <button type="submit" class="button primary send-button" disabled={disabled !== undefined}>
          Send
        </button>
      </div>
      <div class="composer-foot">
        <p id="reply-help" class={hinted || disabled ? 'quiet small' : 'quiet small keys-help'}>
          {disabled ?? (
            <>
              {hinted ? 'From a suggestion: change it into your own words if you like. ' : ''}
              Enter sends. Shift+Enter starts a new line.
            </>
          )}
        </p>
        {length >= REPLY_COUNTER_FROM && <CharacterCount length={length} />}
      </div>
      <ErrorText id="reply-error" message={error} />
      <div class="composer-actions">
        <button type="button" class="button secondary small" onClick={onHint} disabled={disabled !== undefined}>
          {hintBusy ? 'Thinking…' : 'What could I say?'}
        </button>
        {children}
      </div>
    </form>
  );
}

function CharacterCount({ length }: { length: number }) {
  const over = length - MAX_REPLY_LENGTH;
  return (
    <p id="reply-count" class={over > 0 ? 'char-count over' : 'char-count'}>
      {length.toLocaleString('en')} of {MAX_REPLY_LENGTH.toLocaleString('en')} characters
      {over > 0 && `: ${over.toLocaleString('en')} too many`}
    </p>
  );
}

/** Why a draft cannot go yet, in words, or undefined when it can. */
export function draftProblem(draft: string): string | undefined {
  if (draft.trim() === '') return 'Write your reply first.';
  const over = replyLength(draft) - MAX_REPLY_LENGTH;
  if (over > 0) {
    return `Your reply is ${over.toLocaleString('en')} ${over === 1 ? 'character' : 'characters'} over the limit of ${MAX_REPLY_LENGTH.toLocaleString('en')}. Shorten it, then send.`;
  }
  return undefined;
}
