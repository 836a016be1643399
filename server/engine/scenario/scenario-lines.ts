// Every line in a scenario document with its field path, read from the raw YAML data (before or
// after validation), so the checker can point at a line as the writer wrote it:
// `lines.anger.high.neutral[2]`, `questions[3].answered.honest[0]`.
import { EMOTIONS, LABELS } from '../types.js';

export type PathSegment = string | number;

export interface PathLine {
  path: PathSegment[];
  text: string;
  /** The question this line asks (`asks:`), if any. */
  asks?: string;
  /** The length of reply it answers (`after:`), if written. */
  after?: string;
}

export function formatPath(path: PathSegment[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out ? `${out}.${segment}` : segment;
  }, '');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every line the partner can say, in file order. */
export function partnerLinesOf(data: Record<string, unknown>): PathLine[] {
  const out: PathLine[] = [];
  const texts = (path: PathSegment[], list: unknown) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      if (typeof entry === 'string') out.push({ path: [...path, index], text: entry });
      else if (isRecord(entry) && typeof entry.line === 'string')
        out.push({
          path: [...path, index, 'line'],
          text: entry.line,
          ...(typeof entry.asks === 'string' ? { asks: entry.asks } : {}),
          ...(typeof entry.after === 'string' ? { after: entry.after } : {}),
        });
    });
  };
  texts(['opening'], data.opening);
  const lines = isRecord(data.lines) ? data.lines : {};
  for (const emotion of EMOTIONS) {
    const cell = isRecord(lines[emotion]) ? lines[emotion] : {};
    const high = isRecord(cell.high) ? cell.high : {};
    for (const label of LABELS) texts(['lines', emotion, 'high', label], high[label]);
    for (const label of LABELS) texts(['lines', emotion, label], cell[label]);
  }
  eachRecord(data.facts, (fact, index) => texts(['facts', index, 'heard'], fact.heard));
  eachRecord(data.questions, (question, index) => {
    const path = ['questions', index];
    texts([...path, 'ask'], question.ask);
    const answered = isRecord(question.answered) ? question.answered : {};
    texts([...path, 'answered', 'honest'], answered.honest);
    texts([...path, 'answered', 'excused'], answered.excused);
    texts([...path, 'dodged'], question.dodged);
  });
  eachRecord(data.beats, (beat, index) => {
    if (typeof beat.line === 'string')
      out.push({
        path: ['beats', index, 'line'],
        text: beat.line,
        ...(typeof beat.asks === 'string' ? { asks: beat.asks } : {}),
      });
  });
  const whenAsked = isRecord(data.when_asked) ? data.when_asked : {};
  for (const emotion of EMOTIONS) texts(['when_asked', emotion], whenAsked[emotion]);
  texts(['gives_up'], data.gives_up);
  const endings = isRecord(data.endings) ? data.endings : {};
  for (const kind of ['repaired', 'shutdown', 'withdrawn']) texts(['endings', kind], endings[kind]);
  return out;
}

/** Partner lines, then the hints (replies the user may send), then the true answers. */
export function everyLineOf(data: Record<string, unknown>): PathLine[] {
  const out = partnerLinesOf(data);
  const hints = isRecord(data.hints) ? data.hints : {};
  for (const emotion of EMOTIONS) {
    const list = hints[emotion];
    if (Array.isArray(list))
      list.forEach((text, index) => {
        if (typeof text === 'string') out.push({ path: ['hints', emotion, index], text });
      });
  }
  return out;
}

export function eachRecord(list: unknown, visit: (item: Record<string, unknown>, index: number) => void): void {
  if (Array.isArray(list))
    list.forEach((item, index) => {
      if (isRecord(item)) visit(item, index);
    });
}
