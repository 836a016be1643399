// How a reply sits against the partner's own words: does it put a smaller number on what they said
// ("Five thousand. Not eight."), or a bigger one ("Seven months, not six": precision, not
// correction)? Does it deny their words ("Not since spring.", "It wasn't the same place")? Does it
// make the partner the one who acts ("bills you ran up", "than you do")? Taxonomy v2: correcting the
// partner's account to make it smaller is defending; making it exact or bigger is an answer.
import { normalizeReply } from './normalize-reply.js';
import { MULTIPLIERS, NUMBER_WORDS } from './number-words.js';
import { replyWords, stem, type WordInfo } from './reply-words.js';

export interface PartnerEcho {
  /** The reply's numbers against the partner's: 'smaller', 'bigger', 'same' or undefined (nothing to compare). */
  numbers?: 'smaller' | 'bigger' | 'same';
  /** A "not" within a few words before one of the partner's content words. */
  negatesTheirWords: boolean;
  /** The partner as the one who acts ("you ran up", "you never", "your brother happened"). */
  partnerActs: boolean;
  /** How many of the partner's content words the reply says back (stemmed). */
  sharedWords: number;
}

/** The quantities a canonical text names, in order ("five thousand" is 5000, "£2,000" is 2000). */
export function quantitiesOf(canonical: string): number[] {
  const out: number[] = [];
  const tokens = canonical.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    let value: number | undefined;
    const digits = /^(\d+(?:[.,]\d+)*)(k|m)?$/.exec(t);
    if (digits) {
      value = Number((digits[1] as string).replace(/,/g, ''));
      if (digits[2] === 'k') value *= 1000;
      if (digits[2] === 'm') value *= 1_000_000;
    } else if (NUMBER_WORDS.has(t) && t !== 'a' && t !== 'an') value = NUMBER_WORDS.get(t);
    else if ((t === 'a' || t === 'an') && MULTIPLIERS.has(tokens[i + 1] ?? '')) value = 1;
    if (value === undefined || Number.isNaN(value)) continue;
    // "five thousand", "two hundred and fifty", "a couple of grand"
    while (i + 1 < tokens.length) {
      const next = tokens[i + 1] as string;
      if (MULTIPLIERS.has(next) && value < 1000) {
        value *= NUMBER_WORDS.get(next) as number;
        i++;
      } else if (next === 'of' || next === 'and' || next === 'a') {
        const after = tokens[i + 2] ?? '';
        if (!MULTIPLIERS.has(after)) break;
        i++;
      } else break;
    }
    out.push(value);
  }
  return out;
}

/** Words too common to show that the partner's words are being said back. */
export const STOP = new Set(
  'i me my you your it its the a an and or but so of to in on at for with from is am are was were be been do did does have has had not no yes just that this what when where why how who all any some there here then than too very really'.split(
    ' ',
  ),
);

// "you" doing something the speaker holds against them; not the partner feeling, asking, finding out
// or deserving (that is listening).
const PARTNER_ACTS =
  /\b(?:you|your (?:brother|sister|mum|mom|mother|dad|father|family|friends?|boss|job|work|drinking|spending|nagging|checking|snooping)) (?:never|always|ran|run|spent|spend|made|make|took|take|started|start|kept|keep|expected|expect|went|go|left|leave|pushed|push|stopped|stop|have|had|do|did|would|will|are always|were always|are never|were never|happened|nag|nagged|check|checked|snoop|snooped|watch|watched|get|got|ignored|ignore|forgot|forget|refused|refuse|wanted|want|think|thought|act|acted|blow|blew|put|told|tell|said|say|know|knew|can not|could not|did not|do not|have not|had not|were not|are not|will not|would not|should)\b/;
