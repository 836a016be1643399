// Runs the cue patterns over a reply fast, with exactly the matches a full scan would find (a test
// compares both on the whole corpus). Two filters do the work: a cue is tried only if every set of
// words it requires is present, and only where a word that can begin it starts.

import { SIGNAL_PATTERNS, type SignalPattern } from './cues/index.js';
import { leadingWords, requiredWordSets } from './required-words.js';

export interface CueMatch {
  pattern: SignalPattern;
  /** The pattern's index in SIGNAL_PATTERNS. */
  cue: number;
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

// Pieces are hashed down to 16 bits so the bit set of pieces that any cue requires is 8 KB and stays
// in the CPU cache while a busy server does other work. A shared slot only lets an extra cue through.
function slotOf(piece: number): number {
  return Math.imul(piece, 0x9e3779b1) >>> 16;
}

// Most cues can only start where a word starts with one of a few known words. For those, a sticky
// copy of the pattern is tried at just those places instead of scanning the whole reply.
interface Cue {
  pattern: SignalPattern;
  index: number;
  /** The words a match can start with, by their first character's code (all ASCII). */
  leads: Array<string[] | null> | undefined;
  /** Sticky when anchored (tried at word starts), global otherwise; private, so lastIndex is ours. */
  re: RegExp;
}

// Which required-word sets each slot is in: a reply's pieces look up the few sets they satisfy,
// rather than each cue's keys (~2,500 in all) being looked up among the reply's pieces.
const SETS_WITH_SLOT = new Map<number, number[]>();
/** For each required-word set, its cue's index. */
const CUE_OF_SET: number[] = [];
/** For each cue, how many sets it requires. */
const NEEDED: number[] = [];

/**
 * For each cue, every set of literals it requires, whole, each with its piece's slot (-1: too short
 * to have one). A piece only says a word may be there ("tec" is in "protect" and in "detective"):
 * the pieces let through about six times the cues that can match. Those few are then checked for
 * their literals, looked for only where the text has their piece, before any regex runs.
 */
interface Literal {
  text: string;
  slot: number;
}
const LITERALS: Literal[][][] = [];

const CUES: Cue[] = SIGNAL_PATTERNS.map((pattern, cueIndex) => {
  // Each set is required on its own; a set with a word too short to key on cannot filter.
  const slotSets = requiredWordSets(pattern.re.source)
    .map((set) => set.map(pieceOf))
    .filter((keys): keys is number[] => !keys.includes(undefined))
    .map((keys) => keys.map(slotOf));
  for (const slots of slotSets) {
    const id = CUE_OF_SET.push(cueIndex) - 1;
    for (const slot of new Set(slots)) SETS_WITH_SLOT.set(slot, [...(SETS_WITH_SLOT.get(slot) ?? []), id]);
  }
  NEEDED.push(slotSets.length);
  LITERALS.push(
    requiredWordSets(pattern.re.source).map((set) =>
      set.map((literal) => {
        const piece = pieceOf(literal);
        return { text: literal.trim(), slot: piece === undefined ? -1 : slotOf(piece) };
      }),
    ),
  );
  const words = leadingWords(pattern.re.source);
  if (!words) return { pattern, index: cueIndex, leads: undefined, re: new RegExp(pattern.re.source, 'g') };
  // A full table (no holes): a read past an array's end or into a hole is slow in V8.
  const leads: Array<string[] | null> = new Array(128).fill(null);
  for (const word of words) {
    const code = word.charCodeAt(0);
    leads[code] = [...(leads[code] ?? []), word];
  }
  return { pattern, index: cueIndex, leads, re: new RegExp(pattern.re.source, 'y') };
});

const SLOT_SETS = new Map<number, Int32Array>([...SETS_WITH_SLOT].map(([slot, ids]) => [slot, Int32Array.from(ids)]));
const KEYED = new Uint8Array(1 << 13);
for (const slot of SLOT_SETS.keys()) KEYED[slot >>> 3] = (KEYED[slot >>> 3] as number) | (1 << (slot & 7));
const SET_CUE = Int32Array.from(CUE_OF_SET);
const NEEDED_SETS = Uint8Array.from(NEEDED);
// Per call: which sets the reply satisfies, and how many of its sets each cue has.
const SATISFIED = new Uint8Array(SET_CUE.length);
const SATISFIED_SETS = new Uint8Array(CUES.length);

/** Per call: the slots of every piece the text has (set by markSatisfiedSets). */
const PRESENT = new Uint8Array(1 << 13);

function satisfy(piece: number): void {
  const slot = slotOf(piece);
  PRESENT[slot >>> 3] = (PRESENT[slot >>> 3] as number) | (1 << (slot & 7));
  if (((KEYED[slot >>> 3] as number) & (1 << (slot & 7))) === 0) return;
  const ids = SLOT_SETS.get(slot) as Int32Array;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j] as number;
    if (SATISFIED[id] === 1) continue;
    SATISFIED[id] = 1;
    const cue = SET_CUE[id] as number;
    SATISFIED_SETS[cue] = (SATISFIED_SETS[cue] as number) + 1;
  }
}

