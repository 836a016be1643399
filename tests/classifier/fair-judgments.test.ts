// The replies issue 13 found misjudged, and the same rules in other words: what the taxonomy says
// each one is. A plain, truthful answer to the partner's question is the openness they asked for;
// a non-answer is not praise; "not my fault" is not ownership.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import { PARTNER_LINES_KEPT } from '../../server/engine/classifier/partner-echo.js';
import { partnerLemmas } from '../../server/engine/classifier/said-back.js';
import type { Label } from '../../server/engine/types.js';

const judge = (reply: string, partner: string) => classifyReply(reply, { partner });

describe("a direct, truthful answer to the partner's question is validating", () => {
  it.each([
    [
      'The house deposit account. Did you take money out of that too? Yes or no.',
      'Yes. About seven and a half thousand.',
    ],
    ['Did you take the money from the savings too?', 'Yes. Three thousand, in two goes.'],
    ['did u use the joint card as well', 'yeah. twice. about 400 altogether'],
    [
      'I just want to know why you told me about a signal failure.',
      "Because I'd said I'd be there and then I didn't want to go, and lying felt easier than telling you that.",
    ],
    [
      "Why did you say you were at your sister's?",
      "Because I didn't want to tell you I'd gone back there, and a lie was easier.",
    ],
    ['How long has this been going on?', 'About two years. Since just after Alfie started school.'],
    ['When did it start?', "Last March, the week of your mum's birthday."],
    ['Where were you on Thursday night?', 'At her flat. I stayed until about one.'],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.label).toBe('validating');
    expect(result.signals).toContain('honest-answer');
    expect(result.question?.response).toBe('answered');
  });
});

describe("naming the partner's feeling, and owning the act, stay validating", () => {
  it.each([
    ["I don't even know who you are any more.", "You must feel like you've been living with someone you didn't know."],
    ['Eight months of pretending.', 'You must feel like the whole last year was a lie.'],
    [
      'Sit down. I found the letter from the bank.',
      "I'm sitting. It's my debt, Jo. I did this and I hid it from you. I'm sorry you found out in a queue at Tesco.",
    ],
    ['I found the letters in the car.', "It's my mess. I hid them from you. I'm sorry you had to find them like that."],
  ])('%s -> "%s"', (partner, reply) => {
    expect(judge(reply, partner).label).toBe('validating');
  });
});

describe('a reply that does not answer is not praised', () => {
  it.each([
    ['Did you see her again? Yes or no?', 'Is there anything you want to ask me?'],
    ['Did you see him? Yes or no.', 'What do you want me to say?'],
    ['How much was it? The real number.', "I'm so sorry. I love you."],
    ['Where did you go after work on Thursday?', 'You know I love you, and nothing is ever going to change that.'],
    ['How many nights did you stay at his flat?', "I'm sorry. I never wanted you to find out like this."],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.label).not.toBe('validating');
    expect(result.question?.response).not.toBe('answered');
  });

  // Taxonomy v2: a feeling named or reassurance in place of the answer is neutral: not praise, and
  // not blame either, whatever the model leans to.
  it.each([
    ['Did you text her after you promised you had stopped?', 'I can see why you would want to know that.'],
    ['Who else knew about the loan?', 'I understand why that matters to you so much.'],
    ['When did you last place a bet?', "I'm here, and I'm staying right here with you."],
    // A weak cue's kind words ("you must feel like...") in place of the sum are not blamed either.
    ['And how much went through the app? Not what we owe.', 'You must feel like you have been living with a stranger.'],
  ])('%s -> "%s" is neutral: the question is still open', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.label).toBe('neutral');
    expect(result.question?.response).toBe('unanswered');
  });
});

describe('shrinking it, or disowning it, is not validating', () => {
  it.each<[string, string, Label[]]>([
    [
      'You missed the scan.',
      "It was a routine scan, you said yourself it's mostly measurements.",
      ['minimizing', 'defensive'],
    ],
    [
      'You missed the check-up.',
      'It was just a check-up, you told me yourself it was nothing.',
      ['minimizing', 'defensive'],
    ],
    ['You lied to me for months.', 'None of this is my fault.', ['defensive']],
    ['You lied to me for months.', "This isn't my fault.", ['defensive']],
    ['You hid it from me.', "Honestly I don't see how that is on me.", ['defensive']],
    ['You hid it from me.', "I don't see why that's on me.", ['defensive']],
    ['You chose to go.', 'How is this my fault?', ['defensive']],
    ['You chose to go.', 'Why is that my fault?', ['defensive']],
  ])('%s -> "%s"', (partner, reply, labels) => {
    const result = judge(reply, partner);
    expect(labels).toContain(result.label);
    expect(result.signals).not.toContain('responsibility');
  });
});

