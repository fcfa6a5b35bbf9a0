// Builds elements from data. Every piece of text goes in through textContent (a text node), never as HTML, and links
// get only http(s) or the one-tap tel: form.

export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'text') element.textContent = value;
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** The URL when it is an absolute http(s) URL, else null: no javascript:, data: or relative surprises. */
export function httpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The one-tap form room-events makes (tel:+digits, optionally ,,PIN%23), else null. */
export function telUri(value) {
  return typeof value === 'string' && /^tel:\+[0-9]+(,,[0-9]+%23)?$/.test(value) ? value : null;
}

export function externalLink(href, text, className) {
  return h('a', { href, class: className, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function show(element, visible) {
  element.hidden = !visible;
}
