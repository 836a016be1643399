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

// Each distinct literal the cues require (about 1,700) is looked for once per reply, all of them in
// one pass over the text by an Aho-Corasick automaton: a table step per character, where looking for
// each literal on its own had cost a search of the text per literal. A literal found satisfies the
// sets it is in; a cue is tried only when every one of its sets is satisfied, which is exactly when
// the text holds one literal of each set.
const LITERAL_ID = new Map<string, number>();
const LITERAL_TEXT: string[] = [];
/** For each literal, the sets it is in. */
const SETS_OF_LITERAL: number[][] = [];
/** For each required-word set, its cue's index. */
const CUE_OF_SET: number[] = [];
/** For each cue, how many sets it requires. */
const NEEDED: number[] = [];

function literalId(text: string): number {
  let id = LITERAL_ID.get(text);
  if (id === undefined) {
    id = LITERAL_TEXT.push(text) - 1;
    LITERAL_ID.set(text, id);
    SETS_OF_LITERAL.push([]);
  }
  return id;
}

const CUES: Cue[] = SIGNAL_PATTERNS.map((pattern, cueIndex) => {
  const sets = requiredWordSets(pattern.re.source);
  for (const set of sets) {
    const setId = CUE_OF_SET.push(cueIndex) - 1;
    for (const id of new Set(set.map((w) => literalId(w.trim())))) SETS_OF_LITERAL[id]?.push(setId);
  }
  NEEDED.push(sets.length);
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

const LITERAL_SET_IDS = SETS_OF_LITERAL.map((sets) => Int32Array.from(sets));
const SET_CUE = Int32Array.from(CUE_OF_SET);
const NEEDED_SETS = Uint16Array.from(NEEDED);

/**
 * The automaton: characters fall into the classes the literals use (class 0: any other), and every
 * state has a next state per class. `found` is the literal a state completes, and `more` the next
 * state down its failure chain that completes one (-1: none).
 */
interface Automaton {
  classOf: Uint8Array;
  /** Classes of characters past ASCII that some literal uses (none today). */
  wideClass: Map<number, number>;
  width: number;
  next: Uint16Array | Int32Array;
  found: Int32Array;
  more: Int32Array;
}

function classesOf(literals: readonly string[]): Pick<Automaton, 'classOf' | 'wideClass' | 'width'> {
  const classOf = new Uint8Array(128);
  const wideClass = new Map<number, number>();
  let width = 1;
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      if (c < 128 && classOf[c] === 0) classOf[c] = width++;
      else if (c >= 128 && !wideClass.has(c)) wideClass.set(c, width++);
    }
  }
  return { classOf, wideClass, width };
}

// Built at every start, so built cheaply: no per-state objects, and each state's row copied from its
// failure state's whole (a native copy) rather than filled in class by class.
function buildAutomaton(literals: readonly string[]): Automaton {
  const { classOf, wideClass, width } = classesOf(literals);
  // The trie as edges, a list per state (the root's also as a table: it has a child per class); a
  // state per character at most.
  let capacity = 1;
  for (const literal of literals) capacity += literal.length;
  const rootChild = new Int32Array(width);
  const found = new Int32Array(capacity).fill(-1);
  const firstEdge = new Int32Array(capacity).fill(-1);
  const nextEdge = new Int32Array(capacity);
  const edgeClass = new Int32Array(capacity);
  let states = 1;
  for (let id = 0; id < literals.length; id++) {
    const literal = literals[id] as string;
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      const k = c < 128 ? (classOf[c] as number) : (wideClass.get(c) as number);
      // A state's number is also its edge's: one edge leads to each state but the root.
      let e = state === 0 ? (rootChild[k] as number) - 1 : (firstEdge[state] as number);
      if (state !== 0) while (e !== -1 && edgeClass[e] !== k) e = nextEdge[e] as number;
      if (e === -1) {
        e = states++;
        edgeClass[e] = k;
        nextEdge[e] = firstEdge[state] as number;
        firstEdge[state] = e;
        if (state === 0) rootChild[k] = e + 1;
      }
      state = e;
    }
    found[state] = id;
  }
  // Breadth first: a state's failure state is shallower, so its row is complete before it is copied.
  const next = states < 0x10000 ? new Uint16Array(states * width) : new Int32Array(states * width);
  const fail = new Int32Array(states);
  const more = new Int32Array(states).fill(-1);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let e = firstEdge[0] as number; e !== -1; e = nextEdge[e] as number) {
    next[edgeClass[e] as number] = e;
    queue[tail++] = e;
  }
  for (let q = 0; q < tail; q++) {
    const state = queue[q] as number;
    const f = fail[state] as number;
    more[state] = (found[f] as number) !== -1 ? f : (more[f] as number);
    const row = state * width;
    next.copyWithin(row, f * width, f * width + width);
    for (let e = firstEdge[state] as number; e !== -1; e = nextEdge[e] as number) {
      const k = edgeClass[e] as number;
      fail[e] = next[f * width + k] as number;
      next[row + k] = e;
      queue[tail++] = e;
    }
  }
  return { classOf, wideClass, width, next, found: found.slice(0, states), more };
}

const AUTOMATON = buildAutomaton(LITERAL_TEXT);

// Per call: which literals the text has, which sets they satisfy, and how many of its sets each cue has.
const LITERAL_FOUND = new Uint8Array(LITERAL_TEXT.length);
const SATISFIED = new Uint8Array(SET_CUE.length);
const SATISFIED_SETS = new Uint16Array(CUES.length);

function literalFound(literal: number): void {
  if (LITERAL_FOUND[literal] === 1) return;
  LITERAL_FOUND[literal] = 1;
  const sets = LITERAL_SET_IDS[literal] as Int32Array;
  for (let j = 0; j < sets.length; j++) {
    const set = sets[j] as number;
    if (SATISFIED[set] === 1) continue;
    SATISFIED[set] = 1;
    const cue = SET_CUE[set] as number;
    SATISFIED_SETS[cue] = (SATISFIED_SETS[cue] as number) + 1;
  }
}

/** After this, cue i may match only if SATISFIED_SETS[i] === NEEDED_SETS[i]. */
function markSatisfiedSets(text: string): void {
  LITERAL_FOUND.fill(0);
  SATISFIED.fill(0);
  SATISFIED_SETS.fill(0);
  const { classOf, wideClass, width, next, found, more } = AUTOMATON;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? (classOf[c] as number) : (wideClass.get(c) ?? 0);
    state = next[state * width + k] as number;
    for (let s = (found[state] as number) !== -1 ? state : (more[state] as number); s !== -1; s = more[s] as number) {
      literalFound(found[s] as number);
    }
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
    if (SATISFIED_SETS[i] !== NEEDED_SETS[i]) continue;
    const cue = CUES[i] as Cue;
    if (cue.leads) anchoredMatches(text, cue, cue.leads, found);
    else scannedMatches(text, cue, found);
  }
  return found;
}
