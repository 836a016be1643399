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
import { CRISIS_PATTERNS, type CrisisPattern, LEVERAGE_FRAME } from './crisis-patterns.js';
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
  /** The reply makes harm the price of the partner's choice ("if you leave ..."). */
  leverage: boolean;
  /** The ids of every pattern that matched, in pattern order (leverage first). */
  matched: string[];
}

/** Why detectCrisis decided what it did: for tests, the eval command and anyone auditing. */
export function readForCrisis(reply: string, options: { everyPattern?: boolean } = {}): CrisisReading {
  const words = crisisWords(reply);
  const text = blankFigures(` ${words.join(' ')} `);
  const framed = LEVERAGE_FRAME.test(text);
  const tried = (options.everyPattern ? CRISIS_PATTERNS : candidates(words)).filter((p) => framed || !p.leverageOnly);
  const windows = new Windows(text);
  return { text, leverage: framed, matched: tried.filter((p) => matches(p, text, windows)).map((p) => p.id) };
}

export function detectCrisis(reply: string): SafetyNotice | null {
  const words = crisisWords(reply);
  const tried = candidates(words);
  if (tried.length === 0) return null;
  const text = blankFigures(` ${words.join(' ')} `);
  const framed = LEVERAGE_FRAME.test(text);
  const windows = new Windows(text);
  const first = tried.find((p) => (framed || !p.leverageOnly) && matches(p, text, windows));
  if (first === undefined) return null;
  // Someone being hurt is never the one making the threat.
  const leverage = first.leverage === true || (framed && first.kind !== 'being-harmed');
  return crisisNotice(first.kind, leverage);
}

function matches(pattern: CrisisPattern, text: string, windows: Windows): boolean {
  if (pattern.window === undefined) return pattern.pattern.test(text);
  return windows.of(pattern.window).some((window) => pattern.pattern.test(window));
}

/** The reply's sentences, and each two in a row, made once and only when a pattern asks. */
class Windows {
  private sentences: string[] | undefined;
  private pairs: string[] | undefined;
  constructor(private readonly text: string) {}

  of(kind: 'sentence' | 'two-sentences'): string[] {
    this.sentences ??= this.text
      .split(' . ')
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== '' && sentence !== '.');
    if (kind === 'sentence') return this.sentences;
    const sentences = this.sentences;
    this.pairs ??= sentences.length < 2 ? sentences : sentences.slice(1).map((s, i) => `${sentences[i]} . ${s}`);
    return this.pairs;
  }
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
