// The verdict on one read reply: the model scores the whole reply and each sentence; the taxonomy's
// precedence has the last word (a sentence that defends or minimizes makes the reply so, however
// kind the rest); the confidence is calibrated on out-of-fold verdicts. Every part keeps its
// signals and the words behind them, so feedback can credit what was right.
import {
  type Classification,
  type Evidence,
  LABELS,
  type Label,
  type QuestionReading,
  type ReplyPart,
  type Signal,
} from '../types.js';
import { CUES } from './cues/index.js';
import type { SignalHit } from './detect-signals.js';
import { type CompiledModel, calibrated, softmaxInto } from './linear-model.js';
import { originalSpan } from './normalize-reply.js';
import type { ReplyReading } from './read-reply.js';
import { scoreReply } from './score-reply.js';
import { isHarmfulSide, sideOf } from './signal-sides.js';

const WIDTH = LABELS.length;
const VALIDATING = 0;
const DEFENSIVE = 1;
const MINIMIZING = 2;
const NEUTRAL = 3;

function blamesPartner(reading: ReplyReading): boolean {
  return reading.hits.some((h) => h.weight >= 1 && (h.signal === 'blame-shift' || h.signal === 'counter-attack'));
}

function hasMinimizingCue(reading: ReplyReading): boolean {
  return reading.hits.some((h) => h.weight >= 1 && sideOf(h.signal) === 'minimizing');
}

/** A cue of the label's side in the part (-1: anywhere in the reply). */
function hasCueOfSide(reading: ReplyReading, part: number, label: number): boolean {
  const { start, end } =
    part === -1 ? { start: 0, end: Number.POSITIVE_INFINITY } : (reading.parts[part] as { start: number; end: number });
  const side = LABELS[label];
  return reading.hits.some((h) => h.start >= start && h.start < end && h.weight >= 1 && sideOf(h.signal) === side);
}

/** A later part holds a cue that takes back what was said before it ("That's me making excuses again."). */
function caughtLater(reading: ReplyReading, part: number): boolean {
  const after = (reading.parts[part] as { end: number }).end;
  return reading.hits.some((h) => h.start >= after && CUES[h.cue]?.catchesSlip === true);
}

/** Where the first catch in the reply starts, when no cue of a harmful side comes after it; else -1. */
function catchWithNothingAfter(reading: ReplyReading): number {
  const at = firstCatch(reading);
  if (at === -1) return -1;
  return reading.hits.some((h) => h.start > at && h.weight >= 1 && isHarmfulSide(h.signal)) ? -1 : at;
}

function firstCatch(reading: ReplyReading): number {
  let at = -1;
  for (const h of reading.hits) if (CUES[h.cue]?.catchesSlip === true && (at === -1 || h.start < at)) at = h.start;
  return at;
}

/** The model's surest validating reading of the part with the catch (at `at`) or any after it. */
function afterCatch(
  reading: ReplyReading,
  at: number,
  scores: Float64Array | undefined,
  t: number,
  whole: Float64Array,
): number {
  if (!scores) return whole[VALIDATING] as number;
  let best = 0;
  reading.parts.forEach((part, p) => {
    if (part.end <= at) return;
    softmaxInto(scores, p * WIDTH, t, partProbs);
    best = Math.max(best, partProbs[VALIDATING] as number);
  });
  return best;
}

// Reused per call (classifyReply is synchronous and never re-entered).
const whole = new Float64Array(WIDTH);
const probs = new Float64Array(WIDTH);
const partProbs = new Float64Array(WIDTH);
let partScores = new Float64Array(16 * WIDTH);

/** What the model and precedence decided, before signals and evidence are attached. */
export interface Verdict {
  label: Label;
  /** The model's probability (temperature applied) of the chosen label, or of the part that decided it. */
  raw: number;
  probs: Float64Array;
  /** Per part: label index, when the reply has more than one. */
  partLabels: number[];
}

