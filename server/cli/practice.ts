// `npm run practice -- --scenario ID [--seed N] [--difficulty gentle|realistic|hard] [--region GB]`, or `--list`.
// Terminal practice: the partner speaks, you answer, a short feedback line names your reply's
// label and what the partner took from it. Commands: /hint, /rewind N, /report, /quit. With replies
// piped on stdin (one per line) it runs without a terminal and prints the same transcript every time
// for the same seed. A reply that signals crisis pauses the practice until the person checks in
// (safety-check-in.ts); --region (default: the terminal's locale) picks the emergency and crisis
// lines shown. `--autoplay honest|dodger|ok|defensive|mixed [--turns N]` lets a seeded player reply
// instead, to read how a scenario plays.
import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  autoplay,
  buildReport,
  checkIn,
  DIFFICULTIES,
  type Difficulty,
  EmptyReplyError,
  type EngineSession,
  endSession,
  hintFor,
  type PartnerView,
  PLAYERS,
  type PlayerName,
  pendingPause,
  playerNamed,
  type Report,
  type Scenario,
  startSession,
  type Turn,
  takeTurn,
  whatYouDid,
} from '../engine/index.js';
import { formatProblem, loadScenarioFiles, scenarioFilesIn } from '../scenario-files.js';
import { runCli } from './run-cli.js';
import { CHECK_IN_QUESTION, helpLines, noticeLines, readCheckIn, regionFrom } from './safety-check-in.js';

const USAGE = `Usage:
  npm run practice -- --scenario ID [--seed N] [--difficulty gentle|realistic|hard] [--region GB|IE|US|CA|AU|NZ]
  npm run practice -- --scenario ID [--seed N] --autoplay ${PLAYERS.join('|')} [--turns N]
  npm run practice -- --list
Commands during practice: /hint  /rewind N  /report  /quit`;

interface Practice {
  scenario: Scenario;
  opening: PartnerView;
  /** history[n] is the session after turn n (history[0] right after the opening). */
  history: EngineSession[];
  turns: Turn[];
  lastHint?: string;
  reported: boolean;
  /** Where the person is, for the emergency and crisis lines (undefined: general help). */
  region: string | undefined;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', short: 's' },
      seed: { type: 'string' },
      difficulty: { type: 'string', short: 'd' },
      region: { type: 'string', short: 'r' },
      list: { type: 'boolean', short: 'l' },
      autoplay: { type: 'string' },
      turns: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { scenarios, problems } = await loadScenarioFiles(await scenarioFilesIn());
  if (values.list) {
    for (const scenario of scenarios.values())
      console.log(`${scenario.id}  ${scenario.title} (${scenario.partner.name})`);
    for (const problem of problems) console.error(formatProblem(problem));
    return 0;
  }
  if (!values.scenario) {
    console.error(`Choose a scenario with --scenario ID (see --list).\n\n${USAGE}`);
    return 2;
  }
  const scenario = scenarios.get(values.scenario);
  if (!scenario) {
    const own = problems.filter((problem) => problem.file.includes(values.scenario ?? ''));
    for (const problem of own) console.error(formatProblem(problem));
    console.error(
      own.length > 0 ? 'That scenario has problems (above).' : `No scenario ${values.scenario}: see --list.`,
    );
    return 2;
  }
  const difficulty = (values.difficulty ?? 'realistic') as Difficulty;
  if (!DIFFICULTIES.includes(difficulty)) {
    console.error(`--difficulty must be one of: ${DIFFICULTIES.join(', ')}`);
    return 2;
  }
  if (values.autoplay !== undefined) {
    const player = values.autoplay as PlayerName;
    const turns = Number(values.turns ?? 15);
    if (!(PLAYERS as readonly string[]).includes(player) || player === 'corpus') {
      console.error(`--autoplay must be one of: ${PLAYERS.join(', ')}`);
      return 2;
    }
    if (!Number.isInteger(turns) || turns < 1) {
      console.error('--turns must be a whole number above 0');
      return 2;
    }
    const region = regionFrom(values.region, process.env);
    showAutoplay(scenario, Number(values.seed ?? 1), difficulty, player as (typeof PLAYERS)[number], turns, region);
    return 0;
  }
  const interactive = Boolean(process.stdin.isTTY);
  // Piped runs default to seed 1 so the same input always prints the same transcript.
  const seed = values.seed !== undefined ? Number(values.seed) : interactive ? randomInt(1, 1_000_000) : 1;
  if (!Number.isInteger(seed)) {
    console.error('--seed must be a whole number');
    return 2;
  }
  await practise(scenario, seed, difficulty, interactive, regionFrom(values.region, process.env));
  return 0;
}

