// The figures a reply or a true answer gives, as ranges that can be set against each other: a sum
// ("£31,000", "about seven and a half thousand", "a few hundred quid"), a count ("twice", "four
// pints", "seventy jobs") or a span ("seven months", "an hour and a half"). A vague figure is a
// range ("a few hundred" is 200 to 600, "a couple" 2 to 3); a hedged one ("about twenty", "twenty
// odd") is let off more; a bound ("less than a hundred", "over a year") is open at one end; a figure
// after a negation ("it wasn't £500") says nothing. contradicts-truth.ts decides what differs.
import { MULTIPLIERS, NUMBER_WORDS } from '../classifier/number-words.js';

/** What a figure counts: money, drinks, times, a unit of time, or nothing said (a bare "four"). */
export type FigureUnit = 'money' | 'serving' | 'bottle' | 'times' | 'none' | SpanUnit;
type SpanUnit = 'second' | 'minute' | 'hour' | 'day' | 'night' | 'weekend' | 'week' | 'fortnight' | 'month' | 'year';

export interface Figure {
  low: number;
  high: number;
  unit: FigureUnit;
  /** Said loosely: "about", "or so", "-odd", a vague word, a range ("three or four"). */
  hedged: boolean;
}

/** Hours in a unit of time. */
export const HOURS_IN: Record<SpanUnit, number> = {
  second: 1 / 3600,
  minute: 1 / 60,
  hour: 1,
  day: 24,
  night: 24,
  weekend: 48,
  week: 168,
  fortnight: 336,
  month: 730,
  year: 8766,
};

/** Words number-words.ts has that are read apart here: vague counts become ranges, "a" an article. */
const READ_APART = new Set([
  'a',
  'an',
  'half',
  'once',
  'twice',
  'couple',
  'few',
  'handful',
  'dozens',
  'hundreds',
  'thousands',
]);
const EXACT = new Map<string, number>([...NUMBER_WORDS].filter(([word]) => !READ_APART.has(word)));
/** Vague counts, as the range people mean by them. */
const VAGUE = new Map<string, [number, number]>([
  ['couple', [2, 3]],
  ['few', [2, 6]],
  ['several', [3, 9]],
  ['handful', [3, 8]],
]);
/** Plurals of a multiplier: "hundreds" alone is 200 to 900; "hundreds of thousands" multiplies. */
const VAGUE_MULTIPLE = new Map<string, number>([
  ['tens', 10],
  ['dozens', 12],
  ['hundreds', 100],
  ['thousands', 1000],
  ['millions', 1_000_000],
]);
const TIMES_WORDS = new Map<string, number>([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
]);

const UNITS = new Map<string, FigureUnit>([
  ...['pounds', 'pound', 'quid', 'p', 'pence', 'dollars', 'dollar', 'bucks', 'euros', 'euro'].map(
    (w) => [w, 'money'] as [string, FigureUnit],
  ),
  ...['pints', 'pint', 'drinks', 'drink', 'beers', 'beer', 'cans', 'can', 'glasses', 'glass', 'shots', 'shot'].map(
    (w) => [w, 'serving'] as [string, FigureUnit],
  ),
  ...['doubles', 'double', 'units'].map((w) => [w, 'serving'] as [string, FigureUnit]),
  ['bottles', 'bottle'],
  ['bottle', 'bottle'],
  ['times', 'times'],
  ['time', 'times'],
  ...Object.keys(HOURS_IN).flatMap((unit) => [
    [unit, unit as FigureUnit] as [string, FigureUnit],
    [`${unit}s`, unit as FigureUnit] as [string, FigureUnit],
  ]),
  ['mins', 'minute'],
  ['hrs', 'hour'],
]);

const HEDGES_BEFORE =
  /(?:\b(?:about|around|roughly|nearly|almost|approximately|approx|maybe|probably|perhaps|like|some|just over|just under|a bit over|a bit under|a little over|a little under|close to|something like|at a guess)) $/;
