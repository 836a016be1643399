// A labelled 0-100 meter (role="meter") with its value in words and numbers, drawn as an SVG bar so
// no inline style is needed under the CSP.
import { useId } from 'preact/hooks';

interface MeterBarProps {
  label: string;
  value: number;
  /** Words for the value, e.g. "low": read out with the number. */
  words: string;
  tone: string;
}

export function MeterBar({ label, value, words, tone }: MeterBarProps) {
  const id = useId();
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div class="meter">
      <div class="meter-text">
        <span id={id} class="meter-label">
          {label}
        </span>
        <span class="meter-value">
          {words} · {clamped}/100
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot be styled alike across browsers; same role and values */}
      <div
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={`${clamped} out of 100, ${words}`}
        class="meter-track"
      >
        <svg width="100%" height="10" aria-hidden="true" focusable="false" preserveAspectRatio="none">
          <rect class="meter-back" x="0" y="0" width="100%" height="10" rx="5" />
          <rect class={`meter-fill ${tone}`} x="0" y="0" width={`${clamped}%`} height="10" rx="5" />
        </svg>
      </div>
    </div>
  );
}

export function levelWords(value: number): string {
  if (value >= 70) return 'high';
  if (value >= 35) return 'medium';
  return 'low';
}
