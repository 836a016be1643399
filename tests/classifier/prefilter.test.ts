import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../server/cli/corpus-files.js';
import { detectSignals } from '../../server/engine/classifier/detect-signals.js';
import { normalizeReply } from '../../server/engine/classifier/normalize-reply.js';

describe('the cue prefilter', () => {
  it('never changes which cues are found: same hits with and without it on the whole corpus', {
    timeout: 180_000,
  }, () => {
    for (const item of readCorpus().items) {
      const n = normalizeReply(item.text);
      const fast = detectSignals(n, item.partner);
      const slow = detectSignals(n, item.partner, { noPrefilter: true });
      expect(fast, item.text).toEqual(slow);
    }
  });
});
