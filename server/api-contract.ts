// The HTTP + WebSocket contract every client relies on: TypeBox schemas (the server validates
// requests and serializes responses with them) and the TypeScript types derived from them.
// Clients import this file, so it imports nothing but TypeBox and the engine's plain vocabulary.
// Extend it (new optional fields, new frame types), never break it.
import Type, { type Static } from 'typebox';
// biome-ignore lint/style/noRestrictedImports: a type only; through index.ts the client's type-check would take in the whole engine
import type { Report as EngineReport } from './engine/build-report.js';
import type { CrisisLine as EngineCrisisLine } from './engine/safety/crisis-lines.js';
import type * as Engine from './engine/types.js';
import {
  CHECK_INS,
  DIFFICULTIES,
  EMOTIONS,
  LABELS,
  PRINCIPLES,
  QUESTION_KINDS,
  SAFETY_KINDS,
  SESSION_STATUSES,
  SIGNALS,
} from './engine/types.js';

export const MAX_REPLY_LENGTH = 2000;
export const MAX_REQUEST_ID_LENGTH = 128;
/** A client must send its hello frame within this many milliseconds. */
export const HELLO_TIMEOUT_MS = 5000;
/** WebSocket close codes besides the standard 1001 (server going away). */
export const WS_CLOSE = {
  goingAway: 1001,
  /** Too many connections from one address are waiting to say hello: wait, then connect again. */
  tryAgainLater: 1013,
  unauthorized: 4401,
  sessionDeleted: 4404,
  /** The store cannot answer right now: the session is fine, reconnect later. */
  storeUnavailable: 4503,
} as const;

// ---------------------------------------------------------------------------------------------
// The engine's data, as it crosses the wire
// ---------------------------------------------------------------------------------------------
export const LabelSchema = Type.Enum(LABELS);
export const EmotionSchema = Type.Enum(EMOTIONS);
export const SignalSchema = Type.Enum(SIGNALS as readonly Engine.Signal[]);
export const PrincipleSchema = Type.Enum(PRINCIPLES);
export const DifficultySchema = Type.Enum(DIFFICULTIES);
export const SessionStatusSchema = Type.Enum(SESSION_STATUSES);

export const QuestionKindSchema = Type.Enum(QUESTION_KINDS);

/** The scenario question a partner's line asks: the next reply answers or dodges it. */
export const AskedQuestionSchema = Type.Object({ id: Type.String(), kind: QuestionKindSchema });

export const PartnerViewSchema = Type.Object({
  emotion: EmotionSchema,
  intensity: Type.Number(),
  trust: Type.Number(),
  line: Type.String(),
  asks: Type.Optional(AskedQuestionSchema),
});

/** What the partner took from a reply: the question it answered or dodged (ids), the facts it told (ids). */
export const UnderstoodSchema = Type.Object({
  answered: Type.Optional(Type.String()),
  dodged: Type.Optional(Type.String()),
  toldOtherwise: Type.Optional(Type.Literal(true)),
  disclosed: Type.Array(Type.String()),
});

export const EvidenceSchema = Type.Object({
  signal: SignalSchema,
  text: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
});

export const ClassificationSchema = Type.Object({
  label: LabelSchema,
  confidence: Type.Number(),
  signals: Type.Array(SignalSchema),
  evidence: Type.Array(EvidenceSchema),
  question: Type.Optional(
    Type.Object({
      kind: QuestionKindSchema,
      response: Type.Enum(['answered', 'unanswered', 'evaded'] as const),
    }),
  ),
  parts: Type.Optional(
    Type.Array(
      Type.Object({
        start: Type.Integer(),
        end: Type.Integer(),
        label: LabelSchema,
        signals: Type.Array(SignalSchema),
      }),
    ),
  ),
});

export const FeedbackSchema = Type.Object({
  principle: PrincipleSchema,
  kept: Type.Boolean(),
  summary: Type.String(),
  suggestion: Type.String(),
});

export const SafetyNoticeSchema = Type.Object({
  kind: Type.Enum(SAFETY_KINDS),
  /** The harm was threatened to make the partner stay or keep quiet ("if you leave I'll..."). */
  leverage: Type.Optional(Type.Boolean()),
  message: Type.String(),
  resources: Type.Array(Type.String()),
});

