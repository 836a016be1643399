// The verdict on a reply as a word, an icon and a colour, each different for each of the four: a
// check for validating, a shield for defensive, an arrow pressing down for minimizing, a dash for neutral.
// The word is always there; icon and colour only repeat it.
import type { Label } from '../../../server/engine/types.js';
import { LABEL_WORDS } from '../words.js';

const ICONS: Record<Label, preact.JSX.Element> = {
  validating: <path d="M3 8.5l3.2 3.2L13 4.5" />,
  // Guarding yourself.
  defensive: <path d="M8 1.8l5.2 2v4.1c0 3.1-2.2 5.3-5.2 6.3-3-1-5.2-3.2-5.2-6.3V3.8z" />,
  // Made smaller: an arrow pressing down onto a line.
  minimizing: <path d="M8 2.5v8M4.5 7.5 8 11l3.5-3.5M3 13.5h10" />,
  neutral: <path d="M3.5 8h9" />,
};

export function LabelChip({ label }: { label: Label }) {
  return (
    <span class={`label-chip label-${label}`}>
      <LabelIcon label={label} />
      {LABEL_WORDS[label].name}
    </span>
  );
}

export function LabelIcon({ label }: { label: Label }) {
  return (
    <svg class="label-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {ICONS[label]}
    </svg>
  );
}
