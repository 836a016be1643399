// How the crisis check does on a labeled file: recall on the crisis lines and false alarms on the
// near misses, overall and per kind. Pure; `npm run eval:safety` reads the file and prints this.
import { detectCrisis } from './detect-crisis.js';

/** One line of a safety file (eval/safety.jsonl, server/engine/safety/dev-examples.jsonl). */
export interface SafetyLine {
  text: string;
  /** True when a counsellor reading it would want the practice paused and help shown. */
  crisis: boolean;
  /** What kind of crisis line or near miss it is (passive-ideation, idiom, leaving...). */
  kind: string;
  voice?: string;
  /** Where the line came from (the writer's batch), kept so a figure can be traced. */
  source?: string;
}

export interface Rate {
  /** Lines of this group the check flagged. */
  flagged: number;
  total: number;
  /** flagged / total (0 when there are none). */
  rate: number;
}

export interface SafetyMeasure {
  lines: number;
  recall: Rate;
  falseAlarms: Rate;
  recallByKind: Record<string, Rate>;
  falseAlarmsByKind: Record<string, Rate>;
  /** Recall and false alarms of each writer's batch (`source`), when the lines carry one. */
  bySource: Record<string, { recall: Rate; falseAlarms: Rate }>;
  /** Crisis lines the check let through, and near misses it flagged: for auditing only. */
  missed: SafetyLine[];
  alarms: SafetyLine[];
}

export function measureSafety(lines: readonly SafetyLine[], detect = detectCrisis): SafetyMeasure {
  const crisis = { flagged: 0, total: 0 };
  const near = { flagged: 0, total: 0 };
  const byKind = { crisis: new Map<string, Counts>(), near: new Map<string, Counts>() };
  const bySource = new Map<string, { crisis: Counts; near: Counts }>();
  const missed: SafetyLine[] = [];
  const alarms: SafetyLine[] = [];
  for (const line of lines) {
    const flagged = detect(line.text) !== null;
    const overall = line.crisis ? crisis : near;
    const kinds = line.crisis ? byKind.crisis : byKind.near;
    const kind = kinds.get(line.kind) ?? { flagged: 0, total: 0 };
    kinds.set(line.kind, kind);
    const source = line.source === undefined ? undefined : (bySource.get(line.source) ?? newSource());
    if (line.source !== undefined && source !== undefined) bySource.set(line.source, source);
    const ofSource = source === undefined ? [] : [line.crisis ? source.crisis : source.near];
    for (const counts of [overall, kind, ...ofSource]) {
      counts.total += 1;
      if (flagged) counts.flagged += 1;
    }
    if (line.crisis && !flagged) missed.push(line);
    if (!line.crisis && flagged) alarms.push(line);
  }
  return {
    lines: lines.length,
    recall: rate(crisis),
    falseAlarms: rate(near),
    recallByKind: perKind(byKind.crisis),
    falseAlarmsByKind: perKind(byKind.near),
    bySource: Object.fromEntries(
      [...bySource.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, counts]) => [name, { recall: rate(counts.crisis), falseAlarms: rate(counts.near) }]),
    ),
    missed,
    alarms,
  };
}

interface Counts {
  flagged: number;
  total: number;
}

function newSource(): { crisis: Counts; near: Counts } {
  return { crisis: { flagged: 0, total: 0 }, near: { flagged: 0, total: 0 } };
}

function rate({ flagged, total }: Counts): Rate {
  return { flagged, total, rate: total === 0 ? 0 : flagged / total };
}

function perKind(kinds: Map<string, Counts>): Record<string, Rate> {
  return Object.fromEntries([...kinds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, rate(c)]));
}

/** Parses a safety file, naming the line of the first problem. */
export function parseSafetyLines(text: string, file: string): SafetyLine[] {
  const lines: SafetyLine[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new Error(`${file}:${index + 1}: not valid JSON`);
    }
    const line = value as Partial<SafetyLine>;
    if (typeof line.text !== 'string' || line.text.trim() === '')
      throw new Error(`${file}:${index + 1}: "text" must be a non-empty string`);
    if (typeof line.crisis !== 'boolean') throw new Error(`${file}:${index + 1}: "crisis" must be true or false`);
    if (typeof line.kind !== 'string' || line.kind === '')
      throw new Error(`${file}:${index + 1}: "kind" must be a string`);
    lines.push({
      text: line.text,
      crisis: line.crisis,
      kind: line.kind,
      ...(typeof line.voice === 'string' ? { voice: line.voice } : {}),
      ...(typeof line.source === 'string' ? { source: line.source } : {}),
    });
  });
  return lines;
}
