// Did a reply answer the partner's pending question? A refusal the classifier saw (`evasion`, or its
// taxonomy-v2 reading `evaded`) never does; telling the fact the question is about always does; then
// the classifier's own reading when it gives one; then what the kind of question expects ("Yes."
// answers a yes-or-no question, "Since March." a when, "At Dai's." a where). A yes or no that
// contradicts the scenario's true answer is an answer, but not a straight one; so is another person,
// time, sum or place than the true one (contradicts-truth.ts: "He kept texting me" to "Who got in
// touch first?" when the user did). "Yes, there's more" is not yet an answer to "is there anything
// else?": the partner needs to hear what.
import type { Question } from '../scenario/scenario-schema.js';
import { sentencesOf } from '../sentences.js';
import type { Classification, QuestionKind, QuestionResponse } from '../types.js';
import { contradictsTruth } from './contradicts-truth.js';
import { givesCount, givesPlace, givesSpan, givesSum, givesTime } from './fact-kinds.js';
import type { FactId } from './ids.js';

export interface AnswerReading {
  response: QuestionResponse;
  /** A yes or no the opposite of the scenario's truth, or another person, time, sum or place than its. */
  contradicts: boolean;
  /** A bare yes that confirms the fact a yes-or-no question is about (its true answer is yes). */
  confirms: boolean;
}

type Polarity = 'yes' | 'no';

// Only openings that cannot be anything but an answer: "I'm sorry", "It was only money", "There's
// no excuse", "I didn't mean to" and "I don't know" must not count as a yes or a no.
const BARE = String.raw`(?=\s*(?:[.!,;:\u2014-]|$))`;
const NOT_AN_ANSWER_VERB = String.raw`(?! (?:mean|want|know|think|plan|expect|realise|realize|intend|see|notice|say|care)\b)`;
const YES = new RegExp(
  String.raw`^(?:(?:yes|yeah|yep|yup|aye|correct|true)\b|(?:i|we|he|she|they) did\b(?! not\b| nothing\b| this\b| wrong\b| my best\b)|(?:i|we|he|she|they|it) (?:have|had|was|were|am|is|do)${BARE}|(?:it was|it did|both|all of it|all of them|every (?:time|night|day|week))${BARE})`,
);
// "No, I'm not going to pretend it was nothing." and "No more lies." open with a no that refuses to
// deny or hide, and answer nothing by it: read as a no, an honest person was told they had lied.
const NO_THAT_REFUSES_TO_DENY = String.raw`(?![,.!]?\s*(?:more (?:lies|lying|excuses|secrets|hiding)\b|(?:i'm|im|i am) not (?:going to|gonna) (?:pretend|lie|deny|hide|make excuses)\b|i (?:won't|will not|can't|cannot|can not) (?:pretend|lie|deny|hide)\b))`;
const NO = new RegExp(
  String.raw`^(?:(?:no|nope|nah)\b${NO_THAT_REFUSES_TO_DENY}|(?:never|nothing|none|nobody|no one|not once|not a penny)\b|(?:i|we|he|she|they) (?:didn't|did not|haven't|have not|hadn't|wasn't|was not|weren't)\b${NOT_AN_ANSWER_VERB}|it (?:wasn't|was not|isn't|is not|didn't)${BARE})`,
);
const MORE = /\b(?:there's|there is|there are) (?:more|another|one more|also|something else)\b|\bone more thing\b/;
const NO_MORE = /\b(?:that's|that is) (?:all|everything|it)\b|\bnothing else\b|\bno more\b|\bthe last of it\b/;
const REASON =
  /\b(?:because|cos|'cause|so that|so (?:you|she|he|they) (?:wouldn't|would not|couldn't|could not)|i was (?:scared|afraid|ashamed|embarrassed|frightened|terrified)|i felt|i (?:didn't|did not) want|i wanted|i thought|i told myself|i couldn't face|i was too|i liked|i needed|i knew you(?:'d| would)|it was easier|(?:it|lying) felt easier)\b/;

