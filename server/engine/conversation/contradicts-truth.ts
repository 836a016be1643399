// Whether a reply tells a different story from the scenario's true answer, for the questions that
// ask for a fact rather than a yes or a no (read-answer.ts does yes and no). "Who got in touch
// first?" (truth: "I did.") answered "He kept texting me" was taken for the true account, and the
// partner thanked the user for it. A hurt partner hears a different story as one, not as the truth.
//
// Conservative by design: it flags only when the true answer and the reply each give a value of
// the kind asked that can be set against the other, and the two clearly differ:
// - who: someone else ("he", "Daniel", "my sister") when the truth is "I did" or "nobody"; nobody,
//   or only names the truth does not have, when the truth names someone ("Mark knew");
// - how much, how many: figures more than a quarter apart (half, when either is hedged or vague:
//   "about twenty", "a few hundred"), of the same kind (money with money or a bare figure, pints
//   with pints); every figure of the reply must miss every figure of the truth;
// - how long: spans ("seven months", "half twelve till five") apart as figures are;
// - when: another year, or stretches of the year that do not meet (March and June; Boxing Day and
//   Easter; not the end of March and the start of April), or times of day an hour apart;
// - where: kinds of place that cannot both be true (the pub and work; a friend's flat and a hotel),
//   or a place the truth says it was not ("Not to the meetings.").
// A vaguer reply ("a while", "somewhere", "a few hundred" against £340), a relative time ("two
// months ago", which needs today's date), a question back, or a value said with a negation ("not
// in June") is never a contradiction. Nor is anything when the true answer is worded so its value
// cannot be read ("Until I found something.", "From the first week.").
import { sentencesOf } from '../sentences.js';
import type { QuestionKind } from '../types.js';
import { clockGap, clockSpans, overlaps, readWhen, withoutClockTimes } from './calendar-and-clock.js';
import { withoutTimesAndLongSpans, withoutTimesAndSpans } from './fact-kinds.js';
import { comparableUnits, type Figure, type FigureUnit, figuresIn, HOURS_IN } from './figures.js';
import { differentPerson, readPeople } from './named-people.js';
import { differentPlace, readPlaces } from './named-places.js';

export function contradictsTruth(kind: QuestionKind, truth: string, reply: string): boolean {
  const said = statements(reply);
  if (said === '') return false;
  switch (kind) {
    case 'who':
      return differentPerson(readPeople(statements(truth), true), readPeople(said, false));
    case 'where':
      return differentPlace(readPlaces(statements(truth), true), readPlaces(said, false));
    case 'when':
      return differentTime(truth, said);
    case 'how-long':
      return apart(spans(truth), spans(said));
    case 'how-much':
      return apart(sums(truth), sums(said));
    case 'how-many':
      return apart(counts(truth), counts(said));
    default:
      return false;
  }
}

/** The reply without its questions: "In June?" asks, it does not tell. */
function statements(text: string): string {
  return sentencesOf(text)
    .map((sentence) => sentence.text)
    .filter((sentence) => !sentence.endsWith('?'))
    .join(' ');
}

// ---- figures: how much, how many, how long ----

const SUM_UNITS: ReadonlySet<FigureUnit> = new Set(['money', 'none', 'serving', 'bottle']);
const COUNT_UNITS: ReadonlySet<FigureUnit> = new Set(['none', 'times', 'serving', 'bottle', 'day', 'night', 'weekend']);

/** Money said as money outweighs other figures in the same words: "£31,000 across three cards". */
function sums(text: string): Figure[] {
  const figures = figuresIn(withoutTimesAndSpans(withoutClockTimes(text))).filter((f) => SUM_UNITS.has(f.unit));
  return figures.some((f) => f.unit === 'money') ? figures.filter((f) => f.unit === 'money') : figures;
}

/** Money is no count ("£40 worth"): a reply that gives only money to "how many?" is not read. */
function counts(text: string): Figure[] {
  return figuresIn(withoutTimesAndLongSpans(withoutClockTimes(text))).filter((f) => COUNT_UNITS.has(f.unit));
}

function spans(text: string): Figure[] {
  const said = figuresIn(text).flatMap((f) =>
    f.unit in HOURS_IN
      ? [
          {
            ...f,
            low: f.low * HOURS_IN[f.unit as keyof typeof HOURS_IN],
            high: f.high * HOURS_IN[f.unit as keyof typeof HOURS_IN],
            unit: 'hour' as const,
          },
        ]
      : [],
  );
  const clocked = clockSpans(text).map((s) => ({
    low: s.hours,
    high: s.hours,
    unit: 'hour' as const,
    hedged: s.hedged,
  }));
  return [...said, ...clocked];
}

/** More than a quarter apart, or half when either is said loosely. */
const APART = 1.25;
const LOOSELY_APART = 1.5;

/**
 * Every figure of the reply misses every figure of the truth it can be set against (and their sum:
 * "a bottle of wine, and a half-bottle of vodka on bad days" is one and a half bottles too).
 */
function apart(truth: Figure[], reply: Figure[]): boolean {
  if (truth.length === 0) return false;
  const truths = truth.length > 1 ? [...truth, ...totals(truth)] : truth;
  const comparable = reply.filter((r) => truths.some((t) => comparableUnits(t.unit, r.unit)));
  if (comparable.length === 0) return false;
  return comparable.every((r) =>
    truths.filter((t) => comparableUnits(t.unit, r.unit)).every((t) => figuresApart(t, r)),
  );
}

function totals(figures: Figure[]): Figure[] {
  const byUnit = new Map<FigureUnit, Figure>();
  for (const f of figures) {
    const sum = byUnit.get(f.unit);
    byUnit.set(
      f.unit,
      sum ? { unit: f.unit, low: sum.low + f.low, high: sum.high + f.high, hedged: sum.hedged || f.hedged } : f,
    );
  }
  return [...byUnit.values()];
}

function figuresApart(a: Figure, b: Figure): boolean {
  const by = a.hedged || b.hedged ? LOOSELY_APART : APART;
  return b.low > a.high * by || a.low > b.high * by;
}

// ---- when ----

/** An hour apart on the clock, or an hour and a half when either says "about". */
const CLOCK_APART = 60;
const CLOCK_LOOSELY_APART = 90;

/**
 * Another year is another time, whatever the month ("March 2022", "March 2023"); the same year says
 * nothing of the month. Within it, every way both place it (the year's stretch, the clock) must
 * disagree.
 */
function differentTime(truth: string, reply: string): boolean {
  const t = readWhen(statements(truth));
  const r = readWhen(reply);
  if (t.years.length > 0 && r.years.length > 0 && r.years.every((year) => !t.years.includes(year))) return true;
  const verdicts: boolean[] = [];
  if (t.windows.length > 0 && r.windows.length > 0)
    verdicts.push(r.windows.every((rw) => t.windows.every((tw) => !overlaps(tw, rw))));
  if (t.clocks.length > 0 && r.clocks.length > 0)
    verdicts.push(
      r.clocks.every((rc) =>
        t.clocks.every(
          (tc) => clockGap(tc.minutes, rc.minutes) > (tc.hedged || rc.hedged ? CLOCK_LOOSELY_APART : CLOCK_APART),
        ),
      ),
    );
  return verdicts.length > 0 && verdicts.every(Boolean);
}
