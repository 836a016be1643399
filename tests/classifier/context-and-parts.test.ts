import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import { feedbackFor } from '../../server/engine/index.js';

describe("the partner's question, read from their line or given", () => {
  it('reports the kind asked and how the reply met it', () => {
    const answered = classifyReply('Since March.', { partner: 'How long has this been going on?' });
    expect(answered.question).toEqual({ kind: 'how-long', response: 'answered' });
    const evaded = classifyReply('Why does that matter?', { partner: 'Who was she?' });
    expect(evaded.question?.response).toBe('evaded');
    expect(evaded.label).toBe('defensive');
    expect(evaded.signals).toContain('evasion');
    const unanswered = classifyReply('Can we talk about this tomorrow?', { partner: 'Where were you on Friday?' });
    expect(unanswered.question?.response).toBe('unanswered');
    expect(unanswered.label).toBe('neutral');
  });

  it('with nothing asked, a refusal steps out of the conversation: it is not called dodging a question', () => {
    for (const partner of ['I have not stopped thinking about it.', 'How could you?']) {
      const result = classifyReply('Does it matter?', { partner });
      expect(result.label).toBe('defensive');
      expect(result.signals).toContain('stonewall');
      expect(result.signals).not.toContain('evasion');
      const feedback = feedbackFor(result, { reply: 'Does it matter?', partner });
      expect(feedback.summary).not.toMatch(/question/i);
    }
    expect(classifyReply('Does it matter?', { partner: 'Who was she?' }).signals).toContain('evasion');
  });

  it('has no question reading after a statement or a rhetorical question', () => {
    expect(classifyReply('I know.', { partner: 'I waited up until two.' }).question).toBeUndefined();
    expect(classifyReply('I know.', { partner: 'How could you?' }).question).toBeUndefined();
  });

  it('takes the question a scenario marks as given, even where the line alone is unclear', () => {
    const partner = 'The deposit account. Tell me.';
    const given = classifyReply('Yes, seven and a half thousand.', { partner, question: { kind: 'yes-no', id: 'q1' } });
    expect(given.question).toEqual({ kind: 'yes-no', response: 'answered' });
    expect(given.label).toBe('validating');
  });

  it('an everyday question answered plainly stays neutral', () => {
    const result = classifyReply('On the hook by the door.', { partner: 'Where are the car keys?' });
    expect(result.label).toBe('neutral');
    expect(result.question).toBeUndefined();
  });
});

describe('a long reply, judged part by part', () => {
  const reply = "I'm sorry. I took the money and I hid it from you. But you never looked at the statements anyway.";

  it('keeps every part with its label and signals, in order, with offsets into the reply', () => {
    const result = classifyReply(reply);
    expect(result.parts?.length).toBe(3);
    const [first, , last] = result.parts ?? [];
    expect(reply.slice(first?.start, first?.end)).toBe("I'm sorry.");
    expect(first?.label).toBe('validating');
    expect(first?.signals).toContain('apology');
    expect(last?.label).toBe('defensive');
    expect(result.parts?.every((p, i, all) => i === 0 || p.start >= (all[i - 1]?.end ?? 0))).toBe(true);
  });

  it('one defending part makes the whole reply defensive, and its good words stay as evidence', () => {
    const result = classifyReply(reply);
    expect(result.label).toBe('defensive');
    expect(result.evidence[0]?.signal).toBe('blame-shift');
    expect(result.evidence.some((e) => e.signal === 'apology')).toBe(true);
  });

  it('a single sentence has no parts', () => {
    expect(classifyReply('I lied to you.').parts).toBeUndefined();
  });
});

describe('confidence', () => {
  it('is high for a clear reply and below 0.6 for some mixed ones (feedback words those as a possibility)', () => {
    const clear = classifyReply('I lied to you, it was my choice, and I am so sorry.').confidence;
    expect(clear).toBeGreaterThan(0.8);
    const mixed = [
      'I guess I should have said something sooner.',
      'It was a lot, I know, I just thought it would sort itself out.',
      'ok but like, you knew I was going out',
      'I hear you. I also think we both said things.',
    ].map((text) => classifyReply(text).confidence);
    expect(Math.min(...mixed)).toBeLessThan(0.6);
  });
});
