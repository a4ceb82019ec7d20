// The raw paste with the evidence highlighted, the evidence list beside it, and search.
//
// Hovering or focusing an evidence item lights up its bytes; clicking a highlight (or pressing
// Enter on it) opens a small panel saying why it counts, with its source. Secrets (the Report's
// `secrets`) are shown masked until asked for. The text is drawn in chunks, the first at once and
// the next ones as the view scrolls near them, so a 10 MB paste costs one chunk on the main
// thread. Everything is built from text nodes.

import { h, clear } from "./dom.js";
import { formatBytes } from "./describe.js";
import { sourceOf } from "./citations.js";

/** @typedef {import("../../src/report").Report} Report */
/** @typedef {import("../../src/report").Evidence} Evidence */
/** @typedef {import("../../src/report").Diagnostic} Diagnostic */
/** @typedef {import("../../src/report").Span} Span */
/** @typedef {import("./bytes.js").ByteMap} ByteMap */

/** Code units drawn per chunk. */
export const CHUNK = 32 * 1024;
/** Most search hits marked. */
const MAX_HITS = 10_000;

/**
 * @typedef {object} Group evidence items sharing one signal and span (nginx and ingress-nginx
 * often share one match)
 * @property {string} signal
 * @property {Span} span
 * @property {Evidence[]} items
 * @property {number} order
 * @property {number} [a] UTF-16 start in the text shown
 * @property {number} [b]
 */

/**
 * Evidence grouped by (signal, span), the generator's own first.
 * @param {Report} report
 * @returns {Group[]}
 */
