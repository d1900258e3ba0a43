// The hub app: hash routes (#/devices, #/timeline, #/device/<id>, #/models, #/system), one live feed.
import { connect, onState } from './feed.js';
import * as devices from './devices.js';
import * as timeline from './timeline.js';
import * as deviceDetail from './device-detail.js';
import * as models from './models.js';
import * as system from './system.js';

const routes = { devices, timeline, models, system };
const view = document.getElementById('view');
let unmount = null;

function route() {
  const [, name = 'devices', arg] = location.hash.split('/');
  if (unmount) unmount();
  view.replaceChildren();
  const tab = name === 'device' ? 'devices' : routes[name] ? name : 'devices';
  for (const link of document.querySelectorAll('.tabs a')) {
    if (link.dataset.tab === tab) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  unmount = name === 'device' && arg ? deviceDetail.mount(view, decodeURIComponent(arg)) : (routes[name] ?? devices).mount(view);
}

connect();
const live = document.getElementById('live');
onState((state) => {
  live.dataset.state = state;
  live.textContent = state === 'open' ? 'live' : state === 'closed' ? 'offline' : 'connecting…';
});
addEventListener('hashchange', route);
route();