const HEDGES_AFTER = /^(?:-?ish\b|[- ]odd\b| or so\b| give or take\b| or thereabouts\b)/;
const AT_MOST = /\b(?:less than|fewer than|under|below|not even|no more than|not more than|at most|up to|barely)\s+$/;
const AT_LEAST = /\b(?:more than|over|at least|above|upwards of|north of|no less than|not less than)\s+$/;
/** A negation in the clause before a figure: "it wasn't £500", "never twenty". */
const NEGATED = /(?:\b(?:not|never|no)\b|n't\b)(?:\s+\S+){0,3}\s+$/;
/** Bounds said with a negation, which are still bounds: "not even a hundred", "no more than £50". */
const NEGATED_AT_MOST = /\b(?:not even|no more than|not more than)\s+$/;

type Token = { text: string; at: number };

/** The figures in a text, in order. */
export function figuresIn(text: string): Figure[] {
  // "Thirty-one", "half-bottle", "twenty-odd": one word each way.
  const lower = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(?<=[a-z])-(?=[a-z])/g, ' ');
  const tokens: Token[] = [
    ...lower.matchAll(/[£$€]?\d[\d,]*(?:\.\d+)?(?:k|m|bn)?(?![\w])|[a-z]+(?:'[a-z]+)?|[.,;:!?()\u2014\u2013-]/g),
  ].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  const figures: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = figureAt(tokens, i, lower);
    if (!read) {
      i++;
      continue;
    }
    const [figure, next] = read;
    const start = i;
    i = next;
    if (Number.isNaN(figure.low)) continue;
    const previous = figures.at(-1);
    // "three or four", "5-6", "between 200 and 300": one figure, a range.
    if (previous && joinsRange(tokens, start, lower) && comparableUnits(previous.unit, figure.unit))
      figures[figures.length - 1] = {
        low: Math.min(previous.low, figure.low),
        high: Math.max(previous.high, figure.high),
        unit: previous.unit === 'none' ? figure.unit : previous.unit,
        hedged: true,
      };
    else figures.push(figure);
  }
  return figures;
}

/** A bare figure ("four") can be a figure of anything; otherwise pints go with pints and money with money. */
export function comparableUnits(a: FigureUnit, b: FigureUnit): boolean {
  return a === b || a === 'none' || b === 'none';
}

/** "three or four", "5-6", "200 to 300", "between 200 and 300": the figure before ends where this one starts. */
function joinsRange(tokens: Token[], i: number, lower: string): boolean {
  const before = tokens[i - 1]?.text ?? '';
  if (before === 'and') return /\bbetween\s+\S+\s+(?:\S+\s+)?and\s+$/.test(lower.slice(0, tokens[i]?.at ?? 0));
  return before === 'or' || before === 'to' || before === '-' || before === '\u2013';
}

/** A figure starting at token `i`, and the index after it. */
function figureAt(tokens: Token[], i: number, lower: string): [Figure, number] | undefined {
  const first = tokens[i]?.text ?? '';
  const times = TIMES_WORDS.get(first);
  if (times !== undefined) {
    const figure = { low: times, high: times, unit: 'times' as const, hedged: false };
    return [howOften(tokens, i + 1) ? unread(figure) : withContext(figure, tokens, i, i + 1, lower), i + 1];
  }
  if (!startsQuantity(tokens, i)) return undefined;
  let j = i;
  const run: string[] = [];
  while (j < tokens.length && inRun(tokens, j, run)) run.push(tokens[j++]?.text ?? '');
  const value = amountOf(run);
  if (!value) return undefined;
  let [low, high, vague] = value;
  let unit: FigureUnit =
    /^[£$€]/.test(run[0] ?? '') || run.some((t) => t === 'grand' || /\dk$/.test(t)) ? 'money' : 'none';
  const named = UNITS.get(tokens[j]?.text ?? '');
  if (named && unit === 'none') {
    unit = named;
    j++;
    // "an hour and a half", "a bottle and a half".
    if (tokens[j]?.text === 'and' && tokens[j + 1]?.text === 'a' && tokens[j + 2]?.text === 'half') {
      low += 0.5;
      high += 0.5;
      j += 3;
    }
  }
  if (run.length === 1 && ['one', 'a', 'an'].includes(run[0] as string) && unit === 'none' && !countsOne(tokens, i))
    return undefined;
  const figure = { low, high, unit, hedged: vague };
  return [unit === 'times' && howOften(tokens, j) ? unread(figure) : withContext(figure, tokens, i, j, lower), j];
}

/** "Once a week", "three times a day": how often, which no count of times is. */
function howOften(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1]?.text ?? '';
  return (
    /^(?:a|an|per|every|each)$/.test(tokens[j]?.text ?? '') &&
    (SPAN_UNITS.has(UNITS.get(next) ?? 'none') || /days?$/.test(next))
  );
}

