// The reply as the crisis patterns read it: one canonical spelling for the many ways people type the
// same words, so a pattern is written once. "im gonna kms", "I'm going to kill myself" and "i am going
// to kil myslef" all read "i am going to kill myself".
//
// Steps, each small enough to audit:
// 1. lower case, straight apostrophes, and apostrophes dropped ("don't" and "dont" are one word);
// 2. sentence ends (. ! ? ; : and line breaks) become a " . " token: patterns never reach across one;
//    every other mark becomes a space;
// 3. a letter typed three or more times counts twice ("sooo", "killll");
// 4. each word is looked up in TEXTING (contractions, texting, slang) and then in the typo table,
//    which reads a word one slip away from a KEY_WORD (a missing, extra, swapped or wrong letter) as
//    that word. Key words are long and have no real English word one slip away, so nothing ordinary
//    is misread ("overdoes" is the one exception, listed in NOT_TYPOS).
// The result has single spaces and a space at both ends, so a pattern can use " word " or \b.

/** Contractions, texting and slang, written out. Keys are words with their apostrophes removed. */
const TEXTING: Record<string, string> = {
  // Contractions.
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  cnt: 'can not',
  wont: 'will not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  aint: 'am not',
  im: 'i am',
  iam: 'i am',
  ive: 'i have',
  ill: 'i will',
  id: 'i would',
  youre: 'you are',
  youll: 'you will',
  youd: 'you would',
  youve: 'you have',
  theyre: 'they are',
  theyll: 'they will',
  theyd: 'they would',
  itll: 'it will',
  itd: 'it would',
  its: 'it is',
  thats: 'that is',
  theres: 'there is',
  whats: 'what is',
  hes: 'he is',
  shes: 'she is',
  // Texting and speech.
  dnt: 'do not',
  gonna: 'going to',
  gunna: 'going to',
  gona: 'going to',
  finna: 'going to',
  imma: 'i am going to',
  ima: 'i am going to',
  wanna: 'want to',
  wana: 'want to',
  wnna: 'want to',
  gotta: 'got to',
  tryna: 'trying to',
  dunno: 'do not know',
  idk: 'i do not know',
  idc: 'i do not care',
  tbh: '',
  ngl: '',
  lol: '',
  lmao: '',
  smh: '',
  fr: 'for real',
  rn: 'right now',
  atm: 'right now',
  u: 'you',
  ya: 'you',
  yu: 'you',
  ur: 'your',
  r: 'are',
  b: 'be',
  n: 'and',
  '2': 'to',
  '4': 'for',
  b4: 'before',
  bc: 'because',
  bcuz: 'because',
  becuz: 'because',
  cuz: 'because',
  cos: 'because',
  coz: 'because',
  wud: 'would',
  wld: 'would',
  cud: 'could',
  cld: 'could',
  shud: 'should',
  shld: 'should',
  wat: 'what',
  wot: 'what',
  wut: 'what',
  abt: 'about',
  bout: 'about',
  jus: 'just',
  jst: 'just',
  rly: 'really',
  realy: 'really',
  tho: 'though',
  thru: 'through',
  wiv: 'with',
  wen: 'when',
  ppl: 'people',
  evry1: 'everyone',
  every1: 'everyone',
  some1: 'someone',
  any1: 'anyone',
  ne1: 'anyone',
  no1: 'no one',
  noone: 'no one',
  nobody: 'no one',
  nothin: 'nothing',
  nuthin: 'nothing',
  nthn: 'nothing',
  somethin: 'something',
  sumthin: 'something',
  anythin: 'anything',
  lyf: 'life',
  liv: 'live',
  livin: 'living',
  dyin: 'dying',
  dieing: 'dying',
  goin: 'going',
  thinkin: 'thinking',
  feelin: 'feeling',
  tryin: 'trying',
  tonite: 'tonight',
  nite: 'night',
  tonights: 'tonight is',
  todays: 'today is',
  tomorrows: 'tomorrow is',
  nobodys: 'no one is',
  noones: 'no one is',
  wnat: 'want',
  wnt: 'want',
  wamt: 'want',
  wabt: 'want',
  tnite: 'tonight',
  '2nite': 'tonight',
  '2night': 'tonight',
  tn: 'tonight',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  tmw: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2mrw': 'tomorrow',
  tomoz: 'tomorrow',
  meself: 'myself',
  mself: 'myself',
  kil: 'kill',
  kll: 'kill',
  kiil: 'kill',
  killin: 'killing',
  kiling: 'killing',
  cuting: 'cutting',
  cuttin: 'cutting',
  ded: 'dead',
  pils: 'pills',
  pillz: 'pills',
  diee: 'die',
  // Slang for self-harm and suicide.
  kms: 'kill myself',
  kmsl: 'kill myself',
  kys: 'kill yourself',
  unalive: 'kill',
  unaliving: 'killing',
  sh: 'self harm',
  selfharm: 'self harm',
  selfharming: 'self harming',
};

/** Long words people misspell under stress; one slip from any of them reads as the word. */
export const KEY_WORDS = [
  'suicide',
  'suicidal',
  'myself',
  'anymore',
  'overdose',
  'everyone',
  'everything',
  'everybody',
  'goodbye',
  'tomorrow',
  'paracetamol',
  'painkillers',
  'yourself',
] as const;

