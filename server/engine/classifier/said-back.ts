// Whether a clause of the reply says the partner's question back, in the reply's own tense: "Did you
// say it was private?" "No. I never said it was private." Stems alone miss it ("said" and "say" stem
// apart), so the past forms of the verbs a partner asks with are read as their plain form first.
import { PARTNER_LINES_KEPT, partnerCanonical, STOP } from './partner-echo.js';
import { stem } from './reply-words.js';

const PLAIN_FORM: Readonly<Record<string, string>> = {
  said: 'say',
  told: 'tell',
  went: 'go',
  gone: 'go',
  saw: 'see',
  seen: 'see',
  met: 'meet',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  kept: 'keep',
  left: 'leave',
  spent: 'spend',
  sent: 'send',
  bought: 'buy',
  made: 'make',
  knew: 'know',
  known: 'know',
  thought: 'think',
  came: 'come',
  got: 'get',
  slept: 'sleep',
  lent: 'lend',
  paid: 'pay',
  lost: 'lose',
  hid: 'hide',
  hidden: 'hide',
  drove: 'drive',
  driven: 'drive',
  drank: 'drink',
  drunk: 'drink',
  wrote: 'write',
  written: 'write',
  sold: 'sell',
  heard: 'hear',
  found: 'find',
  brought: 'bring',
  felt: 'feel',
  stole: 'steal',
  stolen: 'steal',
};

function lemmas(canonical: string): Set<string> {
  const out = new Set<string>();
  for (const word of canonical.split(' ')) {
    if (word.length < 3 || STOP.has(word) || !/^[a-z]+$/.test(word)) continue;
    out.add(stem(PLAIN_FORM[word] ?? word));
  }
  return out;
}

// Every clause of every reply is set against the same partner line, as partner-echo.ts's words are.
const THEIR_LEMMAS = new Map<string, ReadonlySet<string>>();

/** The partner line's words, past forms read as plain ones; made once a line. */
export function partnerLemmas(partner: string): ReadonlySet<string> {
  let theirs = THEIR_LEMMAS.get(partner);
  if (!theirs) {
    theirs = lemmas(partnerCanonical(partner));
    if (THEIR_LEMMAS.size >= PARTNER_LINES_KEPT) THEIR_LEMMAS.clear();
    THEIR_LEMMAS.set(partner, theirs);
  }
  return theirs;
}

/** How many of the partner's words (past forms read as plain ones) the clause says back. */
export function wordsSaidBack(clauseCanonical: string, partner: string): number {
  const theirs = partnerLemmas(partner);
  let shared = 0;
  for (const lemma of lemmas(clauseCanonical)) if (theirs.has(lemma)) shared++;
  return shared;
}
