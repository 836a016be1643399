// Plain words for the engine's vocabulary. Each table is a Record over the engine's own union, so a
// new emotion, label, signal or principle fails to compile here until it has words.
import type { Difficulty, Emotion, Label, Principle, SessionStatus, Signal } from '../../server/engine/types.js';

export const EMOTION_WORDS: Record<Emotion, { name: string; adjective: string }> = {
  anger: { name: 'Anger', adjective: 'angry' },
  sadness: { name: 'Sadness', adjective: 'sad' },
  numbness: { name: 'Numbness', adjective: 'numb' },
  confusion: { name: 'Confusion', adjective: 'confused' },
};

/** "very angry", "angry", "a little angry": intensity as words, for people who do not read meters. */
export function feelingPhrase(emotion: Emotion, intensity: number): string {
  const adjective = EMOTION_WORDS[emotion].adjective;
  if (intensity >= 70) return `very ${adjective}`;
  if (intensity >= 35) return adjective;
  return `a little ${adjective}`;
}

export const LABEL_WORDS: Record<Label, { name: string; meaning: string; example: string }> = {
  validating: {
    name: 'Validating',
    meaning: 'You made room for their hurt.',
    example: "You found out from a message. I'm sorry I put you there.",
  },
  defensive: {
    name: 'Defensive',
    meaning: 'You protected yourself instead of listening.',
    example: "You weren't exactly around much either.",
  },
  minimizing: {
    name: 'Minimizing',
    meaning: 'You made the hurt smaller than it is.',
    example: 'It was only a few messages.',
  },
  neutral: { name: 'Neutral', meaning: 'Neither helped nor hurt.', example: 'Okay.' },
};

export const SIGNAL_WORDS: Record<Signal, string> = {
  reflection: 'saying back what you heard',
  'feeling-named': 'naming the feeling',
  responsibility: 'owning the choice',
  apology: 'a plain apology',
  'open-question': 'an open question',
  patience: 'giving them time',
  transparency: 'offering honesty',
  growth: 'a concrete change',
  'honest-answer': 'answering the question',
  'blame-shift': 'shifting the blame',
  justification: 'explaining it away',
  'counter-attack': 'attacking back',
  'detail-correction': 'correcting details',
  denial: 'denying it',
  'self-pity': 'making it about you',
  stonewall: 'shutting the talk down',
  evasion: 'dodging the question',
  downplay: 'making it smaller',
  'intent-excuse': 'excusing it by what you meant',
  'agency-removal': 'as if it happened by itself',
  rushing: 'hurrying them',
  'non-apology': 'an apology for their feelings',
  generalizing: 'making it about everyone',
  dismissal: 'brushing off their feelings',
  unanswered: 'the question left unanswered',
};

export const PRINCIPLE_WORDS: Record<Principle, string> = {
  'own-the-choice': 'Own the choice',
  'heal-at-their-pace': 'Let them heal at their pace',
  'be-open': 'Be open',
  'listen-before-defending': 'Listen before defending',
  grow: 'Grow',
  'steady-care': 'Steady care',
};

export const DIFFICULTY_WORDS: Record<Difficulty, { name: string; meaning: string }> = {
  gentle: { name: 'Gentle', meaning: 'They are hurt, but trust comes back a little faster.' },
  realistic: { name: 'Realistic', meaning: 'About as hard as the real conversation.' },
  hard: { name: 'Hard', meaning: 'Slow to trust, quick to walk away.' },
};

export function statusWords(status: SessionStatus, partnerName: string): string {
  switch (status) {
    case 'active':
      return 'In progress';
    case 'repaired':
      return `${partnerName} was willing to keep talking`;
    case 'shutdown':
      return `${partnerName} walked away`;
    case 'withdrawn':
      return `${partnerName} stopped asking`;
    case 'ended':
      return 'You ended it';
  }
}

/** What happened at the end, in one sentence, for the end panel. */
export function endingWords(status: SessionStatus, partnerName: string): string {
  switch (status) {
    case 'active':
      return 'The conversation is still going.';
    case 'repaired':
      return `${partnerName} is still hurt, but willing to keep talking: this is where repair can begin.`;
    case 'shutdown':
      return `${partnerName} walked away. It became too much to stay in the conversation.`;
    case 'withdrawn':
      return `${partnerName} stopped asking. Too many questions went unanswered, and they pulled back.`;
    case 'ended':
      return 'You ended the conversation.';
  }
}

/** Short status for the journal, where the partner's name is not at hand. */
export const STATUS_SHORT: Record<SessionStatus, string> = {
  active: 'In progress',
  repaired: 'Repaired',
  shutdown: 'Walked away',
  withdrawn: 'Stopped asking',
  ended: 'Ended',
};

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
