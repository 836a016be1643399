// Feedback on a reply: which principle it kept or broke, a note that quotes the user's own words,
// and a better reply that fits how the partner feels right now. Classifications are built by hand
// so these tests do not depend on the classifier's exact output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackFor } from '../../server/engine/feedback/feedback-for.js';
import { questionSentence } from '../../server/engine/feedback/question-moment.js';
import { reflectPartner } from '../../server/engine/feedback/reflect-partner.js';
import { AFTER_ANSWER, ANY_EMOTION_CLOSES, MOVES, VOICES } from '../../server/engine/feedback/suggestion-lines.js';
import {
  type Classification,
  EMOTIONS,
  type Emotion,
  type FeedbackContext,
  LABELS,
  type Label,
  SIGNALS,
  SIGNALS_BY_SIDE,
  type Signal,
} from '../../server/engine/types.js';

/** A classification whose evidence spans are found in the reply, in the order given. */
function classified(
  reply: string,
  label: Label,
  spans: [Signal, string][] = [],
  more: Partial<Classification> = {},
): Classification {
  const evidence = spans.map(([signal, text]) => {
    const start = reply.indexOf(text);
    if (start === -1) throw new Error(`"${text}" is not in the reply`);
    return { signal, text, start, end: start + text.length };
  });
  return {
    label,
    confidence: 0.8,
    signals: [...new Set(spans.map(([s]) => s))],
    evidence,
    ...more,
  };
}

/** A long reply judged part by part: each part is a piece of the reply with its label and signals. */
function inParts(reply: string, parts: Array<[string, Label, Signal[]]>): Pick<Classification, 'parts'> {
  return {
    parts: parts.map(([text, label, signals]) => {
      const start = reply.indexOf(text);
      if (start === -1) throw new Error(`"${text}" is not in the reply`);
      return { start, end: start + text.length, label, signals };
    }),
  };
}

/** True when the summary puts `words` (or the clause around them) inside quote marks. */
function quotes(summary: string, words: string): boolean {
  return [...summary.matchAll(/“([^”]*)”/g)].some((m) => (m[1] as string).includes(words));
}

function feedback(
  reply: string,
  label: Label,
  spans: [Signal, string][],
  context: Partial<FeedbackContext> = {},
  more: Partial<Classification> = {},
) {
  return feedbackFor(classified(reply, label, spans, more), { reply, ...context });
}

/** Worded as a possibility, not a verdict. */
const MAYBE = /\b(?:may|might|could)\b|there’s a chance|hard to be sure|isn’t clear/i;

const BLAME = "I'm sorry, but if you had been home more this wouldn't have happened.";
const BLAME_SPANS: [Signal, string][] = [
  ['blame-shift', 'if you had been home more'],
  ['apology', "I'm sorry"],
];
const JUST_HAPPENED = 'It just happened, it was only a few times.';
const JUST_HAPPENED_SPANS: [Signal, string][] = [
  ['agency-removal', 'It just happened'],
  ['downplay', 'only a few times'],
];

