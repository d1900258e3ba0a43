// System: events/s, devices online, uptime, rejects by reason and the inference latency chart.
import { h, replace, num } from './dom.js';
import { get } from './api.js';
import { latencyChart } from './chart.js';
import { rejectsTable } from './device-detail.js';

const refreshEveryMs = 2000;

export function mount(view) {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  view.append(h('h2', {}, 'System'), body);
  const refresh = async () => {
    try {
      render(body, await get('/api/system'));
    } catch (error) {
      replace(body, h('p', { class: 'error' }, error.message));
    }
  };
  refresh();
  const timer = setInterval(refresh, refreshEveryMs);
  return () => clearInterval(timer);
}

function render(body, s) {
  const latency = s.inferenceLatency;
  replace(body,
    h('div', { class: 'grid' },
      stat('events / s', num(s.eventsPerSecond, 2), `over the last ${Math.round(s.rateWindowSeconds)} s`, 'events-per-second'),
      stat('devices online', `${s.devicesOnline} / ${s.devicesTotal}`, 'connected to the broker now', 'devices-online'),
      stat('uptime', duration(s.uptimeSeconds), `since ${new Date(s.started).toLocaleString()}`, 'uptime')),
    h('section', { class: 'card' }, h('h2', {}, 'Inference latency'),
      h('p', { 'data-testid': 'latency-summary' }, latency.count === 0 ? 'No inferences yet.'
        : `median ${num(latency.p50Milliseconds, 1)} ms · p95 ${num(latency.p95Milliseconds, 1)} ms · ${latency.count} samples`),
      latencyChart(latency.samples.map((x) => x.milliseconds), { p95: latency.p95Milliseconds })),
    h('section', { class: 'card', 'data-testid': 'rejects' }, h('h2', {}, 'Rejects by reason'), rejectsTable(s.rejects)));
}

function stat(label, value, note, id) {
  return h('section', { class: 'card', 'data-testid': id }, h('div', { class: 'muted small' }, label), h('div', { class: 'stat' }, value), h('div', { class: 'muted small' }, note));
}

function duration(seconds) {
  const s = Math.floor(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  const hours = Math.floor(s / 3600);
  return hours < 48 ? `${hours} h ${Math.floor((s % 3600) / 60)} min` : `${Math.floor(hours / 24)} days`;
}
