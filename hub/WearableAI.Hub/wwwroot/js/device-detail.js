// One device: facts, recent timeline entries (live), latency, threshold, rollout state, rejects by reason.
import { h, replace, facts, ago, num } from './dom.js';
import { get, optional } from './api.js';
import { recent, onEntry } from './feed.js';
import { renderEntry } from './entry.js';
import { section, table } from './data-view.js';
import { latencyChart } from './chart.js';

export function mount(view, id) {
  const head = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  const live = h('ol', { class: 'timeline' });
  const more = h('div');
  view.append(h('p', {}, h('a', { href: '#/devices' }, '← Devices')), head,
    h('section', { class: 'card' }, h('h2', {}, 'Recent timeline'), live), more);

  const show = () => {
    const entries = recent(id).slice(-30).reverse();
    replace(live, entries.length ? entries.map(renderEntry) : h('p', { class: 'muted' }, 'Nothing from this device yet.'));
  };
  show();
  const unsubscribe = onEntry((entry) => { if (entry.deviceId === id) show(); });
  load();
  return unsubscribe;

  async function load() {
    let device;
    try {
      device = await get(`/api/devices/${encodeURIComponent(id)}`);
    } catch (error) {
      replace(head, h('p', { class: 'error' }, error.message));
      return;
    }
    replace(head, h('section', { class: 'card', 'data-device': id },
      h('div', { class: 'row spread' }, h('h2', {}, device.name),
        h('span', { class: `badge ${device.online ? 'online' : 'offline'}` }, device.online ? 'online' : 'offline')),
      facts([['id', device.id], ['group', device.group], ['board', device.board ?? '—'], ['model', device.modelVersion ?? '—'],
        ['last seen', device.online ? 'now' : ago(device.lastSeen)], ['provisioned', new Date(device.created).toLocaleString()]])));
    const q = encodeURIComponent(id);
    const [stats, threshold, rollouts, events, results] = await Promise.all([
      optional(`/api/system/devices/${q}`),
      optional(`/api/devices/${q}/threshold`),
      optional(`/api/rollouts?device=${q}`),
      optional(`/api/events?device=${q}`),
      optional(`/api/results?device=${q}`),
    ]);
    replace(more,
      section('Inference latency', stats, (s) => h('div', {},
        h('p', {}, `median ${num(s.inferenceLatency.p50Milliseconds, 1)} ms · p95 ${num(s.inferenceLatency.p95Milliseconds, 1)} ms · ${s.inferenceLatency.count} samples`),
        latencyChart(s.inferenceLatency.samples.map((x) => x.milliseconds), { p95: s.inferenceLatency.p95Milliseconds, height: 160 }))),
      section('Rejects by reason', stats, (s) => rejectsTable(s.rejects)),
      section('Wake threshold', threshold),
      section('Rollout state', rollouts),
      section('Recent events', events),
      section('Recent results', results));
  }
}

export function rejectsTable(rejects) {
  const rows = Object.entries(rejects ?? {}).sort((a, b) => b[1] - a[1]);
  return rows.length === 0 ? h('p', { class: 'muted' }, 'No rejects.') : table(rows.map(([reason, count]) => ({ reason, count })), { newestFirst: false });
}
