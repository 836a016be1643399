import natural from 'natural/lib/natural/classifiers/index.js';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../server/cli/corpus-files.js';
import { compileModel, labelProbabilities } from '../../server/engine/classifier/bayes-model.js';
import { featuresOf, trainModel } from '../../server/engine/classifier/train-model.js';
import { EMOTIONS, LABELS } from '../../server/engine/types.js';

const { items, hash } = readCorpus();

describe('the project corpus', () => {
  it('holds at least 900 replies and at least 180 of each label', () => {
    expect(items.length).toBeGreaterThanOrEqual(900);
    for (const label of LABELS) {
      expect(items.filter((i) => i.label === label).length, label).toBeGreaterThanOrEqual(180);
    }
  });

  it('covers all four emotions for every label', () => {
    for (const label of LABELS) {
      const emotions = new Set(items.filter((i) => i.label === label).map((i) => i.emotion));
      for (const emotion of EMOTIONS) expect(emotions.has(emotion), `${label}/${emotion}`).toBe(true);
    }
  });

  it('has no reply twice', () => {
    const texts = items.map((i) => i.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('training', () => {
  it('is deterministic: the same corpus gives the same model, byte for byte', () => {
    const sample = items.filter((_, i) => i % 4 === 0);
    expect(JSON.stringify(trainModel(sample, hash))).toBe(JSON.stringify(trainModel(sample, hash)));
  });

  it("our log-space evaluation ranks labels exactly as natural's own Bayes does", () => {
    const sample = items.filter((_, i) => i % 5 === 0);
    const bayes = new natural.BayesClassifier();
    for (const item of sample) bayes.addDocument(featuresOf(item), item.label);
    bayes.train();
    const compiled = compileModel(trainModel(sample, 'x'));
    for (const text of ['it just happened', 'I chose this and I am sorry', 'ok', 'you never listen']) {
      const features = featuresOf({ text });
      const theirs = bayes.getClassifications(features).map((c) => c.label);
      const probs = labelProbabilities(compiled, features);
      const ours = [...LABELS].sort((a, b) => (probs[LABELS.indexOf(b)] ?? 0) - (probs[LABELS.indexOf(a)] ?? 0));
      expect(ours).toEqual(theirs);
    }
  });
});
