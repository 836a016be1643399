// Trains the crisis model (crisis-model.ts) on the safety training files: logistic regression by
// AdaGrad with L2 for the crisis head (every line), and a softmax over four kinds for the kind head
// (crisis lines only). The crisis patterns are features: the model learns how far each can be
// trusted. The threshold comes from leave-one-writer-out cross-validation: each writer's file is
// scored by a model trained on the other files, and chooseThreshold picks it from the pooled
// held-out scores. Deterministic: features in a fixed order, a seeded shuffle, fixed
// epochs, so the same files give the same model byte for byte.

import { packTable } from '../classifier/packed-table.js';
import { hashText } from '../feedback/pick-variant.js';
import { seededOrder } from '../rng.js';
import { crisisFeatures, FEATURE_WEIGHTS, type FeatureWeights, HASH_BITS, SLOTS } from './crisis-features.js';
import {
  type CompiledCrisisModel,
  type CrisisModelArtifact,
  compileCrisisModel,
  crisisProbability,
  type HeldOutFigures,
  KIND_CLASSES,
  type KindClass,
  kindFromLogits,
  lastLogits,
  type Thresholds,
  WIDTH,
} from './crisis-model.js';
import type { CrisisPattern } from './crisis-patterns.js';
import { readPatterns } from './crisis-reading.js';
import type { SafetyLine } from './safety-lines.js';

export interface CrisisTrainOptions {
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  seed: number;
  features: FeatureWeights;
  /** How much each sentence of a near miss counts as a near miss of its own (0: not at all). */
  partWeight: number;
  /** How much an ordinary reply (a line of a source with no crisis lines: the practice corpus) counts. */
  ordinaryWeight: number;
  /** The pooled held-out recall the threshold is chosen for... */
  recallTarget: number;
  /** ...unless it costs more than this share of the writers' near misses (see chooseThresholds). */
  falseAlarmCeiling: number;
  /** Within the ceiling, recall this close to the most is as good: the lowest pattern threshold wins. */
  recallSlack: number;
}

/** Which bound decided the threshold. */
export type ThresholdRule = 'recall' | 'false-alarm-ceiling';

// Chosen by leave-one-writer-out cross-validation of the training files (npm run eval:safety prints
// the figures), never on eval/safety.jsonl.
export const CRISIS_TRAINING: CrisisTrainOptions = {
  epochs: 10,
  rate: 0.05,
  l2: 1e-4,
  seed: 7,
  features: FEATURE_WEIGHTS,
  partWeight: 0.5,
  // The practice corpus (7,486 ordinary replies, five times the writers' near misses) at full
  // weight pulls the common words of a confession toward "no crisis". Leave one writer out (the
  // corpus's lines in folds by a hash of their words), weights 0.5 / 0.4 / 0.3 gave recall
  // 0.578 / 0.591 / 0.595; 0.3 paused on its own corpus replies, 0.4 keeps a false pause on an
  // ordinary reply held out at 0.1%: the most recall at one in a thousand. (Before the own-repairs
  // batch, with folds dealt in file order, 1 / 0.5 / 0.4 gave 0.582 / 0.594 / 0.600.)
  ordinaryWeight: 0.4,
  recallTarget: 0.98,
  falseAlarmCeiling: 0.02,
  recallSlack: 0.01,
};

/** A training line and the writer (training file) it comes from. */
export interface TrainingLine extends SafetyLine {
  source: string;
}

interface Example {
  slots: Int32Array;
  values: Float32Array;
  parts: Int16Array;
  inWhole: Uint8Array;
  partCount: number;
  crisis: boolean;
  /** Index into KIND_CLASSES, for crisis lines. */
  kind: number;
  /** The first crisis pattern that matched, if any. */
  pattern: string | undefined;
  /** What the matched pattern names (the notice's kind, or leverage), if one matched. */
  patternNames: KindClass | undefined;
  source: string;
  /** How much it counts in training. */
  weight: number;
  /** A sentence of a longer near miss: trained on, never scored as a line of its own. */
  sentence: boolean;
  /** A hash of the line's words: which fold an ordinary line falls in, whatever else the corpus holds. */
  textHash: number;
}

