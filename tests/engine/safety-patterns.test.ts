// Every crisis pattern catches the replies written for it and leaves its near misses alone; every
// figure of speech blanks its examples. The examples are the project's own words, in several
// registers (texting, typos, British and American, indirect and direct).
import { describe, expect, it } from 'vitest';
import { CRISIS_PATTERNS } from '../../server/engine/safety/crisis-patterns.js';
import { KEY_WORDS } from '../../server/engine/safety/crisis-text.js';
import { detectCrisis, readForCrisis } from '../../server/engine/safety/detect-crisis.js';
import { FIGURES_OF_SPEECH } from '../../server/engine/safety/figures-of-speech.js';

describe.each(CRISIS_PATTERNS.map((p) => [p.id, p] as const))('pattern %s', (_id, pattern) => {
  it.each(pattern.fires)('catches "%s"', (reply) => {
    expect(readForCrisis(reply).matched).toContain(pattern.id);
    expect(detectCrisis(reply)).not.toBeNull();
  });
  if (pattern.doesNotFire && pattern.doesNotFire.length > 0) {
    it.each(pattern.doesNotFire)('leaves "%s" alone', (reply) => {
      expect(readForCrisis(reply).matched).toEqual([]);
    });
  }
});

describe.each(FIGURES_OF_SPEECH.map((f) => [f.id, f] as const))('figure of speech %s', (_id, figure) => {
  it.each(figure.examples)('blanks "%s" and finds no crisis', (reply) => {
    const reading = readForCrisis(reply);
    expect(reading.text).toContain(' _ ');
    expect(reading.matched).toEqual([]);
  });
});

describe('the pattern set', () => {
  it('has unique ids and at least one example each', () => {
    const ids = CRISIS_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pattern of CRISIS_PATTERNS) expect(pattern.fires.length, pattern.id).toBeGreaterThan(0);
  });

  it('reads the same words the same way in capitals, curly quotes, texting and with one typo', () => {
    const plain = readForCrisis("I don't want to be here anymore").text;
    for (const variant of [
      'I DON’T WANT TO BE HERE ANYMORE',
      'i dont wanna be here any more',
      'i dont want to be here anymroe',
      'I  don`t want to be  here  anymore!!!',
    ]) {
      expect(readForCrisis(variant).text.replace(/ \. /g, ' ').trim()).toBe(plain.trim());
    }
  });

  it('corrects slips only in its key words, which are long enough to have no ordinary word one slip away', () => {
    for (const word of KEY_WORDS) expect(word.length, word).toBeGreaterThanOrEqual(6);
    // Real words near a key word stay as they are.
    expect(readForCrisis('he overdoes it at the gym').text).toContain('overdoes');
  });
});
