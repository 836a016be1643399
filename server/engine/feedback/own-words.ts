// What a suggestion keeps of the user's own reply: their facts, their answer, their apology, their
// words, with only the part that hurt rewritten. A "but ..." or "because you ..." clause is dropped
// and what came before it stays ("Yes, I was with her, but you were never home" -> "Yes, I was with
// her."); "I'm sorry you feel that way" becomes "I'm sorry I hurt you"; a sentence that is nothing
// but the hurt goes. Filler ("ok", "hmm") is dropped too. The words come from the classifier's
// evidence and parts (with the phrases of hurt-net.ts added by the caller).

import { tellsOtherwise } from '../conversation/read-answer.js';
import { type Sentence, sentencesOf } from '../sentences.js';
import type { Classification, Evidence, ReplyPart } from '../types.js';
import { isHurtingSignal, isValidatingSignal } from './feedback-focus.js';
import type { QuestionMoment } from './question-moment.js';

export interface OwnWords {
  /** The user's sentences worth keeping, rewritten where they hurt, in order, each ending in . ! or ? */
  sentences: string[];
  /** Something that hurt was dropped or rewritten. */
  changed: boolean;
  /** An apology for the partner's feelings was turned into one for what the user did. */
  apologyTurned: boolean;
}

interface Span {
  start: number;
  end: number;
}

