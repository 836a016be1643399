// A feeling named is listening only when it is the partner's: "You're right to be angry" to "I just
// feel empty" must not be praised as naming what the partner feels, and the better reply says back
// the partner's own word instead of the feeling they did not say.
import { describe, expect, it } from 'vitest';
import { feedbackFor } from '../../server/engine/feedback/feedback-for.js';
import { feelingMissed, feelingsSaidBy } from '../../server/engine/feedback/feeling-families.js';
import type { Classification, Emotion } from '../../server/engine/types.js';

function namedFeeling(reply: string, words: string): Classification {
  const start = reply.indexOf(words);
  return {
    label: 'validating',
    confidence: 0.9,
    signals: ['feeling-named'],
    evidence: [{ signal: 'feeling-named', text: words, start, end: start + words.length }],
  };
}

function feedback(partner: string, reply: string, words: string, emotion: Emotion = 'sadness') {
  return feedbackFor(namedFeeling(reply, words), { reply, partner, emotion });
}

describe('a feeling named that the partner did not say', () => {
  it.each([
    ['I just feel empty.', 'You are right to be angry with me.', 'You are right to be angry', 'empty'],
    ["I'm not angry. I'm just tired.", 'You must be furious with me.', 'You must be furious', 'tired'],
    [
      "I don't know what to believe any more.",
      "You're so sad, I can see it.",
      "You're so sad",
      "don't know what to believe",
    ],
    ['Honestly I feel humiliated.', 'You must feel really lonely.', 'You must feel really lonely', 'humiliated'],
  ])('%s -> %s: the note names the partner’s word, not praise', (partner, reply, words, felt) => {
    const { summary, suggestion } = feedback(partner, reply, words);
    expect(summary).toContain(`“${felt}”`);
    expect(summary).not.toMatch(/names what your partner is feeling/);
    // The suggestion drops the wrong feeling rather than handing it back as a model.
    expect(suggestion).not.toContain(words);
  });

  it.each([
    ['I am so angry I can hardly look at you.', 'You are right to be angry with me.', 'You are right to be angry'],
    ['I feel so stupid for believing you.', 'You must feel humiliated. I did that.', 'You must feel humiliated'],
    ['You lied to me for a year.', 'You must be furious.', 'You must be furious'],
    ['I feel hurt.', 'You must be so angry with me.', 'You must be so angry'],
  ])('%s -> %s: the same family, or no feeling said, is still credited', (partner, reply, words) => {
    const { summary, suggestion } = feedback(partner, reply, words, 'anger');
    expect(summary).not.toMatch(/not the one|didn’t say|a different feeling/);
    expect(suggestion).toContain(words);
  });
});

describe('with no feeling said, the one the partner is shown in', () => {
  it('a named feeling of another of the four is pointed out, with the feeling shown', () => {
    const reply = 'You must be furious. You have every right.';
    const { summary, suggestion } = feedback(
      'She asked why I was crying. I lied to her. For you.',
      reply,
      'You must be furious',
    );
    expect(summary).toMatch(/\bsad\b/);
    expect(summary).not.toMatch(/names what your partner is feeling|put the feeling into words/);
    expect(suggestion).not.toContain('You must be furious');
  });

  it('the feeling shown, a broad word, or a feeling outside the four is left as credited', () => {
    expect(feelingMissed('That card is still on the fridge.', 'You must be so sad', 'sadness')).toBeNull();
    expect(feelingMissed('That card is still on the fridge.', 'You must be hurting', 'anger')).toBeNull();
    expect(feelingMissed('That card is still on the fridge.', 'You must feel humiliated', 'anger')).toBeNull();
    expect(feelingMissed('That card is still on the fridge.', 'You must be furious', undefined)).toBeNull();
    expect(feelingMissed('That card is still on the fridge.', 'You must be furious', 'numbness')).toEqual({
      shown: 'numb',
    });
  });
});

describe('feelingsSaidBy reads only what the partner says of themselves', () => {
  it('finds the word in a first-person sentence, as typed', () => {
    expect(feelingsSaidBy('I just feel empty.').map((f) => f.word)).toEqual(['empty']);
    expect(feelingsSaidBy('I don’t feel anything any more.').map((f) => f.family)).toEqual(['numbness']);
  });

  it('skips a feeling denied, and one said of someone else', () => {
    expect(feelingsSaidBy("I'm not angry.")).toEqual([]);
    expect(feelingsSaidBy('Your mother was furious.')).toEqual([]);
    expect(feelingsSaidBy('I lost my job over this.')).toEqual([]);
  });

  it('leaves broad words to fit any feeling', () => {
    expect(feelingMissed('I feel hurt and betrayed.', 'You must be angry')).toBeNull();
    expect(feelingMissed('I feel numb.', 'That must hurt')).toBeNull();
    expect(feelingMissed('I just feel empty.', 'You are right to be angry')).toEqual({ said: 'empty' });
  });
});
