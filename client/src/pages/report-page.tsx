// Report: the listening score, counts per label, how the partner felt over the turns (chart and
// table), the moments worth revisiting with a rewind, the best replies, export and delete.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report, SessionView } from '../../../server/api-contract.js';
import { LABELS, type Label } from '../../../server/engine/types.js';
import { api } from '../api-client.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { ErrorText } from '../components/error-text.js';
import { FeelingsChart } from '../components/feelings-chart.js';
import { LabelChip } from '../components/label-chip.js';
import { LoadingSession } from '../components/loading-session.js';
import { MissingSession } from '../components/missing-session.js';
import { PageHeading } from '../components/page-heading.js';
import { ScoreHelp } from '../components/score-help.js';
import { type SessionLoadError, sessionLoadError } from '../error-words.js';
import { setFlash } from '../flash-message.js';
import { journalEntry, removeFromJournal, saveToJournal } from '../journal.js';
import { href, navigate } from '../route.js';
import { saveBlob } from '../save-blob.js';
import { startSession } from '../session-actions.js';
import { useAction } from '../use-action.js';
import { useReplyRewind } from '../use-reply-rewind.js';
import { PRINCIPLE_WORDS, statusWords } from '../words.js';

export function ReportPage({ id }: { id: string }) {
  const entry = useMemo(() => journalEntry(id), [id]);
  if (!entry) return <MissingSession id={id} />;
  return <ReportView id={id} token={entry.token} />;
}

const MARK_WORDS = { kept: 'kept', mixed: 'sometimes kept', broken: 'not kept yet', untested: 'did not come up' };