describe('the note on a reply', () => {
  it('when the user shifts blame, the note quotes the words that did it', () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS);

    expect(quotes(result.summary, 'if you had been home more')).toBe(true);
  });

  it('when a reply starts with an apology and then blames, the note credits the apology before the blame', () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS);

    const credit = result.summary.search(/said sorry|“I'm sorry”/);
    expect(credit).toBeGreaterThanOrEqual(0);
    expect(credit).toBeLessThan(result.summary.indexOf('if you had been home more'));
  });

  it('when the user defends, the reply broke owning the choice', () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS);

    expect(result).toMatchObject({ principle: 'own-the-choice', kept: false });
  });

  it('when the user says "it just happened", the note quotes it and owning the choice is broken', () => {
    const result = feedback(JUST_HAPPENED, 'minimizing', JUST_HAPPENED_SPANS);

    expect(result).toMatchObject({ principle: 'own-the-choice', kept: false });
    expect(result.summary).toContain('“It just happened”');
  });

  it('when the user owns the choice, the note says what worked and quotes it', () => {
    const reply = 'I chose to lie to you, and that is on me.';
    const result = feedback(reply, 'validating', [['responsibility', 'I chose to lie to you']]);

    expect(result).toMatchObject({ principle: 'own-the-choice', kept: true });
    expect(result.summary).toContain('“I chose to lie to you”');
  });

  it.each([
    ['patience', 'Take all the time you need.', 'Take all the time you need', 'heal-at-their-pace'],
    ['transparency', 'You can look at my phone whenever you want.', 'look at my phone', 'be-open'],
    ['reflection', 'You sat up waiting for me.', 'You sat up waiting for me', 'listen-before-defending'],
    ['growth', 'I have booked a counsellor for Thursday.', 'booked a counsellor', 'grow'],
  ] as const)('a reply showing %s is told which principle it kept', (signal, reply, words, principle) => {
    const result = feedback(reply, 'validating', [[signal, words]]);

    expect(result).toMatchObject({ principle, kept: true });
    expect(quotes(result.summary, words)).toBe(true);
  });

  it('the principle comes from the strongest signal on the label side, not from the label alone', () => {
    const reply = 'Can we move on? I was stressed at work.';
    const rushing = feedback(reply, 'minimizing', [
      ['rushing', 'Can we move on'],
      ['justification', 'I was stressed'],
    ]);
    const justifying = feedback(reply, 'defensive', [
      ['justification', 'I was stressed'],
      ['rushing', 'Can we move on'],
    ]);

    expect(rushing).toMatchObject({
      principle: 'heal-at-their-pace',
      kept: false,
    });
    expect(justifying).toMatchObject({
      principle: 'own-the-choice',
      kept: false,
    });
  });

  it('every signal has a principle and a note that quotes the words behind it', () => {
    for (const signal of SIGNALS) {
      const label = (Object.keys(SIGNALS_BY_SIDE) as (keyof typeof SIGNALS_BY_SIDE)[]).find((side) =>
        (SIGNALS_BY_SIDE[side] as readonly Signal[]).includes(signal),
      ) as Label;
      const reply = `Well, the words for ${signal} are here.`;
      const result = feedback(reply, label, [[signal, `the words for ${signal}`]]);

      expect(result.kept, signal).toBe(label === 'validating');
      expect(quotes(result.summary, `the words for ${signal}`), signal).toBe(true);
    }
  });

  it('without evidence spans, the note quotes the reply itself', () => {
    const result = feedbackFor(
      {
        label: 'minimizing',
        confidence: 0.6,
        signals: ['rushing'],
        evidence: [],
      },
      {
        reply: 'Can we please just move on.',
      },
    );

    expect(result.summary).toContain('“Can we please just move on”');
  });

  it("uses the partner's name from the scenario when it has one", () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS, {
      slots: { partner: 'Dana' },
    });

    expect(result.summary).toContain('Dana');
  });
});

describe('a neutral reply', () => {
  it('is told plainly that it did not engage, and gets a way in', () => {
    const result = feedback('ok', 'neutral', [], {
      emotion: 'sadness',
      partner: 'I found the receipts in your coat.',
    });

    expect(result.kept).toBe(false);
    expect(['listen-before-defending', 'steady-care']).toContain(result.principle);
    expect(result.summary).toContain('“ok”');
    expect(result.summary).toMatch(/way in/);
    expect(result.suggestion).toContain('You found the receipts in my coat');
  });

  it('offering a small practical kindness is steady care that has not yet answered the partner', () => {
    const result = feedback("I'll make us some dinner.", 'neutral', [], {
      emotion: 'numbness',
    });

    expect(result).toMatchObject({ principle: 'steady-care', kept: false });
    expect(result.summary).toContain("“I'll make us some dinner”");
  });
});

