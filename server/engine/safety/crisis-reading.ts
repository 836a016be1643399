// The pattern half of the crisis check, and the reading both halves share: the reply is written
// out in one canonical spelling (crisis-text.ts), figures of speech are blanked
// (figures-of-speech.ts), and the patterns of crisis-patterns.ts are tried in order; the first that
// matches names the kind (leverage patterns come first, so a threat is named as one). The crisis
// model (crisis-model.ts) reads the same tokens. Pure, no I/O, and no trained model: training
// reads replies through this module before any model exists.
//
// It runs on every reply, so a pattern is tried only when the reply holds one of its anchor words:
// most replies hold none of most anchors and cost a tokenization and a few lookups.
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

/** A reply as both halves of the check read it. */
export interface PatternReading {
  /** The canonical text, figures of speech blanked to " _ ". */
  text: string;
  /** Its words, "." between sentences: what the model's features are made of. */
  tokens: string[];
  /** The reply makes harm the price of the partner's choice ("if you leave ..."). */
  leverage: boolean;
  /** The first pattern that matched, if any. */
  pattern: CrisisPattern | undefined;
}

export function readPatterns(reply: string): PatternReading {
  const words = crisisWords(reply);
  const text = blankFigures(` ${words.join(' ')} `, words);
  const tokens = text.includes(' _ ') ? text.split(' ').filter((token) => token !== '') : words;
  const leverage = LEVERAGE_FRAME.test(text);
  const tried = candidates(words);
  const windows = tried.length > 0 ? new Windows(text) : undefined;
  const pattern =
    windows === undefined ? undefined : tried.find((p) => (leverage || !p.leverageOnly) && matches(p, text, windows));
  return { text, tokens, leverage, pattern };
}

/** The ids of every pattern that matches (all of them tried, with everyPattern: for the anchor test). */
export function matchedPatterns(reading: PatternReading, reply: string, everyPattern = false): string[] {
  const tried = (everyPattern ? CRISIS_PATTERNS : candidates(crisisWords(reply))).filter(
    (p) => reading.leverage || !p.leverageOnly,
  );
  const windows = new Windows(reading.text);
  return tried.filter((p) => matches(p, reading.text, windows)).map((p) => p.id);
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
