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

describe('the cue prefilter on text no one wrote', () => {
  // Word salad from the corpus's own words, cut and joined at random: literals straddling word
  // edges, repeated and overlapping, where the automaton's failure steps do the work.
  it('finds the same cues as a full scan', { timeout: 180_000 }, () => {
    const words = readCorpus()
      .items.slice(0, 2000)
      .flatMap((item) => normalizeReply(item.text).text.split(' '));
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let t = 0; t < 3000; t++) {
      const parts: string[] = [];
      for (let w = 1 + next(30); w > 0; w--) {
        const word = words[next(words.length)] as string;
        parts.push(next(5) === 0 ? word.slice(next(word.length + 1)) : word);
      }
      const text = parts.join(next(4) === 0 ? '' : ' ');
      const n = { ...normalizeReply('x'), text };
      expect(detectSignals(n), text).toEqual(detectSignals(n, undefined, { noPrefilter: true }));
    }
  });
});
