// The 5% rule: no sentence the feedback writes appears in more than 5% of the suggestions of one
// scenario's autoplayed sessions, or it has become a stock phrase. This is the in-CI sample (15
// seeded sessions per player per scenario, through the real engine and classifier); the full sweep,
// 1,000 per player, is `npm run feedback:spread`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoplay, okay } from '../../server/engine/conversation/autoplay.js';
import { feedbackSentences } from '../../server/engine/feedback/suggestion-spread.js';
import { pendingQuestionOf, STOCK_PHRASE_SHARE, spreadOf } from '../../server/engine/index.js';
import { CORPUS_DIR, loadScenarios } from './engine-test-kit.js';

const SESSIONS = 15;

function corpusReplies(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(CORPUS_DIR, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
}

const corpus = corpusReplies();
const scenarios = loadScenarios();

describe.each(scenarios.map((s) => [s.id, s] as const))('%s, autoplayed by every player', (_id, scenario) => {
  it('no sentence the feedback writes is in more than 5% of its suggestions', () => {
    const { together } = spreadOf(scenario, { sessions: SESSIONS, corpus });

    expect(together.suggestions).toBeGreaterThan(300);
    expect(together.commonest?.share ?? 0, together.commonest?.sentence).toBeLessThanOrEqual(STOCK_PHRASE_SHARE);
  }, 60_000);
});

describe('what counts as the feedback’s own sentence', () => {
  it('leaves out the true answer it leads with and the user’s own words it keeps, and counts the rest', () => {
    // A turn whose suggestion is the true answer and more, from someone who only says "ok".
    const runs = scenarios.flatMap((scenario) => [1, 2, 3].map((seed) => autoplay(scenario, seed, okay)));
    const found = runs
      .flatMap((run) => run.turns.map((turn, n) => ({ turn, before: run.sessions[n] })))
      .find(({ turn, before }) => {
        const answer = before && pendingQuestionOf(before)?.trueAnswer;
        return answer && turn.feedback.suggestion.length > answer.length;
      });
    if (!found?.before) throw new Error('no turn with a question waiting');
    const { turn, before } = found;
    const answer = pendingQuestionOf(before)?.trueAnswer as string;

    const own = feedbackSentences(turn, before);

    expect(turn.feedback.suggestion.startsWith(answer)).toBe(true);
    expect(own.length).toBeGreaterThan(0);
    for (const sentence of own) expect(answer).not.toContain(sentence.replace(/[.!?]$/, ''));
  });
});

describe('the same moment in different sessions', () => {
  it('someone who says "ok" to the same opening line is not handed the same words every session', () => {
    const scenario = scenarios.find((s) => s.id === 'hidden-debt') ?? scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const byOpening = new Map<string, Set<string>>();
    for (let seed = 1; seed <= 30; seed++) {
      const run = autoplay(scenario, seed, okay, { turns: 1 });
      const turn = run.turns[0];
      // Only the feedback's own words can vary: the true answer to an opening question is the same each time.
      const own = turn ? feedbackSentences(turn, run.sessions[0]).join(' ') : '';
      if (!own) continue;
      const seen = byOpening.get(run.opening.line) ?? new Set<string>();
      seen.add(own);
      byOpening.set(run.opening.line, seen);
    }

    expect(byOpening.size).toBeGreaterThan(0);
    for (const [opening, suggestions] of byOpening) expect(suggestions.size, opening).toBeGreaterThan(1);
  });
});
