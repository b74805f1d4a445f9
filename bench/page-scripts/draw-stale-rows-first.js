// For BrowserCostBenchmark --page-script: replaces the message rows' __draw (as on 2ca1dce) by the one that removes the rows no
// longer named before ordering the rest (the fix in ClientRows), to compare both on one jar.
const box = document.querySelector('.message-rows');
const build = n => {
  if (typeof n === 'string') return document.createTextNode(n);
  const el = document.createElement(n[0]);
  for (const [k, v] of Object.entries(n[1])) el.setAttribute(k, v);
  for (let i = 2; i < n.length; i++) el.appendChild(build(n[i]));
  return el;
};
box.__draw = (keys, trees, scrollTo) => {
  const next = new Map();
  for (const key of keys) {
    let el = box.__rows.get(key);
    const tree = trees[key];
    if (tree !== undefined) {
      const src = JSON.stringify(tree);
      if (!el || el.__src !== src) {
        const drawn = build(tree);
        drawn.__src = src;
        const focused = el && el.contains(document.activeElement) ? document.activeElement.id : null;
        if (el) el.remove();
        el = drawn;
        if (focused) el.__focus = focused;
      }
    }
    if (el) next.set(key, el);
  }
  for (const [key, el] of box.__rows) if (next.get(key) !== el) el.remove();
  let prev = null;
  for (const el of next.values()) {
    const at = prev ? prev.nextSibling : box.firstChild;
    if (at !== el) box.insertBefore(el, at);
    prev = el;
    if (el.__focus) {
      const id = el.__focus;
      delete el.__focus;
      const target = el.id === id ? el : [...el.querySelectorAll('[id]')].find(e => e.id === id);
      if (target) target.focus();
    }
  }
  box.__rows = next;
  const target = scrollTo && next.get(scrollTo);
  if (target) requestAnimationFrame(() => requestAnimationFrame(() => target.scrollIntoView({block: 'start'})));
};
