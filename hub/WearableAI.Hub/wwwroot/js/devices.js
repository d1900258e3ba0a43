// Devices: who is online, their board, battery, memory, model and group; provision, rename, move, delete.
import { h, replace, ago, facts } from './dom.js';
import { get, post, patch, del } from './api.js';
import { onEntry, recent } from './feed.js';

const refreshEveryMs = 3000;

export function mount(view) {
  const secretSlot = h('div');
  const list = h('div', { class: 'grid', id: 'device-list' });
  const message = h('p', { class: 'error', role: 'alert' });
  view.append(
    h('h2', {}, 'Provision a device'),
    provisionForm(secretSlot, message, () => refresh()),
    message,
    secretSlot,
    h('h2', {}, 'Devices'),
    list);

  let editing = false;
  async function refresh() {
    if (editing) return;
    try {
      const devices = await get('/api/devices');
      replace(list, devices.length === 0
        ? h('p', { class: 'notice' }, 'No devices yet: provision one above.')
        : devices.map((d) => deviceCard(d, { refresh, setEditing: (on) => { editing = on; } })));
    } catch (error) {
      replace(list, h('p', { class: 'error' }, error.message));
    }
  }

  refresh();
  const timer = setInterval(refresh, refreshEveryMs);
  const unsubscribe = onEntry((entry) => {
    if (entry.kind === 'deviceOnline' || entry.kind === 'deviceOffline' || entry.kind === 'modelRollout') refresh();
  });
  return () => { clearInterval(timer); unsubscribe(); };
}

function provisionForm(secretSlot, message, refresh) {
  const name = h('input', { name: 'name', required: true, maxlength: 64, placeholder: 'Kitchen watch', autocomplete: 'off' });
  const group = h('input', { name: 'group', placeholder: 'home', pattern: '[a-z0-9_-]{1,32}', autocomplete: 'off' });
  const form = h('form', { class: 'inline card', id: 'provision' },
    h('label', {}, 'Name', name),
    h('label', {}, 'Group (optional)', group),
    h('button', { type: 'submit', class: 'primary' }, 'Provision'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      const device = await post('/api/devices', { name: name.value, group: group.value.trim() || null });
      replace(secretSlot, secretCard(device, () => replace(secretSlot)));
      form.reset();
      refresh();
    } catch (error) {
      message.textContent = error.message;
    }
  });
  return form;
}

/** The secret, shown this once (the hub keeps only its hash), with the MQTT settings to flash. */
function secretCard(device, dismiss) {
  const secret = h('code', { 'data-testid': 'secret' }, device.secret);
  const copied = h('span', { class: 'muted small', role: 'status' });
  const copy = h('button', { type: 'button', onclick: async () => {
    try {
      await navigator.clipboard.writeText(device.secret);
      copied.textContent = 'copied';
    } catch {
      getSelection().selectAllChildren(secret);
      copied.textContent = 'selected — press Ctrl+C';
    }
  } }, 'Copy secret');
  return h('section', { class: 'card secret', 'data-testid': 'secret-card', 'data-device': device.id },
    h('strong', {}, `${device.name} is provisioned. Copy the secret now: it is shown only once.`),
    secret,
    h('div', { class: 'row' }, copy, copied),
    facts([
      ['device id', h('span', { 'data-testid': 'device-id' }, device.id)],
      ['MQTT host', h('span', { 'data-testid': 'mqtt-host' }, device.mqttHost)],
      ['MQTT port', h('span', { 'data-testid': 'mqtt-port' }, String(device.mqttPort))],
      ['TLS port', device.mqttTlsPort ? String(device.mqttTlsPort) : 'none'],
      ['user name, client id', device.id],
      ['password', 'the secret above'],
      ['group', device.group],
    ]),
    h('div', { class: 'row' }, h('button', { type: 'button', onclick: dismiss }, 'I have saved it')));
}

function deviceCard(d, { refresh, setEditing }) {
  const latest = latestDetails(d.id);
  const battery = d.batteryPercent ?? d.battery ?? latest.batteryPercent;
  const memory = d.freeMemoryBytes ?? d.freeMemory ?? latest.freeMemoryBytes;
  const card = h('article', { class: 'card', 'data-device': d.id },
    h('div', { class: 'row spread' },
      h('strong', { 'data-name': '' }, d.name),
      h('span', { class: `badge ${d.online ? 'online' : 'offline'}`, 'data-status': d.online ? 'online' : 'offline' }, d.online ? 'online' : 'offline')),
    facts([
      ['id', h('span', { class: 'chip' }, d.id)],
      ['group', d.group],
      ['board', d.board ?? '—'],
      ['battery', typeof battery === 'number' ? `${Math.round(battery)} %` : '—'],
      ['free memory', typeof memory === 'number' && memory > 0 ? `${(memory / 1024).toFixed(1)} KB` : '—'], // 0: not reported
      ['model', d.modelVersion ?? '—'],
      ['last seen', d.online ? 'now' : ago(d.lastSeen)],
    ]));
  const actions = h('div', { class: 'row' },
    h('a', { href: `#/device/${encodeURIComponent(d.id)}` }, 'Details'),
    h('button', { type: 'button', onclick: () => openEditor() }, 'Edit'));
  card.append(actions);

  function openEditor() {
    setEditing(true);
    const name = h('input', { name: 'name', value: d.name, maxlength: 64 });
    const group = h('input', { name: 'group', value: d.group, pattern: '[a-z0-9_-]{1,32}' });
    const error = h('p', { class: 'error', role: 'alert' });
    let confirming = false;
    const remove = h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (!confirming) {
        confirming = true;
        remove.textContent = 'Really delete?';
        return;
      }
      try { await del(`/api/devices/${encodeURIComponent(d.id)}`); close(); } catch (e) { error.textContent = e.message; }
    } }, 'Delete');
    const form = h('form', { class: 'inline' },
      h('label', {}, 'Name', name),
      h('label', {}, 'Group', group),
      h('button', { type: 'submit', class: 'primary' }, 'Save'),
      h('button', { type: 'button', onclick: () => close() }, 'Cancel'),
      remove);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const change = {};
      if (name.value.trim() !== d.name) change.name = name.value;
      if (group.value.trim() !== d.group) change.group = group.value.trim();
      if (Object.keys(change).length === 0) { close(); return; }
      try { await patch(`/api/devices/${encodeURIComponent(d.id)}`, change); close(); } catch (e) { error.textContent = e.message; }
    });
    replace(actions, form, error);
    name.focus();
  }

  function close() {
    setEditing(false);
    refresh();
  }

  return card;
}

/** Battery and memory as the newest timeline entry of the device reported them, if any did. */
function latestDetails(deviceId) {
  const entries = recent(deviceId);
  for (let i = entries.length - 1; i >= 0; i--) {
    const d = entries[i].details;
    if (d && (d.batteryPercent !== undefined || d.freeMemoryBytes !== undefined)) return d;
  }
  return {};
}
