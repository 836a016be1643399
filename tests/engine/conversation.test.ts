// A partner who hears: questions answered or dodged, facts told, promises held, beats that know
// what was said, and withdrawal. Played on the fixture scenario, whose lines are tagged with where
// they come from ([q took-it honest 1], [anger high neutral 2], [beat told the-car] ...).
import { describe, expect, it } from 'vitest';
import { chooseLine } from '../../server/engine/conversation/choose-line.js';
import { initialConversation } from '../../server/engine/conversation/conversation-state.js';
import { factId, type LineId } from '../../server/engine/conversation/ids.js';
import { disclosuresIn } from '../../server/engine/conversation/mentions.js';
import { readAnswer } from '../../server/engine/conversation/read-answer.js';
import { bookOf } from '../../server/engine/conversation/scenario-book.js';
import { promiseIn } from '../../server/engine/conversation/user-words.js';
import { type EngineSession, hintFor, pendingQuestionOf, startSession, takeTurn } from '../../server/engine/index.js';
import { seedRng } from '../../server/engine/rng.js';
import { loadFixture } from './engine-test-kit.js';

const fixture = loadFixture();
const OWNING = "I'm sorry I lied to you. That was my choice.";
const TOOK_IT = 'Yes. I took the money from the savings account.';

/** The fixture after one owning reply: the partner has just asked "took-it" (yes or no). */
function asked(seed = 1): EngineSession {
  const { session, turn } = takeTurn(startSession(fixture, seed), OWNING);
  expect(turn.partner.asks).toEqual({ id: 'took-it', kind: 'yes-no' });
  return session;
}

function reply(session: EngineSession, text: string) {
  return takeTurn(session, text);
}

describe('a question the partner asks', () => {
  it('when the user answers it, the partner takes it in with that question’s line, asks its follow-up, and never asks it again', () => {
    const answered = reply(asked(), TOOK_IT);
    expect(answered.turn.understood).toEqual({ answered: 'took-it', disclosed: ['took-it'] });
    expect(answered.turn.partner.line).toMatch(/^\[q took-it honest \d\] \[q how-much ask \d\]$/);
    expect(answered.turn.partner.asks).toEqual({ id: 'how-much', kind: 'how-much' });
    let session = answered.session;
    for (let i = 0; i < 12 && session.status === 'active'; i++) {
      const next = reply(session, OWNING);
      expect(next.turn.partner.asks?.id).not.toBe('took-it');
      expect(next.turn.partner.line).not.toContain('[q took-it ask');
      session = next.session;
    }
  });

  it('an answer wrapped in blame is taken in with an excused line', () => {
    const { turn } = reply(asked(), 'Yes, I took the money from savings, but you were never home!');
    expect(turn.understood?.answered).toBe('took-it');
    expect(turn.partner.line).toMatch(/^\[q took-it excused \d\]/);
  });

  it('"No." when the truth is yes is an answer, but not a straight one, and tells nothing', () => {
    const { turn, session } = reply(asked(), 'No.');
    expect(turn.understood).toEqual({ answered: 'took-it', toldOtherwise: true, disclosed: [] });
    expect(turn.classification.label).toBe('defensive');
    expect(turn.partner.line).toMatch(/^\[q took-it excused \d\]/);
    expect(session.snapshot.conversation.disclosed).toEqual([]);
  });

  it('a dodge is asked again; dodged twice, the partner gives up on it, and it costs strain', () => {
    const first = reply(asked(), OWNING);
    expect(first.turn.understood).toEqual({ dodged: 'took-it', disclosed: [] });
    expect(first.turn.partner.line).toMatch(/^\[q took-it dodged \d\]$/);
    expect(first.turn.partner.asks?.id).toBe('took-it');
    // An apology in place of the answer is not heard as one: no trust is gained.
    expect(first.turn.partner.trust).toBe(asked().partner.trust);
    const second = reply(first.session, 'ok');
    expect(second.turn.partner.line).toMatch(/^\[gives up \d\]$/);
    expect(second.turn.partner.asks).toBeUndefined();
    const strainBefore = first.session.snapshot.machine.context.strain;
    expect(second.session.snapshot.machine.context.strain).toBeGreaterThan(strainBefore);
    expect(second.session.snapshot.conversation.givenUp).toEqual(['took-it']);
  });

  it('a question given up on is still owed: the next suggestion and hint bring its answer back unasked, until it is told', () => {
    const trueAnswer = pendingQuestionOf(asked())?.trueAnswer as string;
    const gaveUp = reply(reply(asked(), OWNING).session, 'ok').session;
    const next = reply(gaveUp, 'I feel awful about all of it.');
    expect(next.turn.partner.asks?.id).not.toBe('took-it');
    expect(next.turn.feedback.suggestion).toContain(trueAnswer);
    expect(hintFor(next.session).hint.startsWith(`I didn't answer you before. ${trueAnswer}`)).toBe(true);
    const told = reply(next.session, TOOK_IT);
    expect(told.session.snapshot.conversation.disclosed.map((d) => d.fact)).toContain('took-it');
    expect(hintFor(told.session).hint).not.toContain(trueAnswer);
  });

  it.each([
    'But you were never home!',
    "You're overreacting. It's not that big a deal.",
    "it just happened, I've already said sorry",
    "I hear how angry you are. Take all the time you need; I'm not going anywhere.",
  ])('"%s" in place of the answer is a dodge: the partner asks again, not "thank you for telling me"', (text) => {
    const { turn } = reply(asked(), text);
    expect(turn.understood?.dodged).toBe('took-it');
    expect(turn.understood?.answered).toBeUndefined();
    expect(turn.partner.line).toMatch(/\[q took-it dodged \d\]/);
  });

  it('the classifier is told which question the reply answers', () => {
    const { turn } = reply(asked(), TOOK_IT);
    // Taxonomy v2: a plain truthful answer is heard as validation by the partner, whatever its label.
    expect(turn.partner.trust).toBeGreaterThan(asked().partner.trust);
  });
});