const LISTENING_AFTER_YOU =
  /\byou (?:(?:said|say|told me|asked|feel|felt|found out|found|saw|had to|needed|wanted|thought|believed|were right|are right|deserve|deserved|trusted|waited|did not deserve|do not deserve|have every|had every|must|might|may|can (?:ask|see|check|have|read|look|call)|do not have to|did not have to|are not|were not) )/;

interface TheirWords {
  /** The line's canonical text (normalizeReply). */
  text: string;
  stems: Set<string>;
  quantities: number[];
  /** Every word of the line and its stem, stop words too ("every", "all"); made when first asked for. */
  all?: Set<string>;
}

/**
 * How many partner lines a cache keeps before it starts again: the same line is answered on every
 * turn until the partner speaks again, and a long-running server must not keep every line it met.
 */
export const PARTNER_LINES_KEPT = 8192;

const THEIRS = new Map<string, TheirWords>();
function theirWords(partner: string): TheirWords {
  let words = THEIRS.get(partner);
  if (!words) {
    const text = normalizeReply(partner).text;
    words = {
      text,
      stems: new Set(
        text
          .split(' ')
          .filter((w) => w.length > 2 && !STOP.has(w) && /^[a-z]+$/.test(w))
          .map(stem),
      ),
      quantities: quantitiesOf(text).filter((x) => x > 1),
    };
    if (THEIRS.size >= PARTNER_LINES_KEPT) THEIRS.clear();
    THEIRS.set(partner, words);
  }
  return words;
}

/** Every word of the partner's line and its stem, kept with their words (nothing-to-correct reads it). */
export function partnerWordSet(partner: string): ReadonlySet<string> {
  const words = theirWords(partner);
  if (!words.all) {
    const all = words.text.split(' ').filter((w) => /^[a-z0-9']+$/.test(w));
    words.all = new Set([...all, ...all.map(stem)]);
  }
  return words.all;
}

/** The partner's line in canonical form, kept with their words: the question reader reads it too. */
export function partnerCanonical(partner: string): string {
  return theirWords(partner).text;
}

export function partnerEcho(replyCanonical: string, partner: string | undefined): PartnerEcho {
  const partnerActs = PARTNER_ACTS.test(replyCanonical) && !onlyListening(replyCanonical);
  if (!partner) return { negatesTheirWords: false, partnerActs, sharedWords: 0 };
  const theirs = theirWords(partner);
  // One pass over the reply's words: the partner's words said back, and a "not" before one of them.
  const words = replyWords(replyCanonical);
  const seen = new Set<string>();
  let negatesTheirWords = false;
  let notAt = -4;
  for (let i = 0; i < words.count; i++) {
    const w = words.word[i] as string;
    if (w === 'not' || w === 'never') notAt = i;
    else if (w.length > 2 && !STOP.has(w) && (words.info[i] as WordInfo).ascii) {
      // All letters, no apostrophe: the bare word is the word.
      const s = (words.info[i] as WordInfo).bareStem;
      if (!theirs.stems.has(s)) continue;
      seen.add(s);
      if (i - notAt <= 3) negatesTheirWords = true;
    }
  }
  // Only the partner's numbers make the reply's worth reading.
  const numbers = theirs.quantities.length > 0 ? compareNumbers(replyCanonical, theirs.quantities) : undefined;
  return { ...(numbers ? { numbers } : {}), negatesTheirWords, partnerActs, sharedWords: seen.size };
}

const YOU_AND_VERB = /\byou (?:\w+ )?\w+/g;

function onlyListening(text: string): boolean {
  const uses = text.match(YOU_AND_VERB) ?? [];
  return uses.every((u) => LISTENING_AFTER_YOU.test(`${u} `));
}

function compareNumbers(reply: string, said: readonly number[]): PartnerEcho['numbers'] {
  const mine = quantitiesOf(reply).filter((x) => x > 1);
  if (mine.length === 0) return undefined;
  const a = mine[0] as number;
  const b = Math.max(...said);
  return a < b ? 'smaller' : a > b ? 'bigger' : 'same';
}
