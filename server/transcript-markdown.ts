// A session as a Markdown transcript someone can reread or bring to a counsellor: the partner's
// lines and the user's replies in order, the feedback under each reply, then the report.
import type { SessionView } from './api-contract.js';
import { type Report, type Scenario, withoutCrisisWords } from './engine/index.js';
import type { Turn } from './engine/types.js';

export const PRACTICE_NOTICE =
  'Practice, not therapy: a rehearsal with a simulated partner. It is not advice about your relationship.';

export function transcriptMarkdown(input: { session: SessionView; report: Report; scenario: Scenario }): string {
  const { session, report } = input;
  const partner = session.partnerName;
  const lines: string[] = [
    `# ${session.scenarioTitle}`,
    '',
    `> ${PRACTICE_NOTICE}`,
    '',
    `- Partner: ${partner}`,
    `- Started: ${session.createdAt}`,
    `- Difficulty: ${session.difficulty} (seed ${session.seed})`,
    `- Outcome: ${describeStatus(session.status)}`,
  ];
  if (session.parentId !== null) lines.push(`- Rewound from session ${session.parentId}`);
  if (session.safety !== undefined) lines.push(`- ${safetyNote(session.safety)}`);
  lines.push('', '## Conversation', '', said(partner, session.opening.line));
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
      said('You', turn.reply),
      '',
      `**The practice paused for safety here.** ${turn.safety.message}`,
      ...turn.safety.resources.map((r) => `- ${r}`),
    ];
  }
  const lines = [said(turn.hinted === true ? 'You (from a hint)' : 'You', turn.reply)];
  const signals = classification.signals.length > 0 ? ` (${classification.signals.join(', ')})` : '';
  lines.push(
    `> *${classification.label}*${signals}: ${feedback.kept ? 'kept' : 'broke'} "${principleName(feedback.principle)}". ${feedback.summary}`,
    '>',
    `> Another way to say it: ${feedback.suggestion}`,
  );
  lines.push('', said(partner, turn.partner.line));
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
    lines.push('', '### Moments worth revisiting', '', ...report.moments.map((m) => `- Turn ${m.turn}: ${m.why}`));
  }
  if (report.best.length > 0) {
    lines.push('', '### Your best replies', '', ...report.best.map((b) => `- Turn ${b.turn}: ${oneLine(b.reply)}`));
  }
  return lines;
}

function said(who: string, text: string): string {
  return `**${who}:** ${text.replace(/\r?\n/g, '  \n')}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
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
