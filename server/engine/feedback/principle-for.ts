// Which principle a reply kept or broke, decided by the signal the feedback is about.
// Principles and their wording come from PRODUCT.md; signals from ../shared/reply-taxonomy.md.
import type { Label, Principle, Signal } from '../types.js';

/**
 * What a piece of feedback is about: the signal that drove it, a label when the classifier gave
 * no signal for its own side, or `care` for a neutral reply that offers a small practical kindness.
 */
export type FeedbackKey = Signal | Label | 'care';

export interface PrincipleVerdict {
  principle: Principle;
  kept: boolean;
}

const kept = (principle: Principle): PrincipleVerdict => ({
  principle,
  kept: true,
});
const broken = (principle: Principle): PrincipleVerdict => ({
  principle,
  kept: false,
});

const VERDICTS: Readonly<Record<FeedbackKey, PrincipleVerdict>> = {
  responsibility: kept('own-the-choice'),
  apology: kept('own-the-choice'),
  'blame-shift': broken('own-the-choice'),
  justification: broken('own-the-choice'),
  'intent-excuse': broken('own-the-choice'),
  'agency-removal': broken('own-the-choice'),
  'non-apology': broken('own-the-choice'),

  patience: kept('heal-at-their-pace'),
  rushing: broken('heal-at-their-pace'),
  // Shrinking the hurt is deciding, for the partner, how much there is left to heal.
  downplay: broken('heal-at-their-pace'),

  transparency: kept('be-open'),
  // Taxonomy v2: a plain, truthful answer to the partner's question is the openness they asked for.
  'honest-answer': kept('be-open'),
  evasion: broken('be-open'),
  unanswered: broken('be-open'),
  denial: broken('be-open'),
  stonewall: broken('be-open'),

  reflection: kept('listen-before-defending'),
  'feeling-named': kept('listen-before-defending'),
  'open-question': kept('listen-before-defending'),
  'counter-attack': broken('listen-before-defending'),
  'detail-correction': broken('listen-before-defending'),
  'self-pity': broken('listen-before-defending'),
  generalizing: broken('listen-before-defending'),
  // "You're overreacting" judges the feeling instead of hearing it.
  dismissal: broken('listen-before-defending'),

  growth: kept('grow'),

  validating: kept('listen-before-defending'),
  defensive: broken('listen-before-defending'),
  minimizing: broken('heal-at-their-pace'),
  // A reply that does not engage keeps nothing yet; it is reported as not kept, gently.
  neutral: broken('listen-before-defending'),
  care: broken('steady-care'),
};

export function principleFor(key: FeedbackKey): PrincipleVerdict {
  return VERDICTS[key];
}