describe('the suggested reply', () => {
  it("reuses the partner's own words, said back in the speaker's voice", () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS, {
      emotion: 'anger',
      partner: 'I waited up for you all night.',
    });

    expect(result.suggestion.startsWith('You waited up for me all night.')).toBe(true);
  });

  it('after a defensive reply it differs from the one after a minimizing reply', () => {
    const context = {
      emotion: 'anger',
      partner: 'I waited up for you all night.',
    } as const;
    const defensive = feedback(BLAME, 'defensive', BLAME_SPANS, context);
    const minimizing = feedback(JUST_HAPPENED, 'minimizing', JUST_HAPPENED_SPANS, context);

    expect(defensive.suggestion).not.toBe(minimizing.suggestion);
  });

  it('after blame it keeps the apology, drops the blame and owns the choice', () => {
    for (const emotion of EMOTIONS) {
      const result = feedback(BLAME, 'defensive', BLAME_SPANS, { emotion });

      expect(result.suggestion).toContain("I'm sorry.");
      expect(result.suggestion).toMatch(/\b(?:my choice|I chose|I decided|I did\b|mine|on me|I am\b|I'm the one)/);
      expect(result.suggestion).not.toMatch(/home more|\bbut\b/i);
    }
  });

  it('after the user hurries the partner, it offers time, and the hurrying is gone', () => {
    for (const reply of ['Can we just move on now?', 'Can we please move on?', 'Could we just move on now?']) {
      const result = feedback(reply, 'minimizing', [['rushing', 'move on']], { emotion: 'sadness' });

      expect(result.suggestion).toMatch(/time|deadline|wait|pace|long|rush|hurry|speed|timetable|over it/i);
      expect(result.suggestion).not.toMatch(/move on|^Can we|^Could we/);
    }
  });

  it('the same failure gets a different suggestion for an angry partner than for a sad one', () => {
    const angry = feedback(BLAME, 'defensive', BLAME_SPANS, {
      emotion: 'anger',
    });
    const sad = feedback(BLAME, 'defensive', BLAME_SPANS, {
      emotion: 'sadness',
    });

    expect(angry.suggestion).not.toBe(sad.suggestion);
  });

  it('for a numb partner it asks them nothing', () => {
    for (const reply of [
      JUST_HAPPENED,
      'It just happened, that is all.',
      'It just happened. It was only a few times.',
    ]) {
      const result = feedback(reply, 'minimizing', JUST_HAPPENED_SPANS.slice(0, 1), { emotion: 'numbness' });

      expect(result.suggestion).not.toContain('?');
    }
  });

  it('for a confused partner it offers answers, naming the other person when known', () => {
    const suggestions = Array.from({ length: 40 }, (_, i) => {
      const reply = `${BLAME} (${i})`;
      return feedback(reply, 'defensive', BLAME_SPANS, { emotion: 'confusion', slots: { other: 'Jess' } }).suggestion;
    });

    for (const suggestion of suggestions)
      expect(suggestion).toMatch(
        /ask|answer|explain|tell you|tell it|go through|go back over|put it to me|fill in|start there|say it|question/i,
      );
    expect(suggestions.some((s) => s.includes('Jess'))).toBe(true);
    expect(suggestions.join(' ')).not.toContain('{other}');
  });

  it('when the reply already validated, it builds on it instead of correcting it', () => {
    const reply = 'I chose to lie to you, and that is on me.';
    const result = feedback(reply, 'validating', [['responsibility', 'I chose to lie to you']], {
      emotion: 'sadness',
    });

    expect(result.suggestion).toMatch(/\?/);
    expect(result.suggestion).not.toMatch(/didn't just happen|not overreacting|details don't matter/);
  });

  it('addresses a sad partner by name when the scenario gives one, and leaves the user’s own words as written', () => {
    const named = feedback(JUST_HAPPENED, 'minimizing', JUST_HAPPENED_SPANS, {
      emotion: 'sadness',
      slots: { partner: 'Dana' },
    });
    const own = feedback('I lied to you for months.', 'validating', [['responsibility', 'I lied to you']], {
      emotion: 'sadness',
      slots: { partner: 'Dana' },
    });

    expect(named.suggestion.startsWith('Dana, ')).toBe(true);
    expect(own.suggestion.startsWith('I lied to you for months.')).toBe(true);
  });

  it('each way of defending or minimizing gets its own repair, and each good move its own next step', () => {
    const reply = 'The words that mattered are here.';
    for (const side of ['validating', 'defensive', 'minimizing'] as const) {
      const suggestions = SIGNALS_BY_SIDE[side].map(
        (signal) => feedback(reply, side, [[signal, 'The words that mattered']], { emotion: 'anger' }).suggestion,
      );

      expect(new Set(suggestions).size, side).toBe(suggestions.length);
    }
  });

  it('no two of the four labels in the four emotions get the same suggestion', () => {
    const replies: Record<Label, [string, [Signal, string][]]> = {
      validating: ['I chose to lie to you, and that is on me.', [['responsibility', 'I chose to lie to you']]],
      defensive: [BLAME, BLAME_SPANS],
      minimizing: [JUST_HAPPENED, JUST_HAPPENED_SPANS],
      neutral: ['I need to check on the kids.', []],
    };
    const suggestions = new Set<string>();
    for (const label of LABELS) {
      for (const emotion of EMOTIONS) {
        const [reply, spans] = replies[label];
        suggestions.add(
          feedback(reply, label, spans, {
            emotion,
            partner: 'I waited up for you all night.',
          }).suggestion,
        );
      }
    }

    expect(suggestions.size).toBe(LABELS.length * EMOTIONS.length);
  });
});

