// npx tsx tests/classifier/verdict-fingerprint.ts
//
// A fingerprint of every verdict the classifier gives on the project's own lines, for speed work: a
// change to how classifyReply runs must leave it identical (a change to what it decides moves it).
// It classifies every corpus row (with its partner line), every challenge row, the shared dev sets
// (read through the eval code's loader, only if present), and every line Mend teaches with each
// partner line it follows (the self-consistency test's set: suggestion sentences, the honest
// answerer's lines, each scenario's hints after every partner line of that emotion, and each true
// answer after each way its question is asked). Each verdict (label, confidence, signals, evidence,
// parts, question) is hashed; only counts and hashes are printed, never the text of a line.
//
// Every set is classified twice, the second time in reverse order, and both passes must agree: the
// partner-line caches must not make a verdict depend on what was classified before it.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { CHALLENGE_FILE, readCorpus, readJsonl, SHARED_EVAL_FILES } from '../../server/cli/corpus-files.js';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import type { ReplyContext } from '../../server/engine/types.js';
import { loadFixture, loadScenarios } from '../engine/engine-test-kit.js';
import { scenarioLines, suggestionLines, type Taught } from './taught-lines.js';

interface Case {
  text: string;
  context: ReplyContext;
}

function labeled(items: ReadonlyArray<{ text: string; partner?: string }>): Case[] {
  return items.map((item) => ({ text: item.text, context: item.partner ? { partner: item.partner } : {} }));
}

// The lines Mend teaches, each in every context the self-consistency test reads it in.
function taughtCases(taught: readonly Taught[]): Case[] {
  return taught.flatMap((item) => item.contexts.map((context) => ({ text: item.text, context })));
}

function verdicts(cases: readonly Case[], order: readonly number[]): string[] {
  const out = new Array<string>(cases.length);
  for (const i of order) {
    const c = cases[i] as Case;
    out[i] = JSON.stringify(classifyReply(c.text, c.context));
  }
  return out;
}

const sets: Array<[string, Case[]]> = [
  ['corpus', labeled(readCorpus().items)],
  ['challenge', existsSync(CHALLENGE_FILE) ? labeled(readJsonl(CHALLENGE_FILE)) : []],
  ...SHARED_EVAL_FILES.filter((f) => existsSync(f)).map((f): [string, Case[]] => [
    `shared ${f.split('/').pop()}`,
    labeled(readJsonl(f)),
  ]),
  ['taught: suggestions', taughtCases(suggestionLines())],
  ['taught: scenarios', taughtCases([loadFixture(), ...loadScenarios()].flatMap(scenarioLines))],
];

const all = createHash('sha256');
let unstable = 0;
for (const [name, cases] of sets) {
  const forward = verdicts(
    cases,
    cases.map((_, i) => i),
  );
  const backward = verdicts(
    cases,
    cases.map((_, i) => cases.length - 1 - i),
  );
  const differs = forward.filter((v, i) => v !== backward[i]).length;
  unstable += differs;
  const hash = createHash('sha256');
  for (const v of forward) hash.update(v).update('\n');
  const digest = hash.digest('hex');
  all.update(name).update(digest);
  console.log(
    `${name.padEnd(22)} ${String(cases.length).padStart(6)} verdicts  ${digest.slice(0, 16)}${differs > 0 ? `  ${differs} differ by order` : ''}`,
  );
}
console.log(`fingerprint ${all.digest('hex')}${unstable > 0 ? `  (${unstable} verdicts depend on order)` : ''}`);
process.exitCode = unstable > 0 ? 1 : 0;