/** What detectCrisis names for a pattern's match: leverage, or whose harm. */
function namedBy(pattern: CrisisPattern, framed: boolean): KindClass {
  const leverage = pattern.leverage === true || (framed && pattern.kind !== 'being-harmed');
  return leverage ? 'leverage' : pattern.kind;
}

export function kindClassOf(kind: string): KindClass {
  if (kind === 'harm-to-others' || kind === 'being-harmed' || kind === 'leverage') return kind;
  return 'self-harm';
}

/** One example per line; and, for a near miss of several sentences, each sentence as a near miss. */
function examplesOf(lines: readonly TrainingLine[], o: CrisisTrainOptions): Example[] {
  const examples: Example[] = [];
  const writers = new Set(lines.filter((line) => line.crisis).map((line) => line.source));
  for (const line of lines) {
    const weight = writers.has(line.source) ? 1 : o.ordinaryWeight;
    const reading = readPatterns(line.text);
    const f = crisisFeatures(reading.tokens, { leverage: reading.leverage, pattern: reading.pattern?.id }, o.features);
    const whole: Example = {
      slots: f.slots.slice(0, f.count),
      values: f.values.slice(0, f.count),
      parts: f.parts.slice(0, f.count),
      inWhole: f.inWhole.slice(0, f.count),
      partCount: f.partCount,
      crisis: line.crisis,
      kind: KIND_CLASSES.indexOf(kindClassOf(line.kind)),
      pattern: reading.pattern?.id,
      patternNames: reading.pattern === undefined ? undefined : namedBy(reading.pattern, reading.leverage),
      source: line.source,
      weight,
      sentence: false,
      textHash: hashText(line.text),
    };
    examples.push(whole);
    if (line.crisis || f.partCount < 2 || o.partWeight === 0) continue;
    for (let p = 0; p < f.partCount; p++) examples.push(sentenceOf(whole, p, o.partWeight * weight));
  }
  return examples;
}

function sentenceOf(whole: Example, part: number, weight: number): Example {
  const at: number[] = [];
  for (let i = 0; i < whole.slots.length; i++) if (whole.parts[i] === part) at.push(i);
  return {
    ...whole,
    slots: Int32Array.from(at, (i) => whole.slots[i] as number),
    values: Float32Array.from(at, (i) => whole.values[i] as number),
    parts: new Int16Array(at.length),
    inWhole: new Uint8Array(at.length).fill(1),
    partCount: 1,
    weight,
    sentence: true,
  };
}

/** Gradients of one example's loss per column of the table (a buffer reused). */
type LossGradient = (example: Example, scores: Float64Array, out: Float64Array) => void;

/** Column 0: logistic loss on crisis / not. */
const crisisGradient: LossGradient = (example, scores, out) => {
  out[0] = example.weight * (1 / (1 + Math.exp(-(scores[0] as number))) - (example.crisis ? 1 : 0));
};

/** Columns 1-4: softmax over the kinds. */
const kindGradient: LossGradient = (example, scores, out) => {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 1; k < WIDTH; k++) max = Math.max(max, scores[k] as number);
  let total = 0;
  for (let k = 1; k < WIDTH; k++) {
    out[k] = Math.exp((scores[k] as number) - max);
    total += out[k] as number;
  }
  for (let k = 1; k < WIDTH; k++) out[k] = (out[k] as number) / total - (k - 1 === example.kind ? 1 : 0);
};

