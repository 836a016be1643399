import { parseArgs } from 'node:util';
import {
  type PlayerSpread,
  type Scenario,
  SPREAD_PLAYERS,
  type SpreadFigures,
  type SpreadPlayer,
  STOCK_PHRASE_SHARE,
  spreadOf,
} from '../engine/index.js';
import { formatProblem, loadScenarioFiles, scenarioFilesIn } from '../scenario-files.js';
import { corpusTexts } from './corpus-files.js';
import { runCli } from './run-cli.js';

const USAGE = `Usage: npm run feedback:spread -- [--sessions N] [--scenario ID] [--player ${SPREAD_PLAYERS.join('|')}] [--json]`;

interface Row {
  scenario: string;
  players: PlayerSpread[];
  together: SpreadFigures;
  seconds: number;
}

function percent(figures: SpreadFigures, which: 'commonest' | 'commonestOfAll'): string {
  const top = figures[which];
  return top ? `${(100 * top.share).toFixed(1)}% "${top.sentence}"` : '-';
}

function print(row: Row): void {
  console.log(`${row.scenario} (${row.seconds.toFixed(1)} s)`);
  for (const { player, figures } of row.players)
    console.log(
      `  ${player.padEnd(9)} ${String(figures.suggestions).padStart(6)} suggestions  feedback's own: ${percent(figures, 'commonest')}  |  every sentence: ${percent(figures, 'commonestOfAll')}`,
    );
  const { together } = row;
  console.log(
    `  ${'all'.padEnd(9)} ${String(together.suggestions).padStart(6)} suggestions  feedback's own: ${percent(together, 'commonest')}  |  every sentence: ${percent(together, 'commonestOfAll')}`,
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '1000' },
      scenario: { type: 'string' },
      player: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const sessions = Number(values.sessions);
  if (!Number.isInteger(sessions) || sessions < 1) {
    console.error(`--sessions must be a whole number above 0\n${USAGE}`);
    return 2;
  }
  const player = values.player as SpreadPlayer | undefined;
  if (player !== undefined && !SPREAD_PLAYERS.includes(player)) {
    console.error(`--player must be one of: ${SPREAD_PLAYERS.join(', ')}`);
    return 2;
  }
  const loaded = await loadScenarioFiles(await scenarioFilesIn());
  if (loaded.problems.length > 0) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    return 1;
  }
  const scenarios = [...loaded.scenarios.values()].filter(
    (scenario: Scenario) => (!values.scenario || scenario.id === values.scenario) && scenario.questions.length > 0,
  );
  if (scenarios.length === 0) {
    console.error(`No scenario ${values.scenario ?? ''} with questions to play.`);
    return 2;
  }
  const corpus = corpusTexts();
  const rows: Row[] = [];
  for (const scenario of scenarios) {
    const started = performance.now();
    const spread = spreadOf(scenario, { sessions, corpus, ...(player ? { players: [player] } : {}) });
    const row = { scenario: scenario.id, ...spread, seconds: (performance.now() - started) / 1000 };
    rows.push(row);
    if (!values.json) print(row);
  }
  const over = rows.filter((row) => (row.together.commonest?.share ?? 0) > STOCK_PHRASE_SHARE);
  if (values.json) console.log(JSON.stringify({ sessions, limit: STOCK_PHRASE_SHARE, scenarios: rows }, null, 2));
  else
    console.log(
      over.length === 0
        ? `No sentence the feedback wrote is in more than ${100 * STOCK_PHRASE_SHARE}% of a scenario's suggestions.`
        : `Over ${100 * STOCK_PHRASE_SHARE}%: ${over.map((row) => row.scenario).join(', ')}`,
    );
  return over.length === 0 ? 0 : 1;
}

runCli(main, 1);
