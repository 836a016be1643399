// The practice journal on the home page: every session this browser started, newest first, and how
// the listening score moved across attempts at each scenario.
import { useEffect, useState } from 'preact/hooks';
import { type JournalEntry, onJournalChange, readJournal, scoreTrends } from '../journal.js';
import { href } from '../route.js';
import { formatDate, STATUS_SHORT } from '../words.js';

export function JournalSection() {
  const [entries, setEntries] = useState(readJournal);
  useEffect(() => onJournalChange(() => setEntries(readJournal())), []);
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const trends = [...scoreTrends(entries).entries()];

  return (
    <section class="section journal" aria-labelledby="journal-heading">
      <h2 id="journal-heading">Your practice journal</h2>
      {entries.length === 0 ? (
        <p class="quiet">
          Sessions you start are listed here. The list is kept in this browser only; clearing the browser's data forgets
          it.
        </p>
      ) : (
        <>
          {trends.length > 0 && (
            <div class="trends">
              <h3>Your listening score across attempts</h3>
              <ul>
                {trends.map(([scenarioId, trend]) => (
                  <li key={scenarioId}>
                    <ScoreTrend title={trend.title} scores={trend.scores} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul class="journal-list">
            {newestFirst.map((entry) => (
              <JournalItem key={entry.id} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function JournalItem({ entry }: { entry: JournalEntry }) {
  const active = entry.status === 'active';
  return (
    <li class="card journal-entry">
      <h3>{entry.scenarioTitle}</h3>
      <p class="journal-meta">
        <span>{formatDate(entry.createdAt)}</span>
        <span>{STATUS_SHORT[entry.status]}</span>
        <span>
          {entry.turns} {entry.turns === 1 ? 'reply' : 'replies'}
        </span>
        <span>{entry.score === undefined ? 'No score yet' : `Listening score ${entry.score}`}</span>
        {entry.parentId && <span>A new try from an earlier point</span>}
      </p>
      <p class="link-row">
        {active && (
          <a class="button primary small" href={href({ page: 'practice', id: entry.id })}>
            Continue<span class="visually-hidden"> {entry.scenarioTitle}</span>
          </a>
        )}
        <a class="button secondary small" href={href({ page: 'report', id: entry.id })}>
          Report<span class="visually-hidden"> for {entry.scenarioTitle}</span>
        </a>
        <a class="button secondary small" href={href({ page: 'replay', id: entry.id, step: 0 })}>
          Replay<span class="visually-hidden"> {entry.scenarioTitle}</span>
        </a>
      </p>
    </li>
  );
}

/** A small line of the scores, with the numbers and the direction in words beside it. */
function ScoreTrend({ title, scores }: { title: string; scores: number[] }) {
  const first = scores[0] ?? 0;
  const last = scores[scores.length - 1] ?? 0;
  const change = last - first;
  const direction =
    scores.length < 2
      ? 'one attempt so far'
      : change > 0
        ? `up ${change} since your first attempt`
        : change < 0
          ? `down ${-change} since your first attempt`
          : 'the same as your first attempt';
  const width = 120;
  const height = 32;
  const step = scores.length > 1 ? width / (scores.length - 1) : 0;
  const points = scores.map((score, index) => `${index * step},${height - (score / 100) * height}`).join(' ');
  return (
    <p class="score-trend">
      <span class="trend-title">{title}</span>
      {scores.length > 1 && (
        <svg
          width={width}
          height={height}
          viewBox={`-4 -4 ${width + 8} ${height + 8}`}
          aria-hidden="true"
          focusable="false"
        >
          <line x1="0" y1={height} x2={width} y2={height} class="trend-base" />
          <polyline points={points} class="trend-line" />
          {scores.map((score, index) => (
            <circle key={index} cx={index * step} cy={height - (score / 100) * height} r="3" class="trend-dot" />
          ))}
        </svg>
      )}
      <span>
        {scores.join(' → ')} ({direction})
      </span>
    </p>
  );
}
