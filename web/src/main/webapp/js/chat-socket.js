// The WebSocket to /ws/chat (docs/CHAT.md): authenticates with a first `auth` frame, keeps itself
// alive with `ping` every 25 s, notices a dead connection (no answer within 10 s) and reconnects by
// itself with exponential backoff and jitter (0.5–1 s, 1–2 s, 2–4 s, … capped at 30 s). What to do
// once connected again (replay, resend) is up to the owner, in `onReady`.

const HEARTBEAT_MS = 25_000;
const DEAD_AFTER_MS = 10_000; // no frame this long after a ping: the connection is gone
const OPEN_TIMEOUT_MS = 15_000; // socket not open, or no `ready`, after this long: try again
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
const STABLE_AFTER_MS = 10_000; // online this long: the next drop starts the backoff from scratch
const AUTH_FAILED_CLOSE = 4401;

/** The URL of the chat socket next to this page: ws: for http:, wss: for https:. */
export function chatSocketUrl(base = document.baseURI) {
  const url = new URL('ws/chat', base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.href;
}

/** The delay before reconnect attempt `attempt` (0-based): half the step plus a random half. */
export function backoffDelay(attempt, random = Math.random) {
  const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 16));
  return Math.round(step / 2 + random() * (step / 2));
}

export class ChatSocket {
  /**
   * @param {object} options
   * @param {string} options.url
   * @param {string} options.token
   * @param {(user: object) => void} options.onReady   authenticated (first time and after every reconnect)
   * @param {(frame: object) => void} options.onFrame   every other frame but `pong`
   * @param {(state: string, info: object) => void} options.onState  connecting | online | offline | stopped
   * @param {(reason: string) => void} options.onAuthFailed  the token was refused: no more retries
   */
  constructor({ url, token, onReady, onFrame, onState, onAuthFailed }) {
    Object.assign(this, { url, token, onReady, onFrame, onState, onAuthFailed });
    this.ws = null;
    this.state = 'stopped';
    this.attempt = 0;
    this.readyAt = 0;
    this.timers = {};
    this.listeners = {
      online: () => this.retryNow(),
      visibilitychange: () => {
        if (document.visibilityState !== 'visible') return;
        // back from sleep (a closed laptop lid): check at once instead of at the next heartbeat
        if (this.state === 'offline') this.retryNow();
        else if (this.state === 'online') this.#ping();
      },
    };
  }

  start() {
    if (this.state !== 'stopped') return;
    window.addEventListener('online', this.listeners.online);
    document.addEventListener('visibilitychange', this.listeners.visibilitychange);
    this.#connect();
  }

  /** Closes for good (logout): no reconnect. */
  stop() {
    window.removeEventListener('online', this.listeners.online);
    document.removeEventListener('visibilitychange', this.listeners.visibilitychange);
    this.#clearTimers();
    this.#drop(1000, 'bye');
    this.#setState('stopped', {});
  }

  get online() {
    return this.state === 'online';
  }

  /** Sends a frame if the socket is open and authenticated; answers whether it was sent. */
  send(frame) {
    if (!this.online || !this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    try {
      this.ws.send(JSON.stringify(frame));
      return true;
    } catch {
      return false;
    }
  }

  /** Skips the wait of the backoff (the "Retry now" button, the browser going online). */
  retryNow() {
    if (this.state !== 'offline') return;
    this.attempt = 0;
    this.#clearTimers();
    this.#connect();
  }

  #connect() {
    this.#clearTimers();
    this.#setState('connecting', { attempt: this.attempt });
    let ws;
    try {
      ws = new WebSocket(this.url);
    } catch {
      this.#lost();
      return;
    }
    this.ws = ws;
    this.timers.open = setTimeout(() => this.#lost(), OPEN_TIMEOUT_MS);
    ws.onopen = () => {
      if (this.ws !== ws) return;
      ws.send(JSON.stringify({ type: 'auth', token: this.token }));
    };
    ws.onmessage = (event) => {
      if (this.ws !== ws) return;
      this.#received(event.data);
    };
    ws.onclose = (event) => {
      if (this.ws !== ws) return;
      if (event.code === AUTH_FAILED_CLOSE) this.#authFailed(event.reason || 'unauthenticated');
      else this.#lost();
    };
    ws.onerror = () => {
      // always followed by close; nothing else to learn here
    };
  }

  #received(data) {
    clearTimeout(this.timers.dead);
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      console.warn('ignored a frame that is not JSON');
      return;
    }
    if (!frame || typeof frame !== 'object') return;
    switch (frame.type) {
      case 'ready':
        clearTimeout(this.timers.open);
        this.readyAt = Date.now();
        this.#setState('online', {});
        this.timers.heartbeat = setInterval(() => this.#ping(), HEARTBEAT_MS);
        this.onReady(frame.user || null);
        break;
      case 'pong':
        break;
      case 'error':
        if (frame.code === 'unauthenticated') {
          this.#authFailed(frame.message || 'unauthenticated');
          return;
        }
        this.onFrame(frame);
        break;
      default:
        this.onFrame(frame);
    }
  }

  #ping() {
    if (!this.send({ type: 'ping' })) return;
    clearTimeout(this.timers.dead);
    this.timers.dead = setTimeout(() => this.#lost(), DEAD_AFTER_MS);
  }

  /** The connection is gone (closed, failed, or silent): wait, then try again. */
  #lost() {
    if (this.state === 'stopped' || this.state === 'offline') return;
    this.#clearTimers();
    this.#drop(4000, 'reconnecting');
    if (this.readyAt && Date.now() - this.readyAt > STABLE_AFTER_MS) this.attempt = 0;
    this.readyAt = 0;
    const delay = backoffDelay(this.attempt);
    this.attempt += 1;
    const retryAt = Date.now() + delay;
    this.#setState('offline', { retryAt, attempt: this.attempt });
    this.timers.retry = setTimeout(() => this.#connect(), delay);
  }

  #authFailed(reason) {
    this.#clearTimers();
    this.#drop(1000, 'unauthenticated');
    window.removeEventListener('online', this.listeners.online);
    document.removeEventListener('visibilitychange', this.listeners.visibilitychange);
    this.#setState('stopped', {});
    this.onAuthFailed(reason);
  }

  /** Forgets the current socket without waiting for its closing handshake (it may be dead). */
  #drop(code, reason) {
    const ws = this.ws;
    this.ws = null;
    if (!ws) return;
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    try {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(code, reason);
    } catch {
      // already closing
    }
  }

  #clearTimers() {
    clearTimeout(this.timers.open);
    clearTimeout(this.timers.dead);
    clearTimeout(this.timers.retry);
    clearInterval(this.timers.heartbeat);
    this.timers = {};
  }

  #setState(state, info) {
    this.state = state;
    this.onState(state, info);
  }
}
