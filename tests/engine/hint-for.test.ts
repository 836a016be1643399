// "What could I say now?"
import { describe, expect, it } from 'vitest';
import { reflect } from '../../server/engine/hint-for.js';
import {
  type EngineSession,
  hintFor,
  pendingQuestionOf,
  type Scenario,
  SessionEndedError,
  startSession,
  takeTurn,
} from '../../server/engine/index.js';
import { clearReply, loadFixture, loadScenarios, play } from './engine-test-kit.js';

const fixture = loadFixture();

describe('hintFor', () => {
  it('offers a reply written for the partner’s current emotion, slots filled', () => {
    const { hint } = hintFor(startSession(fixture, 1));
    const angerHints = fixture.hints.anger.map((h) => h.replace('{thing}', 'the savings account'));
    expect(angerHints.some((h) => hint.endsWith(h))).toBe(true);
    expect(hint).not.toMatch(/\{/);
  });

  it('never gives the same hint twice in a row', () => {
    for (const scenario of [fixture, ...loadScenarios()]) {
      let session = startSession(scenario, 2);
      let last = '';
      for (let i = 0; i < 12; i++) {
        const result = hintFor(session);
        expect(result.hint).not.toBe(last);
        last = result.hint;
        session = result.session;
        if (i % 3 === 2 && session.status === 'active')
          session = takeTurn(session, clearReply('validating', i)).session;
      }
    }
  });

  it('follows the emotion the partner is in now', () => {
    // The second reply answers the partner's question (an apology instead would be a dodge).
    const { session } = play(fixture, 1, [
      clearReply('validating', 0),
      'Yes. I took the money from the savings account.',
    ]);
    expect(session.partner.emotion).toBe('sadness');
    const { hint } = hintFor(session);
    expect(fixture.hints.sadness.some((h) => hint.endsWith(h))).toBe(true);
  });

  it('does not change how the partner behaves afterwards', () => {
    const start = startSession(fixture, 9);
    const hinted = hintFor(start).session;
    const reply = clearReply('validating', 0);
    expect(takeTurn(hinted, reply).turn).toEqual(takeTurn(start, reply).turn);
  });

  it('is refused once the conversation has ended', () => {
    const { session } = play(
      fixture,
      1,
      Array.from({ length: 15 }, (_, i) => clearReply('defensive', i)),
    );
    expect(() => hintFor(session)).toThrow(SessionEndedError);
  });
});

/** Sessions of every scenario at each moment a question was waiting, reached by the scenario's own replies. */
function waitingMoments(scenario: Scenario, seeds: number[]): EngineSession[] {
  const found: EngineSession[] = [];
  for (const seed of seeds) {
    let session = startSession(scenario, seed);
    for (let i = 0; i < 12 && session.status === 'active'; i++) {
      const pending = pendingQuestionOf(session);
      if (pending) found.push(session);
      // Dodge every other question once, so questions are asked again as well as answered.
      const reply = pending ? (i % 2 === 0 ? 'I see.' : pending.trueAnswer) : clearReply('neutral', i);
      session = takeTurn(session, reply).session;
    }
  }
  return found;
}

describe('hintFor, with a question waiting', () => {
  const HOLDS_BACK =
    /won't give you (?:reasons|excuses)|reasons? can wait|the why can wait|not going to explain|won't go into|explain it away|make excuses/i;

  it('answers it first with the scenario’s true answer, every time it is asked for', () => {
    const moments = [fixture, ...loadScenarios()].flatMap((scenario) => waitingMoments(scenario, [1, 2, 3]));
    expect(moments.length).toBeGreaterThan(10);
    for (const session of moments) {
      const answer = pendingQuestionOf(session)?.trueAnswer as string;
      const first = hintFor(session);
      const second = hintFor(first.session);

      expect(first.hint.startsWith(answer)).toBe(true);
      expect(second.hint.startsWith(answer)).toBe(true);
      expect(second.hint).not.toBe(first.hint);
    }
  });

  it('never offers to hold back a reason or an answer, at a yes-or-no or a why', () => {
    // The fixture again, with hints that would be right in another moment and wrong while a question waits.
    const holding = [
      "I won't give you reasons. I did it, and it's on me.",
      "I'm not going to explain it away. It was my choice.",
    ];
    const withHolding: Scenario = {
      ...fixture,
      hints: Object.fromEntries(
        Object.entries(fixture.hints).map(([emotion, hints]) => [emotion, [...holding, ...hints]]),
      ) as Scenario['hints'],
    };
    for (const scenario of [withHolding, ...loadScenarios()])
      for (const session of waitingMoments(scenario, [1, 2, 3, 4])) {
        let asking = session;
        for (let i = 0; i < 4; i++) {
          const { hint, session: next } = hintFor(asking);
          expect(hint, `${scenario.id}: ${hint}`).not.toMatch(HOLDS_BACK);
          asking = next;
        }
      }
  });
});

describe('reflect', () => {
  it('mirrors a short first-person sentence of the partner’s line', () => {
    expect(reflect('I waited up until two. Why?')).toBe('You waited up until two.');
    expect(reflect("I'm tired of doing the maths on my own.")).toBe("You're tired of doing the maths on your own.");
  });

  it('leaves alone what cannot be mirrored cleanly: questions and lines about "you"', () => {
    expect(reflect('Why did you lie to me?')).toBeUndefined();
    expect(reflect('You told me you were at the gym.')).toBeUndefined();
  });
});
