import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { challengeFiles, MODEL_FILE, readCorpus, readJsonl, trainingHash } from '../../server/cli/corpus-files.js';
import { contextKey } from '../../server/cli/corpus-import.js';
import { classifyWith } from '../../server/engine/classifier/classify-reply.js';
import { asksForInformation } from '../../server/engine/classifier/corpus.js';
import { evaluate } from '../../server/engine/classifier/evaluate.js';
import { compileModel, type ModelArtifact } from '../../server/engine/classifier/linear-model.js';
import { readQuestion } from '../../server/engine/classifier/question-reader.js';
import { TRAINING, trainModel } from '../../server/engine/classifier/train-model.js';
import { EMOTIONS, LABELS, QUESTION_KINDS } from '../../server/engine/types.js';

const { items } = readCorpus();

describe('the project corpus', () => {
  it('holds at least 6,000 replies from seven batches, and each label is at least a fifth of them', () => {
    expect(items.length).toBeGreaterThanOrEqual(6000);
    expect(new Set(items.map((i) => i.batch)).size).toBeGreaterThanOrEqual(7);
    for (const label of LABELS) {
      expect(items.filter((i) => i.label === label).length, label).toBeGreaterThanOrEqual(items.length / 5);
    }
  });

  it('pairs at least 40% of its replies with a partner line that asks for information', () => {
    const asked = items.filter((i) =>
      i.question ? asksForInformation(i.question) : readQuestion(i.partner).type === 'info',
    );
    expect(asked.length / items.length).toBeGreaterThanOrEqual(0.4);
  });

  it('covers at least eight kinds of betrayal, and every question kind', () => {
    expect(new Set(items.map((i) => i.betrayal)).size).toBeGreaterThanOrEqual(8);
    const kinds = new Set(items.map((i) => i.question));
    for (const kind of QUESTION_KINDS) expect(kinds.has(kind), kind).toBe(true);
  });

  it('covers all four emotions for every label', () => {
    for (const label of LABELS) {
      const emotions = new Set(items.filter((i) => i.label === label).map((i) => i.emotion));
      for (const emotion of EMOTIONS) expect(emotions.has(emotion), `${label}/${emotion}`).toBe(true);
    }
  });

  it('has no reply twice to the same partner line, in any batch, whatever the case or punctuation', () => {
    const seen = new Map<string, string>();
    for (const item of items) {
      const key = contextKey(item.text, item.partner);
      expect(seen.get(key), `${item.batch}: ${item.text}`).toBeUndefined();
      seen.set(key, item.batch ?? '');
    }
  });

  it('shares no reply with the challenge files, which are never trained on, nor they with each other', () => {
    const seen = new Set(items.map((i) => contextKey(i.text, i.partner)));
    for (const file of challengeFiles())
      for (const item of readJsonl(file)) {
        const key = contextKey(item.text, item.partner);
        expect(seen.has(key), item.text).toBe(false);
        seen.add(key);
      }
  });
});

describe('the trained model', () => {
  it('was trained on this corpus by this code (run npm run train after changing either)', () => {
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelArtifact;
    expect(model.corpusHash).toBe(trainingHash());
    expect(model.documents).toBe(items.length);
  });

  it('has learned its corpus: it labels at least 90% of the replies it was trained on right', async () => {
    const trained = (await import('../../server/engine/classifier/model.generated.json', { with: { type: 'json' } }))
      .default as unknown as ModelArtifact;
    const model = compileModel(trained);
    const report = evaluate(items, (text, context) => classifyWith(model, text, context));
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('is deterministic: the same corpus gives the same model, byte for byte', { timeout: 120_000 }, () => {
    const sample = items.filter((_, i) => i % 10 === 0);
    const options = { ...TRAINING, calibrationFolds: 2 };
    expect(JSON.stringify(trainModel(sample, 'x', options))).toBe(JSON.stringify(trainModel(sample, 'x', options)));
  });

  it('calibrates its confidence: higher raw scores never map to lower confidence', () => {
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelArtifact;
    const { edges, values } = model.calibration;
    expect(edges.length).toBe(values.length);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] as number);
    expect(edges[edges.length - 1]).toBe(1);
  });
});
