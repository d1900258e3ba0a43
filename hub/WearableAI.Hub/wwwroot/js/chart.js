// A small SVG line chart of latency samples (no library): the samples in order, the p95 as a dashed line.
const ns = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const element = document.createElementNS(ns, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** values: numbers (ms); returns an <svg> that scales to its container's width. */
export function latencyChart(values, { p95 = null, width = 480, height = 180, unit = 'ms' } = {}) {
  const left = 44, right = 8, top = 10, bottom = 22;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': `inference latency, ${values.length} samples` });
  const max = niceCeiling(Math.max(1, ...values, p95 ?? 0));
  const x = (i) => left + (values.length <= 1 ? 0 : (i / (values.length - 1)) * (width - left - right));
  const y = (v) => top + (1 - v / max) * (height - top - bottom);
  for (const tick of [0, max / 2, max]) {
    chart.append(svg('line', { class: 'axis', x1: left, x2: width - right, y1: y(tick), y2: y(tick) }));
    chart.append(svg('text', { x: left - 4, y: y(tick) + 4, 'text-anchor': 'end' }, `${round(tick)} ${unit}`));
  }
  chart.append(svg('text', { x: left, y: height - 6 }, values.length ? `last ${values.length} inferences` : 'no inferences yet'));
  if (values.length > 0) {
    const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    chart.append(svg('polyline', { class: 'line', points }));
  }
  if (p95 !== null) {
    chart.append(svg('line', { class: 'axis p95', x1: left, x2: width - right, y1: y(p95), y2: y(p95) }));
    chart.append(svg('text', { x: width - right, y: y(p95) - 4, 'text-anchor': 'end' }, `p95 ${round(p95)} ${unit}`));
  }
  return chart;
}

function niceCeiling(value) {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function round(value) {
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}
