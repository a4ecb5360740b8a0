/*
 * Bar charts drawn with uPlot from a table on the same page, so the table stays the accessible source of the
 * figures and the chart is only a picture of it. A chart is a <div class="chart" data-source="TABLE_ID"
 * data-series="need,staff" data-label-need="..." data-label-staff="...">; each <tbody> row of the table
 * carries data-code and one data-* attribute per series. Two series are drawn side by side.
 * With data-kind="line" the series are lines over the rows instead (the workload history: one row per period).
 */
(function () {
  'use strict';

  const COLOURS = ['#0f4c5c', '#e07a1f', '#0b6e4f', '#8a5a00'];

  function capitalised(key) {
    return key.charAt(0).toUpperCase() + key.slice(1);
  }

  function draw(container) {
    const table = document.getElementById(container.dataset.source);
    if (!table || typeof uPlot === 'undefined') {
      return;
    }
    container.replaceChildren();
    const keys = container.dataset.series.split(',');
    const rows = Array.from(table.querySelectorAll('tbody tr[data-code]'));
    if (rows.length === 0) {
      return;
    }
    const codes = rows.map(r => r.dataset.code);
    const data = [codes.map((_, i) => i)].concat(keys.map(k => rows.map(r => Number(r.dataset[k]))));
    const line = container.dataset.kind === 'line';
    const size = keys.length > 1 ? 0.8 / keys.length : 0.6;
    const series = [{ label: container.dataset.labelX || '', value: (u, i) => (i == null ? '' : codes[i]) }]
      .concat(keys.map((k, i) => ({
        label: container.dataset['label' + capitalised(k)] || k,
        stroke: COLOURS[i % COLOURS.length],
        fill: line ? undefined : COLOURS[i % COLOURS.length] + 'cc',
        width: line ? 2 : 1,
        points: { show: line },
        // Side by side: the first series to the left of the unit's tick, the second to the right.
        paths: line ? undefined
          : uPlot.paths.bars({ size: [size, 40], align: keys.length === 2 ? (i === 0 ? -1 : 1) : 0 }),
        scale: line && k === 'workload' ? 'hours' : 'y',
      })));
    const options = {
      width: Math.max(container.clientWidth, 320),
      height: line ? 260 : 340,
      scales: Object.assign({ x: { time: false, range: [-0.6, codes.length - 0.4] } }, line ? { hours: {} } : {}),
      axes: [
        { values: (u, splits) => splits.map(i => codes[i] ?? ''), incrs: [1], space: 8, rotate: -90, size: 130,
          font: '10px system-ui, sans-serif', gap: 4 },
        { font: '11px system-ui, sans-serif' },
      ].concat(line && keys.includes('workload')
        ? [{ scale: 'hours', side: 1, grid: { show: false }, font: '11px system-ui, sans-serif' }] : []),
      cursor: { drag: { x: false, y: false } },
      series: series,
    };
    container.chart = new uPlot(options, data, container);
  }

  function drawAll() {
    document.querySelectorAll('.chart[data-source]').forEach(draw);
  }

  window.SeimbangCharts = { draw: draw, drawAll: drawAll };
  document.addEventListener('DOMContentLoaded', drawAll);
  let resizing;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(drawAll, 200);
  });
})();
