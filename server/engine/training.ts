// The engine's second door, for building the classifier (npm run train, corpus:import): everything
// training needs and nothing that loads the trained model, which does not exist yet on a fresh
// checkout. Every other adapter goes through index.ts.
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
