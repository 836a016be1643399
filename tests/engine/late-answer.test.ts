// A question answered late: the partner asks, the user dodges until they give up, and a turn or two
// later the user comes back to it. The partner hears it (answered, its fact told, `understood` says
// which), takes it in with that question's own line, and the verdict is the honest answer it was.
// Played on the fixture scenario (lines tagged with where they come from) and on Owen's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hearReply } from '../../server/engine/conversation/hear-reply.js';
import { bookOf } from '../../server/engine/conversation/scenario-book.js';
import {
  type EngineSession,
  hintFor,
  parseScenario,
  restoreSession,
  type SessionSnapshot,
  startSession,
  takeTurn,
} from '../../server/engine/index.js';
import { loadFixture, SCENARIO_DIR } from './engine-test-kit.js';

const fixture = loadFixture();
const OWNING = "I'm sorry I lied to you. That was my choice.";
const LATE = 'Yes. Twice, at the bank in March.';
const TRUE_ANSWER = 'I took the money from the savings account';

/** The fixture after "took-it" was asked, dodged twice and given up on. */
function gaveUp(seed = 1): EngineSession {
  let session = takeTurn(startSession(fixture, seed), OWNING).session;
  expect(session.partner.asks?.id).toBe('took-it');
  session = takeTurn(session, 'ok').session;
  const given = takeTurn(session, 'ok');
  expect(given.turn.partner.line).toMatch(/^\[gives up \d\]$/);
  expect(given.session.snapshot.conversation.givenUp).toEqual(['took-it']);
  return given.session;
}

/** Owning replies until the partner asks `question` (or gives up trying). */
function untilAsked(session: EngineSession, question: string): EngineSession {
  let current = session;
  for (let i = 0; i < 8 && current.partner.asks?.id !== question; i++) current = takeTurn(current, OWNING).session;
  expect(current.partner.asks?.id).toBe(question);
  return current;
}