/** "Yes" or "no" from how a reply (or a true answer) begins. */
export function polarityOf(text: string): Polarity | undefined {
  const first = normalize(sentencesOf(text)[0]?.text ?? text);
  if (NO.test(first)) return 'no';
  if (YES.test(first)) return 'yes';
  return undefined;
}

export function readAnswer(
  question: Question,
  reply: string,
  told: readonly FactId[],
  classification?: Pick<Classification, 'signals' | 'question'>,
  /** The true facts the reply names (read only when its value is against the truth). */
  toldTruths: () => readonly string[] = () => [],
): AnswerReading {
  const unanswered = { response: 'unanswered' as const, contradicts: false, confirms: false };
  if (classification?.question?.response === 'evaded' || classification?.signals.includes('evasion'))
    return { ...unanswered, response: 'evaded' };
  const truth = saidYesOrNo(question, question.answer);
  const said = saidYesOrNo(question, reply);
  const otherwise = tellsOtherwise(question.kind, question.answer, reply);
  // The time or sum is another true fact's, told in the same reply: "Seven thousand seven hundred, in
  // four goes since March" (the deposit) to "When did the betting start?" answers another question
  // truthfully; it had been heard as a lie about the betting ("not what happened", defensive).
  if (
    otherwise &&
    !told.includes(question.about as FactId) &&
    toldTruths().some((t) => sameValue(question.kind, t, reply))
  )
    return unanswered;
  const contradicts = (truth !== undefined && said !== undefined && truth !== said) || otherwise;
  const answered = { response: 'answered' as const, contradicts, confirms: false };
  // Telling the fact a sum is about is not giving the sum: "Mostly the betting" to "How much has gone
  // through the app?" had Jo reply "Thirty-one thousand." to a figure never said. (A count's facts
  // are told in its own words, "it came up again in March", and stay answers.)
  if (
    question.about &&
    told.includes(question.about as FactId) &&
    (question.kind !== 'how-much' || expectedByKind(question, reply))
  )
    return answered;
  // When there is more, only telling it answers (a false "no" is an answer, but not a straight one):
  // the partner's answered lines name what it is, and "Last April." to "Is there anything else?"
  // tells them nothing about it.
  if (question.kind === 'any-more' && question.about && truth === 'yes' && said !== 'no') return unanswered;
  // Another story, told as the answer, is one, whatever the classifier made of it: heard as a dodge,
  // "Daniel did." would be asked again as if nothing had been said.
  if (otherwise) return answered;
  // A bare yes to a question whose true answer is yes confirms its fact, whoever read the answer.
  const confirms = question.kind === 'yes-no' && said !== undefined && !contradicts && truth === 'yes';
  if (classification?.question) {
    const heard = classification.question.response;
    const gives = givesWhatWasAsked(question, reply, said) && !toldSomethingElse(question, reply, told);
    const response = heard === 'answered' && !gives ? 'unanswered' : heard;
    return { ...answered, response, confirms: response === 'answered' && confirms };
  }
  if (question.kind === 'yes-no' || question.kind === 'any-more')
    return said === undefined ? unanswered : { ...answered, confirms };
  return expectedByKind(question, reply) ? answered : unanswered;
}

/**
 * What the partner's answered lines take in: a sum for "how much" and a count for "how many" ("it's
 * not that big a deal, honestly" gives neither), a yes or a no for a yes-or-no question about a fact
 * ("I hear how angry you are" gives neither), a time for "when", a span for "how long" and a place for
 * "where" ("I chose the pub over you" gives none: heard as the answer, it had Mira reply "Half twelve
 * till five." to a time never said). Each kind of fact only for its own question (fact-kinds.ts): a
 * sum is no time ("About eleven thousand" to "When was it?" had Jo reply "April."). Reasons are named
 * in too many ways to ask this of; a reply that tells the scenario's fact has been heard as an answer
 * before this is asked.
 */
