// When a suggestion leads with the scenario's true answer, the user's own sentences follow it; one
// that tells the story another way ("No, we never met up." after "Yes. I've been sleeping with
// Claire."; "Since March." after "...since April.") would have the suggestion contradict itself, and
// teach the person to say both. Such a sentence is left out. A short sentence that is mostly a time,
// a sum, a count or a place gives the fact the true answer gives; a longer one that mentions one in
// passing ("I was scared you'd leave me last year.") is the user's own account and stays.
import { givesCount, givesPlace, givesSpan, givesSum, givesTime } from '../conversation/fact-kinds.js';
import { polarityOf } from '../conversation/read-answer.js';

const FACT_KINDS = [givesTime, givesSpan, givesSum, givesCount, givesPlace];
/** Up to this many words, a sentence with a fact in it is that fact. */
const FACT_SENTENCE_WORDS = 6;

export function givesAnotherAccount(sentence: string, trueAnswer: string): boolean {
  const said = polarityOf(sentence);
  const truth = polarityOf(trueAnswer);
  if (said && truth && said !== truth) return true;
  if (sentence.split(/\s+/).filter(Boolean).length > FACT_SENTENCE_WORDS) return false;
  return FACT_KINDS.some((gives) => gives(sentence) && gives(trueAnswer));
}