describe('a question given up on, answered a turn later', () => {
  it('is heard: answered late, its fact told in the user’s words, and the partner takes it in with its own line', () => {
    const session = takeTurn(gaveUp(), OWNING).session;
    expect(session.snapshot.conversation.pending).toBeUndefined();
    const { turn, session: after } = takeTurn(session, LATE);
    expect(turn.understood).toEqual({ answered: 'took-it', disclosed: ['took-it'] });
    // Its answered line, then its follow-up, still open.
    expect(turn.partner.line).toMatch(/^\[q took-it honest \d\] \[q how-much ask \d\]$/);
    expect(turn.partner.asks?.id).toBe('how-much');
    const conversation = after.snapshot.conversation;
    expect(conversation.answered).toEqual([
      { question: 'took-it', turn: turn.index, how: 'honest', words: LATE, late: true },
    ]);
    expect(conversation.disclosed).toEqual([{ fact: 'took-it', turn: turn.index, words: LATE }]);
  });

  it('is shown as the honest answer it was, and the feedback keeps the user’s words, not the scenario’s', () => {
    const { turn } = takeTurn(takeTurn(gaveUp(), OWNING).session, LATE);
    expect(turn.classification.label).toBe('validating');
    expect(turn.classification.signals).toContain('honest-answer');
    expect(turn.classification.signals).not.toContain('unanswered');
    expect(turn.classification.question).toEqual({ kind: 'yes-no', response: 'answered' });
    expect(turn.feedback.summary).toMatch(/^Sam asked earlier/);
    expect(turn.feedback.suggestion.startsWith(LATE)).toBe(true);
    expect(turn.feedback.suggestion).not.toContain(TRUE_ANSWER);
  });

  it('is no longer owed: no suggestion or hint brings its answer back', () => {
    const answered = takeTurn(takeTurn(gaveUp(), OWNING).session, LATE).session;
    const next = takeTurn(answered, 'About 2,000, on a car repair at the garage.');
    expect(next.turn.understood?.answered).toBe('how-much');
    const later = takeTurn(next.session, OWNING);
    expect(later.turn.feedback.suggestion).not.toContain(TRUE_ANSWER);
    expect(hintFor(later.session).hint).not.toContain(TRUE_ANSWER);
  });

  it('is not taken for an answer to the question now pending, of another kind ("in March" to "when?")', () => {
    const waiting = untilAsked(gaveUp(), 'when');
    const { turn, session } = takeTurn(waiting, LATE);
    expect(turn.understood).toEqual({ answered: 'took-it', disclosed: ['took-it'] });
    // The question pending was neither answered nor dodged: taken in the late answer, the partner asks it again.
    expect(turn.partner.line).toMatch(/^\[q took-it honest \d\] \[q when ask \d\]$/);
    expect(session.snapshot.conversation.pending).toEqual({ question: 'when', dodges: 0 });
    expect(session.snapshot.conversation.answered.map((a) => a.question)).toEqual(['took-it']);
    // And the pending question still takes its own answer.
    const when = takeTurn(session, 'In June. It started in June.');
    expect(when.turn.understood?.answered).toBe('when');
  });

  it('an answer that fits the question pending goes to it, even with an earlier one open', () => {
    const waiting = untilAsked(gaveUp(), 'when');
    const { turn } = takeTurn(waiting, 'In June. It started in June.');
    expect(turn.understood).toEqual({ answered: 'when', disclosed: ['since-june'] });
    expect(turn.partner.line).toMatch(/^\[q when honest \d\]/);
  });

  it('a bare "Yes." answers only the question just asked; a reply about something else answers nothing', () => {
    for (const text of ['Yes.', 'Yes, for lunch at one.', "Yes, you're right to be angry."]) {
      const { turn, session } = takeTurn(takeTurn(gaveUp(), OWNING).session, text);
      expect(turn.understood, text).toEqual({ disclosed: [] });
      expect(session.snapshot.conversation.answered, text).toEqual([]);
    }
  });

  it('a late "No." against the scenario’s truth is not credited, and the fact stays untold', () => {
    for (const text of ['No.', 'No. I never took the money from savings.']) {
      const { turn, session } = takeTurn(takeTurn(gaveUp(), OWNING).session, text);
      expect(turn.understood?.answered, text).toBeUndefined();
      expect(turn.understood?.disclosed, text).toEqual([]);
      expect(session.snapshot.conversation.disclosed, text).toEqual([]);
    }
    // Even where the classifier saw no denial in it: the "No." decides, not the words it mentions.
    const state = gaveUp().snapshot.conversation;
    const heard = hearReply(
      bookOf(fixture),
      state,
      'No. I never took the money from savings.',
      {
        label: 'neutral',
        signals: [],
      },
      5,
    );
    expect(heard.late).toBeUndefined();
    expect(heard.told).toEqual([]);
  });

  it('a restored or rewound session keeps it, and the same replies give the same turns', () => {
    const before = takeTurn(gaveUp(), OWNING).session;
    const original = takeTurn(before, LATE);
    // Restored from its stored snapshot, the session still knows the question was answered late.
    const stored = JSON.parse(JSON.stringify(original.session.snapshot)) as SessionSnapshot;
    let restored = restoreSession(fixture, stored);
    expect(restored.snapshot.conversation.answered[0]).toMatchObject({ question: 'took-it', late: true });
    for (let i = 0; i < 10 && restored.status === 'active'; i++) {
      const next = takeTurn(restored, OWNING);
      expect(next.turn.partner.asks?.id).not.toBe('took-it');
      restored = next.session;
    }
    // Rewound to the turn before (a snapshot with nothing answered late, as one stored before late
    // answers existed), the same reply is heard the same way, byte for byte.
    const rewound = restoreSession(fixture, JSON.parse(JSON.stringify(before.snapshot)) as SessionSnapshot);
    const again = takeTurn(rewound, LATE);
    expect(JSON.stringify(again.turn)).toBe(JSON.stringify(original.turn));
    expect(JSON.stringify(again.session.snapshot)).toBe(JSON.stringify(original.session.snapshot));
  });
});

