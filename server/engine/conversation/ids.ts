// Typed ids for what a scenario names: the compiler keeps a fact id from being passed where a
// question id belongs. At run time they are the plain strings written in the YAML.
import type { Emotion, Label } from '../types.js';

export type FactId = string & { readonly kind: 'fact' };
export type QuestionId = string & { readonly kind: 'question' };
export type BeatId = string & { readonly kind: 'beat' };

export const factId = (id: string) => id as FactId;
export const questionId = (id: string) => id as QuestionId;
export const beatId = (id: string) => id as BeatId;

/** Which reaction lines of a cell: the high-intensity ones or the ordinary ones. */
export type Band = 'high' | 'normal';
export type EndingKind = 'repaired' | 'shutdown' | 'withdrawn';
export type AnswerKind = 'honest' | 'excused';

/**
 * Every line a partner can say has one id, built here and never split apart again: the snapshot
 * keeps the ids of the lines already said so none comes back too soon.
 */
export type LineId =
  | `opening.${number}`
  | `lines.${Emotion}.${Band}.${Label}.${number}`
  | `question.${string}.ask.${number}`
  | `question.${string}.${AnswerKind}.${number}`
  | `question.${string}.dodged.${number}`
  | `fact.${string}.heard.${number}`
  | `beat.${string}`
  | `gives-up.${number}`
  | `when-asked.${Emotion}.${number}`
  | `ending.${EndingKind}.${number}`;

export const lineIds = {
  opening: (n: number): LineId => `opening.${n}`,
  reaction: (emotion: Emotion, band: Band, label: Label, n: number): LineId => `lines.${emotion}.${band}.${label}.${n}`,
  ask: (question: QuestionId, n: number): LineId => `question.${question}.ask.${n}`,
  answered: (question: QuestionId, kind: AnswerKind, n: number): LineId => `question.${question}.${kind}.${n}`,
  dodged: (question: QuestionId, n: number): LineId => `question.${question}.dodged.${n}`,
  heard: (fact: FactId, n: number): LineId => `fact.${fact}.heard.${n}`,
  beat: (beat: BeatId): LineId => `beat.${beat}`,
  givesUp: (n: number): LineId => `gives-up.${n}`,
  whenAsked: (emotion: Emotion, n: number): LineId => `when-asked.${emotion}.${n}`,
  ending: (kind: EndingKind, n: number): LineId => `ending.${kind}.${n}`,
};