describe('feedback as a whole', () => {
  it('is the same every time for the same reply and context', () => {
    const context = {
      emotion: 'anger' as Emotion,
      partner: 'I waited up for you.',
      slots: { partner: 'Dana' },
    };

    expect(feedback(BLAME, 'defensive', BLAME_SPANS, context)).toEqual(
      feedback(BLAME, 'defensive', BLAME_SPANS, context),
    );
  });

  it('never throws and never leaves a placeholder, whatever the user and partner typed', () => {
    const signal = fc.constantFrom(...SIGNALS);
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        fc.constantFrom(...LABELS),
        fc.option(fc.constantFrom(...EMOTIONS), { nil: undefined }),
        fc.array(signal, { maxLength: 3 }),
        (reply, partner, label, emotion, signals) => {
          const evidence = signals.map((s) => ({
            signal: s,
            text: reply.slice(0, 8),
            start: 0,
            end: Math.min(8, reply.length),
          }));
          const result = feedbackFor({ label, confidence: 0.5, signals, evidence }, { reply, partner, emotion });
          expect(result.summary.length).toBeGreaterThan(0);
          expect(result.suggestion.length).toBeGreaterThan(0);
          expect(result.summary + result.suggestion).not.toMatch(
            /\{(q|kq|p|P|R|other|asked|did|might|credits|said|truth)\}/,
          );
        },
      ),
    );
  });
});

describe("saying the partner's words back", () => {
  it.each([
    ['I waited up for you all night.', 'You waited up for me all night'],
    ['I read every one of your messages.', 'You read every one of my messages'],
    ['I was so stupid. I trusted you with everything.', 'You trusted me with everything'],
    ["I felt like a fool at my sister's party.", "You felt like a fool at your sister's party"],
    ['So, I found the receipts myself.', 'You found the receipts yourself'],
    ['I trusted you completely and you lied to me.', 'You trusted me completely'],
    // Words that name Object.prototype's members are only words.
    [
      'I read the constructor notes and the toString of it all.',
      'You read the constructor notes and the toString of it all',
    ],
  ])('"%s" becomes "%s"', (line, said) => {
    expect(reflectPartner(line)).toBe(said);
  });

  it.each(['You never loved me.', "I know you don't care.", 'Why did you do it?', 'Sit down.', 'I heard you.', ''])(
    'does not turn "%s" into words for the speaker',
    (line) => {
      expect(reflectPartner(line)).toBeNull();
    },
  );
});

describe('a long reply judged part by part', () => {
  const LONG = 'Yes, I was with her on Friday. That was my choice, and it is on me. But you were never home.';
  const LONG_PARTS = inParts(LONG, [
    ['Yes, I was with her on Friday.', 'validating', ['honest-answer']],
    ['That was my choice, and it is on me.', 'validating', ['responsibility']],
    ['But you were never home.', 'defensive', ['blame-shift']],
  ]);
  const LONG_SPANS: [Signal, string][] = [
    ['blame-shift', 'But you were never home'],
    ['honest-answer', 'Yes, I was with her on Friday'],
    ['responsibility', 'That was my choice'],
  ];

  it('with no words marked, quotes the sentence judged harmful, not the first one', () => {
    const reply = "Twice, I think. But she's a nurse, she wasn't going to judge you.";
    const parts = inParts(reply, [
      ['Twice, I think.', 'neutral', []],
      ["But she's a nurse, she wasn't going to judge you.", 'defensive', []],
    ]);
    const { summary } = feedback(reply, 'defensive', [], {}, parts);
    expect(quotes(summary, "she wasn't going to judge you")).toBe(true);
    expect(quotes(summary, 'Twice, I think')).toBe(false);
  });

  it('credits what was right before it names the one phrase that was not', () => {
    const { summary } = feedback(LONG, 'defensive', LONG_SPANS, {}, LONG_PARTS);

    expect(summary).toMatch(/answered plainly and owned it/);
    expect(quotes(summary, 'But you were never home')).toBe(true);
    expect(summary.indexOf('answered plainly')).toBeLessThan(summary.indexOf('But you were never home'));
    expect(summary).toMatch(/handed the blame back|put part of it back on/);
  });

  it('credits an apology and ownership before a phrase that shrinks it, in other words', () => {
    const reply = "I'm sorry. I chose to hide it from you. It was only a few messages though.";
    const { summary } = feedback(
      reply,
      'minimizing',
      [
        ['downplay', 'only a few messages'],
        ['apology', "I'm sorry"],
        ['responsibility', 'I chose to hide it'],
      ],
      {},
      inParts(reply, [
        ["I'm sorry.", 'validating', ['apology']],
        ['I chose to hide it from you.', 'validating', ['responsibility']],
        ['It was only a few messages though.', 'minimizing', ['downplay']],
      ]),
    );

    expect(summary).toMatch(/said sorry and owned it/);
    expect(summary).toMatch(/“It was only a few messages though” (?:made it smaller|shrank it)/);
  });

  it('when the phrase that hurt came first, it is named first and the rest still counted', () => {
    const reply = 'You were never home, so what did you expect. Still, I chose it, and I am sorry.';
    const { summary } = feedback(
      reply,
      'defensive',
      [
        ['blame-shift', 'You were never home'],
        ['responsibility', 'I chose it'],
      ],
      {},
      inParts(reply, [
        ['You were never home, so what did you expect.', 'defensive', ['blame-shift']],
        ['Still, I chose it, and I am sorry.', 'validating', ['responsibility', 'apology']],
      ]),
    );

    expect(summary.startsWith('“You were never home')).toBe(true);
    expect(summary).toMatch(/even though|before you owned it/);
  });

  it('the suggestion keeps the right parts in the user’s own words and drops the one that hurt', () => {
    const { suggestion } = feedback(LONG, 'defensive', LONG_SPANS, { emotion: 'anger' }, LONG_PARTS);

    expect(suggestion).toContain('Yes, I was with her on Friday. That was my choice, and it is on me.');
    expect(suggestion).not.toMatch(/never home/);
  });

  it('without parts or any good words, it names the phrase alone', () => {
    const { summary } = feedback('But you were never home.', 'defensive', [['blame-shift', 'you were never home']]);

    expect(summary).not.toMatch(/^You |started well/);
    expect(quotes(summary, 'you were never home')).toBe(true);
  });
});

