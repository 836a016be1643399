// The turn engine: a whole conversation, replayable to the letter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoplay, honest } from '../../server/engine/conversation/autoplay.js';
import {
  DIFFICULTIES,
  EmptyReplyError,
  endSession,
  LABELS,
  type Label,
  restoreSession,
  type Scenario,
  SessionEndedError,
  type SessionSnapshot,
  SnapshotVersionError,
  startSession,
  takeTurn,
} from '../../server/engine/index.js';
import { partnerMachine } from '../../server/engine/partner-machine.js';
import {
  CLEAR_REPLIES,
  clearReply,
  linesSaid,
  loadFixture,
  loadScenarios,
  play,
  replyAndCheckIn,
} from './engine-test-kit.js';

const fixture = loadFixture();
const scenarios = loadScenarios();
const everyScenario = [fixture, ...scenarios];

const validating = (n: number) => Array.from({ length: n }, (_, i) => clearReply('validating', i));
const defensive = (n: number) => Array.from({ length: n }, (_, i) => clearReply('defensive', i));
const honestly = (scenario: Scenario, seed: number, turns: number, difficulty?: (typeof DIFFICULTIES)[number]) =>
  autoplay(scenario, seed, honest, { turns, ...(difficulty ? { difficulty } : {}) });

describe('startSession', () => {
  it('opens with one of the scenario’s opening lines, slots filled, at the starting emotion', () => {
    const session = startSession(fixture, 7);
    expect(session.partner.line).toMatch(/^\[opening \d\] .*the savings account/);
    expect(session.partner).toMatchObject({ emotion: 'anger', intensity: 80, trust: 15 });
    expect(session).toMatchObject({ status: 'active', turnCount: 0, seed: 7, difficulty: 'realistic' });
  });

  it('keeps a JSON-safe snapshot with a version', () => {
    const { snapshot } = startSession(fixture, 7);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot.version).toBe(2);
  });
});

describe('a scripted run of each scenario', () => {
  it.each(everyScenario.map((s) => [s.id, s]))(
    '%s reaches repaired when the user owns it and answers every question truthfully',
    (_id, scenario) => {
      const { final, turns, sessions } = honestly(scenario, 1, 20);
      expect(final.status).toBe('repaired');
      expect(turns.some((turn) => turn.understood?.dodged)).toBe(false);
      const said = sessions.flatMap((session) => session.snapshot.conversation.lastSaid);
      expect(said.filter((id) => /^question\.[^.]+\.excused\./.test(id))).toEqual([]);
      expect(turns.at(-1)?.partner.line).toBe(
        fillFirstMatch(scenario, scenario.endings.repaired, turns.at(-1)?.partner.line),
      );
    },
  );

  it.each(everyScenario.map((s) => [s.id, s]))('%s shuts down with defensive replies', (_id, scenario) => {
    const { session, turns } = play(scenario, 1, defensive(15));
    expect(session.status).toBe('shutdown');
    expect(turns.every((turn) => turn.classification.label === 'defensive')).toBe(true);
  });

  it.each(DIFFICULTIES)('at %s difficulty the fixture still repairs within 20 honest turns', (difficulty) => {
    expect(honestly(fixture, 3, 20, difficulty).final.status).toBe('repaired');
  });

  it('a gentle partner repairs no later and shuts down no sooner than a hard one', () => {
    for (const scenario of everyScenario) {
      const gentle = honestly(scenario, 3, 25, 'gentle');
      const hard = honestly(scenario, 3, 25, 'hard');
      expect(gentle.turns.length).toBeLessThanOrEqual(hard.turns.length);
      const gentleDefended = play(scenario, 3, defensive(25), { difficulty: 'gentle' });
      const hardDefended = play(scenario, 3, defensive(25), { difficulty: 'hard' });
      expect(gentleDefended.turns.length).toBeGreaterThanOrEqual(hardDefended.turns.length);
    }
  });
});

function fillFirstMatch(scenario: Scenario, lines: string[], said: string | undefined): string | undefined {
  const name = scenario.partner.name;
  const slots: Record<string, string> = { ...scenario.slots, partner: name };
  return lines
    .map((line) => line.replace(/\{([^{}\s]+)\}/g, (w, s: string) => slots[s] ?? w))
    .find((line) => line === said);
}

