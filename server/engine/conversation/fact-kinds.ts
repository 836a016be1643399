// Which kind of fact a reply gives, for the questions that ask for one: a time ("when?"), a span of
// time ("how long?"), a sum ("how much?"), a count ("how many?") or a place ("where?"). Each kind of
// question needs a fact of its own kind: one list of number and time words for all four had Jo hear
// "About eleven thousand, across three cards" as a "when", and reply "April." to a month never said.
// The same figure words are a sum to "how much?" and a count to "how many?"; a time is neither, and a
// count of times ("Twice.") is no span.
//
// Small hand-written patterns rather than a date parser (chrono-node and the like): a parser turns
// dates into calendar values against a reference "now", and knows nothing of sums, counts or "after
// the party"; all this needs is whether a phrase of the asked kind is there. The partner's lines say
// the true fact, so the patterns only have to hear that one was given, not what it was.
//
// Each takes the reply as typed: places keep its capitals, since a capital tells a name ("at Dai's");
// the others read it in lower case, with its leading "£" kept (a figure after "£" is no count).
import { BARE_CLOCK_HOUR, CLOCK_TIME } from './calendar-and-clock.js';

const HOUR = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const NUMBER_WORD = `${HOUR}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen`;
/** "six", "twenty-five", "a", "a couple of", "half a": what goes before a unit. */
const QUANTITY = `\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))*|a couple of|a couple|a few|several|half an?|an?`;
// "may" only where it can be the month: "I may have" is not a time.
const MONTH = `january|february|feb|march|april|june|july|august|september|sept|october|november|december|(?<=\\b(?:in|since|last|this|next|until|till|from|of|by|early|late|mid|before|after|around|during) )may|may(?= ?(?:[.,;!?]|$|\\d))`;
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)days?';
const SEASON = 'spring|summer|autumn|winter';
const FEAST = `christmas|xmas|boxing day|easter|new year(?:'s)?(?: eve| day)?|halloween|bonfire night|valentine's(?: day)?|bank holiday|half[- ]term|mother's day|father's day|whitsun|ramadan|eid|diwali|hanukkah|thanksgiving`;
const ORDINAL = `(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const PART_OF_DAY = 'morning|afternoon|evening|night|lunchtime|teatime|dinnertime|bedtime';
/** Units a span is counted in; days, nights and weekends can also be what a "how many?" counts. */
const LONG_UNIT = 'seconds?|minutes?|mins|hours?|hrs|weeks?|fortnights?|months?|years?|decades?';
const COUNTED_UNIT = 'days?|nights?|weekends?';
const UNIT = `${LONG_UNIT}|${COUNTED_UNIT}`;
/** Words that lead into a time and belong to it: "in March", "since the summer", "at the weekend". */
const LEAD =
  '(?:(?:in|on|at|since|during|by|from|until|till|around|about|before|after|over|through|the|that|this|last|next|early|late|mid|of)\\s+)*';

/** Where a reply or one of its clauses starts, with a hedge: "Not much.", "Probably nobody, honestly." */
const LEADS = '(?:^|[.!?;,] )(?:(?:maybe|probably|about|roughly|honestly|well|um|oh|so|just|only|and) )*';

function anyOf(...parts: string[]): string {
  return parts.map((part) => `(?:${part})`).join('|');
}

/** A point in time: "last April", "on Friday the 14th", "two years ago", "half twelve", "after the party". */
const POINT_IN_TIME = anyOf(
  `\\b(?:${MONTH}|${WEEKDAY}|${SEASON}|${FEAST})\\b`,
  `\\b(?:yesterday|today|tonight|at night|the other (?:day|night|week))\\b`,
  `\\b(?:last|this|that|next|the following|the previous|the same) (?:week|weekend|month|year|term|day|${PART_OF_DAY})\\b`,
  `\\bthe weekend\\b`,
  `\\b(?:in|on|during|over) the (?:${PART_OF_DAY}|holidays?)\\b`,
  `\\bthe (?:night|day|week|weekend|${PART_OF_DAY})s? (?:of|before|after|that|when|you|we|i|he|she|they|your|my|our)\\b`,
  `\\bthe (?:first|last|second|only) time\\b`,
  `\\b(?:the )?(?:start|beginning|end|middle) of (?:the |that |this |last |next )?(?:week|month|year|term|${SEASON})\\b`,
  `\\b(?:(?:${QUANTITY}) (?:(?:and a half|or so) )?(?:${UNIT})|ages|years|months|weeks|days|a while|a bit|a little while|not long|some time) ago\\b`,
  // Years and dates, never a sum: "2024" but not "£2024" or "2024 quid".
  `(?<![£$€\\d,.])\\b(?:19|20)\\d{2}s?\\b(?![,.]\\d)(?! ?(?:k|grand|quid|pounds?|dollars?|euros?|bucks)\\b)`,
  `\\b\\d{1,2}(?:st|nd|rd|th)\\b`,
  `\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b`,
  `\\bthe ${ORDINAL} of\\b`,
  // Clock times, the ones calendar-and-clock.ts reads: "5pm", "11:30", "quarter to two", "midnight".
  `\\b(?:${CLOCK_TIME})`,
  // Said against another event: "after the party", "since we moved", "just before you got home", "When
  // we were in Wales." Not "before" or "after" with a bare "you" or "it": "I should have told you
  // before it got this bad" tells no time.
  `\\b(?:after|before|during|since) (?:the|your|my|our|his|her|their|that|work|school|lunch|dinner|tea|breakfast)\\b`,
  `\\bsince (?:we|you|i|he|she|they|it)\\b`,
  `\\b(?:right|straight|just|soon|not long) (?:after|before) (?:the|your|my|our|his|her|their|that|we|you|i|he|she|they|it)\\b`,
  `(?:^|[.!?;,] )when (?:you|we|i|he|she|they|the|our|my|your|his|her|it)\\b`,
);

function spanIn(units: string): string {
  return anyOf(
    // "Give me a minute" and "in a week" ask for time or promise it; they tell no span.
    `(?<!\\b(?:give me|give us|wait|hang on|in|within|need|want) )\\b(?:${QUANTITY}) (?:(?:and a half|or so|odd|more|whole|full|solid|long) )?(?:${units})\\b`,
    `\\b(?:the (?:whole|entire)|all) (?:time|day|night|weekend|week|month|year|${SEASON}|${PART_OF_DAY}|along)\\b`,
    `\\ball (?:this|that) time\\b`,
    `\\b(?:for )?(?:ages|years|months|weeks|a while|a long time|a little while|not long|too long)\\b`,
    `\\b(?:ever )?since\\b`,
    // "Until the end of the chemo." leads with it; "I won't say a word until you've finished" is no span.
    `\\b(?:until|till|up to) (?:now|today|this week|the end|then)\\b`,
    `${LEADS}(?:right |up )?(?:until|till)\\b`,
    `\\bfrom (?:then|the (?:start|beginning|first \\w+)|day one)\\b`,
    `\\bfrom [^.;!?]{1,30}? (?:until|till)\\b`,
    `\\bfrom [^.;!?]{1,30}? to (?:${HOUR}|\\d|half|quarter|midnight|noon|${MONTH}|${WEEKDAY})`,
    `\\b(?:on and off|off and on|overnight|to this day)\\b`,
  );
}
/** A span of time: "three months", "a year and a half", "since March", "the whole weekend". */
const SPAN = spanIn(UNIT);

/** How often, which is no span: "once a week", "three times a day". */
const RATE = new RegExp(`\\b(?:once|twice|thrice|times) (?:a|an|per|every) (?:${UNIT})\\b`, 'g');

/** "About six months." to "When did it start?": that long ago. Nights and days are more a count. */
const LONG_AGO = `\\b(?:${QUANTITY}) (?:(?:and a half|or so) )?(?:weeks?|fortnights?|months?|years?)\\b`;

/** "At eleven.", "About two." are a time when a time was asked, but as likely a count or a sum otherwise. */
const TIME = new RegExp(`${POINT_IN_TIME}|${BARE_CLOCK_HOUR}|${LONG_AGO}`);
const DURATION = new RegExp(SPAN);
/** Points and spans, to take out before looking for a figure: "2024" and "two years ago" are no sum. */
const TIMES_AND_SPANS = new RegExp(`${LEAD}(?:${POINT_IN_TIME}|${SPAN})`, 'giu');
/** The same, keeping "two nights" and "three weekends", which a "how many?" can count. */
const TIMES_AND_LONG_SPANS = new RegExp(`${LEAD}(?:${POINT_IN_TIME}|${spanIn(LONG_UNIT)})`, 'giu');

const MONEY = anyOf(
  `[£$€] ?\\d[\\d,.]*(?:k|m|bn)?`,
  `\\b\\d[\\d,.]* ?(?:k|grand|quid|pounds?|p|pence|dollars?|bucks|euros?|thousand|hundred|million|m|bn)\\b`,
  `\\b(?:${QUANTITY}) (?:grand|quid|pounds?|dollars?|bucks|euros?)\\b`,
);
const MONEY_ANYWHERE = new RegExp(MONEY, 'gu');
/** A sum: money, a figure, a share of the whole, or a measure of drink. */
const SUM = new RegExp(
  anyOf(
    MONEY,
    `\\b(?:hundreds?|thousands?|millions?)\\b`,
    `(?<![\\w:/])\\d[\\d,.]*`,
    `\\b(?:all of it|every (?:last )?penny|the lot|the whole (?:amount|lot|balance|sum|thing)|half|most of it|a (?:third|quarter) of it|a fortune|none of it|not a penny)\\b`,
    // What is left, said as how much: "It's nearly all gone.", "Next to nothing left."
    `\\b(?:(?:nearly |almost |just about )?all gone|all but gone|(?:next to |almost |practically )?nothing left|none left|next to nothing|hardly anything|barely anything)\\b`,
    // "Some of it." is a share; "Some of it was for the kids" tells what it went on, not how much.
    `\\bsome of it\\b(?! (?:was|went|is|were|got|paid|covered)\\b)`,
    // Vaguer words answer only as the reply's own words: "Not much." but not "You worry too much".
    `${LEADS}(?:a lot|too much|not much|very little|everything|nothing)\\b`,
    `\\b(?:${QUANTITY}) (?:bottles?|half-bottles?|pints?|glass|glasses|beers?|cans?|drinks?|units|shots?|doubles?|lines?|pills?|litres?)\\b`,
  ),
);
/** "Every Thursday", "most nights", "all the time": a count said as how often, read before times come out. */
const HOW_OFTEN = new RegExp(
  `\\b(?:(?:every|each|most) (?:single )?(?:day|night|week|weekend|time|month|morning|evening|${WEEKDAY})s?|all the time(?! (?:you|i|we|in the world|it takes)\\b)|(?:${QUANTITY}|once|twice) (?:times? )?(?:a|every|per) (?:day|week|night|month|weekend|fortnight))\\b`,
);
/** A count: "twice", "three times", "six", "a handful", "none". */
const COUNT = new RegExp(
  anyOf(
    `\\b(?:once|twice|thrice|not once|not one|all of them|a handful|a few|a couple|several|countless|too many to count)\\b`,
    // "Nobody." and "Loads." answer as the reply's own words; "lots of couples" counts nothing asked.
    `${LEADS}(?:both|none|no one|nobody|dozens|loads|lots)\\b(?! of (?!(?:them|us|times)\\b))`,
    `\\b(?:${QUANTITY}|many|lots of|loads of|dozens of|hundreds of) times\\b`,
    `(?<!\\b(?:the|this|that|which|any|every|some) )\\b(?:${NUMBER_WORD})\\b(?! (?:who|another|way)\\b)`,
    `\\b\\d+\\b`,
  ),
);

/** Places people name without a "the": "At work.", "at home", "in town". */
const BARE_PLACE = 'work|home|school|church|uni|college|hospital|rehab|mass|town|bed';
/** Somewhere to be at or come from, but "in practice" and "in training" say how, not where. */
const BARE_PLACE_NOT_IN = 'training|practice';
/** Ways of speaking that open as a place does: "In the end, I lied.", "At the time I thought". */
const IN_NO_PLACE =
  '[Tt]he end|[Tt]he meantime|[Tt]he first place|[Aa] way|[Aa] sense|[Aa] bit|[Aa] minute|[Aa] moment|[Aa] second|[Aa] while|[Mm]y opinion|[Mm]y view|[Mm]y defen[cs]e|[Mm]y head|[Mm]y mind';
const AT_NO_PLACE = '[Tt]he moment|[Tt]he time|[Tt]he same time|[Tt]he end of the day|[Aa] loss|[Tt]he (?:very )?least';
/**
 * A place: "at Dai's", "in the car", "to her flat", "at Knab Rock", and the places people name
 * without a "the": "At work.", "at home", "in town", "On the train." (the lie told most often to
 * "Where were you?").
 */
const PLACE = new RegExp(
  [
    String.raw`\b(?:[Ii]n\s+(?!(?:${IN_NO_PLACE})\b)|[Aa]t\s+(?!(?:${AT_NO_PLACE})\b)|(?:[Tt]o|[Ff]rom|[Nn]ear|[Oo]utside|[Bb]ehind|[Rr]ound)\s+)(?:the|my|his|her|their|our|a|an|\p{Lu}[\p{L}'\u2019]*)\b`,
    String.raw`\b(?:[Aa]t|[Ii]n|[Ff]rom|[Nn]ear|[Oo]utside)\s+(?:${BARE_PLACE})\b`,
    String.raw`\b(?:[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside)\s+(?:${BARE_PLACE_NOT_IN})\b`,
    String.raw`\b[Oo]n\s+(?:the|a|my)\s+(?:train|bus|tube|plane|ferry|motorway)\b`,
  ].join('|'),
  'u',
);

