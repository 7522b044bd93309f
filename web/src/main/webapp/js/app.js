// The browser chat: boots from the stored session, shows the auth forms or the chat, and keeps the
// chat in step with the server (REST for history and task buttons, the WebSocket for everything live).
//
// Nothing said is lost:
// - every message gets a client message id (a UUID) and waits in an outbox (kept in sessionStorage,
//   so it survives a reload) until the server's `reply` names that id; after a reconnect every
//   unacknowledged message is sent again with the SAME id, and the server answers the stored pair
//   instead of running it twice;
// - per conversation the page knows the last seq it has without a gap; after every (re)connect it
//   asks `replay` from there, so reminders and other tabs' messages from the time away show up;
// - while the socket is down, the outbox also tries the REST door (same id, so no duplicates).

import { Api, ApiError, session } from './api.js';
import { ChatSocket, chatSocketUrl } from './chat-socket.js';
import { $, clear, h } from './dom.js';
import { formatDate, messageItem, taskCard } from './render.js';
import { setUpAuth, showAuthMessage, showForm } from './auth.js';

const OUTBOX_KEY = 'taskchat.outbox';
const CURRENT_KEY = 'taskchat.conversation';
const REPLAY_PAGE = 100; // a history answer this long may have more after it
const SLOW_DOWN_RETRY_MS = 3_000;
const MAX_TEXT = 2_000;

const state = {
  api: null,
  user: null,
  socket: null,
  socketGeneration: 0,
  conversations: [], // [{id, title, createdAt, lastSeq}], most recently active first
  currentId: null,
  chats: new Map(), // conversation id -> {messages: Map<seq, message>, loaded, loading, unread}
  outbox: [], // [{clientMessageId, conversationId, text, createdAt, failed, error, sentOn, viaRest}]
  tasks: new Map(), // task id -> {task, deleted}
  sent: [], // texts sent from this tab, for the up arrow
  recall: -1,
  unseen: 0,
  countdown: null,
};

// ============================================================================ boot

function boot() {
  setUpAuth({ onLoggedIn: loggedIn });
  setUpChat();
  window.addEventListener('storage', (event) => {
    if (event.key !== session.key) return;
    if (!event.newValue && state.api) endSession('You logged out in another tab.', { revoke: false });
    else if (event.newValue && !state.api) start();
  });
  start();
}

function start() {
  const stored = session.load();
  $('#booting').hidden = true;
  if (!stored) {
    showAuth();
    return;
  }
  openChat(stored);
}

function showAuth(message) {
  $('#chat-view').hidden = true;
  $('#auth-view').hidden = false;
  document.title = 'Taskchat';
  showAuthMessage(message);
  showForm('login', { focus: true });
}

function loggedIn(stored) {
  session.save(stored);
  $('#login-form').reset();
  $('#register-form').elements.password.value = '';
  showAuthMessage('');
  openChat(stored);
}

async function openChat(stored) {
  state.api = new Api(stored.token);
  state.outbox = loadOutbox(stored.token);
  $('#auth-view').hidden = true;
  $('#chat-view').hidden = false;
  showUserName(stored.email || '');
  $('#composer-input').focus();

  state.socket = new ChatSocket({
    url: chatSocketUrl(),
    token: stored.token,
    onReady: socketReady,
    onFrame: received,
    onState: showConnection,
    onAuthFailed: () => endSession('Your session has ended. Please log in again.', { revoke: false }),
  });
  state.socket.start();

  try {
    state.user = await state.api.me();
    showUserName(state.user.name || state.user.email || '');
  } catch (e) {
    if (handledAuth(e)) return;
    // the server is unreachable for now: the socket retries, and its `ready` loads everything
  }
  await refreshConversations();
}

/** Forgets the session here (and revokes the token on the server when `revoke`). */
async function endSession(message, { revoke }) {
  const api = state.api;
  state.socket?.stop();
  state.socket = null;
  state.api = null;
  state.user = null;
  state.conversations = [];
  state.currentId = null;
  state.chats.clear();
  state.tasks.clear();
  state.outbox = [];
  state.sent = [];
  sessionStorage.removeItem(OUTBOX_KEY);
  sessionStorage.removeItem(CURRENT_KEY);
  clear($('#messages'));
  clear($('#conversation-list'));
  hideNotice();
  session.clear();
  showAuth(message);
  if (revoke && api) {
    try {
      await api.logout();
    } catch {
      // the token is forgotten here either way
    }
  }
}

