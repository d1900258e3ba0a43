// Shows a payload of an endpoint whose exact shape this page does not fix: arrays as a table,
// objects as facts; "not available" when the hub has no such endpoint.
import { h, facts } from './dom.js';

const rows = 20;

export function section(title, result, render = auto) {
  return h('section', { class: 'card', 'data-section': title },
    h('h2', {}, title),
    result.missing ? h('p', { class: 'notice', 'data-unavailable': '' }, 'Not available on this hub yet.')
      : result.error ? h('p', { class: 'error' }, result.error)
        : render(result.data));
}

export function auto(data) {
  const list = Array.isArray(data) ? data : Array.isArray(data?.items) ? data.items : null;
  if (list) return table(list);
  if (data && typeof data === 'object') return facts(Object.entries(data).filter(([, v]) => v === null || typeof v !== 'object').map(([k, v]) => [k, text(v)]));
  return h('p', {}, text(data));
}

/** A table of the scalar fields of the items; the last ones first unless newestFirst is false. */
export function table(list, { newestFirst = true } = {}) {
  if (list.length === 0) return h('p', { class: 'muted' }, 'None yet.');
  const columns = [...new Set(list.slice(0, 5).flatMap((item) => Object.keys(item ?? {}).filter((k) => item[k] === null || typeof item[k] !== 'object')))];
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c)))),
    h('tbody', {}, (newestFirst ? list.slice(-rows).reverse() : list.slice(0, rows)).map((item) => h('tr', {}, columns.map((c) => h('td', {}, text(item?.[c]))))))));
}

function text(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return String(value);
}