/** Real words one slip from a key word: never corrected. */
const NOT_TYPOS = new Set(['overdoes', 'ourself']);

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one slip from a key word (deleted, added, swapped or wrong letter) -> the key word. */
function typoTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (variant: string, word: string) => {
    if (variant !== word && !NOT_TYPOS.has(variant) && !table.has(variant)) table.set(variant, word);
  };
  for (const word of KEY_WORDS) {
    for (let i = 0; i <= word.length; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (tail.length > 0) add(head + tail.slice(1), word);
      if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2), word);
      for (const letter of LETTERS) {
        add(head + letter + tail, word);
        if (tail.length > 0) add(head + letter + tail.slice(1), word);
      }
    }
  }
  return table;
}

const TYPOS = typoTable();

/** Contractions that read as other words once their apostrophe goes ("he'll" is not "hell"). */
const APOSTROPHE_WORDS: Record<string, string> = {
  "he'll": 'he will',
  "she'll": 'she will',
  "we'll": 'we will',
  "it'll": 'it will',
  "he'd": 'he would',
  "she'd": 'she would',
  "we'd": 'we would',
  "we're": 'we are',
};

const SPELLED = new Map<string, readonly string[]>(
  [...Object.entries(TEXTING), ...Object.entries(APOSTROPHE_WORDS)].map(([word, written]) => [
    word,
    written === '' ? [] : written.split(' '),
  ]),
);

const CURLY = /[\u2018\u2019\u02bc`]/;
const ALL_CURLY = new RegExp(CURLY.source, 'g');
const REPEATED = /([a-z])\1{2,}/;
const ALL_REPEATED = new RegExp(REPEATED.source, 'g');
/** Short words that are never a typo of a key word (the shortest variant is five letters long). */
const SHORTEST_TYPO = Math.min(...[...TYPOS.keys()].map((typo) => typo.length));

/** The reply as the patterns read it: " i do not want to be here anymore . " */
export function crisisText(text: string): string {
  return ` ${crisisWords(text).join(' ')} `;
}

/**
 * The canonical words of a reply, with "." for each sentence end. A hand-written scanner rather
 * than a regular expression: it runs on every reply and this is most of the cost.
 */
export function crisisWords(text: string): string[] {
  let lower = text.toLowerCase();
  if (CURLY.test(lower)) lower = lower.replace(ALL_CURLY, "'");
  if (REPEATED.test(lower)) lower = lower.replace(ALL_REPEATED, '$1$1');
  const words: string[] = [];
  const length = lower.length;
  let i = 0;
  while (i < length) {
    const code = lower.charCodeAt(i);
    if (isWordCode(code)) {
      let end = i + 1;
      let apostrophe = false;
      while (end < length) {
        const next = lower.charCodeAt(end);
        if (isWordCode(next)) end += 1;
        else if (next === APOSTROPHE && isWordCode(lower.charCodeAt(end + 1))) {
          apostrophe = true;
          end += 1;
        } else break;
      }
      const token = lower.slice(i, end);
      // "w/o", "w/", "b/c": the few signs people type for words.
      if (lower.charCodeAt(end) === SLASH && (token === 'w' || token === 'b')) {
        const afterSlash = lower.charCodeAt(end + 1);
        if (token === 'w' && afterSlash === O && !isWordCode(lower.charCodeAt(end + 2))) {
          words.push('without');
          i = end + 2;
        } else if (token === 'b' && afterSlash === C && !isWordCode(lower.charCodeAt(end + 2))) {
          words.push('because');
          i = end + 2;
        } else {
          words.push(token === 'w' ? 'with' : token);
          i = end + 1;
        }
        continue;
      }
      addWord(words, token, apostrophe);
      i = end;
    } else {
      if (isSentenceEnd(code)) {
        if (words.length > 0 && words[words.length - 1] !== '.') words.push('.');
      } else if (code === AMPERSAND) words.push('and');
      i += 1;
    }
  }
  return words;
}

const APOSTROPHE = 39;
const SLASH = 47;
const AMPERSAND = 38;
const O = 111;
const C = 99;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isSentenceEnd(code: number): boolean {
  // . ! ? ; : and line breaks
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 10 || code === 13;
}

function addWord(words: string[], token: string, apostrophe: boolean): void {
  const spelled = SPELLED.get(token);
  if (spelled !== undefined) {
    for (const part of spelled) pushJoined(words, part);
    return;
  }
  const bare = apostrophe ? token.replaceAll("'", '') : token;
  const written = apostrophe ? SPELLED.get(bare) : undefined;
  if (written !== undefined) {
    for (const part of written) pushJoined(words, part);
    return;
  }
  pushJoined(words, bare.length >= SHORTEST_TYPO ? (TYPOS.get(bare) ?? bare) : bare);
}

const HE_SHE_IT = new Set(['he', 'she', 'it']);

/** Adds a word, joining the pairs people also write as one word ("my self", "any more"). */
function pushJoined(words: string[], word: string): void {
  const last = words.length - 1;
  const before = words[last];
  if (before === 'my' && word === 'self') words[last] = 'myself';
  else if (before === 'any' && (word === 'more' || word === 'longer')) words[last] = 'anymore';
  else if (before === 'good' && word === 'bye') words[last] = 'goodbye';
  else if (before === 'every' && word === 'one') words[last] = 'everyone';
  else if (before === 'self' && word === 'harming') words.push('harm');
  else if (before === 'is' && word === 'been' && HE_SHE_IT.has(words[last - 1] ?? '')) {
    words[last] = 'has';
    words.push(word);
  } else words.push(word);
}