function showUserName(name) {
  $('#user-name').textContent = name;
  $('#user-name-narrow').textContent = name;
}

/** A 401 from any call ends the session; answers whether it did. */
function handledAuth(error) {
  if (error instanceof ApiError && error.isUnauthenticated && state.api) {
    endSession('Your session has ended. Please log in again.', { revoke: false });
    return true;
  }
  return false;
}

// ============================================================================ the socket

function socketReady(user) {
  state.socketGeneration += 1;
  if (user) {
    state.user = user;
    showUserName(user.name || user.email || '');
  }
  // whatever happened while away: new conversations, messages after the last seq we have
  refreshConversations().then(() => {
    for (const [conversationId, chat] of state.chats) {
      if (chat.loaded) requestReplay(conversationId);
    }
  });
  flushOutbox();
}

function requestReplay(conversationId) {
  const chat = chatOf(conversationId);
  chat.replayFrom = contiguousSeq(chat);
  state.socket?.send({ type: 'replay', conversationId, afterSeq: chat.replayFrom });
}

function received(frame) {
  switch (frame.type) {
    case 'reply':
      acknowledged(frame.clientMessageId);
      addMessages(frame.conversationId, [frame.message, frame.reply]);
      break;
    case 'message':
      addMessages(frame.conversationId, [frame.message], { elsewhere: true });
      break;
    case 'history': {
      const chat = chatOf(frame.conversationId);
      const messages = Array.isArray(frame.messages) ? frame.messages : [];
      const before = contiguousSeq(chat);
      addMessages(frame.conversationId, messages, { elsewhere: true });
      // a long absence may need more than one page
      if (messages.length >= REPLAY_PAGE && contiguousSeq(chat) > before) requestReplay(frame.conversationId);
      break;
    }
    case 'task':
      taskChanged(frame);
      break;
    case 'error':
      socketError(frame);
      break;
    default:
      // a frame type this page does not know yet: newer server, ignore it
      break;
  }
}

function socketError(frame) {
  const item = frame.clientMessageId ? state.outbox.find((i) => i.clientMessageId === frame.clientMessageId) : null;
  const message = typeof frame.message === 'string' && frame.message ? frame.message : 'The server could not handle that.';
  if (item) {
    if (frame.code === 'slow-down') {
      // dropped unheard: send it again a little later, same id
      item.sentOn = null;
      setTimeout(flushOutbox, SLOW_DOWN_RETRY_MS);
      showNotice('Slow down a little: your message will be sent again in a moment.', 'info');
      return;
    }
    item.failed = true;
    item.error = message;
    saveOutbox();
    updatePending(item);
    return;
  }
  if (frame.code === 'not-found') {
    refreshConversations();
    return;
  }
  if (frame.code === 'slow-down') {
    showNotice('Slow down a little.', 'info');
    return;
  }
  showNotice(message, 'error');
}

function showConnection(socketState, info) {
  const box = $('#connection');
  const text = $('#connection-text');
  const retry = $('#retry-now');
  clearInterval(state.countdown);
  box.dataset.state = socketState;
  retry.hidden = socketState !== 'offline';
  if (socketState === 'online') text.textContent = 'Online';
  else if (socketState === 'connecting') text.textContent = info.attempt ? 'Reconnecting…' : 'Connecting…';
  else if (socketState === 'offline') {
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((info.retryAt - Date.now()) / 1000));
      text.textContent = `Offline — retrying in ${seconds} s`;
    };
    tick();
    state.countdown = setInterval(tick, 1000);
    // messages waiting on the dead socket may still get through the REST door
    flushOutbox();
  } else text.textContent = 'Offline';
}

// ============================================================================ conversations

function chatOf(conversationId) {
  const id = Number(conversationId);
  let chat = state.chats.get(id);
  if (!chat) {
    chat = { messages: new Map(), loaded: false, loading: null, unread: 0, replayFrom: 0 };
    state.chats.set(id, chat);
  }
  return chat;
}

/** The highest seq up to which this page has every message (seqs are 1, 2, 3 …). */
function contiguousSeq(chat) {
  let seq = 0;
  while (chat.messages.has(seq + 1)) seq += 1;
  return seq;
}

