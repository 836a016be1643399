// The engine's second door, for building the classifier and the crisis model (npm run train):
// everything training needs and nothing that loads a trained model, which does not exist yet on a
// fresh checkout. Every other adapter goes through index.ts.
export { type LabeledReply, parseLabeledLines } from './classifier/corpus.js';
export { trainModel } from './classifier/train-model.js';
export { CRISIS_PATTERNS } from './safety/crisis-patterns.js';
export { FIGURES_OF_SPEECH } from './safety/figures-of-speech.js';
export { parseSafetyLines, type SafetyLine } from './safety/safety-lines.js';
export { type TrainingLine, trainCrisisModel } from './safety/train-crisis-model.js';
