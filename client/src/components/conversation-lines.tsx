// The lines of a conversation, shared by the live log, the replay and the comparison: the partner's
// words, the person's reply (the words the feedback points at highlighted, and whatever goes under
// it: the verdict, the feedback), and the pause after a crisis reply.
import type { ComponentChildren, Ref } from 'preact';
import type { Turn } from '../../../server/api-contract.js';
import { HighlightedText } from './highlighted-text.js';
import { LabelChip } from './label-chip.js';
import { QuestionPending } from './question-mark.js';

export function PartnerLine({
  name,
  line,
  lineRef,
  current,
  id,
  asks,
}: {
  name: string;
  line: string;
  lineRef?: Ref<HTMLLIElement>;
  current?: boolean;
  /** Set on the line the reply box answers, so the box can name it. */
  id?: string;
  /** The question this line asks, while it waits for the reply (the live log's latest line). */
  asks?: Turn['partner']['asks'];
}) {
  return (
    <li class={current ? 'line partner current' : 'line partner'} ref={lineRef}>
      <p class="speaker">{name}</p>
      <p class="words" id={id}>
        {line}
      </p>
      <QuestionPending asks={asks} name={name} />
    </li>
  );
}

interface YourLineProps {
  turn: Turn;
  current?: boolean;
  /** False where the verdict is shown another way (the live log: a chip that opens the card). */
  chip?: boolean;
  children?: ComponentChildren;
}

/** The person's reply, its verdict chip, and whatever else goes in it. */
export function YourLine({ turn, current, chip = true, children }: YourLineProps) {
  return (
    <li class={current ? 'line you current' : 'line you'}>
      <p class="speaker">You</p>
      <p class="words">
        {turn.safety ? turn.reply : <HighlightedText text={turn.reply} evidence={turn.classification.evidence} />}
      </p>
      {((chip && !turn.safety) || children) && (
        <div class="line-tools">
          {chip && !turn.safety && <LabelChip label={turn.classification.label} />}
          {children}
        </div>
      )}
    </li>
  );
}

/** The partner's answer to a turn, or the pause when the reply signalled crisis. */
export function AnswerLine({
  turn,
  name,
  lineRef,
  id,
  waiting,
}: {
  turn: Turn;
  name: string;
  lineRef?: Ref<HTMLLIElement>;
  id?: string;
  /** The line waits for the next reply: mark the question it asks. */
  waiting?: boolean;
}) {
  if (turn.safety) {
    return (
      <li class="line paused" ref={lineRef}>
        <p class="words" id={id}>
          The practice paused here. {name} did not answer.
        </p>
      </li>
    );
  }
  return (
    <PartnerLine
      name={name}
      line={turn.partner.line}
      lineRef={lineRef}
      id={id}
      asks={waiting ? turn.partner.asks : undefined}
    />
  );
}
