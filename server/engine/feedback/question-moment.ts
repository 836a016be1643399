// The partner's question, when one was waiting for this reply: what was asked (in words the note can
// use: "Jo asked whether you took money out of the deposit account"), whether the reply answered it,
// and the scenario's true answer for the suggestion to lead with. What the engine heard (`understood`)
// comes first, since it is what the partner reacts to; the classifier's own reading otherwise.
import { polarityOf, tellsOtherwise } from '../conversation/read-answer.js';
import type { Classification, FeedbackContext, QuestionKind, QuestionResponse } from '../types.js';
import { ASKED_BY_KIND } from './feedback-lines.js';

export interface QuestionMoment {
  kind: QuestionKind;
  /** How the reply met the question; absent when nothing can tell. */
  response?: QuestionResponse;
  /** The engine heard it (the partner reacts to this), so the note can say it plainly. */
  heardByEngine: boolean;
  /** "{P} asked whether you took money out of the deposit account": {P} is filled by the caller. */
  asked: string;
  trueAnswer?: string;
  /**
   * The reply's yes or no is the opposite of the true answer's (`said`, `truth`), or it names another
   * person, time, sum or place than the true answer does (neither).
   */
  contradiction?: { said?: 'yes' | 'no'; truth?: 'yes' | 'no' };
}

/** Null when no information-seeking question was waiting for this reply. */
export function questionMomentOf(classification: Classification, context: FeedbackContext): QuestionMoment | null {
  const kind = context.question?.kind ?? classification.question?.kind;
  // Only a question someone read (the scenario's, or the classifier's reading of the line) is one.
  if (!kind) return null;
  const response = responseOf(classification, context);
  const trueAnswer = context.trueAnswer?.trim() || undefined;
  // What the engine heard comes first: a reply it heard as a dodge told nothing otherwise.
  const heard = context.understood;
  const contradiction =
    trueAnswer && (!heard || heard.toldOtherwise)
      ? contradictionOf(kind, context.reply ?? '', trueAnswer, heard?.toldOtherwise === true)
      : undefined;
  return {
    kind,
    ...(response ? { response } : {}),
    heardByEngine: Boolean(context.understood && context.question),
    asked: askedPhrase(context, kind),
    ...(trueAnswer ? { trueAnswer } : {}),
    ...(contradiction ? { contradiction } : {}),
  };
}

/**
 * Whether the partner has just asked for a reason: then no note or suggestion may tell the user to
 * keep one back. Any "why" in the partner's line counts, asked as a question or not ("I just want
 * to know why you told me about a signal failure").
 */
export function reasonsAsked(moment: QuestionMoment | null, partnerLine: string | undefined): boolean {
  return moment?.kind === 'why' || /\bwhy\b/i.test(partnerLine ?? '');
}

function responseOf(classification: Classification, context: FeedbackContext): QuestionResponse | undefined {
  const { signals } = classification;
  const evaded = classification.question?.response === 'evaded' || signals.includes('evasion');
  const understood = context.understood;
  if (understood && context.question) {
    if (understood.answered) return 'answered';
    if (understood.dodged) return evaded ? 'evaded' : 'unanswered';
  }
  if (classification.question) return classification.question.response;
  if (signals.includes('honest-answer')) return 'answered';
  if (evaded) return 'evaded';
  if (signals.includes('unanswered')) return 'unanswered';
  return undefined;
}

function contradictionOf(
  kind: QuestionKind,
  reply: string,
  trueAnswer: string,
  heardOtherwise: boolean,
): QuestionMoment['contradiction'] {
  const said = polarityOf(reply);
  const truth = polarityOf(trueAnswer);
  if (kind === 'yes-no' && said && truth && said !== truth) return { said, truth };
  if (heardOtherwise || (kind !== 'yes-no' && tellsOtherwise(kind, trueAnswer, reply))) return {};
  return undefined;
}

const MAX_QUOTED_QUESTION_WORDS = 14;
/** Tags that close a question rather than ask one: "Yes or no?", "Well?", "Did you?". */
const TAG_QUESTION = /^(?:yes or no|well|so|and|really|right|okay|ok|huh|did you|have you|were you|was it|is it)\?$/i;

/** The scenario's gist, else the partner's own question quoted, else what the kind of question asks. */
function askedPhrase(context: FeedbackContext, kind: QuestionKind): string {
  const gist = context.questionGist?.trim().replace(/[.?!]+$/, '');
  if (gist) return `{P} asked ${gist}`;
  const quoted = questionSentence(context.partner);
  if (quoted) return `{P} asked, “${quoted}”`;
  return ASKED_BY_KIND[kind] as string;
}

/** How a question is asked in words: a question word or a verb first ("When did it start?", "Did you?"). */
const ASKS_IN_WORDS =
  /^(?:(?:and|but|so|then|okay|ok|right|well|look),? )?(?:what|when|where|who|whom|whose|why|how|which|is|are|was|were|am|do|does|did|have|has|had|will|would|can|could|should|shall|may|might|must|you|any|anything|anyone|anybody|tell me)\b/i;

/** Asked in words, at its start or after its last comma ("Okay, so if you knew, when did it start?"). */
function asksInWords(question: string): boolean {
  return ASKS_IN_WORDS.test(question) || ASKS_IN_WORDS.test(question.slice(question.lastIndexOf(',') + 1).trim());
}

/**
 * The partner's line's last real question, short enough to quote; null if there is none. A question
 * asked in words comes before the options offered after it: "When did the clearing-up start? The
 * first week? Later?" is quoted by its first question, not by "Later?".
 */
export function questionSentence(line: string | undefined): string | null {
  const sentences = (line ?? '').replace(/\s+/g, ' ').match(/[^.!?…]+[.!?…]*["”’']?/g) ?? [];
  const questions = sentences
    .map((s) => withoutEdgeQuotes(s).replace(/["“”]/g, ''))
    .filter((s) => s.endsWith('?') && !TAG_QUESTION.test(s) && s.split(' ').length <= MAX_QUOTED_QUESTION_WORDS);
  for (let i = questions.length - 1; i >= 0; i--)
    if (asksInWords(questions[i] as string)) return questions[i] as string;
  return questions[questions.length - 1] ?? null;
}

/**
 * A sentence without the quote marks at its edges: the note puts the question in its own quote
 * marks, and a mark left over from the partner quoting someone ("you said, 'Manic.' Where had you
 * been?") would open it with a stray one. Apostrophes inside words stay.
 */
function withoutEdgeQuotes(sentence: string): string {
  return sentence
    .trim()
    .replace(/^["“”'‘’\s]+/, '')
    .replace(/["“”'‘’]+$/, '');
}
