// Messages and task cards as DOM. Text from the user or the server only ever goes into Text nodes
// (via h()/richText() from dom.js); attribute values set here are ids, numbers and fixed words.

import { h, richText } from './dom.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
// Fixed icon shapes (24×24, stroked); never built from data.
const ICONS = {
  calendar: ['M7 3v3M17 3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z'],
  repeat: ['M17 2l3 3-3 3', 'M4 11V9a4 4 0 0 1 4-4h12', 'M7 22l-3-3 3-3', 'M20 13v2a4 4 0 0 1-4 4H4'],
  bell: ['M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9', 'M10.3 21a1.94 1.94 0 0 0 3.4 0'],
  check: ['M20 6L9 17l-5-5'],
  circle: ['M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z'],
  flag: ['M4 22V4', 'M4 4h13l-2 4 2 4H4'],
};

export function icon(name, className = 'icon') {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name] || []) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

// ---------------------------------------------------------------- dates and times

/** Formats in the user's time zone (falls back to the browser's when it is not known or valid). */
function zoned(options, timeZone) {
  try {
    return new Intl.DateTimeFormat('en-GB', timeZone ? { ...options, timeZone } : options);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options);
  }
}

/** Today's date ("YYYY-MM-DD") in `timeZone`. */
export function todayIn(timeZone, now = new Date()) {
  const parts = zoned({ year: 'numeric', month: '2-digit', day: '2-digit' }, timeZone).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function parseLocalDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text ?? ''));
  if (!match) return null;
  return new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
}

function daysBetween(fromIso, toIso) {
  const from = parseLocalDate(fromIso);
  const to = parseLocalDate(toIso);
  if (!from || !to) return NaN;
  return Math.round((to - from) / 86_400_000);
}

/** "Today", "Tomorrow", "Tue 1 Dec" or "Tue 1 Dec 2027" for a local date; the date itself if unparseable. */
export function formatDate(dateIso, timeZone) {
  const date = parseLocalDate(dateIso);
  if (!date) return String(dateIso ?? '');
  const today = todayIn(timeZone);
  const diff = daysBetween(today, dateIso);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  const sameYear = today.slice(0, 4) === dateIso.slice(0, 4);
  const options = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (!sameYear) options.year = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(date).replace(/,/g, '');
}

