// Finds the signals in a reply, with where they are. Three things a careful reader does that a
// plain pattern list cannot: a disavowed excuse is not an excuse ("I'm not going to say it just
// happened"), the clause after "but" decides a "yes, but" ("I'm sorry, but I was lonely"), and
// saying back the partner's own words is listening (reflection).
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Signal } from '../types.js';
import type { NormalizedReply } from './normalize-reply.js';
import { leadingWords, requiredWordSets } from './required-words.js';
import { SIGNAL_PATTERNS, type SignalPattern } from './signal-patterns.js';
import { sideOf } from './signal-sides.js';

export interface SignalHit {
  signal: Signal;
  weight: number;
  /** Offsets into the canonical text. */
  start: number;
  end: number;
}

// "not going to say / pretend / ask you to ..." right before an excuse or a rush turns it around.
const DISAVOWAL =
  /\b(?:not|never|will not|would not|refuse to|no point|can not|do not want to|do not need to|instead of|rather than|stop|without|no more|not going to|am not|is not|was not)(?: even| just)? (?:say|saying|said|pretend|pretending|claim|claiming|tell you|telling you|act like|acting like|make out|making out|ask you to|asking you to|expect you to|expecting you to|want you to|need you to|use|using|hide behind|hiding behind|blame|blaming|going to say|going to pretend|going to blame|going to tell you|going to ask you to|make this about|making this about|make excuses like|excuses like|expect|asking|telling you to|rush you to|push you to|pressure you to|hurry you to)(?: that| it| this)? (?:\S+ ){0,2}$/;
const NEGATED_RIGHT_BEFORE = /\b(?:not|never|no)(?: \S+)? $/;

const CONTRAST = /(?:^| )(?:but|though|although|except|however|yet) (?=\S)/g;
const CLAUSE_END = /[.?!;]/;
const CONTINUES_OWNING =
  /^(?:i know|i understand|i want|i need to hear|i will|i am here|i am not going|first|please|that does not|that is no|it does not change|none of that|nothing excuses|i do not expect|you do not have|i am listening|i hear|i get|it was still|it is still|that was still|i still)/;
const POINTS_AT_PARTNER = /\byou(?:r)?\b/;

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

export function candidatePatterns(text: string, all = false): SignalPattern[] {
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

interface Match {
  index: number;
  length: number;
}

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

export function detectSignals(
  n: NormalizedReply,
  partner?: string,
  options: { noPrefilter?: boolean } = {},
): SignalHit[] {
  const hits: SignalHit[] = [];
  const starts = options.noPrefilter ? undefined : [...wordStarts(n.text)];
  for (const pattern of candidatePatterns(n.text, options.noPrefilter)) {
    const anchor = starts && ANCHORS.get(pattern);
    const matches = anchor
      ? anchoredMatches(n.text, anchor, starts)
      : [...n.text.matchAll(pattern.re)].map((m) => ({ index: m.index, length: m[0].length }));
    for (const m of matches) {
      const start = m.index;
      if (sideOf(pattern.signal) !== 'validating' && isDisavowed(n.text, start)) continue;
      hits.push({ signal: pattern.signal, weight: pattern.weight, start, end: start + m.length });
    }
  }
  hits.push(...yesButHits(n.text, hits));
  const reflection = reflectionHit(n.text, partner);
  if (reflection) hits.push(reflection);
  return hits;
}

function isDisavowed(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return DISAVOWAL.test(before) || NEGATED_RIGHT_BEFORE.test(before);
}

// Precedence rule 1 of the taxonomy: after an apology or an admission, a "but" clause that does not
// keep owning the act is an excuse (about oneself) or blame (about the partner).
function yesButHits(text: string, hits: SignalHit[]): SignalHit[] {
  const extra: SignalHit[] = [];
  for (const m of text.matchAll(CONTRAST)) {
    const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
    const afterStart = at + m[0].trimStart().length;
    const rest = text.slice(afterStart);
    const endRel = rest.search(CLAUSE_END);
    const afterEnd = endRel === -1 ? text.length : afterStart + endRel;
    const after = text.slice(afterStart, afterEnd);
    if (after.trim().length === 0 || CONTINUES_OWNING.test(after)) continue;
    const owningBefore = hits.some((h) => h.end <= at && sideOf(h.signal) === 'validating');
    const judgedAfter = hits.some((h) => h.start >= at && h.start < afterEnd);
    if (!owningBefore || judgedAfter) continue;
    const blames = POINTS_AT_PARTNER.test(after) && !/\byou are right\b/.test(after);
    extra.push({ signal: blames ? 'blame-shift' : 'justification', weight: 1, start: at, end: afterEnd });
  }
  return extra;
}

const REFLECTIVE_FRAME =
  /\b(?:you (?:said|say|told me|asked|are saying|were saying|feel like|felt like|mean|trusted|waited|found out|found|saw|had to|needed|wanted|thought|believed|were right|are right|heard|learned|read|counted on|believed me|planned|sat|stood|drove|called|kept)|what i (?:hear|am hearing)|it sounds like|sounds like you|so you|i hear (?:you|that|how|what)|you are (?:saying|telling me|asking))\b/;
const STOP = new Set(
  'i me my mine you your yours we us our it its this that these those a an the and or but so of to in on at for with from by about as is am are was were be been being do does did have has had will would can could should not no yes just very really what when where why how who which there here then than too also all any some one out up down off over again if because while after before into through his her him she he they them their its me myself yourself ever never even still now know think want going get got go'.split(
    ' ',
  ),
);

// Partner lines repeat on every turn of a session and words repeat across replies: remember stems.
const STEMS = new Map<string, string>();
export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (STEMS.size < 50_000) STEMS.set(word, s);
  }
  return s;
}

