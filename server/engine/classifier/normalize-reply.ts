// Real replies are typed fast and in pain: "im sorry i didnt mean it", curly apostrophes, typos.
// We rewrite them into one canonical lowercase form ("i am sorry i did not mean it") so that the
// signal patterns can be written once, while remembering where each canonical word came from in
// the original text, so evidence spans still point at the user's own words.

export interface NormalizedReply {
  /** Canonical text: lowercase, contractions expanded, common typos fixed, punctuation as separate tokens. */
  text: string;
  /** Where each canonical token starts in `text`, ascending. */
  tokenStart: number[];
  /** For each canonical token, the start/end offsets in the original reply of the words it came from. */
  origStart: number[];
  origEnd: number[];
}

// Typed forms -> canonical words. Apostrophe-less forms are included only where they are not also
// ordinary words ("were", "well", "id" stay as they are).
const REWRITE_TABLE: Record<string, string> = {
  "i'm": 'i am',
  im: 'i am',
  "i've": 'i have',
  ive: 'i have',
  "i'll": 'i will',
  "i'd": 'i would',
  "you're": 'you are',
  youre: 'you are',
  ur: 'your',
  u: 'you',
  r: 'are',
  ya: 'you',
  "you've": 'you have',
  youve: 'you have',
  "you'd": 'you would',
  "you'll": 'you will',
  youll: 'you will',
  "it's": 'it is',
  its: 'it is',
  "that's": 'that is',
  thats: 'that is',
  "what's": 'what is',
  whats: 'what is',
  "there's": 'there is',
  theres: 'there is',
  "here's": 'here is',
  heres: 'here is',
  "he's": 'he is',
  "she's": 'she is',
  shes: 'she is',
  "they're": 'they are',
  theyre: 'they are',
  "we're": 'we are',
  "we've": 'we have',
  weve: 'we have',
  "we'll": 'we will',
  "let's": 'let us',
  lets: 'let us',
  "don't": 'do not',
  dont: 'do not',
  "doesn't": 'does not',
  doesnt: 'does not',
  "didn't": 'did not',
  didnt: 'did not',
  "isn't": 'is not',
  isnt: 'is not',
  "aren't": 'are not',
  arent: 'are not',
  "wasn't": 'was not',
  wasnt: 'was not',
  "weren't": 'were not',
  werent: 'were not',
  "haven't": 'have not',
  havent: 'have not',
  "hasn't": 'has not',
  hasnt: 'has not',
  "hadn't": 'had not',
  hadnt: 'had not',
  "can't": 'can not',
  cant: 'can not',
  cannot: 'can not',
  "couldn't": 'could not',
  couldnt: 'could not',
  "won't": 'will not',
  wont: 'will not',
  "wouldn't": 'would not',
  wouldnt: 'would not',
  "shouldn't": 'should not',
  shouldnt: 'should not',
  "mustn't": 'must not',
  "shan't": 'shall not',
  "needn't": 'need not',
  "mightn't": 'might not',
  "daren't": 'dare not',
  "oughtn't": 'ought not',
  "ain't": 'is not',
  aint: 'is not',
  "should've": 'should have',
  shouldve: 'should have',
  "could've": 'could have',
  couldve: 'could have',
  "would've": 'would have',
  wouldve: 'would have',
  "y'all": 'you',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  kinda: 'kind of',
  sorta: 'sort of',
  dunno: 'do not know',
  idk: 'i do not know',
  tbh: 'to be honest',
  ngl: 'not going to lie',
  rn: 'right now',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  becuase: 'because',
  becasue: 'because',
  beacuse: 'because',
  tho: 'though',
  altho: 'although',
  thru: 'through',
  sry: 'sorry',
  sory: 'sorry',
  sorrry: 'sorry',
  soz: 'sorry',
  sorri: 'sorry',
  srry: 'sorry',
  pls: 'please',
  plz: 'please',
  ok: 'ok',
  okay: 'ok',
  k: 'ok',
  kk: 'ok',
  realy: 'really',
  rly: 'really',
  definately: 'definitely',
  alot: 'a lot',
  beleive: 'believe',
  belive: 'believe',
  freind: 'friend',
  wierd: 'weird',
  untill: 'until',
  responsability: 'responsibility',
  apologise: 'apologize',
  apologised: 'apologized',
  apologising: 'apologizing',
  apologies: 'apologies',
  recieve: 'receive',
  thier: 'their',
  teh: 'the',
  wat: 'what',
  wht: 'what',
  y: 'why',
  abt: 'about',
  bout: 'about',
  nothin: 'nothing',
  somethin: 'something',
  meant: 'meant',
  ment: 'meant',
  hapened: 'happened',
  happend: 'happened',
  happenned: 'happened',
  overeacting: 'overreacting',
  overreactin: 'overreacting',
  'over-reacting': 'overreacting',
};
// Looked up in a Map, not the object: a reply is user text, and "constructor" must not find
// Object.prototype's members.
const REWRITES = new Map(Object.entries(REWRITE_TABLE));