describe('facts', () => {
  it('a fact told before it is asked is heard with its own line, and its question is never asked', () => {
    const { turn, session } = reply(startSession(fixture, 1), TOOK_IT);
    expect(turn.understood).toEqual({ disclosed: ['took-it'] });
    expect(turn.partner.line).toMatch(/^\[heard took-it 1\]/);
    let current = session;
    for (let i = 0; i < 12 && current.status === 'active'; i++) {
      const next = reply(current, OWNING);
      expect(next.turn.partner.asks?.id).not.toBe('took-it');
      current = next.session;
    }
  });

  it('saying back the partner’s words tells nothing: a fact is told in the first person', () => {
    const { turn } = reply(startSession(fixture, 1), "You're upset about the savings account.");
    expect(turn.understood?.disclosed).toEqual([]);
  });

  it('a beat waits for its fact, quotes the user’s own words exactly, and never reads them as a template', () => {
    let session = reply(asked(), TOOK_IT).session; // now asking how-much
    const told = 'I spent it at the garage, on the car {partner}.';
    const answered = reply(session, `About 2,000. ${told}`);
    expect(answered.turn.understood).toMatchObject({ answered: 'how-much', disclosed: ['the-car'] });
    session = answered.session;
    const quoted = [];
    for (let i = 0; i < 6 && session.status === 'active'; i++) {
      const next = reply(session, OWNING);
      quoted.push(next.turn.partner.line);
      session = next.session;
    }
    expect(quoted).toContain(`[beat told the-car] You said \u201c${told}\u201d`);
  });

  it('a beat held back by a fact never fires once the fact is told', () => {
    let session = reply(
      startSession(fixture, 1),
      'I took the money from savings, and there is an overdraft too.',
    ).session;
    expect(session.snapshot.conversation.disclosed.map((d) => d.fact)).toEqual(['took-it', 'the-overdraft']);
    session = reply(session, 'I spent it on the car.').session;
    const lines: string[] = [];
    for (let i = 0; i < 10 && session.status === 'active'; i++) {
      const next = reply(session, OWNING);
      lines.push(next.turn.partner.line);
      session = next.session;
    }
    expect(lines.join('\n')).not.toContain('[beat told the-car]');
  });
});

