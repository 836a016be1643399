// The reply box: "Your reply", Send (Enter sends, Shift+Enter adds a line), "What could I say?",
// and the error for whatever just went wrong with a reply, right under the box.
import type { Ref } from 'preact';
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
}

export function ReplyComposer(props: ReplyComposerProps) {
  const { draft, hinted, error, hintBusy, textboxRef, onDraft, onSend, onHint } = props;
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
      <textarea
        id="reply-box"
        ref={textboxRef}
        rows={3}
        value={draft}
        aria-describedby="reply-help reply-error"
        onInput={(event) => onDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            onSend();
          }
        }}
      />
      <p id="reply-help" class="quiet small">
        {hinted ? 'From a suggestion: change it into your own words if you like. ' : ''}
        Enter sends. Shift+Enter starts a new line.
      </p>
      <div class="button-row">
        <button type="submit" class="button primary">
          Send
        </button>
        <button type="button" class="button secondary" onClick={onHint}>
          {hintBusy ? 'Thinking…' : 'What could I say?'}
        </button>
      </div>
      <ErrorText id="reply-error" message={error} />
    </form>
  );
}
