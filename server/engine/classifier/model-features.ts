// What the statistical model sees of a reply: stemmed words and word pairs from natural's tokenizer
// and Porter stemmer, plus one token per signal that fired. Giving it the signals lets it learn from
// the corpus how much each cue really says about the label, instead of us guessing weights.
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import type { Signal } from '../types.js';
import { stem } from './detect-signals.js';

const tokenizer = new WordTokenizer();
// Long replies add little after their first few hundred words; cap the work a 5,000-character paste costs.
const MAX_WORDS = 400;

export function modelFeatures(canonicalText: string, signals: readonly Signal[]): string[] {
  const words = tokenizer.tokenize(canonicalText).slice(0, MAX_WORDS);
  const stems = words.map(stem);
  const features = new Set<string>(stems);
  for (let i = 1; i < stems.length; i++) features.add(`${stems[i - 1]}_${stems[i]}`);
  if (canonicalText.includes('?')) features.add('#question');
  if (stems.length <= 3) features.add('#short');
  for (const s of signals) features.add(`sig:${s}`);
  return [...features];
}
