// The safety check-in in the terminal: the notice, the lines for the person's region, and the same
// question every client asks before the practice goes on. Used by `npm run practice`.
import {
  type CheckIn,
  crisisLinesFor,
  describeCrisisLine,
  knownRegion,
  regionOfLocale,
  type SafetyNotice,
} from '../engine/index.js';

export const CHECK_IN_QUESTION = [
  '  Before the practice goes on, how are you? Type the number:',
  "   1  I'm safe and want to keep practising",
  '   2  I need help now',
].join('\n');

/** The region from `--region`, else from the terminal's locale (LC_ALL, LC_MESSAGES, LANG: en_GB.UTF-8). */
export function regionFrom(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (flag !== undefined) return knownRegion(flag);
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return regionOfLocale(locale?.split('.')[0]);
}

/** The notice as printed lines: the message, then the region's lines or, elsewhere, kinds of help. */
export function noticeLines(notice: SafetyNotice, region: string | undefined): string[] {
  const lines = crisisLinesFor(region, notice.kind);
  const help = lines.length > 0 ? lines.map(describeCrisisLine) : notice.resources.map((resource) => `${resource}.`);
  return [`  ${notice.message}`, ...help.map((line) => `   - ${line}`)];
}

/** The lines again, when the person asked for help: what to do now, first. */
export function helpLines(notice: SafetyNotice, region: string | undefined): string[] {
  const lines = crisisLinesFor(region, notice.kind);
  const help =
    lines.length > 0
      ? lines.map(describeCrisisLine)
      : ['Call your local emergency number if you are in danger now.', ...notice.resources.map((r) => `${r}.`)];
  return ['  Please reach out now:', ...help.map((line) => `   - ${line}`)];
}

/** "1", "2" (or the words): the answer to the check-in, or undefined for anything else. */
export function readCheckIn(line: string): CheckIn | undefined {
  const answer = line.trim().toLowerCase();
  if (answer === '1' || answer === 'safe' || answer === 'continue') return 'continue';
  if (answer === '2' || answer === 'help') return 'help';
  return undefined;
}
