// What the partner takes from a reply, before they answer it: whether it answered the question they
// were waiting on (straight, or wrapped in an excuse), dodged it, or dodged it twice, or answered at
// last one they had given up on (late-answer.ts); which facts it told; what it promised.
// Façade-style: the partner reacts to the act and the topic, not the words.
import type { QuestionOutcome } from '../partner-machine.js';
import { type Classification, type Label, type QuestionKind, SIGNALS_BY_SIDE, type Understood } from '../types.js';
import {
  answered,
  answeredLate,
  type ConversationState,
  dodgedOnce,
  gaveUp,
  isDisclosed,
  type MadePromise,
  type ToldFact,
  withDisclosures,
  withPromise,
} from './conversation-state.js';
import { fillSlots } from './fill-line.js';
import type { AnswerKind, FactId, QuestionId } from './ids.js';
import { deniedEarlier, type LateAnswer, lateAnswerIn } from './late-answer.js';
import { disclosuresIn, factsNamedIn } from './mentions.js';
import { polarityOf, readAnswer } from './read-answer.js';
import type { BookQuestion, ScenarioBook } from './scenario-book.js';
import { promiseIn, quoteOf } from './user-words.js';

export interface Hearing {
  /** The question that was pending, and how this reply met it. */
  question?: { id: QuestionId; outcome: QuestionOutcome; how?: AnswerKind; toldOtherwise?: true };
  /**
   * An earlier question, given up on, that this reply answered at last. The pending question, if
   * any, was neither answered nor dodged by it (`question` is then absent): it still waits.
   */
  late?: { id: QuestionId; kind: QuestionKind; how: AnswerKind };
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
  const mentionedFacts = mentioned.map((d) => d.fact);
  const reading = pending
    ? readAnswer(pending.source, reply, mentionedFacts, classification, () => truthsNamedIn(book, reply))
    : undefined;
  const late =
    reading?.response === 'evaded' ||
    (pending && reading?.response === 'answered' && !byKindOnly(pending, reply, mentionedFacts))
      ? undefined
      : lateAnswer(book, state, reply, mentionedFacts, classification);
  const answersPending = pending && reading?.response === 'answered' && !late;
  // "No." to a question whose true answer is yes tells nothing, whatever else it mentions; a bare
  // "Yes." to one tells the fact it asked about. So does a late yes with its particulars.
  const confirmed = [
    ...(answersPending && reading?.confirms && pending?.about ? [{ fact: pending.about, sentence: reply }] : []),
    ...(late?.confirms && late.question.about ? [{ fact: late.question.about, sentence: reply }] : []),
  ];
  const denied = new Set<FactId>([
    ...(reading?.contradicts && pending?.about ? [pending.about] : []),
    ...(late ? [] : deniedEarlier(book, state, reply)),
  ]);
  const told = [...mentioned, ...confirmed]
    .filter((d) => !denied.has(d.fact))
    .filter((d, i, all) => !isDisclosed(state, d.fact) && all.findIndex((e) => e.fact === d.fact) === i)
    .map((d) => ({ fact: d.fact, turn, words: quoteOf(d.sentence) }));
  const promise = promiseIn(reply);
  const hearing: Hearing = {
    told,
    ...(promise ? { promise: { turn, words: promise } } : {}),
    heardAs: classification.label,
  };
  if (late)
    return {
      ...hearing,
      late: { id: late.question.id, kind: late.question.source.kind, how: late.how },
      heardAs: late.how === 'excused' ? classification.label : 'validating',
    };
  if (!pending || !reading || !state.pending) return hearing;
  if (reading.response === 'answered') {
    const toldTruth = pending.about !== undefined && mentionedFacts.includes(pending.about);
    const excused = reading.contradicts || excuses(classification, pending.source.kind, toldTruth);
    // A plain, truthful answer is the openness they asked for (taxonomy v2): heard as validation. An
    // answer that tells it otherwise than it happened ("No." when it was yes, "He did." when it was
    // you) is a denial of the truth, however kindly worded: it never earns trust.
    const heardAs = reading.contradicts ? 'defensive' : excused ? classification.label : 'validating';
    return {
      ...hearing,
      question: {
        id: pending.id,
        outcome: 'answered',
        how: excused ? 'excused' : 'honest',
        ...(reading.contradicts ? { toldOtherwise: true as const } : {}),
      },
      heardAs,
    };
  }
  const outcome = state.pending.dodges >= 1 ? 'gave-up' : 'dodged';
  const heardAs = classification.label === 'validating' ? 'neutral' : classification.label;
  return { ...hearing, question: { id: pending.id, outcome }, heardAs };
}

/**
 * The pending question fits the reply only by the kind of fact it gives, and the reply opens with a
 * yes or a no, which no "when?" or "where?" takes: "Yes. Twice, at her flat in March." to "What month
 * did it begin?" is the late answer to the yes-or-no question, not a month. A late answer, if one
 * fits, comes first.
 */
function byKindOnly(pending: BookQuestion, reply: string, told: readonly FactId[]): boolean {
  const kind = pending.source.kind;
  if (kind === 'yes-no' || kind === 'any-more') return false;
  if (pending.about && told.includes(pending.about)) return false;
  return polarityOf(reply) !== undefined;
}

/**
 * An earlier question answered at last: straight, or wrapped in an excuse, as a pending one is. Told
 * by its own fact, an excused answer is still one ("We slept together once. It wasn't planned.");
 * a yes with particulars wrapped in a shrink is not taken for one ("Yes, three times, all for coffee.
 * Nothing physical happened.").
 */
