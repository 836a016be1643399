// Seeded autoplay: every scenario played by an honest answerer, a dodger, someone who only says
// "ok", a defender, a mix, and random replies from the labeled corpus, through the real engine and
// classifier. The invariants (conversation/autoplay-checks.ts) must hold in every conversation.
//
// This is the in-CI sample (a few hundred conversations per scenario, ~10 s in all); the full sweep,
// 1,000 conversations per scenario and player with its figures, is `npm run autoplay`. A failure
// prints its scenario and seed; replay one with
//   AUTOPLAY_SCENARIO=<id> AUTOPLAY_SEED=<seed> npx vitest run tests/engine/autoplay.test.ts
// or read it: npm run practice -- --scenario <id> --seed <seed> --autoplay honest
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  autoplay,
  dodger,
  fromList,
  honest,
  mixed,
  okay,
  type Player,
} from '../../server/engine/conversation/autoplay.js';
import { problemsIn, type SweepFigures, sweep } from '../../server/engine/conversation/autoplay-checks.js';
import { EMOTIONS, type Scenario } from '../../server/engine/index.js';
import { CORPUS_DIR, loadScenarios } from './engine-test-kit.js';

const onlyScenario = process.env.AUTOPLAY_SCENARIO;
const onlySeed = process.env.AUTOPLAY_SEED === undefined ? undefined : Number(process.env.AUTOPLAY_SEED);
const scenarios = loadScenarios().filter((scenario) => !onlyScenario || scenario.id === onlyScenario);

function seeds(count: number): number[] {
  return onlySeed === undefined ? Array.from({ length: count }, (_, i) => i + 1) : [onlySeed];
}

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

function expectNoProblems(figures: SweepFigures): void {
  for (const problem of figures.problems.slice(0, 5)) console.error(`autoplay failed: ${problem}`);
  expect(figures.problems, figures.problems[0]).toEqual([]);
}

function sample(scenario: Scenario, player: Player, label: string, count: number): SweepFigures {
  return sweep(scenario, player, { seeds: seeds(count), label: `${scenario.id} ${label}` });
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s, played by an honest answerer', (_id, scenario) => {
  it('is never asked an answered question again, never hears a beat about a told fact, and every answer is taken in with that question’s answered lines', () => {
    const figures = sample(scenario, honest, 'honest', 40);
    expectNoProblems(figures);
    expect(figures.endings.repaired, 'the honest answerer is heard').toBeGreaterThan(figures.sessions * 0.8);
  });

  it('answers each question with the scenario’s true answer, and each is heard as an answer', () => {
    for (const seed of seeds(20)) {
      const run = autoplay(scenario, seed, honest, { turns: 20 });
      run.turns.forEach((turn, i) => {
        const pending = run.sessions[i]?.snapshot.conversation.pending?.question;
        if (pending) expect(turn.understood?.answered, `seed ${seed} turn ${turn.index}`).toBe(pending);
      });
      const answered = run.final.snapshot.conversation.answered.map((a) => a.question);
      expect(new Set(answered).size, `seed ${seed}: a question answered twice`).toBe(answered.length);
    }
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s, played by a dodger', (_id, scenario) => {
  it('is asked again or called out at every dodge, and a run of non-answers ends the session', () => {
    const figures = sample(scenario, dodger, 'dodger', 40);
    expectNoProblems(figures);
    expect(figures.endings.repaired + figures.endings['turn limit'], 'a dodger is never repaired').toBe(0);
    expect(figures.endings.withdrawn, 'most dodgers wear the partner into withdrawing').toBeGreaterThan(
      figures.sessions / 2,
    );
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s, played by someone who only says "ok"', (_id, scenario) => {
  it('ends withdrawn within thirty replies, at every difficulty', () => {
    for (const difficulty of ['gentle', 'realistic', 'hard'] as const) {
      const run = autoplay(scenario, 1, okay, { turns: 30, difficulty });
      expect(run.final.status, difficulty).toBe('withdrawn');
      expect(problemsIn(run)).toEqual([]);
    }
  });
});

const corpus = readCorpusTexts();

describe.skipIf(corpus.length === 0)('random replies from the labeled corpus and a mixed player', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: no repeated line, no neutral reply answered as a validating one, every emotion reached',
    (_id, scenario) => {
      const random = sample(scenario, fromList(corpus), 'corpus', 100);
      const mix = sample(scenario, mixed, 'mixed', 40);
      expectNoProblems(random);
      expectNoProblems(mix);
      if (onlySeed === undefined)
        for (const emotion of EMOTIONS)
          expect(random.emotions[emotion] + mix.emotions[emotion], `${emotion} is reached`).toBeGreaterThan(0);
    },
    60_000,
  );
});
if (corpus.length === 0) console.warn(`corpus autoplay skipped: no labeled corpus in ${CORPUS_DIR}`);
