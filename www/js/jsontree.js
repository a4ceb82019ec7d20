// A JSON body as a collapsible tree: objects and arrays are <details> (keyboard and screen
// reader friendly as they are), opened two levels deep; deeper levels are built when opened, so
// a large body costs what is shown. Values are text nodes.

import { h } from "./dom.js";

/** Members shown per object or array before a "more" line. */
const SHOWN = 500;

/**
 * A one-line summary of a value ("{3}", "[12]", a string, a number…).
 * @param {unknown} value
 */
export function summary(value) {
  if (Array.isArray(value)) return `[${value.length}]`;
  if (value !== null && typeof value === "object") return `{${Object.keys(value).length}}`;
  return JSON.stringify(value) ?? String(value);
}

/** @param {unknown} value */
function leafClass(value) {
  return value === null ? "j-null" : `j-${typeof value}`;
}

/**
 * @param {string | null} key
 * @param {unknown} value
 * @param {number} depth
 * @returns {HTMLElement}
 */
function node(key, value, depth) {
  const label = key === null ? null : h("span", { class: "j-key" }, `${key}: `);
  if (value === null || typeof value !== "object") {
    return h("div", { class: "j-leaf" }, label, h("span", { class: leafClass(value) }, JSON.stringify(value)));
  }
  const entries = Array.isArray(value) ? value.map((v, i) => /** @type {[string, unknown]} */ ([String(i), v])) : Object.entries(value);
  const details = h("details", { class: "j-node" }, h("summary", {}, label, h("span", { class: "j-sum" }, summary(value))));
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    const body = h("div", { class: "j-children" });
    for (const [k, v] of entries.slice(0, SHOWN)) body.append(node(k, v, depth + 1));
    if (entries.length > SHOWN) body.append(h("div", { class: "muted" }, `… ${entries.length - SHOWN} more`));
    details.append(body);
  };
  if (depth < 2) {
    details.open = true;
    build();
  } else {
    details.addEventListener("toggle", build);
  }
  return details;
}

/**
 * The tree of `value`.
 * @param {unknown} value
 */
export function jsonTree(value) {
  return h("div", { class: "json-tree" }, node(null, value, 0));
}
