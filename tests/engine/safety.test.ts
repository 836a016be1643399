// Crisis replies pause the partner and point to real help; feelings said in strong words do not.
// The phrasings issue 12 names, the same things in other words, and the project's own development
// examples (server/engine/safety/training/dev-examples.jsonl). The measured figures on the evaluation
// file are held by tests/engine/safety-eval.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCrisis, startSession, takeTurn } from '../../server/engine/index.js';
import { readForCrisis } from '../../server/engine/safety/detect-crisis.js';
import { CORPUS_DIR, loadFixture, REPO } from './engine-test-kit.js';

interface Example {
  text: string;
  crisis: boolean;
  kind: string;
  voice: string;
}

const DEV_EXAMPLES: Example[] = readFileSync(join(REPO, 'server/engine/safety/training/dev-examples.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Example);

const CORPUS_REPLIES: string[] = readdirSync(CORPUS_DIR)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) =>
    readFileSync(join(CORPUS_DIR, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );

describe('what issue 12 saw', () => {
  it.each([
    'better off without me',
    "If you leave me I'll kill myself",
    "I don't know if I want to be here anymore",
    'driving the car into the river',
    "I've been saving up my pills in the drawer",
    'I just want everything to stop',
  ])('"%s" is caught', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });

  it.each([
    // The same six, as people also type them.
    'honestly u would all be better off w/o me',
    'if u walk out on me im gonna end it all',
    'idk if i even wanna be around anymore tbh',
    'keep thinking about driving my car off the bridge on the way home',
    'got a load of tablets saved up, been stockpiling them for weeks',
    'i just want it all to end',
    'I DONT WANT TO BE ALIVE ANYMORE',
    'dont think i can carry on tbh',
    'i dont know if i wanna be here n e more',
    'been saving my pills up in the drawer for a while now',
    'thinking of driving the car into the river tonight',
    'i just want everything to stop, all of it',
    'ur all better off w/o me',
    'Honestly I’m not sure I want to be around anymore.',
  ])('in other words: "%s" is caught', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });

  it.each([
    'this is killing me',
    'I could kill for a coffee',
    'I want to die of embarrassment',
    'the deadline is killing me',
    // The same figures in other words.
    'ugh work is literally killing me',
    'i could murder a pint',
    'I nearly died of embarrassment when you read it out',
    'these new shoes are killing me',
    'I killed it at the interview',
    "I'm dying for a cup of tea",
    'this essay is killing me lol',
    'i could kill for a pizza rn',
    'literally dying of embarrassment',
    'deadlines r killing me this week',
    'My back is killing me after the move.',
    'that joke killed me',
  ])('the figure of speech "%s" is not', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('detectCrisis', () => {
  it.each([
    ['I want to kill myself', 'self-harm'],
    ["Honestly I don't want to live anymore", 'self-harm'],
    ['Sometimes I think about ending my life', 'self-harm'],
    ['I wish I was dead', 'self-harm'],
    ['I have been cutting myself again', 'self-harm'],
    ['Everyone would be better off without me', 'self-harm'],
    // Borderline, decided on the side of care (see server/engine/safety/crisis-patterns.ts).
    ['I could kill myself for being so stupid', 'self-harm'],
    ["I'm going to kill him when I see him", 'harm-to-others'],
    ['I want to hurt her the way she hurt me', 'harm-to-others'],
    ['I could strangle that guy', 'harm-to-others'],
    ['He hits me when he drinks', 'being-harmed'],
    ['My husband beat me last night', 'being-harmed'],
    ["I'm not safe at home", 'being-harmed'],
    ["I'm scared she'll hurt me if I tell her", 'being-harmed'],
  ] as const)('"%s" is a crisis (%s)', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });

  it.each([
    'This is killing me',
    "You're killing me with this silence",
    'The guilt is eating me alive',
    "I'm dying to know what you think",
    'I killed our trust and I know it',
    "I don't want to hurt you again",
    'I hurt you and I hate myself for it',
    'It hit me last night how much I lied',
    'You beat me to it',
    "I'm sorry I lied to you. That was my choice.",
  ])('"%s" is not a crisis', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it('speaks plainly and names general help without inventing phone numbers', () => {
    for (const text of ['I want to kill myself', "I'm going to kill him", 'He hits me']) {
      const notice = detectCrisis(text);
      const all = `${notice?.message} ${notice?.resources.join(' ')}`;
      expect(all).toMatch(/emergency number/);
      expect(all).toMatch(/in your country/);
      expect(all).toMatch(/trust/);
      expect(all).not.toMatch(/\d{3}/);
    }
  });
});

describe('a threat used as leverage', () => {
  it.each([
    ["If you leave me I'll kill myself", 'self-harm'],
    ['if you go ill take all my pills, im not joking', 'self-harm'],
    ['if u leave me ill kms', 'self-harm'],
    ["If you tell anyone about this I'll hurt you", 'harm-to-others'],
  ] as const)('"%s" is caught and named as leverage (%s)', (text, kind) => {
    const notice = detectCrisis(text);
    expect(notice?.kind).toBe(kind);
    expect(notice?.leverage).toBe(true);
    expect(notice?.message).toMatch(/threat/);
  });

  it('is named calmly in the feedback on the paused turn', () => {
    const { turn } = takeTurn(startSession(loadFixture(), 3), "If you leave me I'll kill myself");
    expect(turn.feedback.summary).toMatch(/threat/);
    expect(turn.feedback.summary).not.toMatch(/!/);
    expect(turn.feedback.kept).toBe(false);
  });

  it('is not read into a plain crisis reply', () => {
    expect(detectCrisis('I want to kill myself')?.leverage).toBeUndefined();
    expect(takeTurn(startSession(loadFixture(), 3), 'I want to kill myself').turn.feedback.summary).not.toMatch(
      /threat/,
    );
  });
});

describe('the development examples', () => {
  it('are well formed, in several registers, with crisis lines and near misses of every kind', () => {
    expect(DEV_EXAMPLES.filter((e) => e.crisis).length).toBeGreaterThanOrEqual(450);
    expect(DEV_EXAMPLES.filter((e) => !e.crisis).length).toBeGreaterThanOrEqual(240);
    expect(new Set(DEV_EXAMPLES.map((e) => e.voice)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(DEV_EXAMPLES.map((e) => e.text)).size).toBe(DEV_EXAMPLES.length);
  });

  // Measured: 465 of 482 crisis lines caught (0.965), 1 false alarm in 244 near misses. These lines
  // are training data of the crisis model now, so this is no measure of how it generalizes (the
  // held-out figures are in crisis-model.test.ts); it checks the check still reads its own examples.
  it('are caught (recall >= 0.95) with at most one false alarm in 200', () => {
    const crisis = DEV_EXAMPLES.filter((e) => e.crisis);
    const near = DEV_EXAMPLES.filter((e) => !e.crisis);
    const caught = crisis.filter((e) => detectCrisis(e.text) !== null);
    const alarms = near.filter((e) => detectCrisis(e.text) !== null).map((e) => e.text);
    expect(caught.length / crisis.length).toBeGreaterThanOrEqual(0.95);
    expect(alarms.length / near.length).toBeLessThanOrEqual(0.005);
  });
});

describe('ordinary practice replies', () => {
  it('none of the classifier corpus replies (ordinary replies to a hurt partner) is a crisis', () => {
    expect(CORPUS_REPLIES.length).toBeGreaterThan(1000);
    expect(CORPUS_REPLIES.filter((text) => detectCrisis(text) !== null)).toEqual([]);
  });
});

describe('anchors', () => {
  it('never change a decision: trying every pattern on every reply gives the same matches', () => {
    const texts = [...DEV_EXAMPLES.map((e) => e.text), ...CORPUS_REPLIES];
    const differ = texts.filter(
      (text) => readForCrisis(text).matched.join() !== readForCrisis(text, { everyPattern: true }).matched.join(),
    );
    expect(differ).toEqual([]);
  });
});