async function refreshConversations() {
  if (!state.api) return;
  let items;
  try {
    items = (await state.api.conversations())?.items;
  } catch (e) {
    if (!handledAuth(e) && e.status !== 0) showNotice(`Could not load your chats: ${e.message}`, 'error');
    return;
  }
  if (!state.api) return;
  state.conversations = (Array.isArray(items) ? items : []).filter((c) => c && c.id !== undefined);
  if (!state.conversations.length) {
    try {
      const created = await state.api.createConversation();
      state.conversations = [{ ...created, lastSeq: 0 }];
    } catch (e) {
      if (!handledAuth(e)) showNotice(`Could not start a chat: ${e.message}`, 'error');
      return;
    }
  }
  const remembered = Number(sessionStorage.getItem(CURRENT_KEY));
  const keep = [state.currentId, remembered].find((id) => id && state.conversations.some((c) => Number(c.id) === id));
  renderConversations();
  await selectConversation(keep || Number(state.conversations[0].id));
}

function renderConversations() {
  const list = $('#conversation-list');
  clear(list);
  for (const conversation of state.conversations) {
    const id = Number(conversation.id);
    const chat = state.chats.get(id);
    const current = id === state.currentId;
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: ['conversation', current && 'is-current'],
            dataset: { conversationId: id },
            attrs: { 'aria-current': current ? 'true' : false },
            on: { click: () => selectConversation(id, { focus: true }) },
          },
          h('span', { class: 'conversation-title', text: conversation.title || 'Chat' }),
          chat && chat.unread
            ? h('span', { class: 'badge', text: String(chat.unread), attrs: { 'aria-label': `${chat.unread} new` } })
            : null,
        ),
      ),
    );
  }
}

async function selectConversation(conversationId, { focus = false } = {}) {
  const changed = conversationId !== state.currentId;
  state.currentId = conversationId;
  sessionStorage.setItem(CURRENT_KEY, String(conversationId));
  // what was typed while the chats were loading belongs to the first one shown
  const waiting = state.outbox.filter((item) => item.conversationId === null);
  waiting.forEach((item) => (item.conversationId = conversationId));
  if (waiting.length) saveOutbox();
  const chat = chatOf(conversationId);
  chat.unread = 0;
  const conversation = state.conversations.find((c) => Number(c.id) === conversationId);
  $('#conversation-title').textContent = conversation?.title || 'Chat';
  renderConversations();
  if (changed) renderMessages();
  if (focus) {
    // chosen by the user (not a refresh after a reconnect): back to typing
    closeSidebar();
    $('#composer-input').focus();
  }
  if (waiting.length) flushOutbox();
  if (!chat.loaded) await loadHistory(conversationId);
}

/** Every stored message of the conversation over REST, oldest first, page by page. */
function loadHistory(conversationId) {
  const chat = chatOf(conversationId);
  if (chat.loading) return chat.loading;
  const status = $('#history-status');
  if (conversationId === state.currentId) {
    status.textContent = 'Loading messages…';
    status.hidden = false;
  }
  chat.loading = (async () => {
    try {
      let after = 0;
      for (let page = 0; page < 200; page += 1) {
        const items = (await state.api.messages(conversationId, after, 500))?.items;
        const messages = Array.isArray(items) ? items : [];
        addMessages(conversationId, messages, { quiet: true });
        if (messages.length < 500) break;
        after = Math.max(after, ...messages.map((m) => Number(m.seq) || 0));
      }
      chat.loaded = true;
      // anything said between this answer and now arrives by `replay`
      if (state.socket?.online) requestReplay(conversationId);
      flushOutbox();
    } catch (e) {
      if (!handledAuth(e) && conversationId === state.currentId) {
        showNotice(e.status === 0 ? 'Offline: the history will load when the server is back.' : `Could not load the messages: ${e.message}`, 'error');
      }
    } finally {
      chat.loading = null;
      if (conversationId === state.currentId) {
        status.hidden = true;
        showEmptyState();
      }
    }
  })();
  return chat.loading;
}

async function newConversation() {
  try {
    const created = await state.api.createConversation();
    state.conversations.unshift({ ...created, lastSeq: 0 });
    chatOf(created.id).loaded = true;
    await selectConversation(Number(created.id), { focus: true });
  } catch (e) {
    if (!handledAuth(e)) showNotice(`Could not start a chat: ${e.message}`, 'error');
  }
}

// ============================================================================ messages

/**
 * Stores messages (by seq, so repeats are harmless) and shows those of the current conversation.
 * `elsewhere`: they came from outside this tab's own sending (reminders, other tabs, replay).
 */
