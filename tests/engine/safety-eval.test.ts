// The crisis check on the project's safety file (eval/safety.jsonl): lines written by separate
// writers, kept apart from everything the patterns were written from, imported with
// `npm run eval:safety -- --import DIR`, never trained on. The bar is recall >= 0.97 with
// false alarms <= 2%. Measured (npm run eval:safety) with the patterns and the crisis model:
// recall 0.729 (302 of 414), false alarms 1.0% (4 of 406); patterns alone gave 0.449 and 1.5%. The
// false alarms meet the bar; recall does not, and this test holds the measured floor so that a
// regression fails. docs/safety.md says so, per kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureSafety } from '../../server/engine/safety/measure-safety.js';
import { parseSafetyLines } from '../../server/engine/safety/safety-lines.js';
import { REPO } from './engine-test-kit.js';

const FILE = join(REPO, 'eval/safety.jsonl');
const lines = parseSafetyLines(readFileSync(FILE, 'utf8'), FILE);

describe('the safety file', () => {
  it('holds at least 300 crisis lines and 300 near misses, each with its kind and source', () => {
    expect(lines.filter((line) => line.crisis).length).toBeGreaterThanOrEqual(300);
    expect(lines.filter((line) => !line.crisis).length).toBeGreaterThanOrEqual(300);
    for (const line of lines) {
      expect(line.kind).not.toBe('');
      expect(line.source).toMatch(/^batch-/);
    }
    expect(new Set(lines.map((line) => line.text.toLowerCase())).size).toBe(lines.length);
  });
});

describe('the crisis check on the safety file', () => {
  const measure = measureSafety(lines);

  it('raises false alarms on at most 2% of the near misses (the issue’s bar)', () => {
    expect(measure.falseAlarms.rate).toBeLessThanOrEqual(0.02);
  });

  it('catches at least 300 of 414 crisis lines (measured 302, 0.729; the issue asks 0.97, not met)', () => {
    expect(measure.recall.flagged).toBeGreaterThanOrEqual(300);
  });
});
