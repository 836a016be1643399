// Every signal of the taxonomy is found, with the words behind it, in replies written here in our own
// words. Removing any one signal's cues (or the answer reader, for the question signals) fails this.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import { SIGNALS, type Signal } from '../../server/engine/types.js';

const CASES: Record<Signal, Array<[reply: string, partner?: string]>> = {
  reflection: [
    [
      "You sat in the car for an hour because you couldn't face coming in.",
      'I sat in the car for an hour before I could come in.',
    ],
  ],
  'feeling-named': [['You must be exhausted and furious with me.'], ['Of course you are angry.']],
  responsibility: [['I lied to you, and that was my choice.'], ['That is on me, all of it.']],
  apology: [["I'm sorry I hid the letters."], ['I am so sorry.']],
  'open-question': [['What was the worst part of finding out?'], ['How are you holding up tonight?']],
  patience: [['Take all the time you need.'], ["I don't expect you to forgive me."]],
  transparency: [['You can look through my phone whenever you want.'], ["I'll tell you everything, the whole truth."]],
  growth: [["I've booked a counsellor for Tuesday."], ['I deleted the app and blocked her number.']],
  'honest-answer': [
    ['Yes. Twice, both in October.', 'Did you see her again?'],
    ['Since June.', 'How long has it been going on?'],
  ],
  'blame-shift': [["If you'd been home more, none of this would have happened."], ['You pushed me away for years.']],
  justification: [['I was so stressed with work, I needed an escape.'], ['I only did it to protect you.']],
  'counter-attack': [
    ['What about the time you lied about the car?'],
    ['Why do you always have to go through my things?'],
  ],
  'detail-correction': [["You've got the dates wrong, it was March."], ['Technically it was two weeks, not a month.']],
  denial: [['Nothing happened between us.'], ["That's a lie, I did nothing wrong."]],
  'self-pity': [["I'm the one who's been sleeping on the sofa for a month."], ['What about how I feel?']],
  stonewall: [["I'm done talking about this."], ['End of discussion.']],
  evasion: [
    ['Does it matter now?', 'Was she at the party?'],
    ['Why do you need to know that?', 'Who else knew?'],
  ],
  downplay: [['It was only a few texts.'], ["It's not a big deal."]],
  'intent-excuse': [["I didn't mean to hurt you."], ['It was never meant to happen like that, it was not on purpose.']],
  'agency-removal': [['It just happened.'], ['One thing led to another.']],
  rushing: [['Can we just move on?'], ['When are you going to get over this?']],
  'non-apology': [["I'm sorry you feel that way."], ["I'm sorry if that upset you."]],
  generalizing: [['Everyone makes mistakes.'], ["Nobody's perfect."]],
  dismissal: [["You're overreacting."], ['Calm down, it is not the end of the world.']],
  unanswered: [
    ['I love you. Please believe that.', 'How many times did you see her?'],
    ['Can we talk after dinner?', 'Where were you?'],
  ],
};

describe('every signal of the taxonomy is found where it is', () => {
  it('has cases for every signal', () => {
    expect(Object.keys(CASES).sort()).toEqual([...SIGNALS].sort());
  });

  for (const signal of SIGNALS) {
    it.each(CASES[signal])(`${signal}: "%s"`, (reply, partner) => {
      const result = classifyReply(reply, partner ? { partner } : {});
      expect(result.signals).toContain(signal);
      const evidence = result.evidence.find((e) => e.signal === signal);
      expect(evidence, 'the words behind it').toBeDefined();
      expect(reply.slice(evidence?.start, evidence?.end)).toBe(evidence?.text);
    });
  }
});

// Found in whole conversations played by hand: each of these is validating, and a harmful signal
// on it put a highlight on words that did no harm.
describe('no harmful signal where the words do no harm', () => {
  it.each<[string, string, string]>([
    [
      "So even that day. I'd like to say I'm surprised, and I'm just not, any more.",
      'I understand. I made you stop being surprised, it is my fault. Can you tell me what hurts you the most?',
      'counter-attack',
    ],
    [
      'Ten minutes. I ordered your pudding so it would be there when you got back.',
      'and u sat there waiting while i texted her. im sorry. u deserved someone actually at that table with u',
      'detail-correction',
    ],
    [
      'It was not careful of you at Christmas.',
      "No, it wasn't. It was yours, and it wasn't mine to give away.",
      'denial',
    ],
    [
      "In that suit. I can't picture it.",
      'I sat at the library computer in my suit every day, so nobody asks anything. I am sorry.',
      'self-pity',
    ],
    [
      "I've been thinking about names. Then I was angry that I stopped.",
      "I took that from you too. If you ever want me in on it again I'd love that, but it's completely on your timeline.",
      'blame-shift',
    ],
  ])('%s -> "%s": no %s', (partner, reply, signal) => {
    const result = classifyReply(reply, { partner });
    expect(result.signals).not.toContain(signal);
    expect(result.label).toBe('validating');
  });

  it('the same words doing harm still do: "stop being so dramatic", "that\'s not mine", "but it\'s on you"', () => {
    expect(classifyReply('Stop being so dramatic about it.').signals).toContain('counter-attack');
    expect(classifyReply("That's not mine, it's his.").signals).toContain('denial');
    expect(classifyReply("I'm sorry, but you're the one who stopped talking to me.").signals).toContain('blame-shift');
  });
});
