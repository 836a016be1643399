// Finds the signals in a reply, with where they are. Three things a careful reader does that a
// plain pattern list cannot: a disavowed excuse is not an excuse ("I'm not going to say it just
// happened"), the clause after "but" decides a "yes, but" ("I'm sorry, but I was lonely"), and
// saying back the partner's own words is listening (reflection).
import type { Signal } from '../types.js';
import { SIGNAL_PATTERNS } from './cues/index.js';
import { matchCues } from './match-cues.js';
import type { NormalizedReply } from './normalize-reply.js';
import { isPrecision } from './precision-not-correction.js';
import { replyWords, stem, type WordInfo } from './reply-words.js';
import { isHarmfulSide, sideOf } from './signal-sides.js';

export interface SignalHit {
  signal: Signal;
  weight: number;
  /** Offsets into the canonical text. */
  start: number;
  end: number;
  /** The cue's index in SIGNAL_PATTERNS; -1 for hits found by structure ("yes, but", reflection). */
  cue: number;
}

export interface DetectedSignals {
  hits: SignalHit[];
  /** Cues that matched but were negated or asked ("None of this is my fault", "How is that on me?"). */
  negated: SignalHit[];
}

// "not going to say / pretend / ask you to ..." right before an excuse or a rush turns it around.
const DISAVOWAL =
  /\b(?:not|never|will not|would not|refuse to|no point|can not|do not want to|do not need to|instead of|rather than|stop|without|no more|not going to|am not|is not|was not)(?: even| just)? (?:say|saying|said|pretend|pretending|claim|claiming|tell you|telling you|act like|acting like|make out|making out|ask you to|asking you to|expect you to|expecting you to|want you to|need you to|use|using|hide behind|hiding behind|blame|blaming|going to say|going to pretend|going to blame|going to tell you|going to ask you to|make this about|making this about|make excuses like|excuses like|expect|asking|telling you to|rush you to|push you to|pressure you to|hurry you to)(?: that| it| this)? (?:\S+ ){0,2}$/;
// Within the clause: in "No. It just happened." the "no" answers the question and negates nothing.
const NEGATED_RIGHT_BEFORE = /\b(?:not|never|no)(?: [^\s.?!,;:]+)? $/;

// "yet" and "however" contrast only at the head of a clause ("however many it takes" does not).
const CONTRAST = /(?:^| )(?:but|though|although|except|(?<=[.,;] )(?:however|yet)) (?=\S)/g;
const CLAUSE_END = /[.?!;]/;
const CONTINUES_OWNING =
  /^(?:i know|i understand|i want|i need to hear|i will|i am here|i am not going|first|please|that does not|that is no|it does not change|none of that|nothing excuses|i do not expect|you do not have|i am listening|i hear|i get|it was still|it is still|that was still|i still)/;
const POINTS_AT_PARTNER = /\byou(?:r)?\b/;
// "...but it's completely on your timeline": the "your" hands them the pace, it blames nothing.
const HANDS_THEM_THE_PACE =
  /\b(?:on your (?:timeline|terms|time|pace|schedule)|in your own time|up to you(?! to)|your (?:call|choice|decision)|(?:when|whenever|if) you (?:are ready|want|choose|decide|feel ready))\b/;
const AGREES = /\byou are right\b/;

export function detectSignals(
  n: NormalizedReply,
  partner?: string,
  options: { noPrefilter?: boolean; askedQuantity?: boolean } = {},
): DetectedSignals {
  const hits: SignalHit[] = [];
  const negated: SignalHit[] = [];
  for (const { pattern, cue, index: start, length } of matchCues(n.text, options.noPrefilter)) {
    const hit: SignalHit = { signal: pattern.signal, weight: pattern.weight, start, end: start + length, cue };
    // The real reason owned ("because I didn't want to face you") is an answer, not an excuse
    // (taxonomy v2); a reason that puts it on circumstances or the partner stays one.
    if (hit.signal === 'justification' && isOwnedMotive(n.text, hit.start)) {
      negated.push(hit);
      hits.push({ ...hit, signal: 'responsibility', weight: 0.8, cue: -1 });
      continue;
    }
    // "I repeated it in somebody's kitchen like it was just a story": the speaker owns having made it
    // small. That is the carelessness owned, not a shrink of the act.
    if (sideOf(hit.signal) === 'minimizing' && madeItSmall(n.text, hit.start)) {
      negated.push(hit);
      hits.push({ ...hit, signal: 'responsibility', weight: 0.8, cue: -1 });
      continue;
    }
    // Asked how many, how much or how long, "a couple of times" is the answer, not a shrink; "only
    // a couple" still shrinks.
    if (
      options.askedQuantity &&
      hit.signal === 'downplay' &&
      !SHRINKS.test(n.text.slice(Math.max(0, hit.start - 12), hit.end))
    ) {
      negated.push(hit);
      continue;
    }
    // A catch carries its own "no" ("...actually no. It was serious."): the "no" is the taking back.
    if (!pattern.catchesSlip && isTurnedAround(n.text, hit)) {
      negated.push(hit);
      // "None of this is my fault", "I'm not the one who lied": ownership said with a "not" denies it.
      // "It wasn't mine to give away" owns taking what was theirs.
      if ((hit.signal === 'responsibility' || hit.signal === 'apology') && !NOT_MINE_TO.test(n.text.slice(hit.end)))
        hits.push({ ...hit, signal: 'denial', weight: 0.8, cue: -1 });
    } else hits.push(hit);
  }
  wordsOfTheCatch(hits, negated);
  const reflection = reflectionHit(n.text, partner);
  ownedContrasts(n.text, hits, negated, reflection);
  hits.push(...yesButHits(n.text, hits));
  if (reflection) hits.push(reflection);
  return { hits, negated };
}