export function decide(model: CompiledModel, reading: ReplyReading): Verdict {
  const partCount = reading.parts.length;
  const multi = partCount > 1;
  if (multi && partScores.length < partCount * WIDTH) partScores = new Float64Array(partCount * WIDTH);
  scoreReply(model, reading, whole, multi ? partScores : undefined);
  const t = model.calibration.temperature;
  softmaxInto(whole, 0, t, probs);
  let best = argmax(probs);
  let raw = probs[best] as number;
  const partLabels: number[] = [];
  if (multi) {
    // Taxonomy rule 1 and 7: one sentence that defends or minimizes decides a long reply.
    let harmful = -1;
    let harmfulP = model.settings.harmfulPart;
    for (let p = 0; p < partCount; p++) {
      softmaxInto(partScores, p * WIDTH, t, partProbs);
      const label = argmax(partProbs);
      partLabels.push(label);
      // A part decides only with a cue of its side in it: few lone sentences were labeled to learn from.
      // And not when the speaker takes it back later in the reply (rule 6).
      const backed = hasCueOfSide(reading, p, label) && !caughtLater(reading, p);
      if ((label === DEFENSIVE || label === MINIMIZING) && backed && (partProbs[label] as number) >= harmfulP) {
        harmful = label;
        harmfulP = partProbs[label] as number;
      }
    }
    if (harmful !== -1 && best !== DEFENSIVE && best !== MINIMIZING) {
      best = harmful;
      raw = harmfulP;
    }
  }
  // Rule 6 for the whole reply: the speaker caught their own slip and nothing that defends or
  // shrinks follows the catch. What they took back ("Sorry, that's a dodge.") does not decide.
  const caught = best === DEFENSIVE || best === MINIMIZING ? catchWithNothingAfter(reading) : -1;
  if (caught !== -1) {
    best = VALIDATING;
    raw = afterCatch(reading, caught, multi ? partScores : undefined, t, probs);
  }
  // Taxonomy rule 2's clearest case: blame on the partner or a counter-attack, and nothing that
  // shrinks, defends ("...but you stopped caring about us years ago"). Otherwise the model, which
  // tells the two apart better than the cues do (leave-one-batch-out), decides between them.
  if (best === MINIMIZING && blamesPartner(reading) && !hasMinimizingCue(reading)) best = DEFENSIVE;
  if (reading.answer?.response === 'unanswered' && praisesOrBlamesKindWords(reading, best)) {
    best = unansweredLabel(reading, probs);
    raw = probs[best] as number;
  }
  // A verdict of harm with no words to show for it: every cue in the reply is on the validating
  // side, none defends or shrinks, and the model is unsure. The feedback could quote nothing that
  // hurt, so the cues decide ("Of course you're angry." had been defensive at 0.53).
  if ((best === DEFENSIVE || best === MINIMIZING) && raw < UNSURE_HARM && onlyKindCues(reading)) {
    best = VALIDATING;
    raw = probs[VALIDATING] as number;
  }
  // Taxonomy rule 4: no words, but the hurt owned ("I have no words, but I know I hurt you"), is
  // validating; so is "I don't know what to say. Thank you. I'll delete the app tonight." A question
  // left unanswered stays neutral (kind words in place of the answer).
  if (best === NEUTRAL && reading.answer?.response !== 'unanswered' && ownsAfterNoWords(reading)) {
    best = VALIDATING;
    raw = probs[VALIDATING] as number;
  }
  return { label: LABELS[best] as Label, raw, probs, partLabels };
}

// A trade, chosen on cross-validation (challenge-2 and -3 did not move): at 0.5, 5-fold CV false blame
// 4.7% -> 4.5% and false praise 4.8% -> 5.0%, macro-F1 unchanged; at 0.6 the trade was steeper.
const UNSURE_HARM = 0.5;

// What follows the "no words" decides, after a "but" or in the sentences after it (rule 4 reads
// "with nothing else" as the neutral case).
const NO_WORDS =
  /\b(?:i do not know what to say|i have no words|i do not have (?:the |any )?words|i can not find (?:the |any )?words)\b/;

function ownsAfterNoWords(reading: ReplyReading): boolean {
  const m = NO_WORDS.exec(reading.normalized.text);
  if (!m) return false;
  const after = m.index + m[0].length;
  return (
    onlyKindCues(reading) &&
    reading.hits.some((h) => h.start >= after && h.weight >= 1 && sideOf(h.signal) === 'validating')
  );
}

/**
 * Kind words, a weak cue's among them ("You must feel like..."), and nothing that defends or shrinks:
 * said in place of the answer, they leave the question unanswered and are not blamed.
 */
function kindWordsOnly(reading: ReplyReading): boolean {
  return (
    reading.hits.some((h) => sideOf(h.signal) === 'validating') &&
    !hasCueOfSide(reading, -1, DEFENSIVE) &&
    !hasCueOfSide(reading, -1, MINIMIZING)
  );
}

/** Every cue in the reply is kind: one of the validating side, none that defends or shrinks. */
function onlyKindCues(reading: ReplyReading): boolean {
  return (
    hasCueOfSide(reading, -1, VALIDATING) &&
    !hasCueOfSide(reading, -1, DEFENSIVE) &&
    !hasCueOfSide(reading, -1, MINIMIZING)
  );
}

// Taxonomy v2: an apology, a feeling named or reassurance in place of the answer leaves the question
// unanswered, and that is neutral however kind the words ("Did you see her again?" "I understand why
// you'd ask."); the corpus agrees (3 of its ~420 unanswered replies are validating). Kind words with
// nothing that defends or shrinks, said in place of the answer, are not blamed on the model's lean
// either ("I can see why you'd want to know that").
function praisesOrBlamesKindWords(reading: ReplyReading, best: number): boolean {
  if (best === VALIDATING) return true;
  if (best === NEUTRAL) return false;
  return kindWordsOnly(reading);
}

/** Neutral, unless the likeliest other label is harmful and a cue of its side backs it. */
function unansweredLabel(reading: ReplyReading, probs: Float64Array): number {
  const next = argmaxExcept(probs, VALIDATING);
  return next !== NEUTRAL && hasCueOfSide(reading, -1, next) ? next : NEUTRAL;
}

