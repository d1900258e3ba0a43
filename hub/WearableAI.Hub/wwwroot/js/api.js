// The hub's REST API as the page uses it. Errors carry the hub's problem 'detail'.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }

  /** The hub has no such endpoint (another part of the hub may not be installed yet). */
  get missing() {
    return this.status === 404 || this.status === 405;
  }
}

export async function api(method, path, body) {
  const init = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'The hub cannot be reached.');
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (!response.ok) {
    const detail = data?.detail ?? data?.title ?? data?.message ?? `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, detail);
  }
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});
export const patch = (path, body) => api('PATCH', path, body);
export const del = (path) => api('DELETE', path);

/**
 * GET that may not exist on this hub: resolves to { data } or { missing: true } or { error }.
 * Views use it for endpoints of other hub parts (events, results, thresholds, rollouts).
 */
export async function optional(path) {
  try {
    return { data: await get(path) };
  } catch (error) {
    return error instanceof ApiError && error.missing ? { missing: true } : { error: error.message };
  }
}