// The words of a catch are the taking back, not what is taken back: the "actually" of "...actually
// no." corrects the speaker, not the partner.
function wordsOfTheCatch(hits: SignalHit[], negated: SignalHit[]): void {
  if (!hits.some((h) => SIGNAL_PATTERNS[h.cue]?.catchesSlip === true)) return;
  const catches = hits.filter((h) => SIGNAL_PATTERNS[h.cue]?.catchesSlip === true);
  turnAround(
    hits,
    negated,
    (hit) => isHarmfulSide(hit.signal) && catches.some((c) => hit.start < c.end && hit.end > c.start),
  );
}

/** Moves the hits the reader turned around (`turned`) from those found to those negated. */
export function turnAround(hits: SignalHit[], negated: SignalHit[], turned: (hit: SignalHit) => boolean): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i] as SignalHit;
    if (turned(hit)) {
      negated.push(hit);
      hits.splice(i, 1);
    }
  }
}

const SHRINKS =
  /\b(?:just|only|merely|barely|hardly|nothing|no big|not (?:that|as|so|even)|small|little|tiny|minor|harmless|silly)\b/;

// "I did that, not her" owns the act; "it happened because of my lies" too; "Eight months, not five"
// makes the account bigger. Cues that read these as correcting or removing agency are turned around.
const OWNS_AFTER = /^[^.?!]{0,12}\b(?:because of (?:me|my)|on me|my (?:fault|doing|choice))\b/;
function ownedContrasts(text: string, hits: SignalHit[], negated: SignalHit[], reflection?: SignalHit): void {
  turnAround(
    hits,
    negated,
    (hit) =>
      (hit.signal === 'detail-correction' &&
        hits.some(
          (h) =>
            // The ", not" cue starts on the word before the comma, inside the owning words.
            (h.signal === 'responsibility' || h.signal === 'patience') &&
            h.start < hit.start &&
            h.end <= hit.end &&
            h.start >= sentenceStart(text, hit.start),
        )) ||
      // Inside words said back to the partner, the "not" is theirs ("you wanted to be you, not the sick one").
      (hit.signal === 'detail-correction' &&
        reflection !== undefined &&
        reflection.start <= hit.start &&
        reflection.end >= hit.end) ||
      (hit.signal === 'detail-correction' && ownsBeforeNot(text, hit)) ||
      (hit.signal === 'agency-removal' && OWNS_AFTER.test(text.slice(hit.end))) ||
      (hit.signal === 'detail-correction' && isPrecision(text, hit.start, hit.end)) ||
      (hit.signal === 'detail-correction' && MAKES_IT_BIGGER.test(text)),
  );
}

// An account the speaker says is bigger than the partner knew ("It was 2021, actually. It's been
// going on longer than you thought.") is precision, not correction (taxonomy v2), whatever word set it right.
const MAKES_IT_BIGGER =
  /\b(?:longer|more|worse|bigger|further|earlier|more often) than (?:you (?:thought|think|knew|know|were told|realised|realized)|i (?:said|told you|let on|admitted|made out))\b/;

// "I was the one who did that, not her", "it was me, not you": the speaker takes the act, from
// someone else; "it was her, not me" hands it on and stays a correction.
// A failing of the speaker's own set against one in the partner ("This was about my weakness, not a
// gap in you.") owns it too; "my money, not yours" claims, and stays a correction.
const OWNER_BEFORE =
  /\b(?:i (?:was|am) the one|i (?:did|said|started|chose|decided|caused|made|broke|lied|hid|took|spent|sent|wrote|told)\b|(?:it|that|this) (?:was|is) (?:all |about |down to |because of )?(?:me|mine|on me|my (?:fault|doing|choice|decision|weakness|failing|failure|problem|mess|selfishness|cowardice|lie|lies|lying|shame|insecurity|ego|pride))\b|^mine\b)/;
