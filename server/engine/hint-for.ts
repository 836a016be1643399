// "What could I say now?": a reply that would land with this partner, in this emotion, right now.
// When the partner is waiting on a question (or gave up on one still unanswered), the hint answers
// it first with the scenario's true answer, and never offers to keep a reason or an answer back.
// Otherwise it reflects the partner's last line back (when a sentence of it can be mirrored cleanly) and adds one of the scenario's hints
// for the current emotion. Hints never draw from the session's random generator, so asking for one
// does not change how the partner behaves afterwards.
import type { Scenario } from './scenario/scenario-schema.js';
import {
  type EngineSession,
  fillSlots,
  owedAnswerOf,
  pendingQuestionOf,
  SessionEndedError,
  withSnapshot,
} from './turn-engine.js';

export function hintFor(session: EngineSession): { hint: string; session: EngineSession } {
  const { snapshot, scenario } = session;
  if (snapshot.status !== 'active') throw new SessionEndedError(snapshot.status);
  const options = candidates(scenario, session);
  const offset = snapshot.turn + snapshot.hintsGiven;
  let hint = options[offset % options.length] as string;
  // Never the same hint twice in a row.
  if (hint === snapshot.lastHint) hint = options[(offset + 1) % options.length] as string;
  return { hint, session: withSnapshot(session, { lastHint: hint, hintsGiven: snapshot.hintsGiven + 1 }) };
}

/** A hint that puts off a reason or an answer ("I won't give you reasons..."): wrong while one is asked for. */
const HOLDS_BACK =
  /\b(?:won't|will not|not going to|don't want to|can't|cannot)\b[^.?!]*\b(?:reasons?|excuses?|explain\w*|why|details?|into (?:it|that))\b|\b(?:reasons?|the why|details?)\b[^.?!]*\bcan wait\b/i;

function candidates(scenario: Scenario, session: EngineSession): string[] {
  const hints = scenario.hints[session.partner.emotion].map((text) => fillSlots(scenario, text));
  const pending = pendingQuestionOf(session);
  if (pending) return answeringFirst(pending.trueAnswer, hints);
  // A question the partner gave up on is still owed its answer: the hint brings it back unasked.
  const owed = owedAnswerOf(session);
  if (owed) return answeringFirst(`I didn't answer you before. ${owed}`, hints);
  const reflection = reflect(session.partner.line);
  const withReflection = reflection ? hints.map((text) => `${reflection} ${text}`) : [];
  // Mirrored versions first; the plain ones guarantee there are always at least two to alternate.
  return [...withReflection, ...hints];
}

/** The true answer on its own, then followed by each of the emotion's hints that hold nothing back. */
function answeringFirst(trueAnswer: string, hints: readonly string[]): string[] {
  const answer = trueAnswer.trim();
  const after = hints.filter((text) => !HOLDS_BACK.test(text) && !answer.includes(text));
  return [answer, ...after.map((text) => `${answer} ${text}`)];
}

const SWAPS: Array<[RegExp, string]> = [
  [/\bI am\b/g, 'you are'],
  [/\bI'm\b/g, "you're"],
  [/\bI was\b/g, 'you were'],
  [/\bI've\b/g, "you've"],
  [/\bI'd\b/g, "you'd"],
  [/\bI'll\b/g, "you'll"],
  [/\bI\b/g, 'you'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bmy\b/gi, 'your'],
  [/\bmine\b/gi, 'yours'],
  [/\bme\b/gi, 'you'],
];

/**
 * Mirrors one short first-person sentence of the partner's line ("I waited up until two." ->
 * "You waited up until two."). Sentences that speak to "you" or ask a question are skipped: their
 * pronouns cannot be swapped reliably, and a garbled reflection is worse than none.
 */
export function reflect(line: string): string | undefined {
  const sentences = line.match(/[^.!?]+[.!?]*/g) ?? [];
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence || sentence.endsWith('?')) continue;
    if (/\b(you|your|yours|yourself|we|us|our)\b/i.test(sentence)) continue;
    // Only sentences that start with the partner speaking of themselves: "Don't argue with me"
    // or "Because I was" do not mirror into something the user could say.
    if (!/^(I|I'm|I've|I'd|I'll|My)\b/.test(sentence)) continue;
    const words = sentence.split(/\s+/).length;
    // Very short ones ("I do not know.") read as parroting when mirrored.
    if (words < 5 || words > 16) continue;
    let mirrored = sentence.replace(/[.!]+$/, '');
    for (const [pattern, replacement] of SWAPS) mirrored = mirrored.replace(pattern, replacement);
    return `${mirrored.charAt(0).toUpperCase()}${mirrored.slice(1)}.`;
  }
  return undefined;
}
