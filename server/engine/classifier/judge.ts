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
import type { SignalHit } from './detect-signals.js';
import { type CompiledModel, calibrated, scoreFeatures, softmaxInto } from './linear-model.js';
import { originalSpan } from './normalize-reply.js';
import type { ReplyReading } from './read-reply.js';
import { type ReplyFeatures, replyFeatures } from './reply-features.js';
import { sideOf } from './signal-sides.js';

const WIDTH = LABELS.length;
const VALIDATING = 0;
const DEFENSIVE = 1;
const MINIMIZING = 2;
const NEUTRAL = 3;

function hasCueOfSide(reading: ReplyReading, part: number, label: number): boolean {
  const { start, end } = reading.parts[part] as { start: number; end: number };
  const side = LABELS[label];
  return reading.hits.some((h) => h.start >= start && h.start < end && h.weight >= 1 && sideOf(h.signal) === side);
}

// Which labels have a signal of their own side in the reply (neutral always has "none of the above").
function sidesWithSignals(reading: ReplyReading): boolean[] {
  const sides = [false, false, false, true];
  for (const h of reading.hits) sides[LABELS.indexOf(sideOf(h.signal))] = true;
  const response = reading.answer?.response;
  if (response === 'answered') sides[VALIDATING] = true;
  if (response === 'evaded') sides[DEFENSIVE] = true;
  return sides;
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
  features: ReplyFeatures;
}

export function decide(model: CompiledModel, reading: ReplyReading): Verdict {
  const features = replyFeatures(reading);
  const multi = features.partCount > 1;
  if (multi && partScores.length < features.partCount * WIDTH)
    partScores = new Float64Array(features.partCount * WIDTH);
  scoreFeatures(model, features, whole, multi ? partScores : undefined);
  const t = model.calibration.temperature;
  softmaxInto(whole, 0, t, probs);
  let best = argmax(probs);
  let raw = probs[best] as number;
  const partLabels: number[] = [];
  if (multi) {
    // Taxonomy rule 1 and 7: one sentence that defends or minimizes decides a long reply.
    let harmful = -1;
    let harmfulP = model.settings.harmfulPart;
    for (let p = 0; p < features.partCount; p++) {
      softmaxInto(partScores, p * WIDTH, t, partProbs);
      const label = argmax(partProbs);
      partLabels.push(label);
      // A part decides only with a cue of its side in it: the part model alone has seen few lone sentences.
      const backed = !model.settings.harmfulPartNeedsCue || hasCueOfSide(reading, p, label);
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
  // A verdict needs a reason a user can be shown: without a signal of its side, the model's hunch must
  // be strong, or the verdict falls to the likeliest label that needs none (neutral) or has one.
  const sides = sidesWithSignals(reading);
  if (best !== NEUTRAL && !sides[best]) {
    const bar = best === VALIDATING ? model.settings.praiseNeedsSignal : model.settings.blameNeedsSignal;
    if ((probs[best] as number) < bar) {
      let next = NEUTRAL;
      for (let k = 0; k < WIDTH; k++) if (sides[k] && (probs[k] as number) > (probs[next] as number)) next = k;
      best = next;
      raw = probs[next] as number;
    }
  }
  const s = strengths(reading.hits);
  // Taxonomy v2: a question left unanswered without a refusal is neutral, not defensive: blame needs
  // a harmful signal there.
  if (
    model.settings.unansweredIsNotBlame &&
    reading.answer?.response === 'unanswered' &&
    (best === DEFENSIVE || best === MINIMIZING) &&
    s.defensive + s.minimizing === 0
  ) {
    best = NEUTRAL;
    raw = probs[NEUTRAL] as number;
  }
  // Taxonomy rule 2: between the harmful labels, the side whose cues are there decides ("...but you
  // stopped caring" blames, so it defends, whatever the model's second thoughts).
  if (model.settings.harmfulSideByCues) {
    if (best === MINIMIZING && s.defensive >= 1 && s.minimizing === 0) best = DEFENSIVE;
    else if (best === DEFENSIVE && s.minimizing >= 1 && s.defensive === 0) best = MINIMIZING;
  }
  if (best === VALIDATING && model.settings.harmfulCueOverrides) {
    if (s.defensive + s.minimizing >= 1) {
      best =
        s.defensive > s.minimizing || (s.defensive === s.minimizing && (probs[1] as number) >= (probs[2] as number))
          ? DEFENSIVE
          : MINIMIZING;
      raw = Math.max(probs[best] as number, 0.5);
    }
  }
  return { label: LABELS[best] as Label, raw, probs, partLabels, features };
}

export function judge(model: CompiledModel, reading: ReplyReading, reply: string): Classification {
  const verdict = decide(model, reading);
  const { label } = verdict;
  const answerHits = answerSignals(reading);
  const hits = [...reading.hits, ...answerHits];
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

type Strengths = Record<Label, number>;

// One cue per signal counts (saying "sorry" three times is one apology).
function strengths(hits: readonly SignalHit[]): Strengths {
  const best = new Map<Signal, number>();
  for (const h of hits) best.set(h.signal, Math.max(best.get(h.signal) ?? 0, h.weight));
  const s: Strengths = { validating: 0, defensive: 0, minimizing: 0, neutral: 0 };
  for (const [signal, weight] of best) s[sideOf(signal)] += weight;
  return s;
}

function argmax(xs: Float64Array): number {
  let best = 0;
  for (let i = 1; i < WIDTH; i++) if ((xs[i] as number) > (xs[best] as number)) best = i;
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
