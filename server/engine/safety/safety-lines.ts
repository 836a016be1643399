// A line of a safety file: the evaluation file (eval/safety.jsonl) and the training files
// (server/engine/safety/training/*.jsonl) share this shape.

/** One line of a safety file (eval/safety.jsonl, server/engine/safety/training/dev-examples.jsonl). */
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
