// The listening score across the attempts at one scenario: a small SVG chart (attempt number across,
// 0 to 100 up, each point labelled with its score; a retry from an earlier point drawn hollow) and
// the same in words beside it. The plot sits inside margins, so no point or label is ever cut off.
import type { ScoreTrend } from '../journal.js';
import { formatDate } from '../words.js';

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 22, right: 18, bottom: 26, left: 34 };

export function ScoreChart({ trend }: { trend: ScoreTrend }) {
  const { attempts } = trend;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number): number =>
    MARGIN.left + (attempts.length === 1 ? plotWidth / 2 : (index * plotWidth) / (attempts.length - 1));
  const y = (score: number): number => MARGIN.top + plotHeight - (Math.max(0, Math.min(100, score)) / 100) * plotHeight;
  const points = attempts.map((attempt, index) => `${x(index)},${y(attempt.score)}`).join(' ');
  return (
    <figure class="score-chart">
      <figcaption>
        <strong>{trend.title}</strong>
        <span class="quiet"> · {trendWords(attempts.map((attempt) => attempt.score))}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="score-chart-svg" aria-hidden="true" focusable="false">
        {[0, 50, 100].map((level) => (
          <g key={level}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(level)} y2={y(level)} class="grid-line" />
            <text x={MARGIN.left - 6} y={y(level) + 4} class="axis-label" text-anchor="end">
              {level}
            </text>
          </g>
        ))}
        {attempts.length > 1 && <polyline points={points} class="trend-line" />}
        {attempts.map((attempt, index) => (
          <g key={attempt.id}>
            <circle cx={x(index)} cy={y(attempt.score)} r="5" class={attempt.retry ? 'trend-dot retry' : 'trend-dot'} />
            <text x={x(index)} y={y(attempt.score) - 9} class="point-label" text-anchor="middle">
              {attempt.score}
            </text>
            <text x={x(index)} y={HEIGHT - 8} class="axis-label" text-anchor="middle">
              {index + 1}
            </text>
          </g>
        ))}
      </svg>
      {attempts.some((attempt) => attempt.retry) && (
        <p class="chart-key quiet small" aria-hidden="true">
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <circle cx="6" cy="6" r="4" class="trend-dot retry" />
          </svg>
          a new try from an earlier point
        </p>
      )}
      <ol class="visually-hidden">
        {attempts.map((attempt, index) => (
          <li key={attempt.id}>
            Attempt {index + 1}, {formatDate(attempt.createdAt)}
            {attempt.retry ? ', a new try from an earlier point' : ''}: {attempt.score} out of 100
          </li>
        ))}
      </ol>
    </figure>
  );
}

function trendWords(scores: number[]): string {
  const first = scores[0] ?? 0;
  const last = scores[scores.length - 1] ?? 0;
  if (scores.length < 2) return `one attempt so far: ${first}`;
  const change = last - first;
  const since = `since your first of ${scores.length} attempts`;
  if (change > 0) return `up ${change} ${since}`;
  if (change < 0) return `down ${-change} ${since}`;
  return `the same as your first of ${scores.length} attempts`;
}
