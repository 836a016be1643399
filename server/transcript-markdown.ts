// A session as a Markdown transcript someone can reread or bring to a counsellor: the partner's
// lines and the user's replies in order, the feedback under each reply, then the report.
//
// The file's structure (headings, lists, the score) is written here and nowhere else. Everything
// said in the conversation is quoted: every line of a reply or a partner line is a block-quote line,
// with Markdown and HTML escaped, so nothing anyone typed can become a heading, a list item, a link,
// a table or a tag. Any other text that could carry someone's words (feedback quoting a reply, the
// report's moments) is escaped on one line. Control characters are dropped and bidirectional
// overrides removed, so what a reader sees is what was typed, in order.
import type { SessionView } from './api-contract.js';
import { type Report, type Scenario, withoutCrisisWords } from './engine/index.js';
import type { Turn } from './engine/types.js';

export const PRACTICE_NOTICE =
  'Practice, not therapy: a rehearsal with a simulated partner. It is not advice about your relationship.';

export function transcriptMarkdown(input: { session: SessionView; report: Report; scenario: Scenario }): string {
  const { session, report } = input;
  const partner = inline(session.partnerName);
  const lines: string[] = [
    `# ${inline(session.scenarioTitle)}`,
    '',
    `> ${PRACTICE_NOTICE}`,
    '',
    `- Partner: ${partner}`,
    `- Started: ${inline(session.createdAt)}`,
    `- Difficulty: ${session.difficulty} (seed ${session.seed})`,
    `- Outcome: ${describeStatus(session.status)}`,
  ];
  if (session.parentId !== null) lines.push(`- Rewound from session ${inline(session.parentId)}`);
  if (session.safety !== undefined) lines.push(`- ${safetyNote(session.safety)}`);
  lines.push('', '## Conversation', '', ...said(partner, session.opening.line));
  for (const turn of session.turns) lines.push('', ...turnLines(partner, withoutCrisisWords(turn)));
  lines.push('', ...reportLines(report), '');
  return lines.join('\n');
}

/** Where the practice paused for safety and what the person chose, without their words. */
function safetyNote(safety: NonNullable<SessionView['safety']>): string {
  const answer =
    safety.checkIn === 'help'
      ? 'you asked for help, and the practice ended there'
      : safety.checkIn === 'continue'
        ? 'you said you were safe and went on'
        : 'it is waiting for you to check in';
  return `Paused for safety after reply ${safety.pausedAt}: ${answer}.`;
}

function turnLines(partner: string, turn: Turn): string[] {
  const { classification, feedback } = turn;
  if (turn.safety !== undefined) {
    return [
      ...said('You', turn.reply),
      '',
      `**The practice paused for safety here.** ${inline(turn.safety.message)}`,
      '',
      ...turn.safety.resources.map((r) => `- ${inline(r)}`),
    ];
  }
  const lines = said(turn.hinted === true ? 'You (from a hint)' : 'You', turn.reply);
  const signals = classification.signals.length > 0 ? ` (${classification.signals.join(', ')})` : '';
  lines.push(
    '',
    `*${classification.label}*${signals}: ${feedback.kept ? 'kept' : 'broke'} "${principleName(feedback.principle)}". ${inline(feedback.summary)}`,
    '',
    `Another way to say it: ${inline(feedback.suggestion)}`,
  );
  lines.push('', ...said(partner, turn.partner.line));
  return lines;
}

function reportLines(report: Report): string[] {
  const counts = Object.entries(report.counts)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${count} ${label}`)
    .join(', ');
  const lines = [
    '## Report',
    '',
    `- Listening score: ${report.score}/100`,
    `- Replies: ${report.turns}${counts === '' ? '' : ` (${counts})`}`,
  ];
  const principles = report.principles.filter((p) => p.mark !== 'untested');
  if (principles.length > 0) {
    lines.push(`- Principles: ${principles.map((p) => `${principleName(p.principle)}: ${p.mark}`).join('; ')}`);
  }
  if (report.moments.length > 0) {
    lines.push(
      '',
      '### Moments worth revisiting',
      '',
      ...report.moments.map((m) => `- Turn ${m.turn}: ${inline(m.why)}`),
    );
  }
  if (report.best.length > 0) {
    lines.push('', '### Your best replies', '');
    for (const best of report.best) lines.push(`- Turn ${best.turn}:`, '', ...quoted(best.reply, '  '), '');
    lines.pop();
  }
  return lines;
}

/** Who spoke, then what they said as a block quote. */
function said(who: string, text: string): string[] {
  return [`**${who}:**`, '', ...quoted(text)];
}

// ---------------------------------------------------------------------------------------------
// Text that came from a person (or may quote one), made inert
// ---------------------------------------------------------------------------------------------

/** C0 and C1 controls other than the line break (U+0000 included). */
const CONTROLS = /[^\P{Cc}\n]/gu;
/** Bidirectional embeddings, overrides, isolates and marks: they reorder what a reader sees. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
/** Markdown's inline syntax, and HTML's. `&` too, so no entity can be spelled out. */
const INLINE_SYNTAX = /[\\`*_[\]{}<>&|~]/g;
const HTML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** What starts a block at the beginning of a line: a heading, a list item, a setext underline. */
const LINE_START = /^([#+=-])|^(\d{1,9})([.)])/;

/** What was typed, without controls, bidi overrides, byte order marks or broken surrogates. */
export function cleanText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI, '')
    .replace(/\ufeff/g, '')
    .replace(/\p{Cs}/gu, '\ufffd');
}

/** One line of text that can start no block and hold no markup: inline syntax escaped, HTML as entities. */
function escapeLine(line: string): string {
  const escaped = line.trim().replace(INLINE_SYNTAX, (char) => HTML_ENTITIES[char] ?? `\\${char}`);
  return escaped.replace(LINE_START, (_match, mark?: string, digits?: string, dot?: string) =>
    mark !== undefined ? `\\${mark}` : `${digits}\\${dot}`,
  );
}

/** Text on one line of the document (its line breaks become spaces), escaped. */
function inline(text: string): string {
  return escapeLine(cleanText(text).replace(/\s*\n\s*/g, ' '));
}

/**
 * Text as a block quote: every line prefixed with `indent> `, escaped, its line breaks kept (a
 * backslash at the end of a line is a hard break) and runs of empty lines made one.
 */
export function quoted(text: string, indent = ''): string[] {
  const lines = cleanText(text)
    .split('\n')
    .map(escapeLine)
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return [`${indent}>`];
  return lines.map((line, i) => {
    if (line === '') return `${indent}>`;
    const next = lines[i + 1];
    return `${indent}> ${line}${next !== undefined && next !== '' ? '\\' : ''}`;
  });
}

function principleName(principle: string): string {
  const words = principle.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function describeStatus(status: SessionView['status']): string {
  switch (status) {
    case 'active':
      return 'still open';
    case 'repaired':
      return 'repaired: still hurt, but willing to keep talking';
    case 'shutdown':
      return 'shut down: the partner walked away for now';
    case 'withdrawn':
      return 'withdrawn: the partner stopped trying to get an answer';
    case 'ended':
      return 'ended by you';
  }
}
