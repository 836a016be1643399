// Each kind of question needs a fact of its own kind: a sum is no "when", a time no "how much", a
// count of times no "how long", a time no "where". Played on the real scenarios through the engine
// (startSession / takeTurn, as the server calls them), then the same judgement reply by reply.
import { describe, expect, it } from 'vitest';
import { readWhen } from '../../server/engine/conversation/calendar-and-clock.js';
import { contradictsTruth } from '../../server/engine/conversation/contradicts-truth.js';
import { givesTime } from '../../server/engine/conversation/fact-kinds.js';
import { factId } from '../../server/engine/conversation/ids.js';
import { readAnswer } from '../../server/engine/conversation/read-answer.js';
import { startSession, takeTurn } from '../../server/engine/index.js';
import { askedIn, OWNING_NO_ANSWER, questionById, scenarioById } from './engine-test-kit.js';

/** Every line the partner says when they take the answer in (with its slots as the scenario has them). */
function answeredLines(scenarioId: string, questionId: string): string[] {
  const { answered } = questionById(scenarioId, questionId);
  return [...answered.honest, ...answered.excused];
}

describe('each kind of question needs a fact of its own kind, played through the engine', () => {
  it('a sum told to Jo\'s "When was it?" is not heard as when: Jo asks again, and names no month as if told', () => {
    const asked = takeTurn(startSession(scenarioById('hidden-debt'), 3), OWNING_NO_ANSWER);
    expect(asked.turn.partner.line).toMatch(/When was it\?$/);
    expect(asked.turn.partner.asks?.id).toBe('when-it-started');

    const { turn, session } = takeTurn(asked.session, 'About eleven thousand, across three cards and a payday loan.');
    expect(turn.understood?.answered).toBeUndefined();
    expect(turn.understood?.dodged).toBe('when-it-started');
    expect(turn.partner.asks?.id).toBe('when-it-started');
    expect(turn.partner.line).not.toMatch(/\bApril\b/);
    for (const line of answeredLines('hidden-debt', 'when-it-started')) expect(turn.partner.line).not.toContain(line);
    // The verdict shown agrees with what Jo heard: not praised as an honest answer.
    expect(turn.classification.label).not.toBe('validating');
    expect(turn.classification.signals).toContain('unanswered');
    expect(turn.classification.signals).not.toContain('honest-answer');
    expect(turn.classification.question?.response).toBe('unanswered');
    expect(turn.feedback.kept).toBe(false);

    // Told next, the month is heard, with one of the lines that take it in.
    const told = takeTurn(session, 'Last April, just after Easter.');
    expect(told.turn.understood?.answered).toBe('when-it-started');
    expect(
      answeredLines('hidden-debt', 'when-it-started').some((line) => told.turn.partner.line.startsWith(line)),
    ).toBe(true);
  });

  it('"Last April, just after Easter." to "When was it?" is heard as the answer straight away', () => {
    const asked = takeTurn(startSession(scenarioById('hidden-debt'), 3), OWNING_NO_ANSWER).session;
    const { turn } = takeTurn(asked, 'Last April, just after Easter.');
    expect(turn.understood?.answered).toBe('when-it-started');
    expect(
      questionById('hidden-debt', 'when-it-started').answered.honest.some((l) => turn.partner.line.startsWith(l)),
    ).toBe(true);
  });

  it('a time told to "How much has gone through the app?" is no sum: Jo asks again; the figure is heard', () => {
    const asked = askedIn('hidden-debt', 'how-much-through');
    const dodged = takeTurn(asked, 'Since last April.');
    expect(dodged.turn.understood?.dodged).toBe('how-much-through');
    expect(dodged.turn.partner.asks?.id).toBe('how-much-through');
    for (const line of answeredLines('hidden-debt', 'how-much-through'))
      expect(dodged.turn.partner.line).not.toContain(line);
    const told = takeTurn(dodged.session, 'About £31,000 went through the app.');
    expect(told.turn.understood?.answered).toBe('how-much-through');
  });

  it('a count of times told to "How long?" is no span: "Twice." is asked again; "Seven months." is heard', () => {
    const asked = askedIn('ex-contact', 'how-long');
    const dodged = takeTurn(asked, 'Twice.');
    expect(dodged.turn.understood?.dodged).toBe('how-long');
    expect(dodged.turn.partner.asks?.id).toBe('how-long');
    expect(takeTurn(asked, 'Seven months.').turn.understood?.answered).toBe('how-long');
  });

  it('a time told to "How many times?" is no count: "Since Boxing Day." is asked again; "Twice." is heard', () => {
    const asked = askedIn('told-the-secret', 'how-many-times');
    const dodged = takeTurn(asked, 'Since Boxing Day.');
    expect(dodged.turn.understood?.dodged).toBe('how-many-times');
    expect(takeTurn(asked, 'Twice.').turn.understood?.answered).toBe('how-many-times');
  });

  it('a time told to "Where were you?" is no place, for all its capitals; a place is heard', () => {
    const asked = askedIn('missed-scan', 'where-were-you');
    expect(takeTurn(asked, 'In the afternoon.').turn.understood?.dodged).toBe('where-were-you');
    expect(takeTurn(asked, 'At the Crown.').turn.understood?.answered).toBe('where-were-you');
  });
});

