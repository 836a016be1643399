// Taxonomy v2: "Precision is not correction." Making the account exact or bigger ("Eight months, not
// five.") or setting one's own lie right ("Two, not the six I claimed.") answers the partner; only a
// correction that makes it smaller or wins a point ("Two weeks, not a month.") defends. The
// ", not ..." cue cannot tell these apart; the figures on each side of the "not" can.
//
// Not partner-echo's quantitiesOf: it folds "grand" or "months" into the number, and here a scale or
// unit said on one side only ("Nine grand, not eleven") has to count for both.
import { NUMBER_WORDS } from './number-words.js';

/** Days in each unit of time, so "a month" and "two weeks" can be set side by side. */
const SPAN_DAYS: Record<string, number> = { day: 1, night: 1, week: 7, fortnight: 14, month: 30, year: 365 };

const FIGURE = /^(\d[\d,.]*|[a-z]+)(?: (?:grand|k|thousand|hundred))?(?: (day|night|week|fortnight|month|year)s?)?/;
const OWN_CLAIM = /^[^.?!,]{0,30}\b(?:i (?:told|said|claimed|made out|let you think|pretended)|like i (?:told|said))\b/;

interface Figure {
  n: number;
  /** "grand", "thousand", "hundred", when said. */
  scale?: number;
  /** Days in its unit of time, when it names one. */
  days?: number;
}

function figureAt(text: string): Figure | undefined {
  const m = FIGURE.exec(text);
  if (!m) return undefined;
  const word = m[1] as string;
  const base = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : NUMBER_WORDS.get(word);
  if (base === undefined || Number.isNaN(base)) return undefined;
  const figure: Figure = { n: base };
  if (/ (?:grand|k|thousand)\b/.test(m[0])) figure.scale = 1000;
  else if (/ hundred\b/.test(m[0])) figure.scale = 100;
  if (m[2]) figure.days = SPAN_DAYS[m[2]] as number;
  return figure;
}

/** The figure the sentence before `at` starts with ("eight months , not" -> 8 months). */
function figureBefore(text: string, at: number): Figure | undefined {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(' . '), before.lastIndexOf(' ? '), before.lastIndexOf(' ! ')) + 1;
  return figureAt(
    before
      .slice(start)
      .trim()
      .replace(/^(?:about|around|nearly|more like|closer to|over|it was|yes ,|no ,) /, ''),
  );
}

/**
 * Whether a ", not ..." correction found in [start, end) makes the account bigger, or takes back the
 * speaker's own earlier claim ("not two, like I told you").
 */
export function isPrecision(text: string, start: number, end: number): boolean {
  const at = text.indexOf(', not ', start);
  if (at === -1 || at >= end) return false;
  const after = text.slice(at + ', not '.length);
  if (OWN_CLAIM.test(after)) return true;
  const theirs = figureAt(after.replace(/^(?:the |even |a full |like )/, ''));
  const mine = figureBefore(text, at);
  if (!theirs || !mine) return false;
  return size(mine, theirs) > size(theirs, mine);
}

// "Eight, not six months", "Nine grand, not eleven": a unit or a scale said on one side counts for both.
function size(figure: Figure, other: Figure): number {
  return figure.n * (figure.scale ?? other.scale ?? 1) * (figure.days ?? other.days ?? 1);
}
