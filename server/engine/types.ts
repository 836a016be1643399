// The engine's vocabulary. Everything here is plain data so it can cross the
// HTTP/WebSocket/storage boundaries unchanged. Names follow ../shared/reply-taxonomy.md.

export const LABELS = ['validating', 'defensive', 'minimizing', 'neutral'] as const;
export type Label = (typeof LABELS)[number];

export const EMOTIONS = ['anger', 'sadness', 'numbness', 'confusion'] as const;
export type Emotion = (typeof EMOTIONS)[number];

export const SIGNALS_BY_SIDE = {
  validating: [
    'reflection',
    'feeling-named',
    'responsibility',
    'apology',
    'open-question',
    'patience',
    'transparency',
    'growth',
    'honest-answer',
  ],
  defensive: [
    'blame-shift',
    'justification',
    'counter-attack',
    'detail-correction',
    'denial',
    'self-pity',
    'stonewall',
    'evasion',
  ],
  minimizing: ['downplay', 'intent-excuse', 'agency-removal', 'rushing', 'non-apology', 'generalizing', 'dismissal'],
  // Taxonomy v2: an information-seeking question went unanswered, without a refusal.
  neutral: ['unanswered'],
} as const;
export type Side = keyof typeof SIGNALS_BY_SIDE;
export type Signal = (typeof SIGNALS_BY_SIDE)[Side][number];
export const SIGNALS: readonly Signal[] = [
  ...SIGNALS_BY_SIDE.validating,
  ...SIGNALS_BY_SIDE.defensive,
  ...SIGNALS_BY_SIDE.minimizing,
  ...SIGNALS_BY_SIDE.neutral,
];

