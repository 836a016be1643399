// When a suggestion leads with the scenario's true answer, the user's own sentences follow it; one
// that tells the story another way ("No, we never met up." after "Yes. I've been sleeping with
// Claire."; "Since March." after "...since April.") would have the suggestion contradict itself, and
// teach the person to say both. Such a sentence is left out; one that agrees, or tells something
// else ("No more lies, I promise.", "I ended it on Sunday."), stays.

import { polarityOf, tellsOtherwise } from '../conversation/read-answer.js';
import type { QuestionKind } from '../types.js';

/** A sentence that opens with a bare yes or no: "No, we never met up", not "No more lies". */
const OPENS_WITH_YES_OR_NO = /^(?:yes|yeah|yep|no|nope|nah)\s*[,.!;:—–-]/i;
const FACT_KINDS: readonly QuestionKind[] = ['who', 'when', 'where', 'how-long', 'how-much', 'how-many'];

export function givesAnotherAccount(sentence: string, trueAnswer: string): boolean {
  const truth = polarityOf(trueAnswer);
  if (truth && OPENS_WITH_YES_OR_NO.test(sentence) && polarityOf(sentence) !== truth) return true;
  return FACT_KINDS.some((kind) => tellsOtherwise(kind, trueAnswer, sentence));
}
