// The shape of a scenario file (scenarios/FORMAT.md, format 2). Field names stay as the YAML
// spells them (snake_case) so a counsellor reading an error sees the name they typed.
// What a schema cannot say (ids that must exist, slots, repeated lines, true answers the engine
// must recognise) is checked in scenario-rules.ts.
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { EMOTIONS, LABELS, QUESTION_KINDS } from '../types.js';

export const SCENARIO_FORMATS = [2] as const;
export const CURRENT_FORMAT = 2;

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

/** At this intensity and above, a cell's `high` lines are said first. */
export const HIGH_INTENSITY = 70;

/** The user's own words kept for quoting (an answer, a promise, a disclosure) are cut to this. */
export const MAX_QUOTE_LENGTH = 200;

export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const Id = Type.String({ pattern: ID_PATTERN });
const Line = Type.String({ minLength: 1 });
const Lines = (minItems: number) => Type.Array(Line, { minItems });
const Emotion = Type.Enum([...EMOTIONS]);

/** What a reaction line answers, when it fits only one length of reply (see REPLY_LENGTH). */
export const REPLY_LENGTHS = ['short', 'long'] as const;
/**
 * A line with more to it than its words: `asks`, the scenario question it asks; `after`, the length
 * of reply it answers ("Talk to me." fits "ok", not a paragraph; "I don't need a speech." the other
 * way round). `after` is read on reaction lines (`lines:`) only.
 */
const After = Type.Enum([...REPLY_LENGTHS]);
const AskingLine = Type.Object({ line: Line, asks: Id, after: Type.Optional(After) }, { additionalProperties: false });
const LengthLine = Type.Object({ line: Line, after: After }, { additionalProperties: false });
/** A partner line: plain text, `{ line, asks, after? }` or `{ line, after }`. */
const Said = Type.Union([Line, AskingLine, LengthLine]);
const SaidLines = (minItems: number) => Type.Array(Said, { minItems });

type LabelMap<T> = Record<(typeof LABELS)[number], T>;
const byLabel = <T>(make: () => T): LabelMap<T> =>
  Object.fromEntries(LABELS.map((label) => [label, make()])) as LabelMap<T>;

/** Lines said at high intensity (70+), before the ordinary ones. */
const HighLines = Type.Object(
  byLabel(() => SaidLines(3)),
  { additionalProperties: false },
);

/** Lines for one emotion: one list per label of the reply they answer, and the high-intensity ones. */
const EmotionLinesWithHigh = Type.Object(
  { ...byLabel(() => SaidLines(5)), high: HighLines },
  { additionalProperties: false },
);
const EmotionLinesMaybeHigh = Type.Object(
  { ...byLabel(() => SaidLines(5)), high: Type.Optional(HighLines) },
  { additionalProperties: false },
);

const Fact = Type.Object(
  {
    id: Id,
    text: Line,
    mentions: Type.Array(Type.String({ minLength: 2 }), { minItems: 1 }),
    heard: Type.Optional(Lines(1)),
  },
  { additionalProperties: false },
);

const Question = Type.Object(
  {
    id: Id,
    kind: Type.Enum([...QUESTION_KINDS]),
    about: Type.Optional(Id),
    /** The question in a few words, for the feedback: "whether you took money out of the deposit account". */
    gist: Type.Optional(Type.String({ minLength: 3, maxLength: 120 })),
    ask: Lines(1),
    answer: Type.String({ minLength: 1, maxLength: MAX_QUOTE_LENGTH }),
    answered: Type.Object({ honest: Lines(2), excused: Lines(2) }, { additionalProperties: false }),
    dodged: Lines(2),
    follow_up: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const BEAT_CONDITIONS = ['trust_at_least', 'good_streak', 'bad_streak'] as const;

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
    id: Id,
    at: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    when: Type.Optional(BeatCondition),
    after_disclosed: Type.Optional(Id),
    unless_disclosed: Type.Optional(Id),
    after_promise: Type.Optional(Type.Literal(true)),
    asks: Type.Optional(Id),
    line: Line,
    emotion: Emotion,
    intensity: Type.Integer({ minimum: -50, maximum: 50 }),
    trust: Type.Integer({ minimum: -50, maximum: 50 }),
  },
  { additionalProperties: false },
);

export const ScenarioSchema = Type.Object(
  {
    format: Type.Literal(2),
    id: Id,
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
        withdraw_after: Type.Integer({ minimum: 3, maximum: 12 }),
      },
      { additionalProperties: false },
    ),
    facts: Type.Array(Fact, { minItems: 6 }),
    questions: Type.Array(Question, { minItems: 8 }),
    opening: SaidLines(3),
    lines: Type.Object(
      {
        // Anger and sadness are where intensity shows most: they must have their high lines.
        anger: EmotionLinesWithHigh,
        sadness: EmotionLinesWithHigh,
        numbness: EmotionLinesMaybeHigh,
        confusion: EmotionLinesMaybeHigh,
      },
      { additionalProperties: false },
    ),
    beats: Type.Optional(Type.Array(Beat)),
    // What the partner says when a reply asks about them ("What hurts most right now?"), by emotion.
    when_asked: Type.Optional(
      Type.Object(
        Object.fromEntries(EMOTIONS.map((emotion) => [emotion, Lines(2)])) as Record<
          (typeof EMOTIONS)[number],
          ReturnType<typeof Lines>
        >,
        { additionalProperties: false },
      ),
    ),
    gives_up: Lines(3),
    endings: Type.Object(
      { repaired: Lines(2), shutdown: Lines(2), withdrawn: Lines(2) },
      { additionalProperties: false },
    ),
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

/** A valid scenario. The engine reads `high` lines as optional everywhere (only the file must have them). */
export type Scenario = Omit<Static<typeof ScenarioSchema>, 'lines'> & {
  lines: Record<(typeof EMOTIONS)[number], EmotionLines>;
};
export type EmotionLines = Static<typeof EmotionLinesMaybeHigh>;
export type Beat = Static<typeof Beat>;
export type Fact = Static<typeof Fact>;
export type Question = Static<typeof Question>;
export type SaidLine = Static<typeof Said>;
export type ReplyLength = (typeof REPLY_LENGTHS)[number];
export type Betrayal = (typeof BETRAYALS)[number];
export type EndingKind = keyof Scenario['endings'];

/** Compiled once: validating a scenario is a hot path only in tests, but there are many tests. */
export const scenarioValidator = Compile(ScenarioSchema);
