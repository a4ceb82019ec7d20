// Small DOM helpers. Every piece of text goes in through textContent / text nodes: nothing in this
// page is ever built from an HTML string, so pasted markup can only ever be shown as text (the
// preview, js/preview.js, is the one place HTML is parsed, into an inert document).

/**
 * @param {Element} el
 * @param {Record<string, unknown> | null | undefined} attrs
 */
function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.setAttribute("class", String(value));
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else if (key.startsWith("on")) throw new TypeError(`${key}: handlers are functions`);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

/** @typedef {Node | string | number | null | undefined | false | any[]} Child */

/**
 * @param {Element} el
 * @param {Child[]} children
 */
function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * An HTML element: h("li", { class: "x", onclick }, "text", otherNode).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, unknown> | null} [attrs]
 * @param {Child[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/**
 * The element with this id (the page's own markup has every one of them).
 * @param {string} id
 * @returns {HTMLElement}
 */
export const $ = (id) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el;
};

/**
 * @template {Element} E
 * @param {E} el
 * @returns {E}
 */
export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Copies text to the clipboard; falls back to a selection copy where the API is missing.
 * @param {string} text */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h("textarea", { class: "offscreen", "aria-hidden": "true", readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let toastTimer;
/** A short message, announced to screen readers.
 * @param {string} message */
export function toast(message) {
  const el = $("toast");
  el.textContent = message;
  el.classList.add("show");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove("show"), 2600);
}

/** Says `message` to screen readers (the page's live region), without showing it.
 * @param {string} message */
export function announce(message) {
  const el = $("announce");
  el.textContent = "";
  // a change of text after a tick is what screen readers announce
  setTimeout(() => (el.textContent = message), 50);
}

/** A button that copies what `get()` returns (a promise for it, or the text).
 * @param {string} label visible text
 * @param {() => string | Promise<string>} get
 * @param {string} what toast after copying
 * @param {string} [name] an accessible name that starts with the visible text */
export function copyButton(label, get, what = "Copied", name) {
  return h("button", {
    type: "button",
    class: "ghost small copy",
    "aria-label": name ?? null,
    onclick: async () => toast((await copyText(await get())) ? what : "Copy failed: select the text and copy it"),
  }, label);
}
