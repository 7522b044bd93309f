// The REST API (docs/API.md, docs/CHAT.md) and where the login token is kept.
//
// Paths are relative ("api/…"), so the page works under any context root: "/" in production,
// "/taskchat/" in the integration tests.
//
// The token is kept in localStorage, not sessionStorage: a second tab (where reminders must show up
// too) and a reload must not ask for the password again, and the token already lives 30 days on the
// server. The price is that script running in this origin could read it; that is why nothing on the
// page is ever built from markup strings (see dom.js) and index.html sets a Content-Security-Policy
// that allows only this origin's own scripts. Logging out revokes the token on the server and
// forgets it in every tab (the `storage` event).

const SESSION_KEY = 'taskchat.session';

export const session = {
  /** The stored session `{token, expiresAt, email}`, or null (also when expired). */
  load() {
    let stored;
    try {
      stored = JSON.parse(localStorage.getItem(SESSION_KEY) || 'null');
    } catch {
      stored = null;
    }
    if (!stored || typeof stored.token !== 'string' || !stored.token) return null;
    if (stored.expiresAt && Date.parse(stored.expiresAt) <= Date.now()) {
      this.clear();
      return null;
    }
    return stored;
  },
  save(value) {
    localStorage.setItem(SESSION_KEY, JSON.stringify(value));
  },
  clear() {
    localStorage.removeItem(SESSION_KEY);
  },
  key: SESSION_KEY,
};

/** A failed call: `status` 0 means the server could not be reached; `problem` is the problem+json body. */
export class ApiError extends Error {
  constructor(status, problem, fallback) {
    super(describeProblem(problem) || fallback || `The server answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || null;
  }

  /** The problem's `errors` as `{field, message}` (validation), or []. */
  get fieldErrors() {
    const errors = this.problem && Array.isArray(this.problem.errors) ? this.problem.errors : [];
    return errors
      .filter((e) => e && typeof e === 'object')
      .map((e) => ({ field: typeof e.field === 'string' ? e.field : '', message: String(e.message ?? '') }));
  }

  get isUnauthenticated() {
    return this.status === 401;
  }
}

function describeProblem(problem) {
  if (!problem || typeof problem !== 'object') return '';
  if (typeof problem.detail === 'string' && problem.detail) return problem.detail;
  if (typeof problem.title === 'string' && problem.title) return problem.title;
  return '';
}

/**
 * Calls the API. `body` is sent as JSON. Answers the parsed JSON body (null for 204); throws
 * ApiError for anything but 2xx, and for a network failure (status 0).
 */
export async function call(method, path, { body, token, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = 'Bearer ' + token;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError(0, null, 'Can’t reach the server. Check your connection and try again.');
  }
  const text = response.status === 204 ? '' : await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!response.ok) {
    const fallback =
      response.status === 401 ? 'Please log in again.'
      : response.status >= 500 ? `The server had a problem (${response.status}). Try again in a moment.`
      : `The request failed (${response.status}).`;
    throw new ApiError(response.status, json, fallback);
  }
  return json;
}

/** The calls the page makes, with the token of the current session. */
export class Api {
  constructor(token) {
    this.token = token;
  }

  static register({ email, password, name, timeZone }) {
    return call('POST', 'api/auth/register', { body: { email, password, name, timeZone } });
  }

  static login(email, password) {
    return call('POST', 'api/auth/login', { body: { email, password } });
  }

  logout() {
    return call('POST', 'api/auth/logout', { token: this.token });
  }

  me() {
    return call('GET', 'api/me', { token: this.token });
  }

  conversations() {
    return call('GET', 'api/conversations', { token: this.token });
  }

  createConversation(title) {
    return call('POST', 'api/conversations', { token: this.token, body: title ? { title } : {} });
  }

  /** Messages with seq > after, oldest first. */
  messages(conversationId, after = 0, limit = 500) {
    const id = encodeURIComponent(conversationId);
    return call('GET', `api/conversations/${id}/messages?after=${encodeURIComponent(after)}&limit=${limit}`, {
      token: this.token,
    });
  }

  /** The REST door for a chat message: `{message, reply}`. */
  say(conversationId, text, clientMessageId) {
    const id = encodeURIComponent(conversationId);
    return call('POST', `api/conversations/${id}/messages`, {
      token: this.token,
      body: { text, clientMessageId },
    });
  }
}
