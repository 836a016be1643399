// Crisis detection: does a reply say the user may hurt themselves, hurt someone, or is being hurt?
// Plain patterns, no model, so every decision can be explained: the reply is written out in one
// canonical spelling (crisis-text.ts), figures of speech are blanked (figures-of-speech.ts), and the
// patterns of crisis-patterns.ts are tried in order; the first that matches decides the notice
// (leverage patterns come first, so a threat is named as one). Pure, no I/O.
//
// It runs on every reply, so a pattern is tried only when the reply holds one of its anchor words:
// most replies hold none of most anchors and cost a tokenization and a few lookups.
import type { SafetyNotice } from '../types.js';
import { crisisNotice } from './crisis-notice.js';
import { CRISIS_PATTERNS, type CrisisPattern } from './crisis-patterns.js';
import { crisisWords } from './crisis-text.js';
import { blankFigures } from './figures-of-speech.js';

/** anchor word -> the indexes of the patterns it opens. */
const BY_ANCHOR = new Map<string, number[]>();
CRISIS_PATTERNS.forEach((pattern, index) => {
  for (const anchor of pattern.anchors) {
    const list = BY_ANCHOR.get(anchor);
    if (list === undefined) BY_ANCHOR.set(anchor, [index]);
    else if (!list.includes(index)) list.push(index);
  }
});

export interface CrisisReading {
  /** The reply as the patterns read it, figures of speech blanked. */
  text: string;
  /** The ids of every pattern that matched, in pattern order (leverage first). */
  matched: string[];
}

/** Why detectCrisis decided what it did: for tests, the eval command and anyone auditing. */
export function readForCrisis(reply: string, options: { everyPattern?: boolean } = {}): CrisisReading {
  const words = crisisWords(reply);
  const text = blankFigures(` ${words.join(' ')} `);
  const tried = options.everyPattern ? CRISIS_PATTERNS : candidates(words);
  return { text, matched: tried.filter((p) => p.pattern.test(text)).map((p) => p.id) };
}

export function detectCrisis(reply: string): SafetyNotice | null {
  const words = crisisWords(reply);
  const tried = candidates(words);
  if (tried.length === 0) return null;
  const text = blankFigures(` ${words.join(' ')} `);
  const first = tried.find((p) => p.pattern.test(text));
  return first ? crisisNotice(first.kind, first.leverage === true) : null;
}

/** The patterns whose anchors the reply holds, in pattern order. */
function candidates(words: readonly string[]): CrisisPattern[] {
  const open: boolean[] = [];
  let any = false;
  for (const word of words) {
    const indexes = BY_ANCHOR.get(word);
    if (indexes === undefined) continue;
    any = true;
    for (const index of indexes) open[index] = true;
  }
  if (!any) return [];
  const list: CrisisPattern[] = [];
  for (let i = 0; i < CRISIS_PATTERNS.length; i++) if (open[i]) list.push(CRISIS_PATTERNS[i] as CrisisPattern);
  return list;
}