/** AdaGrad on the columns [from, to) of the table, for the examples given. */
function fitColumns(
  examples: readonly Example[],
  o: CrisisTrainOptions,
  columns: { from: number; to: number; gradient: LossGradient },
  weights: Float64Array,
  bias: Float64Array,
): void {
  const squares = new Float64Array(SLOTS * WIDTH);
  const biasSquares = new Float64Array(WIDTH);
  const scores = new Float64Array(WIDTH);
  const g = new Float64Array(WIDTH);
  const { from, to, gradient } = columns;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = seededOrder(examples.length, o.seed + epoch);
    for (let e = 0; e < order.length; e++) {
      const ex = examples[order[e] as number] as Example;
      for (let k = from; k < to; k++) scores[k] = bias[k] as number;
      // The whole reply counts each slot once (a sentence's repeats are scored with its part).
      for (let i = 0; i < ex.slots.length; i++) {
        if (ex.inWhole[i] !== 1) continue;
        const base = (ex.slots[i] as number) * WIDTH;
        const v = ex.values[i] as number;
        for (let k = from; k < to; k++) scores[k] = (scores[k] as number) + (weights[base + k] as number) * v;
      }
      gradient(ex, scores, g);
      for (let i = 0; i < ex.slots.length; i++) {
        if (ex.inWhole[i] !== 1) continue;
        const base = (ex.slots[i] as number) * WIDTH;
        const v = ex.values[i] as number;
        for (let k = from; k < to; k++) {
          const at = base + k;
          const w = weights[at] as number;
          const grad = (g[k] as number) * v + o.l2 * w;
          squares[at] = (squares[at] as number) + grad * grad;
          weights[at] = w - (o.rate * grad) / Math.sqrt((squares[at] as number) + 1e-8);
        }
      }
      for (let k = from; k < to; k++) {
        const grad = g[k] as number;
        biasSquares[k] = (biasSquares[k] as number) + grad * grad;
        bias[k] = (bias[k] as number) - (o.rate * grad) / Math.sqrt((biasSquares[k] as number) + 1e-8);
      }
    }
  }
}

interface Fitted {
  artifactPart: Pick<CrisisModelArtifact, 'scale' | 'slots' | 'weights' | 'bias'>;
  compiled: CompiledCrisisModel;
}

function fitModel(examples: readonly Example[], o: CrisisTrainOptions): Fitted {
  const weights = new Float64Array(SLOTS * WIDTH);
  const bias = new Float64Array(WIDTH);
  fitColumns(examples, o, { from: 0, to: 1, gradient: crisisGradient }, weights, bias);
  const crisis = examples.filter((ex) => ex.crisis);
  fitColumns(
    crisis.filter((ex) => !ex.sentence),
    o,
    { from: 1, to: WIDTH, gradient: kindGradient },
    weights,
    bias,
  );
  const packed = packTable(weights, WIDTH);
  const artifactPart = { ...packed, bias: Array.from(bias) };
  // Held-out lines are scored by the quantized table, as detectCrisis will score them.
  const compiled = compileCrisisModel({
    ...artifactPart,
    format: 1,
    hashBits: HASH_BITS,
    thresholds: { plain: 0.5, pattern: 0.5 },
    thresholdRule: 'recall',
  } as CrisisModelArtifact);
  return { artifactPart, compiled };
}

/** A held-out verdict: the model's probability for a line of a writer it was trained without. */
export interface HeldOutScore {
  probability: number;
  /** What the notice would name if the line were flagged. */
  named: KindClass;
  /** A crisis pattern matched it: the pattern threshold applies. */
  pattern: boolean;
  crisis: boolean;
  source: string;
  kind: string;
}

/**
 * Each line scored by a model trained without its writer's file. A source with no crisis lines (the
 * practice corpus) is no writer of crisis lines: each of its lines goes to a fold by a hash of its
 * words, so each is still scored by a model that never saw it, and a new corpus file adds lines to
 * the folds without moving the others between them.
 */
