// The shared dev files measure the classifier; nothing it learns from may copy or paraphrase them.
// Every corpus reply, challenge reply and cue example is checked against every dev line (word runs
// and content-word overlap, see tooClose); failures name the dev line's id, never its words.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  challengeFiles,
  closeDevLineFinder,
  readCorpus,
  readJsonl,
  SHARED_EVAL_FILES,
} from '../../server/cli/corpus-files.js';
import { jsonlFileNames } from '../../server/cli/jsonl-files.js';
import { CUES } from '../../server/engine/classifier/cues/index.js';

const missing = !SHARED_EVAL_FILES.every((f) => existsSync(f));
if (missing && process.env.MEND_REQUIRE_DEVSET === '1')
  throw new Error('MEND_REQUIRE_DEVSET=1, but ../shared/eval is missing');
if (missing)
  console.warn('skipping the overlap check: ../shared/eval is not here (it ships beside the repo, not in it)');

describe.skipIf(missing)('nothing the classifier learns from is a copy of a dev line', () => {
  const closeTo = missing ? () => undefined : closeDevLineFinder();
  const check = (texts: string[]) => {
    const close = texts.flatMap((text) => {
      const id = closeTo(text);
      return id ? [`${id} <- ${text}`] : [];
    });
    expect(close).toEqual([]);
  };

  it('the corpus', () => check(readCorpus().items.map((i) => i.text)));
  it('the cue examples', () => check(CUES.flatMap((c) => [...c.fires, ...c.doesNotFire])));
  it('the batches held back from training (server/engine/classifier/held-back/)', () => {
    const dir = fileURLToPath(new URL('../../server/engine/classifier/held-back/', import.meta.url));
    const files = jsonlFileNames(dir);
    expect(files.length).toBeGreaterThan(0);
    check(files.flatMap((f) => readJsonl(`${dir}${f}`).map((i) => i.text)));
  });
  it('the challenge files', () => {
    expect(challengeFiles().length).toBeGreaterThan(0);
    check(challengeFiles().flatMap((f) => readJsonl(f).map((i) => i.text)));
  });
});
