// Crisis detection: does a reply say the user may hurt themselves, hurt someone, or is being hurt?
// Two layers over one reading of the reply (crisis-reading.ts). The patterns (crisis-patterns.ts)
// are the high-precision layer: when one matches, it decides and names the kind. Otherwise the
// crisis model (crisis-model.ts), trained on the project's safety training files, decides with the
// threshold chosen for it by leave-one-writer-out cross-validation, and its kind head names the
// kind. Every decision can be explained: readForCrisis says which pattern matched and which words
// and concepts pushed the model. Pure, no I/O.
import type { SafetyNotice } from '../types.js';
import { crisisFeatures } from './crisis-features.js';
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

/** How the trained model was chosen: its threshold, what decided it, and its held-out figures. */
export function crisisModelSummary(): Pick<
  CrisisModelArtifact,
  'examples' | 'threshold' | 'thresholdRule' | 'heldOut'
> {
  const { examples, threshold, thresholdRule, heldOut } = ARTIFACT;
  return { examples, threshold, thresholdRule, heldOut };
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
  const features = crisisFeatures(reading.tokens, reading.leverage);
  const probability = crisisProbability(MODEL, features);
  return {
    text: reading.text,
    leverage: reading.leverage,
    matched: matchedPatterns(reading, reply, options.everyPattern),
    model: {
      probability: Math.round(probability * 1000) / 1000,
      threshold: MODEL.threshold,
      crisis: probability >= MODEL.threshold,
      strongest: strongestFeatures(MODEL, features),
    },
  };
}

export function detectCrisis(reply: string): SafetyNotice | null {
  const reading = readPatterns(reply);
  return byPattern(reading) ?? byModel(reading);
}

function byPattern({ pattern, leverage: framed }: PatternReading): SafetyNotice | null {
  if (pattern === undefined) return null;
  // Someone being hurt is never the one making the threat.
  const leverage = pattern.leverage === true || (framed && pattern.kind !== 'being-harmed');
  return crisisNotice(pattern.kind, leverage);
}

function byModel(reading: PatternReading): SafetyNotice | null {
  if (crisisProbability(MODEL, crisisFeatures(reading.tokens, reading.leverage)) < MODEL.threshold) return null;
  const { kind, leverage } = kindFromLogits(lastLogits());
  return crisisNotice(kind, leverage || (reading.leverage && kind !== 'being-harmed'));
}