describe('each turn', () => {
  it('carries the reply, its classification, feedback, the partner’s new state, what it understood and status', () => {
    const { turn } = takeTurn(startSession(fixture, 1), CLEAR_REPLIES.validating[0] as string);
    expect(turn).toMatchObject({ index: 1, reply: CLEAR_REPLIES.validating[0], status: 'active' });
    expect(turn.classification.label).toBe('validating');
    expect(turn.feedback.kept).toBe(true);
    expect(turn.understood).toEqual({ disclosed: [] });
    // The reaction, then the first question (the opening asked nothing).
    expect(turn.partner.line).toMatch(/^\[anger validating \d\] \[q took-it ask \d\] Yes or no\?$/);
    expect(turn.partner.asks).toEqual({ id: 'took-it', kind: 'yes-no' });
    expect(turn.partner.trust).toBeGreaterThan(15);
  });

  it('answers the kind of reply: a defensive reply gets a line written for defensive replies, high ones at high intensity', () => {
    const { turn } = takeTurn(startSession(fixture, 1), 'But you were never home!');
    expect(turn.partner.intensity).toBeGreaterThanOrEqual(70);
    expect(turn.partner.line).toMatch(/^\[anger high defensive \d\]/);
  });

  it('records when a reply came from a hint', () => {
    const { turn } = takeTurn(startSession(fixture, 1), CLEAR_REPLIES.validating[0] as string, { hinted: true });
    expect(turn.hinted).toBe(true);
  });

  it('refuses a blank reply', () => {
    expect(() => takeTurn(startSession(fixture, 1), '   ')).toThrow(EmptyReplyError);
  });

  it('refuses a reply once the session has ended', () => {
    const { session } = play(fixture, 1, defensive(15));
    expect(() => takeTurn(session, 'I am sorry')).toThrow(SessionEndedError);
    expect(() => takeTurn(endSession(startSession(fixture, 1)), 'I am sorry')).toThrow(SessionEndedError);
  });

  it('fills every slot in every line a partner says', () => {
    for (const scenario of scenarios)
      for (const seed of [1, 2, 3]) {
        const mixed = Array.from({ length: 15 }, (_, i) => clearReply(LABELS[(i * seed) % 4] as Label, i));
        for (const line of linesSaid(play(scenario, seed, mixed))) expect(line).not.toMatch(/\{[^}]*\}/);
      }
  });
});

describe('endSession', () => {
  it('ends an active session as ended, keeping the partner where they were', () => {
    const start = startSession(fixture, 1);
    const ended = endSession(start);
    expect(ended.status).toBe('ended');
    expect(ended.partner).toEqual(start.partner);
  });

  it('leaves a repaired or shut-down session as it was', () => {
    const { session } = play(fixture, 1, defensive(15));
    expect(endSession(session).status).toBe('shutdown');
  });
});

describe('beats', () => {
  it('a beat set at a turn fires at that turn, once, and pulls toward its emotion', () => {
    const { turns } = honestly(fixture, 1, 15);
    const beatTurns = turns.filter((turn) => turn.partner.line.startsWith('[beat at 4]'));
    expect(beatTurns.map((turn) => turn.index)).toEqual([4]);
    expect(beatTurns[0]?.partner.emotion).toBe('anger');
  });

  it('a beat on a condition fires once, at the first turn it may after the condition holds', () => {
    const { turns, sessions } = honestly(fixture, 1, 15);
    const fired = turns.filter((turn) => turn.partner.line.startsWith('[beat trust 40]'));
    expect(fired).toHaveLength(1);
    expect(fired[0]?.partner.emotion).toBe('confusion');
    const at = fired[0]?.index ?? 0;
    expect(turns[at - 1]?.partner.trust).toBeGreaterThanOrEqual(40);
    // An earlier turn that left trust at 40 or more may only have been the partner taking in an
    // answer to the question they were waiting on (the next test).
    for (const turn of turns.slice(0, at - 1)) {
      if (turn.partner.trust < 40) continue;
      expect(sessions[turn.index - 1]?.snapshot.conversation.pending, `turn ${turn.index}`).toBeDefined();
      expect(turn.understood?.answered, `turn ${turn.index}`).toBeDefined();
    }
  });

  it('a beat whose condition comes true as an answer is heard waits one turn: the partner takes in the answer first', () => {
    // The honest run of seed 1 with a defensive first reply: trust reaches 40 on the turn that
    // answers "when", which the partner meets with that question's answered line.
    const replies = [
      clearReply('defensive', 0),
      'Yes. I took the money from the savings account.',
      'About 2,000, on a car repair at the garage.',
      "I'm sorry. I did this, and I kept it from you. That's on me.",
      'I hurt you, and I chose to. I want to hear all of it.',
      'You have every right to be this angry with me.',
      'In June. It started in June.',
      'I took the money and hid it. That was my choice.',
    ];
    const { turns, sessions } = play(fixture, 1, replies);
    const answering = turns[6];
    expect(sessions[6]?.snapshot.conversation.pending?.question).toBe('when');
    expect(answering?.understood?.answered).toBe('when');
    expect(turns[5]?.partner.trust).toBeLessThan(40);
    expect(answering?.partner.trust).toBeGreaterThanOrEqual(40);
    expect(answering?.partner.line).toMatch(/^\[q when honest \d\]/);
    expect(turns[7]?.partner.line.startsWith('[beat trust 40]')).toBe(true);
  });

  it('in every real scenario, a 15-turn honest run meets at least one beat', () => {
    for (const scenario of scenarios) {
      const beatLines = new Set((scenario.beats ?? []).map((beat) => beat.id));
      const session = honestly(scenario, 1, 15).final;
      expect(session.snapshot.conversation.firedBeats.length, scenario.id).toBeGreaterThan(0);
      for (const id of session.snapshot.conversation.firedBeats) expect(beatLines).toContain(id);
    }
  });
});