export function leaveOneWriterOut(
  lines: readonly TrainingLine[],
  o: CrisisTrainOptions = CRISIS_TRAINING,
): HeldOutScore[] {
  const examples = examplesOf(lines, o);
  const writers = [...new Set(examples.filter((ex) => ex.crisis).map((ex) => ex.source))].sort();
  const foldOf = examples.map((ex) =>
    writers.includes(ex.source) ? writers.indexOf(ex.source) : ex.textHash % writers.length,
  );
  const scores: HeldOutScore[] = [];
  let line = -1;
  const lineOf = examples.map((ex) => (ex.sentence ? line : ++line));
  writers.forEach((_, fold) => {
    const { compiled } = fitModel(
      examples.filter((_, i) => foldOf[i] !== fold),
      o,
    );
    examples.forEach((ex, i) => {
      if (foldOf[i] !== fold || ex.sentence) return;
      scores[lineOf[i] as number] = {
        probability: scoreOf(compiled, ex),
        named: ex.patternNames ?? modelNames(),
        pattern: ex.pattern !== undefined,
        crisis: ex.crisis,
        source: ex.source,
        kind: lines[lineOf[i] as number]?.kind ?? '',
      };
    });
  });
  return scores;
}

/** What the kind head names, from the last scoreOf. */
function modelNames(): KindClass {
  const { kind, leverage } = kindFromLogits(lastLogits());
  return leverage ? 'leverage' : kind;
}

function scoreOf(model: CompiledCrisisModel, ex: Example): number {
  const { slots, values, parts, inWhole, partCount } = ex;
  const unnamed = { families: new Int8Array(0), origins: new Int32Array(0), tokens: [] };
  return crisisProbability(model, { slots, values, parts, inWhole, partCount, count: slots.length, ...unnamed });
}

/** How well a pair of thresholds does on the held-out scores. */
interface Choice extends Thresholds {
  recall: number;
  falseAlarms: number;
}

/**
 * The thresholds: one for replies a crisis pattern matched, one for the rest. Among the pairs that
 * reach the recall target on the writers' held-out lines, the one with the fewest false alarms on
 * their near misses; when no pair reaches it within the false-alarm ceiling, the pair with the
 * most recall within the ceiling (or nearly the most: recallSlack). The pattern threshold is tried
 * in steps of 0.02 from 0 (a pattern decides alone) up, lowest first; for each, the plain threshold
 * is set exactly from the scores.
 */
export function chooseThresholds(
  scores: readonly HeldOutScore[],
  o: Pick<CrisisTrainOptions, 'recallTarget' | 'falseAlarmCeiling' | 'recallSlack'>,
): { thresholds: Thresholds; rule: ThresholdRule } {
  const writers = new Set(scores.filter((s) => s.crisis).map((s) => s.source));
  const crisis = scores.filter((s) => s.crisis);
  const near = scores.filter((s) => !s.crisis && writers.has(s.source));
  const plainCrisis = descending(crisis.filter((s) => !s.pattern));
  const plainNear = descending(near.filter((s) => !s.pattern));
  const choices: Array<Choice & { reaches: boolean }> = [];
  for (let step = 0; step <= 50; step++) {
    const pattern = step / 50;
    const caught = crisis.filter((s) => s.pattern && s.probability >= pattern).length;
    const alarms = near.filter((s) => s.pattern && s.probability >= pattern).length;
    const needed = Math.ceil(o.recallTarget * crisis.length) - caught;
    const allowed = Math.floor(o.falseAlarmCeiling * near.length) - alarms;
    // The highest plain threshold that reaches the target; else the lowest within the ceiling.
    const byRecall = needed <= 0 ? 1 : Math.floor((plainCrisis[needed - 1] ?? 0) * 1e4) / 1e4;
    const byCeiling =
      allowed < 0
        ? 1.0001
        : allowed >= plainNear.length
          ? 0
          : Math.ceil(((plainNear[allowed] as number) + 1e-9) * 1e4) / 1e4;
    const plain = Math.max(byRecall, byCeiling);
    const choice = measure(crisis, near, { plain, pattern });
    choices.push({ ...choice, reaches: choice.recall >= o.recallTarget });
  }
  const reaching = choices.filter((c) => c.reaches && c.falseAlarms <= o.falseAlarmCeiling);
  const withinCeiling = choices.filter((c) => c.falseAlarms <= o.falseAlarmCeiling);
  const mostRecall = Math.max(...withinCeiling.map((c) => c.recall));
  // Pattern thresholds this close in recall are the same to the data: the lowest lets a pattern's
  // plain statement ("I wish I was dead") count.
  const chosen =
    reaching.length > 0
      ? ([...reaching].sort((a, b) => a.falseAlarms - b.falseAlarms || a.pattern - b.pattern)[0] as Choice)
      : (withinCeiling.find((c) => c.recall >= mostRecall - o.recallSlack) as Choice);
  return {
    thresholds: { plain: chosen.plain, pattern: chosen.pattern },
    rule: reaching.length > 0 ? 'recall' : 'false-alarm-ceiling',
  };
}

