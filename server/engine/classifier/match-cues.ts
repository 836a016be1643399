// Runs the cue patterns over a reply fast, with exactly the matches a full scan would find (a test
// compares both on the whole corpus). Two filters do the work: a cue is tried only if every set of
// words it requires is present, and only where a word that can begin it starts.
import { leadingWords, requiredWordSets } from './required-words.js';
import { SIGNAL_PATTERNS, type SignalPattern } from './signal-patterns.js';

export interface CueMatch {
  pattern: SignalPattern;
  index: number;
  length: number;
}

// A required word can only be in the text if each of its letter triples (or, for two-letter words,
// pairs) is: checking one piece per word against the set of the text's pieces is a few integer hash
// lookups instead of a regex scan. Collisions only let an extra pattern through, never drop one.
const tripleAt = (t: string, i: number) =>
  ((t.charCodeAt(i) & 0xff) << 16) | ((t.charCodeAt(i + 1) & 0xff) << 8) | (t.charCodeAt(i + 2) & 0xff);
const pairAt = (t: string, i: number) => 0x1000000 | ((t.charCodeAt(i) & 0xff) << 8) | (t.charCodeAt(i + 1) & 0xff);

function pieceOf(literal: string): number | undefined {
  // The longest word of a phrase is the most telling; "trying to protect" is keyed on "protect".
  const word = literal.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  if (word.length < 2) return undefined;
  if (word.length === 2) return pairAt(word, 0);
  return tripleAt(word, Math.floor((word.length - 3) / 2));
}

const PREFILTERED = SIGNAL_PATTERNS.map((pattern) => {
  // Each set is required on its own; a set with a word too short to key on cannot filter.
  const sets = requiredWordSets(pattern.re.source)
    .map((set) => set.map(pieceOf))
    .filter((keys): keys is number[] => !keys.includes(undefined));
  return { pattern, sets };
});

// One bit per possible piece (4 MB, allocated once); the bits a call sets are cleared before it returns.
const PIECES = new Uint8Array(1 << 22);
const has = (k: number) => (PIECES[k >>> 3] as number) & (1 << (k & 7));

function candidatePatterns(text: string, all = false): SignalPattern[] {
  if (all) return SIGNAL_PATTERNS;
  const set: number[] = [];
  const mark = (k: number) => {
    PIECES[k >>> 3] = (PIECES[k >>> 3] as number) | (1 << (k & 7));
    set.push(k >>> 3);
  };
  for (let i = 0; i + 2 <= text.length; i++) {
    mark(pairAt(text, i));
    if (i + 3 <= text.length) mark(tripleAt(text, i));
  }
  const out: SignalPattern[] = [];
  for (const { pattern, sets } of PREFILTERED) {
    if (sets.every((keys) => keys.some(has))) out.push(pattern);
  }
  for (const byte of set) PIECES[byte] = 0;
  return out;
}

// Most cues can only start where a word starts with one of a few known words. For those, a sticky
// copy of the pattern is tried at just those places instead of scanning the whole reply.
interface Anchor {
  sticky: RegExp;
  /** The words a match can start with, by their first character. */
  leads: Map<string, string[]>;
}
const ANCHORS = new Map<SignalPattern, Anchor>();
for (const pattern of SIGNAL_PATTERNS) {
  const words = leadingWords(pattern.re.source);
  if (!words) continue;
  const leads = new Map<string, string[]>();
  for (const word of words) leads.set(word[0] as string, [...(leads.get(word[0] as string) ?? []), word]);
  ANCHORS.set(pattern, { sticky: new RegExp(pattern.re.source, 'y'), leads });
}

const WORD_CHAR = /[a-z0-9_]/;

/** Where words start, by first character. */
function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && WORD_CHAR.test(text[i - 1] as string)) continue;
    const ch = text[i] as string;
    if (!WORD_CHAR.test(ch)) continue;
    const list = starts.get(ch);
    if (list) list.push(i);
    else starts.set(ch, [i]);
  }
  return starts;
}

type Match = Omit<CueMatch, 'pattern'>;

/** The same matches `text.matchAll(pattern.re)` finds, trying only the places a match can start. */
function anchoredMatches(text: string, anchor: Anchor, starts: Array<[string, number[]]>): Match[] {
  const places: number[] = [];
  // A reply has a few distinct first letters; a cue may have dozens of leading words.
  for (const [ch, positions] of starts) {
    const leads = anchor.leads.get(ch);
    if (leads === undefined) continue;
    for (const p of positions) {
      for (const lead of leads) {
        if (text.startsWith(lead, p)) {
          places.push(p);
          break;
        }
      }
    }
  }
  if (places.length > 1) places.sort((x, y) => x - y);
  const found: Match[] = [];
  let after = 0;
  for (const p of places) {
    if (p < after) continue;
    anchor.sticky.lastIndex = p;
    const m = anchor.sticky.exec(text);
    if (!m) continue;
    after = p + Math.max(1, m[0].length);
    found.push({ index: p, length: m[0].length });
  }
  return found;
}

/** Every match of every cue, in cue order then text order. `exhaustive` scans without the filters. */
export function matchCues(text: string, exhaustive = false): CueMatch[] {
  const starts = exhaustive ? undefined : [...wordStarts(text)];
  const found: CueMatch[] = [];
  for (const pattern of candidatePatterns(text, exhaustive)) {
    const anchor = starts && ANCHORS.get(pattern);
    const matches = anchor
      ? anchoredMatches(text, anchor, starts)
      : [...text.matchAll(pattern.re)].map((m) => ({ index: m.index, length: m[0].length }));
    for (const m of matches) found.push({ pattern, ...m });
  }
  return found;
}