describe('promises', () => {
  it('a promise is remembered and quoted back in a beat that waits for one', () => {
    const promised = reply(startSession(fixture, 2), "I'll ring the bank tomorrow and show you every statement.");
    let session = promised.session;
    expect(session.snapshot.conversation.promises.map((p) => p.words)).toEqual([
      "I'll ring the bank tomorrow and show you every statement.",
    ]);
    // The beat may come at once: the promise is a validating reply (transparency), and beats follow those.
    const lines: string[] = [promised.turn.partner.line];
    for (let i = 0; i < 8 && session.status === 'active'; i++) {
      const pending = session.snapshot.conversation.pending?.question;
      const next = reply(session, pending === 'took-it' ? TOOK_IT : OWNING);
      lines.push(next.turn.partner.line);
      session = next.session;
    }
    expect(lines).toContain(
      '[beat promise] You said \u201cI\u2019ll ring the bank tomorrow and show you every statement.\u201d'.replace(
        '\u2019',
        "'",
      ),
    );
  });
});

describe('beats and filler', () => {
  it('a beat never follows a neutral reply', () => {
    // The fixture's first beat is due from turn 4; neutral replies keep it back.
    let session = startSession(fixture, 5);
    const lines: string[] = [];
    for (const text of ['Okay.', TOOK_IT, 'About 2,000, on a car repair at the garage.', 'Right.', 'I see.']) {
      const next = reply(session, text);
      lines.push(`${text} -> ${next.turn.partner.line}`);
      session = next.session;
    }
    expect(lines.filter((line) => /^(Right|I see)\..*\[beat/.test(line))).toEqual([]);
  });

  it('filler builds distance until the partner withdraws, with a withdrawn line; answers take it back', () => {
    let session = startSession(fixture, 1);
    const distances: number[] = [];
    for (let i = 0; i < 30 && session.status === 'active'; i++) {
      const next = reply(session, 'ok');
      distances.push(next.session.snapshot.machine.context.distance);
      session = next.session;
    }
    expect(session.status).toBe('withdrawn');
    expect(session.partner.line).toMatch(/^\[withdrawn \d\]/);
    expect(distances).toEqual([1, 2, 3, 4, 5, 6]);

    const answered = reply(reply(asked(), 'ok').session, TOOK_IT);
    expect(answered.session.snapshot.machine.context.distance).toBe(0);
  });
});

describe('the line chooser', () => {
  const book = bookOf(fixture);
  const hearing = { told: [], heardAs: 'neutral' as const };

  it('says high-intensity lines at 70 and above, the ordinary ones below', () => {
    const state = { ...initialConversation(), sinceAsked: 0 };
    const high = chooseLine(book, state, { status: 'active', emotion: 'anger', intensity: 70, hearing }, seedRng(1));
    const low = chooseLine(book, state, { status: 'active', emotion: 'anger', intensity: 69, hearing }, seedRng(1));
    expect(high.spoken.line).toMatch(/^\[anger high neutral \d\]$/);
    expect(low.spoken.line).toMatch(/^\[anger neutral \d\]$/);
  });

  it('repeats the least recently said line of a used-up list, never a line of another label', () => {
    const used: LineId[] = [4, 2, 0, 1, 3].map((n) => `lines.anger.normal.neutral.${n}` as LineId);
    const state = { ...initialConversation(), usedLines: used, sinceAsked: 0 };
    const chosen = chooseLine(book, state, { status: 'active', emotion: 'anger', intensity: 40, hearing }, seedRng(1));
    expect(chosen.spoken.line).toBe('[anger neutral 5]');
    expect(chosen.state.usedLines.at(-1)).toBe('lines.anger.normal.neutral.4');
  });
});

describe('a reaction written for one length of reply', () => {
  // The fixture's anger/neutral lists, with one line for a few words and one for a paragraph.
  const neutral = [
    { line: '[say something]', after: 'short' as const },
    { line: '[a lot of words]', after: 'long' as const },
    '[either]',
    '[either too]',
    '[either as well]',
  ];
  const anger = fixture.lines.anger;
  const shaped = {
    ...fixture,
    lines: {
      ...fixture.lines,
      anger: { ...anger, neutral, ...(anger.high ? { high: { ...anger.high, neutral } } : {}) },
    },
  };
  const book = bookOf(shaped);
  const hearing = { told: [], heardAs: 'neutral' as const };
  const linesFor = (replyLength?: 'short' | 'long') =>
    new Set(
      Array.from({ length: 40 }, (_, seed) => {
        const moment = { status: 'active' as const, emotion: 'anger' as const, intensity: 40, hearing };
        const state = { ...initialConversation(), sinceAsked: 0 };
        return chooseLine(book, state, replyLength ? { ...moment, replyLength } : moment, seedRng(seed)).spoken.line;
      }),
    );

  it('is said only after that length: "say something" never answers a paragraph, nor "a lot of words" an "ok"', () => {
    expect(linesFor('short')).toEqual(new Set(['[say something]', '[either]', '[either too]', '[either as well]']));
    expect(linesFor('long')).toEqual(new Set(['[a lot of words]', '[either]', '[either too]', '[either as well]']));
    expect(linesFor(undefined)).toEqual(new Set(['[either]', '[either too]', '[either as well]']));
  });

  it('a reply of middling length repeats a line that fits rather than say one written for another length', () => {
    const used = [2, 3, 4].map((n) => `lines.anger.normal.neutral.${n}` as LineId);
    const state = { ...initialConversation(), usedLines: used, sinceAsked: 0 };
    const moment = { status: 'active' as const, emotion: 'anger' as const, intensity: 40, hearing };
    expect(chooseLine(book, state, moment, seedRng(1)).spoken.line).toBe('[either]');
    expect(chooseLine(book, state, { ...moment, replyLength: 'short' }, seedRng(1)).spoken.line).toBe(
      '[say something]',
    );
  });

  it('the turn engine hears the length of the reply it answers', () => {
    const RAMBLE =
      'I was thinking about the drive home, the traffic on the ring road, how the radio kept cutting out, ' +
      'and then the weather turned and I had to stop for petrol at the big garage on the way back.';
    const said = (text: string) => {
      const lines: string[] = [];
      for (let seed = 1; seed <= 16; seed++) {
        let session = startSession(shaped, seed);
        for (let n = 0; n < 3; n++) {
          const taken = reply(session, text);
          expect(taken.turn.classification.label).toBe('neutral');
          lines.push(taken.turn.partner.line);
          session = taken.session;
        }
      }
      return lines.join(' ');
    };
    const afterOk = said('ok');
    expect(afterOk).toContain('[say something]');
    expect(afterOk).not.toContain('[a lot of words]');
    const afterRamble = said(RAMBLE);
    expect(afterRamble).toContain('[a lot of words]');
    expect(afterRamble).not.toContain('[say something]');
  });
});

describe('a reply that asks about them', () => {
  const EMOTION_LIST = ['anger', 'sadness', 'numbness', 'confusion'] as const;
  const asked = {
    ...fixture,
    when_asked: Object.fromEntries(EMOTION_LIST.map((e) => [e, [`[asked ${e} 0]`, `[asked ${e} 1]`]])) as Record<
      (typeof EMOTION_LIST)[number],
      string[]
    >,
  };
  const ASKS_ABOUT_THEM = "I'm so sorry. What hurts most for you right now?";

  it('is answered: "What hurts most?" gets their answer, not a reaction to the kind of reply', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const { turn } = reply(startSession(asked, seed), ASKS_ABOUT_THEM);
      expect(turn.classification.label).toBe('validating');
      expect(turn.partner.line).toMatch(/^\[asked \w+ \d\]/);
    }
  });

  it('each answer is said once; then they react as before, and a scenario without them reacts as before', () => {
    let session = startSession(asked, 3);
    const lines: string[] = [];
    for (let n = 0; n < 6; n++) {
      const taken = reply(session, ASKS_ABOUT_THEM);
      lines.push(taken.turn.partner.line);
      session = taken.session;
    }
    const answers = lines.map((line) => /^\[asked \w+ \d\]/.exec(line)?.[0]).filter(Boolean);
    expect(new Set(answers).size).toBe(answers.length);
    expect(reply(startSession(fixture, 3), ASKS_ABOUT_THEM).turn.partner.line).not.toContain('[asked');
  });

  it('a question that challenges is no asking about them', () => {
    const { turn } = reply(startSession(asked, 1), 'Why are you making this all about you?');
    expect(turn.partner.line).not.toContain('[asked');
  });

  it('a beat that is due waits while they answer', () => {
    // Four replies in, nothing pending: the fixture's beat at turn 4 is due on the fifth reply.
    let session = startSession(asked, 1);
    for (const text of [OWNING, TOOK_IT, 'I did it, and it is on me.', "I'm sorry. I chose to hide it."])
      session = reply(session, text).session;
    expect(reply(session, "I'm sorry. I chose to hide it.").turn.partner.line).toContain('[beat at 4]');
    const answered = reply(session, ASKS_ABOUT_THEM);
    expect(answered.turn.partner.line).toMatch(/^\[asked \w+ \d\]/);
    expect(answered.turn.partner.line).not.toContain('[beat at 4]');
    expect(reply(answered.session, "I'm sorry. I chose to hide it.").turn.partner.line).toContain('[beat at 4]');
  });
});

