// classifyReply: the one judgment Mend lives by. The reply is read once (read-reply.ts: cues with
// negation, sentences, what the partner's line asked and whether it was answered); a logistic
// regression trained on the project's corpus weighs all of it, per sentence and whole; the
// taxonomy's precedence has the last word (judge.ts). Pure: the trained model is imported as data
// once, and a call does no I/O.
import type { Classification, QuestionContext, ReplyContext } from '../types.js';
import { QUESTION_KINDS } from '../types.js';
import { judge } from './judge.js';
import { looksForeign } from './language-guess.js';
import { type CompiledModel, compileModel, type ModelArtifact } from './linear-model.js';
import trainedModel from './model.generated.json' with { type: 'json' };
import { normalizeReply } from './normalize-reply.js';
import { readReply } from './read-reply.js';

/** Replies longer than this are judged on their first part; the server refuses them long before. */
export const MAX_CLASSIFIED_CHARS = 5_000;

// Taxonomy rule 4: an honest "I don't know what to say", with nothing else, is neutral.
const AT_A_LOSS =
  /^(?:honestly |i mean |um |uh |ok |i |\. |, )*(?:i do not know|i am not sure|i have no idea|no idea|i do not have the words)(?: what (?:to (?:say|do|tell you)|i (?:can|could|should) say))?(?: (?:right now|anymore|honestly))?(?: [.?!,])*$/;

export class EmptyReplyError extends Error {
  readonly code = 'empty_reply';
  constructor() {
    super('A reply needs some words.');
  }
}

const defaultModel = compileModel(trainedModel as unknown as ModelArtifact);

/** The shipped model's calibration (cross-validation folds borrow it: see server/cli/held-out.ts). */
export const TRAINED_CALIBRATION = defaultModel.calibration;

export function classifyReply(text: string, context: ReplyContext = {}): Classification {
  return classifyWith(defaultModel, text, context);
}

/** The same judgment with another trained model (cross-validation trains one per fold). */
export function classifyWith(model: CompiledModel, text: string, context: ReplyContext = {}): Classification {
  if (typeof text !== 'string' || text.trim() === '') throw new EmptyReplyError();
  // Callers from JSON may pass a context of the wrong shape: a partner line that is not text is no line.
  const partner = typeof context?.partner === 'string' ? context.partner : undefined;
  const given = givenQuestion(context?.question);
  const reply = text.length > MAX_CLASSIFIED_CHARS ? text.slice(0, MAX_CLASSIFIED_CHARS) : text;
  if (looksForeign(reply)) return { label: 'neutral', confidence: 0.3, signals: [], evidence: [] };
  // "I don't know what to say" to a question is not an answer; to a statement it is rule 4's neutral.
  const normalized = normalizeReply(reply);
  if (!given && !partner?.includes('?') && AT_A_LOSS.test(normalized.text)) {
    return { label: 'neutral', confidence: 0.8, signals: [], evidence: [] };
  }
  return judge(model, readReply(reply, partner, given, model.question, { normalized }), reply);
}

function givenQuestion(question: QuestionContext | undefined): { kind: QuestionContext['kind'] } | undefined {
  return question && QUESTION_KINDS.includes(question.kind) ? { kind: question.kind } : undefined;
}