function lateAnswer(
  book: ScenarioBook,
  state: ConversationState,
  reply: string,
  told: readonly FactId[],
  classification: Heard,
): (LateAnswer & { how: AnswerKind }) | undefined {
  const late = lateAnswerIn(book, state, reply, told, classification.signals);
  if (!late) return undefined;
  const { question } = late;
  const toldTruth = late.confirms || (question.about !== undefined && told.includes(question.about));
  const excused = excuses(classification, question.source.kind, toldTruth);
  if (excused && late.by !== 'fact') return undefined;
  return { ...late, how: excused ? 'excused' : 'honest' };
}

/**
 * The verdict the user is shown, agreeing with what the partner heard. The partner's reading knows
 * the scenario's question and its true fact, and needs a fact of the kind asked ("About eleven
 * thousand" is no answer to "When was it?"); where it heard no answer but the classifier read one,
 * the reply left the question unanswered (taxonomy v2): not praised, `unanswered` in place of
 * `honest-answer`. Shown otherwise, the header said "validating, honest answer" over feedback that
 * said the answer was not in the reply.
 */
export function asHeard(classification: Classification, hearing: Hearing, reply = ''): Classification {
  if (hearing.late) return lateAsHeard(classification, hearing.late, hearing.heardAs, reply);
  if (hearing.question?.toldOtherwise) return deniedAsHeard(classification);
  if (hearing.question?.how === 'honest' && hearing.heardAs === 'validating') return honestAsHeard(classification);
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
 * A truthful answer the partner took in as one (the scenario's fact told, nothing that blames or
 * shrinks), shown as validating however the words read alone (taxonomy v2): "I meant to find a new
 * job first and then tell Dele, so he would never have known." to "How long were you going to keep
 * it up?" had been shown defensive while Dele heard the honest answer it was.
 */
function honestAsHeard(classification: Classification): Classification {
  if (classification.label === 'validating' || classification.label === 'neutral') return classification;
  const signals = classification.signals.includes('honest-answer')
    ? classification.signals
    : (['honest-answer', ...classification.signals] as Classification['signals']);
  return { ...classification, label: 'validating', signals };
}

/**
 * An answer that tells it otherwise than it happened, shown as the partner heard it: a denial
 * (taxonomy: denying what happened is defensive), its words the evidence, not an honest answer.
 */
function deniedAsHeard(classification: Classification): Classification {
  const signals = classification.signals.filter((signal) => signal !== 'honest-answer');
  const evidence = classification.evidence.map((e) =>
    e.signal === 'honest-answer' ? { ...e, signal: 'denial' as const } : e,
  );
  return {
    ...classification,
    label: 'defensive',
    signals: signals.includes('denial') ? signals : ['denial', ...signals],
    evidence,
  };
}

/**
 * A late answer heard as one: the question it answered is the question the verdict reads it
 * against. Straight, it is an honest answer (taxonomy v2: a plain, truthful answer is validating),
 * not "unanswered", whatever the classifier made of it against the line just said; wrapped in an
 * excuse, it keeps the classifier's label and signals.
 */
function lateAsHeard(
  classification: Classification,
  late: NonNullable<Hearing['late']>,
  heardAs: Label,
  reply: string,
): Classification {
  const signals = classification.signals.filter((signal) => signal !== 'unanswered');
  const evidence = classification.evidence.filter((e) => e.signal !== 'unanswered');
  const answered = {
    ...classification,
    signals,
    evidence,
    question: { kind: late.kind, response: 'answered' as const },
  };
  if (late.how !== 'honest') return answered;
  // The classifier's answer, if it saw one, was to the line just said: the whole reply answered this one.
  const text = reply.trim();
  const start = reply.indexOf(text);
  const others = evidence.filter((e) => e.signal !== 'honest-answer');
  return {
    ...answered,
    label: heardAs,
    signals: signals.includes('honest-answer') ? signals : [...signals, 'honest-answer' as const],
    evidence: text ? [{ signal: 'honest-answer' as const, text, start, end: start + text.length }, ...others] : others,
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
  if (hearing.late)
    next = answeredLate(next, { question: hearing.late.id, turn, how: hearing.late.how, words: quoteOf(reply) });
  if (question?.outcome === 'answered')
    next = answered(next, { question: question.id, turn, how: question.how ?? 'honest', words: quoteOf(reply) });
  else if (question?.outcome === 'dodged') next = dodgedOnce(next);
  else if (question?.outcome === 'gave-up') next = gaveUp(next);
  return next;
}

/**
 * The turn's `understood`, for the client and the feedback: `answered` names the question the reply
 * answered, the pending one or an earlier one answered late (the snapshot's `answered` says which).
 */
export function understoodFrom(hearing: Hearing): Understood {
  const question = hearing.question;
  return {
    ...(question?.outcome === 'answered' ? { answered: question.id } : {}),
    ...(hearing.late ? { answered: hearing.late.id } : {}),
    ...(question && question.outcome !== 'answered' ? { dodged: question.id } : {}),
    ...(question?.toldOtherwise ? { toldOtherwise: true as const } : {}),
    disclosed: hearing.told.map((told) => told.fact),
  };
}

/** The true facts whose words the reply uses, as sentences: a time or a sum in the reply may be theirs. */
function truthsNamedIn(book: ScenarioBook, reply: string): string[] {
  return factsNamedIn(book.scenario, reply).map((id) => fillSlots(book.scenario, book.facts.get(id)?.text ?? ''));
}
