// Replies for the benchmarks and the load test, drawn from the project's labeled corpus with a seeded
// generator, so every run sends the same sequence. The mix is what someone practising sends: mostly
// attempts to listen, with the defensive and minimizing slips the exercise is there to catch.
import { uniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { readCorpus } from '../server/cli/corpus-files.js';
import { detectCrisis } from '../server/engine/index.js';
import type { LabeledReply } from '../server/engine/training.js';
import type { Label } from '../server/engine/types.js';

export const PRACTICE_MIX: Readonly<Record<Label, number>> = {
  validating: 0.5,
  neutral: 0.2,
  defensive: 0.15,
  minimizing: 0.15,
};

let corpusOnce: LabeledReply[] | undefined;
/**
 * The corpus replies a practising user could send without pausing the session: the crisis check
 * stops on a handful of corpus replies (see docs/safety.md for its false alarms), and load and fault
 * runs would stall on those.
 */
export function corpus(): LabeledReply[] {
  corpusOnce ??= readCorpus().items.filter((item) => !detectCrisis(item.text));
  return corpusOnce;
}

/** A seeded stream of corpus rows in the practice mix (or uniformly over the corpus when `mix` is null). */
export function replyStream(
  seed: number,
  mix: Readonly<Record<Label, number>> | null = PRACTICE_MIX,
): () => LabeledReply {
  const rows = corpus();
  const byLabel = new Map<Label, LabeledReply[]>();
  for (const row of rows) {
    const list = byLabel.get(row.label) ?? [];
    list.push(row);
    byLabel.set(row.label, list);
  }
  let rng = xoroshiro128plus(seed);
  const draw = (from: number, to: number): number => {
    const [value, next] = uniformIntDistribution(from, to, rng);
    rng = next;
    return value;
  };
  if (mix === null) return () => rows[draw(0, rows.length - 1)] as LabeledReply;
  const labels = Object.keys(mix) as Label[];
  const cumulative: number[] = [];
  let sum = 0;
  for (const label of labels) {
    sum += mix[label];
    cumulative.push(sum);
  }
  return () => {
    const x = draw(0, 999_999) / 1_000_000;
    const index = cumulative.findIndex((edge) => x < edge);
    const label = labels[index === -1 ? labels.length - 1 : index] as Label;
    const list = byLabel.get(label) ?? rows;
    return list[draw(0, list.length - 1)] as LabeledReply;
  };
}

/** `count` rows of the stream. */
export function replies(count: number, seed: number, mix: Readonly<Record<Label, number>> | null = PRACTICE_MIX) {
  const next = replyStream(seed, mix);
  return Array.from({ length: count }, next);
}