export function evidenceGroups(report) {
  const origin = report.origin;
  /** @type {Map<string, Group>} */
  const groups = new Map();
  origin.evidence.forEach((ev, order) => {
    const key = `${ev.signal}|${ev.span.start}|${ev.span.end}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { signal: ev.signal, span: ev.span, items: [], order }));
    g.items.push(ev);
  });
  const gen = origin.generator;
  const rank = (/** @type {Group} */ g) =>
    g.items.some((e) => e.product === gen && e.generated) ? 0 : g.items.some((e) => e.product === gen) ? 1 : g.items.some((e) => e.generated) ? 2 : 3;
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

/** Product names by id, from the relays and the generator.
 * @param {Report} report */
function productNames(report) {
  /** @type {Map<string, string>} */
  const names = new Map();
  for (const r of report.origin.relays) names.set(r.product, r.name);
  if (report.origin.generator) names.set(report.origin.generator, report.origin.generator_name ?? report.origin.generator);
  return (/** @type {string} */ id) => names.get(id) ?? id;
}

/**
 * @typedef {object} Mark a highlighted stretch of the text shown (UTF-16)
 * @property {number} a
 * @property {number} b
 * @property {"ev" | "secret" | "diag" | "hit"} kind
 * @property {number} [group]
 * @property {Diagnostic} [diag]
 * @property {number} [hit]
 */

const MARK_CLASS = { ev: "ev", secret: "secret", diag: "diag-span", hit: "hit" };

/** Draws the next chunk when the end of the text scrolls near (one per page). */
/** @type {IntersectionObserver | null} */
let observer = null;

// One document listener for every view: a click outside the "why" panel closes it.
/** @type {((e: PointerEvent) => void) | null} */
let outsideClose = null;
document.addEventListener("pointerdown", (e) => outsideClose?.(e));

/**
 * @typedef {object} RawElements
 * @property {HTMLElement} list the evidence list (<ul>)
 * @property {HTMLElement} raw the text (<pre>)
 * @property {HTMLElement} more the note under it
 * @property {HTMLElement} why the "why it counts" panel
 * @property {HTMLButtonElement} toggle "Show secrets"
 */

/**
 * Draws the evidence list and the text, and wires them.
 * @param {RawElements} els
 * @param {object} view
 * @param {Report} view.report
 * @param {string} view.text what the spans index
 * @param {ByteMap} view.map
 * @param {Array<[number, number]>} view.secrets UTF-16 ranges
 * @param {boolean} view.reveal
 * @param {(reveal: boolean) => void} view.onReveal
 */
export function renderEvidence(els, view) {
  const { report, text, map } = view;
  const groups = evidenceGroups(report);
  const name = productNames(report);
  const gen = report.origin.generator;
  const range = (/** @type {Span} */ span) => [map.toIndex(span.start), map.toIndex(span.end)];
  for (const g of groups) [g.a, g.b] = range(g.span);

  // --- the list
  clear(els.list);
  if (groups.length === 0) {
    els.list.append(h("li", { class: "muted ev-none" }, "No fingerprint matched: nothing in this response points to a particular proxy or framework."));
  }
  groups.forEach((g, i) => {
    const generated = g.items.some((e) => e.generated);
    const products = [...new Set(g.items.map((e) => name(e.product)))].join(", ");
    const btn = h("button", { type: "button", class: `ev-item${g.items.some((e) => e.product === gen) ? " ev-strong" : ""}`, "data-group": i },
      h("span", { class: `ev-role ${generated ? "gen" : "path"}` }, generated ? "generated" : "on path"),
      h("code", { class: "ev-signal" }, g.signal),
      h("span", { class: "ev-products" }, !generated ? `passed through ${products}` : g.items.some((e) => e.product === gen) ? `generated by ${products}` : `hints at ${products} as the generator`),
      h("span", { class: "ev-bytes muted" }, `bytes ${g.span.start}–${g.span.end}`),
    );
    btn.addEventListener("mouseenter", () => hot(i, true));
    btn.addEventListener("mouseleave", () => hot(i, false));
    btn.addEventListener("focus", () => hot(i, true));
    btn.addEventListener("blur", () => hot(i, false));
    btn.addEventListener("click", () => openGroup(i, btn));
    els.list.append(h("li", {}, btn));
  });

  // --- what the text shows: base tokens (non-overlapping) and marks
  /** @type {Array<[number, number, string]>} */
  const base = [];
  /** @param {Span} span @param {string} cls */
  const token = (span, cls) => {
    const [a, b] = range(span);
    base.push([a, b, cls]);
  };
  if (report.status.span) token(report.status.span, "tok-status");
  for (const header of report.headers) {
    const [a, b] = range(header.span);
    const colon = text.indexOf(":", a);
    if (colon > a && colon < b) base.push([a, colon, "tok-hname"], [colon, b, "tok-hvalue"]);
    else base.push([a, b, "tok-hvalue"]);
  }
  token(report.body.span, "tok-body");
  base.sort((x, y) => x[0] - y[0]);

  /** @type {Mark[]} */
  const fixed = [
    ...groups.map((g, i) => /** @type {Mark} */ ({ a: g.a ?? 0, b: g.b ?? 0, kind: "ev", group: i })),
    ...view.secrets.map(([a, b]) => /** @type {Mark} */ ({ a, b, kind: "secret" })),
    // warnings about a short stretch are underlined; whole-body ones only listed
    ...report.diagnostics
      .filter((d) => d.span.end > d.span.start && d.span.end - d.span.start <= 300 && d.severity !== "info")
      .map((d) => /** @type {Mark} */ ({ a: map.toIndex(d.span.start), b: map.toIndex(d.span.end), kind: "diag", diag: d })),
  ].filter((m) => m.b > m.a);
  /** @type {Mark[]} */
  let hits = [];
  let current = -1;
  /** @type {Mark[]} */
  let marks = [];
  const sortMarks = () => (marks = [...fixed, ...hits].sort((x, y) => x.a - y.a));
  sortMarks();

  let rendered = 0; // code units drawn
  const firstSeen = new Set();
  const sentinel = h("span", { class: "raw-sentinel", "aria-hidden": "true" });

  /** Draws [from, to) at the end of the text.
   * @param {number} from @param {number} to */
  function drawChunk(from, to) {
    const cuts = new Set([from, to]);
    let bi = 0;
    while (bi < base.length && base[bi][1] <= from) bi++;
    for (let k = bi; k < base.length && base[k][0] < to; k++) {
      if (base[k][0] > from) cuts.add(base[k][0]);
      if (base[k][1] < to) cuts.add(base[k][1]);
    }
    const inChunk = marks.filter((m) => m.a < to && m.b > from);
    for (const m of inChunk) {
      if (m.a > from) cuts.add(m.a);
      if (m.b < to) cuts.add(m.b);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    for (let k = 0; k + 1 < points.length; k++) {
      const p = points[k];
      const q = points[k + 1];
      while (bi < base.length && base[bi][1] <= p) bi++;
      const cls = bi < base.length && base[bi][0] <= p && base[bi][1] >= q ? base[bi][2] : "";
      const covering = inChunk.filter((m) => m.a <= p && m.b >= q);
      const chunk = text.slice(p, q);
      if (covering.length === 0) {
        frag.append(cls ? h("span", { class: cls }, chunk) : document.createTextNode(chunk));
        continue;
      }
      const evs = covering.filter((m) => m.kind === "ev").map((m) => /** @type {number} */ (m.group));
      const secret = covering.some((m) => m.kind === "secret");
      const hit = covering.find((m) => m.kind === "hit");
      const classes = [cls, ...new Set(covering.map((m) => MARK_CLASS[m.kind]))];
      if (hit && hit.hit === current) classes.push("hit-current");
      const mark = h("mark", { class: classes.filter(Boolean).join(" ") }, secret && !view.reveal ? "•".repeat(chunk.length) : chunk);
      if (evs.length) mark.dataset.ev = evs.join(" ");
      if (hit) mark.dataset.hit = String(hit.hit);
      const diag = covering.find((m) => m.kind === "diag");
      if (diag) mark.dataset.diag = diag.diag?.code ?? "";
      // one tab stop per evidence item (its first piece); secrets and notes are reachable by mouse
      const first = evs.find((g) => !firstSeen.has(g));
      if (first !== undefined) {
        evs.forEach((g) => firstSeen.add(g));
        mark.dataset.first = String(first);
        mark.tabIndex = 0;
        mark.setAttribute("role", "button");
        mark.setAttribute("aria-label", `Evidence: ${groups[first].signal}. Press Enter for why it counts.`);
      } else if (secret && !evs.length) {
        mark.title = "A credential: masked here, in share links and in the Markdown report";
      }
      frag.append(mark);
    }
    els.raw.insertBefore(frag, sentinel);
  }

  /** Draws the text up to `to` (code units), a chunk at a time. */
  function drawTo(/** @type {number} */ to) {
    const end = Math.min(text.length, to);
    while (rendered < end) {
      const next = Math.min(text.length, rendered + CHUNK);
      drawChunk(rendered, next);
      rendered = next;
    }
    updateMore();
  }

  function updateMore() {
    clear(els.more);
    els.more.hidden = rendered >= text.length;
    if (!els.more.hidden) {
      els.more.append(
        h("span", {}, `Showing the first ${formatBytes(rendered)} of ${formatBytes(map.byteLength)}; the rest is drawn as you scroll. `),
        h("button", { type: "button", class: "small", onclick: () => drawTo(text.length) }, "Show everything"),
      );
    }
  }

  function redraw() {
    const upTo = Math.max(rendered, CHUNK);
    rendered = 0;
    firstSeen.clear();
    clear(els.raw).append(sentinel);
    drawTo(upTo);
  }

  clear(els.raw).append(sentinel);
  // at the next frame: writing a scroll position now would lay the whole page out in this task
  requestAnimationFrame(() => {
    els.raw.scrollTop = 0;
    els.raw.scrollLeft = 0;
  });
  drawTo(CHUNK);
  observer?.disconnect();
  observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && rendered < text.length) drawTo(rendered + CHUNK);
  }, { root: els.raw, rootMargin: "0px 0px 600px 0px" });
  observer.observe(sentinel);

  // --- secrets
  els.toggle.hidden = view.secrets.length === 0;
  els.toggle.textContent = view.reveal ? "Hide secrets" : "Show secrets";
  els.toggle.setAttribute("aria-pressed", String(view.reveal));
  els.toggle.onclick = () => view.onReveal(!view.reveal);

  // --- interaction
  /** @param {number} i */
  function marksOf(i) {
    return [...els.raw.querySelectorAll("mark[data-ev]")].filter((m) => /** @type {HTMLElement} */ (m).dataset.ev?.split(" ").includes(String(i)));
  }
  /** @param {number} i @param {boolean} on */
  function hot(i, on) {
    const found = marksOf(i);
    found.forEach((m) => m.classList.toggle("hot", on));
    els.list.querySelector(`[data-group="${i}"]`)?.classList.toggle("hot", on);
    if (on && found[0]) scrollRawTo(/** @type {HTMLElement} */ (found[0]));
  }
  /** @param {HTMLElement} mark */
  function scrollRawTo(mark) {
    const pre = els.raw;
    const top = mark.offsetTop - pre.offsetTop;
    if (top < pre.scrollTop + 8 || top > pre.scrollTop + pre.clientHeight - 30) pre.scrollTop = Math.max(0, top - pre.clientHeight / 3);
    const left = mark.offsetLeft - pre.offsetLeft;
    if (left < pre.scrollLeft || left > pre.scrollLeft + pre.clientWidth - 40) pre.scrollLeft = Math.max(0, left - 40);
  }

  /** @param {HTMLElement} mark */
  function whyContent(mark) {
    const evs = (mark.dataset.ev ?? "").split(" ").filter(Boolean).map(Number);
    const parts = [];
    for (const i of evs) {
      const g = groups[i];
      parts.push(h("section", { class: "why-item" },
        h("p", { class: "why-signal" }, h("code", {}, g.signal), h("span", { class: "muted" }, ` bytes ${g.span.start}–${g.span.end}`)),
        h("ul", {}, g.items.map((e) => {
          const source = h("div", { class: "why-source" });
          sourceOf(e).then((text) => {
            if (text) source.append(h("span", { class: "muted" }, "Source: "), text);
          });
          return h("li", {},
            h("strong", {}, e.generated ? `${name(e.product)} generated this response` : `${name(e.product)} was on the path`),
            h("span", { class: "muted" }, ` — weight ${Math.round(e.weight * 100)}%`),
            h("div", { class: "why-explain" }, e.generated
              ? "This is something only that product writes into responses it generates itself."
              : "It adds this to responses it relays, so it shows the layer was there — not that it wrote the response."),
            source);
        })),
      ));
    }
    if (mark.classList.contains("secret")) {
      parts.push(h("p", { class: "why-item" }, "A credential or secret: it is masked (****) in share links and in the Markdown report."));
    }
    if (mark.dataset.diag !== undefined) {
      const d = fixed.find((m) => m.diag?.code === mark.dataset.diag)?.diag;
      if (d) parts.push(h("p", { class: "why-item" }, h("strong", {}, `${d.severity}: `), d.message, d.detail ? ` (${d.detail})` : ""));
    }
    return parts;
  }

  /** @type {HTMLElement | null} */
  let returnFocus = null;
  /** @param {HTMLElement} mark @param {HTMLElement | null} from */
  function openWhy(mark, from) {
    const content = whyContent(mark);
    if (!content.length) return;
    returnFocus = from ?? mark;
    clear(els.why).append(
      h("div", { class: "why-head" },
        h("h3", { id: "why-title" }, "Why it counts"),
        h("button", { type: "button", class: "ghost small", onclick: closeWhy }, h("span", { "aria-hidden": "true" }, "✕ "), "Close")),
      ...content,
    );
    els.why.hidden = false;
    const wrap = /** @type {HTMLElement} */ (els.why.parentElement).getBoundingClientRect();
    if (from) scrollRawTo(mark);
    const r = mark.getBoundingClientRect();
    const width = Math.min(420, wrap.width - 16);
    els.why.style.width = `${width}px`;
    els.why.style.left = `${Math.max(8, Math.min(r.left - wrap.left, wrap.width - width - 8))}px`;
    els.why.style.top = `${r.bottom - wrap.top + 6}px`;
    els.why.querySelector("button")?.focus();
  }
  function closeWhy() {
    if (els.why.hidden) return;
    els.why.hidden = true;
    returnFocus?.focus?.();
    returnFocus = null;
  }
  /** Opens "why" for group `i` (drawing the text up to it first).
   * @param {number} i @param {HTMLElement | null} from */
  function openGroup(i, from) {
    const g = groups[i];
    if (!g) return;
    drawTo((g.b ?? 0) + 1);
    const mark = /** @type {HTMLElement | null} */ (els.raw.querySelector(`mark[data-first="${i}"]`));
    if (mark) openWhy(mark, from ?? mark);
  }

  els.raw.onclick = (e) => {
    const mark = /** @type {HTMLElement | null} */ (/** @type {Element} */ (e.target).closest?.("mark"));
    if (mark) openWhy(mark, null);
  };
  els.raw.onkeydown = (e) => {
    const mark = /** @type {HTMLElement | null} */ (/** @type {Element} */ (e.target).closest?.("mark"));
    if (mark && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      openWhy(mark, null);
    }
  };
  const raw = /** @type {any} */ (els.raw);
  raw.onfocusin = (/** @type {FocusEvent} */ e) => {
    const m = /** @type {HTMLElement | null} */ (/** @type {Element} */ (e.target).closest?.("mark[data-first]"));
    if (m) hot(Number(m.dataset.first), true);
  };
  raw.onfocusout = (/** @type {FocusEvent} */ e) => {
    const m = /** @type {HTMLElement | null} */ (/** @type {Element} */ (e.target).closest?.("mark[data-first]"));
    if (m) hot(Number(m.dataset.first), false);
  };
  els.why.onkeydown = (e) => {
    if (e.key === "Escape") closeWhy();
  };
  outsideClose = (e) => {
    const target = /** @type {Element} */ (e.target);
    if (!els.why.hidden && !els.why.contains(target) && !target.closest?.("mark, .ev-item")) closeWhy();
  };
  els.why.hidden = true;

  return {
    groups,
    openGroup: (/** @type {number} */ i) => openGroup(i, null),
    /**
     * Marks every match of `query` (case-insensitive) and shows the first: the number of matches.
     * @param {string} query
     */
    search(query) {
      hits = [];
      current = -1;
      if (query) {
        const re = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
        for (let m = re.exec(text); m && hits.length < MAX_HITS; m = re.exec(text)) {
          hits.push({ a: m.index, b: m.index + m[0].length, kind: "hit", hit: hits.length });
          if (m[0].length === 0) re.lastIndex++;
        }
        if (hits.length) current = 0;
      }
      sortMarks();
      redraw();
      if (current >= 0) this.show(current);
      return hits.length;
    },
    /** Moves to hit `i` (wrapping): its number, from 1.
     * @param {number} i */
    show(i) {
      if (!hits.length) return 0;
      current = ((i % hits.length) + hits.length) % hits.length;
      const hit = hits[current];
      drawTo(hit.b + 1);
      for (const m of els.raw.querySelectorAll("mark.hit-current")) m.classList.remove("hit-current");
      const mark = /** @type {HTMLElement | null} */ (els.raw.querySelector(`mark[data-hit="${current}"]`));
      if (mark) {
        mark.classList.add("hit-current");
        scrollRawTo(mark);
      }
      return current + 1;
    },
    get current() {
      return current;
    },
  };
}
