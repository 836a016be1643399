// The lines of a conversation, shared by the live log and the replay: the partner's words, the
// person's reply (with its label and any tools), and the pause after a crisis reply.
import type { ComponentChildren, Ref } from 'preact';
import type { Turn } from '../../../server/api-contract.js';
import { LabelChip } from './label-chip.js';

export function PartnerLine({
  name,
  line,
  lineRef,
  current,
}: {
  name: string;
  line: string;
  lineRef?: Ref<HTMLLIElement>;
  current?: boolean;
}) {
  return (
    <li class={current ? 'line partner current' : 'line partner'} ref={lineRef}>
      <p class="speaker">{name}</p>
      <p class="words">{line}</p>
    </li>
  );
}

export function YourLine({ turn, current, children }: { turn: Turn; current?: boolean; children?: ComponentChildren }) {
  return (
    <li class={current ? 'line you current' : 'line you'}>
      <p class="speaker">You</p>
      <p class="words">{turn.reply}</p>
      <div class="line-tools">
        {!turn.safety && <LabelChip label={turn.classification.label} />}
        {children}
      </div>
    </li>
  );
}

/** The partner's answer to a turn, or the pause when the reply signalled crisis. */
export function AnswerLine({ turn, name, lineRef }: { turn: Turn; name: string; lineRef?: Ref<HTMLLIElement> }) {
  if (turn.safety) {
    return (
      <li class="line paused" ref={lineRef}>
        <p class="words">The practice paused here. {name} did not answer.</p>
      </li>
    );
  }
  return <PartnerLine name={name} line={turn.partner.line} lineRef={lineRef} />;
}
