// What only the whole set of scenarios can show: a partner line that two scenarios share, and stock
// phrases (four words or more) worn thin across many lines. Eight partners who all open with "Thank
// you" or "I'm not going to shout" sound like one writer, not eight people.
import { formatPath, type PathSegment, partnerLinesOf } from './scenario-lines.js';
import type { Scenario } from './scenario-schema.js';

/** A phrase of this many words... */
export const STOCK_PHRASE_WORDS = 4;
/** ...may appear in at most this many partner lines across all scenarios. */
export const STOCK_PHRASE_LIMIT = 3;

export interface RepetitionProblem {
  file: string;
  path: PathSegment[];
  message: string;
}

interface Said {
  file: string;
  path: PathSegment[];
  words: string[];
}

export function repetitionProblems(
  scenarios: ReadonlyArray<{ file: string; scenario: Scenario }>,
): RepetitionProblem[] {
  const said: Said[] = scenarios.flatMap(({ file, scenario }) =>
    partnerLinesOf(scenario as unknown as Record<string, unknown>).map(({ path, text }) => ({
      file,
      path,
      words: wordsOf(text),
    })),
  );
  return [...linesInTwoScenarios(said), ...stockPhrases(said)];
}

function linesInTwoScenarios(said: Said[]): RepetitionProblem[] {
  const out: RepetitionProblem[] = [];
  const first = new Map<string, Said>();
  for (const line of said) {
    if (line.words.length < 3) continue; // "Okay." and "Mm." are everyone's
    const key = line.words.join(' ');
    const earlier = first.get(key);
    if (!earlier) first.set(key, line);
    else if (earlier.file !== line.file)
      out.push({
        file: line.file,
        path: line.path,
        message: `is also a line in ${earlier.file} (${formatPath(earlier.path)}): every partner's lines are their own`,
      });
  }
  return out;
}

/**
 * Each phrase worn past the limit, reported once at the first line past the limit, naming where it
 * is. Overlapping phrases that wear the same lines ("i don't want to" / "don't want to be") are
 * reported as the longest phrase they make up.
 */
function stockPhrases(said: Said[]): RepetitionProblem[] {
  const linesWith = new Map<string, number[]>();
  said.forEach((line, index) => {
    const seen = new Set<string>();
    for (let i = 0; i + STOCK_PHRASE_WORDS <= line.words.length; i++) {
      const phrase = line.words.slice(i, i + STOCK_PHRASE_WORDS).join(' ');
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      const list = linesWith.get(phrase) ?? [];
      list.push(index);
      linesWith.set(phrase, list);
    }
  });
  const worn = new Map<string, string[]>();
  for (const [phrase, lines] of linesWith) {
    if (lines.length <= STOCK_PHRASE_LIMIT) continue;
    const key = lines.join(',');
    worn.set(key, [...(worn.get(key) ?? []), phrase]);
  }
  const out: RepetitionProblem[] = [];
  for (const [key, phrases] of worn) {
    const lines = key.split(',').map((index) => said[Number(index)] as Said);
    const past = lines[STOCK_PHRASE_LIMIT] as Said;
    const where = lines.map((line) => `${line.file} ${formatPath(line.path)}`);
    out.push({
      file: past.file,
      path: past.path,
      message: `"${longestPhrase(phrases, lines[0] as Said)}" is in ${lines.length} partner lines (at most ${STOCK_PHRASE_LIMIT} may share a phrase of ${STOCK_PHRASE_WORDS} words): ${where.join('; ')}`,
    });
  }
  return out;
}

/** The overlapping phrases joined back into the run of words they cover in one of their lines. */
function longestPhrase(phrases: string[], line: Said): string {
  const starts = phrases
    .map((phrase) => indexOfRun(line.words, phrase.split(' ')))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  if (starts.length === 0) return phrases[0] as string;
  let best = { from: starts[0] as number, to: (starts[0] as number) + STOCK_PHRASE_WORDS };
  let run = { ...best };
  for (const start of starts.slice(1)) {
    if (start <= run.to - STOCK_PHRASE_WORDS + 1) run.to = start + STOCK_PHRASE_WORDS;
    else run = { from: start, to: start + STOCK_PHRASE_WORDS };
    if (run.to - run.from > best.to - best.from) best = { ...run };
  }
  return line.words.slice(best.from, best.to).join(' ');
}

function indexOfRun(words: string[], run: string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((word, j) => words[i + j] === word)) return i;
  return -1;
}

/** Lowercase words with apostrophes straightened; a {slot} is one word. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .match(/\{[^{}\s]+\}|[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu) ?? []
  );
}