function givesWhatWasAsked(question: Question, reply: string, said: Polarity | undefined): boolean {
  switch (question.kind) {
    case 'when':
    case 'how-long':
    case 'where':
    case 'how-much':
    case 'how-many':
      return expectedByKind(question, reply);
    case 'yes-no':
      return !question.about || said !== undefined;
    default:
      return true;
  }
}

/**
 * Asked why or what, the reply told other facts of the scenario instead of the one asked about:
 * "I've been meeting Daniel, most Saturdays since March" to "Why the secret?" tells what, not why
 * (Priya had answered it herself with "Because I'd have asked you to stop."); "Boxing Day, in her
 * kitchen" to "How much did she get? The details as well?" tells when (Robin had gone on as if told
 * the details). Reasons without a word that marks one are many, so a why is held to it only when no
 * reason word is there either. (The fact asked about, told, was an answer before this is asked.)
 */
function toldSomethingElse(question: Question, reply: string, told: readonly FactId[]): boolean {
  if (told.length === 0) return false;
  if (question.kind === 'what') return question.about !== undefined;
  return question.kind === 'why' && !REASON.test(normalize(reply));
}

/**
 * The reply gives the value of the kind asked that this true fact has ("since March" for a March
 * fact). Only for times, spans, sums and counts, which are set against each other as values: people
 * and places by name are not always readable, and one not read would pass for one that agrees.
 */
function sameValue(kind: QuestionKind, truth: string, reply: string): boolean {
  return COMPARED.has(kind) && expectedOfKind(kind, truth) && !contradictsTruth(kind, truth, reply);
}

const COMPARED: ReadonlySet<string> = new Set(['when', 'how-long', 'how-much', 'how-many']);

/**
 * A person, time, sum or place the true answer does not have, said as the answer: a fact of the kind
 * asked (who has no such test; contradicts-truth.ts reads the person itself). The feedback asks it too.
 */
export function tellsOtherwise(kind: QuestionKind, truth: string, reply: string): boolean {
  if (!FACT_KINDS.has(kind)) return false;
  if (kind !== 'who' && !expectedOfKind(kind, reply)) return false;
  return contradictsTruth(kind, truth, reply);
}

const FACT_KINDS: ReadonlySet<string> = new Set(['who', 'when', 'where', 'how-long', 'how-much', 'how-many']);

/** Yes or no, as the kind of question hears it: for "anything else?", "there's more" is a yes. */
function saidYesOrNo(question: Question, text: string): Polarity | undefined {
  if (question.kind !== 'yes-no' && question.kind !== 'any-more') return undefined;
  const polarity = polarityOf(text);
  // "Nobody knows: I haven't told Geoff." is a no to "Does anyone know?", not to "Had you had a drink?".
  if (polarity === 'no' && NOBODY_FIRST.test(normalize(text)) && !question.ask.some((ask) => ABOUT_PEOPLE.test(ask)))
    return undefined;
  if (polarity || question.kind === 'yes-no') return polarity;
  const words = normalize(text);
  if (MORE.test(words)) return 'yes';
  if (NO_MORE.test(words)) return 'no';
  return undefined;
}

const NOBODY_FIRST = /^(?:nobody|no one|no-one|none of them)\b/;
const ABOUT_PEOPLE = /\b(?:any ?one|any ?body|some ?one|some ?body|who|people|one else|any of them|friends?|family)\b/i;

/** What the kind of question expects, for when neither the classifier nor the facts can tell. */
export function expectedByKind(question: Question, reply: string): boolean {
  return expectedOfKind(question.kind, reply);
}

function expectedOfKind(kind: QuestionKind, reply: string): boolean {
  switch (kind) {
    case 'when':
      return givesTime(reply);
    case 'how-long':
      return givesSpan(reply);
    case 'how-much':
      return givesSum(reply);
    case 'how-many':
      return givesCount(reply);
    case 'why':
      return REASON.test(normalize(reply));
    case 'where':
      return givesPlace(reply);
    default:
      // who, what: only the facts the reply tells (or the classifier) can say.
      return false;
  }
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/g, ' ');
}