describe('a verdict given with little confidence', () => {
  it('below 0.6 is worded as a possibility, never as a verdict, for every signal', () => {
    for (const signal of SIGNALS) {
      const label = (Object.keys(SIGNALS_BY_SIDE) as (keyof typeof SIGNALS_BY_SIDE)[]).find((side) =>
        (SIGNALS_BY_SIDE[side] as readonly Signal[]).includes(signal),
      ) as Label;
      const reply = `Well, the words for ${signal} are here.`;
      const { summary } = feedback(reply, label, [[signal, `the words for ${signal}`]], {}, { confidence: 0.59 });

      expect(summary, signal).toMatch(MAYBE);
    }
  });

  it('“This may come across as...” names what it may come across as, quoting the words', () => {
    const { summary } = feedback(BLAME, 'defensive', BLAME_SPANS.slice(0, 1), {}, { confidence: 0.45 });

    expect(summary).toMatch(/(?:may|might|could) (?:come across as|land as|sound like|reads as)|reads as/);
    expect(summary).toMatch(/blame/);
    expect(quotes(summary, 'if you had been home more')).toBe(true);
  });

  it('a long reply judged with little confidence still credits what was right, and hedges the rest', () => {
    const reply = "I'm sorry I lied. But you were never home.";
    const { summary } = feedback(
      reply,
      'defensive',
      [
        ['blame-shift', 'But you were never home'],
        ['apology', "I'm sorry I lied"],
      ],
      {},
      { confidence: 0.5 },
    );

    expect(summary).toMatch(/^You said sorry/);
    expect(summary).toMatch(/may come across as|could land as/);
  });

  it('at 0.6 and above the note says what the words did, plainly', () => {
    for (const confidence of [0.6, 0.75, 0.95]) {
      const { summary } = feedback(BLAME, 'defensive', BLAME_SPANS.slice(0, 1), {}, { confidence });

      expect(summary, String(confidence)).not.toMatch(MAYBE);
    }
  });
});

describe('the partner’s question, quoted', () => {
  it.each([
    [
      'Okay, so if you knew it was wrong, when did the clearing-up start? The first week? Later?',
      'when did the clearing-up start?',
    ],
    ['How many? Ten? Twenty?', 'How many?'],
    ['You slept with her? In our bed?', 'You slept with her?'],
    ['I found the receipts. Yes or no: did you take it?', 'did you take it?'],
  ])('%s -> the question asked in words, not the options after it', (line, asked) => {
    expect(questionSentence(line)).toContain(asked);
  });
});

