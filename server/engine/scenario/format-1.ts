// Format 1, the format before questions and facts: still read while scenario files are being
// rewritten, and upgraded in memory to a format-2 scenario that never asks anything. FORMAT.md
// ("From format 1") says what a writer adds by hand; the engine cannot invent facts or questions.
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { EMOTIONS, LABELS } from '../types.js';
import { BETRAYALS, ID_PATTERN, PRONOUNS, type Scenario } from './scenario-schema.js';

const Line = Type.String({ minLength: 1 });
const Lines = (minItems: number) => Type.Array(Line, { minItems });
const Emotion = Type.Enum([...EMOTIONS]);

const ReactionLines = Type.Object(
  Object.fromEntries(LABELS.map((label) => [label, Lines(3)])) as Record<
    (typeof LABELS)[number],
    ReturnType<typeof Lines>
  >,
  { additionalProperties: false },
);

const Beat = Type.Object(
  {
    id: Type.String({ pattern: ID_PATTERN }),
    at: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    when: Type.Optional(
      Type.Object(
        {
          trust_at_least: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
          good_streak: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
          bad_streak: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
        },
        { additionalProperties: false },
      ),
    ),
    line: Line,
    emotion: Emotion,
    intensity: Type.Integer({ minimum: -50, maximum: 50 }),
    trust: Type.Integer({ minimum: -50, maximum: 50 }),
  },
  { additionalProperties: false },
);

const Format1Schema = Type.Object(
  {
    format: Type.Literal(1),
    id: Type.String({ pattern: ID_PATTERN }),
    title: Type.String({ minLength: 1 }),
    summary: Type.String({ minLength: 1 }),
    betrayal: Type.Enum([...BETRAYALS]),
    partner: Type.Object(
      { name: Type.String({ minLength: 1 }), pronouns: Type.Enum([...PRONOUNS]) },
      { additionalProperties: false },
    ),
    slots: Type.Optional(Type.Record(Type.String(), Type.String({ minLength: 1 }))),
    start: Type.Object(
      {
        emotion: Emotion,
        intensity: Type.Integer({ minimum: 0, maximum: 100 }),
        trust: Type.Integer({ minimum: 0, maximum: 100 }),
      },
      { additionalProperties: false },
    ),
    tuning: Type.Object(
      {
        strain_limit: Type.Number({ minimum: 3, maximum: 12 }),
        repair_trust: Type.Integer({ minimum: 30, maximum: 95 }),
        volatility: Type.Number({ minimum: 0, maximum: 1 }),
      },
      { additionalProperties: false },
    ),
    opening: Lines(3),
    lines: Type.Object(
      Object.fromEntries(EMOTIONS.map((emotion) => [emotion, ReactionLines])) as Record<
        (typeof EMOTIONS)[number],
        typeof ReactionLines
      >,
      { additionalProperties: false },
    ),
    beats: Type.Optional(Type.Array(Beat)),
    endings: Type.Object({ repaired: Lines(2), shutdown: Lines(2) }, { additionalProperties: false }),
    hints: Type.Object(
      Object.fromEntries(EMOTIONS.map((emotion) => [emotion, Lines(2)])) as Record<
        (typeof EMOTIONS)[number],
        ReturnType<typeof Lines>
      >,
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const format1Validator = Compile(Format1Schema);

/** A format-1 partner withdraws after this many non-answers in a run (format 2 sets its own). */
const FORMAT_1_WITHDRAW_AFTER = 8;

/** A valid format-1 document as a format-2 scenario with no facts and no questions. */
export function upgradeFormat1(data: unknown): Scenario {
  const old = data as Static<typeof Format1Schema>;
  return {
    ...old,
    format: 2,
    tuning: { ...old.tuning, withdraw_after: FORMAT_1_WITHDRAW_AFTER },
    facts: [],
    questions: [],
    gives_up: [],
    // Format 1 had no withdrawal: the engine says a shutdown line when there is no withdrawn one.
    endings: { ...old.endings, withdrawn: [] },
  };
}
