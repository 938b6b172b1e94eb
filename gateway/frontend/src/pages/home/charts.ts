// Charts through Chart.js (canvas; no inline styles or scripts, so the strict CSP holds). Each chart has a text
// alternative in its aria-label, and every figure it shows is also a link on the page.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const charts = new WeakMap<HTMLCanvasElement, Chart<'bar'>>();

export interface Series {
  label: string;
  values: number[];
  color: string;
}

/** Draws (or redraws in place) a bar chart on canvas. */
export function barChart(canvas: HTMLCanvasElement, labels: string[], series: Series[], locale: string): void {
  const data = {
    labels,
    datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color })),
  };
  const existing = charts.get(canvas);
  if (existing) {
    existing.data = data;
    existing.options.locale = locale;
    existing.update();
    return;
  }
  charts.set(canvas, new Chart(canvas, {
    type: 'bar',
    data,
    options: {
      locale,
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: 'y',
      plugins: { legend: { display: series.length > 1 } },
      scales: { x: { beginAtZero: true } },
    },
  }));
}
