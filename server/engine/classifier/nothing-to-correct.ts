// Taxonomy v2: `detail-correction` is correcting the partner's account. A "not ..." that negates
// nothing the partner said corrects nothing: "Not since March." to "When did you last speak to
// him?" and "Not every time." to "Did you use protection?" are how the answer is said, and "34,000.
// Not 18." sets the speaker's own story right. "Not since the wedding." to "Since the wedding?"
// still corrects them, and "not that much" still shrinks, whatever the partner said.
import { partnerWordSet } from './partner-echo.js';
import { stem } from './reply-words.js';

// Who did it is not a detail: "It was her, not me." hands the act on, whatever was asked.
const SOMEONE = /^(?:me|him|her|them|you|us|my|your|his|their|our|i|he|she|they|we)\b/;
const SHRINKS_AFTER_NOT =
  /^(?:that|so|as|too|very|really|much|many|long|often|big|bad|serious|loads|even|quite|exactly|like|the big|a big|a lot|a real|a proper|a serious)\b/;
/** Words that carry nothing of either account. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'to', 'at', 'in', 'on', 'for', 'with', 'from', 'by']);
const CLAUSE_END = /[.,?!;:]/;

/** Whether the "not ..." a correction cue found in [start, end) negates none of the partner's words. */
export function correctsNothingOfTheirs(text: string, start: number, end: number, partner: string): boolean {
  const at = notAt(text, start, end);
  if (at === -1) return false;
  const rest = text.slice(at + 'not '.length);
  const stop = rest.search(CLAUSE_END);
  const negated = (stop === -1 ? rest : rest.slice(0, stop)).trim();
  if (negated === '' || SHRINKS_AFTER_NOT.test(negated) || SOMEONE.test(negated)) return false;
  const words = negated
    .split(' ')
    .slice(0, 4)
    .filter((w) => !FILLER.has(w));
  if (words.length === 0) return false;
  const theirs = partnerWordSet(partner);
  return words.every((w) => !theirs.has(w) && !theirs.has(stem(w)));
}

/** The "not" opening a sentence or following a comma, inside the hit. */
function notAt(text: string, start: number, end: number): number {
  let at = text.indexOf('not ', start);
  while (at !== -1 && at < end) {
    const before = text.slice(Math.max(0, at - 2), at);
    if (at === 0 || before === ', ' || before === '. ' || before === '? ' || before === '! ') return at;
    at = text.indexOf('not ', at + 1);
  }
  return -1;
}