/** The latest crisis pause of a session; while `checkIn` is absent, replies wait for a check-in. */
export const SafetyPauseSchema = Type.Object({
  pausedAt: Type.Integer({ minimum: 1 }),
  kind: Type.Enum(SAFETY_KINDS),
  checkIn: Type.Optional(Type.Enum(CHECK_INS)),
});

/** An emergency or crisis line (server/engine/safety/crisis-lines.json). */
export const CrisisLineSchema = Type.Object({
  region: Type.String(),
  name: Type.String(),
  number: Type.String(),
  text: Type.Optional(Type.String()),
  textOnly: Type.Optional(Type.Boolean()),
  chat: Type.Optional(Type.String()),
  for: Type.String(),
  kinds: Type.Array(Type.Enum(SAFETY_KINDS)),
  source: Type.String(),
  checked: Type.String(),
});

export const TurnSchema = Type.Object({
  index: Type.Integer({ minimum: 1 }),
  reply: Type.String(),
  classification: ClassificationSchema,
  feedback: FeedbackSchema,
  partner: PartnerViewSchema,
  status: SessionStatusSchema,
  hinted: Type.Optional(Type.Boolean()),
  safety: Type.Optional(SafetyNoticeSchema),
  /** Absent on turns stored before the partner understood replies. */
  understood: Type.Optional(UnderstoodSchema),
});

export const ReportSchema = Type.Object({
  status: SessionStatusSchema,
  turns: Type.Integer(),
  counts: Type.Record(LabelSchema, Type.Integer()),
  score: Type.Number(),
  principles: Type.Array(
    Type.Object({
      principle: PrincipleSchema,
      kept: Type.Integer(),
      broken: Type.Integer(),
      mark: Type.Enum(['kept', 'mixed', 'broken', 'untested'] as const),
    }),
  ),
  trajectory: Type.Array(
    Type.Object({
      turn: Type.Integer(),
      emotion: EmotionSchema,
      intensity: Type.Number(),
      trust: Type.Number(),
    }),
  ),
  moments: Type.Array(Type.Object({ turn: Type.Integer(), why: Type.String() })),
  best: Type.Array(Type.Object({ turn: Type.Integer(), reply: Type.String(), label: LabelSchema })),
});

export type PartnerView = Static<typeof PartnerViewSchema>;
export type Turn = Static<typeof TurnSchema>;
export type Report = Static<typeof ReportSchema>;

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------
export const ERROR_CODES = [
  'bad_request',
  'bad_url',
  'bad_json',
  'body_too_large',
  'unsupported_media_type',
  'not_found',
  'upgrade_required',
  'request_timeout',
  'rate_limited',
  'unknown_scenario',
  'session_not_found',
  'empty_reply',
  'reply_too_long',
  'session_ended',
  'safety_check_in_required',
  'no_check_in_pending',
  'bad_turn',
  'turn_conflict',
  'scenario_unavailable',
  'shutting_down',
  'store_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorBodySchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});
export type ErrorBody = { error: { code: ErrorCode; message: string } };

export const HealthSchema = Type.Object({ status: Type.Literal('ok') });

export const ScenarioSummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  betrayal: Type.String(),
  partner: Type.Object({ name: Type.String() }),
  /** What the user did, in the scenario's words: the facts the partner's questions are about. */
  whatYouDid: Type.Array(Type.String()),
});
export const ScenarioListSchema = Type.Array(ScenarioSummarySchema);
export type ScenarioSummary = Static<typeof ScenarioSummarySchema>;

/** Path parameter of every `/api/sessions/:id/...` route. */
export const SessionParamsSchema = Type.Object({ id: Type.String({ maxLength: 200 }) });

/**
 * An idempotency key: visible ASCII only (no spaces, no control characters such as U+0000, which
 * PostgreSQL cannot store), so it is the same key in every store and every header.
 */
export const REQUEST_ID_PATTERN = '^[\\x21-\\x7E]+$';
const RequestIdSchema = Type.String({ minLength: 1, maxLength: MAX_REQUEST_ID_LENGTH, pattern: REQUEST_ID_PATTERN });