async function practise(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  interactive: boolean,
  region: string | undefined,
): Promise<void> {
  const first = startSession(scenario, seed, { difficulty });
  const practice: Practice = { scenario, opening: first.partner, history: [first], turns: [], reported: false, region };
  const name = scenario.partner.name;
  print(`${scenario.title} (${scenario.id}) · seed ${first.seed} · ${difficulty}`);
  print(scenario.summary);
  print(whatYouDidLines(scenario));
  print(interactive ? 'Type your reply and press Enter. Commands: /hint  /rewind N  /report  /quit\n' : '');
  print(partnerLine(name, first.partner));

  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
  });
  const prompt = () => {
    if (interactive) {
      rl.setPrompt('\nyou> ');
      rl.prompt();
    }
  };
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!interactive) print(`\nyou> ${line}`);
    if (line === '/quit') break;
    handle(practice, line);
    prompt();
  }
  rl.close();
  finish(practice);
}

/** A seeded player's whole conversation, printed as if its replies had been typed. */
function showAutoplay(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  player: (typeof PLAYERS)[number],
  turns: number,
  region: string | undefined,
): void {
  const run = autoplay(scenario, seed, playerNamed(player), { difficulty, turns });
  const name = scenario.partner.name;
  // The player checks in as safe after a crisis reply (autoplay.ts); the turns print as typed ones do.
  const practice: Practice = {
    scenario,
    opening: run.opening,
    history: run.sessions,
    turns: run.turns,
    reported: true,
    region,
  };
  print(`${scenario.title} (${scenario.id}) · seed ${run.final.seed} · ${difficulty} · autoplay ${player}`);
  print(scenario.summary);
  print(partnerLine(name, run.opening));
  for (const turn of run.turns) {
    print(`\nyou> ${turn.reply}`);
    printTurn(practice, turn);
  }
  const status = run.final.status;
  if (status !== 'active') print(`\n(${endingNote(name, status)})`);
  const report = buildReport({ scenario, opening: run.opening, turns: run.turns, status });
  print(formatReport(scenario, report).join('\n'));
}

function handle(practice: Practice, line: string): void {
  if (line === '') return;
  if (pendingPause(current(practice).snapshot) !== undefined && !line.startsWith('/rewind')) {
    answerCheckIn(practice, line);
    return;
  }
  if (line === '/report') printReport(practice, current(practice).status);
  else if (line === '/hint') hint(practice);
  else if (/^\/rewind\s+\d+$/.test(line)) rewindTo(practice, Number(line.split(/\s+/)[1]));
  else if (line.startsWith('/')) print('  (commands: /hint  /rewind N  /report  /quit)');
  else reply(practice, line);
}

const ENDED = '  (the conversation has ended: /rewind N to try again, or /quit)';

function hint(practice: Practice): void {
  const session = current(practice);
  if (session.status !== 'active') {
    print(ENDED);
    return;
  }
  const { hint, session: next } = hintFor(session);
  practice.history[practice.history.length - 1] = next;
  practice.lastHint = hint;
  print(`  hint: ${hint}`);
}

function rewindTo(practice: Practice, to: number): void {
  if (to > practice.turns.length) {
    print(`  (there are only ${practice.turns.length} turns: /rewind 0 to ${practice.turns.length})`);
    return;
  }
  practice.history.length = to + 1;
  practice.turns.length = to;
  practice.reported = false;
  practice.lastHint = undefined;
  print(`  (rewound to turn ${to})`);
  print(partnerLine(practice.scenario.partner.name, current(practice).partner));
  if (pendingPause(current(practice).snapshot) !== undefined) print(CHECK_IN_QUESTION);
}

function reply(practice: Practice, text: string): void {
  const name = practice.scenario.partner.name;
  const session = current(practice);
  if (session.status !== 'active') {
    print(ENDED);
    return;
  }
  let result: { turn: Turn; session: EngineSession };
  try {
    // A reply sent exactly as the last hint counts as hinted.
    result = takeTurn(session, text, { hinted: text === practice.lastHint });
  } catch (error) {
    if (!(error instanceof EmptyReplyError)) throw error;
    print('  (a reply needs some words)');
    return;
  }
  practice.lastHint = undefined;
  practice.history.push(result.session);
  practice.turns.push(result.turn);
  printTurn(practice, result.turn);
  if (result.turn.status !== 'active') {
    print(`\n(${endingNote(name, result.turn.status)})`);
    printReport(practice, result.turn.status);
  }
}

/** While the practice is paused for safety, every line is an answer to the check-in. */
function answerCheckIn(practice: Practice, line: string): void {
  const choice = readCheckIn(line);
  if (line === '/quit' || choice === undefined) {
    print(CHECK_IN_QUESTION);
    return;
  }
  const session = checkIn(current(practice), choice);
  practice.history[practice.history.length - 1] = session;
  const notice = practice.turns[practice.turns.length - 1]?.safety;
  if (choice === 'help') {
    if (notice) print(helpLines(notice, practice.region).join('\n'));
    print('  The practice has ended. Thank you for saying so: reaching out is the right thing to do.');
    printReport(practice, 'ended');
    return;
  }
  print(`  (Going on. ${practice.scenario.partner.name} is where they were before that reply.)`);
  print(`\n${partnerLine(practice.scenario.partner.name, session.partner)}`);
}

