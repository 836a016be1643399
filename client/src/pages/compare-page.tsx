// An attempt and its retry side by side: the turns they share once, then what each went on to say
// from the turn the person went back to, with the verdicts, how each ended and each listening score.
// The two sessions come from this browser's journal (the retry knows the attempt it came from).
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report, SessionView, Turn } from '../../../server/api-contract.js';
import { api } from '../api-client.js';
import { AnswerLine, PartnerLine, YourLine } from '../components/conversation-lines.js';
import { LoadingSession } from '../components/loading-session.js';
import { MissingSession } from '../components/missing-session.js';
import { PageHeading } from '../components/page-heading.js';
import { type SessionLoadError, sessionLoadError } from '../error-words.js';
import { journalEntry } from '../journal.js';
import { href } from '../route.js';
import { statusWords } from '../words.js';

interface Attempt {
  view: SessionView;
  report: Report;
}

export function ComparePage({ id }: { id: string }) {
  const entry = useMemo(() => journalEntry(id), [id]);
  if (!entry) return <MissingSession id={id} />;
  return <Compare id={id} token={entry.token} />;
}

async function loadAttempt(id: string, token: string): Promise<Attempt> {
  const [view, report] = await Promise.all([api.session(id, token), api.report(id, token)]);
  return { view, report };
}

function Compare({ id, token }: { id: string; token: string }) {
  const [pair, setPair] = useState<{ retry: Attempt; first: Attempt | undefined }>();
  const [loadError, setLoadError] = useState<SessionLoadError>();
  useEffect(() => {
    (async () => {
      const retry = await loadAttempt(id, token);
      const parent = retry.view.parentId ? journalEntry(retry.view.parentId) : undefined;
      const first = parent ? await loadAttempt(parent.id, parent.token).catch(() => undefined) : undefined;
      setPair({ retry, first });
    })().catch((error: unknown) => setLoadError(sessionLoadError(error)));
  }, [id, token]);

  if (!pair) {
    return (
      <LoadingSession id={id} error={loadError} title="Compare">
        Putting the two tries side by side…
      </LoadingSession>
    );
  }
  const { retry, first } = pair;
  const title = retry.view.scenarioTitle;
  if (!first) {
    return (
      <div class="page">
        <PageHeading title={`Compare: ${title}`}>Nothing to compare with</PageHeading>
        <p>
          {retry.view.parentId
            ? 'The attempt this try started from is not in this browser any more: it may have been deleted.'
            : 'This session was not started from an earlier one.'}
        </p>
        <p>
          <a class="button primary" href={href({ page: 'report', id })}>
            See its report
          </a>
        </p>
      </div>
    );
  }
  const shared = sharedTurns(first.view.turns, retry.view.turns);
  const name = retry.view.partnerName;
  return (
    <div class="page compare-page">
      <PageHeading title={`Compare: ${title}`}>Two tries at “{title}”</PageHeading>
      <p class="lead">
        {shared === 0
          ? `Both started from ${name}'s first words.`
          : `The first ${shared === 1 ? 'reply was' : `${shared} replies were`} the same. Then you went back and answered differently.`}
      </p>
      {shared > 0 && (
        <details class="shared-start">
          <summary>The conversation up to where you went back</summary>
          <ol class="conversation">
            <PartnerLine name={name} line={retry.view.opening.line} />
            {retry.view.turns.slice(0, shared).map((turn) => (
              <TurnLines key={turn.index} turn={turn} name={name} />
            ))}
          </ol>
        </details>
      )}
      <div class="compare-columns">
        <AttemptColumn heading="First attempt" attempt={first} from={shared} />
        <AttemptColumn heading="The new try" attempt={retry} from={shared} />
      </div>
    </div>
  );
}

function AttemptColumn({ heading, attempt, from }: { heading: string; attempt: Attempt; from: number }) {
  const { view, report } = attempt;
  const headingId = `compare-${view.id}`;
  const after = view.turns.slice(from);
  return (
    <section class="compare-column card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p class="compare-outcome">
        <span class="compare-score">
          Listening score <strong>{report.score}</strong>
        </span>
        <span class="quiet">{statusWords(view.status, view.partnerName)}</span>
      </p>
      {after.length === 0 ? (
        <p class="quiet">No replies after that point yet.</p>
      ) : (
        <ol class="conversation">
          {after.map((turn) => (
            <TurnLines key={turn.index} turn={turn} name={view.partnerName} />
          ))}
        </ol>
      )}
      <p class="link-row">
        <a class="button secondary small" href={href({ page: 'report', id: view.id })}>
          Report<span class="visually-hidden"> of the {heading.toLowerCase()}</span>
        </a>
      </p>
    </section>
  );
}

function TurnLines({ turn, name }: { turn: Turn; name: string }) {
  return (
    <Fragment>
      <YourLine turn={turn} />
      <AnswerLine turn={turn} name={name} />
    </Fragment>
  );
}

/** How many turns the two sessions share from the start: the point the retry went back to. */
function sharedTurns(first: Turn[], retry: Turn[]): number {
  let shared = 0;
  while (shared < first.length && shared < retry.length && first[shared]?.reply === retry[shared]?.reply) shared += 1;
  return shared;
}