// Words, numbers, currency and the punctuation that shapes a sentence (contrast and questions depend on it).
// Numbers keep their separators ("4,000", "7.5k") and currency signs are words ("£"), because an
// answer to "how much?" is in them.
const TOKEN =
  /\p{N}+(?:[.,:]\p{N}+)*(?:k|m|am|pm|st|nd|rd|th)?\b|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[£$€]|[?!.,;:]|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/gu;

// "'d" is "had" before a past participle ("if you'd been home", "I'd booked the afternoon off"; a
// regular one ends in -ed, but not -eed: "I'd need") and "would" otherwise; "'s" after
// these words is "is", or "has" before a participle ("who's been", "nobody's perfect").
const PARTICIPLE =
  /^(?:been|done|gone|had|got|gotten|told|known|seen|said|left|stayed|come|taken|made|spent|asked|called|tried|lied|kept|let|put|found|heard|thought|wanted|needed|given|broken|hidden|lost|bought|sent|met|drunk|written|paid|slept|felt|meant|forgotten|begun|chosen|driven|eaten|fallen|spoken|stolen|woken|won|\p{L}{2,}(?<!e)ed)$/u;
const IS_CONTRACTED = new Set(
  'nobody everybody everyone someone somebody anyone anybody nothing everything something anything who where how why when this there here what that it he she one'.split(
    ' ',
  ),
);

const UR_IS_YOU_ARE =
  /^(?:\w+ing|always|never|not|so|the|being|just|such|really|too|right|wrong|a|an|gonna|still|literally|actually|my|all|both|being|scared|angry|mad|upset|sad|hurt|paranoid|crazy|overreacting|allowed|welcome|better|worse|obsessed|jealous|acting|making|it|going)$/;
const D_CONTRACTED = new Set('i you we he she they it that there who'.split(' '));

function rewrite(raw: string, next: string | undefined): string {
  // Texted "ur" is "your" before a noun and "you are" before most else ("ur always", "ur the one").
  if (raw === 'ur' && next !== undefined && UR_IS_YOU_ARE.test(next)) return 'you are';
  const table = REWRITES.get(raw);
  if (table !== undefined && !raw.endsWith("'d") && !raw.endsWith("'s")) return table;
  // Whether the next word is a participle matters only for "'d" (tested here, not for every token).
  if (raw.endsWith("'d") && D_CONTRACTED.has(raw.slice(0, -2)))
    return `${raw.slice(0, -2)} ${next !== undefined && PARTICIPLE.test(next) ? 'had' : 'would'}`;
  if (raw.endsWith("'s") && IS_CONTRACTED.has(raw.slice(0, -2))) {
    // "it's done" is passive ("is"); only "been", "got" and "had" make it "has".
    return `${raw.slice(0, -2)} ${next === 'been' || next === 'got' || next === 'gotten' || next === 'had' ? 'has' : 'is'}`;
  }
  return table ?? raw;
}

export function normalizeReply(original: string): NormalizedReply {
  const raws: string[] = [];
  const origStart: number[] = [];
  const origEnd: number[] = [];
  // An exec loop over the shared pattern: matchAll would copy the regex and make an iterator per call.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(original); match !== null; match = TOKEN.exec(original)) {
    const lower = match[0].toLowerCase();
    raws.push(lower.includes('’') ? lower.replaceAll('’', "'") : lower);
    origStart.push(match.index);
    origEnd.push(match.index + match[0].length);
  }
  const parts: string[] = [];
  const tokenStart: number[] = [];
  let pos = 0;
  for (let i = 0; i < raws.length; i++) {
    const canonical = rewrite(raws[i] as string, raws[i + 1]);
    parts.push(canonical);
    tokenStart.push(pos);
    pos += canonical.length + 1;
  }
  return { text: parts.join(' '), tokenStart, origStart, origEnd };
}

/** The token a canonical offset falls in (a separating space belongs to the token after it). */
function tokenAt(n: NormalizedReply, offset: number): number {
  let lo = 0;
  let hi = n.tokenStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((n.tokenStart[mid] as number) - 1 <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps a [start, end) range of the canonical text back to the original reply. */
export function originalSpan(n: NormalizedReply, start: number, end: number): [number, number] {
  if (n.tokenStart.length === 0) return [0, 0];
  const last = Math.max(start, end - 1);
  return [n.origStart[tokenAt(n, start)] ?? 0, n.origEnd[tokenAt(n, last)] ?? 0];
}
