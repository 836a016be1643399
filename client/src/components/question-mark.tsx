// What the partner is waiting for, and whether the reply gave it: a quiet mark under a partner line
// that asks one of the scenario's questions (only while that question waits for the reply), and a
// line in the feedback card saying whether the reply answered it.
import type { PartnerView, Turn } from '../../../server/api-contract.js';
import './question-mark.css';

/** What the kind of question asks for, as the mark says it. */
const ASKS_FOR: Record<NonNullable<PartnerView['asks']>['kind'], string> = {
  'yes-no': 'a yes or a no',
  who: 'who',
  when: 'when',
  where: 'where',
  'how-long': 'how long',
  'how-much': 'how much',
  'how-many': 'how many',
  why: 'why',
  what: 'what',
  'any-more': 'whether there is more',
};

/** Under the partner's latest line when it asks something: the next reply answers it, or not. */
export function QuestionPending({ asks, name }: { asks: PartnerView['asks']; name: string }) {
  if (!asks) return null;
  return (
    <p class="question-pending">
      <span aria-hidden="true">? </span>
      {name} is waiting for an answer: {ASKS_FOR[asks.kind]}.
    </p>
  );
}

/** In the feedback card: did this reply answer the question the partner had asked? */
export function AnsweredNote({ understood, name }: { understood: Turn['understood']; name: string }) {
  if (understood?.answered && understood.toldOtherwise)
    return <p class="answered-note unanswered">You answered {name}'s question, but not as it happened.</p>;
  if (understood?.answered) return <p class="answered-note answered">You answered {name}'s question.</p>;
  if (understood?.dodged)
    return <p class="answered-note unanswered">{name} had asked you something, and this reply did not answer it.</p>;
  return null;
}