/** After this, cue i may match only if SATISFIED_SETS[i] === NEEDED_SETS[i]. */
function markSatisfiedSets(text: string): void {
  SATISFIED.fill(0);
  SATISFIED_SETS.fill(0);
  PRESENT.fill(0);
  for (let i = 0; i + 2 <= text.length; i++) {
    satisfy(pairAt(text, i));
    if (i + 3 <= text.length) satisfy(tripleAt(text, i));
  }
}

// Word starts of the current text, reused across calls (a reply has at most one per character).
let starts = new Int32Array(1024);
let startCount = 0;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

function findWordStarts(text: string): void {
  if (starts.length < text.length) starts = new Int32Array(text.length);
  startCount = 0;
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isWordChar(text.charCodeAt(i));
    if (word && !prevWord) starts[startCount++] = i;
    prevWord = word;
  }
}

/** The same matches `text.matchAll(pattern.re)` finds, trying only the word starts a lead begins. */
function anchoredMatches(text: string, cue: Cue, leads: Array<string[] | null>, found: CueMatch[]): void {
  const sticky = cue.re;
  const at = starts;
  const count = startCount;
  let after = 0;
  for (let s = 0; s < count; s++) {
    const p = at[s] as number;
    if (p < after) continue;
    const words = leads[text.charCodeAt(p) & 127];
    if (!words || !startsWithAny(text, words, p)) continue;
    sticky.lastIndex = p;
    // test() leaves lastIndex at the match's end without building a match array.
    if (!sticky.test(text)) continue;
    const length = sticky.lastIndex - p;
    after = p + Math.max(1, length);
    found.push({ pattern: cue.pattern, cue: cue.index, index: p, length });
  }
}

// A hand-written comparison: the startsWith builtin's call costs more than comparing a short lead.
function startsWithAny(text: string, words: readonly string[], at: number): boolean {
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (at + word.length > text.length) continue;
    let i = 1;
    while (i < word.length && word.charCodeAt(i) === text.charCodeAt(at + i)) i++;
    if (i === word.length) return true;
  }
  return false;
}

function scannedMatches(text: string, cue: Cue, found: CueMatch[]): void {
  const re = cue.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push({ pattern: cue.pattern, cue: cue.index, index: m.index, length: m[0].length });
    // As matchAll does, step past an empty match (these patterns are not unicode-aware).
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Whether `text` holds one literal of each set (after markSatisfiedSets). */
function hasLiterals(text: string, sets: readonly Literal[][]): boolean {
  for (let s = 0; s < sets.length; s++) {
    const set = sets[s] as Literal[];
    let found = false;
    for (let w = 0; w < set.length && !found; w++) {
      const literal = set[w] as Literal;
      const slot = literal.slot;
      if (slot !== -1 && ((PRESENT[slot >>> 3] as number) & (1 << (slot & 7))) === 0) continue;
      found = text.includes(literal.text);
    }
    if (!found) return false;
  }
  return true;
}

/** Every match of every cue, in cue order then text order. `exhaustive` scans without the filters. */
export function matchCues(text: string, exhaustive = false): CueMatch[] {
  const found: CueMatch[] = [];
  if (exhaustive) {
    SIGNAL_PATTERNS.forEach((pattern, cue) => {
      for (const m of text.matchAll(pattern.re)) found.push({ pattern, cue, index: m.index, length: m[0].length });
    });
    return found;
  }
  markSatisfiedSets(text);
  findWordStarts(text);
  for (let i = 0; i < CUES.length; i++) {
    if (SATISFIED_SETS[i] !== NEEDED_SETS[i] || !hasLiterals(text, LITERALS[i] as Literal[][])) continue;
    const cue = CUES[i] as Cue;
    if (cue.leads) anchoredMatches(text, cue, cue.leads, found);
    else scannedMatches(text, cue, found);
  }
  return found;
}