describe('a reply that turns on the partner or shrinks the question, in place of the answer, does not answer it', () => {
  it.each([
    ['Did you take money out of the joint account? Yes or no.', 'But you were never home!'],
    ['Who else knows?', 'Oh here we go, the interrogation again.'],
    ['How many times did you see him?', 'You always make everything into a trial.'],
  ])('to "%s", "%s" goes round it: an evasion, defensive', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.question?.response).toBe('evaded');
    expect(result.signals).toContain('evasion');
    expect(result.signals).not.toContain('honest-answer');
    expect(result.label).toBe('defensive');
  });

  it.each([
    [
      'How much went through the app? Not what you owe. What went through it.',
      "You're overreacting. It's not that big a deal.",
    ],
    ['When did it start with her?', 'it just happened, ok'],
    ['How long were you seeing him?', "honestly it's not as bad as you're making out"],
    ['How long were you there?', "It's not that big a deal, honestly."],
  ])('to "%s", "%s" shrinks it instead: unanswered, and minimizing (rule 2)', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.question?.response).toBe('unanswered');
    expect(result.signals).not.toContain('honest-answer');
    expect(result.signals).not.toContain('evasion');
    expect(result.label).toBe('minimizing');
  });

  it.each([
    // A reason with an excuse still answers "why"; a yes with blame after it still answers.
    ['Why did you do it?', 'Because you were never home and I was lonely.'],
    ['Did you take money out of it? Yes or no.', 'Yes. But you were never around to ask.'],
    ['How much was it?', 'Nine hundred. You would have done the same.'],
  ])('to "%s", "%s" answers, with the excuse judged apart', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.question?.response).toBe('answered');
    expect(result.label).not.toBe('validating');
  });
});

describe('catching your own slip is validating (rule 6): the excuse taken back no longer decides', () => {
  it.each([
    [
      'You promised you would stop.',
      "I did stop, mostly, it was only the odd bet. There I go again. I didn't stop, and I kept it from you.",
    ],
    [
      'You told your brother about my miscarriage.',
      "He asked how you were, what was I meant to say. Scratch that. I told him because I wanted someone on my side, and it wasn't mine to tell.",
    ],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.label).toBe('validating');
    expect(result.evidence.some((e) => e.signal === 'responsibility' && /again|scratch/i.test(e.text))).toBe(true);
  });

  it.each([
    [
      'You said you were at the garage all day.',
      "The mechanic kept me waiting for hours, it wasn't my fault. Sorry, that's a dodge. I left at two and went to the pub.",
      /dodge/,
    ],
    [
      'You hid the loan from me.',
      "Like you've never kept a thing from me. Sorry, that was nasty. I'm the one who hid a loan, for a year.",
      /nasty/,
    ],
    [
      'what happened at the party',
      'it was nothing serious— actually no. it was serious and i lied about it',
      /actually no/,
    ],
    [
      'You kept texting him after you promised.',
      "He kept messaging me, he wouldn't leave it... I hear myself. I answered because I liked the attention.",
      /hear myself/,
    ],
  ])('the catch said in other words: %s -> "%s"', (partner, reply, caught) => {
    const result = judge(reply, partner);
    expect(result.label).toBe('validating');
    expect(result.evidence.some((e) => e.signal === 'responsibility' && caught.test(e.text))).toBe(true);
  });

  it.each([
    ['You lied to me.', "I hear how that sounds, but you'd have done exactly the same."],
    ['You missed the scan.', 'Sorry, that was defensive. But honestly, you do blow these things up.'],
    ['Were you with her?', 'No, and no, and no. How many times do I have to say it?'],
    ['You missed the scan.', 'That sounds like an excuse, I know. But it really was only the one appointment.'],
  ])('a catch with the excuse carried on after it is not: %s -> "%s"', (partner, reply) => {
    expect(judge(reply, partner).label).not.toBe('validating');
  });
});

