// Home: what Mend is, the sessions left unfinished (to pick up again), the scenarios to start from,
// and the quick check. The whole journal is on "Your practice".
import { useEffect, useState } from 'preact/hooks';
import type { ScenarioSummary } from '../../../server/api-contract.js';
import { DIFFICULTIES, type Difficulty } from '../../../server/engine/types.js';
import { api } from '../api-client.js';
import { ErrorText } from '../components/error-text.js';
import { PageHeading } from '../components/page-heading.js';
import { QuickCheck } from '../components/quick-check.js';
import { errorWords } from '../error-words.js';
import { takeFlash } from '../flash-message.js';
import { inPracticeOrder, onJournalChange, readJournal } from '../journal.js';
import { href } from '../route.js';
import { startSession } from '../session-actions.js';
import { useAction } from '../use-action.js';
import { DIFFICULTY_WORDS, formatDate } from '../words.js';

export function HomePage() {
  const [flash] = useState(takeFlash);
  return (
    <div class="page home-page">
      <PageHeading title="Practise">Practise the conversation you are dreading</PageHeading>
      {flash && (
        <p class="flash" role="status">
          {flash}
        </p>
      )}
      <p class="lead">
        Pick a situation close to yours. The partner answers the way someone who was hurt might, and after each reply
        you get a short note on how it landed. Take your time: you can stop, go back and try again whenever you like.
      </p>
      <p class="practice-line">This is practice, not therapy. What you write stays on the computer that runs Mend.</p>
      <Unfinished />
      <ScenarioPicker />
      <QuickCheck />
    </div>
  );
}

/** Conversations left open, newest first, so picking one up again is the first thing on the page. */
function Unfinished() {
  const [entries, setEntries] = useState(readJournal);
  useEffect(() => onJournalChange(() => setEntries(readJournal())), []);
  const open = inPracticeOrder(entries).filter((entry) => entry.status === 'active');
  if (open.length === 0) return null;
  const shown = open.slice(0, 3);
  return (
    <section class="section unfinished-section" aria-labelledby="unfinished-heading">
      <h2 id="unfinished-heading">Pick up where you left off</h2>
      <ul class="unfinished-list">
        {shown.map((entry) => (
          <li key={entry.id} class="card unfinished-item">
            <span>
              <strong>{entry.scenarioTitle}</strong>
              <span class="quiet small">
                {' '}
                · {formatDate(entry.createdAt)} · {entry.turns} {entry.turns === 1 ? 'reply' : 'replies'}
              </span>
            </span>
            <a class="button primary small" href={href({ page: 'practice', id: entry.id })}>
              Continue<span class="visually-hidden"> {entry.scenarioTitle}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={href({ page: 'progress' })}>
          {open.length > shown.length ? `All ${open.length} unfinished sessions, and the rest` : 'All your sessions'} in
          Your practice
        </a>
      </p>
    </section>
  );
}

function ScenarioPicker() {
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>();
  const [loadError, setLoadError] = useState<string>();
  const [difficulty, setDifficulty] = useState<Difficulty>(lastDifficulty);
  const [chosen, setChosen] = useState<string>();
  const start = useAction((scenarioId: string) => startSession(scenarioId, difficulty));

  useEffect(() => {
    api.scenarios().then(setScenarios, (error: unknown) => setLoadError(errorWords(error)));
  }, []);

  return (
    <section class="section" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">Choose a situation</h2>
      <fieldset class="difficulty">
        <legend>How hard should it be?</legend>
        <div class="difficulty-options">
          {DIFFICULTIES.map((level) => (
            <label key={level} class="difficulty-option">
              <input
                type="radio"
                name="difficulty"
                value={level}
                checked={difficulty === level}
                onChange={() => {
                  setDifficulty(level);
                  rememberDifficulty(level);
                }}
              />
              <span>
                <strong>{DIFFICULTY_WORDS[level].name}</strong>
                <span class="option-meaning">{DIFFICULTY_WORDS[level].meaning}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {loadError && <ErrorText message={`The situations could not be loaded. ${loadError}`} />}
      {!scenarios && !loadError && <p class="quiet">Loading the situations…</p>}
      {scenarios && (
        <ul class="scenario-list">
          {scenarios.map((scenario) => (
            <li key={scenario.id} class="card scenario-card">
              <h3 id={`scenario-${scenario.id}`}>{scenario.title}</h3>
              <p class="with-partner">With {scenario.partner.name}</p>
              <p>{scenario.summary}</p>
              <button
                type="button"
                class="button primary"
                aria-describedby={`scenario-${scenario.id}`}
                onClick={() => {
                  setChosen(scenario.id);
                  void start.run(scenario.id);
                }}
              >
                {start.busy && chosen === scenario.id ? 'Starting…' : `Start with ${scenario.partner.name}`}
              </button>
              {chosen === scenario.id && start.error && <ErrorText message={start.error} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const DIFFICULTY_KEY = 'mend.difficulty';

/** The level chosen last time: someone who picked "gentle" should not have to pick it again. */
function lastDifficulty(): Difficulty {
  try {
    const stored = localStorage.getItem(DIFFICULTY_KEY);
    return DIFFICULTIES.find((level) => level === stored) ?? 'gentle';
  } catch {
    return 'gentle';
  }
}

function rememberDifficulty(level: Difficulty): void {
  try {
    localStorage.setItem(DIFFICULTY_KEY, level);
  } catch {
    // Storage blocked: the choice still holds for this visit.
  }
}
