// "How does this sound?": one sentence (and, if wanted, what the partner said) checked without
// starting a session. Shows the label, the signals, the highlighted words and a suggestion.
import { useId, useState } from 'preact/hooks';
import type { ClassifyResult } from '../../../server/api-contract.js';
import { api } from '../api-client.js';
import { useAction } from '../use-action.js';
import { ErrorText } from './error-text.js';
import { FeedbackCard } from './feedback-card.js';

export function QuickCheck() {
  const id = useId();
  const [text, setText] = useState('');
  const [partner, setPartner] = useState('');
  const [result, setResult] = useState<{ text: string; outcome: ClassifyResult }>();
  const [blank, setBlank] = useState(false);
  const check = useAction(async () => {
    const trimmedPartner = partner.trim();
    const outcome = await api.classify({ text, ...(trimmedPartner ? { partner: trimmedPartner } : {}) });
    setResult({ text, outcome });
  });

  const submit = (event: Event): void => {
    event.preventDefault();
    setBlank(text.trim() === '');
    if (text.trim() !== '') void check.run();
  };

  return (
    <section class="section card quick-check" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>How does this sound?</h2>
      <p class="quiet">Check one sentence before you say it. Nothing is saved.</p>
      <form onSubmit={submit} noValidate>
        <label for={`${id}-text`}>Your sentence</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          aria-describedby={`${id}-error`}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <label for={`${id}-partner`}>
          What they said <span class="quiet">(optional)</span>
        </label>
        <input
          id={`${id}-partner`}
          type="text"
          value={partner}
          onInput={(event) => setPartner(event.currentTarget.value)}
        />
        <div class="button-row">
          <button type="submit" class="button primary">
            {check.busy ? 'Checking…' : 'Check'}
          </button>
        </div>
        <ErrorText id={`${id}-error`} message={blank ? 'Write a sentence to check first.' : check.error} />
      </form>
      <div aria-live="polite">
        {result && (
          <div class="quick-check-result">
            <h3 class="visually-hidden">Result</h3>
            <FeedbackCard
              reply={result.text}
              classification={result.outcome.classification}
              feedback={result.outcome.feedback}
            />
          </div>
        )}
      </div>
    </section>
  );
}