function addMessages(conversationId, messages, { elsewhere = false, quiet = false } = {}) {
  const id = Number(conversationId);
  if (!Number.isFinite(id)) return;
  const chat = chatOf(id);
  let added = 0;
  for (const message of messages) {
    if (!message || typeof message !== 'object' || !Number.isFinite(Number(message.seq))) continue;
    const seq = Number(message.seq);
    if (chat.messages.has(seq)) continue;
    chat.messages.set(seq, message);
    added += 1;
    rememberTasks(message.tasks);
    // a message of ours that the server already has (its reply got lost on the way): done
    if (message.role === 'user' && message.clientMessageId) acknowledged(message.clientMessageId);
    if (id === state.currentId) showMessage(message);
  }
  if (!added) return;
  const conversation = state.conversations.find((c) => Number(c.id) === id);
  if (!conversation) {
    // a conversation this page does not know yet (a reminder started one, another tab made one)
    if (elsewhere) refreshConversations();
    return;
  }
  conversation.lastSeq = Math.max(Number(conversation.lastSeq) || 0, ...chat.messages.keys());
  if (quiet) return;
  // most recently active first
  state.conversations = [conversation, ...state.conversations.filter((c) => c !== conversation)];
  if (id !== state.currentId && elsewhere) chat.unread += added;
  if (elsewhere && document.visibilityState === 'hidden') {
    state.unseen += added;
    document.title = `(${state.unseen}) Taskchat`;
  }
  renderConversations();
}

function renderMessages() {
  const list = $('#messages');
  clear(list);
  const chat = chatOf(state.currentId);
  const ordered = [...chat.messages.values()].sort((a, b) => a.seq - b.seq);
  for (const message of ordered) list.append(renderMessage(message));
  for (const item of state.outbox) {
    if (item.conversationId !== null && Number(item.conversationId) === state.currentId) list.append(renderPending(item));
  }
  showEmptyState();
  scrollToEnd(true);
}

function renderMessage(message) {
  return messageItem(message, { timeZone: state.user?.timeZone, cardFor });
}

function renderPending(item) {
  return messageItem(
    { role: 'user', kind: 'chat', text: item.text, pending: true, failed: item.failed, error: item.error, clientMessageId: item.clientMessageId, createdAt: item.createdAt },
    { timeZone: state.user?.timeZone, cardFor, onRetry: retry },
  );
}

/** Puts a stored message in its place by seq (before any later one and before pending ones). */
function showMessage(message) {
  const list = $('#messages');
  const stick = nearEnd();
  const element = renderMessage(message);
  const later = [...list.children].find((li) => li.dataset.clientId !== undefined || Number(li.dataset.seq) > message.seq);
  list.insertBefore(element, later || null);
  showEmptyState();
  scrollToEnd(stick);
}

function showEmptyState() {
  const chat = state.currentId ? chatOf(state.currentId) : null;
  const empty = !chat || (chat.messages.size === 0 && !state.outbox.some((i) => Number(i.conversationId) === state.currentId));
  $('#empty-state').hidden = !(empty && chat && !chat.loading);
}

function nearEnd() {
  const scroller = $('#scroller');
  return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
}

function scrollToEnd(really) {
  if (!really) return;
  const scroller = $('#scroller');
  scroller.scrollTop = scroller.scrollHeight;
}

// ============================================================================ sending

function uuid() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; plain http on a LAN is not one
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function say(rawText) {
  const text = String(rawText ?? '').trim();
  if (!text) return false;
  if (text.length > MAX_TEXT) {
    showNotice(`That is ${text.length} characters; a message can have at most ${MAX_TEXT}.`, 'error');
    return false;
  }
  // before the chats have loaded (conversationId null), it waits for the conversation to be chosen
  const item = { clientMessageId: uuid(), conversationId: state.currentId, text, createdAt: new Date().toISOString(), sentOn: null };
  state.outbox.push(item);
  saveOutbox();
  const list = $('#messages');
  list.append(renderPending(item));
  showEmptyState();
  scrollToEnd(true);
  flushOutbox();
  return true;
}

/**
 * Sends what waits in the outbox: over the socket when it is online (each message once per
 * connection; again after a reconnect, with the same id), else over REST when the socket is down.
 */
function flushOutbox() {
  const socket = state.socket;
  if (!socket) return;
  for (const item of state.outbox) {
    if (item.failed || item.viaRest || item.conversationId === null) continue;
    if (socket.online) {
      if (item.sentOn === state.socketGeneration) continue;
      if (socket.send({ type: 'say', conversationId: Number(item.conversationId), clientMessageId: item.clientMessageId, text: item.text })) {
        item.sentOn = state.socketGeneration;
      }
    } else if (socket.state === 'offline') {
      sendOverRest(item);
    }
  }
}

