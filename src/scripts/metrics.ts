// /metrics/: one line chart per component from metrics/data.json (written at build); the period buttons
// switch every chart and the uptime shown. chart.js is bundled (tree-shaken), never from a CDN.
// Charts are drawn only when they come into view, so a phone does not lay out fifteen at once.
import {
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Filler,
  Tooltip,
);

type Period = 'day' | 'week' | 'month';
/** [minutes since the previous point, avg ms, p95 ms if it differs] (see src/lib/view/metrics.ts). */
type Point = [number, number, number?];
interface Payload {
  series: Record<Period, Record<string, Point[]>>;
  labels: { average: string; p95: string; empty: string; language: string };
}

let period: Period = 'day';
/** Redraws for the chosen period once the series have arrived. */
let redraw: ((period: Period) => void) | undefined;

/** Marks the chosen period on the buttons and the uptime lines (at once, data or not). */
function markPeriod(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-period]')) {
    const on = el.dataset['period'] === period;
    if (el instanceof HTMLButtonElement) el.setAttribute('aria-pressed', String(on));
    else el.classList.toggle('on', on);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.periods button')) {
  button.addEventListener('click', () => {
    period = button.dataset['period'] as Period;
    markPeriod();
    redraw?.(period);
  });
}

// The series come as a separate file, so the page itself paints before they arrive.
const source = document.querySelector<HTMLElement>('.charts[data-src]')?.dataset['src'] ?? '';
const payload = (await (await fetch(source)).json()) as Payload;
const locale = payload.labels.language === 'de' ? 'de-DE' : 'en-GB';
const dark = matchMedia('(prefers-color-scheme: dark)').matches;
const ink = dark ? '#9198a1' : '#59636e';
const grid = dark ? '#3d444d' : '#d1d9e0';
const formats: Record<Period, Intl.DateTimeFormatOptions> = {
  day: { hour: '2-digit', minute: '2-digit' },
  week: { weekday: 'short', hour: '2-digit' },
  month: { day: 'numeric', month: 'short' },
};
const charts = new Map<string, Chart>();

/** The points of one series with absolute times (epoch ms). */
function decode(points: Point[]): { time: number; avg: number; p95: number }[] {
  let minutes = 0;
  return points.map(([delta, avg, p95]) => {
    minutes += delta;
    return { time: minutes * 60_000, avg, p95: p95 ?? avg };
  });
}

function drawChart(canvas: HTMLCanvasElement): void {
  const id = canvas.dataset['chart'] ?? '';
  const format = new Intl.DateTimeFormat(locale, formats[period]);
  const points = decode(payload.series[period][id] ?? []);
  charts.get(id)?.destroy();
  charts.set(
    id,
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map((p) => format.format(p.time)),
        datasets: [
          {
            label: payload.labels.average,
            data: points.map((p) => p.avg),
            borderColor: '#2f81f7',
            backgroundColor: 'rgb(47 129 247 / 12%)',
            fill: true,
          },
          {
            label: payload.labels.p95,
            data: points.map((p) => p.p95),
            borderColor: '#a371f7',
            borderDash: [4, 3],
          },
        ],
      },
      options: {
        animation: matchMedia('(prefers-reduced-motion: reduce)').matches
          ? false
          : { duration: 300 },
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        elements: { point: { radius: 0 }, line: { borderWidth: 1.5, tension: 0.25 } },
        scales: {
          x: { ticks: { color: ink, maxTicksLimit: 8, maxRotation: 0 }, grid: { display: false } },
          y: {
            beginAtZero: true,
            ticks: { color: ink, callback: (v) => `${v} ms` },
            grid: { color: grid },
          },
        },
        plugins: {
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label}: ${item.formattedValue} ms` },
          },
        },
      },
    }),
  );
}

const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
const visible = new Set<HTMLCanvasElement>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const canvas = entry.target as HTMLCanvasElement;
      if (!entry.isIntersecting) visible.delete(canvas);
      else {
        visible.add(canvas);
        if (canvas.dataset['drawn'] !== period) drawChart(canvas);
        canvas.dataset['drawn'] = period;
      }
    }
  },
  { rootMargin: '200px 0px' },
);

/** Switches every card to a period: charts in view now, the others when they scroll in. */
function show(next: Period): void {
  period = next;
  markPeriod();
  for (const canvas of canvases) {
    const points = payload.series[period][canvas.dataset['chart'] ?? ''] ?? [];
    // An empty chart says why instead of showing bare axes.
    const empty = document.querySelector<HTMLElement>(`[data-empty="${canvas.dataset['chart']}"]`);
    if (empty) empty.hidden = points.length > 0;
    if (visible.has(canvas)) {
      drawChart(canvas);
      canvas.dataset['drawn'] = period;
    }
  }
}

redraw = show;
show(period);
for (const canvas of canvases) observer.observe(canvas);
