// classifyReply: the one judgment Mend lives by. Explainable signal patterns find the cues a careful
// reader uses; natural's Bayes model, trained on the project's corpus over words and those cues,
// weighs them; the taxonomy's precedence rules have the last word ("I'm sorry, but..." is never
// validation). Pure: the trained model is imported as data once, and a call does no I/O.
import { type Classification, type Evidence, LABELS, type Label, type ReplyContext, type Signal } from '../types.js';
import { type CompiledModel, compileModel, labelAt, type ModelArtifact, probabilitiesOfRows } from './bayes-model.js';
import { detectSignals, type SignalHit } from './detect-signals.js';
import { looksForeign } from './language-guess.js';
import trainedModel from './model.generated.json' with { type: 'json' };
import { featureIndex, modelFeatureRows } from './model-features.js';
import { normalizeReply, originalSpan } from './normalize-reply.js';
import { sideOf } from './signal-sides.js';

/** Replies longer than this are judged on their first part; the server refuses them long before. */
export const MAX_CLASSIFIED_CHARS = 5_000;
// Both constants were chosen by 5-fold cross-validation on the project's corpus (npm run eval -- --cv 5).
/** How much a cue's weight counts against the model's log-probability. */
const CUE_WEIGHT = 2.5;
/**
 * A reply with no cue at all "does none of the above" (taxonomy): neutral, unless the model is very
 * sure. Bag-of-words hunches on logistics ("I'll take the dog out") are otherwise overconfident.
 */
const SILENCE_MEANS_NEUTRAL = 9;
/**
 * The model's probability of validating above which a reply with no validating cue is neutral rather
 * than its next-best label. Chosen on 5-fold CV of the corpus (0.5 to 0.999 tried): at 0.8 about half
 * the unfair "defensive" verdicts on kind or neutral replies go, at the least cost in missed ones.
 */
const SURE_IT_IS_KIND = 0.8;

// Taxonomy rule 4: an honest "I don't know what to say", with nothing else, is neutral.
const AT_A_LOSS =
  /^(?:honestly |i mean |um |uh |ok |i |\. |, )*(?:i do not know|i am not sure|i have no idea|no idea|i do not have the words)(?: what (?:to (?:say|do|tell you)|i (?:can|could|should) say))?(?: (?:right now|anymore|honestly))?(?: [.?!,])*$/;

export class EmptyReplyError extends Error {
  readonly code = 'empty_reply';
  constructor() {
    super('A reply needs some words.');
  }
}

const defaultModel = compileModel(trainedModel as unknown as ModelArtifact);
// Built with the model rather than on the first reply, so loading is paid at start, not by a user.
featureIndex(defaultModel);

export function classifyReply(text: string, context: ReplyContext = {}): Classification {
  return classifyWith(defaultModel, text, context);
}

/** The same judgment with another trained model (cross-validation trains one per fold). */
export function classifyWith(model: CompiledModel, text: string, context: ReplyContext = {}): Classification {
  if (typeof text !== 'string' || text.trim() === '') throw new EmptyReplyError();
  // Callers from JSON may pass a context of the wrong shape: a partner line that is not text is no line.
  const partner = typeof context?.partner === 'string' ? context.partner : undefined;
  const reply = text.length > MAX_CLASSIFIED_CHARS ? text.slice(0, MAX_CLASSIFIED_CHARS) : text;
  if (looksForeign(reply)) return { label: 'neutral', confidence: 0.3, signals: [], evidence: [] };

  const normalized = normalizeReply(reply);
  if (AT_A_LOSS.test(normalized.text)) return { label: 'neutral', confidence: 0.8, signals: [], evidence: [] };
  const hits = detectSignals(normalized, partner);
  const strength = sideStrengths(hits);
  const features = modelFeatureRows(model, normalized.text, uniqueSignals(hits));
  const probs = probabilitiesOfRows(model, features.rows, features.count);
  const silent = strength.validating + strength.defensive + strength.minimizing === 0;
  const scores = LABELS.map(
    (label, i) =>
      Math.log((probs[i] as number) + 1e-9) +
      CUE_WEIGHT * strength[label] +
      (silent && label === 'neutral' ? SILENCE_MEANS_NEUTRAL : 0),
  );
  const first = labelAt(argmax(scores));
  const label = applyPrecedence(first, strength, probs);
  const kept = hits.filter((h) => sideOf(h.signal) === label).sort((a, b) => a.start - b.start);
  // When a precedence rule overrode the scores, how sure we are is how clear the overriding cues are.
  const confidence =
    label === first ? confidenceOf(scores, LABELS.indexOf(label)) : Math.min(0.9, 0.5 + 0.15 * strength[label]);
  return {
    label,
    confidence: round(confidence),
    signals: uniqueSignals(kept),
    evidence: toEvidence(kept, normalized, reply),
  };
}

type Strengths = Record<Label, number>;

// One cue per signal counts (saying "sorry" three times is one apology), strongest first.
function sideStrengths(hits: readonly SignalHit[]): Strengths {
  const best = new Map<Signal, number>();
  for (const h of hits) best.set(h.signal, Math.max(best.get(h.signal) ?? 0, h.weight));
  const strength: Strengths = { validating: 0, defensive: 0, minimizing: 0, neutral: 0 };
  for (const [signal, weight] of best) strength[sideOf(signal)] += weight;
  return strength;
}

// Taxonomy rule 1: any defensive or minimizing part outweighs validation. Rule 2 picks between them
// by which side has the stronger cues, then by the model.
function applyPrecedence(label: Label, s: Strengths, probs: Float64Array): Label {
  const harm = s.defensive + s.minimizing;
  // Praise needs a reason: with no validating cue at all, the model's hunch is not enough to tell
  // someone they listened (false praise is the costliest error). Blame should not come from a hunch
  // either: when the model is fairly sure the reply is kind, it is neutral; when it is unsure, its
  // next-best label stands (those are mostly harmful replies our cues missed). A defensive or
  // minimizing cue below still decides.
  if (label === 'validating' && s.validating === 0) {
    if ((probs[0] as number) >= SURE_IT_IS_KIND) label = 'neutral';
    else {
      const rest = [1, 2, 3].sort((a, b) => (probs[b] as number) - (probs[a] as number));
      label = labelAt(rest[0] as number);
    }
  }
  if ((label === 'validating' || label === 'neutral') && harm >= 1) {
    if (s.defensive !== s.minimizing) return s.defensive > s.minimizing ? 'defensive' : 'minimizing';
    return (probs[1] as number) >= (probs[2] as number) ? 'defensive' : 'minimizing';
  }
  return label;
}

// The combined scores are sharp (a few clear cues saturate them); softened, they read as the honest
// "how sure" a user sees, and nothing is ever shown as certain.
const CONFIDENCE_SOFTNESS = 4;
const MAX_CONFIDENCE = 0.97;

function confidenceOf(scores: number[], chosen: number): number {
  const soft = scores.map((s) => s / CONFIDENCE_SOFTNESS);
  const max = Math.max(...soft);
  const exps = soft.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return Math.min(MAX_CONFIDENCE, (exps[chosen] as number) / total);
}

function uniqueSignals(hits: readonly SignalHit[]): Signal[] {
  return [...new Set(hits.map((h) => h.signal))];
}

function toEvidence(hits: readonly SignalHit[], n: ReturnType<typeof normalizeReply>, reply: string): Evidence[] {
  const evidence: Evidence[] = [];
  for (const h of hits) {
    const [start, end] = originalSpan(n, h.start, h.end);
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

function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) > (xs[best] as number)) best = i;
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
