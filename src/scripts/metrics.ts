// /metrics/: one line chart per component from the JSON embedded at build; the period buttons
// switch every chart and the uptime shown. chart.js is bundled (tree-shaken), never from a CDN.
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
interface Payload {
  series: Record<Period, Record<string, [number, number, number][]>>;
  labels: { average: string; p95: string; empty: string; language: string };
}

const payload = JSON.parse(document.getElementById('metrics-data')?.textContent || '{}') as Payload;
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

function draw(period: Period): void {
  const format = new Intl.DateTimeFormat(locale, formats[period]);
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
    const points = payload.series[period][canvas.dataset['chart'] ?? ''] ?? [];
    charts.get(canvas.dataset['chart'] ?? '')?.destroy();
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map(([time]) => format.format(time)),
        datasets: [
          {
            label: payload.labels.average,
            data: points.map((p) => p[1]),
            borderColor: '#2f81f7',
            backgroundColor: 'rgb(47 129 247 / 12%)',
            fill: true,
          },
          {
            label: payload.labels.p95,
            data: points.map((p) => p[2]),
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
    });
    charts.set(canvas.dataset['chart'] ?? '', chart);
    // An empty chart says why instead of showing bare axes.
    const empty = document.querySelector<HTMLElement>(`[data-empty="${canvas.dataset['chart']}"]`);
    if (empty) empty.hidden = points.length > 0;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-period]')) {
    const on = el.dataset['period'] === period;
    if (el instanceof HTMLButtonElement) el.setAttribute('aria-pressed', String(on));
    else el.classList.toggle('on', on);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.periods button')) {
  button.addEventListener('click', () => draw(button.dataset['period'] as Period));
}
draw('day');
