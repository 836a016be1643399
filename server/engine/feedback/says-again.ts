// Whether a line the feedback would add says again what the user's own words in the suggestion
// already say. "I should have told you before you had to ask." after the user's own "I should have
// told you." reads as the same sentence twice, and teaches padding rather than anything new. Kept
// strict: a shared "sorry" or "know" is not a repeat, or most lines would be barred from most replies.

import { normalizeReply } from '../classifier/normalize-reply.js';
import { sentencesOf } from '../sentences.js';

// Words that carry no meaning of their own here: pronouns, articles, the verbs "be", "have", "do".
// Replies are read through the classifier's normalizer first, so "I'm", "im" and "u" arrive as
// "i am", "i am" and "you".
const LITTLE_WORDS = new Set(
  (
    'i me my mine myself you your yours yourself we us our it its that this these those them they the a an ' +
    'and or but so to of in on at for with by from as about be is am are was were been being have has had ' +
    'do did does will would can could shall just really very too all'
  ).split(' '),
);
/** A line's sentence with this many meaning words, all in one of the user's, says nothing new. */
const ECHO_WORDS = 3;
/** A user's sentence with this many meaning words, found whole inside a line, is said again by it. */
const RESTATED_WORDS = 2;

function tokens(text: string): string[] {
  return normalizeReply(text).text.match(/[a-z]+/g) ?? [];
}

function meaning(words: readonly string[]): string[] {
  return words.filter((w) => !LITTLE_WORDS.has(w));
}

/**
 * One of the line's sentences is one of the user's, word for word, or says nothing one of theirs
 * does not (three meaning words or more, all in it); or the line holds one of the user's sentences
 * whole ("I should have told you" inside "I should have told you before you had to ask").
 */
export function saysAgain(line: string, said: readonly string[]): boolean {
  const theirs = said.map(tokens);
  const whole = ` ${tokens(line).join(' ')} `;
  const restated = theirs.some((t) => meaning(t).length >= RESTATED_WORDS && whole.includes(` ${t.join(' ')} `));
  return restated || sentencesOf(line).some(({ text }) => echoes(tokens(text), theirs));
}

function echoes(sentence: readonly string[], theirs: readonly (readonly string[])[]): boolean {
  const words = meaning(sentence);
  if (words.length === 0) return false;
  return theirs.some(
    (t) => t.join(' ') === sentence.join(' ') || (words.length >= ECHO_WORDS && words.every((w) => t.includes(w))),
  );
}
