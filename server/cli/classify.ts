// npm run --silent classify -- "text" [--partner "line"] [--emotion sadness]   a readable verdict
// npm run --silent classify -- --jsonl     JSON lines in, one JSON line out per input, in order
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { classifyReply, EMOTIONS, type Emotion, feedbackFor, type ReplyContext } from '../engine/index.js';
import { runCli } from './run-cli.js';

const USAGE =
  'usage: npm run --silent classify -- "your reply" [--partner "their line"] [--emotion anger|sadness|numbness|confusion]\n       npm run --silent classify -- --jsonl < replies.jsonl';

function judge(text: string, context: ReplyContext) {
  const classification = classifyReply(text, context);
  const feedback = feedbackFor(classification, { ...context, reply: text });
  return { ...classification, feedback };
}

function contextFrom(partner: unknown, emotion: unknown): ReplyContext {
  if (partner !== undefined && typeof partner !== 'string') throw new Error('"partner" must be a string');
  if (emotion !== undefined && !EMOTIONS.includes(emotion as Emotion)) {
    throw new Error(`"emotion" must be one of ${EMOTIONS.join(', ')}`);
  }
  return {
    ...(partner ? { partner } : {}),
    ...(emotion ? { emotion: emotion as Emotion } : {}),
  };
}

async function runJsonl(): Promise<number> {
  let failed = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const row: unknown = JSON.parse(line);
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw new Error('each line must be a JSON object');
      const { text, partner, emotion } = row as Record<string, unknown>;
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      process.stdout.write(`${JSON.stringify(judge(text, contextFrom(partner, emotion)))}\n`);
    } catch (error) {
      failed++;
      const message = error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message;
      process.stdout.write(`${JSON.stringify({ error: message })}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function printVerdict(text: string, context: ReplyContext): void {
  const result = judge(text, context);
  const mark = result.feedback.kept ? 'kept' : 'broke';
  console.log(`${result.label.toUpperCase()}  (confidence ${Math.round(result.confidence * 100)}%)`);
  if (result.evidence.length > 0) {
    console.log('signals:');
    for (const e of result.evidence) console.log(`  ${e.signal.padEnd(18)} "${e.text}"`);
  }
  console.log(`principle: ${result.feedback.principle} (${mark})`);
  console.log(result.feedback.summary);
  console.log(`try: ${result.feedback.suggestion}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean' },
      partner: { type: 'string' },
      emotion: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.jsonl) return runJsonl();
  const text = positionals.join(' ');
  if (text.trim() === '') {
    console.error(`Type the reply you want checked.\n${USAGE}`);
    return 2;
  }
  printVerdict(text, contextFrom(values.partner, values.emotion));
  return 0;
}

runCli(main);
