import { parseArgs } from 'node:util';
import {
  addRun,
  autoplay,
  commonestSentence,
  EMOTIONS,
  emptyFigures,
  fromList,
  PLAYERS,
  type Player,
  playerNamed,
  type Scenario,
  type SweepFigures,
} from '../engine/index.js';
import { formatProblem, loadScenarioFiles, scenarioFilesIn } from '../scenario-files.js';
import { corpusTexts } from './corpus-files.js';
import { runCli } from './run-cli.js';

interface Row {
  scenario: string;
  player: string;
  figures: SweepFigures;
  seconds: number;
}

function players(only: string | undefined): Array<[string, Player]> {
  const all: Array<[string, Player]> = [
    ...PLAYERS.map((name): [string, Player] => [name, playerNamed(name)]),
    ['corpus', fromList(corpusTexts())],
  ];
  return only ? all.filter(([name]) => name === only) : all;
}

function play(scenario: Scenario, name: string, player: Player, sessions: number, sentences: Map<string, number>): Row {
  const started = performance.now();
  const figures = emptyFigures();
  const own = new Map<string, number>();
  for (let seed = 1; seed <= sessions; seed++) {
    addRun(figures, autoplay(scenario, seed, player), own, `${scenario.id} ${name} seed ${seed}`);
  }
  for (const [sentence, count] of own) sentences.set(sentence, (sentences.get(sentence) ?? 0) + count);
  return { scenario: scenario.id, player: name, figures, seconds: (performance.now() - started) / 1000 };
}

function line(row: Row): string {
  const { figures } = row;
  const e = figures.endings;
  const endings = `repaired ${e.repaired}, shutdown ${e.shutdown}, withdrawn ${e.withdrawn}, turn limit ${e['turn limit']}`;
  const emotions = EMOTIONS.map((emotion) => `${emotion} ${figures.emotions[emotion]}`).join(', ');
  return `  ${row.player.padEnd(9)} ${String(figures.turns).padStart(6)} turns  ${endings}  |  reached: ${emotions}  |  problems ${figures.problems.length}  (${row.seconds.toFixed(1)} s)`;
}

function share(figures: SweepFigures): string {
  const top = figures.commonestSentence;
  if (!top) return 'no suggestions';
  return `${(100 * top.share).toFixed(1)}% of ${figures.suggestions} suggestions: "${top.sentence}"`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string' },
      scenario: { type: 'string' },
      player: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const sessions = Number(values.sessions ?? 1000);
  if (!Number.isInteger(sessions) || sessions < 1) {
    console.error('--sessions must be a whole number above 0');
    return 2;
  }
  const { scenarios, problems } = await loadScenarioFiles(await scenarioFilesIn());
  for (const problem of problems) console.error(formatProblem(problem));
  const chosen = [...scenarios.values()].filter((s) => !values.scenario || s.id === values.scenario);
  const who = players(values.player);
  if (chosen.length === 0 || who.length === 0) {
    console.error(`No such scenario or player (players: ${[...PLAYERS, 'corpus'].join(', ')}).`);
    return 2;
  }
  const rows: Row[] = [];
  const overall = emptyFigures();
  const everySentence = new Map<string, number>();
  const perScenario: Array<{ scenario: string; figures: SweepFigures }> = [];
  for (const scenario of chosen) {
    const sentences = new Map<string, number>();
    const total = emptyFigures();
    if (!values.json) console.log(`${scenario.id} (${sessions} conversations per player)`);
    for (const [name, player] of who) {
      const row = play(scenario, name, player, sessions, sentences);
      rows.push(row);
      total.suggestions += row.figures.suggestions;
      total.problems.push(...row.figures.problems);
      if (!values.json) console.log(line(row));
    }
    const withSentence = commonestSentence(total, sentences);
    perScenario.push({ scenario: scenario.id, figures: withSentence });
    if (!values.json) console.log(`  commonest suggestion sentence: ${share(withSentence)}`);
    overall.suggestions += total.suggestions;
    overall.problems.push(...total.problems);
    for (const [sentence, count] of sentences) everySentence.set(sentence, (everySentence.get(sentence) ?? 0) + count);
  }
  const summary = commonestSentence(overall, everySentence);
  if (values.json) {
    console.log(JSON.stringify({ sessions, rows, perScenario, overall: summary }, null, 2));
  } else {
    console.log(`\nall scenarios: commonest suggestion sentence: ${share(summary)}`);
    console.log(`${summary.problems.length} broken invariant${summary.problems.length === 1 ? '' : 's'}`);
    for (const problem of summary.problems.slice(0, 20)) console.log(`  ${problem}`);
  }
  return summary.problems.length > 0 ? 1 : 0;
}

runCli(main);
