// Replay: a past session one turn at a time (previous / next / play), with the feedback on each
// reply and the partner's state at that point, and "Try again from here" at any turn.
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SessionView } from '../../../server/api-contract.js';
import { api } from '../api-client.js';
import { AnswerLine, PartnerLine, YourLine } from '../components/conversation-lines.js';
import { ErrorText } from '../components/error-text.js';
import { FeedbackCard } from '../components/feedback-card.js';
import { LoadingSession } from '../components/loading-session.js';
import { MissingSession } from '../components/missing-session.js';
import { PageHeading } from '../components/page-heading.js';
import { PartnerState } from '../components/partner-state.js';
import { type SessionLoadError, sessionLoadError } from '../error-words.js';
import { journalEntry } from '../journal.js';
import { href, navigate } from '../route.js';
import { rewindTo } from '../session-actions.js';
import { useAction } from '../use-action.js';

/** How long each turn stays on screen while playing: long enough to read a line and its feedback. */
const PLAY_STEP_MS = 4000;

export function ReplayPage({ id, step }: { id: string; step: number }) {
  const entry = useMemo(() => journalEntry(id), [id]);
  if (!entry) return <MissingSession id={id} />;
  return <Replay id={id} token={entry.token} step={step} />;
}

function Replay({ id, token, step: requested }: { id: string; token: string; step: number }) {
  const [view, setView] = useState<SessionView>();
  const [loadError, setLoadError] = useState<SessionLoadError>();
  const [playing, setPlaying] = useState(false);
  const rewind = useAction((turn: number) => rewindTo(id, token, turn));

  useEffect(() => {
    api.session(id, token).then(setView, (error: unknown) => setLoadError(sessionLoadError(error)));
  }, [id, token]);

  const last = view?.turns.length ?? 0;
  const step = Math.min(requested, last);
  const goTo = (next: number): void => navigate({ page: 'replay', id, step: next }, { replace: true });

  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => goTo(step + 1), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, step, last]);

  if (!view) {
    return (
      <LoadingSession id={id} error={loadError} title="Replay">
        Opening the replay…
      </LoadingSession>
    );
  }

  const name = view.partnerName;
  const shown = view.turns.slice(0, step);
  const current = step > 0 ? view.turns[step - 1] : undefined;
  const partner = current ? current.partner : view.opening;

  return (
    <div class="page replay-page">
      <p class="back-link">
        <a href={href({ page: 'report', id })}>← Back to the report</a>
      </p>
      <PageHeading title={`Replay: ${view.scenarioTitle}`}>Replay: {view.scenarioTitle}</PageHeading>

      <fieldset class="replay-controls">
        <legend class="visually-hidden">Replay controls</legend>
        <button
          type="button"
          class="button secondary"
          aria-disabled={step === 0}
          onClick={() => {
            setPlaying(false);
            if (step > 0) goTo(step - 1);
          }}
        >
          Previous
        </button>
        <button
          type="button"
          class="button primary"
          aria-disabled={step >= last && !playing}
          onClick={() => setPlaying(!playing && step < last)}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-disabled={step >= last}
          onClick={() => {
            setPlaying(false);
            if (step < last) goTo(step + 1);
          }}
        >
          Next
        </button>
        <p class="step-position" aria-live="polite">
          {step === 0 ? `The opening (${last} ${last === 1 ? 'reply' : 'replies'} in all)` : `Reply ${step} of ${last}`}
        </p>
      </fieldset>

      <div class="replay-layout">
        <div class="area-state">
          <PartnerState partner={partner} name={name} />
        </div>
        <div class="area-log">
          <h2 class="visually-hidden">The conversation up to this point</h2>
          <ol class="conversation replay-log">
            <PartnerLine name={name} line={view.opening.line} current={step === 0} />
            {shown.map((turn) => (
              <Fragment key={turn.index}>
                <YourLine turn={turn} current={turn.index === step} />
                <AnswerLine turn={turn} name={name} />
              </Fragment>
            ))}
          </ol>
        </div>
        <section class="area-feedback feedback-region" aria-labelledby="feedback-heading">
          <h2 id="feedback-heading">Feedback</h2>
          {current === undefined ? (
            <p class="quiet">The conversation starts with {name}'s first words. Press Next to see your first reply.</p>
          ) : current.safety ? (
            <p>{current.feedback.summary}</p>
          ) : (
            <>
              <p class="quiet small">On your reply {current.index}</p>
              <FeedbackCard
                reply={current.reply}
                classification={current.classification}
                feedback={current.feedback}
                understood={current.understood}
                partnerName={name}
              />
            </>
          )}
        </section>
        <div class="area-composer branch-point">
          <h2>Try a different reply</h2>
          <p class="quiet">
            {step === 0
              ? `Start again from ${name}'s first words, as a new session.`
              : `Go back to just before reply ${step} and answer differently. This session stays as it is.`}
          </p>
          <button type="button" class="button primary" onClick={() => void rewind.run(Math.max(0, step - 1))}>
            {rewind.busy ? 'Going back…' : step === 0 ? 'Start again from the beginning' : 'Try again from here'}
          </button>
          <ErrorText message={rewind.error} />
        </div>
      </div>
    </div>
  );
}
