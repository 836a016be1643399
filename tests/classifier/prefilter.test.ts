import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../server/cli/corpus-files.js';
import {
  compileModel,
  labelProbabilities,
  type ModelArtifact,
  probabilitiesOfRows,
} from '../../server/engine/classifier/bayes-model.js';
import { detectSignals } from '../../server/engine/classifier/detect-signals.js';
import { modelFeatureRows, modelFeatures } from '../../server/engine/classifier/model-features.js';
import { normalizeReply } from '../../server/engine/classifier/normalize-reply.js';

describe('the cue prefilter', () => {
  it('never changes which cues are found: same hits with and without it on the whole corpus', () => {
    for (const item of readCorpus().items) {
      const n = normalizeReply(item.text);
      const fast = detectSignals(n, item.partner);
      const slow = detectSignals(n, item.partner, { noPrefilter: true });
      expect(fast, item.text).toEqual(slow);
    }
  });
});

describe('the model lookup by row', () => {
  it('gives the model exactly the features the plain string path gives, on the whole corpus', async () => {
    const trained = (await import('../../server/engine/classifier/model.generated.json', { with: { type: 'json' } }))
      .default as unknown as ModelArtifact;
    const model = compileModel(trained);
    for (const item of readCorpus().items) {
      const n = normalizeReply(item.text);
      const signals = [...new Set(detectSignals(n, item.partner).map((h) => h.signal))];
      const fast = modelFeatureRows(model, n.text, signals);
      const plain = modelFeatures(n.text, signals).filter((f) => model.featureRow.has(f));
      expect([...fast.rows.subarray(0, fast.count)], item.text).toEqual(plain.map((f) => model.featureRow.get(f)));
      expect(probabilitiesOfRows(model, fast.rows, fast.count)).toEqual(labelProbabilities(model, plain));
    }
  });
});
