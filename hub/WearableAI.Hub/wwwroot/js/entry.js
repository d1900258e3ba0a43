// One timeline entry as a list item. The details of each kind are documented in hub/README.md
// ("The hub app"); unknown kinds and fields still show their summary and plain details.
import { h, clock, num } from './dom.js';

const kindNames = {
  deviceOnline: 'online', deviceOffline: 'offline', wakeCandidate: 'wake candidate', wakeVerdict: 'wake verdict',
  arbitration: 'arbitration', command: 'command', gesture: 'gesture', offlineAction: 'offline action',
  modelRollout: 'rollout', rejected: 'rejected',
};

export function renderEntry(entry) {
  const d = entry.details ?? {};
  return h('li', { 'data-kind': entry.kind, 'data-id': entry.id, 'data-device': entry.deviceId ?? null },
    h('div', { class: 'head' },
      h('time', { datetime: entry.time }, clock(entry.time)),
      h('strong', {}, kindNames[entry.kind] ?? entry.kind),
      entry.deviceId ? h('a', { href: `#/device/${encodeURIComponent(entry.deviceId)}`, class: 'chip' }, entry.deviceId) : null,
      entry.groupId ? h('span', { class: 'muted' }, `group ${entry.groupId}`) : null),
    h('div', { class: 'summary' }, summaryOf(entry.kind, entry.summary, d)),
    body(entry.kind, d));
}

/** The hub's summary; an arbitration's reason is shown under it, so it is not repeated. */
function summaryOf(kind, summary, d) {
  if (kind === 'arbitration' && typeof d.reason === 'string' && summary?.endsWith(`: ${d.reason}`)) {
    return summary.slice(0, -d.reason.length - 2);
  }
  return summary;
}

function body(kind, d) {
  switch (kind) {
    case 'wakeCandidate':
      return h('div', { class: 'row small' },
        typeof d.watchScore === 'number' ? h('span', {}, `watch score ${num(d.watchScore)}`) : null,
        typeof d.voiceEnergy === 'number' ? h('span', { class: 'muted' }, `voice ${d.voiceEnergy}`) : null,
        typeof d.ambientEnergy === 'number' ? h('span', { class: 'muted' }, `ambient ${d.ambientEnergy}`) : null,
        d.sequence !== undefined ? h('span', { class: 'muted' }, `#${d.sequence}`) : null);
    case 'deviceOnline':
      return h('div', { class: 'row small muted' },
        d.board ? h('span', {}, `board ${d.board}`) : null,
        d.firmware ? h('span', {}, `firmware ${d.firmware}`) : null,
        d.modelVersion !== undefined ? h('span', {}, `model ${d.modelVersion}`) : null,
        typeof d.battery === 'number' && d.battery <= 100 ? h('span', {}, `battery ${d.battery} %`) : null, // 255: not reported
        typeof d.freeMemory === 'number' && d.freeMemory > 0 ? h('span', {}, `free ${(d.freeMemory / 1024).toFixed(1)} KB`) : null,
        d.capabilities ? h('span', {}, d.capabilities) : null);
    case 'wakeVerdict':
    case 'command':
    case 'offlineAction':
      return verdictLine(kind, d);
    case 'arbitration':
      return arbitration(d);
    case 'gesture':
      return h('div', { class: 'row' }, h('span', { class: 'chip', 'data-gesture': '' }, d.gesture ?? d.kind ?? d.label ?? 'gesture'),
        d.confidence !== undefined ? h('span', { class: 'muted' }, `confidence ${num(d.confidence)}`) : null);
    case 'modelRollout':
      return h('div', { class: 'row small' },
        d.version ? h('span', { class: 'chip' }, d.version) : null,
        d.state ? h('span', { class: 'badge' }, d.state) : null,
        typeof d.progress === 'number' ? h('progress', { max: 1, value: d.progress }) : null);
    case 'rejected':
      return d.reason ? h('div', { class: 'row' }, h('span', { class: 'badge rejected' }, d.reason)) : null;
    default:
      return plain(d);
  }
}

