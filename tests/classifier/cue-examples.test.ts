// Every cue is data (server/engine/classifier/cues/*.ts) with replies it must and must not fire on.
// "Fires" means the reader keeps it: a cue negated or asked as a challenge ("None of this is my
// fault", "How is that on me?") does not count for its signal.
import { describe, expect, it } from 'vitest';
import { CUES } from '../../server/engine/classifier/cues/index.js';
import { detectSignals } from '../../server/engine/classifier/detect-signals.js';
import { normalizeReply } from '../../server/engine/classifier/normalize-reply.js';

const firesOn = (cue: number, text: string) => detectSignals(normalizeReply(text)).hits.some((h) => h.cue === cue);

describe('cues as data', () => {
  it('every cue has replies it fires on and replies it must not fire on', () => {
    CUES.forEach((cue, i) => {
      expect(cue.fires.length, `cue ${i} (${cue.signal}) has no example it fires on`).toBeGreaterThan(0);
      expect(cue.doesNotFire.length, `cue ${i} (${cue.signal}) has no example it must not fire on`).toBeGreaterThan(0);
    });
  });

  it('every cue fires on each of its examples', () => {
    CUES.forEach((cue, i) => {
      for (const text of cue.fires) expect(firesOn(i, text), `cue ${i} (${cue.signal}) on "${text}"`).toBe(true);
    });
  });

  it('no cue fires on its counter-examples', () => {
    CUES.forEach((cue, i) => {
      for (const text of cue.doesNotFire) expect(firesOn(i, text), `cue ${i} (${cue.signal}) on "${text}"`).toBe(false);
    });
  });

  it('a cue has a weight between 0 and 1 (weak cues only tip a close call)', () => {
    for (const cue of CUES) expect(cue.weight > 0 && cue.weight <= 1, cue.cue).toBe(true);
  });
});