describe('precision is not correction: making the account bigger, or setting your own lie right, answers', () => {
  it.each([
    ['How long were you seeing him? Five months?', 'Eight months, not five. From Christmas.'],
    ['How much did you lose? Five thousand?', 'Nine grand, not five. Most of it in March.'],
    ['How many interviews did you really have?', 'Two, not the six I claimed.'],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.label).toBe('validating');
    expect(result.signals).not.toContain('detail-correction');
  });

  it.each([
    ['How long? A month?', 'Two weeks, not a month.'],
    ['Was it five thousand?', 'Three, not five.'],
  ])('a correction that makes it smaller still defends: %s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.signals).toContain('detail-correction');
    expect(result.label).not.toBe('validating');
  });
});

describe('a "not ..." corrects only what the partner said, and owning the act is no correction', () => {
  it.each([
    ['When did you last talk to her?', 'Not since Easter. I blocked her number that night.'],
    ['Have you paid any of it back?', 'Not a penny yet. I should have told you that weeks ago.'],
    ['Who decided to hide it from me?', 'I did, not my brother. It was my idea from the start.'],
    ['Is it my fault you went looking?', "It's not your fault, not any of it. I went looking."],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.signals).not.toContain('detail-correction');
    expect(result.label).toBe('validating');
  });

  // The model's words are still unsure of these (a known miss: bare "Not since the funeral." reads
  // defensive at low confidence), but no correction is named as the reason.
  it.each([
    ['When did you last see him?', 'Not since the funeral.'],
    ['I wanted a quiet wedding, not a circus.', 'You wanted it quiet, not a circus, and I turned it into one.'],
    ['Did Dan set it up?', 'It was me who set it up, not him.'],
    ['Did she talk you into it?', 'I was the one who booked the room, not her.'],
    ['Was I not enough?', 'You were always enough. This was about my weakness, not a gap in you.'],
    ['What did I do to make you go looking?', 'It was down to my selfishness, not anything you did.'],
  ])('no correction is named: %s -> "%s"', (partner, reply) => {
    expect(judge(reply, partner).signals).not.toContain('detail-correction');
  });

  it.each([
    ['How long has it been going on? Since Christmas?', 'Not since Christmas. Since the spring.'],
    ['Who told them?', 'It was him, not me.'],
    ['How often did you see her? Every week?', 'Not every week, that is not fair.'],
  ])('correcting the partner still defends: %s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.signals).toContain('detail-correction');
    expect(result.label).not.toBe('validating');
  });
});

describe('a "no" said again in the past tense ("Did you tell him?" "No. I never told him.") is the answer, not a correction', () => {
  it.each([
    ['Did you say it was private?', 'No, I never said it was private.'],
    ['Did you say we were splitting up? Yes or no.', 'No. I never said we were splitting up.'],
    ['Did you say that I knew about the loan?', 'No. I never said that you knew. I let them assume it.'],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.signals).not.toContain('detail-correction');
    expect(result.signals).not.toContain('denial');
    expect(result.question?.response).toBe('answered');
  });

  it("the partner's words are read once a line, and no more lines are kept than partner-echo keeps", () => {
    const line = 'Did you say it was private?';
    const theirs = partnerLemmas(line);
    expect(partnerLemmas(line)).toBe(theirs);
    for (let i = 0; i < PARTNER_LINES_KEPT; i++) partnerLemmas(`Did you say it was private, ${i}?`);
    expect(partnerLemmas(line)).not.toBe(theirs);
    expect(partnerLemmas(line)).toEqual(theirs);
  });

  it('a correction of what the partner said, with no question asked, still defends', () => {
    const result = judge('I never said it was private.', 'You told her it was private. You said so.');
    expect(result.signals).toContain('detail-correction');
    expect(result.label).not.toBe('validating');
  });
});