async function sendOverRest(item) {
  item.viaRest = true;
  try {
    const answer = await state.api.say(item.conversationId, item.text, item.clientMessageId);
    acknowledged(item.clientMessageId);
    addMessages(item.conversationId, [answer?.message, answer?.reply]);
  } catch (e) {
    if (handledAuth(e)) return;
    if (e.status === 0 || e.status >= 500 || e.status === 404 && !e.problem) {
      // no server, or no REST door: the socket sends it when it is back
    } else {
      item.failed = true;
      item.error = e.message;
      saveOutbox();
      updatePending(item);
    }
  } finally {
    item.viaRest = false;
  }
  if (state.outbox.includes(item) && !item.failed && state.socket?.online) flushOutbox();
}

/** The server has this message: it leaves the outbox and its pending bubble goes. */
function acknowledged(clientMessageId) {
  if (!clientMessageId) return;
  const index = state.outbox.findIndex((i) => i.clientMessageId === clientMessageId);
  if (index < 0) return;
  state.outbox.splice(index, 1);
  saveOutbox();
  pendingElement(clientMessageId)?.remove();
}

function retry(pending) {
  const item = state.outbox.find((i) => i.clientMessageId === pending.clientMessageId);
  if (!item) return;
  item.failed = false;
  item.error = null;
  item.sentOn = null;
  saveOutbox();
  updatePending(item);
  flushOutbox();
}

function pendingElement(clientMessageId) {
  return [...$('#messages').children].find((li) => li.dataset.clientId === clientMessageId) || null;
}

function updatePending(item) {
  pendingElement(item.clientMessageId)?.replaceWith(renderPending(item));
}

function loadOutbox(token) {
  try {
    const stored = JSON.parse(sessionStorage.getItem(OUTBOX_KEY) || 'null');
    // only what this login queued (a reload keeps it; another account never sends it)
    if (!stored || stored.owner !== tokenTag(token) || !Array.isArray(stored.items)) return [];
    return stored.items.filter((i) => i && i.clientMessageId && i.text).map((i) => ({ ...i, sentOn: null, viaRest: false }));
  } catch {
    return [];
  }
}

function saveOutbox() {
  if (!state.socket) return;
  const items = state.outbox.map(({ clientMessageId, conversationId, text, createdAt, failed, error }) => ({ clientMessageId, conversationId, text, createdAt, failed, error }));
  sessionStorage.setItem(OUTBOX_KEY, JSON.stringify({ owner: tokenTag(state.socket.token), items }));
}

/** Not the token itself: a short tag that tells whether the outbox belongs to this login. */
function tokenTag(token) {
  let hash = 0;
  for (const char of String(token)) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash.toString(36);
}

// ============================================================================ tasks

function rememberTasks(tasks) {
  for (const task of Array.isArray(tasks) ? tasks : []) {
    if (!task || task.id === undefined) continue;
    const known = state.tasks.get(task.id);
    if (!known || (!known.deleted && (Number(task.version) || 0) > (Number(known.task.version) || 0))) {
      state.tasks.set(task.id, { task, deleted: false });
    }
  }
}

/** A card with the freshest copy of the task this page has seen. */
function cardFor(task) {
  const known = state.tasks.get(task.id);
  const actions = { onComplete: completeTask, onReopen: reopenTask, onUndo: () => say('undo') };
  if (known?.deleted) return taskCard(known.last || task, { deleted: true, actions });
  const fresh = known && (Number(known.task.version) || 0) >= (Number(task.version) || 0) ? known.task : task;
  return taskCard(fresh, { actions, timeZone: state.user?.timeZone });
}

function taskChanged(frame) {
  const id = frame.task?.id ?? frame.taskId;
  if (id === undefined || id === null) return;
  if (frame.change === 'deleted' || !frame.task) {
    // keep the last copy: the card still says which task went
    const last = state.tasks.get(id)?.task || state.tasks.get(id)?.last || null;
    state.tasks.set(id, { task: null, last, deleted: true });
  }
  else {
    const known = state.tasks.get(id);
    // a deleted task comes back only by undo, which answers it as created or updated
    if (!known || known.deleted || (Number(frame.task.version) || 0) >= (Number(known.task.version) || 0)) {
      state.tasks.set(id, { task: frame.task, deleted: false });
    }
  }
  refreshCards(id);
}

