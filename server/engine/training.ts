// The engine's second door, for building the classifier (npm run train): everything training needs
// and nothing that loads the trained model, which does not exist yet on a fresh checkout. Every
// other adapter goes through index.ts.
export { type LabeledReply, parseLabeledLines } from './classifier/corpus.js';
export { trainModel } from './classifier/train-model.js';
