// Building DOM without markup strings. Every piece of text, from the user or the server, becomes a
// Text node (or textContent); nothing here ever assigns innerHTML/outerHTML or calls
// insertAdjacentHTML, so a title like "<img src=x onerror=alert(1)>" can only ever show as text.

/**
 * Creates an element. `props`: `class` (string or array), `text` (textContent), `dataset` (object),
 * `on` (event name -> listener), `attrs` (attribute name -> value), and any other key is set as a
 * DOM property (e.g. `type`, `disabled`, `value`, `hidden`). Children: nodes, strings (as text),
 * arrays of those; null/undefined/false are skipped.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'class':
        el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        break;
      case 'text':
        el.textContent = String(value);
        break;
      case 'dataset':
        for (const [k, v] of Object.entries(value)) el.dataset[k] = String(v);
        break;
      case 'on':
        for (const [event, listener] of Object.entries(value)) el.addEventListener(event, listener);
        break;
      case 'attrs':
        for (const [k, v] of Object.entries(value)) {
          if (v === false || v === null || v === undefined) continue;
          if (/^on/i.test(k)) throw new Error('event handler attributes are not allowed: ' + k);
          el.setAttribute(k, v === true ? '' : String(v));
        }
        break;
      default:
        if (key === 'innerHTML' || key === 'outerHTML') throw new Error('markup is not allowed');
        el[key] = value;
    }
  }
  append(el, children);
  return el;
}

/** Appends children (nodes, strings as text nodes, nested arrays); skips null/undefined/false. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of `el`. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Replaces the children of `el`. */
export function replaceChildren(el, ...children) {
  clear(el);
  return append(el, children);
}

/**
 * Assistant text as nodes: plain text, except that `*words*` (on one line) becomes <strong>.
 * The text between the asterisks is still a Text node. Line breaks are kept by CSS (pre-wrap).
 */
export function richText(text) {
  const fragment = document.createDocumentFragment();
  const source = String(text ?? '');
  const bold = /\*([^*\n]+)\*/g;
  let last = 0;
  for (let match; (match = bold.exec(source)) !== null; ) {
    if (match.index > last) fragment.append(document.createTextNode(source.slice(last, match.index)));
    const strong = document.createElement('strong');
    strong.textContent = match[1];
    fragment.append(strong);
    last = match.index + match[0].length;
  }
  if (last < source.length) fragment.append(document.createTextNode(source.slice(last)));
  return fragment;
}

/** `document.querySelector` that fails loudly when the page lacks the element. */
export function $(selector, root = document) {
  const el = root.querySelector(selector);
  if (!el) throw new Error('missing element: ' + selector);
  return el;
}
