// Sessions saved before the partner heard questions (snapshot version 1) are not stranded: the
// version-1 snapshots in tests/fixtures/snapshots-v1 were written by the engine before version 2.
// Each restores, keeps where the partner stood, remembers the beats already said, and continues
// deterministically; one is also continued through the HTTP API from a store that holds it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TurnResult } from '../../server/api-contract.js';
import { autoplay, honest } from '../../server/engine/conversation/autoplay.js';
import {
  type EngineSession,
  type PartnerView,
  restoreSession,
  type Scenario,
  SessionEndedError,
  type SessionSnapshot,
  takeTurn,
} from '../../server/engine/index.js';
import { hashToken, newToken } from '../../server/session-token.js';
import { bearer, makeApp } from '../server/server-fixtures.js';
import { CLEAR_REPLIES, loadFixture, loadScenarios, REPO } from './engine-test-kit.js';

const DIR = join(REPO, 'tests/fixtures/snapshots-v1');

interface SavedV1 {
  scenarioId: string;
  replies: string[];
  snapshot: Record<string, unknown> & {
    version: 1;
    turn: number;
    status: string;
    partner: Record<string, unknown>;
    firedBeats: string[];
    usedLines: string[];
    rng: number[];
    seed: number;
  };
}

const byId = new Map<string, Scenario>([...loadScenarios(), loadFixture()].map((s) => [s.id, s]));
const saved = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(DIR, name), 'utf8')) as SavedV1) }));

function restore(entry: (typeof saved)[number]): EngineSession {
  const scenario = byId.get(entry.scenarioId);
  if (!scenario) throw new Error(`no scenario ${entry.scenarioId}`);
  return restoreSession(scenario, structuredClone(entry.snapshot) as unknown as SessionSnapshot);
}

describe('a version-1 snapshot', () => {
  it('there are saved ones to restore', () => {
    expect(saved.length).toBeGreaterThanOrEqual(16);
  });

  it.each(saved.map((entry) => [entry.name, entry]))('%s restores where the partner stood', (_name, entry) => {
    const session = restore(entry);
    const old = entry.snapshot;
    expect(session.snapshot.version).toBe(2);
    expect(session).toMatchObject({ status: old.status, turnCount: old.turn, seed: old.seed });
    expect(session.partner).toEqual(old.partner);
    expect(session.snapshot.rng).toEqual(old.rng);
    expect(session.snapshot.machine.context.distance).toBe(0);
    expect(session.snapshot.machine.context.tuning.withdrawAfter).toBeGreaterThanOrEqual(3);
    const conversation = session.snapshot.conversation;
    expect(conversation.pending).toBeUndefined();
    expect(conversation.disclosed).toEqual([]);
    expect(conversation.firedBeats).toEqual(old.firedBeats);
    expect(conversation.usedLines).toHaveLength(old.usedLines.length);
    // Saved again (as the store does) and restored, it is the same session.
    const again = restoreSession(session.scenario, JSON.parse(JSON.stringify(session.snapshot)) as SessionSnapshot);
    expect(JSON.stringify(again.snapshot)).toBe(JSON.stringify(session.snapshot));
  });

  it.each(saved.filter((e) => e.snapshot.status === 'active').map((entry) => [entry.name, entry]))(
    '%s continues, the same way every time, without saying a fired beat again',
    (_name, entry) => {
      const reply = CLEAR_REPLIES.validating[0] as string;
      const a = takeTurn(restore(entry), reply);
      const b = takeTurn(restore(entry), reply);
      expect(a.turn.index).toBe(entry.snapshot.turn + 1);
      expect(JSON.stringify(a.turn)).toBe(JSON.stringify(b.turn));
      expect(JSON.stringify(a.session.snapshot)).toBe(JSON.stringify(b.session.snapshot));
      let session = a.session;
      const said: string[] = [];
      for (let i = 0; i < 12 && session.status === 'active'; i++) {
        const [text] = honest(session, [1, 2, 3, 4]);
        const next = takeTurn(session, text);
        said.push(...next.session.snapshot.conversation.lastSaid);
        session = next.session;
      }
      for (const beat of entry.snapshot.firedBeats) expect(said).not.toContain(`beat.${beat}`);
    },
  );

  it.each(saved.filter((e) => e.snapshot.status !== 'active').map((entry) => [entry.name, entry]))(
    '%s stays ended',
    (_name, entry) => {
      expect(() => takeTurn(restore(entry), 'I am sorry.')).toThrow(SessionEndedError);
    },
  );

  it('a version-2 session is not changed by restoring it', () => {
    const run = autoplay(loadFixture(), 3, honest, { turns: 5 });
    const snapshot = JSON.parse(JSON.stringify(run.final.snapshot)) as SessionSnapshot;
    expect(restoreSession(run.scenario, snapshot).snapshot).toEqual(snapshot);
  });
});

describe('a stored version-1 session, over HTTP', () => {
  it('takes its next reply after the server is upgraded', async () => {
    const entry = saved.find((e) => e.name === 'hidden-debt-opening.json');
    if (!entry) throw new Error('fixture missing');
    const { app, store } = await makeApp();
    try {
      // The session as an older server stored it: a version-1 snapshot at the opening.
      const token = newToken();
      const v1 = entry.snapshot as unknown as SessionSnapshot;
      await store.createSessions([
        {
          id: 'stored-before-v2',
          tokenHash: hashToken(token),
          scenarioId: entry.scenarioId,
          seed: entry.snapshot.seed,
          difficulty: 'realistic',
          status: 'active',
          opening: entry.snapshot.partner as unknown as PartnerView,
          snapshot: v1,
          createdAt: new Date().toISOString(),
        },
      ]);
      const response = await app.inject({
        method: 'POST',
        url: '/api/sessions/stored-before-v2/replies',
        headers: bearer(token),
        payload: { text: 'Yes. I took £7,700 out of the deposit account.' },
      });
      expect(response.statusCode).toBe(200);
      const result = response.json() as TurnResult;
      expect(result.turn.index).toBe(1);
      expect(result.turn.understood).toEqual(expect.objectContaining({ disclosed: ['the-deposit'] }));
      expect((await store.getSession('stored-before-v2'))?.snapshot.version).toBe(2);
    } finally {
      await app.close();
    }
  });
});
