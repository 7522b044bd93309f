// The log-in and create-account forms. Server problems (problem+json) are shown as they come:
// `detail` above the form, each of `errors[]` under the field it names.

import { Api, ApiError } from './api.js';
import { $, h } from './dom.js';

const FORMS = {
  login: { tab: '#tab-login', form: '#login-form' },
  register: { tab: '#tab-register', form: '#register-form' },
};

/**
 * Wires the forms. `onLoggedIn({token, expiresAt, email})` is called after a successful log-in
 * (a new account is logged in right away).
 */
export function setUpAuth({ onLoggedIn }) {
  fillTimeZones($('#register-timezone'));

  for (const name of Object.keys(FORMS)) {
    $(FORMS[name].tab).addEventListener('click', () => showForm(name, { focus: true }));
  }
  // arrow keys move between the two tabs (WAI-ARIA tabs pattern)
  $('.tabs').addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = $('#tab-login').getAttribute('aria-selected') === 'true' ? 'register' : 'login';
    showForm(next, { focus: true });
    $(FORMS[next].tab).focus();
  });

  const loginForm = $('#login-form');
  loginForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = loginForm.elements.email.value.trim();
    const password = loginForm.elements.password.value;
    clearErrors(loginForm);
    const missing = requireFields(loginForm, { email, password });
    if (missing) return;
    await busy(loginForm, 'Logging in…', async () => {
      try {
        const answer = await Api.login(email, password);
        onLoggedIn({ token: answer.token, expiresAt: answer.expiresAt, email });
      } catch (e) {
        showProblem(loginForm, e, e.status === 401 ? 'Wrong email or password.' : null);
        loginForm.elements.password.select();
      }
    });
  });

  const registerForm = $('#register-form');
  registerForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = {
      name: registerForm.elements.name.value.trim(),
      email: registerForm.elements.email.value.trim(),
      password: registerForm.elements.password.value,
      timeZone: registerForm.elements.timeZone.value,
    };
    clearErrors(registerForm);
    if (requireFields(registerForm, fields)) return;
    await busy(registerForm, 'Creating your account…', async () => {
      try {
        await Api.register(fields);
      } catch (e) {
        showProblem(registerForm, e);
        return;
      }
      try {
        const answer = await Api.login(fields.email, fields.password);
        onLoggedIn({ token: answer.token, expiresAt: answer.expiresAt, email: fields.email });
      } catch (e) {
        showForm('login');
        $('#login-form').elements.email.value = fields.email;
        showProblem($('#login-form'), e);
      }
    });
  });
}

/** Shows the auth view with an optional message ("You are logged out."). */
export function showAuthMessage(text) {
  const message = $('#auth-message');
  message.textContent = text || '';
  message.hidden = !text;
}

export function showForm(name, { focus = false } = {}) {
  for (const [other, { tab, form }] of Object.entries(FORMS)) {
    const selected = other === name;
    $(tab).setAttribute('aria-selected', String(selected));
    $(tab).tabIndex = selected ? 0 : -1;
    $(form).hidden = !selected;
  }
  const form = $(FORMS[name].form);
  // carry the e-mail over between the forms
  const emails = [$('#login-form').elements.email, $('#register-form').elements.email];
  const typed = emails.find((input) => input.value)?.value;
  if (typed) emails.forEach((input) => (input.value ||= typed));
  if (focus) {
    const first = [...form.elements].find((el) => el.tagName !== 'BUTTON' && !el.value) || form.elements[0];
    first?.focus();
  }
}

function fillTimeZones(select) {
  let browserZone = 'UTC';
  try {
    browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // keep UTC
  }
  let zones = [];
  try {
    zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  } catch {
    zones = [];
  }
  if (!zones.includes(browserZone)) zones = [browserZone, ...zones];
  if (!zones.includes('UTC')) zones.push('UTC');
  for (const zone of zones) {
    select.append(h('option', { value: zone, text: zone.replace(/_/g, ' '), selected: zone === browserZone }));
  }
}

function requireFields(form, values) {
  let missing = null;
  for (const [field, value] of Object.entries(values)) {
    if (!value) {
      fieldError(form, field, 'Required.');
      missing ||= field;
    }
  }
  if (missing) form.elements[missing].focus();
  return missing;
}

async function busy(form, label, work) {
  const button = form.querySelector('button[type="submit"]');
  const original = button.textContent;
  button.disabled = true;
  button.textContent = label;
  form.setAttribute('aria-busy', 'true');
  try {
    await work();
  } finally {
    button.disabled = false;
    button.textContent = original;
    form.removeAttribute('aria-busy');
  }
}

function clearErrors(form) {
  const alert = form.querySelector('.form-alert');
  alert.hidden = true;
  alert.textContent = '';
  for (const el of form.querySelectorAll('.field-error')) el.textContent = '';
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

function fieldError(form, field, message) {
  const input = form.elements[field];
  if (!input) return false;
  input.setAttribute('aria-invalid', 'true');
  const holder = form.querySelector(`#${form.id.replace('-form', '')}-${field}-error`);
  if (holder) holder.textContent = holder.textContent ? `${holder.textContent} ${message}` : message;
  return true;
}

/** The problem as a summary above the form and as messages under the fields `errors[]` names. */
function showProblem(form, error, override) {
  const alert = form.querySelector('.form-alert');
  const leftOver = [];
  let firstField = null;
  if (error instanceof ApiError) {
    for (const { field, message } of error.fieldErrors) {
      const name = field.split(/[.[\]]/).filter(Boolean).pop() || '';
      if (fieldError(form, name, message)) firstField ||= name;
      else leftOver.push(field ? `${field}: ${message}` : message);
    }
    if (error.problem?.reason === 'email-taken' && fieldError(form, 'email', error.message)) firstField ||= 'email';
  }
  const summary = override || (error instanceof ApiError ? error.message : 'Something went wrong. Try again.');
  alert.textContent = '';
  alert.append(h('span', { text: summary }));
  if (leftOver.length) alert.append(h('ul', {}, leftOver.map((text) => h('li', { text }))));
  alert.hidden = false;
  if (firstField) form.elements[firstField].focus();
  if (!(error instanceof ApiError)) console.error(error);
}
