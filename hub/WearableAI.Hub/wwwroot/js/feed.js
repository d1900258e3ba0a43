// The live timeline: one EventSource for the whole page. The hub sends the kept entries first,
// then each new one; after a drop the browser reconnects with Last-Event-ID and gets only the missed ones.

const keep = 500;
const entries = [];          // oldest first
const seen = new Set();
const listeners = new Set();
const stateListeners = new Set();
let source = null;
let state = 'connecting';

export function connect() {
  if (source) return;
  source = new EventSource('/api/timeline/stream');
  source.onopen = () => setState('open');
  source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
  source.onmessage = (message) => {
    let entry;
    try { entry = JSON.parse(message.data); } catch { return; }
    if (seen.has(entry.id)) return;
    seen.add(entry.id);
    entries.push(entry);
    if (entries.length > keep) seen.delete(entries.shift().id);
    for (const listener of listeners) listener(entry);
  };
}

function setState(next) {
  state = next;
  for (const listener of stateListeners) listener(state);
}

/** Entries received so far (oldest first), optionally of one device. */
export function recent(deviceId) {
  return deviceId ? entries.filter((e) => e.deviceId === deviceId) : entries.slice();
}

/** Calls back for every new entry; returns the unsubscribe function. */
export function onEntry(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls back with 'connecting' | 'open' | 'closed' now and on each change. */
export function onState(listener) {
  stateListeners.add(listener);
  listener(state);
  return () => stateListeners.delete(listener);
}
