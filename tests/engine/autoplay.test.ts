// Seeded random autoplay: for every scenario, 1,000 conversations of up to 15 replies drawn from
// the labeled corpus. None may throw, get stuck, repeat a partner line, or end anywhere but a
// final state or the turn limit. A failure prints its scenario and seed; replay just that one with
//   AUTOPLAY_SCENARIO=<id> AUTOPLAY_SEED=<seed> npx vitest run tests/engine/autoplay.test.ts
//
// Speed: the real classifier costs far more per reply than the partner does, and this suite is
// about the partner. Each corpus text is classified once, without context, and the engine gets
// that result whenever it classifies the same text: the same answer whatever order seeds run in,
// so a printed seed replays exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type EngineSession, type Scenario, startSession, type takeTurn } from '../../server/engine/index.js';
import { drawInt, seedRng } from '../../server/engine/rng.js';
import type { Classification } from '../../server/engine/types.js';
import { CORPUS_DIR, loadScenarios, replyAndCheckIn } from './engine-test-kit.js';

const SEQUENCES = 1_000;
const TURN_LIMIT = 15;
const onlyScenario = process.env.AUTOPLAY_SCENARIO;
const onlySeed = process.env.AUTOPLAY_SEED === undefined ? undefined : Number(process.env.AUTOPLAY_SEED);

const classified = vi.hoisted(() => new Map<string, Classification>());

vi.mock('../../server/engine/classifier/classify-reply.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/engine/classifier/classify-reply.js')>();
  return {
    ...real,
    classifyReply: (text: string, context?: Parameters<typeof real.classifyReply>[1]) =>
      classified.get(text) ?? real.classifyReply(text, context),
  };
});

function readCorpusTexts(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const texts: string[] = [];
  for (const name of readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(CORPUS_DIR, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { text?: unknown };
      if (typeof item.text === 'string' && item.text.trim()) texts.push(item.text);
    }
  }
  return texts;
}

const corpus = readCorpusTexts();
const missing = corpus.length === 0;
const { classifyReply } = await vi.importActual<typeof import('../../server/engine/classifier/classify-reply.js')>(
  '../../server/engine/classifier/classify-reply.js',
);
for (const text of corpus) if (!classified.has(text)) classified.set(text, classifyReply(text));
if (missing)
  console.warn(`autoplay skipped: no labeled corpus in ${CORPUS_DIR} (server/engine/classifier/corpus/*.jsonl)`);

/** Plays one seeded conversation; returns why it failed, or undefined. */
function autoplay(scenario: Scenario, seed: number): string | undefined {
  let rng = seedRng(seed);
  let session: EngineSession = startSession(scenario, seed);
  const said = new Set([session.partner.line]);
  for (let turn = 1; turn <= TURN_LIMIT && session.status === 'active'; turn++) {
    const [pick, next] = drawInt(rng, 0, corpus.length - 1);
    rng = next;
    const reply = corpus[pick] as string;
    let result: ReturnType<typeof takeTurn>;
    try {
      result = replyAndCheckIn(session, reply);
    } catch (error) {
      return `turn ${turn} threw: ${(error as Error).stack ?? String(error)}`;
    }
    if (result.session.turnCount !== turn || result.turn.index !== turn) return `turn ${turn} did not advance (stuck)`;
    if (result.turn.status !== result.session.status) return `turn ${turn}: turn and session disagree on status`;
    if (!result.turn.safety) {
      if (said.has(result.turn.partner.line)) return `turn ${turn} repeated a partner line`;
      said.add(result.turn.partner.line);
    }
    session = result.session;
  }
  const finished = session.status === 'repaired' || session.status === 'shutdown' || session.turnCount === TURN_LIMIT;
  return finished ? undefined : `ended ${session.status} after ${session.turnCount} turns`;
}

describe.skipIf(missing)('seeded random autoplay over the labeled corpus', () => {
  const scenarios = loadScenarios().filter((scenario) => !onlyScenario || scenario.id === onlyScenario);

  it.each(scenarios.map((s) => [s.id, s]))(
    '%s: 1,000 conversations never throw, stall or repeat a line, and end in a final state or the turn limit',
    (id, scenario) => {
      const seeds = onlySeed === undefined ? Array.from({ length: SEQUENCES }, (_, i) => i + 1) : [onlySeed];
      const failures: string[] = [];
      for (const seed of seeds) {
        const failure = autoplay(scenario, seed);
        if (failure) failures.push(`autoplay failed: scenario ${id} seed ${seed}: ${failure}`);
      }
      for (const failure of failures.slice(0, 5)) console.error(failure);
      expect(failures, failures[0]).toEqual([]);
    },
    120_000,
  );
});
