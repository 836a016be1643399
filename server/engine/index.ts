// The engine's public API: adapters (HTTP, WebSocket, storage, CLI) import only from here.
// (Training the classifier goes through training.ts, which does not load the trained model.)
// Pure TypeScript, no I/O. The contract as clients see it is server/api-contract.ts (docs/api.md).

export { buildReport, listeningScore, type PrincipleMark, type Report, type ReportInput } from './build-report.js';
export { classifyReply, classifyWith, EmptyReplyError, TRAINED_CALIBRATION } from './classifier/classify-reply.js';
export {
  type EvaluationReport,
  emptyConfusion,
  evaluate,
  type Misclassified,
  type Scored,
  summarize,
} from './classifier/evaluate.js';
export { type CompiledModel, compileModel, type ModelArtifact } from './classifier/linear-model.js';
export {
  type AutoplayOptions,
  type AutoplayRun,
  autoplay,
  fromList,
  PLAYERS,
  type Player,
  type PlayerName,
  playerNamed,
} from './conversation/autoplay.js';
export {
  addRun,
  commonestSentence,
  emptyFigures,
  firstSeeds,
  NO_REPEAT_WITHIN,
  problemsIn,
  type SweepFigures,
  sweep,
} from './conversation/autoplay-checks.js';
export type { ConversationState } from './conversation/conversation-state.js';
export type { BeatId, FactId, LineId, QuestionId } from './conversation/ids.js';
export { type PartnerTuning, tuningFor } from './difficulty.js';
export { feedbackFor } from './feedback/feedback-for.js';
export {
  type PlayerSpread,
  SPREAD_PLAYERS,
  type SpreadFigures,
  type SpreadPlayer,
  STOCK_PHRASE_SHARE,
  spreadOf,
} from './feedback/suggestion-spread.js';
export { hintFor } from './hint-for.js';
export { checkIn } from './safety/check-in.js';
export {
  CRISIS_LINES,
  CRISIS_REGIONS,
  type CrisisLine,
  crisisLinesFor,
  describeCrisisLine,
  knownRegion,
  regionOfLocale,
} from './safety/crisis-lines.js';
export { type CrisisReading, crisisModelSummary, detectCrisis, readForCrisis } from './safety/detect-crisis.js';
export {
  measureSafety,
  parseSafetyLines,
  type Rate,
  type SafetyLine,
  type SafetyMeasure,
} from './safety/measure-safety.js';
export { NOT_REPEATED, withoutCrisisWords } from './safety/paused-turn-words.js';
export {
  NoCheckInPendingError,
  pendingPause,
  refuseWhilePaused,
  SafetyCheckInRequiredError,
} from './safety/safety-pause.js';
export {
  fieldLocator,
  formatPath,
  parseScenario,
  ScenarioError,
  type ScenarioProblem,
} from './scenario/parse-scenario.js';
export {
  type RepetitionProblem,
  repetitionProblems,
  STOCK_PHRASE_LIMIT,
  STOCK_PHRASE_WORDS,
} from './scenario/repetition-report.js';
export type { Beat, Betrayal, Fact, Question, SaidLine, Scenario } from './scenario/scenario-schema.js';
export {
  BETRAYALS,
  CURRENT_FORMAT,
  HIGH_INTENSITY,
  PRONOUNS,
  SCENARIO_FORMATS,
  ScenarioSchema,
} from './scenario/scenario-schema.js';
export { whatYouDid } from './scenario/what-you-did.js';
export {
  asksForInformation,
  type LabeledReply,
  parseLabeledLines,
  type QuestionTag,
  stratifiedFolds,
  trainModel,
  trainUncalibrated,
} from './training.js';
export {
  type EngineSession,
  endSession,
  fillSlots,
  type PendingQuestionView,
  pendingQuestionOf,
  restoreSession,
  SessionEndedError,
  type SessionSnapshot,
  SNAPSHOT_VERSION,
  SnapshotVersionError,
  type StartOptions,
  startSession,
  type TurnOptions,
  takeTurn,
} from './turn-engine.js';
export * from './types.js';