describe('when the partner had asked something', () => {
  const DEPOSIT = 'The house deposit account. Did you take money out of that too? Yes or no.';
  const TRUE_ANSWER = 'Yes. I took £7,700 out of the deposit account, in four withdrawals since March.';
  const WAITING: Partial<FeedbackContext> = {
    partner: DEPOSIT,
    emotion: 'anger',
    slots: { partner: 'Jo' },
    question: { kind: 'yes-no', id: 'took-the-deposit', about: 'the-deposit' },
    questionGist: 'whether you took money out of the house deposit account',
    trueAnswer: TRUE_ANSWER,
  };
  const dodged = { understood: { dodged: 'took-the-deposit', disclosed: [] } };
  const answered = { understood: { answered: 'took-the-deposit', disclosed: ['the-deposit'] } };

  it('an apology in place of the answer: the note says it was not answered, and the suggestion answers first', () => {
    const reply = "I'm so sorry. I never wanted any of this.";
    const result = feedback(reply, 'validating', [['apology', "I'm so sorry"]], { ...WAITING, ...dodged });

    expect(result.summary).toMatch(
      /^Jo asked whether you took money out of the house deposit account(?:; you didn’t answer|, and your reply doesn’t answer it|, and the answer isn’t in your reply)/,
    );
    expect(result).toMatchObject({ principle: 'be-open', kept: false });
    expect(result.suggestion.startsWith(TRUE_ANSWER)).toBe(true);
    expect(result.suggestion).toContain("I'm so sorry.");
  });

  it('“ok”: not answered, and the suggestion is the true answer, never a way around it', () => {
    const result = feedback('ok', 'neutral', [], { ...WAITING, ...dodged });

    expect(result.summary).toMatch(/^Jo asked whether you took money out of the house deposit account/);
    expect(result.suggestion.startsWith(TRUE_ANSWER)).toBe(true);
    expect(result.suggestion).not.toMatch(/talk around|change the subject|\bok\b/i);
  });

  it('a plain answer is credited as the openness asked for, whatever label the words got', () => {
    const reply = 'Yes. About seven and a half thousand.';
    for (const label of ['neutral', 'validating'] as const) {
      const result = feedback(reply, label, [], { ...WAITING, ...answered }, { confidence: 0.55 });

      expect(result).toMatchObject({ principle: 'be-open', kept: true });
      expect(result.summary).toMatch(/^Jo asked whether you took money out of the house deposit account, and/);
      expect(result.summary).not.toMatch(/doesn’t|didn’t|isn’t|steps around/);
      expect(result.suggestion.startsWith(reply)).toBe(true);
    }
  });

  it('an answer with an excuse after it: the answer is credited, the excuse named, and only the excuse dropped', () => {
    const reply = 'Yes, I took it. But you never let me near the budget.';
    const result = feedback(reply, 'defensive', [['blame-shift', 'you never let me near the budget']], {
      ...WAITING,
      ...answered,
    });

    expect(result.summary).toMatch(/answered/);
    expect(quotes(result.summary, 'you never let me near the budget')).toBe(true);
    expect(result.suggestion.startsWith('Yes, I took it.')).toBe(true);
    expect(result.suggestion).not.toMatch(/budget|\bbut\b/i);
  });

  it('a refusal is named as stepping around the question, and its words are not handed back', () => {
    const reply = 'Does it matter?';
    const result = feedback(reply, 'defensive', [['evasion', 'Does it matter']], { ...WAITING, ...dodged });

    expect(result.summary).toMatch(/^Jo asked whether you took money out of the house deposit account/);
    expect(result.summary).toMatch(/stepped around it|turned the question back|kept the answer back/);
    expect(result.suggestion.startsWith(TRUE_ANSWER)).toBe(true);
    expect(result.suggestion).not.toContain('matter?');
  });

  it('a flat no when the truth is yes: the note says so, and the suggestion gives the true answer', () => {
    // As the engine reports it: answered, but told otherwise than it happened.
    const toldOtherwise = { understood: { answered: 'took-the-deposit', toldOtherwise: true as const, disclosed: [] } };
    const result = feedback('No. I would never touch that account.', 'neutral', [], { ...WAITING, ...toldOtherwise });

    expect(result.summary).toMatch(/\bno\b.*\byes\b/);
    expect(result).toMatchObject({ principle: 'be-open', kept: false });
    expect(result.suggestion.startsWith(TRUE_ANSWER)).toBe(true);
    expect(result.suggestion).not.toMatch(/never touch/);
  });

  it('without a gist, it quotes the partner’s question; with none to quote, it names the kind of question', () => {
    const { questionGist: _, ...noGist } = WAITING;
    const quoted = feedback('ok', 'neutral', [], { ...noGist, ...dodged });
    const pressed = feedback('ok', 'neutral', [], { ...noGist, ...dodged, partner: "That's not a yes or a no." });

    expect(quoted.summary).toMatch(/^Jo asked, “Did you take money out of that too\?”/);
    expect(pressed.summary).toMatch(/^Jo asked a yes-or-no question/);
  });

  it('in a quick check (no scenario), the classifier’s reading of the question is used, and hedged when unsure', () => {
    const reply = 'I know I hurt you.';
    const result = feedback(
      reply,
      'validating',
      [['feeling-named', 'I know I hurt you']],
      { partner: 'Did you sleep with her?' },
      { confidence: 0.5, question: { kind: 'yes-no', response: 'unanswered' } },
    );

    expect(result.summary).toMatch(/^Your partner asked, “Did you sleep with her\?”/);
    expect(result.summary).toMatch(MAYBE);
  });

  describe('asked why', () => {
    const WHY = [
      'I just want to know why you told me about a signal failure outside Didcot.',
      'Why did you lie to me about the train?',
    ];
    const HOLDS_BACK = /can wait|until .* asks|explain it away|whenever you want it|somewhere to land later/i;

    it('never tells someone to hold back the reason they were just asked for', () => {
      for (const partner of WHY)
        for (let i = 0; i < 40; i++) {
          const reply = `Because I was stressed at work and it all got on top of me (${i}).`;
          const result = feedback(reply, 'defensive', [['justification', 'Because I was stressed at work']], {
            partner,
            emotion: 'anger',
            slots: { partner: 'Mira' },
          });

          expect(result.summary + result.suggestion).not.toMatch(HOLDS_BACK);
        }
    });

    it('the real reason owned is credited as an answer, and the suggestion keeps it', () => {
      const reply =
        "Because I'd said I'd be there and then I didn't want to go, and lying felt easier than telling you that.";
      const result = feedback(
        reply,
        'neutral',
        [],
        {
          partner: WHY[0],
          emotion: 'anger',
          slots: { partner: 'Mira' },
          question: { kind: 'why', id: 'why-the-lie' },
          understood: { answered: 'why-the-lie', disclosed: [] },
          trueAnswer: 'Because I did not want to go, and lying was easier than telling you.',
        },
        { confidence: 0.5 },
      );

      expect(result).toMatchObject({ principle: 'be-open', kept: true });
      expect(result.summary).toMatch(/^Mira asked, “|^Mira asked why/);
      expect(result.summary + result.suggestion).not.toMatch(HOLDS_BACK);
      expect(result.suggestion.startsWith(reply)).toBe(true);
    });

    it('a reason that blames, given to a why, is named as such, and the suggestion gives the true reason', () => {
      const reply = 'Because you never let me have a minute to myself.';
      const trueAnswer = 'Because I was scared, and the pub was easier than that room.';
      const result = feedback(reply, 'defensive', [['blame-shift', 'you never let me have a minute to myself']], {
        partner: 'Why stay in the pub?',
        emotion: 'anger',
        slots: { partner: 'Mira' },
        question: { kind: 'why', id: 'why-stayed' },
        understood: { answered: 'why-stayed', disclosed: [] },
        trueAnswer,
      });

      expect(result.summary).toMatch(/^Mira asked, “Why stay in the pub\?”, and the answer you gave/);
      expect(result.suggestion.startsWith(trueAnswer)).toBe(true);
      expect(result.suggestion).not.toMatch(/minute to myself/);
    });
  });
});