function printTurn(practice: Practice, turn: Turn): void {
  const name = practice.scenario.partner.name;
  const { classification, feedback } = turn;
  if (turn.safety) {
    print(`\n  The practice is paused. ${name} will not answer this reply.`);
    print(noticeLines(turn.safety, practice.region).join('\n'));
    if (turn.safety.leverage) print(`  ${feedback.summary}`);
    print(CHECK_IN_QUESTION);
    return;
  }
  const signals = classification.signals.length > 0 ? ` · ${classification.signals.join(', ')}` : '';
  print(
    `  [${classification.label} ${classification.confidence.toFixed(2)}${signals}] ${feedback.kept ? 'kept' : 'broke'} ${feedback.principle}: ${feedback.summary}`,
  );
  const heard = heardNote(name, turn);
  if (heard) print(`  ${heard}`);
  if (!feedback.kept) print(`  try: ${feedback.suggestion}`);
  print(`\n${partnerLine(name, turn.partner)}`);
}

/** What the partner took from the reply: the question answered or not, the facts told. */
function heardNote(name: string, turn: Turn): string | undefined {
  const understood = turn.understood;
  if (!understood) return undefined;
  const parts: string[] = [];
  if (understood.answered)
    parts.push(
      `answered ${name}'s question (${understood.answered})${understood.toldOtherwise ? ', not as it happened' : ''}`,
    );
  if (understood.dodged) parts.push(`did not answer ${name}'s question (${understood.dodged})`);
  if (understood.disclosed.length > 0) parts.push(`told: ${understood.disclosed.join(', ')}`);
  return parts.length > 0 ? `heard: ${parts.join(' · ')}` : undefined;
}

function finish(practice: Practice): void {
  const session = current(practice);
  if (session.status === 'active') {
    const ended = endSession(session);
    practice.history[practice.history.length - 1] = ended;
    print(`\n(${endingNote(practice.scenario.partner.name, 'ended')})`);
  }
  if (!practice.reported) printReport(practice, current(practice).status);
}

function printReport(practice: Practice, status: Turn['status']): void {
  const report = buildReport({ scenario: practice.scenario, opening: practice.opening, turns: practice.turns, status });
  practice.reported = status !== 'active';
  print(formatReport(practice.scenario, report).join('\n'));
}

function formatReport(scenario: Scenario, report: Report): string[] {
  const out = [
    '',
    `── Report: ${scenario.title} ──`,
    `status ${report.status} · ${report.turns} turn${report.turns === 1 ? '' : 's'} · listening score ${report.score}/100`,
  ];
  out.push(
    `replies: ${Object.entries(report.counts)
      .map(([label, count]) => `${label} ${count}`)
      .join(' · ')}`,
  );
  const tested = report.principles.filter((p) => p.mark !== 'untested');
  if (tested.length > 0)
    out.push(
      `principles: ${tested.map((p) => `${p.principle} ${p.mark} (${p.kept}/${p.kept + p.broken})`).join(' · ')}`,
    );
  out.push('', 'turn  emotion     intensity             trust');
  for (const point of report.trajectory)
    out.push(
      `${String(point.turn).padStart(4)}  ${point.emotion.padEnd(10)}  ${bar(point.intensity)} ${String(point.intensity).padStart(3)}  ${bar(point.trust)} ${String(point.trust).padStart(3)}`,
    );
  if (report.moments.length > 0) {
    out.push('', 'worth revisiting (/rewind N to try again from before turn N+1):');
    for (const moment of report.moments) out.push(`  turn ${moment.turn}: ${moment.why}`);
  }
  if (report.best.length > 0) {
    out.push('', 'your best replies:');
    for (const best of report.best) out.push(`  turn ${best.turn}: "${best.reply}"`);
  }
  return out;
}

/** A 0-100 value as ten cells. */
function bar(value: number): string {
  const filled = Math.round(value / 10);
  return `${'█'.repeat(filled)}${'·'.repeat(10 - filled)}`;
}

/** The partner's line; one that asks a question says so quietly, since the next reply answers it or not. */
function partnerLine(name: string, partner: PartnerView): string {
  const asks = partner.asks ? ` · asks (${partner.asks.kind})` : '';
  return `${name} (${partner.emotion}, intensity ${partner.intensity}, trust ${partner.trust}${asks}): ${partner.line}`;
}

function endingNote(name: string, status: Turn['status']): string {
  if (status === 'repaired') return `${name} is still hurt, but willing to keep talking.`;
  if (status === 'shutdown') return `${name} has walked away for now.`;
  if (status === 'withdrawn') return `${name} has stopped trying to get an answer.`;
  return 'You ended the conversation.';
}

function current(practice: Practice): EngineSession {
  return practice.history[practice.history.length - 1] as EngineSession;
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

runCli(main, 1);

/** The facts the partner's questions are about, to answer from rather than guess. */
function whatYouDidLines(scenario: Scenario): string {
  const facts = whatYouDid(scenario).map((fact) => `  - ${fact}`);
  return `\nWhat you did (${scenario.partner.name} may ask about any of it):\n${facts.join('\n')}`;
}
