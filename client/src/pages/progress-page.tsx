// "Your practice": every session in this browser's journal, unfinished ones first; the listening
// score across attempts at each scenario, as a chart; a retry's link to the comparison with the
// attempt it came from; and the journal as a file, to move the practice to another browser.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorText } from '../components/error-text.js';
import { PageHeading } from '../components/page-heading.js';
import { ScoreChart } from '../components/score-chart.js';
import {
  importJournal,
  inPracticeOrder,
  type JournalEntry,
  JournalFileError,
  journalFile,
  onJournalChange,
  readJournal,
  scoreTrends,
} from '../journal.js';
import { href } from '../route.js';
import { saveBlob } from '../save-blob.js';
import { formatDate, STATUS_SHORT } from '../words.js';

export function ProgressPage() {
  const [entries, setEntries] = useState(readJournal);
  useEffect(() => onJournalChange(() => setEntries(readJournal())), []);
  const trends = [...scoreTrends(entries).entries()];
  const known = new Set(entries.map((entry) => entry.id));

  return (
    <div class="page progress-page">
      <PageHeading title="Your practice">Your practice</PageHeading>
      <p class="lead">
        Every session you started in this browser, unfinished ones first. The list lives in this browser only.
      </p>

      {entries.length === 0 ? (
        <p class="card">
          Nothing here yet. <a href={href({ page: 'home' })}>Pick a situation</a> to start; your sessions will be listed
          here.
        </p>
      ) : (
        <>
          <section class="section" aria-labelledby="trend-heading">
            <h2 id="trend-heading">Your listening score across attempts</h2>
            {trends.length === 0 ? (
              <p class="quiet">Finish a conversation and open its report: its score will show here.</p>
            ) : (
              <ul class="trend-list">
                {trends.map(([scenarioId, trend]) => (
                  <li key={scenarioId} class="card">
                    <ScoreChart trend={trend} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section class="section" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">Sessions</h2>
            <ul class="journal-list">
              {inPracticeOrder(entries).map((entry) => (
                <JournalItem
                  key={entry.id}
                  entry={entry}
                  parentKnown={entry.parentId ? known.has(entry.parentId) && entry.turns > 0 : false}
                />
              ))}
            </ul>
          </section>
        </>
      )}
      <JournalTransfer count={entries.length} />
    </div>
  );
}

function JournalItem({ entry, parentKnown }: { entry: JournalEntry; parentKnown: boolean }) {
  const active = entry.status === 'active';
  const title = entry.scenarioTitle;
  return (
    <li class={active ? 'card journal-entry unfinished' : 'card journal-entry'}>
      <h3>{title}</h3>
      <p class="journal-meta">
        <span>{formatDate(entry.createdAt)}</span>
        <span class="journal-status">{STATUS_SHORT[entry.status]}</span>
        <span>
          {entry.turns} {entry.turns === 1 ? 'reply' : 'replies'}
        </span>
        <span>{entry.score === undefined ? 'No score yet' : `Listening score ${entry.score}`}</span>
        {entry.parentId && <span>A new try from an earlier point</span>}
      </p>
      <p class="link-row">
        {active && (
          <a class="button primary small" href={href({ page: 'practice', id: entry.id })}>
            Continue<span class="visually-hidden"> {title}</span>
          </a>
        )}
        <a class="button secondary small" href={href({ page: 'report', id: entry.id })}>
          Report<span class="visually-hidden"> for {title}</span>
        </a>
        <a class="button secondary small" href={href({ page: 'replay', id: entry.id, step: 0 })}>
          Replay<span class="visually-hidden"> {title}</span>
        </a>
        {parentKnown && (
          <a class="button secondary small" href={href({ page: 'compare', id: entry.id })}>
            Compare with the first attempt<span class="visually-hidden"> at {title}</span>
          </a>
        )}
      </p>
    </li>
  );
}

/** Export the journal as a file and import one: how the practice moves to another browser. */
function JournalTransfer({ count }: { count: number }) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();

  const importFile = async (file: File): Promise<void> => {
    setMessage(undefined);
    setError(undefined);
    try {
      const { added, known } = importJournal(await file.text());
      setMessage(
        `${added} ${added === 1 ? 'session' : 'sessions'} added` +
          (known > 0 ? `; ${known} ${known === 1 ? 'was' : 'were'} already here.` : '.'),
      );
    } catch (caught) {
      setError(caught instanceof JournalFileError ? caught.message : 'That file could not be read.');
    }
  };

  return (
    <section class="section card journal-transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Move your practice to another browser</h2>
      <p>
        The journal file holds the keys to your sessions: anyone with the file who can reach this Mend server can read
        them. Keep it private, and delete it once it is imported.
      </p>
      <div class="button-row">
        <button
          type="button"
          class="button secondary"
          disabled={count === 0}
          onClick={() => saveBlob(journalFile(), `mend-journal-${new Date().toISOString().slice(0, 10)}.json`)}
        >
          Export the journal
        </button>
        <label class="button secondary file-button">
          Import a journal file
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <p role="status" class={message ? 'flash' : 'visually-hidden'}>
        {message ?? ''}
      </p>
      <ErrorText message={error} />
    </section>
  );
}
