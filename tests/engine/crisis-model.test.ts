// The crisis model beside the patterns: it catches what the patterns do not reach, names the kind,
// says which words mattered, keeps its threshold within the false-alarm ceiling it was chosen for,
// and is rebuilt byte for byte from the same files. Training figures come from the artifact that
// `npm run train` wrote (tests run it first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crisisModelSummary, detectCrisis, readForCrisis } from '../../server/engine/index.js';
import { crisisWords } from '../../server/engine/safety/crisis-text.js';
import { blankFigures } from '../../server/engine/safety/figures-of-speech.js';
import {
  CRISIS_TRAINING,
  chooseThresholds,
  type HeldOutScore,
  type TrainingLine,
  trainCrisisModel,
} from '../../server/engine/safety/train-crisis-model.js';
import { REPO } from './engine-test-kit.js';

const TRAINING = join(REPO, 'server/engine/safety/training');

function trainingLines(file: string): TrainingLine[] {
  return readFileSync(join(TRAINING, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ ...(JSON.parse(line) as Omit<TrainingLine, 'source'>), source: file }));
}

describe('replies no pattern reaches', () => {
  // Written for this test, in no training file: indirect, as people put it.
  // Not every such reply is caught: held out, the model catches about six in ten (docs/safety.md).
  it.each([
    ['ive been looking up how many of my tablets it would take', 'self-harm'],
    ['im going to wait for him after his shift and make sure he cant walk', 'harm-to-others'],
  ] as const)('"%s" is caught by the model and named %s', (text, kind) => {
    const reading = readForCrisis(text);
    expect(reading.matched).toEqual([]);
    expect(reading.model.crisis).toBe(true);
    expect(detectCrisis(text)?.kind).toBe(kind);
  });

  it('says which words and concepts pushed it', () => {
    const { strongest } = readForCrisis('ive been looking up how many of my tablets it would take').model;
    expect(strongest.length).toBeGreaterThan(0);
    expect(strongest.map((s) => s.feature).join(' ')).toMatch(/tablets|means/);
    for (const s of strongest) expect(s.weight).toBeGreaterThan(0);
  });

  it('reads a long reply to its last line, and its repeated words do not add up to an alarm', () => {
    const long = Array.from({ length: 40 }, (_, i) => `I kept telling myself it was fine, time ${i + 1}.`).join(' ');
    expect(long.length).toBeLessThanOrEqual(2000);
    expect(detectCrisis(long)).toBeNull();
    expect(detectCrisis(`${long} I have saved up my pills and tonight is the night.`)?.kind).toBe('self-harm');
  });

  it('gives the same answer to the same reply, however often it is asked', () => {
    const text = 'ive been looking up how many of my tablets it would take';
    const first = JSON.stringify(readForCrisis(text));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(readForCrisis(text))).toBe(first);
  });
});

