// The shape of a scenario file (scenarios/FORMAT.md, format 1). Field names stay as the YAML
// spells them (snake_case) so a counsellor reading an error sees the name they typed.
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { EMOTIONS, LABELS } from '../types.js';

export const SCENARIO_FORMATS = [1] as const;

export const BETRAYALS = [
  'affair',
  'emotional-affair',
  'secret-contact',
  'hidden-debt',
  'broken-promise',
  'relapse',
  'confided-secret',
  'lie',
] as const;

export const PRONOUNS = ['she/her', 'he/him', 'they/them'] as const;

const Line = Type.String({ minLength: 1 });
const Lines = (minItems: number) => Type.Array(Line, { minItems });
const Emotion = Type.Enum([...EMOTIONS]);

/** Lines for one emotion: one list per label of the reply being answered. */
const ReactionLines = Type.Object(
  Object.fromEntries(LABELS.map((label) => [label, Lines(3)])) as Record<
    (typeof LABELS)[number],
    ReturnType<typeof Lines>
  >,
  { additionalProperties: false },
);

const BeatCondition = Type.Object(
  {
    trust_at_least: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    good_streak: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
    bad_streak: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  },
  { additionalProperties: false },
);

const Beat = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    at: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    when: Type.Optional(BeatCondition),
    line: Line,
    emotion: Emotion,
    intensity: Type.Integer({ minimum: -50, maximum: 50 }),
    trust: Type.Integer({ minimum: -50, maximum: 50 }),
  },
  { additionalProperties: false },
);

export const ScenarioSchema = Type.Object(
  {
    format: Type.Integer(),
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
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

export type Scenario = Static<typeof ScenarioSchema>;
export type Beat = Static<typeof Beat>;
export type Betrayal = (typeof BETRAYALS)[number];

/** Compiled once: validating a scenario is a hot path only in tests, but there are many tests. */
export const scenarioValidator = Compile(ScenarioSchema);
