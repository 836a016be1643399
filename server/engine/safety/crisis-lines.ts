// Where to get real help, by place: the emergency and crisis lines of crisis-lines.json for the
// person's region that fit what their reply was about. Outside the listed regions
// (or with none chosen) the notice names "your local emergency number" and a crisis line in general.
// The data file says where each number is published and when it was checked.
import type { SafetyKind } from '../types.js';
import data from './crisis-lines.json' with { type: 'json' };

export interface CrisisLine {
  /** ISO 3166 code: GB, IE, US, CA, AU, NZ. */
  region: string;
  name: string;
  /** As people dial it. */
  number: string;
  /** What to text, where texting is how the line works ("SHOUT to 85258"). */
  text?: string;
  /** The line takes texts only: `number` is where to text. */
  textOnly?: boolean;
  /** A web chat, where the line has one. */
  chat?: string;
  /** Who it is for, in a phrase. */
  for: string;
  /** The notices it is shown with. */
  kinds: SafetyKind[];
  /** The organisation's own site, where the number is published. */
  source: string;
  /** When and how the number was checked. */
  checked: string;
}

export const CRISIS_LINES: readonly CrisisLine[] = data.lines as CrisisLine[];

/** The regions with lines of their own, code -> name. */
export const CRISIS_REGIONS: Readonly<Record<string, string>> = data.regions;

/** Other names people use for a region. */
const ALIASES: Record<string, string> = { UK: 'GB', EN: 'GB', SCT: 'GB', WLS: 'GB', NIR: 'GB' };

/** A region code we have lines for, or undefined: "gb", "UK" -> "GB"; "FR" -> undefined. */
export function knownRegion(region: string | undefined): string | undefined {
  if (region === undefined) return undefined;
  const code = region.trim().toUpperCase();
  const canonical = ALIASES[code] ?? code;
  return Object.hasOwn(CRISIS_REGIONS, canonical) ? canonical : undefined;
}

/** The region of a language tag, when we have lines for it: "en-GB" -> "GB", "en" -> undefined. */
export function regionOfLocale(locale: string | undefined): string | undefined {
  const parts = (locale ?? '').split(/[-_]/);
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{2}$/.test(part)) return knownRegion(part);
  }
  return undefined;
}

/**
 * The lines for a region (emergency services first), only those that fit the notice's kind when one
 * is given. Empty for a region without lines: say "your local emergency number" instead.
 */
export function crisisLinesFor(region: string | undefined, kind?: SafetyKind): CrisisLine[] {
  const code = knownRegion(region);
  if (code === undefined) return [];
  return CRISIS_LINES.filter((line) => line.region === code && (kind === undefined || line.kinds.includes(kind)));
}

/** A line as one plain sentence: "Samaritans: call 116 123. Anyone struggling to cope..." */
export function describeCrisisLine(line: CrisisLine): string {
  if (line.textOnly && line.text !== undefined) return `${line.name}: text ${line.text}. ${line.for}.`;
  const text = line.text === undefined ? '' : `, or text ${line.text}`;
  const chat = line.chat === undefined ? '' : `, or chat at ${line.chat}`;
  return `${line.name}: call ${line.number}${text}${chat}. ${line.for}.`;
}