// Request bodies list their fields and drop any others (additionalProperties: false with the
// server's removeAdditional), so an unknown field can never change what a request does.
export const CreateSessionBodySchema = Type.Object(
  {
    scenarioId: Type.String({ minLength: 1, maxLength: 200 }),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 32 - 1 })),
    difficulty: Type.Optional(DifficultySchema),
  },
  { additionalProperties: false },
);
export type CreateSessionBody = Static<typeof CreateSessionBodySchema>;

export const SessionViewSchema = Type.Object({
  id: Type.String(),
  scenarioId: Type.String(),
  scenarioTitle: Type.String(),
  partnerName: Type.String(),
  /** What the user did (the scenario's facts), to read before and while answering. */
  whatYouDid: Type.Array(Type.String()),
  /** The session this one was rewound from, if any. */
  parentId: Type.Union([Type.String(), Type.Null()]),
  seed: Type.Integer(),
  difficulty: DifficultySchema,
  status: SessionStatusSchema,
  /** How the partner opened (turn 0). */
  opening: PartnerViewSchema,
  /** The partner now: the latest line and state. */
  partner: PartnerViewSchema,
  turns: Type.Array(TurnSchema),
  createdAt: Type.String(),
  /** The latest crisis pause, if there was one (see POST /api/sessions/:id/check-in). */
  safety: Type.Optional(SafetyPauseSchema),
});
export type SessionView = Static<typeof SessionViewSchema>;

/** Returned once, when a session is created (or rewound): the token is never shown again. */
export const CreatedSessionSchema = Type.Intersect([SessionViewSchema, Type.Object({ token: Type.String() })]);
export type CreatedSession = SessionView & { token: string };