describe('no partner line repeats', () => {
  it.each(everyScenario.map((s) => [s.id, s]))('in 15 turns of %s, whatever the user keeps saying', (_id, scenario) => {
    for (const label of LABELS)
      for (const seed of [1, 2, 3, 4]) {
        // Neutral replies never end a session, so they exercise the fallback when a cell runs out.
        const lines = linesSaid(
          play(
            scenario,
            seed,
            Array.from({ length: 15 }, (_, i) => clearReply(label, i)),
          ),
        );
        expect(new Set(lines).size, `${label} seed ${seed}`).toBe(lines.length);
      }
  });
});

describe('determinism', () => {
  // Clear replies of each label, a crisis, and true answers (which answer, tell facts and promise).
  const trueAnswers = everyScenario.flatMap((scenario) => scenario.questions.map((q) => q.answer)).slice(0, 12);
  const replyPool = [...Object.values(CLEAR_REPLIES).flat(), ...trueAnswers, "I'll ring the counsellor tomorrow."];
  const replies = fc.array(fc.constantFrom(...replyPool, 'I want to kill myself'), { minLength: 1, maxLength: 15 });

  it('the same scenario, seed and replies give byte-identical turns and snapshots', () => {
    fc.assert(
      fc.property(fc.constantFrom(...everyScenario), fc.integer(), replies, (scenario, seed, list) => {
        const a = play(scenario, seed, list);
        const b = play(scenario, seed, list);
        expect(JSON.stringify(a.turns)).toBe(JSON.stringify(b.turns));
        expect(JSON.stringify(a.sessions.map((s) => s.snapshot))).toBe(
          JSON.stringify(b.sessions.map((s) => s.snapshot)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('rewinding to turn N and replaying the same replies gives the original session', () => {
    fc.assert(
      fc.property(fc.constantFrom(...everyScenario), fc.integer(), replies, fc.nat(), (scenario, seed, list, cut) => {
        const original = play(scenario, seed, list);
        const n = cut % (original.turns.length + 1);
        // The store keeps the snapshot after turn N as JSON: restore from exactly that.
        const saved = JSON.parse(JSON.stringify(original.sessions[n]?.snapshot)) as SessionSnapshot;
        let session = restoreSession(scenario, saved);
        const replayed = [];
        for (const reply of list.slice(n, original.turns.length)) {
          const result = replyAndCheckIn(session, reply);
          replayed.push(result.turn);
          session = result.session;
        }
        expect(JSON.stringify(replayed)).toBe(JSON.stringify(original.turns.slice(n)));
        expect(JSON.stringify(session.snapshot)).toBe(JSON.stringify(original.session.snapshot));
      }),
      { numRuns: 150 },
    );
  });

  it('different seeds give different conversations', () => {
    const lines = new Set(
      Array.from({ length: 8 }, (_, seed) => linesSaid(play(fixture, seed, validating(6))).join('|')),
    );
    expect(lines.size).toBeGreaterThan(1);
  });
});

describe('the persisted partner', () => {
  it('is exactly what XState’s getPersistedSnapshot gives, at every turn and at the end', () => {
    for (const scenario of everyScenario) {
      const mixed = Array.from({ length: 15 }, (_, i) => clearReply(LABELS[(i * 3) % 4] as Label, i));
      for (const { snapshot } of [...play(scenario, 4, mixed).sessions, endSession(startSession(scenario, 4))]) {
        const restored = partnerMachine.resolveState({
          value: snapshot.machine.value as 'anger',
          context: snapshot.machine.context,
        });
        expect(JSON.stringify(snapshot.machine)).toBe(JSON.stringify(partnerMachine.getPersistedSnapshot(restored)));
      }
    }
  });
});

describe('restoreSession', () => {
  it('refuses a snapshot version it does not know', () => {
    const snapshot = { ...startSession(fixture, 1).snapshot, version: 3 } as unknown as SessionSnapshot;
    expect(() => restoreSession(fixture, snapshot)).toThrow(SnapshotVersionError);
  });

  it('refuses a snapshot from another scenario', () => {
    const other = scenarios[0];
    if (!other) return;
    expect(() => restoreSession(other, startSession(fixture, 1).snapshot)).toThrow(
      /belongs to scenario fixture-partner/,
    );
  });
});
