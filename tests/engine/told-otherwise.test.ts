// A reply that tells a different story from the scenario's truth is heard as one, for every kind of
// question that asks for a fact: another person, a time that does not match, a different sum, count,
// span or place. The partner answers it with an `excused` line (as they do a false "No."), never a
// line that takes the true account in; its fact stays untold; the feedback does not call it a plain
// answer, and the suggestion leads with the true one. The true answer, and a vaguer one, are not
// contradictions. Played on the real scenarios through startSession / takeTurn, as the server does.
import { describe, expect, it } from 'vitest';
import { asHeard, type Hearing } from '../../server/engine/conversation/hear-reply.js';
import { questionId } from '../../server/engine/conversation/ids.js';
import { readAnswer } from '../../server/engine/conversation/read-answer.js';
import { type EngineSession, startSession, type Turn, takeTurn } from '../../server/engine/index.js';
import type { Classification, Label } from '../../server/engine/types.js';
import { askedIn, loadFixture, questionById, scenarioById } from './engine-test-kit.js';

/** Which of the question's answered lists the partner's line opens with, if any. */
function takenInWith(scenarioId: string, questionId: string, turn: Turn): 'honest' | 'excused' | undefined {
  const { answered } = questionById(scenarioId, questionId);
  const fill = (line: string) =>
    line.replace(/\{(\w+)\}/g, (_, slot) => scenarioById(scenarioId).slots?.[slot] ?? slot);
  if (answered.honest.some((line) => turn.partner.line.startsWith(fill(line)))) return 'honest';
  if (answered.excused.some((line) => turn.partner.line.startsWith(fill(line)))) return 'excused';
  return undefined;
}

interface Case {
  scenario: string;
  question: string;
  /** Another person, time, sum, count, span or place than the truth's. */
  otherwise: string;
  /** The truth, in other words than the scenario's. */
  truly: string;
  /** Less exact than the truth, but not against it. */
  vaguely: string;
  between?: string;
}

const CASES: Record<string, Case> = {
  who: {
    scenario: 'ex-contact',
    question: 'who-first',
    otherwise: 'He got in touch first.',
    truly: 'I did. I messaged him first, when I saw his dad had died.',
    vaguely: 'It was sort of both of us, really.',
  },
  when: {
    scenario: 'hidden-debt',
    question: 'when-it-started',
    otherwise: 'In June. Just before the summer holidays.',
    truly: 'Last April, after the office sweepstake.',
    vaguely: 'A while back now. Ages ago.',
  },
  where: {
    scenario: 'missed-scan',
    question: 'where-were-you',
    otherwise: 'At the office.',
    truly: 'At the Crown, with Tom.',
    vaguely: 'Out. I was out with Tom.',
  },
  'how long': {
    scenario: 'ex-contact',
    question: 'how-long',
    otherwise: 'A couple of weeks, that’s all.',
    truly: 'About seven months.',
    vaguely: 'A few months.',
  },
  'how much': {
    scenario: 'hidden-debt',
    question: 'how-much-through',
    otherwise: 'About £5,000 through the app.',
    truly: 'About thirty-one thousand pounds.',
    vaguely: 'Tens of thousands. I haven’t added it up.',
  },
  'how many': {
    scenario: 'missed-scan',
    question: 'how-many-drinks',
    otherwise: 'Two pints.',
    truly: 'Four.',
    vaguely: 'A few.',
    between: 'Okay.',
  },
};

describe('a reply that tells it differently from the truth, for each kind of question', () => {
  it.each(Object.entries(CASES))(
    '%s: another account is taken in as an excused answer, the truth as an honest one; a vaguer one is no other story',
    (_kind, c) => {
      const asked = askedIn(c.scenario, c.question, c.between);
      const about = questionById(c.scenario, c.question).about;

      const otherwise = takeTurn(asked, c.otherwise).turn;
      expect(otherwise.understood?.answered, c.otherwise).toBe(c.question);
      expect(takenInWith(c.scenario, c.question, otherwise), otherwise.partner.line).toBe('excused');
      expect(otherwise.understood?.disclosed).not.toContain(about);
      expect(otherwise.feedback.kept).toBe(false);
      expect(otherwise.feedback.summary).not.toMatch(/answered it|answer(?:ed)? it straight|gave the answer/);
      expect(otherwise.feedback.suggestion).not.toContain(c.otherwise);
      // Shown as the partner heard it: a denial of what happened, which never earns trust.
      expect(otherwise.understood?.toldOtherwise).toBe(true);
      expect(otherwise.classification.label).toBe('defensive');
      expect(otherwise.classification.signals).toContain('denial');
      expect(otherwise.classification.signals).not.toContain('honest-answer');
      expect(otherwise.partner.trust).toBeLessThanOrEqual(asked.partner.trust);

      // (The true answer may be the one that repairs it: then the partner's line is their ending.)
      const truly = takeTurn(asked, c.truly).turn;
      expect(truly.understood?.answered, c.truly).toBe(c.question);
      expect(truly.understood?.toldOtherwise).toBeUndefined();
      expect(takenInWith(c.scenario, c.question, truly), truly.partner.line).toBe(
        truly.status === 'active' ? 'honest' : undefined,
      );
      expect(truly.feedback.kept).toBe(true);

      // Whether a vaguer answer is excused is the classifier's to say (it may hear "A few months." as
      // shrinking it); it is no other story, and the feedback does not call it one.
      expect(readAnswer(questionById(c.scenario, c.question), c.vaguely, []).contradicts, c.vaguely).toBe(false);
      const vaguely = takeTurn(asked, c.vaguely).turn;
      expect(vaguely.feedback.summary).not.toMatch(/not what happened|differently from how it was/);
    },
  );
});

