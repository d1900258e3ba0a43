// Models: the shipped models as the hub read them at startup (GET /api/models: models/manifest.json);
// roll the watch model out to the devices.
import { h, replace, facts } from './dom.js';
import { get, post } from './api.js';

export function mount(view) {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  view.append(h('h2', {}, 'Models'), body);
  load();

  async function load() {
    let models;
    try {
      models = await get('/api/models');
    } catch (error) {
      replace(body, h('p', { class: 'error' }, error.message));
      return;
    }
    if (!models.manifest) {
      replace(body, h('p', { class: 'notice', 'data-testid': 'no-models' }, models.reason ?? 'No models shipped yet.'));
      return;
    }
    replace(body, h('div', { class: 'grid' }, card(models)));
  }
}

function card({ available, reason, manifest }) {
  const group = h('input', { name: 'group', placeholder: 'all groups', pattern: '[a-z0-9_-]{1,32}' });
  const status = h('p', { class: 'small', role: 'status' });
  const form = h('form', { class: 'inline' }, h('label', {}, 'Group', group), h('button', { type: 'submit', class: 'primary' }, 'Roll out'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.className = 'small';
    status.textContent = 'Starting…';
    try {
      const answer = await post('/api/rollouts', { version: manifest.version, group: group.value.trim() || null });
      status.textContent = `Rollout started${answer?.id ? ` (${answer.id})` : ''}: progress appears in the timeline.`;
    } catch (error) {
      status.className = 'small error';
      status.textContent = error.missing ? 'Rollouts are not available on this hub yet.' : error.message;
    }
  });
  const { thresholds, files, training } = manifest;
  const metrics = Object.entries(manifest.metrics ?? {});
  return h('article', { class: 'card', 'data-model': manifest.version },
    h('h2', {}, manifest.version),
    available ? null : h('p', { class: 'error', 'data-testid': 'model-unavailable' }, reason),
    facts([
      ['wake phrase', manifest.wakePhrase ?? manifest.wakeLabel],
      ['vocabulary', manifest.vocabulary.join(' ')],
      ['wake threshold', thresholds.wake],
      ['command threshold', thresholds.command],
      ['watch threshold', thresholds.tinyWake],
      ['bands', manifest.frontEnd.melBands],
      ['files', [files.hub, files.watch, files.evalReport].filter(Boolean).join(', ')],
      ['training', training ? [training.preset, training.run].filter(Boolean).join(', ') : null],
      ['data', manifest.dataHash],
    ]),
    metrics.length ? h('table', {}, h('tbody', {}, metrics.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', { class: 'num' }, Number.isInteger(v) ? String(v) : v.toFixed(4))))))
      : h('p', { class: 'muted' }, 'No evaluation metrics.'),
    form, status);
}
