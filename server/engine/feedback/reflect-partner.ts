// Turns the partner's line into something the speaker can say back: "I waited up for you all night"
// becomes "You waited up for me all night". Only sentences where the partner speaks about
// themselves are used, and only up to where the partner starts saying what the speaker did or
// felt: swapping pronouns in "You never loved me" or "I know you don't care" would put a false
// confession in the speaker's mouth ("I never loved you", "You know I don't care").

/** A sentence the partner says about themselves: "I ...", "I'm ...", "My ...". */
const ABOUT_THEMSELVES = /^(?:i|i'm|i've|i'd|i'll|my)\b/i;
/** Spoken openers that add nothing to a reflection ("So, I ...", "Look, I ..."). */
const LEAD_IN = /^(?:(?:so|and|but|well|look|honestly|right|okay|ok|oh|no|yes|yeah|listen)\b[,.]?\s+)+/i;
const SENTENCE_BREAK = /(?<=[.!?…])\s+/;
const CLAUSE_BREAK = /[,;:—–]/;
const WORD_OR_GAP = /[A-Za-z]+(?:'[A-Za-z]+)*|[^A-Za-z]+/g;
const CLAUSE_PUNCTUATION = /[,.;:!?—–()]/;

/** Where a sentence may be cut before "you did...": "I trusted you and you lied" -> "I trusted you". */
const CLAUSE_START = new Set(
  'and but or because cause when so if while since until before after though although then that'.split(' '),
);
/** A clause after a comma that turns to telling the speaker what to do ("..., so don't ..."). */
const COMMAND_TAIL = /\s*[,;:—–]\s*(?:so |and )?(?:don't|do not|stop|please|just|get|go|sit|look|listen)\b.*$/i;
// Lines that react to the conversation itself ("I heard you", "I appreciate that") make odd words
// to say back; lines about what the partner lived through or feels make good ones. What the partner
// will do or wants ("I will find out another way", "I'd like to know how he knew") is theirs to say,
// not the speaker's to say back.
const ABOUT_THE_TALK =
  /\b(?:believe|believed|hear|heard|appreciate|follow|understand|argue|arguing|argument|ask|asked|asking|answer|answers|question|questions|speech|explain|explanation|justify|reasons?|logic|point|noted|listen|listening|talk|talking|conversation|say|said|saying|sorry|apologising|apologizing|thank|thanks|kettle|tea)\b/i;
const INTENT_OR_REQUEST =
  /^(?:i will|i'll|i'm going to|i am going to|i'd like|i would like|i want to know|i need to know|i'd rather|i would rather|i won't|i will not)\b/i;
const LIVED =
  /\b(?:hurt|hurts|angry|furious|sad|scared|afraid|frightened|alone|lonely|stupid|humiliated|ashamed|embarrassed|tired|exhausted|numb|sick|awake|cried|crying|cry|waited|waiting|wait|trusted|trust|thought|found|read|saw|seen|knew|felt|feel|feeling|lost|miss|missed|counted|checked|checking|remember|remembered|defended|lied|lying|wonder|wondering|heart|carrying|pretending|shaking|believing)\b/i;
/** A reflection cut short at one of these would trail off ("You counted back from"). */
const TRAILS_OFF =
  /\b(?:from|to|for|with|at|of|in|on|about|by|the|a|an|my|your|our|is|isn't|was|wasn't|were|are|am|be|been)$/i;
const PAST_TENSE =
  /\b(?:[a-z]{3,}ed|sat|kept|went|came|drove|stood|lay|slept|left|sent|spent|got|made|took|gave|rang|ran|sang|wrote|bought|brought|caught|taught|fought|held|hid|paid|sold|woke|wore)\b/i;

const MIN_WORDS = 4;
const MAX_WORDS = 14;

const SWAP: Readonly<Record<string, string>> = {
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
};

// "to be" is the one verb whose form changes between I and you.
const AFTER_NEW_YOU: Readonly<Record<string, string>> = {
  am: 'are',
  was: 'were',
  "wasn't": "weren't",
};
const SPEAKER_AS_SUBJECT = new Set(["you're", "you've", "you'd", "you'll"]);

// "you" after these is the object ("waited for you"); before a verb it is the subject ("you lied").
const OBJECT_AFTER = new Set(
  'for to with at about from of on in by without against toward towards behind around near into onto over under'.split(
    ' ',
  ),
);
const OBJECT_BEFORE = new Set(
  'all with to for at in on about from of and or but so too more the a an this that anything everything nothing something again back up down out off because when if then now here there every once twice like than as before after since until while alone anymore ever last tonight today yesterday first both any some my your his her our their what how why where enough either completely totally deeply fully blindly entirely absolutely dearly unconditionally so much'.split(
    ' ',
  ),
);

// Partner lines come from a scenario's finite set, so most turns repeat one already seen. A bounded
// memo keeps this off the per-turn cost; it holds only results of a pure function, so replay is unaffected.
const MEMO_LIMIT = 512;
const memo = new Map<string, string | null>();

/** The partner's line said back in the speaker's voice, without final punctuation; null if no sentence fits. */
export function reflectPartner(line: string | undefined): string | null {
  if (!line) return null;
  const known = memo.get(line);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const said = bestReflection(line);
  memo.set(line, said);
  return said;
}

function bestReflection(line: string): string | null {
  let best: string | null = null;
  // Only what the partner lived through is worth saying back: "You got a puncture on the way home"
  // followed by "it's on me" reads as owning the puncture. A bare past-tense event is not enough.
  let bestScore = 1;
  for (const raw of line.replace(/[’‘]/g, "'").split(SENTENCE_BREAK)) {
    const sentence = usableSentence(raw);
    const said = sentence && swapPronouns(sentence);
    if (!said || wordCount(said) < MIN_WORDS) continue;
    const score = (LIVED.test(said) ? 2 : 0) + (PAST_TENSE.test(said) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [said, score];
  }
  return best && capitalize(best);
}

function usableSentence(raw: string): string | null {
  let s = raw.trim();
  if (s === '' || s.endsWith('?')) return null;
  s = s.replace(/[.!…]+$/, '').replace(LEAD_IN, '');
  // Cheapest test first: most sentences are not about the partner themselves.
  if (!ABOUT_THEMSELVES.test(s) || /["“”]/.test(s) || ABOUT_THE_TALK.test(s) || INTENT_OR_REQUEST.test(s)) return null;
  s = s.replace(COMMAND_TAIL, '');
  if (wordCount(s) > MAX_WORDS) s = firstClause(s);
  return wordCount(s) <= MAX_WORDS ? s : null;
}

function firstClause(s: string): string {
  const at = s.search(CLAUSE_BREAK);
  return at === -1 ? s : s.slice(0, at).trim();
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** The sentence in the speaker's voice, stopping before any clause about what the speaker did. */
function swapPronouns(sentence: string): string {
  const parts = sentence.match(WORD_OR_GAP) ?? [];
  let verbSwap: Readonly<Record<string, string>> | null = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (!/^[A-Za-z]/.test(part)) {
      if (CLAUSE_PUNCTUATION.test(part)) verbSwap = null;
      continue;
    }
    const lower = part.toLowerCase();
    if (verbSwap && Object.hasOwn(verbSwap, lower)) {
      parts[i] = verbSwap[lower] as string;
      verbSwap = null;
      continue;
    }
    verbSwap = null;
    if (SPEAKER_AS_SUBJECT.has(lower) || (lower === 'you' && isSubject(parts, i))) return cutBefore(parts, i);
    if (lower === 'you') {
      parts[i] = 'me';
    } else if (Object.hasOwn(SWAP, lower)) {
      parts[i] = SWAP[lower] as string;
      if (lower === 'i') verbSwap = AFTER_NEW_YOU;
    }
  }
  return parts.join('');
}

/**
 * The sentence up to where the partner starts on what the speaker did: at a comma, or at a word that
 * starts a clause ("and", "because"). '' when it cannot be cut cleanly ("I know you ...").
 */
function cutBefore(parts: string[], i: number): string {
  const gap = parts[i - 1] ?? '';
  if (CLAUSE_PUNCTUATION.test(gap)) {
    const before = parts
      .slice(0, i - 1)
      .join('')
      .trim();
    return TRAILS_OFF.test(before) ? '' : before;
  }
  const prev = neighbourWord(parts, i, -1);
  if (!prev || !CLAUSE_START.has(prev)) return '';
  const before = parts
    .slice(0, i - 2)
    .join('')
    .replace(/[\s,;:—–]+$/, '');
  return TRAILS_OFF.test(before) ? '' : before;
}

function isSubject(parts: string[], i: number): boolean {
  const prev = neighbourWord(parts, i, -1);
  if (prev && OBJECT_AFTER.has(prev)) return false;
  const next = neighbourWord(parts, i, 1);
  return next !== null && !OBJECT_BEFORE.has(next);
}

/** The word next to parts[i] in the same clause, lower-cased; null across punctuation or at the edge. */
function neighbourWord(parts: string[], i: number, step: 1 | -1): string | null {
  const gap = parts[i + step];
  const word = parts[i + 2 * step];
  if (gap === undefined || word === undefined || CLAUSE_PUNCTUATION.test(gap)) return null;
  return word.toLowerCase();
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
