// Which feeling a reply named, and whether it is the one the partner said. "You're right to be
// angry" to "I just feel empty" names a feeling, but not theirs: credited as listening, it would
// teach the user to name the feeling they expect instead of the one they were told. Only a feeling
// the partner said of themselves, in words, counts: the scenario's emotion is the machine's state,
// and the user may not have seen it. Broad words ("hurt", "upset", "betrayed") fit every family.

import type { Emotion } from '../types.js';

type Family = 'anger' | 'sadness' | 'numbness' | 'confusion' | 'fear' | 'shame' | 'tiredness' | 'loneliness';

const FAMILY_WORDS: Readonly<Record<Family, readonly string[]>> = {
  anger: ['angry', 'anger', 'furious', 'fury', 'livid', 'rage', 'raging', 'fuming', 'seething', 'cross', 'pissed off'],
  sadness: ['sad', 'sadness', 'heartbroken', 'gutted', 'devastated', 'crushed', 'miserable', 'grieving'],
  numbness: [
    'numb',
    'empty',
    'hollow',
    'blank',
    'dead inside',
    'shut down',
    "don't feel anything",
    "can't feel anything",
  ],
  confusion: [
    'confused',
    'confusing',
    'baffled',
    'bewildered',
    'muddled',
    'feel lost',
    'so lost',
    "don't know what to believe",
    "don't know what to think",
  ],
  fear: ['scared', 'afraid', 'frightened', 'terrified', 'anxious', 'panicking'],
  shame: ['humiliated', 'humiliating', 'ashamed', 'embarrassed', 'stupid', 'foolish', 'a fool', 'an idiot', 'a mug'],
  tiredness: ['tired', 'exhausted', 'worn out', 'drained', 'shattered'],
  loneliness: ['lonely', 'so alone', 'feel alone', 'felt alone', 'all alone', 'on my own', 'on your own'],
};

interface Found {
  family: Family;
  word: string;
}

const FEELINGS: readonly { family: Family; word: string; pattern: RegExp }[] = Object.entries(FAMILY_WORDS).flatMap(
  ([family, words]) =>
    words.map((word) => ({ family: family as Family, word, pattern: new RegExp(`\\b${patternOf(word)}\\b`, 'i') })),
);

/** "don't" also as "dont" and "do not", "can't" as "cant", "cannot" and "can not"; any run of spaces. */
function patternOf(word: string): string {
  return word
    .replace(/can't/g, "(?:can'?t|can ?not)")
    .replace(/\b(\w+)n't/g, "(?:$1n'?t|$1 not)")
    .replace(/ /g, '\\s+');
}

// "I'm not angry", "you aren't stupid", "never lonely": a feeling denied is not one named.
const DENIED_BEFORE = /\b(?:not|n't|never|no longer|nothing|hardly)\s+(?:\w+\s+){0,2}$/i;
// The partner speaking of themselves: "I feel...", "I'm...", "I've been...", "Makes me feel...".
const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'd|me|myself)\b/i;

/** Curly apostrophes made straight: the same length, so a match quotes the words as typed. */
function plain(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

function feelingsIn(text: string): Found[] {
  const found: Found[] = [];
  for (const { family, word, pattern } of FEELINGS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // A phrase that carries its own "not" ("don't feel anything") is a feeling; a word after "not" is denied.
    if (!word.includes("n't") && DENIED_BEFORE.test(text.slice(0, m.index))) continue;
    found.push({ family, word: m[0] });
  }
  return found;
}

/** The feelings the partner says they have, in their words ("empty", "so stupid" -> "stupid"). */
export function feelingsSaidBy(partnerLine: string | undefined): Found[] {
  if (!partnerLine) return [];
  return plain(partnerLine)
    .split(/(?<=[.!?…])\s+/)
    .filter((sentence) => FIRST_PERSON.test(sentence))
    .flatMap(feelingsIn);
}

/** What the reply missed: the partner's own word for the feeling, or the feeling they are showing. */
export type MissedFeeling = { said: string } | { shown: string };

// The four feelings the page and the terminal show the partner in, as the user reads them.
const SHOWN: Readonly<Record<Emotion, { family: Family; adjective: string }>> = {
  anger: { family: 'anger', adjective: 'angry' },
  sadness: { family: 'sadness', adjective: 'sad' },
  numbness: { family: 'numbness', adjective: 'numb' },
  confusion: { family: 'confusion', adjective: 'confused' },
};
const SHOWN_FAMILIES: ReadonlySet<Family> = new Set(Object.values(SHOWN).map((s) => s.family));

/**
 * What the reply's named feeling missed, when it is of another family than every one the partner
 * said; when the partner said none, than the one they are shown in (the user sees it). Null when they
 * match, or when the reply's words are broad enough to fit any ("hurt", "upset").
 */
export function feelingMissed(
  partnerLine: string | undefined,
  namedWords: string,
  emotion?: Emotion,
): MissedFeeling | null {
  const named = feelingsIn(plain(namedWords));
  if (named.length === 0) return null;
  const said = feelingsSaidBy(partnerLine);
  if (said.length > 0) {
    if (named.some((n) => said.some((s) => s.family === n.family))) return null;
    return { said: (said[0] as Found).word.toLowerCase() };
  }
  const shown = emotion ? SHOWN[emotion] : undefined;
  // Only a feeling of the four the partner can be shown in is set against the one shown.
  if (!shown || !named.every((n) => SHOWN_FAMILIES.has(n.family))) return null;
  return named.some((n) => n.family === shown.family) ? null : { shown: shown.adjective };
}

// Being unwell is not a feeling: "You were sick" said of the partner's flu names what their body
// went through. "Sick" is a feeling when it is felt ("made you feel sick", "felt ill reading them")
// or said of something ("sick of it", "sick to my stomach", "worried sick").
const UNWELL = /\b(?:sick|ill|poorly|unwell)\b(?!-)/gi;
const FELT_BEFORE =
  /\b(?:feel|feels|felt|feeling|worried|worry|made you|makes you|make you|making you)\s+(?:(?:so|really|physically|a bit|quite|just)\s+)?$/i;
const SAID_OF_SOMETHING_AFTER = /^\s+(?:of|to|about|with|at|and tired)\b/i;
// Words for hurt that fit every family (feelingsIn leaves them out): "ill and upset" names one.
const BROAD_FEELING = /\b(?:hurt|hurting|upset|betrayed|let down|lied to|worried|disappointed)\b/i;

/**
 * The words name the partner being unwell and no feeling: "You were sick", "when you were ill".
 * False for "You felt sick reading them", "You're sick of hearing sorry", or any words that also
 * name a feeling ("you were ill and scared"). `after` is the reply's text after the words, so
 * "You were sick" cut from "You were sick of it" is read with its "of".
 */
export function namesIllnessOnly(words: string, after = ''): boolean {
  const text = plain(words);
  const found = [...text.matchAll(UNWELL)];
  if (found.length === 0 || feelingsIn(text).length > 0 || BROAD_FEELING.test(text)) return false;
  return found.every((m) => {
    const following = text.slice((m.index ?? 0) + m[0].length) + plain(after);
    return !FELT_BEFORE.test(text.slice(0, m.index)) && !SAID_OF_SOMETHING_AFTER.test(following);
  });
}
