// Mend must not blame what it teaches: every suggested reply's sentences (suggestion-lines.ts), each
// scenario's hints (classified after every line the partner may say in that emotion), the honest
// answerer's own lines and each scenario's true answers (to each way the question is asked, with the
// question's kind as the engine passes it) are never judged defensive or minimizing, and a true answer
// is validating (taxonomy v2: a direct, truthful answer).
//
// KNOWN_MISJUDGED lists the lines the classifier still gets wrong (measured when this test was
// written). It may only shrink: a listed line now judged right fails the second test until it is
// taken off the list, so the list always says how far the classifier is from its own teaching.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import { loadFixture, loadScenarios } from '../engine/engine-test-kit.js';
import { scenarioLines, suggestionLines, type Taught } from './taught-lines.js';

function misjudged(item: Taught): string | undefined {
  for (const context of item.contexts) {
    const { label } = classifyReply(item.text, context);
    const wrong = item.validating ? label !== 'validating' : label === 'defensive' || label === 'minimizing';
    if (wrong) return `${label}${context.partner ? ` after “${context.partner}”` : ''}`;
  }
  return undefined;
}

// Each with where it is taught and how it was judged when listed: 2 of the 637 distinct lines taught.
// The suggestion sentences once listed here were reworded, not the classifier; these two are
// scenario lines a counsellor wrote, left as written.
const KNOWN_MISJUDGED: readonly string[] = [
  "I never let you stand next to me in this. What's hurting most right now?", // suit-every-morning hint (sadness): defensive after “Anything. Tell me anything real.”
  "No. I didn't ask Hannah to keep it to herself. I never said it was private.", // told-the-secret true answer to asked-her-to-keep-it: defensive after “Did you at least ask her to keep it to hers
];

const taught = [...suggestionLines(), ...[loadFixture(), ...loadScenarios()].flatMap(scenarioLines)];

describe('the classifier on the lines Mend teaches', () => {
  it('judges none of them defensive or minimizing, and every true answer validating', () => {
    const wrong = taught
      .filter((item) => !KNOWN_MISJUDGED.includes(item.text))
      .map((item) => [item, misjudged(item)] as const)
      .filter(([, verdict]) => verdict !== undefined)
      .map(([item, verdict]) => `${item.where}: “${item.text}” judged ${verdict}`);
    expect(wrong).toEqual([]);
  });

  it('still misjudges every line listed as known (a line judged right now comes off the list)', () => {
    const texts = new Set(taught.map((item) => item.text));
    const fixed = KNOWN_MISJUDGED.filter(
      (text) => !texts.has(text) || taught.filter((item) => item.text === text).every((item) => !misjudged(item)),
    );
    expect(fixed).toEqual([]);
  });
});