function contentStems(text: string): Map<string, number> {
  const stems = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const word = m[0].replaceAll("'", '');
    if (word.length < 3 || STOP.has(word)) continue;
    stems.set(stem(word), m.index);
  }
  return stems;
}

/** contentStems for the reply, which is canonical already: lowercase words separated by spaces. */
function replyStems(text: string): Map<string, number> {
  const stems = new Map<string, number>();
  let at = 0;
  for (const token of text.split(' ')) {
    const word = token.includes("'") ? token.replaceAll("'", '') : token;
    if (word.length >= 3 && !STOP.has(word) && /^\p{L}+$/u.test(word)) stems.set(stem(word), at);
    at += token.length + 1;
  }
  return stems;
}

// The same partner line is answered on every turn until the partner speaks again.
const PARTNER_STEMS = new Map<string, Map<string, number>>();
function partnerStems(line: string): Map<string, number> {
  let stems = PARTNER_STEMS.get(line);
  if (!stems) {
    stems = contentStems(line);
    if (PARTNER_STEMS.size >= 5_000) PARTNER_STEMS.clear();
    PARTNER_STEMS.set(line, stems);
  }
  return stems;
}

// Saying back the partner's words or feeling: stemmed overlap with their line, together with a
// reflective frame ("you waited", "what I hear is") or with plain second-person address.
function reflectionHit(text: string, partner?: string): SignalHit | undefined {
  const frame = REFLECTIVE_FRAME.exec(text);
  if (!partner || partner.trim() === '') {
    return frame &&
      /\b(?:it sounds like|what i (?:hear|am hearing)|you feel like|you felt like|i hear)\b/.test(frame[0])
      ? { signal: 'reflection', weight: 0.8, start: frame.index, end: frame.index + frame[0].length }
      : undefined;
  }
  const theirs = partnerStems(partner);
  const mine = replyStems(text);
  const shared: number[] = [];
  for (const [stem, at] of mine) if (theirs.has(stem)) shared.push(at);
  const addressed = /\byou\b/.test(text);
  const enough = (frame && shared.length >= 1) || (addressed && shared.length >= 2);
  if (!enough) return undefined;
  const positions = frame ? [...shared, frame.index] : shared;
  const start = Math.min(...positions);
  const lastWord = text.slice(Math.max(...positions)).match(/^\S+(?: \S+)?/)?.[0] ?? '';
  const end = Math.max(...positions) + lastWord.length;
  return { signal: 'reflection', weight: frame ? 1 : 0.8, start, end: Math.min(end, text.length) };
}
