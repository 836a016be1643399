// Where the reply box was, once the conversation is over: the partner's last words, what happened
// in one sentence, and the two ways on: the report, and trying again from a turn (the replay, where
// every turn has "Try again from here"). Its heading takes focus when the end happens live.
import type { Ref } from 'preact';
import type { SessionView } from '../../../server/api-contract.js';
import { href } from '../route.js';
import { endingWords } from '../words.js';

export function EndPanel({ view, headingRef }: { view: SessionView; headingRef?: Ref<HTMLHeadingElement> }) {
  const last = view.turns[view.turns.length - 1];
  const lastLine = last && !last.safety ? last.partner.line : view.turns.length === 0 ? view.opening.line : undefined;
  return (
    <section class="end-panel" aria-labelledby="end-heading">
      <h2 id="end-heading" tabIndex={-1} ref={headingRef}>
        The conversation is over
      </h2>
      <p class="end-what">{endingWords(view.status, view.partnerName)}</p>
      {lastLine && (
        <figure class="end-last-line">
          <figcaption>{view.partnerName}'s last words</figcaption>
          <blockquote>{lastLine}</blockquote>
        </figure>
      )}
      <p class="link-row">
        <a class="button primary" href={href({ page: 'report', id: view.id })}>
          See how it went
        </a>
        <a class="button secondary" href={href({ page: 'replay', id: view.id, step: view.turns.length })}>
          Try again from a turn
        </a>
      </p>
    </section>
  );
}
