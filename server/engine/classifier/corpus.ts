// The project's own labeled corpus: one JSON object per line (format in CORPUS.md beside the
// files). Parsing is pure; reading the files is the caller's business (the train and eval commands).
import { EMOTIONS, type Emotion, LABELS, type Label, QUESTION_KINDS, type QuestionKind } from '../types.js';

/** What the partner's line asks: one of the ten kinds, or not a request for information. */
export type QuestionTag = QuestionKind | 'rhetorical' | 'everyday' | 'none' | 'info';
const QUESTION_TAGS: readonly string[] = [...QUESTION_KINDS, 'rhetorical', 'everyday', 'none', 'info'];

export interface LabeledPart {
  text: string;
  label: Label;
}

export interface LabeledReply {
  text: string;
  partner?: string;
  label: Label;
  emotion?: Emotion;
  signals?: string[];
  question?: QuestionTag;
  betrayal?: string;
  voice?: string;
  /** A multi-sentence reply's sentences with their own labels; joined with spaces they are `text`. */
  parts?: LabeledPart[];
  /** Which file (writer's batch) it came from. */
  batch?: string;
}

export function parseLabeledLines(jsonl: string, source: string): LabeledReply[] {
  const items: LabeledReply[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const at = `${source}:${i + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${at}: not valid JSON`);
    }
    if (typeof row.text !== 'string' || !LABELS.includes(row.label as Label)) {
      throw new Error(`${at}: each line needs "text" and a "label" of ${LABELS.join(', ')}`);
    }
    const emotion = EMOTIONS.includes(row.emotion as Emotion) ? (row.emotion as Emotion) : undefined;
    const question = QUESTION_TAGS.includes(row.question as string) ? (row.question as QuestionTag) : undefined;
    const parts = partsOf(row.parts, row.text, at);
    items.push({
      text: row.text,
      label: row.label as Label,
      ...(typeof row.partner === 'string' && row.partner ? { partner: row.partner } : {}),
      ...(emotion ? { emotion } : {}),
      ...(Array.isArray(row.signals) ? { signals: row.signals as string[] } : {}),
      ...(question ? { question } : {}),
      ...(typeof row.betrayal === 'string' ? { betrayal: row.betrayal } : {}),
      ...(typeof row.voice === 'string' ? { voice: row.voice } : {}),
      ...(parts ? { parts } : {}),
    });
  });
  return items;
}

function partsOf(value: unknown, text: string, at: string): LabeledPart[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new Error(`${at}: "parts" must be a list`);
  const parts = value.map((p: { text?: unknown; label?: unknown }) => {
    if (typeof p?.text !== 'string' || !LABELS.includes(p.label as Label)) {
      throw new Error(`${at}: each part needs "text" and a "label"`);
    }
    return { text: p.text, label: p.label as Label };
  });
  if (parts.map((p) => p.text).join(' ') !== text)
    throw new Error(`${at}: the parts joined with spaces must be the text`);
  return parts;
}

/** Whether a tag asks for information (one of the ten kinds, or dev-context's "info"). */
export function asksForInformation(tag: QuestionTag | undefined): boolean {
  return tag !== undefined && tag !== 'rhetorical' && tag !== 'everyday' && tag !== 'none';
}
