// Models: the versions and evaluation metrics of models/manifest.json; roll one out to the devices.
import { h, replace, facts } from './dom.js';
import { get, post } from './api.js';

export function mount(view) {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  view.append(h('h2', {}, 'Models'), body);
  load();

  async function load() {
    let catalog;
    try {
      catalog = await get('/api/models');
    } catch (error) {
      replace(body, h('p', { class: 'error' }, error.message));
      return;
    }
    if (catalog.models.length === 0) {
      replace(body, h('p', { class: 'notice', 'data-testid': 'no-models' }, catalog.message ?? 'No models shipped yet.'));
      return;
    }
    replace(body, h('div', { class: 'grid' }, catalog.models.map(card)));
  }
}

function card(model) {
  const group = h('input', { name: 'group', placeholder: 'all groups', pattern: '[a-z0-9_-]{1,32}' });
  const status = h('p', { class: 'small', role: 'status' });
  const form = h('form', { class: 'inline' }, h('label', {}, 'Group', group), h('button', { type: 'submit', class: 'primary' }, 'Roll out'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.className = 'small';
    status.textContent = 'Starting…';
    try {
      const answer = await post('/api/rollouts', { version: model.version, group: group.value.trim() || null });
      status.textContent = `Rollout started${answer?.id ? ` (${answer.id})` : ''}: progress appears in the timeline.`;
    } catch (error) {
      status.className = 'small error';
      status.textContent = error.missing ? 'Rollouts are not available on this hub yet.' : error.message;
    }
  });
  const metrics = Object.entries(model.metrics);
  return h('article', { class: 'card', 'data-model': model.version },
    h('h2', {}, model.version),
    facts(Object.entries(model.properties).map(([k, v]) => [k, v])),
    metrics.length ? h('table', {}, h('tbody', {}, metrics.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', { class: 'num' }, Number.isInteger(v) ? String(v) : v.toFixed(4))))))
      : h('p', { class: 'muted' }, 'No evaluation metrics.'),
    form, status);
}