/** verified / rejected / stand down / unverified (offline or no hub model) with confidence, and the command label. */
function verdictLine(kind, d) {
  const verdict = verdictOf(kind, d);
  const label = d.command ?? d.label;
  return h('div', { class: 'row' },
    verdict ? h('span', { class: `badge ${verdict.replace(' ', '-')}`, 'data-verdict': verdict }, verdictText(kind, verdict)) : null,
    typeof d.confidence === 'number' ? h('span', { 'data-confidence': '' }, `confidence ${num(d.confidence)}`) : null,
    label ? h('span', { class: 'chip', 'data-command': label }, label) : null,
    typeof d.commandConfidence === 'number' ? h('span', { class: 'muted' }, `(${num(d.commandConfidence)})`) : null,
    typeof d.latencyMs === 'number' ? h('span', { class: 'muted small', 'data-latency': '' }, `${num(d.latencyMs, 1)} ms`) : null);
}

/** The hub's verdicts (Accepted, Rejected, StandDown, Unverified) in the words of the app. */
function verdictOf(kind, d) {
  if (kind === 'offlineAction') return 'unverified';
  const text = typeof d.verdict === 'string' ? d.verdict.toLowerCase() : null;
  if (text === 'accepted') return 'verified';
  if (text === 'standdown') return 'stand down';
  if (text) return text.startsWith('unverified') ? 'unverified' : text;
  if (typeof d.verified === 'boolean') return d.verified ? 'verified' : 'rejected';
  return null;
}

function verdictText(kind, verdict) {
  if (verdict !== 'unverified') return verdict;
  return kind === 'offlineAction' ? 'unverified (offline)' : 'unverified (no hub model)';
}

/** Winner and why, then each candidate with its voice/ambient energy, the watch's and the hub's scores (not on a phone) and the arbitration score. */
function arbitration(d) {
  const candidates = (Array.isArray(d.candidates) ? [...d.candidates] : []).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const winner = d.winner ?? d.winnerDeviceId;
  return h('div', {},
    h('div', { class: 'row' }, 'winner ', h('strong', { 'data-winner': '' }, winner ?? '—'),
      d.reason ? h('span', { class: 'muted', 'data-reason': '' }, `because ${d.reason}`) : null),
    candidates.length === 0 ? null : h('div', { class: 'table-wrap' }, h('table', { class: 'candidates' },
      h('thead', {}, h('tr', {}, h('th', {}, 'device'), h('th', { class: 'num' }, 'voice'), h('th', { class: 'num' }, 'ambient'),
        h('th', { class: 'num hide-narrow' }, 'watch'), h('th', { class: 'num hide-narrow' }, 'hub'), h('th', { class: 'num' }, 'score'))),
      h('tbody', {}, candidates.map((c) => {
        const id = c.deviceId ?? c.device ?? c.id;
        return h('tr', { class: id === winner ? 'winner' : null, 'data-candidate': id },
          h('td', {}, id, id === winner ? ' ★' : ''),
          h('td', { class: 'num', 'data-voice': '' }, energy(c.voiceEnergy ?? c.voice)),
          h('td', { class: 'num', 'data-ambient': '' }, energy(c.ambientEnergy ?? c.ambient)),
          h('td', { class: 'num hide-narrow' }, num(c.watchScore)),
          h('td', { class: 'num hide-narrow' }, num(c.hubConfidence)),
          h('td', { class: 'num', 'data-score': '' }, num(c.score)));
      })))));
}

/** Energies: the watch reports whole log-energy steps; fractions (other sources) keep two decimals. */
function energy(value) {
  return Number.isInteger(value) ? String(value) : num(value);
}

function plain(d) {
  const pairs = Object.entries(d).filter(([, v]) => v === null || typeof v !== 'object');
  if (pairs.length === 0) return null;
  return h('div', { class: 'row small muted' }, pairs.map(([k, v]) => h('span', {}, `${k}: ${v}`)));
}