const FILLER =
  /^(?:ok(?:ay)?|k+|hmm+|hm+|mm+|right|sure|fine|yeah|yep|well|i see|uh+|um+|er+|oh|huh|i don'?t know(?: what to say)?|dunno|no idea|what)[\s.!?…]*$/i;
// Owning words and plain apologies, kept even when the classifier gave them no evidence of their own.
const OWNS_IT =
  /^(?:(?:i'?m|i am) (?:so |really |truly |very )?sorry\b(?! you\b| if\b| but\b)|i apologi[sz]e\b)|\b(?:it'?s|it is|it was|that'?s|that is|that was|this is|this was) (?:all )?(?:my (?:fault|debt|doing|choice|decision|responsibility)|on me|mine)\b|\bi (?:chose|did this|did that|did it|lied|hid|broke|hurt you)\b/i;
const BARE_YES_NO = /^(?:yes|yeah|yep|no|nope)[\s.!?…]*$/i;
// A plain account of what the speaker did ("I took it in March."): kept even in a reply that hurt.
const TELLS_WHAT_I_DID =
  /^(?:(?:yes|no)[,.]?\s+)?i (?:took|was|did|went|met|saw|slept|spent|kept|hid|lied|told|sent|bet|lost|owe|borrowed|had|have|started|used|moved|paid|deleted|texted|messaged|called|drank|stayed|left)\b/i;
// The words that join a clause to the hurt after it ("I took it, but only ..."): cut with the hurt.
const JOINING_RUN =
  /(?<=^|[\s,;:—–-])(?:(?:but|because|cos|cause|so|though|although|except|and|only|just|if|since|when|as|that|or|yet|still)\s+)*(?:but|because|cos|cause|so|though|although|except|and|only|just|if|since|when|as|that|or|yet|still)$/i;
const CONJUNCTION = /^(?:but|because|cos|cause|so|though|although|except|and|if|since|when|as|or|yet)$/i;
const AFTER_A_MARK = /(?:^|[,;:—–-])\s*$/;
const TRAILING_MARKS = /[\s,;:—–-]+$/;
const BOUNDARY = /[,;:—–]\s*|\s(?=(?:but|because|cos|'cause|so|though|although|except|and|yet)\b)/gi;
const TRAILS_OFF =
  /\b(?:from|to|for|with|at|of|in|on|about|by|the|a|an|my|your|our|is|isn't|was|wasn't|were|are|am|be|been|i|i'm|it's)$/i;
const STARTS_A_CLAUSE = /^(?:but|because|cos|'cause|so|though|although|except|and|yet|since|if|when|while)\b/i;
/** An apology for the partner's feelings, up to the end of its clause. */
const SORRY_FOR_FEELINGS = /\bsorry(?: that| if)? (?:you\b|(?:i|this|it) (?:hurt|upset) you\b|for any\b)[^,;:—–]*/i;

export function ownWordsOf(reply: string, classification: Classification, moment: QuestionMoment | null): OwnWords {
  const answered = moment?.response === 'answered' && !moment.contradiction;
  const hurts = classification.evidence.filter((e) => isHurtingSignal(e.signal));
  const goods = classification.evidence.filter((e) => isValidatingSignal(e.signal));
  const keepAll = classification.label === 'validating' || answered;
  const sentences: string[] = [];
  let changed = false;
  let apologyTurned = false;
  sentencesOf(reply, true).forEach((sentence, i) => {
    if (FILLER.test(sentence.text) || (!answered && BARE_YES_NO.test(sentence.text))) return;
    if (i === 0 && moment?.contradiction && BARE_YES_NO.test(firstWord(sentence.text))) {
      changed = true;
      return;
    }
    // "He kept texting me", to "Who got in touch first?" when the user did: the true answer replaces it.
    if (moment?.contradiction && !moment.contradiction.said && toldOtherwise(moment, sentence.text)) {
      changed = true;
      return;
    }
    const hurtAt = hurtsIn(sentence, hurts, hurtingParts(classification));
    const isGood = overlapsAny(sentence, goods) || inPart(sentence, classification.parts, 'validating');
    if (hurtAt.length === 0) {
      const isQuestion = sentence.text.endsWith('?');
      const owns = OWNS_IT.test(sentence.text) || TELLS_WHAT_I_DID.test(sentence.text);
      if (keepAll || isGood || (!isQuestion && owns)) sentences.push(sentence.text);
      return;
    }
    changed = true;
    // Half a question that hurt ("Can we just move on?") is no sentence at all.
    if (sentence.text.endsWith('?')) return;
    const kept = withoutHurt(sentence, hurtAt, goods);
    if (kept) sentences.push(kept.text);
    if (kept?.apologyTurned) apologyTurned = true;
  });
  return { sentences: sentences.map(finished), changed, apologyTurned };
}

/** Where the sentence hurts, as offsets into the sentence: its evidence, or the part of it judged to hurt. */
function hurtsIn(sentence: Sentence, hurts: readonly Evidence[], hurtingParts: readonly ReplyPart[]): Span[] {
  const within = (span: Span): Span => ({
    start: Math.max(0, span.start - sentence.start),
    end: Math.min(sentence.text.length, span.end - sentence.start),
  });
  const spans: Span[] = hurts.filter((e) => overlaps(e, sentence)).map(within);
  if (spans.length === 0) spans.push(...hurtingParts.filter((p) => overlaps(p, sentence)).map(within));
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The parts that count as hurting when no words in them were marked: a part judged defensive or
 * minimizing, if it names a way of hurting or the reply as a whole was judged to hurt. In a reply
 * judged validating or neutral, a part's label with no signal behind it is the model's unease about
 * a short sentence read alone ("And I could have told you on any one of those days."), not a reason
 * to cut the user's own owning words out of the suggestion.
 */
function hurtingParts(classification: Classification): ReplyPart[] {
  const replyHurts = classification.label === 'defensive' || classification.label === 'minimizing';
  return (classification.parts ?? []).filter(
    (p) => (p.label === 'defensive' || p.label === 'minimizing') && (replyHurts || p.signals.some(isHurtingSignal)),
  );
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && a.end > b.start;
}

function toldOtherwise(moment: QuestionMoment, sentence: string): boolean {
  return moment.trueAnswer !== undefined && tellsOtherwise(moment.kind, moment.trueAnswer, sentence);
}

/** The sentence with its hurting clause dropped or its non-apology turned round; null when nothing stands. */
function withoutHurt(
  sentence: Sentence,
  hurtAt: readonly Span[],
  goods: readonly Evidence[],
): { text: string; apologyTurned?: true } | null {
  const { text } = sentence;
  const sorry = SORRY_FOR_FEELINGS.exec(text);
  // Hurts inside the apology's own clause are what turning it round repairs; a later one is cut off.
  if (sorry && !hurtAt.some((h) => h.start < sorry.index - 5)) {
    const later = hurtAt.find((h) => h.start >= sorry.index + sorry[0].length);
    const head = later ? clauseBefore(text, later.start) : text;
    const turned = head ? turnedApology(head) : null;
    return turned ? { text: turned, apologyTurned: true } : null;
  }
  const kept =
    clauseBefore(text, (hurtAt[0] as Span).start) ??
    clauseAfter(sentence, (hurtAt[hurtAt.length - 1] as Span).end, goods);
  return kept ? { text: kept } : null;
}

/** The whole clauses before `at`, when they make a sentence on their own. */
function clauseBefore(text: string, at: number): string | null {
  let prefix = text.slice(0, at).trimEnd();
  const unjoinedPrefix = unjoined(prefix);
  // The hurt began mid-clause ("It was only money"): go back to the clause's own start.
  if (unjoinedPrefix === prefix && prefix.length > 0 && !STARTS_A_CLAUSE.test(text.slice(at))) {
    let cut = -1;
    for (const match of prefix.matchAll(BOUNDARY)) cut = match.index ?? cut;
    prefix = cut === -1 ? '' : unjoined(prefix.slice(0, cut));
  } else {
    prefix = unjoinedPrefix;
  }
  prefix = prefix.trim();
  if (!prefix || TRAILS_OFF.test(prefix)) return null;
  return prefix.split(/\s+/).length >= 2 || BARE_YES_NO.test(prefix) ? prefix : null;
}

/**
 * The clause without what joined it to the hurt after it: its joining words, then its punctuation.
 * A word that can end a clause itself is kept unless a conjunction or a comma comes before it:
 * "I'd love that but it's ..." keeps "I'd love that", where "I did it so that ..." and "I did it,
 * just ..." lose "so that" and "just". Stripping "that" as a joining word had left "I'd love."
 */
function unjoined(clause: string): string {
  const text = clause.trimEnd();
  const run = JOINING_RUN.exec(text);
  if (!run) return text.replace(TRAILING_MARKS, '');
  const before = text.slice(0, run.index);
  const words = run[0].split(/\s+/);
  const from = AFTER_A_MARK.test(before) ? 0 : words.findIndex((word) => CONJUNCTION.test(word));
  const kept = from === -1 ? text : `${before}${words.slice(0, from).join(' ')}`;
  return kept.replace(TRAILING_MARKS, '');
}

/** What follows the hurt ("It just happened, and I'm so sorry" -> "I'm so sorry"), if it is good. */
function clauseAfter(sentence: Sentence, from: number, goods: readonly Evidence[]): string | null {
  const rest = sentence.text.slice(from);
  const boundary = /[,;:—–]\s*|\s(?=(?:and|but|so)\b)/.exec(rest);
  if (!boundary) return null;
  const at = from + boundary.index + boundary[0].length;
  const tail = sentence.text.slice(at).replace(/^(?:and|but|so)\s+/i, '');
  const tailStart = sentence.start + sentence.text.length - tail.length;
  const isGood = goods.some((e) => e.start >= tailStart && e.start < sentence.end);
  if (!isGood || tail.split(/\s+/).length < 2) return null;
  return tail.charAt(0).toUpperCase() + tail.slice(1);
}

const FEELINGS_I_CAUSED: Readonly<Record<string, string>> = {
  'let down': 'I let you down',
  betrayed: 'I betrayed you',
  humiliated: 'I humiliated you',
  embarrassed: 'I embarrassed you',
  'lied to': 'I lied to you',
  deceived: 'I deceived you',
  disrespected: 'I disrespected you',
  disappointed: 'I disappointed you',
};

/**
 * "I'm sorry you feel that way" -> "I'm sorry I hurt you"; "sorry you feel let down" -> "sorry I let
 * you down"; "sorry you found out at Tesco" -> "sorry I kept it from you, and that you found out at
 * Tesco". Null when the sentence holds no apology for the partner's feelings.
 */
export function turnedApology(text: string): string | null {
  const feeling =
    /\bsorry(?: that| if)? you (?:feel|felt) (let down|betrayed|humiliated|embarrassed|lied to|deceived|disrespected|disappointed)\b/i.exec(
      text,
    );
  if (feeling) return replaced(text, feeling, `sorry ${FEELINGS_I_CAUSED[(feeling[1] as string).toLowerCase()]}`);
  const hurt =
    /\bsorry(?: that| if)? (?:you (?:feel|felt|are feeling|were feeling) (?:that way|like that|this way|so bad|bad|hurt|upset|sad)|you(?:'re| are| were| got) (?:so )?(?:hurt|upset|angry|sad)|(?:i|this|it) (?:hurt|upset) you|for any (?:hurt|pain|upset)[^.,;!?]*)/i.exec(
      text,
    );
  if (hurt) return replaced(text, hurt, 'sorry I hurt you');
  const found = /\bsorry(?: that)? you (found out|had to find out|heard|learned|learnt|saw|read)\b/i.exec(text);
  if (found) return replaced(text, found, `sorry I kept it from you, and that you ${found[1]}`);
  const other = /\bsorry(?: that| if)? you\b[^.,;!?]*/i.exec(text);
  if (other) return replaced(text, other, 'sorry for what I did');
  return null;
}

function replaced(text: string, match: RegExpExecArray, words: string): string {
  return text.slice(0, match.index) + words + text.slice(match.index + match[0].length);
}

function overlapsAny(sentence: Span, evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.start < sentence.end && e.end > sentence.start);
}

function inPart(sentence: Span, parts: readonly ReplyPart[] | undefined, label: ReplyPart['label']): boolean {
  return (parts ?? []).some((p) => p.label === label && p.start < sentence.end && p.end > sentence.start);
}

function firstWord(text: string): string {
  return text.split(/[\s,.!?]/)[0] ?? '';
}

/** A kept sentence starts with a capital and ends with its own mark (a full stop if it had none). */
function finished(sentence: string): string {
  const s = sentence.trim().replace(/[,;:—–-]+$/, '');
  const capital = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?…]["'”’)]*$/.test(capital) ? capital : `${capital}.`;
}
