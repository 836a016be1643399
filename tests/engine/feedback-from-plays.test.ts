// Feedback that taught a wrong lesson in a tester's 24 played conversations (sincere replies, the
// "realistic" difficulty), each checked with the tester's own exchange and with other wordings of the
// same kind. Classifications are built by hand, as the classifier gave them in the play, so these
// tests hold whatever the classifier learns next; the one played through the engine needs no label.
import { describe, expect, it } from 'vitest';
import { feedbackFor } from '../../server/engine/feedback/feedback-for.js';
import { namesIllnessOnly } from '../../server/engine/feedback/feeling-families.js';
import { questionSentence } from '../../server/engine/feedback/question-moment.js';
import { saysAgain } from '../../server/engine/feedback/says-again.js';
import { startSession, takeTurn } from '../../server/engine/index.js';
import type { Classification, FeedbackContext, Label, Signal } from '../../server/engine/types.js';
import { scenarioById } from './engine-test-kit.js';

type Part = [text: string, label: Label, signals: Signal[]];

/** A classification with evidence found in the reply, and its parts when given (each a piece of the reply). */
function classified(reply: string, label: Label, spans: [Signal, string][], parts: Part[] = []): Classification {
  const at = (text: string) => {
    const start = reply.indexOf(text);
    if (start === -1) throw new Error(`"${text}" is not in the reply`);
    return { start, end: start + text.length };
  };
  return {
    label,
    confidence: 0.9,
    signals: [...new Set([...spans.map(([s]) => s), ...parts.flatMap(([, , s]) => s)])],
    evidence: spans.map(([signal, text]) => ({ signal, text, ...at(text) })),
    ...(parts.length > 0 ? { parts: parts.map(([text, l, signals]) => ({ ...at(text), label: l, signals })) } : {}),
  };
}

function feedback(
  reply: string,
  label: Label,
  spans: [Signal, string][],
  parts: Part[] = [],
  context: Partial<FeedbackContext> = {},
) {
  return feedbackFor(classified(reply, label, spans, parts), { reply, emotion: 'sadness', ...context });
}

