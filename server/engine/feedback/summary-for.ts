// The note on a reply, in one or two plain sentences. With a question waiting, it says first whether
// the reply answered it; a reply that was partly right is credited before the one phrase that hurt
// is named; a verdict given with less than 0.6 confidence is worded as a possibility.

import type { FeedbackFocus } from './feedback-focus.js';
import {
  ASKED_BY_KIND,
  CREDIT,
  CREDITED_HEDGED_LEADS,
  CREDITED_LEADS,
  CREDITED_RESTS,
  DID,
  FEELING_MISSED_LINES,
  HEDGED_LEADS,
  HEDGED_RESTS,
  MIGHT,
  QUESTION_LINES,
  SUMMARY_LINES,
  type SummaryLine,
} from './feedback-lines.js';
import type { MissedFeeling } from './feeling-families.js';
import { capitalize, fill, joinAnd } from './fill-words.js';
import { pickVariant } from './pick-variant.js';
import type { QuestionMoment } from './question-moment.js';

/** Below this confidence the classifier's verdict is offered as a possibility (it is calibrated). */
export const UNSURE_BELOW = 0.6;

export interface SummaryInput {
  focus: FeedbackFocus;
  moment: QuestionMoment | null;
  confidence: number;
  /** The partner just asked why: no line may tell the user to keep the reason back. */
  reasonsAsked: boolean;
  /** The partner's name, or null. */
  partner: string | null;
  /** Something of the reply besides a bare yes or no was worth keeping (so it was not all hurt). */
  keptAny: boolean;
  /** The feeling the partner said ("empty") or shows ("sad"), when the reply named another. */
  feelingMissed?: MissedFeeling | null;
  seed: number;
}

const MAX_CREDITS = 2;

export function summaryFor(input: SummaryInput): string {
  const { focus, moment, seed } = input;
  const p = input.partner ?? 'your partner';
  const P = capitalize(p);
  const own = (text: string) => fill(text, { p, P });
  const values: Record<string, string> = {
    q: focus.words || '…',
    kq: focus.goodWords ?? '',
    p,
    P,
    asked: own(moment?.asked ?? (ASKED_BY_KIND.unknown as string)),
    did: own(pickVariant(DID[focus.key] ?? DID.defensive ?? [''], seed, 'did')),
    might: own(MIGHT[focus.key]),
    credits: own(joinAnd(focus.credits.flatMap((s) => CREDIT[s] ?? []).slice(0, MAX_CREDITS))),
    said: moment?.contradiction?.said ?? '',
    truth: moment?.contradiction?.truth ?? '',
    felt: (input.feelingMissed && 'said' in input.feelingMissed ? input.feelingMissed.said : '') || '',
    shown: (input.feelingMissed && 'shown' in input.feelingMissed ? input.feelingMissed.shown : '') || '',
  };
  const [lead, rest] = sentencesFor(input, values);
  return fill(`${lead} ${rest}`, values);
}

function sentencesFor(input: SummaryInput, values: Readonly<Record<string, string>>): [string, string] {
  const { focus, moment, seed } = input;
  const unsure = input.confidence < UNSURE_BELOW;
  const pick = (lines: readonly SummaryLine[]): [string, string] => {
    const allowed = input.reasonsAsked ? lines.filter((l) => !l.holdsBack) : lines;
    const line = pickVariant(allowed.length > 0 ? allowed : lines, seed, 'summary');
    return [line.lead, line.rest];
  };
  const response = moment?.response;
  if (moment?.contradiction)
    return pick(moment.contradiction.said ? QUESTION_LINES.contradicted : QUESTION_LINES.toldOtherwise);
  if (response === 'answered') {
    if (!focus.hurt) return pick(QUESTION_LINES.answered);
    if (!input.keptAny) return pick(unsure ? QUESTION_LINES.answerThatMaybeHurt : QUESTION_LINES.answerThatHurt);
    return pick(unsure ? QUESTION_LINES.answeredThenMaybeHurt : QUESTION_LINES.answeredThenHurt);
  }
  if ((response === 'evaded' || response === 'unanswered') && focus.key === 'evasion')
    return pick(QUESTION_LINES.evaded);
  if (response === 'unanswered' || response === 'evaded') {
    if (focus.hurt) return pick(unsure ? QUESTION_LINES.unansweredAndMaybeHurt : QUESTION_LINES.unansweredAndHurt);
    if (unsure && !moment?.heardByEngine) return pick(QUESTION_LINES.maybeUnanswered);
    return pick(focus.goodWords ? QUESTION_LINES.unansweredWithGood : QUESTION_LINES.unanswered);
  }
  if (focus.hurt && focus.credits.length > 0 && values.credits) return credited(focus, unsure, seed);
  if (input.feelingMissed && focus.key === 'feeling-named')
    return pick('said' in input.feelingMissed ? FEELING_MISSED_LINES.said : FEELING_MISSED_LINES.shown);
  if (unsure) {
    const rests = focus.hurt ? HEDGED_RESTS.harm : focus.key in CREDIT ? HEDGED_RESTS.good : HEDGED_RESTS.still;
    return [pickVariant(HEDGED_LEADS, seed, 'hedge'), pickVariant(rests, seed, 'hedge-rest')];
  }
  return pick(SUMMARY_LINES[focus.key]);
}

/** "You answered plainly and owned it, and then “but you were never home” handed the blame back." */
function credited(focus: FeedbackFocus, unsure: boolean, seed: number): [string, string] {
  const order = focus.creditFirst ? 'before' : 'after';
  const leads = unsure ? CREDITED_HEDGED_LEADS : CREDITED_LEADS[order];
  const rests = CREDITED_RESTS[order].filter((rest) => focus.goodWords || !rest.includes('{kq}'));
  return [pickVariant(leads, seed, 'credited'), pickVariant(rests, seed, 'credited-rest')];
}