describe('a suggestion keeps what was good in the user’s own reply', () => {
  it.each([
    ["I'm sorry you feel that way.", "I'm sorry I hurt you."],
    ["I'm sorry if you were hurt by it.", "I'm sorry I hurt you"],
    ["I'm sorry you feel let down.", "I'm sorry I let you down."],
    [
      "I'm sitting. It's my debt, Jo. I'm sorry you found out in a queue at Tesco.",
      "I'm sorry I kept it from you, and that you found out in a queue at Tesco.",
    ],
  ])('“I’m sorry you ...” becomes an apology for what the user did: %s', (reply, turned) => {
    const start = reply.indexOf("I'm sorry");
    const result = feedback(reply, 'minimizing', [['non-apology', reply.slice(start, reply.indexOf('.', start))]], {
      emotion: 'sadness',
    });

    expect(result.suggestion).toContain(turned);
    expect(result.suggestion).not.toMatch(/sorry (?:if |that )?you (?:feel|found|were)/);
  });

  it('turns “sorry you ...” round even in a reply judged validating overall', () => {
    const reply = "It's my debt. I did this and I hid it from you. I'm sorry you found out in a queue at Tesco.";
    const { suggestion } = feedback(reply, 'validating', [['responsibility', "It's my debt"]]);

    expect(suggestion).toContain("I'm sorry I kept it from you, and that you found out in a queue at Tesco.");
    expect(suggestion).not.toContain("I'm sorry you found out");
  });

  it('keeps their own ownership and facts around the part that hurt', () => {
    const reply = "It's my debt. I did this and I hid it from you. I'm sorry you found out like that.";
    const { suggestion } = feedback(reply, 'minimizing', [['non-apology', "I'm sorry you found out like that"]]);

    expect(suggestion.startsWith("It's my debt. I did this and I hid it from you.")).toBe(true);
  });

  it.each([
    ['I took the money, but only because I was going to pay it back.', 'I took the money.', 'pay it back'],
    ['I lied to you because you were never home.', 'I lied to you.', 'never home'],
    ['Yes, I saw her, but it meant nothing.', 'Yes, I saw her.', 'meant nothing'],
  ])('drops the clause that hurt and keeps the rest: %s', (reply, kept, dropped) => {
    const at = reply.search(/\b(?:but|because)\b/);
    const result = feedback(reply, 'defensive', [['justification', reply.slice(at).replace(/\.$/, '')]]);

    expect(result.suggestion).toContain(kept);
    expect(result.suggestion).not.toContain(dropped);
  });

  it('drops filler and never hands back a phrase that defends, even one the classifier gave no words for', () => {
    for (const reply of [
      'ok',
      'hmm',
      "You're overreacting. It's not that big a deal.",
      'It just happened. Can we move on?',
      "I didn't mean for any of it to happen.",
      'It was only money. We can sort it out.',
    ]) {
      const { suggestion } = feedback(reply, reply.length < 5 ? 'neutral' : 'minimizing', []);

      expect(suggestion, reply).not.toMatch(
        /^ok\b|^hmm|(?<!not )overreact|big deal|just happened|move on|didn't mean|only money/i,
      );
    }
  });
});

