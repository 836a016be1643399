// Crisis detection: does a reply say the user may hurt themselves, hurt someone, or is being hurt?
// Two layers over one reading of the reply (crisis-reading.ts). The patterns (crisis-patterns.ts)
// read the reply first; the first that matches names the kind. The crisis model (crisis-model.ts),
// trained on the project's safety training files, decides, with the matched pattern among its
// features (measured leave-one-writer-out, a pattern's word alone raised more false alarms than the
// model weighing it with the rest of the reply) and the threshold chosen for it by that
// cross-validation; its kind head names the kind when no pattern matched. Every decision can be
// explained: readForCrisis says which pattern matched and which words and concepts pushed the
// model. Pure, no I/O.
import type { SafetyNotice } from '../types.js';
import { crisisFeatures, type ReplyContext } from './crisis-features.js';
import trainedModel from './crisis-model.generated.json' with { type: 'json' };
import {
  type CrisisModelArtifact,
  compileCrisisModel,
  crisisProbability,
  kindFromLogits,
  lastLogits,
  strongestFeatures,
} from './crisis-model.js';
import { crisisNotice } from './crisis-notice.js';
import { matchedPatterns, type PatternReading, readPatterns } from './crisis-reading.js';

// Checked by compileCrisisModel: a model trained by another version of this code is refused.
const ARTIFACT = trainedModel as unknown as CrisisModelArtifact;
const MODEL = compileCrisisModel(ARTIFACT);

/** How the trained model was chosen: its thresholds, what decided them, and its held-out figures. */
export function crisisModelSummary(): Pick<
  CrisisModelArtifact,
  'examples' | 'thresholds' | 'thresholdRule' | 'heldOut'
> {
  const { examples, thresholds, thresholdRule, heldOut } = ARTIFACT;
  return { examples, thresholds, thresholdRule, heldOut };
}

export interface CrisisReading {
  /** The reply as the patterns read it, figures of speech blanked. */
  text: string;
  /** The reply makes harm the price of the partner's choice ("if you leave ..."). */
  leverage: boolean;
  /** The ids of every pattern that matched, in pattern order (leverage first). */
  matched: string[];
  /** What the model made of it: its probability, the threshold, and what pushed it most. */
  model: {
    probability: number;
    threshold: number;
    crisis: boolean;
    strongest: Array<{ feature: string; weight: number }>;
  };
}

/** Why detectCrisis decided what it did: for tests, the eval command and anyone auditing. */
export function readForCrisis(reply: string, options: { everyPattern?: boolean } = {}): CrisisReading {
  const reading = readPatterns(reply);
  const features = crisisFeatures(reading.tokens, contextOf(reading));
  const probability = crisisProbability(MODEL, features);
  const threshold = reading.pattern === undefined ? MODEL.thresholds.plain : MODEL.thresholds.pattern;
  return {
    text: reading.text,
    leverage: reading.leverage,
    matched: matchedPatterns(reading, reply, options.everyPattern),
    model: {
      probability: Math.round(probability * 1000) / 1000,
      threshold,
      crisis: probability >= threshold,
      strongest: strongestFeatures(MODEL, features),
    },
  };
}

export function detectCrisis(reply: string): SafetyNotice | null {
  const reading = readPatterns(reply);
  const { pattern, leverage: framed } = reading;
  const threshold = pattern === undefined ? MODEL.thresholds.plain : MODEL.thresholds.pattern;
  if (crisisProbability(MODEL, crisisFeatures(reading.tokens, contextOf(reading))) < threshold) return null;
  if (pattern !== undefined) {
    // Someone being hurt is never the one making the threat.
    return crisisNotice(pattern.kind, pattern.leverage === true || (framed && pattern.kind !== 'being-harmed'));
  }
  const { kind, leverage } = kindFromLogits(lastLogits());
  return crisisNotice(kind, leverage || (framed && kind !== 'being-harmed'));
}

function contextOf(reading: PatternReading): ReplyContext {
  return { leverage: reading.leverage, pattern: reading.pattern?.id };
}
