// A cheap prefilter for the cue patterns. Most patterns cannot match unless one of a few words is in
// the text ("move (?:on|forward)" needs "move"). Reading that requirement off the pattern's source
// once lets classifyReply skip the regex engine for the ~95% of patterns that cannot match a given
// reply, which is most of the cost of a classification.

/**
 * Alternatives of which at least one must occur in any text the pattern matches, or undefined when
 * no such set can be read off safely. Conservative: only top-level, non-optional literals count.
 */
function requiredWords(source: string): string[] | undefined {
  const branches = splitTopLevel(source, '|');
  const sets: string[][] = [];
  for (const branch of branches) {
    const set = requiredInSequence(branch);
    if (!set) return undefined;
    sets.push(set);
  }
  return sets.flat();
}

/**
 * Every set of alternatives the pattern requires (each set: at least one of its words must occur).
 * A text lacking any one set cannot match, so checking all of them filters more than the best one.
 */
export function requiredWordSets(source: string): string[][] {
  if (splitTopLevel(source, '|').length > 1) {
    const union = requiredWords(source);
    return union ? [union] : [];
  }
  const sets: string[][] = [];
  requiredInSequence(source, sets);
  return sets;
}

function requiredInSequence(seq: string, all?: string[][]): string[] | undefined {
  let best: string[] | undefined;
  let literal = '';
  const consider = (set: string[]) => {
    const shortest = Math.min(...set.map((s) => s.trim().length));
    if (shortest >= 2) all?.push(set);
    if (shortest >= 2 && (!best || shortest > Math.min(...best.map((s) => s.trim().length)))) best = set;
  };
  const flush = (optional: boolean) => {
    if (!optional && literal.trim().length >= 2) consider([literal.trim()]);
    literal = '';
  };
  let i = 0;
  while (i < seq.length) {
    const ch = seq[i] as string;
    if (ch === '\\') {
      const next = seq[i + 1] ?? '';
      if (/[.?!,]/.test(next)) literal += next;
      else flush(false);
      i += 2;
      continue;
    }
    if (ch === '(') {
      const end = matchingParen(seq, i);
      const group = seq.slice(i, end + 1);
      const optional = /^[?*]|^\{0,/.test(seq.slice(end + 1));
      flush(false);
      if (!optional && group.startsWith('(?:')) {
        const alts = splitTopLevel(group.slice(3, -1), '|');
        // Plain words only: an unescaped "." is any character, not a literal, and match-cues.ts
        // looks for these literals whole.
        if (alts.every((a) => /^[a-z0-9 ',-]+$/.test(a))) consider(alts);
        else {
          // Alternatives with structure of their own: each must bring a requirement of its own.
          const nested = alts.map((alt) => requiredInSequence(alt));
          if (nested.every((n) => n !== undefined)) consider(nested.flat() as string[]);
        }
      }
      i = end + 1;
      continue;
    }
    if (ch === '[') {
      flush(false);
      i = seq.indexOf(']', i) + 1;
      continue;
    }
    if (ch === '?' || ch === '*' || ch === '{') {
      // The last character of the literal run is optional: drop it, keep what came before.
      literal = literal.slice(0, -1);
      flush(false);
      i = ch === '{' ? seq.indexOf('}', i) + 1 : i + 1;
      continue;
    }
    if (ch === '^' || ch === '$' || ch === '+' || ch === '.') {
      flush(false);
      i++;
      continue;
    }
    literal += ch;
    i++;
  }
  flush(false);
  return best;
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === '[') {
      i = s.indexOf(']', i);
      continue;
    }
    if (s[i] === '(') depth++;
    if (s[i] === ')' && --depth === 0) return i;
  }
  return s.length - 1;
}

function splitTopLevel(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      i = s.indexOf(']', i);
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/**
 * The literal prefixes one of which every match must start with, right at a word boundary, or
 * undefined when the pattern can start some other way (`^`, punctuation, an optional group).
 * "\b(?:that|it) (?:is|was) on me" starts with "that" or "it".
 */
export function leadingWords(source: string): string[] | undefined {
  const out: string[] = [];
  for (const branch of splitTopLevel(source, '|')) {
    const words = leadingInSequence(branch);
    if (!words) return undefined;
    out.push(...words);
  }
  return out.length > 0 ? out : undefined;
}

function leadingInSequence(seq: string): string[] | undefined {
  let i = 0;
  // Zero-width things at the start: lookbehinds and word boundaries.
  for (;;) {
    if (seq.startsWith('\\b', i)) i += 2;
    else if (seq.startsWith('(?<', i)) i = matchingParen(seq, i) + 1;
    else break;
  }
  if (seq.startsWith('(?:', i)) {
    const end = matchingParen(seq, i);
    if (/^[?*]|^\{0,/.test(seq.slice(end + 1))) return undefined;
    const words: string[] = [];
    for (const alt of splitTopLevel(seq.slice(i + 3, end), '|')) {
      const nested = leadingInSequence(alt);
      if (!nested) return undefined;
      words.push(...nested);
    }
    return words;
  }
  const literal = /^[a-z0-9' ]+/.exec(seq.slice(i))?.[0] ?? '';
  const next = seq[i + literal.length] ?? '';
  const word = /[?*{]/.test(next) ? literal.slice(0, -1) : literal;
  return /^[a-z0-9]/.test(word) ? [word] : undefined;
}