function ReportView({ id, token }: { id: string; token: string }) {
  const [data, setData] = useState<{ view: SessionView; report: Report }>();
  const [loadError, setLoadError] = useState<SessionLoadError>();

  const load = (): Promise<void> =>
    Promise.all([api.session(id, token), api.report(id, token)]).then(
      ([view, report]) => {
        setData({ view, report });
        saveToJournal({ id, status: view.status, turns: view.turns.length, score: report.score });
      },
      (error: unknown) => setLoadError(sessionLoadError(error)),
    );
  useEffect(() => {
    void load();
  }, [id, token]);

  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const end = useAction(async () => {
    await api.end(id, token);
    setConfirmingEnd(false);
    await load();
  });

  if (!data) {
    return (
      <LoadingSession id={id} error={loadError} title="Report">
        Preparing the report…
      </LoadingSession>
    );
  }

  const { view, report } = data;
  const name = view.partnerName;
  return (
    <div class="page report-page">
      <p class="back-link">
        <a href="#/">← All situations</a>
      </p>
      <PageHeading title={`Report: ${view.scenarioTitle}`}>How it went</PageHeading>
      <p class="quiet">
        {view.scenarioTitle} · With {name} · {statusWords(view.status, name)}
      </p>

      {view.status === 'active' && (
        <div class="card notice">
          <p>This conversation is still open. The report shows it so far.</p>
          <p class="link-row">
            <a class="button primary" href={href({ page: 'practice', id })}>
              Continue the conversation
            </a>
            <button type="button" class="button secondary" onClick={() => setConfirmingEnd(true)}>
              End it now
            </button>
          </p>
          <ConfirmDialog
            open={confirmingEnd}
            title="End the conversation now?"
            confirmLabel={end.busy ? 'Ending…' : 'End it'}
            cancelLabel="Keep it open"
            onConfirm={() => void end.run()}
            onCancel={() => {
              end.clearError();
              setConfirmingEnd(false);
            }}
          >
            <p>{name} will not say any more in this session. The report stays, and you can try again from any reply.</p>
            <ErrorText message={end.error} />
          </ConfirmDialog>
        </div>
      )}

      <section class="section score-section" aria-labelledby="score-heading">
        <h2 id="score-heading">Listening score</h2>
        <p class="score">
          <span class="score-number">{report.score}</span>
          <span class="score-out-of"> out of 100</span>
        </p>
        <p class="quiet">How much your replies made room for {name}'s hurt.</p>
        <details class="score-details">
          <summary>How the score works</summary>
          <ScoreHelp />
        </details>
        <ul class="label-counts" aria-label="Replies by kind">
          {LABELS.map((label: Label) => (
            <li key={label}>
              <LabelChip label={label} /> <strong>{report.counts[label]}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section class="section" aria-labelledby="chart-heading">
        <h2 id="chart-heading">How {name} felt</h2>
        <FeelingsChart trajectory={report.trajectory} name={name} />
      </section>

      <MomentsSection report={report} view={view} id={id} token={token} />

      <section class="section" aria-labelledby="best-heading">
        <h2 id="best-heading">Your best replies</h2>
        {report.best.length === 0 ? (
          <p class="quiet">None of the replies was validating this time. The hints can help you find the words.</p>
        ) : (
          <ul class="quote-list">
            {report.best.map((best) => (
              <li key={best.turn}>
                <p class="quiet small">Reply {best.turn}</p>
                <blockquote>{best.reply}</blockquote>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="section" aria-labelledby="principles-heading">
        <h2 id="principles-heading">The principles</h2>
        <ul class="principle-list">
          {report.principles.map((item) => (
            <li key={item.principle} class={`mark-${item.mark}`}>
              <strong>{PRINCIPLE_WORDS[item.principle]}</strong>: {MARK_WORDS[item.mark]}
            </li>
          ))}
        </ul>
      </section>

      <ReportActions view={view} id={id} token={token} />
    </div>
  );
}

function MomentsSection({ report, view, id, token }: { report: Report; view: SessionView; id: string; token: string }) {
  const rewind = useReplyRewind(id, token);
  return (
    <section class="section" aria-labelledby="moments-heading">
      <h2 id="moments-heading">Moments worth revisiting</h2>
      {report.moments.length === 0 ? (
        <p class="quiet">Nothing stood out this time.</p>
      ) : (
        <ul class="moment-list">
          {report.moments.map((moment) => {
            const turn = view.turns.find((item) => item.index === moment.turn);
            return (
              <li key={moment.turn} class="card moment">
                <p class="quiet small">Reply {moment.turn}</p>
                <p>{moment.why}</p>
                {turn && <blockquote>{turn.reply}</blockquote>}
                <button type="button" class="button secondary small" onClick={() => rewind.rewindBefore(moment.turn)}>
                  Try again from here<span class="visually-hidden"> (before reply {moment.turn})</span>
                </button>
                {rewind.chosen === moment.turn && <ErrorText message={rewind.error} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ReportActions({ view, id, token }: { view: SessionView; id: string; token: string }) {
  const [confirming, setConfirming] = useState(false);
  const again = useAction(() => startSession(view.scenarioId, view.difficulty));
  const download = useAction(async (format: 'markdown' | 'json') => {
    const blob = await api.exportFile(id, token, format);
    saveBlob(blob, `mend-${id}.${format === 'markdown' ? 'md' : 'json'}`);
  });
  const remove = useAction(async () => {
    await api.delete(id, token);
    removeFromJournal(id);
    setFlash('The session was deleted. It is gone from the server and from your journal.');
    setConfirming(false);
    navigate({ page: 'home' });
  });

  return (
    <section class="section" aria-labelledby="next-heading">
      <h2 id="next-heading">What next</h2>
      <p class="link-row">
        <a class="button primary" href={href({ page: 'replay', id, step: 0 })}>
          Replay step by step
        </a>
        <button type="button" class="button secondary" onClick={() => void again.run()}>
          Practise this situation again
        </button>
      </p>
      <ErrorText message={again.error} />
      <h3>Keep a copy</h3>
      <p class="quiet">The file holds everything you wrote. Keep it somewhere private.</p>
      <p class="link-row">
        <button type="button" class="button secondary" onClick={() => void download.run('markdown')}>
          Download as text (Markdown)
        </button>
        <button type="button" class="button secondary" onClick={() => void download.run('json')}>
          Download as data (JSON)
        </button>
      </p>
      <ErrorText message={download.error} />
      <h3>Delete</h3>
      <p class="quiet">Deleting removes this session and its replies from the server for good.</p>
      <p>
        <button type="button" class="button danger" onClick={() => setConfirming(true)}>
          Delete this session
        </button>
      </p>
      <ConfirmDialog
        open={confirming}
        title="Delete this session for good?"
        confirmLabel={remove.busy ? 'Deleting…' : 'Delete it'}
        cancelLabel="Keep it"
        onConfirm={() => void remove.run()}
        onCancel={() => {
          remove.clearError();
          setConfirming(false);
        }}
      >
        <p>Every reply, the feedback and the report go. Downloaded copies are not affected. This cannot be undone.</p>
        <ErrorText message={remove.error} />
      </ConfirmDialog>
    </section>
  );
}
