// When a reply or a true answer says something happened, as far as it can be set against another
// without knowing today's date: a stretch of the year ("In March", "at Easter", "over the summer"),
// a year ("2023"), a time of day ("quarter to two"), and a stretch of the clock ("half twelve till
// five"). "Two months ago", "last week" and "after the party" need a "now" or a story to place, so
// they are not read: contradicts-truth.ts sets only what both sides place against each other.
//
// A stretch of the year is a window of days (1 to 365) kept a little wide, so that only windows
// that clearly miss each other differ: the end of March and the start of April are a month apart
// by name but a day apart in fact, and Boxing Day is not New Year's Eve, but close enough that
// someone may misremember it.

/** Days of the year, first to last; `to` before `from` wraps round the new year. */
export interface YearWindow {
  from: number;
  to: number;
}

export interface ClockTime {
  /** Minutes after twelve o'clock, 0 to 719: "quarter to two" is 105 (am and pm are not told apart). */
  minutes: number;
  hedged: boolean;
}

export interface WhenReading {
  windows: YearWindow[];
  years: number[];
  clocks: ClockTime[];
}

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_STARTS = MONTH_LENGTHS.map((_, i) => 1 + MONTH_LENGTHS.slice(0, i).reduce((a, b) => a + b, 0));
/** A day said by its date or its feast is remembered to within a few days either side. */
const DAY_SLACK = 3;
/** Seasons are fuzzy at their edges: late February is spring to some, and early September summer. */
const SEASON_SLACK = 15;
/** "The end of March" is loose talk: it may mean the 20th or the 2nd of April. */
const PART_OF_MONTH_SLACK = 7;
/** Days of the month each part of it covers, before its slack. */
const PARTS_OF_MONTH: Record<string, [first: number, last: number]> = {
  early: [1, 10],
  'start of': [1, 10],
  'beginning of': [1, 10],
  mid: [11, 20],
  'middle of': [11, 20],
  late: [21, 31],
  'end of': [21, 31],
};

function dayOf(month: number, day: number): number {
  return (MONTH_STARTS[month] as number) + day - 1;
}

function around(day: number, slack: number): YearWindow {
  return { from: wrap(day - slack), to: wrap(day + slack) };
}

function wrap(day: number): number {
  return ((((day - 1) % 365) + 365) % 365) + 1;
}

