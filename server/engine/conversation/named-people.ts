// Who a who-answer names, for contradicts-truth.ts: the user ("I did", "It was me", "I messaged him
// first"), nobody ("Nobody.", "No one knew", "Just me"), or someone else ("He kept texting me",
// "Daniel did", "My sister knew", "I told Hannah"), with the names said as the answer. A true answer
// is read by its first sentence ("I did." is the user; "I told Hannah." names Hannah) and keeps
// every name it has; a reply counts only what it says as the answer, sentence by sentence, so "Ag,
// I'm so sorry" and "It was Gav's birthday" name no one. "I told my sister Hannah" names Hannah, and
// whom someone else told ("...and she told Graham") is further down the chain, not the answer.
import { sentencesOf } from '../sentences.js';

export interface People {
  /** "I did", "It was me", "I messaged him first". */
  self: boolean;
  /** "Nobody", "No one knew", "Just me", "I kept it to myself". */
  nobody: boolean;
  /** Someone other than the user: "He did", "Him", "My sister knew", "Daniel". */
  someone: boolean;
  names: Set<string>;
}

/** Words that open a sentence with a capital and are no one's name. */
const NOT_NAMES = new Set(
  `i i'm i've i'd i'll it it's the a an we you he she they him her them me my our your his their this that these those there
  then yes no nope yeah yep nobody noone nothing nowhere everyone everybody someone somebody anyone anybody both all none
  just only not well so and but or because look listen okay ok oh um erm please sorry fine right sure whatever what who
  why when where how mum mam mom dad mummy daddy nan nana gran granny grandma grandad grandpa god jesus christ christmas
  easter monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december instagram facebook whatsapp snapchat twitter tiktok hr mi thanks nowt owt lord
  heaven at in on of for to from by with after before since as if even still also maybe perhaps probably course first
  last next ah ha hmm mm alright good great
  everything anything something once twice one two three four five six seven eight nine ten`.split(/\s+/),
);
const NAME = String.raw`\p{Lu}[\p{L}'\u2019-]*`;
/** What a person does in a who-answer: "Daniel did", "Dev knew", "He kept texting me", "She found me". */
const PERSON_VERB = String.raw`(?:did|does|knew|knows|know|had known|has known|found out|got in touch|started|messaged|texted|contacted|rang|called|phoned|emailed|found|reached|kept|made|asked|came|sent|wrote|added|followed|told|heard|was the one|was first)\b`;
/** Ways of making contact: "I messaged him" says who got in touch, first or not. */
const CONTACTED = `(?:messaged|texted|contacted|rang|called|phoned|emailed|wrote to|reached out to|got in touch with|found|added|followed|dm'?d|sent)`;
const OPENER_WORDS = [
  'well',
  'honestly',
  'um',
  'erm',
  'so',
  'okay',
  'ok',
  'yes',
  'yeah',
  'no',
  'look',
  'actually',
  'sorry',
  'fine',
  'right',
];
/** Words a reply may open with before its answer, in either case (the name readers below are case-sensitive). */
const OPENERS = String.raw`(?:(?:${OPENER_WORDS.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|')})[,.!]?\s+)*`;
const NEGATED_SUBJECT = String.raw`(?!(?:not|didn't|did not|doesn't|does not|don't|do not|wasn't|was not|weren't|hasn't|has not|haven't|have not|never|hadn't|can't|couldn't|won't|wouldn't)\b)`;
const SELF = new RegExp(
  String.raw`(?:^|[.!;,]\s*|\b(?:and|but)\s+)${OPENERS}(?:it was me\b|me\b(?! (?:and|too)\b)|myself\b|i did\b(?! not\b)|i was the one\b|i was first\b|i ${NEGATED_SUBJECT}(?:\S+\s+){1,4}first\b|i (?:reached out|got in touch|started it|made the first)|i ${CONTACTED} (?:him|her|them|${NAME})\b)`,
  'iu',
);
/** "Nobody.", "No one knew.", "Just me.": not "Nobody's perfect" or "Nobody got hurt". */
const NOBODY = new RegExp(
  String.raw`(?:^|[.!;,]\s*)${OPENERS}(?:(?:nobody|no one|no-one|not a soul|not anyone|not anybody|none of them)(?: else)?(?=\s*(?:[.!,;]|$)|(?:\s+\S+){0,2}?\s+(?:knew|knows|know|has known|had known|found out|was there|was with me|did)\b)|(?:just|only) (?:me|myself)\b|i (?:didn't|did not|never|haven't|have not) (?:tell|told) (?:anyone|anybody|a soul)\b|(?:i )?kept it to myself\b|(?:i was )?(?:on my own|by myself|alone)\b)(?![^.,;!]*\b(?:but|except|apart from|other than|besides)\b)`,
  'iu',
);
const PERSON = `(?:friend|mate|pal|sister|brother|mum|mam|mom|dad|mother|father|wife|husband|partner|boss|manager|colleague|workmate|neighbour|sponsor|cousin|aunt|auntie|uncle|son|daughter|kids|children|family|parents|team|therapist|counsellor|doctor|ex|girlfriend|boyfriend)s?`;
/** A sentence that opens with someone else doing it: "He kept texting me.", "She knew.", "My sister." */
const SOMEONE_OPENS = new RegExp(
  String.raw`^${OPENERS}(?:(?:he|she)\s+${NEGATED_SUBJECT}(?:\S+\s+)?${PERSON_VERB}|they\s+${NEGATED_SUBJECT}(?:both\s+|all\s+)?${PERSON_VERB}|(?:it was |just |only )?(?:him|her|them)(?=\s*(?:[.!,;]|$|first\b|actually\b|not me\b))|(?:someone|somebody|everyone|everybody|a few people|both of them|all of them|(?:my|our|your|his|her|their|a|the)\s+(?:\S+\s+)?${PERSON})(?=\s*[.!]?\s*$|\s+${NEGATED_SUBJECT}${PERSON_VERB}))`,
  'iu',
);
const NEGATED_BEFORE = /(?:\b(?:not|never|no)\b|n't\b)(?:\s+\S+){0,3}\s*$/i;
/**
 * Who someone is to the user, said before their name: "my sister Hannah", "our friend, Sam", "my
 * best mate Dev". The name that follows is the person named ("I told my sister Hannah" names
 * Hannah): read past, the name was lost and only a later one ("and she told Graham") was heard.
 */
const WHO_THEY_ARE = String.raw`(?:(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+(?:\p{Ll}+\s+)?${PERSON},?\s+)?`;
/**
 * Named as the answer: "It was Dev.", "Just Ravi and Sophie.", the name doing what was asked
 * ("Daniel did.", "Dev knew"), or told ("I told Hannah."). A capital that opens a sentence is no
 * name on its own: "Twice, in October.", "Ag, I'm so sorry.", "Alright.", "Pole." (so a bare
 * "Mark." is not read either, and never differs).
 */
const ANY_NAME = new RegExp(NAME, 'gu');
// Not "It was Gav's birthday".
const TOLD_OR_IT_WAS = new RegExp(String.raw`\b(?:[Tt]old|[Ii]t was)\s+${WHO_THEY_ARE}(${NAME})(?<!['\u2019]s)`, 'dgu');
// With their places ('d'), so a name can be told from an adverb that opens the sentence.
const NAMED = [
  new RegExp(
    String.raw`^${OPENERS}(?:(?:[Ii]t was |[Jj]ust |[Oo]nly )${WHO_THEY_ARE}(${NAME})(?:,?\s+and\s+(${NAME}))?\s*[.!]?\s*$|${WHO_THEY_ARE}(${NAME})(?:,?\s+and\s+(${NAME}))?\s+${NEGATED_SUBJECT}${PERSON_VERB})`,
    'dgu',
  ),
  TOLD_OR_IT_WAS,
];
/** Nothing before a word but the words a reply may open with: it opens the sentence. */
const AT_THE_OPENING = new RegExp(String.raw`^[\s"'\u201c(]*${OPENERS}$`, 'u');
/**
 * "Honestly", "Really", "Finally" open a sentence with a capital as a name does, so a word ending in
 * -ly that opens one is taken for an adverb unless it is a name people have. Inside a sentence a
 * capital is a name's own, so "It was Emily." and "I told Kelly." need no list.
 */
const NAMES_ENDING_LY = new Set(
  'emily lily lilly holly kelly molly polly sally billy milly tilly dolly nelly ally olly elly carly shelly beverly kimberly'.split(
    ' ',
  ),
);

export function readPeople(text: string, isTruth: boolean): People {
  const sentences = sentencesOf(text).map((s) => s.text.replace(/[\u2018\u2019]/g, "'"));
  const people: People = { self: false, nobody: false, someone: false, names: new Set() };
  // The truth's own opening decides what it is: "I did." is the user; "I told Hannah." names Hannah.
  const read = isTruth ? sentences.slice(0, 1) : sentences;
  for (const sentence of read) {
    if (SELF.test(sentence)) people.self = true;
    if (NOBODY.test(sentence)) people.nobody = true;
    if (SOMEONE_OPENS.test(sentence)) people.someone = true;
  }
  for (const sentence of sentences) {
    if (isTruth && (people.self || people.nobody)) break;
    for (const name of namesIn(sentence, isTruth)) people.names.add(name);
  }
  if (!isTruth && people.names.size > 0) people.someone = true;
  return people;
}

/** The truth's names are any it has; a reply's, only those said as the answer. */
function namesIn(sentence: string, isTruth: boolean): string[] {
  const candidates: Array<{ word: string; at: number }> = isTruth
    ? [...sentence.matchAll(ANY_NAME)].map((m) => ({ word: m[0], at: m.index ?? 0 }))
    : NAMED.flatMap((pattern) => [...sentence.matchAll(pattern)])
        // "I haven't told Geoff" names no one who knows.
        .filter((m) => !NEGATED_BEFORE.test(sentence.slice(0, m.index ?? 0)))
        .filter((m) => !toldBySomeoneElse(sentence, m))
        .flatMap((m) =>
          [1, 2, 3, 4].flatMap((group) => {
            const word = m[group];
            const at = m.indices?.[group]?.[0];
            return word === undefined || at === undefined ? [] : [{ word, at }];
          }),
        );
  return (
    candidates
      .map(({ word, at }) => ({ word: word.replace(/['\u2019]s$/, '').toLowerCase(), at }))
      // "You'd", "I've", "That'll": a contraction is no name.
      .filter(({ word }) => !/['\u2019]/.test(word))
      .filter(({ word, at }) => !NOT_NAMES.has(word) && !adverbOpening(sentence, word, at))
      .map(({ word }) => word)
  );
}

/**
 * "...and she told Graham", "Hannah had told Graham": whom someone else told is further down the
 * chain, not the answer. Read as one, "I told my sister, and she told Graham" named only Graham
 * against the truth's Hannah, and a truthful answer was heard as another story.
 */
function toldBySomeoneElse(sentence: string, match: RegExpMatchArray): boolean {
  if (!/^[Tt]old\b/.test(match[0])) return false;
  // "Hannah, who told Graham": the one before "who" told.
  const before = sentence.slice(0, match.index ?? 0).replace(/,?\s+who\s*$/i, ' ');
  const words = (before.split(CLAUSE_BREAK).at(-1) ?? '').trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && TELLING_AUXILIARY.has((words.at(-1) as string).toLowerCase())) words.pop();
  const teller = (words.at(-1) ?? '').replace(/['\u2019](?:d|s|ve)$/, '');
  if (/^(?:he|she|they)$/i.test(teller) || PERSON_NOUN.test(teller)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(teller) && !NOT_NAMES.has(teller.toLowerCase());
}

const CLAUSE_BREAK = /[,;:\u2014]|\b(?:and|but|so)\s/;
/** Words between who told and "told": "she had told", "Hannah then told", "he must have told". */
const TELLING_AUXILIARY = new Set("had has have then also later just already must might must've".split(' '));
const PERSON_NOUN = new RegExp(`^${PERSON}$`, 'i');

function adverbOpening(sentence: string, word: string, at: number): boolean {
  return /ly$/.test(word) && !NAMES_ENDING_LY.has(word) && AT_THE_OPENING.test(sentence.slice(0, at));
}

/**
 * Someone else against "I did" or "nobody"; nobody, or only names the truth does not have, against
 * a truth that names someone. A pronoun ("He did.") against a name could be that person: not read.
 */
export function differentPerson(truth: People, reply: People): boolean {
  if (truth.self) return reply.someone && !reply.self;
  if (truth.nobody) return reply.someone && !reply.nobody;
  if (truth.names.size === 0) return false;
  if ([...reply.names].some((name) => truth.names.has(name))) return false;
  if (reply.nobody && !reply.someone) return true;
  return reply.names.size > 0;
}