describe('what each kind of question hears, even when the classifier heard an answer', () => {
  // The classifier hears any plain statement as an answer; the engine asks whether it gives the kind of fact.
  const heard = (scenarioId: string, questionId: string, reply: string) => {
    const question = questionById(scenarioId, questionId);
    const context = { signals: [], question: { kind: question.kind, response: 'answered' as const } };
    return readAnswer(question, reply, [], context).response;
  };
  const cases: Array<[kind: string, scenarioId: string, questionId: string, gives: string[], givesNot: string[]]> = [
    [
      'when',
      'hidden-debt',
      'when-it-started',
      [
        'In March.',
        'Since the summer.',
        'Two years ago.',
        'Last week.',
        'Around half eleven.',
        'At 11pm.',
        "The night of your sister's wedding.",
        'After the party.',
        'Some time in 2024.',
        'On the 14th.',
        'Christmas, I think.',
        'About six months.',
      ],
      [
        'About eleven thousand, across three cards and a payday loan.',
        '£4,000.',
        'Twice.',
        'Three cards and a loan.',
        'I may have lost count.',
        'All of it, every penny.',
      ],
    ],
    [
      'how long',
      'ex-contact',
      'how-long',
      [
        'Three months.',
        'Since March.',
        'A year and a half.',
        'About six weeks.',
        'The whole weekend.',
        'Two years.',
        'On and off since Christmas.',
      ],
      ['Twice.', 'Three times.', 'Once a week.', 'Eleven grand.', 'In March.', 'Six.', 'Give me a minute.'],
    ],
    [
      'how much',
      'hidden-debt',
      'how-much-through',
      [
        'Eleven grand.',
        '£4,000.',
        'About half of it.',
        'All of it.',
        'Some of it, maybe a third.',
        'About 9,000.',
        'Twelve hundred pounds.',
      ],
      [
        'Since last April.',
        'Last April, just after Easter.',
        'In 2023.',
        'Two years ago.',
        'Half past nine.',
        'You worry too much.',
        'Some of it was for the kids, to be fair.',
      ],
    ],
    [
      'how many',
      'told-the-secret',
      'how-many-times',
      ['Twice.', 'Three times.', 'Six.', 'A handful.', 'Every Thursday.', 'Four or five.'],
      ['Since Boxing Day.', 'Two years ago.', 'Last April.', 'Three months.', 'In 2024.', '£40 worth.'],
    ],
    [
      'where',
      'hidden-debt',
      'where-letters',
      [
        'To my work address.',
        "At Dai's.",
        'In the car, on Tuesday.',
        'At the Crown.',
        'At work.',
        'At home.',
        'In town.',
        'On the train.',
        'At practice.',
      ],
      [
        'In March.',
        'At Easter.',
        'In the summer.',
        'At the weekend.',
        'At eleven.',
        'About eleven thousand.',
        // Ways of speaking that open as a place does.
        'In practice, I lied.',
        'In training, I lied.',
        'In the end, I lied.',
        'At the time, I lied.',
      ],
    ],
  ];

  it.each(cases)(
    '%s: each reply that gives its fact is heard, each that gives another kind is not',
    (_kind, s, q, gives, givesNot) => {
      for (const reply of gives) expect(heard(s, q, reply), reply).toBe('answered');
      for (const reply of givesNot) expect(heard(s, q, reply), reply).toBe('unanswered');
    },
  );

  it("a reply that tells the scenario's own fact is heard as the answer, whatever kind of words it uses", () => {
    const question = questionById('hidden-debt', 'when-it-started');
    const context = { signals: [], question: { kind: question.kind, response: 'answered' as const } };
    const told = [factId(question.about ?? '')];
    expect(readAnswer(question, 'It was the office sweepstake that started it.', told, context).response).toBe(
      'answered',
    );
  });
});

describe('a time of day is heard as a time exactly where the clock reads one', () => {
  it.each([
    'Half 6.',
    'like half 2, not that late',
    'At two am.',
    'At 17:45.',
    '8:40 p.m.',
    'At quarter to two.',
    'It was 11.30.',
    'About two.',
  ])('"%s" is a time, and the clock reads it', (reply) => {
    expect(givesTime(reply)).toBe(true);
    expect(readWhen(reply).clocks).toHaveLength(1);
  });

  it.each([
    'About 2,000, on a car repair.',
    'Around 9,000 pounds.',
    'Forty-two Amazon parcels.',
    'I spent £12.50.',
    'About 1.25 million.',
  ])('"%s" is no time, to either', (reply) => {
    expect(givesTime(reply)).toBe(false);
    expect(readWhen(reply).clocks).toEqual([]);
  });

  it('a sum is no time that could tell it otherwise than the clock', () => {
    expect(contradictsTruth('when', 'At about quarter to two.', 'Around 9,000 pounds.')).toBe(false);
    expect(contradictsTruth('when', 'At about quarter to two.', 'At 13:45.')).toBe(false);
    expect(contradictsTruth('when', 'At about quarter to two.', 'At 17:45.')).toBe(true);
  });
});