function measure(crisis: readonly HeldOutScore[], near: readonly HeldOutScore[], t: Thresholds): Choice {
  const flagged = (s: HeldOutScore) => isFlagged(s, t);
  return {
    ...t,
    recall: crisis.filter(flagged).length / Math.max(1, crisis.length),
    falseAlarms: near.filter(flagged).length / Math.max(1, near.length),
  };
}

const isFlagged = (s: HeldOutScore, t: Thresholds): boolean => s.probability >= (s.pattern ? t.pattern : t.plain);

/** The probabilities, highest first. */
function descending(scores: readonly HeldOutScore[]): number[] {
  return scores.map((s) => s.probability).sort((a, b) => b - a);
}

/** Recall and false alarms of the held-out scores at a threshold: pooled, per writer, per kind. */
export function heldOutFigures(scores: readonly HeldOutScore[], thresholds: Thresholds): HeldOutFigures {
  const flagged = (s: HeldOutScore) => isFlagged(s, thresholds);
  const rate = (group: readonly HeldOutScore[]) => round(group.filter(flagged).length / Math.max(1, group.length));
  const tally = (group: readonly HeldOutScore[]) => {
    const crisis = group.filter((s) => s.crisis);
    const near = group.filter((s) => !s.crisis);
    return { recall: rate(crisis), falseAlarms: rate(near), crisis: crisis.length, near: near.length };
  };
  // Pooled over the writers' files; the practice corpus (no crisis lines) keeps its own row.
  const writers = new Set(scores.filter((s) => s.crisis).map((s) => s.source));
  const ofWriters = scores.filter((s) => writers.has(s.source));
  const pooled = tally(ofWriters);
  const caught = ofWriters.filter((s) => s.crisis && flagged(s));
  const groups = (key: (s: HeldOutScore) => string, of: readonly HeldOutScore[]) =>
    [...new Set(of.map(key))].sort().map((name) => [name, of.filter((s) => key(s) === name)] as const);
  return {
    byWriter: Object.fromEntries(groups((s) => s.source, scores).map(([name, group]) => [name, tally(group)])),
    byKind: Object.fromEntries(
      groups((s) => `${s.crisis ? 'crisis' : 'near miss'}: ${s.kind}`, ofWriters).map(([name, group]) => [
        name,
        { flagged: rate(group), lines: group.length },
      ]),
    ),
    recall: pooled.recall,
    falseAlarms: pooled.falseAlarms,
    kindNamed: round(caught.filter((s) => s.named === kindClassOf(s.kind)).length / Math.max(1, caught.length)),
  };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** The model, its threshold from leave-one-writer-out, and the held-out figures at that threshold. */
export function trainCrisisModel(
  lines: readonly TrainingLine[],
  dataHash: string,
  o: CrisisTrainOptions = CRISIS_TRAINING,
): CrisisModelArtifact {
  const heldOut = leaveOneWriterOut(lines, o);
  const { thresholds, rule } = chooseThresholds(heldOut, o);
  const { artifactPart } = fitModel(examplesOf(lines, o), o);
  return {
    format: 1,
    dataHash,
    hashBits: HASH_BITS,
    examples: lines.length,
    thresholds,
    thresholdRule: rule,
    heldOut: heldOutFigures(heldOut, thresholds),
    ...artifactPart,
  };
}
