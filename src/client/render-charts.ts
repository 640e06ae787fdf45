/**
 * Draws Chart.js charts over the tables printed by DataChart.astro. Progressive enhancement:
 * the table is already there with the same numbers; this only adds a drawing. Chart.js is
 * imported piece by piece so the bundle carries only bar charts.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartData } from '../lib/progress/charts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

function getCssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

const SERIES_VARIABLES = ['--pp-color-brand', '--pp-color-muted'] as const;
// Charts with one series per cut-off (the states of the comparison page) need more: distinct
// hues, each at least 3:1 on white; the table under the chart names every value anyway.
const MORE_SERIES_COLORS = ['#7b3294', '#00695c', '#b35806', '#5d4037', '#c2185b', '#33691e'] as const;

function getSeriesColor(index: number): string {
  const colors = [...SERIES_VARIABLES.map(getCssColor), ...MORE_SERIES_COLORS];
  return colors[index % colors.length]!;
}

// Chart.js does not wrap axis labels: long component names are split into lines of ~22 characters.
function toLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 22) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function drawChart(figure: HTMLElement, data: ChartData): void {
  const drawing = figure.querySelector<HTMLElement>('.data-chart__drawing');
  const canvas = drawing?.querySelector('canvas');
  if (!drawing || !canvas) return;
  drawing.hidden = false;
  // Horizontal bars: one band per row, tall enough for wrapped labels on a phone.
  drawing.style.height = `${data.rows.length * Math.max(3, data.series.length * 2) + 4}rem`;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.rows.map((row) => toLines(row.label)),
      datasets: data.series.map((series, index) => ({
        label: series,
        data: data.rows.map((row) => row.cells[index]?.value ?? null),
        backgroundColor: getSeriesColor(index),
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: reduceMotion ? false : undefined,
      scales: {
        x: {
          beginAtZero: true,
          ...(data.unit === 'percent' ? { max: 100, ticks: { callback: (value) => `${value} %` } } : { ticks: { precision: 0 } }),
        },
      },
      plugins: {
        legend: { display: data.series.length > 1 },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${data.rows[item.dataIndex]?.cells[item.datasetIndex]?.text ?? ''}`,
          },
        },
      },
    },
  });
}

export function renderCharts(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart]')) {
    drawChart(figure, JSON.parse(figure.dataset.chart ?? '{}') as ChartData);
  }
}