/** "10:42" for an instant, in the user's zone. */
export function formatClock(instant, timeZone) {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return '';
  return zoned({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone).format(time);
}

/** "Tue 1 Dec 2026, 10:42" for an instant, in the user's zone. */
export function formatInstant(instant, timeZone) {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return String(instant ?? '');
  return zoned(
    { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    timeZone,
  ).format(time);
}

/** When a reminder goes off: "08:30" on the due day, else "Mon 30 Nov 08:30". */
function formatReminder(task, timeZone) {
  const time = Date.parse(task.remindAt);
  if (Number.isNaN(time)) return String(task.remindAt);
  const day = todayIn(timeZone, new Date(time));
  const clock = formatClock(task.remindAt, timeZone);
  return day === task.dueDate ? clock : `${formatDate(day, timeZone)} ${clock}`;
}

// ---------------------------------------------------------------- recurrence

const WEEKDAYS = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const UNITS = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' };
const ADVERBS = { DAILY: 'daily', WEEKLY: 'weekly', MONTHLY: 'monthly', YEARLY: 'yearly' };

function ordinal(n) {
  if (n === -1) return 'last';
  if (n < 0) return `${ordinal(-n)} to last`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th';
  return n + suffix;
}

/** An RRULE in words: "monthly on day 1", "every 2 weeks on Mon, Thu", "every weekday, 5 times". */
export function describeRecurrence(rule, fromCompletion = false) {
  if (!rule) return '';
  const parts = {};
  for (const piece of String(rule).replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = piece.split('=');
    if (key && value !== undefined) parts[key.toUpperCase()] = value.toUpperCase();
  }
  const freq = parts.FREQ;
  if (!UNITS[freq]) return String(rule);
  const interval = Math.max(1, parseInt(parts.INTERVAL || '1', 10) || 1);
  const days = (parts.BYDAY || '').split(',').filter(Boolean);
  let text;
  const weekdaysOnly = ['MO', 'TU', 'WE', 'TH', 'FR'];
  if (interval === 1 && (freq === 'DAILY' || freq === 'WEEKLY') && days.length === 5 && weekdaysOnly.every((d) => days.includes(d))) {
    text = 'every weekday';
  } else if (interval === 1 && (freq === 'DAILY' || freq === 'WEEKLY') && days.length === 2 && days.includes('SA') && days.includes('SU')) {
    text = 'every weekend';
  } else {
    text = interval === 1 ? ADVERBS[freq] : `every ${interval} ${UNITS[freq]}s`;
    if (days.length) {
      const named = days.map((d) => {
        const m = /^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
        if (!m) return d;
        return m[1] ? `the ${ordinal(parseInt(m[1], 10))} ${WEEKDAYS[m[2]]}` : WEEKDAYS[m[2]];
      });
      text += ' on ' + named.join(', ');
    }
    if (parts.BYMONTHDAY) {
      const monthDays = parts.BYMONTHDAY.split(',').map((d) => parseInt(d, 10));
      text += monthDays.every((d) => d === -1) ? ' on the last day' : ' on day ' + monthDays.join(', ');
    }
    if (parts.BYMONTH) {
      text += ' in ' + parts.BYMONTH.split(',').map((m) => MONTHS[parseInt(m, 10) - 1] || m).join(', ');
    }
  }
  if (fromCompletion) text += ' after completion';
  if (parts.COUNT) text += `, ${parts.COUNT} ${parts.COUNT === '1' ? 'time' : 'times'}`;
  if (parts.UNTIL) {
    const m = /^(\d{4})(\d{2})(\d{2})/.exec(parts.UNTIL);
    text += m ? `, until ${parseInt(m[3], 10)} ${MONTHS[parseInt(m[2], 10) - 1]} ${m[1]}` : `, until ${parts.UNTIL}`;
  }
  return text;
}

// ---------------------------------------------------------------- task cards

const PRIORITY_LABELS = { urgent: 'Urgent', high: 'High', medium: 'Medium', low: 'Low' };

/**
 * A task card. `deleted`: the task is gone (`task` is its last known copy). `actions`:
 * `{onComplete(task), onReopen(task), onUndo()}`. `timeZone`: the user's.
 */
export function taskCard(task, { actions, timeZone, deleted = false } = {}) {
  if (deleted) {
    return h(
      'article',
      { class: 'task-card is-deleted', dataset: { taskId: task.id }, attrs: { 'aria-label': 'Deleted task: ' + String(task.title ?? '') } },
      h(
        'div',
        { class: 'task-head' },
        icon('circle', 'icon task-state'),
        h('p', { class: 'task-title', text: task.title ?? '' }),
        h('span', { class: 'task-flag', text: 'Deleted' }),
      ),
      actionsRow(null, actions),
    );
  }
  const completed = Boolean(task.completed);
  const overdue = !completed && task.dueAt && Date.parse(task.dueAt) < Date.now();
  const meta = [];
  if (task.dueDate) {
    const due = formatDate(task.dueDate, timeZone) + (task.dueTime ? ` ${task.dueTime}` : '');
    meta.push(
      h(
        'li',
        { class: ['meta', 'meta-due', overdue && 'is-overdue'], attrs: { title: overdue ? 'Overdue' : 'Due' } },
        icon('calendar'),
        h('span', { class: 'sr-only', text: overdue ? 'Overdue: ' : 'Due: ' }),
        due,
      ),
    );
  }
  if (task.recurrence) {
    meta.push(
      h(
        'li',
        { class: 'meta meta-repeat', attrs: { title: 'Repeats' } },
        icon('repeat'),
        h('span', { class: 'sr-only', text: 'Repeats: ' }),
        describeRecurrence(task.recurrence, task.repeatFromCompletion),
      ),
    );
  }
  if (task.remindAt) {
    meta.push(
      h(
        'li',
        { class: 'meta meta-remind', attrs: { title: 'Reminder' } },
        icon('bell'),
        h('span', { class: 'sr-only', text: 'Reminder: ' }),
        formatReminder(task, timeZone),
      ),
    );
  }
  const priority = PRIORITY_LABELS[task.priority];
  if (priority) {
    meta.push(
      h(
        'li',
        { class: ['meta', 'meta-priority', `priority-${task.priority}`] },
        icon('flag'),
        h('span', { class: 'sr-only', text: 'Priority: ' }),
        priority,
      ),
    );
  }
  for (const tag of Array.isArray(task.tags) ? task.tags : []) {
    meta.push(h('li', { class: 'meta meta-tag', text: '#' + tag }));
  }
  return h(
    'article',
    {
      class: ['task-card', completed && 'is-completed', overdue && 'is-overdue'],
      dataset: { taskId: task.id, version: task.version ?? 0 },
      attrs: { 'aria-label': (completed ? 'Completed task: ' : 'Task: ') + String(task.title ?? '') },
    },
    h(
      'div',
      { class: 'task-head' },
      icon(completed ? 'check' : 'circle', 'icon task-state'),
      h('p', { class: 'task-title', text: task.title ?? '' }),
    ),
    task.description ? h('p', { class: 'task-description', text: task.description }) : null,
    meta.length ? h('ul', { class: 'task-meta' }, meta) : null,
    actionsRow(task, actions),
  );
}

function actionsRow(task, actions = {}) {
  const buttons = [];
  if (task) {
    const completed = Boolean(task.completed);
    buttons.push(
      h('button', {
        type: 'button',
        class: completed ? 'btn btn-small task-reopen' : 'btn btn-small btn-primary task-complete',
        text: completed ? 'Reopen' : 'Complete',
        attrs: { 'aria-label': `${completed ? 'Reopen' : 'Complete'} ${String(task.title ?? '')}` },
        on: { click: (event) => (completed ? actions.onReopen : actions.onComplete)?.(task, event.currentTarget) },
      }),
    );
  }
  buttons.push(
    h('button', {
      type: 'button',
      class: 'btn btn-small btn-quiet task-undo',
      text: 'Undo',
      attrs: { 'aria-label': 'Undo the assistant’s last change', title: 'Sends “undo”: reverts the assistant’s last change' },
      on: { click: () => actions.onUndo?.() },
    }),
  );
  return h('div', { class: 'task-actions' }, buttons);
}

// ---------------------------------------------------------------- messages

/**
 * A stored message (`{seq, role, kind, text, createdAt, tasks}`) or a pending one (`pending: true`,
 * `failed`, `error`). `cardFor(task)` renders a task card (with the freshest copy of the task).
 */
export function messageItem(message, { timeZone, cardFor, onRetry } = {}) {
  const role = message.role === 'assistant' ? 'assistant' : 'user';
  const reminder = message.kind === 'reminder';
  const tasks = Array.isArray(message.tasks) ? message.tasks.filter((t) => t && typeof t === 'object') : [];
  const status = [];
  if (message.pending && !message.failed) status.push(h('span', { class: 'msg-status', text: 'Sending…' }));
  if (message.failed) {
    status.push(h('span', { class: 'msg-status is-error', text: 'Not sent' + (message.error ? ': ' + message.error : '') }));
    if (onRetry) {
      status.push(
        h('button', { type: 'button', class: 'btn btn-link', text: 'Retry', on: { click: () => onRetry(message) } }),
      );
    }
  }
  const time = message.createdAt
    ? h('time', {
        dateTime: message.createdAt,
        text: formatClock(message.createdAt, timeZone),
        attrs: { title: formatInstant(message.createdAt, timeZone) },
      })
    : null;
  return h(
    'li',
    {
      class: ['msg', `msg-${role}`, reminder && 'msg-reminder', message.pending && 'is-pending', message.failed && 'is-failed'],
      dataset: message.pending ? { clientId: message.clientMessageId } : { seq: message.seq },
    },
    h(
      'div',
      { class: 'bubble' },
      h('span', { class: 'sr-only', text: reminder ? 'Reminder: ' : role === 'assistant' ? 'Assistant: ' : 'You: ' }),
      reminder ? h('p', { class: 'msg-label' }, icon('bell'), 'Reminder') : null,
      h('p', { class: 'msg-text' }, role === 'assistant' ? richText(message.text) : String(message.text ?? '')),
      tasks.length ? h('div', { class: 'task-cards' }, tasks.map((task) => cardFor(task))) : null,
    ),
    time || status.length ? h('div', { class: 'msg-meta' }, time, status) : null,
  );
}