describe('a time that belongs to another true fact told in the same reply is no other story', () => {
  it('"Seven thousand seven hundred, in four goes since March." (the deposit) to "When did the betting start?"', () => {
    const asked = askedIn('hidden-debt', 'when-it-started');
    const { turn } = takeTurn(asked, 'Yes. I took it. Seven thousand seven hundred, in four goes since March.');
    // Not heard as a lie about the betting: the question is still waiting, and nothing is called a denial.
    expect(turn.understood?.toldOtherwise).toBeUndefined();
    expect(turn.understood?.dodged).toBe('when-it-started');
    expect(turn.classification.signals).not.toContain('denial');
    expect(turn.feedback.summary).not.toMatch(/not what happened|differently from how it was/);
    // The same month, said as the answer to it, is still another story.
    expect(takeTurn(asked, 'It started in March.').turn.understood?.toldOtherwise).toBe(true);
  });
});

describe('Priya asks who got in touch first; the user did, and says "He kept texting me"', () => {
  const priya = scenarioById('ex-contact');
  const whoFirst = questionById('ex-contact', 'who-first');
  const thanks = whoFirst.answered.honest.map((line) => line.replace('{months}', priya.slots?.months ?? ''));

  function whoFirstAsked(): EngineSession {
    const asked = takeTurn(startSession(priya, 2), 'Seven months. It started in March.');
    expect(asked.turn.partner.asks?.id).toBe('who-first');
    return asked.session;
  }

  it('Priya does not take it in as the true account: no thanks for a kind reason, one of her excused lines instead', () => {
    const { turn, session } = takeTurn(whoFirstAsked(), 'He kept texting me');
    expect(turn.partner.line).not.toContain("That's a kind reason to send one message");
    for (const line of thanks) expect(turn.partner.line).not.toContain(line);
    expect(whoFirst.answered.excused.some((line) => turn.partner.line.startsWith(line))).toBe(true);
    // Answered, so she does not ask it again, but she has not heard that the user got in touch first.
    expect(turn.understood).toEqual({ answered: 'who-first', toldOtherwise: true, disclosed: [] });
    expect(session.snapshot.conversation.answered.at(-1)).toMatchObject({ question: 'who-first', how: 'excused' });
    // The feedback agrees with her, and the better reply leads with what happened.
    expect(turn.feedback.summary).not.toMatch(/answered it|plainly/);
    expect(turn.feedback.suggestion.startsWith(whoFirst.answer)).toBe(true);
    expect(turn.feedback.suggestion).not.toContain('He kept texting me');
  });

  it('"He got in touch first." mentions the fact’s own words, but tells it the other way round: it stays untold', () => {
    const { turn, session } = takeTurn(whoFirstAsked(), 'He got in touch first.');
    expect(turn.understood).toEqual({ answered: 'who-first', toldOtherwise: true, disclosed: [] });
    expect(session.snapshot.conversation.disclosed.map((d) => d.fact)).not.toContain('you-got-in-touch');
  });
});

