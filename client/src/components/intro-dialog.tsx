// The first-visit introduction: what Mend is, one exchange with its verdict, and where what you
// write goes. Shown once on the start page (a native modal <dialog>: focus stays inside, Escape
// closes it), skippable, and reopened from "How it works".
import { useEffect, useRef } from 'preact/hooks';
import { navigate } from '../route.js';
import { LabelChip } from './label-chip.js';

const SEEN_KEY = 'mend.intro.seen';

export function introSeen(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) !== null;
  } catch {
    // Storage blocked: showing it on every visit would be worse than never.
    return true;
  }
}

function rememberSeen(): void {
  try {
    localStorage.setItem(SEEN_KEY, new Date().toISOString());
  } catch {
    // Storage blocked: it shows again next time, which is harmless.
  }
}

export function IntroDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      start.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const close = (): void => {
    rememberSeen();
    onClose();
  };
  return (
    <dialog
      ref={ref}
      class="intro-dialog"
      aria-labelledby="intro-heading"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id="intro-heading">Welcome to Mend</h2>
      <div class="intro-body">
        <p>
          Mend is a place to practise the conversation after a betrayal: facing the partner whose trust you broke. The
          partner is a script, not a person, and this is practice, not therapy.
        </p>
        <figure class="intro-example">
          <figcaption>After each reply you see how it may land:</figcaption>
          <ol class="conversation">
            <li class="line partner">
              <p class="speaker">Jo</p>
              <p class="words">You told me the card was paid off. Was it?</p>
            </li>
            <li class="line you">
              <p class="speaker">You</p>
              <p class="words">No. I lied to you about it, and I'm sorry.</p>
              <div class="line-tools">
                <LabelChip label="validating" />
              </div>
            </li>
          </ol>
          <p class="small">
            Validating: you answered plainly and owned the lie. Replies can also be <strong>defensive</strong>,{' '}
            <strong>minimizing</strong> or <strong>neutral</strong>, and each note shows the words that decided it and a
            way to say it.
          </p>
        </figure>
        <p>
          <strong>What you write stays on the server that runs Mend</strong> and is never logged. Your sessions are kept
          in this browser's practice journal, and only this browser holds their keys.
        </p>
      </div>
      <div class="button-row intro-actions">
        <button ref={start} type="button" class="button primary" onClick={close}>
          Start practising
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            close();
            navigate({ page: 'help' });
          }}
        >
          How it works
        </button>
        <button type="button" class="button quiet-button" onClick={close}>
          Skip
        </button>
      </div>
    </dialog>
  );
}