describe('a pattern weighed by the model', () => {
  it('still decides the plain statements it was written for', () => {
    for (const text of ['I wish I was dead', 'This is goodbye.', 'I could strangle that guy']) {
      const reading = readForCrisis(text);
      expect(reading.matched.length, text).toBeGreaterThan(0);
      expect(reading.model.crisis, text).toBe(true);
    }
  });

  it('is outweighed where the rest of the reply says it is not meant', () => {
    const text = 'omg im so embarrassed i could literally die. not literally obvs lol';
    expect(readForCrisis(text).matched.length).toBeGreaterThan(0);
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('the thresholds', () => {
  const score = (probability: number, crisis: boolean, pattern = false): HeldOutScore => ({
    probability,
    named: 'self-harm',
    pattern,
    crisis,
    source: 'a',
    kind: crisis ? 'plan' : 'idiom',
  });
  const options = { recallTarget: 0.98, falseAlarmCeiling: 0.02, recallSlack: 0.01 };
  const flagged = (s: HeldOutScore, t: { plain: number; pattern: number }) =>
    s.probability >= (s.pattern ? t.pattern : t.plain);

  it('reach the recall target with the fewest false alarms when the ceiling allows it', () => {
    const scores = [
      ...Array.from({ length: 100 }, (_, i) => score(0.5 + i / 250, true)),
      ...Array.from({ length: 100 }, (_, i) => score(i / 250, false)),
    ];
    const { thresholds, rule } = chooseThresholds(scores, options);
    expect(rule).toBe('recall');
    expect(scores.filter((s) => s.crisis && flagged(s, thresholds)).length).toBe(98);
    expect(scores.filter((s) => !s.crisis && flagged(s, thresholds)).length).toBe(0);
  });

  it('keep to the false-alarm ceiling when the recall target would cost more, with the most recall it allows', () => {
    // Crisis and near misses overlap: 98% recall would flag almost every near miss.
    const scores = [
      ...Array.from({ length: 100 }, (_, i) => score(i / 100, true)),
      ...Array.from({ length: 100 }, (_, i) => score(i / 100, false)),
    ];
    const { thresholds, rule } = chooseThresholds(scores, options);
    expect(rule).toBe('false-alarm-ceiling');
    expect(scores.filter((s) => !s.crisis && flagged(s, thresholds)).length).toBe(2);
  });

  it('let a pattern count for more than the model alone when the patterns are reliable', () => {
    // Pattern hits: crisis lines score 0.3-0.7, near misses 0.1; plain lines overlap entirely.
    const scores = [
      ...Array.from({ length: 50 }, (_, i) => score(0.3 + i / 125, true, true)),
      ...Array.from({ length: 50 }, () => score(0.1, false, true)),
      ...Array.from({ length: 50 }, (_, i) => score(i / 50, true)),
      ...Array.from({ length: 50 }, (_, i) => score(i / 50, false)),
    ];
    const { thresholds } = chooseThresholds(scores, options);
    expect(thresholds.pattern).toBeLessThanOrEqual(0.3);
    expect(thresholds.pattern).toBeGreaterThan(0.1);
    expect(thresholds.plain).toBeGreaterThan(0.9);
  });

  it('give a pattern the benefit when the held-out recall cannot tell pattern thresholds apart', () => {
    // Pattern hits: every crisis line scores 0.6, every near miss 0.2; any pattern threshold between
    // 0.22 and 0.6 does as well as any other, and the lowest is taken.
    const scores = [
      ...Array.from({ length: 50 }, () => score(0.6, true, true)),
      ...Array.from({ length: 50 }, () => score(0.2, false, true)),
      ...Array.from({ length: 50 }, (_, i) => score(i / 50, true)),
      ...Array.from({ length: 50 }, (_, i) => score(i / 50, false)),
    ];
    expect(chooseThresholds(scores, options).thresholds.pattern).toBe(0.22);
  });

  it('were chosen by leaving each writer out, and held out they stay within the ceiling', () => {
    const { heldOut, thresholds } = crisisModelSummary();
    expect(Object.keys(heldOut.byWriter).length).toBeGreaterThanOrEqual(5);
    expect(heldOut.falseAlarms).toBeLessThanOrEqual(0.02);
    expect(heldOut.byWriter['practice-corpus']?.falseAlarms).toBeLessThanOrEqual(0.005);
    // Measured by npm run train: pooled held-out recall 0.5909 at 1.99% false alarms, with the
    // practice corpus (7,486 replies) at weight 0.4 (docs/safety.md). The floor is that less a point
    // (0.58): training is deterministic, so only a change to the lines or the code moves it, and a
    // few lines' change has moved it by about that much (the pattern threshold moves in 0.02 steps).
    // It was 0.590 on 1,369 corpus replies; the grown corpus at full weight measured 0.569 (0.582
    // with this floor's pattern fixes).
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.58);
    // ...and of the crisis lines it caught, named the kind right for 94.6%.
    expect(heldOut.kindNamed).toBeGreaterThanOrEqual(0.94);
    expect(thresholds.pattern).toBeLessThanOrEqual(thresholds.plain);
    expect(thresholds.plain).toBeLessThan(1);
  });
});

describe('training', () => {
  it('gives the same model, byte for byte, from the same lines', () => {
    const lines = [...trainingLines('terse-harm.jsonl'), ...trainingLines('young-texting.jsonl')].filter(
      (_, i) => i % 4 === 0,
    );
    const first = JSON.stringify(trainCrisisModel(lines, 'test', { ...fastTraining }));
    expect(JSON.stringify(trainCrisisModel(lines, 'test', { ...fastTraining }))).toBe(first);
  });
});

const fastTraining = { ...CRISIS_TRAINING, epochs: 2 };

describe('figure anchors', () => {
  it('never change a reading: a reply with no anchor word holds no figure of speech', () => {
    const texts = ['terse-harm.jsonl', 'young-texting.jsonl', 'indirect-adults.jsonl', 'embedded-long.jsonl']
      .flatMap((file) => trainingLines(file))
      .map((line) => line.text);
    const differ = texts.filter((text) => {
      const words = crisisWords(text);
      const canonical = ` ${words.join(' ')} `;
      return blankFigures(canonical, words) !== blankFigures(canonical);
    });
    expect(differ).toEqual([]);
  });
});
