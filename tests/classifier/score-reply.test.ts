// scoreReply (what classifying runs) must give the very numbers of scoreFeatures over the feature
// buffer (what training sees), bit for bit: the whole corpus with its partner lines, and arbitrary
// text (long words, long pastes, punctuation runs, unknown words) with a fixed seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../server/cli/corpus-files.js';
import { compileModel, type ModelArtifact, scoreFeatures } from '../../server/engine/classifier/linear-model.js';
import trained from '../../server/engine/classifier/model.generated.json' with { type: 'json' };
import { readReply } from '../../server/engine/classifier/read-reply.js';
import { replyFeatures } from '../../server/engine/classifier/reply-features.js';
import { scoreReply } from '../../server/engine/classifier/score-reply.js';

const model = compileModel(trained as unknown as ModelArtifact);

/** Both scorings of one reply, as arrays of numbers (whole first, then the parts). */
function both(text: string, partner?: string): [number[], number[]] {
  const reading = readReply(text, partner, undefined, model.question);
  const parts = reading.parts.length;
  const slowWhole = new Float64Array(4);
  const slowParts = new Float64Array(parts * 4);
  scoreFeatures(model, replyFeatures(reading), slowWhole, slowParts);
  const fastWhole = new Float64Array(4);
  const fastParts = new Float64Array(parts * 4);
  scoreReply(model, reading, fastWhole, fastParts);
  // Without the parts, the whole is the same too.
  const wholeOnly = new Float64Array(4);
  scoreReply(model, reading, wholeOnly);
  return [
    [...slowWhole, ...slowParts, ...slowWhole],
    [...fastWhole, ...fastParts, ...wholeOnly],
  ];
}

describe('scoreReply', () => {
  it('gives scoreFeatures’ numbers exactly on every corpus reply', { timeout: 180_000 }, () => {
    for (const item of readCorpus().items) {
      const [slow, fast] = both(item.text, item.partner);
      expect(fast, item.text).toEqual(slow);
      expect(fast.every((x, i) => Object.is(x, slow[i]))).toBe(true);
    }
  });

  it('gives them exactly on arbitrary text', () => {
    const word = fc.stringMatching(/^[a-z0-9'’é]{1,24}$/);
    const token = fc.oneof(word, word, word, fc.constantFrom('.', ',', '?', '!', 'but', 'sorry', '£', '2,000'));
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 60 }), fc.option(fc.string()), (tokens, partner) => {
        const [slow, fast] = both(tokens.join(' '), partner ?? undefined);
        expect(fast.every((x, i) => Object.is(x, slow[i]))).toBe(true);
      }),
      { seed: 13, numRuns: 500 },
    );
  });

  it('gives them exactly on a paste past the word cap', () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i % 37} extraordinarily-long-${i}`).join(' ');
    const [slow, fast] = both(long);
    expect(fast.every((x, i) => Object.is(x, slow[i]))).toBe(true);
  });
});
