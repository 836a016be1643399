// Trains the model half of the classifier with natural's BayesClassifier. Deterministic: the same
// corpus in the same order gives the same model, byte for byte (Bayes has no random initialisation,
// and documents are added in corpus order).
import natural from 'natural/lib/natural/classifiers/index.js';
import type { ModelArtifact, NaturalBayesJson } from './bayes-model.js';
import type { LabeledReply } from './corpus.js';
import { detectSignals } from './detect-signals.js';
import { modelFeatures } from './model-features.js';
import { normalizeReply } from './normalize-reply.js';

export function featuresOf(item: Pick<LabeledReply, 'text' | 'partner'>): string[] {
  const normalized = normalizeReply(item.text);
  const signals = [...new Set(detectSignals(normalized, item.partner).map((h) => h.signal))];
  return modelFeatures(normalized.text, signals);
}

export function trainModel(items: readonly LabeledReply[], corpusHash: string): ModelArtifact {
  // Tokens are ours already (stemmed, with cue features), so the stemmer natural would apply is unused.
  const bayes = new natural.BayesClassifier();
  for (const item of items) bayes.addDocument(featuresOf(item), item.label);
  bayes.train();
  const json = JSON.parse(JSON.stringify(bayes)) as NaturalBayesJson;
  return {
    format: 1,
    corpusHash,
    documents: items.length,
    bayes: { features: json.features, classifier: json.classifier },
  };
}
