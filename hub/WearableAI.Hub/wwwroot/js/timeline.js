// Live timeline: newest first, updated as entries arrive over the page's EventSource.
import { h, replace } from './dom.js';
import { recent, onEntry } from './feed.js';
import { renderEntry } from './entry.js';

const shown = 300;

export function mount(view) {
  const filter = h('select', { 'aria-label': 'Show' },
    h('option', { value: '' }, 'everything'),
    h('option', { value: 'wake' }, 'wake words and commands'),
    h('option', { value: 'arbitration' }, 'arbitrations'),
    h('option', { value: 'gesture' }, 'gestures'),
    h('option', { value: 'modelRollout' }, 'rollouts'),
    h('option', { value: 'rejected' }, 'rejects'));
  const list = h('ol', { class: 'timeline', id: 'timeline', reversed: true });
  const empty = h('p', { class: 'notice' }, 'Nothing has happened yet. Entries appear here live.');
  view.append(h('div', { class: 'row spread' }, h('h2', {}, 'Live timeline'), filter), empty, list);

  const matches = (entry) => {
    const f = filter.value;
    if (!f) return true;
    if (f === 'wake') return ['wakeCandidate', 'wakeVerdict', 'command', 'offlineAction'].includes(entry.kind);
    return entry.kind === f;
  };
  const render = () => {
    const entries = recent().filter(matches).slice(-shown).reverse();
    replace(list, entries.map(renderEntry));
    empty.hidden = entries.length > 0;
  };
  filter.addEventListener('change', render);
  render();
  return onEntry((entry) => {
    if (!matches(entry)) return;
    list.prepend(renderEntry(entry));
    while (list.children.length > shown) list.lastElementChild.remove();
    empty.hidden = true;
  });
}
