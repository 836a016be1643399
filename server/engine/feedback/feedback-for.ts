// Feedback on one reply: the principle it kept or broke, a short note quoting the words that
// mattered, and a better reply for this moment. Pure and deterministic: the same reply, context and
// classification always give the same feedback, so replays and rewinds show what was shown before.
import type { Classification, Feedback, FeedbackContext } from '../types.js';
import { type FeedbackFocus, focusOf } from './feedback-focus.js';
import { GOOD_START_LINES, MOVES, SUMMARY_LINES, VOICES } from './feedback-lines.js';
import { hashText, pickVariant } from './pick-variant.js';
import { type FeedbackKey, principleFor } from './principle-for.js';
import { reflectPartner } from './reflect-partner.js';

interface Names {
  /** The partner's name, or null when the scenario gave none. */
  partner: string | null;
  other: string | null;
}

export function feedbackFor(classification: Classification, context: FeedbackContext): Feedback {
  const reply = context.reply ?? '';
  const replyHash = hashText(reply);
  const focus = focusOf(classification, reply);
  const names = namesOf(context.slots);
  return {
    ...principleFor(focus.key),
    summary: summaryFor(focus, replyHash, names),
    suggestion: suggestionFor(focus.key, context, replyHash, names),
  };
}

function summaryFor(focus: FeedbackFocus, replyHash: number, names: Names): string {
  const line = pickVariant(SUMMARY_LINES[focus.key], replyHash, 'summary');
  const second = focus.goodStart ? pickVariant(GOOD_START_LINES, replyHash, 'good-start') : line.rest;
  const partner = names.partner ?? 'your partner';
  return fill(`${line.lead} ${second}`, {
    q: focus.words || '…',
    kq: focus.goodStart ?? '',
    p: partner,
    P: capitalize(partner),
  });
}

// opening (the partner's words said back, or the emotion named) + the move + a close for the emotion.
function suggestionFor(key: FeedbackKey, context: FeedbackContext, replyHash: number, names: Names): string {
  const voice = VOICES[context.emotion ?? 'unspecified'];
  const reflection = reflectPartner(context.partner);
  let opening = reflection
    ? fill(pickVariant(voice.withReflection, replyHash, 'open'), {
        R: reflection,
      })
    : pickVariant(voice.withoutReflection, replyHash, 'open');
  if (voice.addressByName && names.partner && opening) opening = `${names.partner}, ${lowerFirst(opening)}`;

  const move = MOVES[key];
  const moveLines = names.other && move.withOther ? move.withOther : move.lines;
  const fitting = voice.closes.filter((c) => c.theme !== move.theme);
  const close = pickVariant(fitting.length > 0 ? fitting : voice.closes, replyHash, 'close');
  const closeLine = names.other && close.withOther ? close.withOther : close.line;

  // Slots are filled in the content only: the partner's own words are never re-read as a template.
  const other = { other: names.other ?? '' };
  const moveLine = fill(pickVariant(moveLines, replyHash, 'move'), other);
  return [opening, moveLine, fill(closeLine, other)].filter(Boolean).join(' ');
}

function namesOf(slots: Record<string, string> | undefined): Names {
  return {
    partner: slots?.partner?.trim() || null,
    other: slots?.other?.trim() || null,
  };
}

/** Replaces {name} with values[name]; unknown names stay as written. A plain scan: this runs every turn. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  let out = '';
  let from = 0;
  for (let open = template.indexOf('{'); open !== -1; open = template.indexOf('{', from)) {
    const close = template.indexOf('}', open);
    if (close === -1) break;
    const value = values[template.slice(open + 1, close)];
    out += template.slice(from, open) + (value ?? template.slice(open, close + 1));
    from = close + 1;
  }
  return out + template.slice(from);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "You waited up" -> "you waited up" after a name; "I" stays a capital. */
function lowerFirst(s: string): string {
  return /^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