export function judge(model: CompiledModel, reading: ReplyReading, reply: string): Classification {
  const verdict = decide(model, reading);
  const { label } = verdict;
  const answerHits = answerSignals(reading);
  const hits = [...reading.hits.map((h) => asked(reading, h)), ...answerHits];
  const evidence = toEvidence(orderForLabel(hits, label), reading, reply);
  const signals = [...new Set(orderForLabel(hits, label).map((h) => h.signal))];
  const result: Classification = {
    label,
    confidence: round(calibrated(model.calibration, verdict.raw)),
    signals,
    evidence,
  };
  const question = questionReading(reading);
  if (question) result.question = question;
  if (verdict.partLabels.length > 1) result.parts = partsOf(reading, verdict.partLabels, hits, reply);
  return result;
}

// `evasion` is going round a question (taxonomy v2). With nothing asked, the same words ("Does it
// matter?", "I'm not getting into that") step out of the conversation: feedback that spoke of "the
// question" when there was none taught the wrong thing. The model saw them as the cue they are.
function asked(reading: ReplyReading, hit: SignalHit): SignalHit {
  return hit.signal === 'evasion' && !reading.answer ? { ...hit, signal: 'stonewall' } : hit;
}

// The answer reader's findings as signals: an answer given, a question refused, or one left unanswered.
function answerSignals(reading: ReplyReading): SignalHit[] {
  const { answer } = reading;
  if (!answer) return [];
  const text = reading.normalized.text;
  if (answer.response === 'unanswered') {
    const first = reading.parts[0] as { start: number; end: number };
    return [{ signal: 'unanswered', weight: 1, start: first.start, end: trimEnd(text, first.end), cue: -1 }];
  }
  const signal: Signal = answer.response === 'answered' ? 'honest-answer' : 'evasion';
  return [{ signal, weight: 1, start: answer.start ?? 0, end: answer.end ?? text.length, cue: -1 }];
}

function questionReading(reading: ReplyReading): QuestionReading | undefined {
  const { answer, question } = reading;
  if (!answer || question.type !== 'info') return undefined;
  const kind = answer.gives[0] ?? question.kinds[0];
  return kind ? { kind, response: answer.response } : undefined;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && ' .?!,;:'.includes(text[e - 1] as string)) e--;
  return e;
}

// The label's own side first (strongest first), then the rest in reading order: feedback quotes
// the first evidence of the label's side and credits the first validating words of a harmful reply.
function orderForLabel(hits: readonly SignalHit[], label: Label): SignalHit[] {
  const own = hits.filter((h) => sideOf(h.signal) === label).sort((a, b) => b.weight - a.weight || a.start - b.start);
  const rest = hits.filter((h) => sideOf(h.signal) !== label).sort((a, b) => a.start - b.start);
  return [...own, ...rest];
}

function toEvidence(hits: readonly SignalHit[], reading: ReplyReading, reply: string): Evidence[] {
  const evidence: Evidence[] = [];
  for (const h of hits) {
    const [start, end] = originalSpan(reading.normalized, h.start, h.end);
    if (end <= start) continue;
    // Overlapping cues for one signal ("I'm sorry", "sorry I") are shown as one span.
    const overlap = evidence.find((e) => e.signal === h.signal && start < e.end && end > e.start);
    if (overlap) {
      overlap.start = Math.min(overlap.start, start);
      overlap.end = Math.max(overlap.end, end);
      overlap.text = reply.slice(overlap.start, overlap.end);
      continue;
    }
    evidence.push({ signal: h.signal, text: reply.slice(start, end), start, end });
  }
  return evidence;
}

function partsOf(reading: ReplyReading, labels: number[], hits: readonly SignalHit[], reply: string): ReplyPart[] {
  return reading.parts.map((part, p) => {
    const [start, end] = originalSpan(reading.normalized, part.start, Math.max(part.start + 1, part.end));
    const own = hits.filter((h) => h.start >= part.start && h.start < part.end);
    const signals = [...new Set(own.map((h) => h.signal))];
    return { start, end: Math.min(end, reply.length), label: partLabel(labels[p] as number, own), signals };
  });
}

// A sentence alone is short, and the model leans neutral on short text; one whose signals all argue
// for one side ("I'm sorry.") is labeled by that side, so feedback can credit it.
function partLabel(label: number, hits: readonly SignalHit[]): Label {
  if (label !== NEUTRAL) return LABELS[label] as Label;
  const sides = new Set(hits.map((h) => sideOf(h.signal)));
  const [side] = sides;
  return sides.size === 1 && side !== 'neutral' ? (side as Label) : 'neutral';
}

function argmax(xs: Float64Array): number {
  let best = 0;
  for (let i = 1; i < WIDTH; i++) if ((xs[i] as number) > (xs[best] as number)) best = i;
  return best;
}

function argmaxExcept(xs: Float64Array, skip: number): number {
  let best = -1;
  for (let i = 0; i < WIDTH; i++) if (i !== skip && (best === -1 || (xs[i] as number) > (xs[best] as number))) best = i;
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