describe('how an answer is heard', () => {
  const question = (id: string) => {
    const found = fixture.questions.find((q) => q.id === id);
    if (!found) throw new Error(id);
    return found;
  };
  const read = (id: string, reply: string) => readAnswer(question(id), reply, []);

  it('a bare yes to a question whose true answer is yes answers it and tells its fact', () => {
    expect(read('took-it', 'Yes.')).toEqual({ response: 'answered', contradicts: false, confirms: true });
    const { turn } = reply(asked(), 'Yes.');
    expect(turn.understood).toEqual({ answered: 'took-it', disclosed: ['took-it'] });
    expect(turn.partner.line).toMatch(/^\[q took-it honest \d\]/);
  });

  it('"I\'m sorry", "It was only money" and "I didn\'t mean to" are not a yes or a no', () => {
    for (const text of ["I'm sorry.", 'It was only money.', "I didn't mean for it to happen.", "I don't know."])
      expect(read('took-it', text).response, text).toBe('unanswered');
  });

  it('"how much?" is not answered without a sum, whatever the words around it', () => {
    const heardAsAnswer = { signals: [], question: { kind: 'how-much' as const, response: 'answered' as const } };
    const how = (text: string) => readAnswer(question('how-much'), text, [], heardAsAnswer).response;
    expect(how("It's not that big a deal, honestly.")).toBe('unanswered');
    expect(how('About nine hundred, in three goes.')).toBe('answered');
    expect(how('All of it. Every penny we had saved.')).toBe('answered');
    expect(how("It's nearly all gone.")).toBe('answered');
  });

  it('"how much?" answered with what the money went on, and no sum, is asked again, the fact still told', () => {
    const session = reply(asked(), TOOK_IT).session; // now asking how-much
    const onTheCar = reply(session, 'I spent it at the garage, on the car.');
    expect(onTheCar.turn.understood).toMatchObject({ dodged: 'how-much', disclosed: ['the-car'] });
    expect(onTheCar.turn.partner.line).toMatch(/\[q how-much dodged \d\]/);
    const withSum = reply(onTheCar.session, 'About two thousand, on the car.');
    expect(withSum.turn.understood).toMatchObject({ answered: 'how-much' });
  });

  it('"why?" answered with other facts and no reason tells what, not why; a reason answers it, facts or not', () => {
    const heardAsAnswer = { signals: [], question: { kind: 'why' as const, response: 'answered' as const } };
    const why = (text: string, told: string[]) =>
      readAnswer(question('why'), text, told.map(factId), heardAsAnswer).response;
    expect(why('I took it in June, and I spent it on the car.', ['since-june', 'the-car'])).toBe('unanswered');
    expect(why("I spent it on the car because I didn't want you to see me fail.", ['the-car'])).toBe('answered');
    expect(why('Shame. Plain shame.', [])).toBe('answered');
  });

  it('a yes-or-no question about a fact is not answered without a yes or a no (or the fact), whatever the classifier heard', () => {
    const heardAsAnswer = { signals: [], question: { kind: 'yes-no' as const, response: 'answered' as const } };
    const yesNo = (text: string) => readAnswer(question('took-it'), text, [], heardAsAnswer).response;
    expect(yesNo('You must be so angry with me.')).toBe('unanswered');
    expect(yesNo('I did, yes.')).toBe('answered');
    expect(yesNo('No.')).toBe('answered');
  });

  it('"when?" and "where?" are not answered by words with no time or place in them', () => {
    const heard = (id: string, text: string) => {
      const asked = question(id);
      const context = { signals: [], question: { kind: asked.kind, response: 'answered' as const } };
      return readAnswer(asked, text, [], context).response;
    };
    expect(heard('when', 'I knew exactly what I was doing, and I did it anyway.')).toBe('unanswered');
    expect(heard('when', 'The Saturday before your birthday.')).toBe('answered');
    expect(heard('spent-where', 'Look, the lads kept buying rounds.')).toBe('unanswered');
    expect(heard('spent-where', 'At the Crown, by the window.')).toBe('answered');
  });

  it('"anything else?" is not answered by a bare "yes, there\'s more"; a false "no" is heard as excused', () => {
    expect(read('any-more', "Yes, there's more.").response).toBe('unanswered');
    // Even when the classifier hears words of the speaker's own as an answer: nothing of the "more" is told.
    const heardAsAnswer = { signals: [], question: { kind: 'any-more' as const, response: 'answered' as const } };
    expect(
      readAnswer(question('any-more'), 'Last April. After the office sweepstake.', [], heardAsAnswer).response,
    ).toBe('unanswered');
    expect(read('any-more', "No, that's everything.")).toMatchObject({ response: 'answered', contradicts: true });
    expect(
      readAnswer(question('any-more'), "Yes, there's an overdraft as well.", [factId('the-overdraft')]),
    ).toMatchObject({
      response: 'answered',
      contradicts: false,
    });
  });

  it('a where is answered by a place, a when by a time, a why by a reason', () => {
    expect(read('spent-where', "At my brother's flat.").response).toBe('answered');
    expect(read('when', 'Last spring, around Easter.').response).toBe('answered');
    expect(read('why', 'Because I was scared of what you would say.').response).toBe('answered');
    expect(read('why', 'I love you.').response).toBe('unanswered');
  });

  it('a refusal the classifier saw is never an answer', () => {
    expect(
      readAnswer(question('took-it'), 'Yes, but why do you need to know?', [], { signals: ['evasion'] }),
    ).toMatchObject({
      response: 'evaded',
    });
  });

  it('a promise is a commitment to the future, not a manner of speaking', () => {
    expect(promiseIn("I won't contact her again.")).toBe("I won't contact her again.");
    expect(promiseIn('Tomorrow I will cancel the card.')).toBe('Tomorrow I will cancel the card.');
    expect(promiseIn("I won't defend a minute of it.")).toBeUndefined();
    expect(promiseIn("I'll be honest, it was bad.")).toBeUndefined();
  });
});

describe('which facts a reply tells', () => {
  it('a plain statement of how things were tells the fact; the partner’s words said back do not', () => {
    const told = (text: string) => disclosuresIn(fixture, text).map((d) => d.fact);
    expect(told('There was an overdraft too.')).toEqual(['the-overdraft']);
    expect(told("no, there's an overdraft as well")).toEqual(['the-overdraft']);
    expect(told('I took the money from the savings.')).toEqual(['took-it']);
    expect(told('You found the overdraft letter.')).toEqual([]);
    expect(told('There was an overdraft, you said?')).toEqual([]);
    expect(told("There's the overdraft your mum saw.")).toEqual([]);
  });
});