function refreshCards(taskId) {
  const known = state.tasks.get(taskId);
  for (const card of document.querySelectorAll(`.task-card[data-task-id="${CSS.escape(String(taskId))}"]`)) {
    const hadFocus = card.contains(document.activeElement);
    const fresh = cardFor(known?.task || known?.last || { id: taskId, title: card.querySelector('.task-title')?.textContent ?? '' });
    card.replaceWith(fresh);
    if (hadFocus) fresh.querySelector('button')?.focus();
  }
}

/**
 * A card's buttons speak to the assistant ("done id:42"), like typing would: the action is then the
 * assistant's last change, so the Undo button and "undo" take back exactly it (a generated next
 * occurrence included), and the exchange stays in the history.
 */
function completeTask(task, button) {
  if (button) button.disabled = true;
  say(`done id:${task.id}`);
}

function reopenTask(task, button) {
  if (button) button.disabled = true;
  say(`reopen id:${task.id}`);
}

// ============================================================================ notices, sidebar, keyboard

let noticeTimer = null;

function showNotice(text, kind = 'info') {
  const notice = $('#notice');
  $('#notice-text').textContent = text;
  notice.dataset.kind = kind;
  notice.hidden = false;
  clearTimeout(noticeTimer);
  if (kind === 'info') noticeTimer = setTimeout(hideNotice, 8000);
}

function hideNotice() {
  clearTimeout(noticeTimer);
  $('#notice').hidden = true;
}

function openSidebar() {
  $('#sidebar').classList.add('is-open');
  $('#sidebar-backdrop').hidden = false;
  $('#toggle-sidebar').setAttribute('aria-expanded', 'true');
  ($('#sidebar').querySelector('.conversation.is-current') || $('#new-conversation')).focus();
}

function closeSidebar() {
  if (!$('#sidebar').classList.contains('is-open')) return;
  $('#sidebar').classList.remove('is-open');
  $('#sidebar-backdrop').hidden = true;
  $('#toggle-sidebar').setAttribute('aria-expanded', 'false');
}

function setUpChat() {
  const input = $('#composer-input');

  $('#composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    if (say(text)) {
      if (state.sent[state.sent.length - 1] !== text.trim()) state.sent.push(text.trim());
      state.recall = -1;
      input.value = '';
    }
    input.focus();
  });

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      state.recall = -1;
    } else if (event.key === 'ArrowUp' && state.sent.length) {
      // only when the input is empty or shows a recalled message: never lose what is being typed
      if (input.value && (state.recall < 0 || input.value !== state.sent[state.recall])) return;
      event.preventDefault();
      state.recall = state.recall < 0 ? state.sent.length - 1 : Math.max(0, state.recall - 1);
      input.value = state.sent[state.recall];
      input.setSelectionRange(input.value.length, input.value.length);
    } else if (event.key === 'ArrowDown' && state.recall >= 0) {
      if (input.value !== state.sent[state.recall]) return;
      event.preventDefault();
      state.recall = state.recall + 1 < state.sent.length ? state.recall + 1 : -1;
      input.value = state.recall < 0 ? '' : state.sent[state.recall];
      input.setSelectionRange(input.value.length, input.value.length);
    }
  });

  for (const chip of document.querySelectorAll('.chip[data-say]')) {
    chip.addEventListener('click', () => {
      say(chip.dataset.say);
      input.focus();
    });
  }
  for (const example of document.querySelectorAll('.example[data-fill]')) {
    example.addEventListener('click', () => {
      input.value = example.dataset.fill;
      input.focus();
    });
  }

  for (const button of [$('#logout'), $('#logout-narrow')]) {
    button.addEventListener('click', () => endSession('You are logged out.', { revoke: true }));
  }
  $('#new-conversation').addEventListener('click', newConversation);
  $('#retry-now').addEventListener('click', () => state.socket?.retryNow());
  $('#notice-close').addEventListener('click', hideNotice);
  $('#toggle-sidebar').addEventListener('click', () =>
    $('#sidebar').classList.contains('is-open') ? closeSidebar() : openSidebar(),
  );
  $('#sidebar-backdrop').addEventListener('click', closeSidebar);

  document.addEventListener('keydown', (event) => {
    if ($('#chat-view').hidden) return;
    if (event.key === 'Escape' && $('#sidebar').classList.contains('is-open')) {
      closeSidebar();
      $('#toggle-sidebar').focus();
      return;
    }
    // typing anywhere outside a field goes to the message input
    const target = event.target;
    const inField = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (!inField && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && target.tagName !== 'BUTTON') {
      input.focus();
    }
  });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      state.unseen = 0;
      document.title = 'Taskchat';
    }
  });
}

boot();
