// The partner's intensity and trust over the turns (Chart.js), with each point shaped and coloured
// by the emotion at that turn, the emotion named in the axis labels and tooltips, and the same
// numbers as a table for anyone who cannot see the canvas.
import type { Chart, ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { Report } from '../../../server/api-contract.js';
import { EMOTION_WORDS } from '../words.js';
import { EMOTION_COLOUR, EMOTION_POINT_STYLE, EmotionIcon } from './emotion-icon.js';

type Trajectory = Report['trajectory'];

const POINT_RADIUS = 7;
const HOVER_RADIUS = 9;

// The same colours as .key-trust and .key-intensity in styles.css (a canvas cannot read CSS classes).
const TRUST_COLOUR = '#2f6f6a';
const INTENSITY_COLOUR = '#8a5a44';

const turnName = (turn: number): string => (turn === 0 ? 'Start' : `Turn ${turn}`);

/**
 * Writes where each point was drawn (CSS pixels, with its radius) onto the canvas as data-points:
 * the browser suite reads it to check that every point lies inside the canvas.
 */
const recordPoints = {
  id: 'recordPoints',
  afterRender(chart: Chart) {
    const points = chart.data.datasets.flatMap((_, index) =>
      chart.getDatasetMeta(index).data.map((element) => ({
        x: Math.round(element.x),
        y: Math.round(element.y),
        r: Number((element.options as { radius?: number } | undefined)?.radius ?? 0),
      })),
    );
    chart.canvas.dataset.points = JSON.stringify(points);
  },
};

export function FeelingsChart({ trajectory, name }: { trajectory: Trajectory; name: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const emotions = trajectory.map((point) => point.emotion);
    const config: ChartConfiguration<'line', number[], string[]> = {
      type: 'line',
      data: {
        labels: trajectory.map((point) => [turnName(point.turn), EMOTION_WORDS[point.emotion].adjective]),
        datasets: [
          {
            label: 'Intensity',
            data: trajectory.map((point) => point.intensity),
            borderColor: INTENSITY_COLOUR,
            backgroundColor: emotions.map((emotion) => EMOTION_COLOUR[emotion]),
            pointBackgroundColor: emotions.map((emotion) => EMOTION_COLOUR[emotion]),
            pointBorderColor: emotions.map((emotion) => EMOTION_COLOUR[emotion]),
            pointStyle: emotions.map((emotion) => EMOTION_POINT_STYLE[emotion]),
            pointRadius: POINT_RADIUS,
            pointHoverRadius: HOVER_RADIUS,
            borderWidth: 2,
            tension: 0.25,
          },
          {
            label: 'Trust',
            data: trajectory.map((point) => point.trust),
            borderColor: TRUST_COLOUR,
            backgroundColor: TRUST_COLOUR,
            borderDash: [6, 4],
            pointStyle: 'line',
            pointRadius: 5,
            borderWidth: 2,
            tension: 0.25,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        // A point at 100, or on the first or last turn, sits on the edge of the plot: it is drawn
        // whole (no clipping), into padding wide enough for its hover size, and the turns are set in
        // from the sides (offset), so nothing is cut off.
        layout: { padding: { top: HOVER_RADIUS + 3, right: HOVER_RADIUS + 3 } },
        datasets: { line: { clip: false } },
        scales: {
          y: { min: 0, max: 100, ticks: { stepSize: 25 }, title: { display: true, text: 'out of 100' } },
          x: { offset: true, ticks: { autoSkip: true, maxRotation: 0 } },
        },
        plugins: {
          // The key is HTML below the chart: the lines and the emotion shapes, in words.
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => {
                const point = trajectory[items[0]?.dataIndex ?? 0];
                return point ? `${turnName(point.turn)}: ${name} felt ${EMOTION_WORDS[point.emotion].adjective}` : '';
              },
            },
          },
        },
      },
    };
    // Chart.js is loaded only when a report is shown, so the practice pages stay light.
    let chart: Chart<'line', number[], string[]> | undefined;
    let cancelled = false;
    void import('chart.js').then((lib) => {
      if (cancelled) return;
      lib.Chart.defaults.font.size = 13;
      lib.Chart.defaults.color = '#454b52';
      lib.Chart.register(
        lib.LineController,
        lib.LineElement,
        lib.PointElement,
        lib.LinearScale,
        lib.CategoryScale,
        lib.Tooltip,
      );
      chart = new lib.Chart(canvas, { ...config, plugins: [recordPoints] });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [trajectory, name]);

  const last = trajectory[trajectory.length - 1];
  const description = last
    ? `Line chart of ${name}'s intensity and trust over ${trajectory.length - 1} turns, ending ${EMOTION_WORDS[last.emotion].adjective} with trust at ${last.trust} out of 100. The same numbers are in the table below.`
    : 'No turns yet.';

  return (
    <div class="feelings-chart">
      <div class="chart-box">
        <canvas ref={canvasRef} role="img" aria-label={description} />
      </div>
      <ul class="emotion-legend" aria-label="Key to the chart">
        <li>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="28" y2="5" class="key-intensity" />
          </svg>
          Intensity (solid line)
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="28" y2="5" class="key-trust" />
          </svg>
          Trust (dashed line)
        </li>
        {(Object.keys(EMOTION_WORDS) as Array<keyof typeof EMOTION_WORDS>).map((emotion) => (
          <li key={emotion}>
            <EmotionIcon emotion={emotion} size={14} /> {EMOTION_WORDS[emotion].adjective}
          </li>
        ))}
      </ul>
      <details class="chart-table">
        <summary>Show the numbers as a table</summary>
        <table>
          <caption>How {name} felt at each turn</caption>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              <th scope="col">Feeling</th>
              <th scope="col">Intensity</th>
              <th scope="col">Trust</th>
            </tr>
          </thead>
          <tbody>
            {trajectory.map((point) => (
              <tr key={point.turn}>
                <th scope="row">{turnName(point.turn)}</th>
                <td>{EMOTION_WORDS[point.emotion].adjective}</td>
                <td>{point.intensity}</td>
                <td>{point.trust}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