export function givesTime(reply: string): boolean {
  return TIME.test(plain(reply));
}

/** "Since March" and "two years" are spans; "Twice.", "Once a week." and "In March." are not. */
export function givesSpan(reply: string): boolean {
  return DURATION.test(plain(reply).replace(RATE, ' '));
}

/** A time given to "how much?" ("Since last April.") is no sum, whatever figures are in it. */
export function givesSum(reply: string): boolean {
  return SUM.test(plain(reply).replace(TIMES_AND_SPANS, ' '));
}

/** Money is no count ("£40 worth"), nor is a time ("two years ago"); "three nights" is one. */
export function givesCount(reply: string): boolean {
  const text = plain(reply);
  if (HOW_OFTEN.test(text)) return true;
  return COUNT.test(text.replace(TIMES_AND_LONG_SPANS, ' ').replace(MONEY_ANYWHERE, ' '));
}

/** "In March." and "At Easter." are times, not places, for all their capitals. */
export function givesPlace(reply: string): boolean {
  return PLACE.test(straightQuotes(reply).replace(TIMES_AND_SPANS, ' '));
}

/** The text in lower case with its times and spans taken out: the figures left are sums ("2024" is none). */
export function withoutTimesAndSpans(text: string): string {
  return plain(text).replace(TIMES_AND_SPANS, ' ');
}

/** The same, keeping "three nights" and "two weekends", which a "how many?" can count. */
export function withoutTimesAndLongSpans(text: string): string {
  return plain(text).replace(TIMES_AND_LONG_SPANS, ' ');
}

function plain(reply: string): string {
  return straightQuotes(reply).toLowerCase().replace(/\s+/g, ' ');
}

function straightQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`]/g, "'");
}