/** A figure that says nothing of the value asked for: dropped, and never the end of a range. */
function unread(figure: Figure): Figure {
  return { ...figure, low: Number.NaN, high: Number.NaN };
}

/**
 * "One" alone is a pronoun as often as a count ("the one I told", "one day"): it counts as "just the
 * one", "only one", or the start of a range ("one or two").
 */
function countsOne(tokens: Token[], i: number): boolean {
  const before = tokens
    .slice(Math.max(0, i - 2), i)
    .map((t) => t.text)
    .join(' ');
  const next = tokens[i + 1]?.text ?? '';
  return (
    /\b(?:just|only|exactly)(?: the)?$/.test(before) ||
    ((next === 'or' || next === 'to') && startsQuantity(tokens, i + 2))
  );
}

/** Hedges, bounds and negations around the figure. */
function withContext(figure: Figure, tokens: Token[], from: number, to: number, lower: string): Figure {
  const start = tokens[from]?.at ?? 0;
  const end = (tokens[to - 1]?.at ?? 0) + (tokens[to - 1]?.text.length ?? 0);
  const clause = ` ${
    lower
      .slice(0, start)
      .split(/[.,;:!?\u2014]/)
      .at(-1) ?? ''
  }`;
  const after = lower.slice(end);
  if (NEGATED_AT_MOST.test(clause)) return { ...figure, low: 0, hedged: true };
  if (NEGATED.test(clause)) return unread(figure);
  const hedged = figure.hedged || HEDGES_BEFORE.test(clause) || HEDGES_AFTER.test(after);
  if (AT_MOST.test(clause) && !/\b(?:just|a bit|a little) under\s+$/.test(clause)) return { ...figure, low: 0, hedged };
  if (AT_LEAST.test(clause) && !/\b(?:just|a bit|a little) over\s+$/.test(clause))
    return { ...figure, high: Number.POSITIVE_INFINITY, hedged };
  return { ...figure, hedged };
}

function startsQuantity(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  const previous = tokens[i - 1]?.text ?? '';
  if (/^[£$€]?\d/.test(word)) return true;
  if (word === 'one' && /^(?:no|the|any|every|some|which|that|this|each|someone|anyone)$/.test(previous)) {
    return previous === 'the' && /^(?:just|only)$/.test(tokens[i - 2]?.text ?? '');
  }
  if (EXACT.has(word) || VAGUE_MULTIPLE.has(word))
    return !MULTIPLIERS.has(word) || word === 'hundred' || word === 'thousand';
  if (word === 'a' || word === 'an') {
    // "Once a week", "two pints a day": how often, not a count of weeks or days; "a time" is no count.
    if (next === 'time' || (SPAN_UNITS.has(UNITS.get(next) ?? 'none') && endsFigure(previous))) return false;
    return EXACT.has(next) || VAGUE.has(next) || next === 'half' || UNITS.has(next);
  }
  if (word === 'half') return next === 'a' || next === 'an' || UNITS.has(next) || EXACT.has(next);
  return VAGUE.has(word) && word !== 'couple' && word !== 'few';
}

