// Feedback on a reply: which principle it kept or broke, a note that quotes the user's own words,
// and a better reply that fits how the partner feels right now. Classifications are built by hand
// so these tests do not depend on the classifier's exact output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackFor } from '../../server/engine/feedback/feedback-for.js';
import { reflectPartner } from '../../server/engine/feedback/reflect-partner.js';
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
function classified(reply: string, label: Label, spans: [Signal, string][] = []): Classification {
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
  };
}

/** True when the summary puts `words` (or the clause around them) inside quote marks. */
function quotes(summary: string, words: string): boolean {
  return [...summary.matchAll(/“([^”]*)”/g)].some((m) => (m[1] as string).includes(words));
}

function feedback(reply: string, label: Label, spans: [Signal, string][], context: Partial<FeedbackContext> = {}) {
  return feedbackFor(classified(reply, label, spans), { reply, ...context });
}

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

  it('when a reply starts with an apology and then blames, the note names the good start too', () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS);

    expect(result.summary).toContain("“I'm sorry”");
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

    expect(result.suggestion).toContain('You waited up for me all night.');
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

  it('after blame it owns the choice without a "because"', () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS, {
      emotion: 'anger',
    });

    expect(result.suggestion).toMatch(/\bI did this\b|\bmy choice\b/);
    expect(result.suggestion).not.toMatch(/\bbecause\b|\bbut\b/i);
  });

  it('after the user hurries the partner, it offers time', () => {
    const reply = 'Can we just move on now?';
    const result = feedback(reply, 'minimizing', [['rushing', 'move on']], {
      emotion: 'sadness',
    });

    expect(result.suggestion).toMatch(/time|deadline|wait/i);
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

  it('for a numb partner it puts no pressure on them to answer', () => {
    const result = feedback(JUST_HAPPENED, 'minimizing', JUST_HAPPENED_SPANS, {
      emotion: 'numbness',
    });

    expect(result.suggestion).toMatch(/no need to answer|rather not talk/i);
  });

  it('for a confused partner it offers to answer anything, naming the other person when known', () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS, {
      emotion: 'confusion',
      slots: { other: 'Jess' },
    });

    expect(result.suggestion).toMatch(/ask me anything about Jess|whatever you want to know|one piece at a time/i);
  });

  it('when the reply already validated, it builds on it instead of correcting it', () => {
    const reply = 'I chose to lie to you, and that is on me.';
    const result = feedback(reply, 'validating', [['responsibility', 'I chose to lie to you']], {
      emotion: 'sadness',
    });

    expect(result.suggestion).toMatch(/\?/);
    expect(result.suggestion).not.toMatch(/didn't just happen|not overreacting|details don't matter/);
  });

  it('addresses a sad partner by name when the scenario gives one', () => {
    const result = feedback(BLAME, 'defensive', BLAME_SPANS, {
      emotion: 'sadness',
      slots: { partner: 'Dana' },
    });

    expect(result.suggestion.startsWith('Dana, ')).toBe(true);
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
          expect(result.summary + result.suggestion).not.toMatch(/\{(q|kq|p|P|R|other)\}/);
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