const SOMEONE_ELSE_AFTER =
  /^(?:her|him|them|you|yours|anyone|anybody|your \w+|his \w+|their \w+|(?:a|any|some) (?:\w+ )?(?:in|about|with|from) you|(?:anything|something) (?:in you|about you|you (?:did|said|were|are|lacked|missed)))\b/;
function ownsBeforeNot(text: string, hit: SignalHit): boolean {
  const at = text.indexOf(', not ', hit.start);
  if (at === -1 || at >= hit.end) return false;
  const clause = text.slice(sentenceStart(text, at), at).trim();
  return OWNER_BEFORE.test(clause) && SOMEONE_ELSE_AFTER.test(text.slice(at + ', not '.length));
}

function sentenceStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !'.?!'.includes(text[start - 1] as string)) start--;
  return start;
}

const OWNED_MOTIVE =
  /^(?:(?:because|cos|cause|since|so|and|but|honestly|the truth is) )*(?:(?:i|part of me) (?:did not want to (?:explain|face|admit|tell|lose|give|be|look|see|have|say|deal|stop|own|hear)|did not want you to (?:see|know|find out|think|look at me|think less of me)|wanted|knew|feared|was (?:scared|afraid|frightened|ashamed|embarrassed|a coward|selfish|weak|proud|avoiding|too (?:scared|ashamed|proud|weak|cowardly))|could not (?:face|bear|stand)|did not have the (?:guts|courage|nerve|balls)|chose|liked|loved the|was protecting myself|was thinking of myself|cared more about)|(?:lying|it|hiding it) (?:was|felt) easier)\b/;

// The clause a cue sits in, from its last boundary (. ? ! , ; "and" "but") before the cue.
function isOwnedMotive(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const cut = Math.max(
    before.lastIndexOf(' . '),
    before.lastIndexOf(' ? '),
    before.lastIndexOf(' ! '),
    before.lastIndexOf(' , '),
    before.lastIndexOf(' ; '),
  );
  const clause = text.slice(cut === -1 ? 0 : cut + 3);
  return OWNED_MOTIVE.test(clause) || OWNED_MOTIVE.test(text.slice(at));
}

const NOT_MINE_TO = /^(?: to)? (?:give|tell|share|spend|take|use|decide|offer|pass on|hand)\b/;

// A first-person act done "like" / "as if" it were small, with no "not" on the way: "I treated it
// like it was nothing", "we laughed about it as if it was only gossip". "It's not like it was a big
// deal" and "you act like it was nothing" have no such act of the speaker's.
const MADE_IT_SMALL =
  /\b(?:i|we) (?:(?!not |never )\S+ )?(?:treated|repeated|told|said|talked about|spoke about|passed|handled|brushed|laughed|joked|acted|behaved|carried on|went on|dealt with|wrote|shared|mentioned|dropped|threw|used|played)\b(?:(?! (?:not|never) )[^.?!;])* (?:like|as if|as though)(?: \S+){0,3} $/;

function madeItSmall(text: string, at: number): boolean {
  return MADE_IT_SMALL.test(text.slice(Math.max(0, at - 120), at));
}

// Negation and questions, for every side. A harmful cue is turned around by a disavowal ("I'm not
// going to say it just happened"); a validating one by a "not" in its clause ("it is not my fault",
// "none of this is on me") or by a question that challenges ("How is that my fault?").
function isTurnedAround(text: string, hit: SignalHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 60), hit.start);
  if (sideOf(hit.signal) !== 'validating') return DISAVOWAL.test(before) || NEGATED_RIGHT_BEFORE.test(before);
  const clause = before.slice(before.search(CLAUSE_START_IN_WINDOW) + 1);
  if (NEGATOR_BEFORE.test(clause)) return true;
  if (hit.signal === 'open-question') return CHALLENGE.test(sentenceAround(text, hit.start));
  const sentence = sentenceAround(text, hit.start);
  return sentence.endsWith('?') && CHALLENGING_QUESTION.test(sentence);
}

// The last clause boundary in the window before a cue (or -1: the clause starts with the window).
const CLAUSE_START_IN_WINDOW = /[.?!,;:](?!.*[.?!,;:])/;
const NEGATOR_BEFORE =
  /(?:^|\s)(?:not|never|no|none of(?: this| that| it| them)?|nothing|neither|nor|hardly|do not see how|can not see how|do not see why|how is|how was|how am|why is|why was|why am|why should|since when is|since when was)(?: \S+){0,2} $/;
const CHALLENGING_QUESTION =
  /^(?:(?:so|and|but|oh|honestly|seriously|really) )*(?:how (?:is|was|am|are|does|did|can|could)|why (?:is|was|am|should|would|do|does|must)|since when|am i|is it|was it|are you saying|you think|do you (?:really )?think|what makes you think|who says)\b/;
