// Seeded players that talk to a partner on their own, so tests and `npm run autoplay` can play
// thousands of conversations: an honest answerer, a dodger, a defender, one who says "ok", a mix,
// and one who draws from a list of replies (the labeled corpus). The replies are this project's own
// words; the honest answerer answers every question with the scenario's true answer.
import { drawInt, drawUnit, type RngState, seedRng } from '../rng.js';
import { checkIn } from '../safety/check-in.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import {
  type EngineSession,
  fillSlots,
  pendingQuestionOf,
  type StartOptions,
  startSession,
  takeTurn,
} from '../turn-engine.js';
import type { PartnerView, Turn } from '../types.js';

export const PLAYERS = ['honest', 'dodger', 'ok', 'defensive', 'mixed'] as const;
export type PlayerName = (typeof PLAYERS)[number] | 'corpus';

/** A player picks its next reply from what a user would see: the partner and the question pending. */
export type Player = (session: EngineSession, rng: RngState) => [string, RngState];

/** What the honest answerer says when no question is waiting (besides the scenario's hints). */
export const OWNING = [
  "I'm sorry. I did this, and I kept it from you. That's on me.",
  'You have every right to be this angry with me.',
  'I hurt you, and I chose to. I want to hear all of it.',
  "Take all the time you need. I'm not going anywhere.",
  "I lied to you, and you found out on your own. I'm so sorry.",
];
const FILLER = ['ok', 'hmm', "I don't know what to say.", 'Can we talk about this later?', 'Right.', 'I see.'];
const DEFLECTION = [
  'Does it matter?',
  'Why do you need to know that?',
  "I'm not getting into that right now.",
  'What difference does it make?',
];
const DEFENDING = [
  'But you were never home!',
  "You're overreacting. It's not that big a deal.",
  'It just happened. Can we move on?',
  "Why do you always make everything about you? I've said sorry.",
  "It's not as bad as you're making out.",
  "I didn't mean for any of it to happen.",
];

function oneOf(list: readonly string[], rng: RngState): [string, RngState] {
  const [index, next] = drawInt(rng, 0, list.length - 1);
  return [list[index] as string, next];
}

/** Answers every question truthfully; otherwise says something that owns it (the scenario's hints first). */
export const honest: Player = (session, rng) => {
  const pending = pendingQuestionOf(session);
  if (pending) return [pending.trueAnswer, rng];
  const hints = session.scenario.hints[session.partner.emotion].map((hint) => fillSlots(session.scenario, hint));
  return oneOf([...hints, ...OWNING], rng);
};

/** Never answers: filler, and now and then a deflection. */
export const dodger: Player = (_session, rng) => {
  const [roll, next] = drawUnit(rng);
  return oneOf(roll < 0.3 ? DEFLECTION : FILLER, next);
};

export const okay: Player = (_session, rng) => ['ok', rng];

export const defensive: Player = (_session, rng) => oneOf(DEFENDING, rng);

/** Half honest, a quarter defending, a quarter dodging. */
export const mixed: Player = (session, rng) => {
  const [roll, next] = drawUnit(rng);
  if (roll < 0.5) return honest(session, next);
  if (roll < 0.75) return defensive(session, next);
  return dodger(session, next);
};

/** Replies drawn at random from a list (the classifier's labeled corpus, in the sweep). */
export function fromList(replies: readonly string[]): Player {
  return (_session, rng) => oneOf(replies, rng);
}

export function playerNamed(name: (typeof PLAYERS)[number]): Player {
  return { honest, dodger, ok: okay, defensive, mixed }[name];
}

export interface AutoplayRun {
  scenario: Scenario;
  seed: number;
  opening: PartnerView;
  turns: Turn[];
  /** `sessions[n]` is the session after turn n (`sessions[0]` right after the opening). */
  sessions: EngineSession[];
  final: EngineSession;
}

export interface AutoplayOptions extends StartOptions {
  /** Most replies to send (the session may end sooner). Default 15. */
  turns?: number;
}

/**
 * One seeded conversation. The player draws from its own generator (seeded from the session's
 * seed), never the session's, so the partner behaves as it would with a person typing.
 */
export function autoplay(scenario: Scenario, seed: number, player: Player, options: AutoplayOptions = {}): AutoplayRun {
  const limit = options.turns ?? 15;
  let session = startSession(scenario, seed, options);
  let rng = seedRng(seed ^ 0x5eed);
  const turns: Turn[] = [];
  const sessions = [session];
  while (turns.length < limit && session.status === 'active') {
    const [reply, next] = player(session, rng);
    rng = next;
    const result = takeTurn(session, reply);
    // A reply that sounded like a crisis pauses the practice: the player checks in as safe to go on.
    const after = result.turn.safety ? checkIn(result.session, 'continue') : result.session;
    turns.push(result.turn);
    sessions.push(after);
    session = after;
  }
  return { scenario, seed, opening: sessions[0]?.partner as PartnerView, turns, sessions, final: session };
}
