// A shape for each emotion, so the partner's state never rests on colour alone. The same shapes mark
// the points of the report's chart (Chart.js pointStyle: triangle, circle, rect, rectRot).
import type { Emotion } from '../../../server/engine/types.js';

const SHAPES: Record<Emotion, preact.JSX.Element> = {
  anger: <polygon points="12,3 22,21 2,21" />,
  sadness: <circle cx="12" cy="12" r="9" />,
  numbness: <rect x="4" y="4" width="16" height="16" />,
  confusion: <polygon points="12,2 22,12 12,22 2,12" />,
};

export function EmotionIcon({ emotion, size = 24 }: { emotion: Emotion; size?: number }) {
  return (
    <svg
      class={`emotion-icon emotion-${emotion}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[emotion]}
    </svg>
  );
}

/** Chart.js point styles matching the icons above. */
export const EMOTION_POINT_STYLE: Record<Emotion, 'triangle' | 'circle' | 'rect' | 'rectRot'> = {
  anger: 'triangle',
  sadness: 'circle',
  numbness: 'rect',
  confusion: 'rectRot',
};

/** Colours shared with styles.css (the .emotion-* classes), for the chart's canvas. */
export const EMOTION_COLOUR: Record<Emotion, string> = {
  anger: '#b4533c',
  sadness: '#3f6ea3',
  numbness: '#6b7078',
  confusion: '#7b5ea7',
};