export const ReplyBodySchema = Type.Object(
  {
    text: Type.String(),
    /** True when the text came from a hint the user asked for. */
    hinted: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ReplyBody = Static<typeof ReplyBodySchema>;

export const ReplyHeadersSchema = Type.Object({
  'idempotency-key': Type.Optional(RequestIdSchema),
});

export const TurnResultSchema = Type.Object({
  turn: TurnSchema,
  status: SessionStatusSchema,
  partner: PartnerViewSchema,
});
export type TurnResult = Static<typeof TurnResultSchema>;

export const RewindBodySchema = Type.Object(
  { turn: Type.Integer({ minimum: -(2 ** 31), maximum: 2 ** 31 }) },
  { additionalProperties: false },
);
export type RewindBody = Static<typeof RewindBodySchema>;

export const HintResultSchema = Type.Object({ hint: Type.String() });
export type HintResult = Static<typeof HintResultSchema>;

/** `status` is "ended" when this call ended the session, or how it had already ended. */
export const EndResultSchema = Type.Object({ status: SessionStatusSchema, report: ReportSchema });
export type EndResult = Static<typeof EndResultSchema>;

/** "I'm safe and want to keep practising" (continue) or "I need help now" (help: the practice ends). */
export const CheckInBodySchema = Type.Object(
  {
    choice: Type.Enum(CHECK_INS),
    /** Where the person is (GB, IE, US, CA, AU, NZ), for the lines in the answer. */
    region: Type.Optional(Type.String({ maxLength: 16 })),
  },
  { additionalProperties: false },
);
export type CheckInBody = Static<typeof CheckInBodySchema>;

export const CheckInResultSchema = Type.Object({
  status: SessionStatusSchema,
  safety: SafetyPauseSchema,
  /** The region's emergency and crisis lines for the pause's kind (empty: a region we have none for). */
  lines: Type.Array(CrisisLineSchema),
});
export type CheckInResult = Static<typeof CheckInResultSchema>;

export const CrisisLinesQuerySchema = Type.Object({
  region: Type.Optional(Type.String({ maxLength: 16 })),
  kind: Type.Optional(Type.Enum(SAFETY_KINDS)),
});
export const CrisisLinesResultSchema = Type.Object({
  /** The region the lines are for, or null when there are none for the one asked (or none asked). */
  region: Type.Union([Type.String(), Type.Null()]),
  lines: Type.Array(CrisisLineSchema),
  /** Every region with lines of its own, code -> name. */
  regions: Type.Record(Type.String(), Type.String()),
});
export type CrisisLinesResult = Static<typeof CrisisLinesResultSchema>;

export const ExportQuerySchema = Type.Object({
  format: Type.Optional(Type.Enum(['json', 'markdown'] as const)),
});

export const TranscriptExportSchema = Type.Object({
  format: Type.Literal('mend-transcript'),
  version: Type.Literal(1),
  notice: Type.String(),
  exportedAt: Type.String(),
  session: SessionViewSchema,
  report: ReportSchema,
});
export type TranscriptExport = Static<typeof TranscriptExportSchema>;

export const ClassifyBodySchema = Type.Object(
  {
    text: Type.String(),
    /** The partner's line the text answers, if any. */
    partner: Type.Optional(Type.String({ maxLength: MAX_REPLY_LENGTH })),
    emotion: Type.Optional(EmotionSchema),
  },
  { additionalProperties: false },
);
export type ClassifyBody = Static<typeof ClassifyBodySchema>;

export const ClassifyResultSchema = Type.Object({
  classification: ClassificationSchema,
  feedback: FeedbackSchema,
});
export type ClassifyResult = Static<typeof ClassifyResultSchema>;

// ---------------------------------------------------------------------------------------------
// WebSocket `GET /api/sessions/:id/ws`
// Client frames may carry fields this version does not know: they are ignored.
// ---------------------------------------------------------------------------------------------
export const HelloFrameSchema = Type.Object({ type: Type.Literal('hello'), token: Type.String() });
export const ReplyFrameSchema = Type.Object({
  type: Type.Literal('reply'),
  text: Type.String(),
  requestId: Type.Optional(RequestIdSchema),
  hinted: Type.Optional(Type.Boolean()),
});
export const EndFrameSchema = Type.Object({ type: Type.Literal('end') });
/** The safety check-in over the socket: every socket on the session then gets a `checked-in` frame. */
export const CheckInFrameSchema = Type.Object({ type: Type.Literal('check-in'), choice: Type.Enum(CHECK_INS) });
export const ClientFrameSchema = Type.Union([HelloFrameSchema, ReplyFrameSchema, EndFrameSchema, CheckInFrameSchema]);
export type HelloFrame = Static<typeof HelloFrameSchema>;
export type ReplyFrame = Static<typeof ReplyFrameSchema>;
export type EndFrame = Static<typeof EndFrameSchema>;
export type CheckInFrame = Static<typeof CheckInFrameSchema>;
export type ClientFrame = Static<typeof ClientFrameSchema>;

export const SessionFrameSchema = Type.Object({ type: Type.Literal('session'), session: SessionViewSchema });
export const TurnFrameSchema = Type.Object({
  type: Type.Literal('turn'),
  requestId: Type.Optional(Type.String()),
  turn: TurnSchema,
  status: SessionStatusSchema,
  partner: PartnerViewSchema,
});
export const ReportFrameSchema = Type.Object({ type: Type.Literal('report'), report: ReportSchema });
export const CheckedInFrameSchema = Type.Object({
  type: Type.Literal('checked-in'),
  status: SessionStatusSchema,
  safety: SafetyPauseSchema,
});
export const ErrorFrameSchema = Type.Object({
  type: Type.Literal('error'),
  code: Type.String(),
  message: Type.String(),
  requestId: Type.Optional(Type.String()),
});
export const ServerFrameSchema = Type.Union([
  SessionFrameSchema,
  TurnFrameSchema,
  ReportFrameSchema,
  CheckedInFrameSchema,
  ErrorFrameSchema,
]);
export type SessionFrame = Static<typeof SessionFrameSchema>;
export type TurnFrame = Static<typeof TurnFrameSchema>;
export type ReportFrame = Static<typeof ReportFrameSchema>;
export type CheckedInFrame = Static<typeof CheckedInFrameSchema>;
export type ErrorFrame = Static<typeof ErrorFrameSchema> & { code: ErrorCode | 'bad_frame' | 'hello_required' };
export type ServerFrame = SessionFrame | TurnFrame | ReportFrame | CheckedInFrame | ErrorFrame;

// The wire types must stay interchangeable with the engine's own: this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertSame = <T extends true>(): T | undefined => undefined;
assertSame<Same<PartnerView, Engine.PartnerView>>();
assertSame<Same<Turn, Engine.Turn>>();
assertSame<Same<Report, EngineReport>>();
assertSame<Same<Static<typeof SafetyPauseSchema>, Engine.SafetyPause>>();
assertSame<Same<Static<typeof CrisisLineSchema>, EngineCrisisLine>>();