/** Feasts that fall on the same days every year (or within a known stretch, as Easter does). */
const FEASTS: [RegExp, YearWindow][] = [
  [/\bboxing day\b/, around(dayOf(11, 26), DAY_SLACK)],
  [/\bchristmas (?:eve)\b/, around(dayOf(11, 24), DAY_SLACK)],
  [/\b(?:christmas|xmas)\b(?! (?:eve|day)\b)/, { from: dayOf(11, 20), to: dayOf(0, 1) }],
  [/\bchristmas day\b/, around(dayOf(11, 25), DAY_SLACK)],
  [/\bnew year(?:'s)?(?: eve| day)?\b/, { from: dayOf(11, 29), to: dayOf(0, 3) }],
  [/\beaster\b/, { from: dayOf(2, 22) - DAY_SLACK, to: dayOf(3, 25) + DAY_SLACK }],
  [/\bhalloween\b/, around(dayOf(9, 31), DAY_SLACK)],
  [/\bbonfire night\b/, around(dayOf(10, 5), DAY_SLACK)],
  [/\bvalentine'?s(?: day)?\b/, around(dayOf(1, 14), DAY_SLACK)],
];
const SEASONS: [RegExp, YearWindow][] = [
  [/\bspring(?:time)?\b/, { from: dayOf(2, 1) - SEASON_SLACK, to: dayOf(4, 31) + SEASON_SLACK }],
  [/\bsummer(?:time)?\b/, { from: dayOf(5, 1) - SEASON_SLACK, to: dayOf(7, 31) + SEASON_SLACK }],
  [/\bautumn\b/, { from: dayOf(8, 1) - SEASON_SLACK, to: dayOf(10, 30) + SEASON_SLACK }],
  [/\bwinter\b/, { from: wrap(dayOf(11, 1) - SEASON_SLACK), to: dayOf(1, 28) + SEASON_SLACK }],
];

const MONTH_WORD = MONTHS.flat().join('|');
const ORDINAL_DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** Words that lead into a month: "in March", "since last April", "the 14th of March". */
const INTO_A_MONTH = `(?:in|since|from|of|last|this|early|late|mid|during|around|about|that|the|start of|end of|middle of|beginning of)`;
/** "May" and "March" are words too ("I may have", "march in"): a month only after a word that leads into one. */
const MONTH_PATTERN = new RegExp(
  String.raw`(?:\b(${INTO_A_MONTH})[- ])?(?:${ORDINAL_DAY} (?:of )?)?\b(${MONTH_WORD})\b(?:\.? ${ORDINAL_DAY}\b)?`,
  'g',
);
const AMBIGUOUS_MONTH = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep', 'oct', 'aug', 'jun', 'jul', 'apr', 'nov']);
/** A year, but not a sum ("£2024") nor one of a run of figures ("2,024"). */
const YEAR = /(?<![£$€\d,.])\b((?:19|20)\d{2})\b(?![,.]\d)(?! ?(?:k|grand|quid|pounds?|dollars?|euros?)\b)/g;

const HOURS = ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
/** An hour on the clock face, in words or figures. */
const HOUR = `(?:${HOURS.join('|')}|1[0-2]|0?\\d)`;
/** With its minutes, an hour may be on the 24-hour clock: "17:45". */
const HOUR_OF_DAY = `(?:${HOURS.join('|')}|2[0-3]|[01]?\\d)`;
/** Minutes said as words after the hour ("twelve thirty", "ten oh five"), the longer words first. */
const MINUTE_WORDS =
  '(?:oh[ -])?(?:five|ten|fifteen|twenty[ -]five|twenty|thirty[ -]five|thirty|forty[ -]five|forty|fifty[ -]five|fifty)';
/** Words that lead into a time of day: "from twelve thirty", "till almost five", "at ten fifteen". */
const INTO_A_TIME = '(?:at|from|till|until|to|by|about|around|gone|after|before|since|nearly|almost)';
/**
 * A time of day said in full: "quarter to two", "half twelve", "11:30", "17:45", "5pm", "two
 * o'clock", "noon", "from twelve thirty". The one list for this file and fact-kinds.ts, so that
 * what is heard as a time is the time read. "£12.50" and "2.50 a pint" are sums, and "half two
 * bottles" a count; the hour and its minutes in words are a time only after a word that leads into
 * one, since "it was two fifty" is as likely a price.
 */
export const CLOCK_TIME = [
  `(?<=\\b${INTO_A_TIME} )(?:${HOURS.join('|')})[ -]${MINUTE_WORDS}\\b(?! ?(?:a|an|per|each|quid|pounds?|p|pence)\\b)`,
  `(?:half|quarter|ten|twenty|twenty-five|twenty five|five) (?:past|to) ${HOUR}\\b`,
  `half ${HOUR}\\b(?! (?:a|an|of|the|hours?|thousand|hundred|grand|million|quid|pounds?|times?|bottles?|pints?)\\b)`,
  `${HOUR_OF_DAY}:[0-5]\\d(?: ?(?:(?:am|pm)\\b|a\\.m\\.|p\\.m\\.)|\\b)`,
  `(?<![£$€\\d.,])${HOUR_OF_DAY}\\.[0-5]\\d(?: ?(?:(?:am|pm)\\b|a\\.m\\.|p\\.m\\.)|\\b(?![.,]\\d| ?(?:k|m|bn|p|quid|pounds?|dollars?|euros?|bucks|grand|hundred|thousand|million|a|an|per|each)\\b))`,
  `${HOUR} ?(?:(?:am|pm)\\b|a\\.m\\.|p\\.m\\.)`,
  `${HOUR} o'?clock`,
  'noon|midday|midnight',
].join('|');
/**
 * A bare hour is a time of day only after "at", "about" and the like, at the end of its clause
 * ("About two.", "Gone eleven.", but not "About 1.25 million"); fact-kinds.ts hears it as a time
 * only when a time was asked.
 */
export const BARE_CLOCK_HOUR = `(?<=\\b(?:at|around|about|after|before|till|until|gone|from) )${HOUR}(?:ish)?(?= ?(?:[.,;!?](?!\\d)|$))`;
const CLOCK_ANYWHERE = new RegExp(`\\b(?:${CLOCK_TIME})|${BARE_CLOCK_HOUR}`, 'g');
const HEDGE = '(?:about|around|roughly|nearly|almost|gone|approximately|just after|just before) ';
const HEDGED_BEFORE = new RegExp(`${HEDGE}$`);
const HEDGED = new RegExp(HEDGE);
/** "From half past twelve until nearly five", "half twelve till five": a stretch of the clock. */
const CLOCK_RANGE = new RegExp(
  `(?:\\bfrom (?:${HEDGE})?(?<from>${CLOCK_TIME}|${HOUR})\\s*(?:to|till|until|'til|-|\u2013)|\\b(?<since>${CLOCK_TIME})\\s*(?:till|until|'til))\\s*(?:${HEDGE})?(?<to>${CLOCK_TIME}|${HOUR})\\b`,
  'g',
);

/**
 * Negation or a bound just before a time says nothing of when it was: "not in June", "before May",
 * "after Christmas" (which may be February).
 */
const NOT_WHEN = /(?:\b(?:not|never|no|before|after|until|till|by|up to)|n't)\s+(?:\w+\s+){0,2}$/;

export function readWhen(text: string): WhenReading {
  const lower = plain(text);
  const windows: YearWindow[] = [];
  for (const match of lower.matchAll(MONTH_PATTERN)) {
    const [, lead, dayBefore, word, dayAfter] = match;
    const at = match.index ?? 0;
    if (!word || notWhen(lower, at)) continue;
    if (AMBIGUOUS_MONTH.has(word) && !lead && !dayBefore && !dayAfter && !namedAsMonth(text, word)) continue;
    const month = MONTHS.findIndex((names) => (names as readonly string[]).includes(word));
    windows.push(monthWindow(month, Number(dayBefore ?? dayAfter ?? 0), lead));
  }
  for (const [pattern, window] of [...FEASTS, ...SEASONS]) {
    const match = pattern.exec(lower);
    if (match && !notWhen(lower, match.index)) windows.push(window);
  }
  const years = [...lower.matchAll(YEAR)].filter((m) => !notWhen(lower, m.index ?? 0)).map((m) => Number(m[1]));
  return { windows, years, clocks: clockTimes(lower) };
}

/** A day of the month, a part of it ("the end of March"), or the whole month. */
function monthWindow(month: number, day: number, lead: string | undefined): YearWindow {
  const length = MONTH_LENGTHS[month] as number;
  if (day >= 1 && day <= length) return around(dayOf(month, day), DAY_SLACK);
  const part = lead === undefined ? undefined : PARTS_OF_MONTH[lead];
  if (part) {
    const [first, last] = part;
    return {
      from: wrap(dayOf(month, first) - PART_OF_MONTH_SLACK),
      to: wrap(dayOf(month, Math.min(last, length)) + PART_OF_MONTH_SLACK),
    };
  }
  const first = MONTH_STARTS[month] as number;
  return { from: first, to: first + length - 1 };
}

/** Times of day, leaving out the ends of a stretch ("half twelve till five" is no time for "when?"). */
function clockTimes(lower: string): ClockTime[] {
  const stretches = [...lower.matchAll(CLOCK_RANGE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const out: ClockTime[] = [];
  for (const match of lower.matchAll(CLOCK_ANYWHERE)) {
    const at = match.index ?? 0;
    if (stretches.some(([from = 0, to = 0]) => at >= from && at < to) || notWhen(lower, at)) continue;
    const minutes = clockMinutes(match[0]);
    const hedged = HEDGED_BEFORE.test(lower.slice(Math.max(0, at - 20), at));
    if (minutes !== undefined) out.push({ minutes, hedged });
  }
  return out;
}

/** Times of day said as such ("at six", "until five", "quarter to two"): no count or sum is in them. */
const CLOCK_WORDS = new RegExp(
  `${CLOCK_RANGE.source}|\\b(?:${CLOCK_TIME})|\\b(?:at|until|till|by|from|before|after|gone|past) ${HOUR}(?:[ -]${MINUTE_WORDS}\\b|ish\\b|\\b)(?! (?:of|times?|pints?|drinks?|pounds?|quid|grand|hundred|thousand|people|nights?|days?|weeks?|months?|years?)\\b)`,
  'g',
);

export function withoutClockTimes(text: string): string {
  return plain(text).replace(CLOCK_WORDS, ' ');
}

/** How long each stretch of the clock lasted, in hours: "from half past twelve until nearly five" is 4.5. */
export function clockSpans(text: string): { hours: number; hedged: boolean }[] {
  const out: { hours: number; hedged: boolean }[] = [];
  for (const match of plain(text).matchAll(CLOCK_RANGE)) {
    const start = clockMinutes(match.groups?.from ?? match.groups?.since ?? '');
    const end = clockMinutes(match.groups?.to ?? '');
    if (start === undefined || end === undefined) continue;
    const minutes = (end - start + 720) % 720 || 720;
    out.push({ hours: minutes / 60, hedged: HEDGED.test(match[0]) });
  }
  return out;
}

const HOUR_ONLY = new RegExp(`^(${HOUR_OF_DAY})(?:[:.](\\d{2}))?(?: ?(?:am|pm|a\\.m\\.|p\\.m\\.|o'?clock))?$`);
const MINUTES_BY = { half: 30, quarter: 15, ten: 10, twenty: 20, 'twenty-five': 25, 'twenty five': 25, five: 5 };

/** "quarter to two" is 105, "half twelve" 30, "5pm" 300, "noon" 0. */
export function clockMinutes(phrase: string): number | undefined {
  const text = phrase.trim().replace(/ish$/, '');
  if (/^(?:noon|midday|midnight)$/.test(text)) return 0;
  const pastOrTo = /^(half|quarter|ten|twenty-five|twenty five|twenty|five) (past|to) (\S+)$/.exec(text);
  if (pastOrTo) {
    const hour = hourOf(pastOrTo[3] as string);
    const by = MINUTES_BY[pastOrTo[1] as keyof typeof MINUTES_BY];
    return hour === undefined ? undefined : (hour * 60 + (pastOrTo[2] === 'past' ? by : -by) + 720) % 720;
  }
  const spoken = HOUR_AND_MINUTES.exec(text);
  if (spoken) {
    const hour = hourOf(spoken[1] as string);
    return hour === undefined ? undefined : hour * 60 + minutesOf(spoken[2] as string);
  }
  const half = /^half (\S+)$/.exec(text);
  if (half) {
    const hour = hourOf(half[1] as string);
    return hour === undefined ? undefined : hour * 60 + 30;
  }
  const plainHour = HOUR_ONLY.exec(text);
  if (!plainHour) return undefined;
  const hour = hourOf(plainHour[1] as string);
  const minutes = Number(plainHour[2] ?? 0);
  return hour === undefined || minutes > 59 ? undefined : hour * 60 + minutes;
}

const HOUR_AND_MINUTES = new RegExp(`^(${HOURS.join('|')})[ -](${MINUTE_WORDS})$`);
const TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const UNITS_OF_MINUTES = { five: 5, ten: 10, fifteen: 15 };

/** "thirty" is 30, "forty-five" 45, "oh five" 5. */
function minutesOf(words: string): number {
  return words
    .replace(/^oh[ -]/, '')
    .split(/[ -]/)
    .reduce(
      (sum, word) =>
        sum + (TENS[word as keyof typeof TENS] ?? UNITS_OF_MINUTES[word as keyof typeof UNITS_OF_MINUTES] ?? 0),
      0,
    );
}

/** The hour on a twelve-hour face: "17" is five, as "5pm" is (am and pm are not told apart). */
function hourOf(word: string): number | undefined {
  const index = HOURS.indexOf(word);
  const hour = index >= 0 ? index : Number(word);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour % 12 : undefined;
}

/** Do two windows of the year share a day? */
export function overlaps(a: YearWindow, b: YearWindow): boolean {
  const days = (w: YearWindow) =>
    w.from <= w.to
      ? [[w.from, w.to]]
      : [
          [w.from, 365],
          [1, w.to],
        ];
  return days(a).some(([af, at]) =>
    days(b).some(([bf, bt]) => (af as number) <= (bt as number) && (bf as number) <= (at as number)),
  );
}

/** Minutes apart on a twelve-hour clock face. */
export function clockGap(a: number, b: number): number {
  const gap = Math.abs(a - b) % 720;
  return Math.min(gap, 720 - gap);
}

function notWhen(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 30), at);
  const clause = before.split(/[.,;:!?\u2014]/).at(-1) ?? '';
  return NOT_WHEN.test(clause);
}

/**
 * "May" and "March" read as months on their own only where nothing else can be meant: a sentence
 * that is the month ("March."), or the month with its capital inside a sentence ("It was May.").
 */
function namedAsMonth(original: string, word: string): boolean {
  const alone = new RegExp(`(?:^|[.!?]\\s*)${word}\\s*(?:[.!?]|$)`, 'i');
  const inside = new RegExp(`[\\p{L},] ${word.charAt(0).toUpperCase()}${word.slice(1)}\\b`, 'u');
  return alone.test(original.trim()) || inside.test(original);
}

function plain(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}