describe('on the fixture: a different sum to "how much?", asked now or answered late', () => {
  const fixture = loadFixture();
  const OWNS = "I'm sorry I lied to you. That was my choice.";
  const TOOK_IT = 'Yes. I took the money from the savings account.';

  function howMuchAsked(): EngineSession {
    const session = takeTurn(takeTurn(startSession(fixture, 1), OWNS).session, TOOK_IT).session;
    expect(session.partner.asks?.id).toBe('how-much');
    return session;
  }

  it('asked now: "About £200, on the car." (truth: about 2,000) is excused, and the car is not taken as told', () => {
    const { turn } = takeTurn(howMuchAsked(), 'About £200, on the car.');
    expect(turn.understood).toEqual({ answered: 'how-much', toldOtherwise: true, disclosed: [] });
    expect(turn.partner.line).toMatch(/^\[q how-much excused \d\]/);
    const truly = takeTurn(howMuchAsked(), 'About two grand, on the car.').turn;
    expect(truly.understood).toEqual({ answered: 'how-much', disclosed: ['the-car'] });
    expect(truly.partner.line).toMatch(/^\[q how-much honest \d\]/);
  });

  it('given up on, then answered late with a different sum: not credited, and its fact stays untold', () => {
    let session = takeTurn(howMuchAsked(), 'ok').session;
    session = takeTurn(session, 'ok').session;
    expect(session.snapshot.conversation.givenUp).toContain('how-much');
    const later = takeTurn(session, OWNS).session;

    const otherwise = takeTurn(later, 'You asked how much. About £200, on the car.').turn;
    expect(otherwise.understood?.answered).toBeUndefined();
    expect(otherwise.understood?.disclosed).not.toContain('the-car');
    expect(otherwise.partner.line).not.toMatch(/\[q how-much (?:honest|excused)/);

    const truly = takeTurn(later, 'You asked how much. About 2,000, on the car.').turn;
    expect(truly.understood?.answered).toBe('how-much');
  });
});

describe('a false "No." to a yes-or-no question', () => {
  it('is shown as a denial, and the partner trusts less, not more', () => {
    const asked = askedIn('relapse', 'pickup');
    const { turn } = takeTurn(asked, "No. I hadn't had anything that day.");
    expect(turn.understood).toMatchObject({ answered: 'pickup', toldOtherwise: true });
    expect(turn.classification.label).toBe('defensive');
    expect(turn.classification.signals[0]).toBe('denial');
    expect(turn.partner.trust).toBeLessThan(asked.partner.trust);
  });
});

describe('a "no" that refuses to deny is no false "No."', () => {
  it.each([
    "No, I'm not going to pretend it was nothing. It wasn't.",
    'no im not gonna lie to u. yes i did',
    'No more lies. I had a drink at lunch, and more after.',
  ])('"%s" is not heard as a denial', (reply) => {
    const asked = askedIn('relapse', 'pickup');
    const { turn } = takeTurn(asked, reply);
    expect(turn.understood?.toldOtherwise).toBeUndefined();
    expect(turn.classification.signals).not.toContain('denial');
  });
});

describe('the places people name without a "the" are places', () => {
  it.each(['At work.', 'On the train home.', 'I was at home all afternoon.'])(
    '"%s" to "Where were you?" is an answer that tells it otherwise than the pub',
    (reply) => {
      const asked = askedIn('missed-scan', 'where-were-you');
      const { turn } = takeTurn(asked, reply);
      expect(turn.understood).toMatchObject({ answered: 'where-were-you', toldOtherwise: true });
      expect(takenInWith('missed-scan', 'where-were-you', turn), turn.partner.line).toBe('excused');
    },
  );
});

describe('a part of a month beside the true one is no other story', () => {
  it('"The end of February." to "When did you start again?" (truth: in March) is taken in, not excused', () => {
    const asked = askedIn('relapse', 'when-started');
    const { turn } = takeTurn(asked, 'The end of February, I think.');
    expect(turn.understood?.answered).toBe('when-started');
    expect(turn.understood?.toldOtherwise).toBeUndefined();
    expect(takenInWith('relapse', 'when-started', turn), turn.partner.line).not.toBe('excused');
    const { turn: otherwise } = takeTurn(asked, 'In June, I think.');
    expect(otherwise.understood).toMatchObject({ answered: 'when-started', toldOtherwise: true });
  });
});

describe('"Nobody ..." is a no only to a question about people', () => {
  it('"Nobody knows: I have not told Geoff." to "Had you had a drink by the time you ate a slice?" says neither yes nor no', () => {
    const asked = askedIn('relapse', 'twelve-months');
    const { turn } = takeTurn(
      asked,
      'Nobody knows: I have not told Geoff or anyone else, and I stopped answering his calls.',
    );
    expect(turn.understood?.toldOtherwise).toBeUndefined();
    expect(turn.classification.signals).not.toContain('denial');
    expect(turn.feedback.summary).not.toMatch(/says no/);
  });
});

describe('a truthful answer the partner took in as one is shown as one', () => {
  const reply = 'I meant to find a new job first and then tell Dele I had moved jobs, so he would never have known.';
  const read: Classification = {
    label: 'defensive',
    confidence: 0.86,
    signals: ['responsibility'],
    evidence: [{ signal: 'responsibility', text: 'so he would never have known', start: 70, end: 98 }],
  };
  const hearing = (how: 'honest' | 'excused', heardAs: Label): Hearing => ({
    question: { id: questionId('how-long-planned'), outcome: 'answered', how },
    told: [],
    heardAs,
  });

  it('heard as the honest answer it was: shown validating, as an answer, whatever the words read alone', () => {
    const shown = asHeard(read, hearing('honest', 'validating'), reply);
    expect(shown.label).toBe('validating');
    expect(shown.signals).toContain('honest-answer');
    expect(shown.evidence).toEqual(read.evidence);
  });

  it('heard as an answer wrapped in an excuse: shown as the words read', () => {
    expect(asHeard(read, hearing('excused', 'defensive'), reply).label).toBe('defensive');
  });
});

describe('"what?" answered with another fact is still waiting', () => {
  it('"Boxing Day, in her kitchen" to "How much did she get? The details as well?" tells when, not what', () => {
    const asked = askedIn('told-the-secret', 'what-she-knows');
    const when = takeTurn(asked, 'Boxing Day, in her kitchen, while we were drying up.').turn;
    expect(when.understood?.dodged).toBe('what-she-knows');
    const what = takeTurn(asked, 'Everything. The three years, the haulage firm, the visits.').turn;
    expect(what.understood?.answered).toBe('what-she-knows');
  });
});