describe('the partner’s question, quoted', () => {
  it.each([
    [
      "Last night I asked how work was and you said, 'Manic.' Just that. 'Manic.' Where had you been all day?",
      'Where had you been all day?',
    ],
    ["You said 'Back by six.' What time did you get in?", 'What time did you get in?'],
    ['You texted ‘Stuck at work.’ Where were you really?', 'Where were you really?'],
    ["'Where were you?' That's all I asked. Where were you?", 'Where were you?'],
  ])('keeps no quote mark of the partner’s own quoting: %s', (line, asked) => {
    expect(questionSentence(line)).toBe(asked);
  });

  it('keeps the quote marks and apostrophes inside the question', () => {
    expect(questionSentence("Why did you say 'Manic'?")).toBe("Why did you say 'Manic'?");
    expect(questionSentence("Where'd you go after?")).toBe("Where'd you go after?");
  });

  it('Dele’s “Where had you been all day?” opens with no stray mark in the note (suit3 T1, played)', () => {
    const session = startSession(scenarioById('suit-every-morning'), 73);
    expect(session.partner.line).toMatch(/'Manic\.' Where had you been all day\?$/);
    const { turn } = takeTurn(
      session,
      "Not at work. I lost my job at Kestrel in March. Most days I sit in the Central Library on the Headrow looking for jobs, and the other days I walk the towpath out to Kirkstall and back. 'Manic' was a lie. I'm sorry, Dele.",
    );
    expect(turn.feedback.summary).toContain('“Where had you been all day?”');
    expect(turn.feedback.summary).not.toMatch(/“\s*['‘’]/);
  });
});

describe('a suggestion is whole sentences', () => {
  it('keeps “I’d love that” whole when the clause after it is dropped (scan3 T5)', () => {
    const reply =
      "You're allowed to be angry about that, you really are. I took that from you too, the part we were supposed to do together. If you ever want me in on it again I'd love that, but it's completely on your timeline.";
    const { suggestion } = feedback(reply, 'validating', [
      ['patience', "You're allowed to"],
      ['responsibility', 'I took'],
      ['blame-shift', "but it's completely on your timeline."],
    ]);

    expect(suggestion).toContain("If you ever want me in on it again I'd love that.");
    expect(suggestion).not.toMatch(/I'd love\./);
  });

  it.each([
    ["I'd do that, but you kept pushing me.", 'but you kept pushing me', "I'd do that."],
    ["I'd love that but you never asked me.", 'you never asked me', "I'd love that."],
    [
      'I wanted to stop it, so I did that, but only because you asked.',
      'only because you asked',
      'I wanted to stop it, so I did that.',
    ],
    ['I took the money, just because I was scared.', 'because I was scared', 'I took the money.'],
    ['I lied to you so that you would not worry.', 'you would not worry', 'I lied to you.'],
  ])('the words before the hurt keep their end, and only the joining words go: %s', (reply, hurt, kept) => {
    const { suggestion } = feedback(reply, 'defensive', [['justification', hurt]]);

    expect(suggestion).toContain(kept);
  });
});

describe('a suggestion keeps the user’s own owning words', () => {
  it.each<[string, string, Part[], string]>([
    [
      'suit3 T4',
      "All summer. And I could have told you on any one of those days. I'm sorry, Dele.",
      [
        ['All summer.', 'validating', ['reflection']],
        ['And I could have told you on any one of those days.', 'defensive', []],
        ["I'm sorry, Dele.", 'validating', ['apology']],
      ],
      'And I could have told you on any one of those days.',
    ],
    [
      'sec3 T4',
      'You are right. At Christmas I was not careful, I was careless with your story. I am sorry.',
      [
        ['You are right.', 'validating', ['responsibility', 'reflection']],
        ['At Christmas I was not careful, I was careless with your story.', 'defensive', ['responsibility']],
        ['I am sorry.', 'validating', ['apology']],
      ],
      'At Christmas I was not careful, I was careless with your story.',
    ],
    [
      'six2 T4',
      "I honestly don't know if it's better either. No, I wasn't having a nice time, but that doesn't make it okay, I still chose to sit there instead of coming home to you. That's the truth.",
      [
        ["I honestly don't know if it's better either.", 'validating', ['reflection']],
        ["No, I wasn't having a nice time,", 'defensive', []],
        ["but that doesn't make it okay, I still chose to sit there instead of coming home to you.", 'validating', []],
        ["That's the truth.", 'validating', ['transparency']],
      ],
      'I still chose to sit there instead of coming home to you.',
    ],
    [
      'aff3 T7',
      "And it went warm while I was in there texting her. You were looking after me and I was doing that. I'm so sorry, Owen.",
      [
        ['And it went warm while I was in there texting her.', 'defensive', []],
        ['You were looking after me and I was doing that.', 'defensive', []],
        ["I'm so sorry, Owen.", 'validating', ['apology']],
      ],
      'You were looking after me and I was doing that.',
    ],
    [
      'own wording',
      'I know. I lied to you every night for a month. I am so sorry.',
      [
        ['I know.', 'neutral', []],
        ['I lied to you every night for a month.', 'minimizing', []],
        ['I am so sorry.', 'validating', ['apology']],
      ],
      'I lied to you every night for a month.',
    ],
  ])(
    'in a reply judged validating, a part judged to hurt with no signal behind it is kept (%s)',
    (_, reply, parts, kept) => {
      const { suggestion } = feedback(reply, 'validating', [], parts);

      expect(suggestion).toContain(kept);
    },
  );

  it('a part that names a way of hurting is still dropped, in a reply judged validating', () => {
    const reply = "I'm sorry, Jo. You pushed me into it with all the nagging.";
    const { suggestion } = feedback(
      reply,
      'validating',
      [['apology', "I'm sorry"]],
      [
        ["I'm sorry, Jo.", 'validating', ['apology']],
        ['You pushed me into it with all the nagging.', 'defensive', ['blame-shift']],
      ],
    );

    expect(suggestion).toContain("I'm sorry, Jo.");
    expect(suggestion).not.toMatch(/nagging/);
  });

  it('in a reply judged defensive, the part judged to hurt goes even with no signal, and only that part', () => {
    const reply = "Twice, I think. I'm sorry, but she's a nurse, she wasn't going to judge you.";
    const { suggestion } = feedback(
      reply,
      'defensive',
      [],
      [
        ['Twice, I think.', 'neutral', []],
        ["but she's a nurse, she wasn't going to judge you.", 'defensive', []],
      ],
    );

    expect(suggestion).toContain("I'm sorry.");
    expect(suggestion).not.toMatch(/nurse|judge/);
  });
});

describe('a line the feedback adds does not say again what the user said', () => {
  const WHEN: Partial<FeedbackContext> = {
    partner: "Okay. That's said, at least. I'm still lining it all up, mind. When was your last day? Your real one.",
    emotion: 'confusion',
    slots: { partner: 'Dele' },
    question: { kind: 'when', id: 'when-it-ended', about: 'when-it-ended' },
    trueAnswer: 'On Friday the 14th of March.',
    understood: { answered: 'when-it-ended', disclosed: ['when-it-ended'] },
  };

  it.each([
    ['Friday, the 14th of March. I should have told you before you had to ask.', /before you had to ask/g],
    ['Friday, the 14th of March. I should have told you.', /I should have told you/g],
    ["The 14th of March. You shouldn't have had to ask me.", /shouldn't have had to ask/g],
    ["Friday the 14th of March. I'm sorry I made you ask for it.", /made you ask/g],
  ])('%s', (reply, said) => {
    for (let variety = 0; variety < 60; variety++) {
      const { suggestion } = feedback(reply, 'validating', [['honest-answer', reply.split('.')[0] as string]], [], {
        ...WHEN,
        variety,
      });
      expect(suggestion.match(said), suggestion).toHaveLength(1);
    }
  });

  it.each<[string, string[], boolean]>([
    ['I should have told you before you had to ask.', ['I should have told you.'], true],
    ["I'm here.", ['im here.'], true],
    ['Take as long as you need with this.', ['take as long as u need with it'], true],
    ["I'm here.", ["I'm here, Dele, and I'm staying."], false],
    ["That's the whole of it.", ['The whole time.'], false],
    ["I won't make this about you.", ["I won't make her pay for what I did."], false],
    ['That was my choice. Nothing you did made me do it.', ['That was my choice.'], true],
    ['I should have told you before you had to ask.', ["I'm so sorry."], false],
    ['If you want to check any of it, you can.', ['I lost my job in March.'], false],
  ])('saysAgain(%s, %j) is %s', (line, said, expected) => {
    expect(saysAgain(line, said)).toBe(expected);
  });
});

describe('being unwell is not a feeling named', () => {
  it('“You were sick”, of Owen’s flu, is not credited as naming what he feels (aff3 T4)', () => {
    const reply =
      "I remember that. You were sick and I was sitting right there on the end of the bed texting her. God, Owen. I'm so sorry.";
    const { summary } = feedback(
      reply,
      'validating',
      [
        ['feeling-named', 'You were sick'],
        ['apology', "I'm so sorry"],
        ['reflection', 'end of the bed texting'],
      ],
      [
        [
          'You were sick and I was sitting right there on the end of the bed texting her.',
          'validating',
          ['feeling-named', 'reflection'],
        ],
      ],
      { partner: 'February. I had flu in February. You brought me soup on a tray.', slots: { partner: 'Owen' } },
    );

    expect(summary).not.toMatch(/feeling|You were sick/);
  });

  it.each([
    ['You were ill all that week and I was out with her.', 'You were ill'],
    ['You were poorly and I left you on your own with the kids.', 'You were poorly'],
    ['I know you were unwell, and I went anyway.', 'you were unwell'],
  ])('%s', (reply, words) => {
    const { summary } = feedback(reply, 'validating', [['feeling-named', words]]);

    expect(summary).not.toMatch(/feeling|put the feeling into words/);
  });

  it.each([
    ['You felt sick reading them.', 'You felt sick'],
    ['You are sick of hearing sorry, I know.', 'You are sick'],
    ['It made you feel sick to see it.', 'made you feel sick'],
  ])('a feeling said with “sick” is still one: %s', (reply, words) => {
    const { summary } = feedback(reply, 'validating', [['feeling-named', words]]);

    expect(summary).toMatch(/feeling/);
  });

  it.each<[string, string, boolean]>([
    ['You were sick', ' and I was texting her', true],
    ['you were ill', '', true],
    ['You were sick', ' of it', false],
    ['sick to your stomach', '', false],
    ['worried sick', '', false],
    ['you were ill and scared', '', false],
    ['You were unwell and upset', '', false],
  ])('namesIllnessOnly(%s + %s) is %s', (words, after, expected) => {
    expect(namesIllnessOnly(words, after)).toBe(expected);
  });
});