describe('Owen, affair-messages: "Have you slept with her?" dodged, then answered late', () => {
  const file = join(SCENARIO_DIR, 'affair-messages.yaml');
  const owen = parseScenario(readFileSync(file, 'utf8'), file);
  const question = owen.questions.find((q) => q.id === 'slept-with-her');
  const late = 'Yes. Twice, at her flat in March.';

  function play(replies: string[]) {
    let session = startSession(owen, 1);
    expect(session.partner.asks?.id).toBe('slept-with-her');
    const turns = [];
    for (const text of replies) {
      const result = takeTurn(session, text);
      turns.push(result.turn);
      session = result.session;
    }
    return { turns, session };
  }

  it('hears the late answer, takes it in with an answered line, and keeps the user’s “in March” beside no “since April”', () => {
    const { turns, session } = play(['ok', 'ok', "I'm so sorry, Owen.", late]);
    expect(turns[1]?.understood?.dodged).toBe('slept-with-her');
    const turn = turns[3];
    // "At her flat" is the user's own account, and one of the Thursdays' mentions: told with it.
    expect(turn?.understood).toEqual({ answered: 'slept-with-her', disclosed: ['thursdays', 'slept-together'] });
    expect(question?.answered.honest).toContain(turn?.partner.line);
    expect(turn?.classification.label).toBe('validating');
    expect(turn?.classification.signals).toContain('honest-answer');
    expect(turn?.feedback.suggestion).toContain('Twice, at her flat in March.');
    expect(turn?.feedback.suggestion).not.toContain('since April');
    expect(session.snapshot.conversation.disclosed.map((d) => d.fact)).toEqual(['thursdays', 'slept-together']);
  });

  it('with "What month?" now pending, the late yes goes to the yes-or-no question, and the month is asked again', () => {
    let { session } = play(['ok', 'ok', "I'm so sorry, Owen."]);
    for (let i = 0; i < 6 && session.partner.asks?.id !== 'when-it-started'; i++)
      session = takeTurn(session, OWNING).session;
    expect(session.partner.asks?.id).toBe('when-it-started');
    const { turn } = takeTurn(session, late);
    expect(turn.understood).toEqual({ answered: 'slept-with-her', disclosed: ['thursdays', 'slept-together'] });
    expect(turn.partner.asks?.id).toBe('when-it-started');
    expect(turn.classification.question).toEqual({ kind: 'yes-no', response: 'answered' });
    expect(turn.feedback.suggestion).not.toMatch(/February|since April/);
  });
});

describe('Jo, hidden-debt: the month that took a moment to come', () => {
  const file = join(SCENARIO_DIR, 'hidden-debt.yaml');
  const jo = parseScenario(readFileSync(file, 'utf8'), file);

  /** Jo asks when it started; two replies stall until she gives up ("No answer. Noted."). */
  function joGaveUp(): EngineSession {
    let session = takeTurn(startSession(jo, 4), "I'm sorry. I'm here.").session;
    expect(session.partner.asks?.id).toBe('when-it-started');
    session = takeTurn(session, "I'd rather not get into dates right now.").session;
    const given = takeTurn(session, 'Just a second, I need to think.');
    expect(given.session.snapshot.conversation.givenUp).toContain('when-it-started');
    return given.session;
  }

  it('a reply opening with the month, right after she gave up, answers her', () => {
    const { turn } = takeTurn(joGaveUp(), 'Last April, after the office sweepstake. I hid it from you from the start.');
    expect(turn.understood?.answered).toBe('when-it-started');
    expect(turn.classification.signals).toContain('honest-answer');
    expect(turn.feedback.summary).toMatch(/^Jo asked earlier/);
  });

  it('"Last night I couldn\'t sleep" opens with a time, but is not the month it started', () => {
    const { turn } = takeTurn(joGaveUp(), "Last night I couldn't sleep. I kept seeing your face in that queue.");
    expect(turn.understood?.answered).toBeUndefined();
  });
});
