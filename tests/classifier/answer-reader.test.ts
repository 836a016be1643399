import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../server/engine/classifier/answer-reader.js';
import { detectSignals } from '../../server/engine/classifier/detect-signals.js';
import { normalizeReply } from '../../server/engine/classifier/normalize-reply.js';
import type { QuestionKind } from '../../server/engine/types.js';

const read = (reply: string, kind: QuestionKind) => {
  const n = normalizeReply(reply);
  return readAnswer(
    n,
    [kind],
    detectSignals(n).hits.find((h) => h.signal === 'evasion'),
  );
};

describe('whether a reply answers the question asked', () => {
  it.each<[QuestionKind, string]>([
    ['yes-no', 'Yes. About seven and a half thousand.'],
    ['yes-no', 'no, never at ours'],
    ['yes-no', 'I did. Twice.'],
    ['who', 'It was Hannah from the running club.'],
    ['who', 'a colleague, she works on my floor'],
    ['when', 'About two years. Since just after Alfie started school.'],
    ['when', 'last tuesday after work'],
    ['where', 'At her flat in Leith.'],
    ['how-long', 'Seven months, not six. Since March.'],
    ['how-much', 'about £4,000 in total'],
    ['how-much', 'Four pints and then whisky.'],
    ['how-many', 'three times'],
    ['why', "Because I'd said I'd be there and then I didn't want to go, and lying felt easier than telling you that."],
    ['why', 'cos i was ashamed and i thought id fix it first'],
    ['any-more', "No, that's all of it. I've shown you every account."],
    ['any-more', 'There is one more card, a store card.'],
  ])('to a %s question, "%s" answers', (kind, reply) => {
    const answer = read(reply, kind);
    expect(answer.response).toBe('answered');
    expect(answer.gives).toContain(kind);
    expect(answer.start).toBeGreaterThanOrEqual(0);
  });

  it.each<[QuestionKind, string]>([
    ['yes-no', 'Does it matter now?'],
    ['who', 'Why do you need to know who she is?'],
    ['where', "I'm not getting into that tonight."],
    ['how-much', 'what difference does the number make'],
    ['when', "That's between me and her."],
  ])('to a %s question, "%s" evades', (kind, reply) => {
    expect(read(reply, kind).response).toBe('evaded');
  });

  it.each<[QuestionKind, string]>([
    ['how-long', "I'm so sorry. I love you."],
    ['where', 'Can we talk about this after dinner?'],
    ['how-many', 'I know I hurt you.'],
    ['why', 'hmm'],
    // The phrase after the comma carries the apology on; it is not an answer of its own.
    ['who', "I'm sorry you had to find out like this, with the flowers."],
    ['where', 'I am so sorry, about all of it.'],
  ])('to a %s question, "%s" leaves it unanswered', (kind, reply) => {
    expect(read(reply, kind).response).toBe('unanswered');
  });

  it.each<[QuestionKind, string]>([
    ['who', "I'm sorry, with Dai."],
    ['who', 'Sorry. With my brother and his mate.'],
  ])('to a %s question, "%s" after an apology still answers', (kind, reply) => {
    expect(read(reply, kind).response).toBe('answered');
  });

  it('"I don\'t know" with nothing else is marked as not knowing, not as an answer', () => {
    const answer = read("I don't know.", 'why');
    expect(answer.response).toBe('unanswered');
    expect(answer.notKnowing).toBe(true);
  });

  it('the span quotes the answer through the end of its clause', () => {
    const n = normalizeReply('Yes, both nights. I am sorry.');
    const answer = readAnswer(n, ['yes-no']);
    expect(n.text.slice(answer.start, answer.end)).toBe('yes , both nights');
  });
});
