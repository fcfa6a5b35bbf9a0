// Shows room-events' Markdown message text (failures, follow-ups) as DOM: **bold**, [links](http...), backslash
// escapes and &amp; &lt; &gt;, line by line. Everything else stays literal text; nothing is parsed as HTML.
import { h, httpUrl, telUri, externalLink } from './dom.js';

const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const decode = (text) => text.replace(/&(amp|lt|gt);/g, (entity) => entities[entity]);
const link = /^\[([^\]]*)\]\(([^)\s]+)\)/;

export function markdown(text) {
  const block = h('p', { class: 'markdown' });
  text.split('\n').forEach((line, index) => {
    if (index > 0) block.append(h('br'));
    inline(block, line);
  });
  return block;
}

function inline(parent, line) {
  let buffer = '';
  let strong = null;
  const container = () => strong ?? parent;
  const flush = () => {
    if (buffer) container().append(decode(buffer));
    buffer = '';
  };
  for (let i = 0; i < line.length; ) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      buffer += line[i + 1];
      i += 2;
    } else if (c === '*' && line[i + 1] === '*') {
      flush();
      if (strong) {
        parent.append(strong);
        strong = null;
      } else {
        strong = h('strong');
      }
      i += 2;
    } else if (c === '[' && link.test(line.slice(i))) {
      const [whole, label, url] = link.exec(line.slice(i));
      flush();
      const href = httpUrl(url) ?? telUri(url);
      container().append(href ? externalLink(href, decode(label)) : decode(label));
      i += whole.length;
    } else {
      buffer += c;
      i += 1;
    }
  }
  flush();
  if (strong) parent.append(strong);
}
