// A suggestion that leads with the scenario's true answer keeps the user's own words after it, but
// never the ones that tell the story another way: "Yes. I've been sleeping with Claire since April."
// followed by the user's "Since March." or "No, we never met up outside work." would contradict
// itself and teach the person to say both. Played on Owen's scenario, as in terminal practice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { givesAnotherAccount } from '../../server/engine/feedback/another-account.js';
import { type EngineSession, parseScenario, startSession, takeTurn } from '../../server/engine/index.js';
import { SCENARIO_DIR, scenarioById } from './engine-test-kit.js';

const file = join(SCENARIO_DIR, 'affair-messages.yaml');
const owen = parseScenario(readFileSync(file, 'utf8'), file);
const TRUE_ANSWER = /^Yes\. I've been sleeping with Claire since April\./;

function play(replies: readonly string[]): { session: EngineSession; suggestions: string[] } {
  let session = startSession(owen, 5);
  const suggestions: string[] = [];
  for (const reply of replies) {
    const result = takeTurn(session, reply);
    suggestions.push(result.turn.feedback.suggestion);
    session = result.session;
  }
  return { session, suggestions };
}

describe('a suggestion that leads with the true answer', () => {
  it('drops a time the true answer gives otherwise, and keeps the rest of the user’s words', () => {
    const { suggestions } = play([
      "You're right to be angry. I'd be angry too.",
      'It was Claire from work. Since March.',
    ]);
    expect(suggestions[0]).toMatch(TRUE_ANSWER);
    expect(suggestions[0]).toContain("You're right to be angry.");
    expect(suggestions[1]).toMatch(TRUE_ANSWER);
    expect(suggestions[1]).toContain('It was Claire from work.');
    expect(suggestions[1]).not.toContain('March');
  });

  it('drops a “no” that denies the owed answer it brings back', () => {
    const { suggestions } = play([
      "You're right to be angry. I'd be angry too.",
      'It was Claire from work. Since March.',
      'No, we never met up outside work. It was messages.',
    ]);
    const last = suggestions[2] as string;
    expect(last).toMatch(/Yes\. I've been sleeping with Claire since April\./);
    expect(last).not.toMatch(/never met up/);
  });
});

describe('givesAnotherAccount', () => {
  const truth = 'Yes. I took £7,700 out of the deposit account, in four withdrawals since March.';
  it.each([
    ['No, I never touched it.', true],
    ['Since January.', true],
    ['About two grand.', true],
    ["I'm so sorry.", false],
    ['I was scared you would leave me if you knew about the cards last year.', false],
    ['It was my choice.', false],
    ['No more lies, I promise.', false],
    ['I told her it was over on Sunday.', false],
    ['Since March.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(givesAnotherAccount(sentence, truth)).toBe(expected);
  });
});

describe('an opening that asks in so many words is a question the scenario answers', () => {
  it('Robin’s “I would like to know how he knew” is asked, and the suggestion gives the answer, not a promise of one', () => {
    const robin = scenarioById('told-the-secret');
    const session = startSession(robin, 3);
    expect(session.partner.line).toMatch(/I would like to know how he knew\.$/);
    const { turn } = takeTurn(session, "Take all the time you need. I won't push you on this.");
    expect(turn.understood?.dodged).toBe('who-told');
    expect(turn.feedback.suggestion.startsWith('I told Hannah.')).toBe(true);
    expect(turn.feedback.suggestion).not.toMatch(/deserve an answer/);
  });
});