// A question that sounds like asking but attacks: "What is wrong with you?"
const CHALLENGE =
  /\b(?:wrong with you|your problem|want from me|the big deal|did you expect|is it to you|you (?:even )?care|is your deal)\b/;

function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !'.?!'.includes(text[start - 1] as string)) start--;
  let end = at;
  while (end < text.length && !'.?!'.includes(text[end] as string)) end++;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

// Precedence rule 1 of the taxonomy: after an apology or an admission, a "but" clause that does not
// keep owning the act is an excuse (about oneself) or blame (about the partner).
/**
 * The "but" clauses that take back what came before: after an apology or an admission, or (when the
 * answer reader found one, `answeredUntil`) after a plain answer ("Yes, but only twice").
 */
export function yesButHits(text: string, hits: readonly SignalHit[], answeredUntil?: number): SignalHit[] {
  const extra: SignalHit[] = [];
  for (const m of text.matchAll(CONTRAST)) {
    const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
    const afterStart = at + m[0].trimStart().length;
    const rest = text.slice(afterStart);
    const endRel = rest.search(CLAUSE_END);
    const afterEnd = endRel === -1 ? text.length : afterStart + endRel;
    const after = text.slice(afterStart, afterEnd);
    // "No one knew but me": a "but" before one word is "except", not a clause taking something back.
    if (after.trim().split(' ').length < 2 || CONTINUES_OWNING.test(after) || HANDS_THEM_THE_PACE.test(after)) continue;
    const owningBefore =
      hits.some((h) => h.end <= at && sideOf(h.signal) === 'validating') ||
      (answeredUntil !== undefined && answeredUntil <= at);
    const judgedAfter = hits.some((h) => h.start >= at && h.start < afterEnd);
    if (!owningBefore || judgedAfter) continue;
    const blames = POINTS_AT_PARTNER.test(after) && !AGREES.test(after);
    extra.push({ signal: blames ? 'blame-shift' : 'justification', weight: 1, start: at, end: afterEnd, cue: -1 });
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

function contentStems(text: string): Map<string, number> {
  const stems = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const word = m[0].replaceAll("'", '');
    if (word.length < 3 || STOP.has(word)) continue;
    stems.set(stem(word), m.index);
  }
  return stems;
}

// Regex literals in a loop or a hot function make a new RegExp object on each evaluation; these are made once.
const ADDRESSED = /\byou\b/;
const SAYS_BACK = /\b(?:it sounds like|what i (?:hear|am hearing)|you feel like|you felt like|i hear)\b/;
const WORD_OR_TWO = /^\S+(?: \S+)?/;

/** contentStems for the reply, which is canonical already: lowercase words separated by spaces. */
function replyStems(text: string): Map<string, number> {
  const stems = new Map<string, number>();
  const words = replyWords(text);
  for (let k = 0; k < words.count; k++) {
    const info = words.info[k] as WordInfo;
    const word = info.bare;
    if (word.length >= 3 && !STOP.has(word) && info.letters) stems.set(info.bareStem, words.start[k] as number);
  }
  return stems;
}

// The same partner line is answered on every turn until the partner speaks again.
const PARTNER_STEMS = new Map<string, Map<string, number>>();
function partnerStems(line: string): Map<string, number> {
  let stems = PARTNER_STEMS.get(line);
  if (!stems) {
    stems = contentStems(line);
    if (PARTNER_STEMS.size >= 8_192) PARTNER_STEMS.clear();
    PARTNER_STEMS.set(line, stems);
  }
  return stems;
}

// Saying back the partner's words or feeling: stemmed overlap with their line, together with a
// reflective frame ("you waited", "what I hear is") or with plain second-person address.
function reflectionHit(text: string, partner?: string): SignalHit | undefined {
  const frame = REFLECTIVE_FRAME.exec(text);
  if (!partner || partner.trim() === '') {
    return frame && SAYS_BACK.test(frame[0])
      ? { signal: 'reflection', weight: 0.8, start: frame.index, end: frame.index + frame[0].length, cue: -1 }
      : undefined;
  }
  const theirs = partnerStems(partner);
  const mine = replyStems(text);
  const shared: number[] = [];
  for (const [stem, at] of mine) if (theirs.has(stem)) shared.push(at);
  const addressed = ADDRESSED.test(text);
  const enough = (frame && shared.length >= 1) || (addressed && shared.length >= 2);
  if (!enough) return undefined;
  const positions = frame ? [...shared, frame.index] : shared;
  const start = Math.min(...positions);
  const lastWord = text.slice(Math.max(...positions)).match(WORD_OR_TWO)?.[0] ?? '';
  const end = Math.max(...positions) + lastWord.length;
  return { signal: 'reflection', weight: frame ? 1 : 0.8, start, end: Math.min(end, text.length), cue: -1 };
}