describe('small set against the harm it did is no shrink', () => {
  it.each([
    [
      'What was it you got from her?',
      "Flattery, mostly. That's a small, shabby reason to wreck a marriage over, and I did it anyway.",
    ],
    ['Why did you do it?', 'For a bit of attention. A tiny thing to throw our trust away for, and I still did it.'],
  ])('no shrink is named: %s -> "%s"', (partner, reply) => {
    expect(judge(reply, partner).signals).not.toContain('downplay');
  });

  it('the reason owned as small beside the damage is validating', () => {
    const reply = "Flattery, mostly. That's a small, shabby reason to wreck a marriage over, and I did it anyway.";
    expect(judge(reply, 'What was it you got from her?').label).toBe('validating');
  });

  it('a small lie is still made small', () => {
    const result = judge('It was a small lie and I told it anyway.', 'You lied about the bill.');
    expect(result.signals).toContain('downplay');
    expect(result.label).toBe('minimizing');
  });
});

describe('a verdict of harm needs words that harm', () => {
  it('"Of course you\'re angry." is not blamed on the model\'s doubt alone', () => {
    const result = judge("Of course you're angry.", 'How could you do this to me?');
    expect(result.label).toBe('validating');
    expect(result.signals).toEqual(['feeling-named']);
  });

  it('said in place of a yes or no, it leaves the question unanswered: "of course" there is no yes', () => {
    const partner = 'I can wait. Ella gets up at seven. Did you or not?';
    // As the engine asks it: the scenario's question, re-asked.
    const result = classifyReply("Of course you're angry.", {
      partner,
      question: { kind: 'yes-no', id: 'slept-with-her' },
    });
    expect(result.question?.response).toBe('unanswered');
    expect(result.label).toBe('neutral');
    expect(judge('Of course I did. Twice.', 'Did you see her again?').question?.response).toBe('answered');
  });

  it('the same words with a dig after them are not rescued', () => {
    expect(judge("Of course you're angry. You're always angry.", 'How could you do this to me?').label).toBe(
      'defensive',
    );
  });
});

describe('"I don\'t know what to say, but..." (taxonomy rule 4)', () => {
  it.each([
    ['Say something.', "I don't know what to say here, but I know I let you down."],
    ['Well?', "I can't find the words, but I know I broke your trust."],
  ])('owning after it is validating: %s -> "%s"', (partner, reply) => {
    expect(judge(reply, partner).label).toBe('validating');
  });

  it('a dismissal after it is not', () => {
    expect(judge("I don't know what to say here, but you're overreacting.", 'Say something.').label).toBe('minimizing');
  });

  it.each([
    [
      "I've been doing a new budget in my head while we talk. Your name's on it.",
      "I don't know what to say, Jo. Thank you. I will delete the app tonight, I will go to the debt advice with you.",
    ],
    ['You can stay. For now.', "I have no words. Thank you. I'll ring the counsellor in the morning."],
  ])('what the next sentences say decides too: %s -> "%s"', (partner, reply) => {
    expect(judge(reply, partner).label).toBe('validating');
  });

  it('alone it stays neutral, and kind words in place of an answer leave the question unanswered', () => {
    expect(judge("I don't know what to say.", 'Say something.').label).toBe('neutral');
    expect(judge("I don't know what to say. I'm so sorry.", 'Did you sleep with her?').label).toBe('neutral');
  });
});

describe('owning that you made it small is ownership, not a shrink', () => {
  it.each([
    [
      'Armley as well. I said that name to you once.',
      "And I repeated it in somebody's kitchen like it was just a story. That was yours, and I'm so sorry.",
    ],
    ['You told them all?', 'I told everyone at the table like it was just a funny story. It was your life.'],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.label).toBe('validating');
    expect(result.signals).toContain('responsibility');
    expect(result.signals).not.toContain('downplay');
  });

  it.each(["It's not like it was a big deal.", "I never treated it like it was nothing, you're twisting it."])(
    'a shrink with no act of the speaker\'s, or denied, still shrinks: "%s"',
    (reply) => {
      expect(judge(reply, 'Do you even know what you did?').signals).toContain('downplay');
    },
  );
});

describe('a cue quotes what it means, not a piece of something else', () => {
  it('"I\'m not going to try to make it sound better" offers no time: "I\'m not going" is not patience', () => {
    const result = judge("I'm not going to try to make it sound better than it is.", 'Tell me about the loans.');
    expect(result.signals).not.toContain('patience');
  });

  it('"I\'d booked the afternoon off" is what was planned before (had booked), not a step taken since', () => {
    expect(judge("I'd booked the afternoon off for the scan.", 'Where were you?').signals).not.toContain('growth');
    expect(judge("I've booked us a session with a counsellor.", 'What now?').signals).toContain('growth');
  });

  it('"You were sick" is an illness, not a feeling named; feeling sick is one', () => {
    expect(judge('You were sick that week, and I went anyway.', 'You left me on my own.').signals).not.toContain(
      'feeling-named',
    );
    expect(judge('You must have felt sick reading them.', 'I read every one.').signals).toContain('feeling-named');
  });
});