const SPAN_UNITS: ReadonlySet<FigureUnit> = new Set(Object.keys(HOURS_IN) as FigureUnit[]);

function endsFigure(word: string): boolean {
  return /\d$/.test(word) || EXACT.has(word) || TIMES_WORDS.has(word) || UNITS.has(word);
}

function inRun(tokens: Token[], j: number, run: string[]): boolean {
  const word = tokens[j]?.text ?? '';
  const next = tokens[j + 1]?.text ?? '';
  if (run.length === 0) return true;
  if (/^[£$€]?\d/.test(word)) return false;
  if (word === '-' && EXACT.has(next) && EXACT.has(run.at(-1) ?? '')) return true; // "thirty-one"
  if (EXACT.has(word) || VAGUE.has(word) || VAGUE_MULTIPLE.has(word)) return true;
  // "two hundred and fifty", "seven and a half thousand"; not "£500 and three cards".
  if (word === 'and')
    return (
      (next === 'a' && tokens[j + 2]?.text === 'half') ||
      ((EXACT.get(next) ?? 100) < 100 && run.some((w) => w === 'hundred' || w === 'thousand' || w === 'million'))
    );
  if (word === 'a' || word === 'an')
    return next === 'half' || MULTIPLIERS.has(next) || next === 'dozen' || run.at(-1) === 'half';
  if (word === 'half') return run.at(-1) === 'a';
  if (word === 'of') return VAGUE.has(run.at(-1) ?? '') || VAGUE_MULTIPLE.has(run.at(-1) ?? '');
  return false;
}

/** The value of a run of number words and figures, as a range, and whether it was vague. */
function amountOf(run: string[]): [number, number, boolean] | undefined {
  let low = 0;
  let high = 0;
  let partLow = 0;
  let partHigh = 0;
  let vague = false;
  let any = false;
  const multiply = (by: number) => {
    if (partLow === 0 && partHigh === 0) partLow = partHigh = 1;
    partLow *= by;
    partHigh *= by;
  };
  const close = () => {
    low += partLow;
    high += partHigh;
    partLow = partHigh = 0;
  };
  for (let k = 0; k < run.length; k++) {
    const word = run[k] as string;
    const digits = /^[£$€]?(\d[\d,]*(?:\.\d+)?)(k|m|bn)?$/.exec(word);
    if (digits) {
      const value = Number((digits[1] as string).replace(/,/g, ''));
      const by = { k: 1000, m: 1_000_000, bn: 1_000_000_000 }[digits[2] as 'k'] ?? 1;
      partLow += value * by;
      partHigh += value * by;
      any = true;
    } else if (word === 'half' && run[k - 1] === 'a' && run[k - 2] === 'and') {
      partLow += 0.5;
      partHigh += 0.5;
    } else if (word === 'half') {
      partLow = partHigh = 0.5;
      any = true;
    } else if (word === 'a' || word === 'an') {
      if (run[k + 1] !== 'half' && partLow === 0 && partHigh === 0) {
        partLow = partHigh = 1;
        any = true;
      }
    } else if (VAGUE.has(word)) {
      [partLow, partHigh] = VAGUE.get(word) as [number, number];
      vague = any = true;
    } else if (VAGUE_MULTIPLE.has(word)) {
      if (partLow === 0 && partHigh === 0) {
        partLow = 2;
        partHigh = 9;
        vague = true;
      }
      multiply(VAGUE_MULTIPLE.get(word) as number);
      if ((VAGUE_MULTIPLE.get(word) as number) >= 1000) close();
      any = true;
    } else if (word === 'hundred' || word === 'dozen') {
      multiply(word === 'hundred' ? 100 : 12);
      any = true;
    } else if (MULTIPLIERS.has(word)) {
      multiply(NUMBER_WORDS.get(word) as number);
      close();
      any = true;
    } else if (EXACT.has(word)) {
      const value = EXACT.get(word) as number;
      partLow += value;
      partHigh += value;
      any = true;
    }
  }
  close();
  return any && high > 0 ? [low, high, vague] : undefined;
}