describe('the words the feedback writes', () => {
  it('no sentence of a suggested reply appears in two of its lines: nothing becomes a stock phrase', () => {
    const where = new Map<string, string>();
    const lines: Array<[string, string]> = [];
    for (const [key, move] of Object.entries(MOVES))
      for (const [i, line] of move.lines.entries()) lines.push([`move ${key} ${i}`, line.text]);
    for (const [emotion, voice] of Object.entries(VOICES)) {
      for (const [i, t] of voice.withReflection.entries())
        lines.push([`opening ${emotion} ${i}`, t.replace('{R}. ', '')]);
      for (const [i, t] of voice.withoutReflection.entries()) lines.push([`opening ${emotion} ${i}`, t]);
      for (const [i, c] of voice.closes.entries()) lines.push([`close ${emotion} ${i}`, c.text]);
    }
    for (const [i, l] of AFTER_ANSWER.entries()) lines.push([`after-answer ${i}`, l.text]);
    for (const [i, c] of ANY_EMOTION_CLOSES.entries()) lines.push([`any-emotion close ${i}`, c.text]);
    for (const [at, text] of lines)
      for (const sentence of text.split(/(?<=[.!?])\s+/).filter((s) => s && s !== '{R}.')) {
        const key = sentence.toLowerCase();
        expect(where.get(key), `“${sentence}” in ${at}`).toBeUndefined();
        where.set(key, at);
      }
  });
});

describe('the words a note quotes', () => {
  it('a lone “No.” is quoted with the sentence after it, never on its own', () => {
    for (const label of ['validating', 'defensive'] as const) {
      const { summary } = feedback("No. I hadn't had anything that day.", label, []);
      expect(summary, label).toContain("No. I hadn't had anything that day");
      expect(summary, label).not.toMatch(/“No”/);
    }
  });
});

/** Priya waiting on "Who got in touch first?" (the truth: the user did). */
const WHO_FIRST: Partial<FeedbackContext> = {
  partner: 'Who got in touch first?',
  emotion: 'confusion',
  slots: { partner: 'Priya' },
  question: { kind: 'who', id: 'who-first', about: 'you-got-in-touch' },
  questionGist: 'who got in touch first',
  trueAnswer: 'I did. I messaged him first, when I saw his dad had died.',
};

describe('what the engine heard decides whether the answer told it otherwise', () => {
  it('a reply the partner heard as a dodge is not called an answer told differently', () => {
    const result = feedback("I'd rather not get into it. He kept texting me.", 'defensive', [], {
      ...WHO_FIRST,
      understood: { dodged: 'who-first', disclosed: [] },
    });
    expect(result.summary).not.toMatch(/told it differently|is not what happened/);
  });
});

describe('an answer told otherwise is quoted by its own words', () => {
  it.each([0, 1, 2, 3, 4, 5])(
    'the note quotes the sentence that tells it differently, not the one before it (%i)',
    (variety) => {
      const result = feedback("I'd rather not say. He kept texting me first.", 'defensive', [], {
        ...WHO_FIRST,
        variety,
        understood: { answered: 'who-first', toldOtherwise: true, disclosed: [] },
      });
      expect(result.summary).not.toContain("I'd rather not say");
    },
  );
});
