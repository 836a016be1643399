// Whether a line the feedback would add says again what the user's own words in the suggestion
// already say. "I should have told you before you had to ask." after the user's own "I should have
// told you." reads as the same sentence twice, and teaches padding rather than anything new. Kept
// strict: a shared "sorry" or "know" is not a repeat, or most lines would be barred from most replies.

import { sentencesOf } from '../sentences.js';

// Words that carry no meaning of their own here: pronouns, articles, the verbs "be", "have", "do".
const LITTLE_WORDS = new Set(
  (
    "i i'm i've i'll i'd me my mine myself you you're you've your yours yourself we us our it it's its " +
    "that that's this these those them they the a an and or but so to of in on at for with by from as " +
    'about be is am are was were been being have has had do did does will would can could shall just ' +
    'really very too all'
  ).split(' '),
);
// Texting spellings read as the words they stand for, so "im here" repeats "I'm here".
const SPELLED_OUT: Readonly<Record<string, string>> = { u: 'you', ur: 'your', r: 'are', im: "i'm", ive: "i've" };
/** A line's sentence with this many meaning words, all in one of the user's, says nothing new. */
const ECHO_WORDS = 3;
/** A user's sentence with this many meaning words, found whole inside a line, is said again by it. */
const RESTATED_WORDS = 2;

function tokens(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/\b(?:wo|ca)n't\b/g, (w) => (w === "won't" ? 'will not' : 'can not'))
      .replace(/n't\b/g, ' not')
      .match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  return words.map((w) => SPELLED_OUT[w] ?? w);
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