describe('owning the hiding itself is ownership, not an excuse', () => {
  it('"You couldn\'t have seen it. I made sure of that." owns the concealment', () => {
    const result = judge("You couldn't have seen it. I made sure of that.", 'How did I not see it?');
    expect(result.label).toBe('validating');
    expect(result.evidence.find((e) => e.signal === 'responsibility')?.text).toBe('I made sure of that');
  });

  it('making sure the partner was safe is no hiding', () => {
    expect(judge('I made sure you were safe first.', 'What did you do when the car stopped?').signals).not.toContain(
      'responsibility',
    );
  });
});

describe('telling how it was hidden is openness, not a step taken', () => {
  it.each([
    ['Were you still talking to her?', "Yes. I deleted the threads every night so you wouldn't see them."],
    ['why did u save her as K', 'i saved her as K so u wouldnt notice her name'],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.signals).not.toContain('growth');
    expect(result.signals).toContain('transparency');
    expect(result.label).toBe('validating');
  });

  it('letting someone down is no step either: "I cancelled on her twice"', () => {
    expect(judge('I cancelled on her twice to go to the match.', 'Tell me about the party.').signals).not.toContain(
      'growth',
    );
  });

  it('deleting her number now is still a step', () => {
    expect(judge("I've deleted her number and blocked her tonight.", 'What happens now?').signals).toContain('growth');
  });
});

describe('taking back what was said the turn before', () => {
  it('"I\'m sorry. That\'s not true. I messaged him first." is a slip caught, not an argument over the details', () => {
    const result = judge("I'm sorry. That's not true. I messaged him first.", 'Who got in touch first?');
    expect(result.signals).not.toContain('detail-correction');
    expect(result.label).toBe('validating');
  });

  it('said before a denial, the same words still deny', () => {
    const result = judge("I'm sorry, that's not true, I was home by ten.", 'You were out till two.');
    expect(result.label).not.toBe('validating');
  });
});

describe('a question that explores is validating, one that throws it back is not (rule 5)', () => {
  it.each([
    ["There's more, and I haven't finished.", 'All right. What else is there?'],
    ['I gave up a lot to stay.', "I've never asked you that properly. What have you given up?"],
    ["I've been dealing with the bank on my own for weeks.", 'How long have you been carrying that by yourself?'],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.signals).toContain('open-question');
    expect(result.label).toBe('validating');
  });

  it.each([
    ['You never think about what this did to me.', 'I was upset too, or had you forgotten?'],
    ['Is there anything else you have not told me?', 'No. Will that do?'],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.signals).toContain('counter-attack');
    expect(result.label).not.toBe('validating');
  });
});

describe('a "no" that answers the question negates nothing in the next sentence', () => {
  it('"No. It just happened." still says it just happened', () => {
    const result = judge('No. It just happened.', 'Did you plan it?');
    expect(result.signals).toContain('agency-removal');
    expect(result.label).toBe('minimizing');
  });
});

describe('owning that it was unfair, offering a place to rest, and making the account bigger are no correction', () => {
  it.each([
    [
      'Why did you keep saying yes?',
      'Because saying yes stopped the argument, and I cared more about that than my word. That was not fair on you.',
    ],
    ["I'm so tired of holding it all together.", "Then you don't have to, not with me. Let it be as heavy as it is."],
  ])('%s -> "%s"', (partner, reply) => {
    const result = judge(reply, partner);
    expect(result.signals).not.toContain('detail-correction');
    expect(result.label).toBe('validating');
  });

  // A known miss on the label: the model's words still read "actually" as correcting (defensive,
  // at 0.74); the correction is no longer named as the reason.
  it('"longer than you thought" makes the account bigger: no correction is named', () => {
    const result = judge(
      "It was 2022, actually. It's been going on longer than you thought.",
      'The letter says the card was opened in 2023.',
    );
    expect(result.signals).not.toContain('detail-correction');
  });
});
