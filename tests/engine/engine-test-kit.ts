// Shared by the engine tests: the real scenarios, the fixture, clearly worded replies of each label,
// and a helper that plays a list of replies. Not a test file itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkIn,
  type EngineSession,
  type Label,
  parseScenario,
  pendingQuestionOf,
  type Scenario,
  type StartOptions,
  startSession,
  type Turn,
  takeTurn,
} from '../../server/engine/index.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SCENARIO_DIR = join(REPO, 'scenarios');
export const FIXTURE_DIR = join(REPO, 'tests/fixtures/scenarios');
export const CORPUS_DIR = join(REPO, 'server/engine/classifier/corpus');

export function loadFixture(name = 'fixture-partner'): Scenario {
  const file = join(FIXTURE_DIR, `${name}.yaml`);
  return parseScenario(readFileSync(file, 'utf8'), file);
}

export function scenarioFiles(): string[] {
  if (!existsSync(SCENARIO_DIR)) return [];
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(SCENARIO_DIR, name));
}

export function loadScenarios(): Scenario[] {
  return scenarioFiles().map((file) => parseScenario(readFileSync(file, 'utf8'), file));
}

/**
 * Replies worded so that any reasonable classifier agrees on their label (the classifier is
 * another module and may change; these should not).
 */
export const CLEAR_REPLIES: Record<Label, string[]> = {
  validating: [
    "I'm sorry I lied to you. That was my choice.",
    'I hurt you, and I chose to. I am sorry.',
    "I'm sorry I hurt you. I chose to lie to you.",
    "I'm sorry. I lied to you, and that was my choice, not yours.",
  ],
  defensive: [
    'But you were never home!',
    'But you never listen to me anyway!',
    'But you were never there for me either!',
  ],
  minimizing: [
    'It just happened, can we move on?',
    'It only happened once, can we just move on now?',
    "It just happened. Let's move on.",
  ],
  neutral: ['Okay.', 'I see.', 'Right.'],
};

export function clearReply(label: Label, turn: number): string {
  const replies = CLEAR_REPLIES[label];
  return replies[turn % replies.length] as string;
}

/**
 * A clear validating reply in context (taxonomy v2): the scenario's true answer when the partner
 * has asked something, an owning apology otherwise (an apology in place of an answer is neutral).
 */
export function validatingReplyFor(session: EngineSession, turn: number): string {
  return pendingQuestionOf(session)?.trueAnswer ?? clearReply('validating', turn);
}

/** Plays `turns` validating replies, each chosen for what the partner just said. */
export function playValidating(scenario: Scenario, seed: number, turns: number): Played {
  return playEach(scenario, seed, turns, validatingReplyFor);
}

export interface Played {
  session: EngineSession;
  turns: Turn[];
  sessions: EngineSession[];
}

/** Plays replies until they run out or the session ends. `sessions[n]` is the session after turn n. */
export function play(scenario: Scenario, seed: number, replies: string[], options: StartOptions = {}): Played {
  return playEach(scenario, seed, replies.length, (_, i) => replies[i] as string, options);
}

/**
 * Plays one reply per label, each chosen for what the partner just said: a validating turn answers
 * the partner's question when one is waiting (an apology in place of the answer is neutral), any
 * other label is its clear reply.
 */
export function playLabels(scenario: Scenario, seed: number, labels: readonly Label[]): Played {
  return playEach(scenario, seed, labels.length, (session, i) => {
    const label = labels[i] as Label;
    return label === 'validating' ? validatingReplyFor(session, i) : clearReply(label, i);
  });
}

/** Up to `turns` turns, each reply chosen by `replyFor` from the session so far, until the session ends. */
function playEach(
  scenario: Scenario,
  seed: number,
  turns: number,
  replyFor: (session: EngineSession, turn: number) => string,
  options: StartOptions = {},
): Played {
  let session = startSession(scenario, seed, options);
  const played: Turn[] = [];
  const sessions = [session];
  for (let i = 0; i < turns && session.status === 'active'; i++) {
    const result = replyAndCheckIn(session, replyFor(session, i));
    session = result.session;
    played.push(result.turn);
    sessions.push(session);
  }
  return { session, turns: played, sessions };
}

/** takeTurn, then, if the reply paused the practice, the check-in of someone who is safe to go on. */
export function replyAndCheckIn(session: EngineSession, reply: string): { turn: Turn; session: EngineSession } {
  const result = takeTurn(session, reply);
  return result.turn.safety ? { ...result, session: checkIn(result.session, 'continue') } : result;
}

/** Every line the partner said in a session: the opening, then one per turn. */
export function linesSaid(played: Played): string[] {
  return [played.sessions[0]?.partner.line ?? '', ...played.turns.filter((t) => !t.safety).map((t) => t.partner.line)];
}

/** Owning it, with no answer in it: what the question-walking helpers say between questions. */
export const OWNING_NO_ANSWER = "I'm sorry. I did this, and I kept it from you. That's on me.";

let byId: Map<string, Scenario> | undefined;
/** One of the real scenarios, by id. */
export function scenarioById(id: string): Scenario {
  byId ??= new Map(loadScenarios().map((scenario) => [scenario.id, scenario]));
  const found = byId.get(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

/** One of a real scenario's questions, by id. */
export function questionById(scenarioId: string, questionId: string): Scenario['questions'][number] {
  const found = scenarioById(scenarioId).questions.find((q) => q.id === questionId);
  if (!found) throw new Error(`no question ${questionId} in ${scenarioId}`);
  return found;
}

/**
 * The first seeded session in which the partner waits on `questionId`, reached by answering every
 * other question truly and saying `between` otherwise (deterministic: the same session each run).
 */
export function askedIn(scenarioId: string, questionId: string, between = OWNING_NO_ANSWER): EngineSession {
  for (let seed = 1; seed <= 200; seed++) {
    let session = startSession(scenarioById(scenarioId), seed);
    for (let turn = 0; turn < 20 && session.status === 'active'; turn++) {
      const pending = pendingQuestionOf(session);
      if (pending?.id === questionId) return session;
      session = takeTurn(session, pending ? pending.trueAnswer : between).session;
    }
  }
  throw new Error(`${questionId} is never asked in ${scenarioId}`);
}
