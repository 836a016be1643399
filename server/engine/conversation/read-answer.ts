// Did a reply answer the partner's pending question? The classifier's own reading comes first when
// it gives one (taxonomy v2: `question.response`, the `evasion` signal); then the facts the reply
// told; then what the kind of question expects ("Yes." answers a yes-or-no question, "Since March."
// a when). A yes-or-no answer that contradicts the scenario's true answer is an answer, but not a
// straight one.
import type { Question } from '../scenario/scenario-schema.js';
import type { Classification, QuestionResponse } from '../types.js';
import type { FactId } from './ids.js';
import { sentencesOf } from './mentions.js';

export interface AnswerReading {
  response: QuestionResponse;
  /** A yes-or-no answer the opposite of the scenario's truth. */
  contradicts: boolean;
}

type Polarity = 'yes' | 'no';

// Only openings that cannot be anything but an answer: "I'm sorry", "It was only money", "There's
// no excuse", "I didn't mean to" and "I don't know" must not count as a yes or a no.
const BARE = String.raw`(?=\s*(?:[.!,;:\u2014-]|$))`;
const NOT_AN_ANSWER_VERB = String.raw`(?! (?:mean|want|know|think|plan|expect|realise|realize|intend|see|notice|say|care)\b)`;
const YES = new RegExp(
  String.raw`^(?:(?:yes|yeah|yep|yup|aye|correct|true)\b|(?:i|we|he|she|they) did\b(?! not\b| nothing\b| this\b| wrong\b| my best\b)|(?:i|we|he|she|they|it) (?:have|had|was|were|am|is|do)${BARE}|(?:it was|it did|both|all of it|all of them|every (?:time|night|day|week))${BARE})`,
);
const NO = new RegExp(
  String.raw`^(?:(?:no|nope|nah|never|nothing|none|nobody|no one|not once|not a penny)\b|(?:i|we|he|she|they) (?:didn't|did not|haven't|have not|hadn't|wasn't|was not|weren't)\b${NOT_AN_ANSWER_VERB}|it (?:wasn't|was not|isn't|is not|didn't)${BARE})`,
);
const MORE_OR_NOT =
  /\b(?:that's (?:all|everything|it)|that is (?:all|everything|it)|there's (?:more|another|one more|also)|there is (?:more|another|one more|also)|nothing else|no more|one more thing|the last of it)\b/;
const AMOUNT_OR_TIME =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|once|twice|a few|half|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weeks?|months?|years?|days?|nights?|since|ago|last|christmas|easter|summer|spring|autumn|winter|weekend)\b/;
const REASON =
  /\b(?:because|cos|'cause|so that|i was (?:scared|afraid|ashamed|embarrassed|frightened|terrified)|i felt|i (?:didn't|did not) want|i wanted|i thought|i told myself|i couldn't face|i was too)\b/;

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
): AnswerReading {
  const contradicts = question.kind === 'yes-no' && contradictsTruth(question, reply);
  const answered = { response: 'answered' as const, contradicts };
  if (classification?.question?.response === 'evaded' || classification?.signals.includes('evasion'))
    return { response: 'evaded', contradicts: false };
  if (question.about && told.includes(question.about as FactId)) return answered;
  if (classification?.question) return { response: classification.question.response, contradicts };
  return expectedByKind(question, reply) ? answered : { response: 'unanswered', contradicts: false };
}

function contradictsTruth(question: Question, reply: string): boolean {
  const truth = polarityOf(question.answer);
  const said = polarityOf(reply);
  return truth !== undefined && said !== undefined && truth !== said;
}

/** What the kind of question expects, for when neither the classifier nor the facts can tell. */
function expectedByKind(question: Question, reply: string): boolean {
  const text = normalize(reply);
  switch (question.kind) {
    case 'yes-no':
      return polarityOf(reply) !== undefined;
    case 'any-more':
      return polarityOf(reply) !== undefined || MORE_OR_NOT.test(text);
    case 'how-much':
    case 'how-many':
    case 'how-long':
    case 'when':
      return AMOUNT_OR_TIME.test(text);
    case 'why':
      return REASON.test(text);
    default:
      // who, where, what: only the facts the reply tells (or the classifier) can say.
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
