// The label of a reply as a word with a shape: a check for validating, a dot for neutral, a bar for
// defensive and minimizing. Colour only repeats what the word says.
import type { Label } from '../../../server/engine/types.js';
import { LABEL_WORDS } from '../words.js';

const MARK: Record<Label, string> = { validating: '✓', neutral: '•', defensive: '!', minimizing: '!' };

export function LabelChip({ label }: { label: Label }) {
  return (
    <span class={`label-chip label-${label}`}>
      <span aria-hidden="true" class="label-mark">
        {MARK[label]}
      </span>
      {LABEL_WORDS[label].name}
    </span>
  );
}
