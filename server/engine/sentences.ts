// A reply split into sentences with their offsets, for the feedback (what to keep of the user's
// words) and the conversation (which facts a sentence tells). Runs end at . ! ? (and, for the
// feedback, …) with any closing quote or bracket, or at a line break; a run with no letter or digit
// is not a sentence.
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// A point between figures ("12.30", "£7.50") ends no sentence: split there, "from 12." and "30pm
// until five" each lost half of the time said.
const ENDS = /(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+["'\u201d\u2019)]*|\n|$)/g;
const ENDS_WITH_ELLIPSIS = /(?:[^.!?…\n]|(?<=\d)\.(?=\d))+(?:[.!?…]+["'\u201d\u2019)]*|\n|$)/g;

/**
 * `atEllipsis`: "I took it… from the deposit" is two sentences for the feedback, which keeps or
 * drops whole sentences, but one for the conversation, which needs the "I" and the fact together.
 */
export function sentencesOf(text: string, atEllipsis = false): Sentence[] {
  const out: Sentence[] = [];
  for (const match of text.matchAll(atEllipsis ? ENDS_WITH_ELLIPSIS : ENDS)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const start = (match.index ?? 0) + lead;
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}