/** What a partner's question asks for (taxonomy v2, "Replies to the partner's questions"). */
export const QUESTION_KINDS = [
  'yes-no',
  'who',
  'when',
  'where',
  'how-long',
  'how-much',
  'how-many',
  'why',
  'what',
  'any-more',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The question a partner's line asks, when the caller knows it (a scenario marks its questions). */
export interface QuestionContext {
  kind: QuestionKind;
  /** A scenario's question id, passed through untouched. */
  id?: string;
  /** The scenario fact the question is about. */
  about?: string;
}

/** How a reply met an information-seeking question in the partner's line. */
export type QuestionResponse = 'answered' | 'unanswered' | 'evaded';

/** Present when the partner's line asked an information-seeking question (not a rhetorical one). */
export interface QuestionReading {
  kind: QuestionKind;
  response: QuestionResponse;
}

/** One sentence (or clause run) of a long reply, judged on its own; offsets into the reply. */
export interface ReplyPart {
  start: number;
  end: number;
  label: Label;
  signals: Signal[];
}

/** A span of the original reply that triggered a signal; `text === reply.slice(start, end)`. */
export interface Evidence {
  signal: Signal;
  text: string;
  start: number;
  end: number;
}

export interface Classification {
  label: Label;
  /** 0..1, calibrated: about this share of verdicts given with this confidence are right. */
  confidence: number;
  signals: Signal[];
  evidence: Evidence[];
  /** The partner's information-seeking question and whether this reply answered it. */
  question?: QuestionReading;
  /** A reply of more than one sentence, judged part by part (in order). */
  parts?: ReplyPart[];
}

export interface ReplyContext {
  /** The partner's line this reply answers. */
  partner?: string;
  emotion?: Emotion;
  /** The question the partner's line asks, when known; otherwise it is read from `partner`. */
  question?: QuestionContext;
}

/** The six principles the feedback teaches (PRODUCT.md). */
export const PRINCIPLES = [
  'own-the-choice',
  'heal-at-their-pace',
  'be-open',
  'listen-before-defending',
  'grow',
  'steady-care',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export interface Feedback {
  principle: Principle;
  /** Whether the reply kept (true) or broke (false) the principle. */
  kept: boolean;
  /** One or two plain sentences in the second person, quoting the words that mattered. */
  summary: string;
  /** A better reply that fits the partner's current emotion. */
  suggestion: string;
}

export interface FeedbackContext extends ReplyContext {
  /** The reply the classification is about (evidence offsets point into it). */
  reply: string;
  /** Scenario slots (partner's name, the other person, ...) to make suggestions read naturally. */
  slots?: Record<string, string>;
  /**
   * The scenario's true answer to the pending `question` (first person, as the user would say it), so a
   * suggestion can answer first and a hint never offers to hold back what was asked.
   */
  trueAnswer?: string;
  /**
   * The pending question in a few words, as the feedback reports it after "{partner} asked": "whether you
   * took money out of the deposit account" (the scenario question's `gist`, slots filled).
   */
  questionGist?: string;
  /**
   * Varies the phrasing between sessions and turns (the engine passes the session's seed and the turn
   * number); the same value, reply and moment always give the same words, so replays match.
   */
  variety?: number;
  /**
   * With no question pending: the true answer to a question the partner gave up on, still untold,
   * which a better reply would volunteer (slots filled).
   */
  owedAnswer?: string;
  /** What the engine understood from this reply (the question it answered or dodged, the facts it told). */
  understood?: Understood;
  /** Every fact told so far in the session, this reply's included, in the order told (slots filled). */
  disclosed?: Array<{ id: string; text: string }>;
  /**
   * How many of the scenario's facts the user has not told yet. While any remain, a suggestion never
   * says that nothing is left out. Absent (no scenario, as in `npm run classify`): treated as unknown,
   * and such lines are not offered either.
   */
  untold?: number;
}

export const DIFFICULTIES = ['gentle', 'realistic', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The session has ended when status is not 'active'. */
export const SESSION_STATUSES = ['active', 'repaired', 'shutdown', 'withdrawn', 'ended'] as const;
/**
 * `repaired`: still hurt, willing to keep talking. `shutdown`: walked away after too much strain.
 * `withdrawn`: stopped trying to reach someone who would not answer. `ended`: the user ended it.
 */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** The question a partner's line asks (a scenario question), shown so a client can mark it as pending. */
export interface AskedQuestion {
  id: string;
  kind: QuestionKind;
}

/** What the partner took from a reply: the question it answered or dodged, and the facts it told. */
export interface Understood {
  /** The question this reply answered: the pending one, or one asked earlier and given up on (a late answer). */
  answered?: string;
  /** The pending question this reply did not answer. */
  dodged?: string;
  /** The answer told it otherwise than it happened (another yes or no, person, time, sum or place). */
  toldOtherwise?: true;
  /** Facts this reply told for the first time, in the scenario's order. */
  disclosed: string[];
}

export interface PartnerView {
  emotion: Emotion;
  /** 0..100: how strongly the current emotion is felt. */
  intensity: number;
  /** 0..100: how much the partner trusts the speaker right now. */
  trust: number;
  /** What the partner says (already filled from the scenario's slots). */
  line: string;
  /** Present when the line asks one of the scenario's questions: the next reply answers or dodges it. */
  asks?: AskedQuestion;
}

/** Who a crisis reply says is at risk. */
export const SAFETY_KINDS = ['self-harm', 'harm-to-others', 'being-harmed'] as const;
export type SafetyKind = (typeof SAFETY_KINDS)[number];

/** Shown instead of an in-character answer when a reply signals crisis. */
export interface SafetyNotice {
  kind: SafetyKind;
  /** The harm was threatened to make the partner stay or keep quiet ("if you leave I'll..."). */
  leverage?: boolean;
  message: string;
  resources: string[];
}

/** The two answers to the check-in after a crisis reply. */
export const CHECK_INS = ['continue', 'help'] as const;
/** `continue`: "I'm safe and want to keep practising"; `help`: "I need help now" (the practice ends). */
export type CheckIn = (typeof CHECK_INS)[number];

/** The latest crisis pause of a session (kept in its snapshot). */
export interface SafetyPause {
  /** The turn whose reply paused the practice. */
  pausedAt: number;
  kind: SafetyKind;
  /** The person's answer to the check-in; absent while the practice waits for it. */
  checkIn?: CheckIn;
}

export interface Turn {
  /** 1-based: turn 1 answers the opening line. */
  index: number;
  reply: string;
  classification: Classification;
  feedback: Feedback;
  partner: PartnerView;
  status: SessionStatus;
  /** True when the reply was sent from a hint. */
  hinted?: boolean;
  /** Present when the reply signalled crisis: the partner did not answer in character. */
  safety?: SafetyNotice;
  /** What the partner understood from the reply (absent on turns stored before it existed). */
  understood?: Understood;
}
