// What the partner takes from a reply, before they answer it: whether it answered the question they
// were waiting on (straight, or wrapped in an excuse), dodged it, or dodged it twice; which facts it
// told; what it promised. Façade-style: the partner reacts to the act and the topic, not the words.
import type { QuestionOutcome } from '../partner-machine.js';
import { type Classification, type Label, SIGNALS_BY_SIDE, type Understood } from '../types.js';
import {
  answered,
  type ConversationState,
  dodgedOnce,
  gaveUp,
  isDisclosed,
  type MadePromise,
  type ToldFact,
  withDisclosures,
  withPromise,
} from './conversation-state.js';
import type { AnswerKind, QuestionId } from './ids.js';
import { disclosuresIn } from './mentions.js';
import { readAnswer } from './read-answer.js';
import type { ScenarioBook } from './scenario-book.js';
import { promiseIn, quoteOf } from './user-words.js';

export interface Hearing {
  /** The question that was pending, and how this reply met it. */
  question?: { id: QuestionId; outcome: QuestionOutcome; how?: AnswerKind };
  /** Facts told for the first time in this reply. */
  told: ToldFact[];
  promise?: MadePromise;
  /** The reply's label as the partner hears it: an apology given instead of an answer does not land. */
  heardAs: Label;
}

type Heard = Pick<Classification, 'label' | 'signals' | 'question'>;

export function hearReply(
  book: ScenarioBook,
  state: ConversationState,
  reply: string,
  classification: Heard,
  turn: number,
): Hearing {
  const pending = state.pending ? book.question.get(state.pending.question) : undefined;
  // A denial or a refusal mentions facts without telling them.
  const refuses = classification.signals.includes('denial') || classification.signals.includes('evasion');
  const mentioned = refuses ? [] : disclosuresIn(book.scenario, reply, pending?.about);
  const reading = pending
    ? readAnswer(
        pending.source,
        reply,
        mentioned.map((d) => d.fact),
        classification,
      )
    : undefined;
  // "No." to a question whose true answer is yes tells nothing, whatever else it mentions; a bare
  // "Yes." to one tells the fact it asked about.
  const confirmed = reading?.confirms && pending?.about ? [{ fact: pending.about, sentence: reply }] : [];
  const told = [...mentioned, ...confirmed]
    .filter((d) => !(reading?.contradicts && d.fact === pending?.about))
    .filter((d, i, all) => !isDisclosed(state, d.fact) && all.findIndex((e) => e.fact === d.fact) === i)
    .map((d) => ({ fact: d.fact, turn, words: quoteOf(d.sentence) }));
  const promise = promiseIn(reply);
  const hearing: Hearing = {
    told,
    ...(promise ? { promise: { turn, words: promise } } : {}),
    heardAs: classification.label,
  };
  if (!pending || !reading || !state.pending) return hearing;
  if (reading.response === 'answered') {
    const toldTruth = pending.about !== undefined && mentioned.some((d) => d.fact === pending.about);
    const excused = reading.contradicts || excuses(classification, pending.source.kind, toldTruth);
    // A plain, truthful answer is the openness they asked for (taxonomy v2): heard as validation.
    const heardAs = excused ? classification.label : 'validating';
    return {
      ...hearing,
      question: { id: pending.id, outcome: 'answered', how: excused ? 'excused' : 'honest' },
      heardAs,
    };
  }
  const outcome = state.pending.dodges >= 1 ? 'gave-up' : 'dodged';
  const heardAs = classification.label === 'validating' ? 'neutral' : classification.label;
  return { ...hearing, question: { id: pending.id, outcome }, heardAs };
}

/**
 * The verdict the user is shown, agreeing with what the partner heard. The partner's reading knows
 * the scenario's question and its true fact, and needs a fact of the kind asked ("About eleven
 * thousand" is no answer to "When was it?"); where it heard no answer but the classifier read one,
 * the reply left the question unanswered (taxonomy v2): not praised, `unanswered` in place of
 * `honest-answer`. Shown otherwise, the header said "validating, honest answer" over feedback that
 * said the answer was not in the reply.
 */
export function asHeard(classification: Classification, hearing: Hearing): Classification {
  const outcome = hearing.question?.outcome;
  if (outcome !== 'dodged' && outcome !== 'gave-up') return classification;
  if (classification.question?.response !== 'answered') return classification;
  const signals = classification.signals.filter((signal) => signal !== 'honest-answer');
  return {
    ...classification,
    label: hearing.heardAs,
    signals: signals.includes('unanswered') ? signals : [...signals, 'unanswered'],
    evidence: classification.evidence.filter((e) => e.signal !== 'honest-answer'),
    question: { ...classification.question, response: 'unanswered' },
  };
}

/**
 * An answer is wrapped in an excuse when it blames, shrinks or argues. A reason given to a "why"
 * and an account made more precise are what was asked for (taxonomy v2): when the answer tells the
 * scenario's truth, a defensive or minimizing label with no other signal behind it does not make it
 * an excuse.
 */
function excuses(classification: Heard, kind: string, toldTruth: boolean): boolean {
  const asked = kind === 'why' ? ['justification', 'detail-correction'] : ['detail-correction'];
  const blaming = classification.signals.some(
    (signal) => !asked.includes(signal) && (EXCUSING as readonly string[]).includes(signal),
  );
  if (blaming) return true;
  return !toldTruth && (classification.label === 'defensive' || classification.label === 'minimizing');
}

const EXCUSING = [...SIGNALS_BY_SIDE.defensive, ...SIGNALS_BY_SIDE.minimizing];

/** The conversation after the partner took the reply in (before they answer it). */
export function remember(state: ConversationState, hearing: Hearing, reply: string, turn: number): ConversationState {
  let next = withPromise(withDisclosures(state, hearing.told), hearing.promise);
  const question = hearing.question;
  if (question?.outcome === 'answered')
    next = answered(next, { question: question.id, turn, how: question.how ?? 'honest', words: quoteOf(reply) });
  else if (question?.outcome === 'dodged') next = dodgedOnce(next);
  else if (question?.outcome === 'gave-up') next = gaveUp(next);
  return next;
}

/** The turn's `understood`, for the client and the feedback. */
export function understoodFrom(hearing: Hearing): Understood {
  const question = hearing.question;
  return {
    ...(question?.outcome === 'answered' ? { answered: question.id } : {}),
    ...(question && question.outcome !== 'answered' ? { dodged: question.id } : {}),
    disclosed: hearing.told.map((told) => told.fact),
  };
}
