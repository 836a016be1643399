// Phrases that defend or shrink whatever else a reply says (taxonomy: defensive, minimizing), found
// in the words themselves. A safety net under the classifier's evidence: the feedback quotes and
// names them when the classifier gave no words of its own, and a suggestion never hands them back.
import type { Evidence, Signal } from '../types.js';

const NET: ReadonlyArray<readonly [Signal, RegExp]> = [
  ['non-apology', /\bsorry (?:that |if )?you\b(?! (?:deserved?|didn'?t deserve|did nothing)\b)[^.,;!?]*/i],
  [
    'blame-shift',
    /\b(?:but you\b(?! (?:deserved?|didn'?t deserve|did nothing|don'?t deserve|were right|are right)\b)|you (?:were|are|'re) never (?:home|here|there|around)|you never (?:listen|let me|make time|have time|talk to me|noticed?)|you always (?:do|make|start|bring))[^.,;!?]*/i,
  ],
  ['counter-attack', /\bwhy do you (?:always|keep)\b[^.,;!?]*/i],
  [
    'evasion',
    /\b(?:does it (?:even )?matter|what difference does it make|why do you need to know|none of your business|i'?m not getting into)\b[^.,;!?]*/i,
  ],
  ['dismissal', /\b(?:overreact\w*|calm down)\b[^.,;!?]*|^whatever\b[^.,;!?]*/i],
  ['rushing', /\b(?:move on|get over (?:it|this)|put (?:it|this) behind us)\b[^.,;!?]*/i],
  ['agency-removal', /\b(?:it )?just happened\b/i],
  [
    'intent-excuse',
    /\b(?:i )?(?:didn'?t mean|never meant|(?:was|were) going to (?:tell|stop|end|pay|put|sort)|meant to (?:tell|stop|end))\b[^.,;!?]*/i,
  ],
  [
    'downplay',
    /\b(?:(?:it'?s |it was )?not (?:that bad|a big deal)|big deal|meant nothing|(?:it was |it's )?only (?:once|twice|a few|a couple|money|a kiss|texts?|messages|a bit))\b[^.,;!?]*/i,
  ],
  ['generalizing', /\beveryone (?:does|makes)\b[^.,;!?]*/i],
  [
    'stonewall',
    /\bi(?:'ve| have) (?:already )?(?:said (?:i'?m )?sorry|apologi[sz]ed)\b|\bi already (?:said (?:i'?m )?sorry|apologi[sz]ed)\b/i,
  ],
];

/** One pass that finds whether any net phrase may be there: most replies have none (this runs every turn). */
const ANY = new RegExp(NET.map(([, pattern]) => `(?:${pattern.source})`).join('|'), 'i');

/** Evidence for every net phrase in the reply, in the order the net lists them. */
export function netEvidence(reply: string): Evidence[] {
  if (!ANY.test(reply)) return [];
  const found: Evidence[] = [];
  for (const [signal, pattern] of NET) {
    const match = pattern.exec(reply);
    if (!match) continue;
    const text = match[0].trimEnd();
    found.push({ signal, text, start: match.index, end: match.index + text.length });
  }
  return found;
}
