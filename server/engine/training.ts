// The engine's second door, for building the classifier and the crisis model (npm run train,
// corpus:import): everything training needs and nothing that loads a trained model, which does not
// exist yet on a fresh checkout. Every other adapter goes through index.ts.
export {
  asksForInformation,
  type LabeledPart,
  type LabeledReply,
  parseLabeledLines,
  type QuestionTag,
} from './classifier/corpus.js';
export {
  stratifiedFolds,
  TRAINING,
  type TrainOptions,
  trainModel,
  trainUncalibrated,
} from './classifier/train-model.js';
export { CRISIS_PATTERNS } from './safety/crisis-patterns.js';
export { FIGURES_OF_SPEECH } from './safety/figures-of-speech.js';
export { parseSafetyLines, type SafetyLine } from './safety/safety-lines.js';
export { type TrainingLine, trainCrisisModel } from './safety/train-crisis-model.js';
