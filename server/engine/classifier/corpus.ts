// The project's own labeled corpus: one JSON object per line. Parsing is pure; reading the files is
// the caller's business (the train and eval commands).
import { EMOTIONS, type Emotion, LABELS, type Label } from '../types.js';

export interface LabeledReply {
  text: string;
  partner?: string;
  label: Label;
  emotion?: Emotion;
  signals?: string[];
}

export function parseLabeledLines(jsonl: string, source: string): LabeledReply[] {
  const items: LabeledReply[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const row = JSON.parse(line) as Partial<LabeledReply>;
    if (typeof row.text !== 'string' || !LABELS.includes(row.label as Label)) {
      throw new Error(`${source}:${i + 1}: each line needs "text" and a "label" of ${LABELS.join(', ')}`);
    }
    const emotion = EMOTIONS.includes(row.emotion as Emotion) ? (row.emotion as Emotion) : undefined;
    items.push({
      text: row.text,
      label: row.label as Label,
      ...(row.partner ? { partner: row.partner } : {}),
      ...(emotion ? { emotion } : {}),
      ...(row.signals ? { signals: row.signals } : {}),
    });
  });
  return items;
}
