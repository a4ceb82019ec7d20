// The report's details: what to do at a glance and in full, the headers table (each header's note
// from the engine), the request, the body (the message the engine extracted, a JSON tree, HTML as
// source or in the sandboxed preview), the notes on the paste, a HAR file's entries with their
// timings. Everything shown comes from the Report; nothing here reads the response itself.

import { h, clear, copyButton } from "./dom.js";
import { retryTitle, retryWhen, hasResponse, maskText, formatBytes, formatMs } from "./describe.js";
import { sourceOf } from "./citations.js";
import { jsonTree } from "./jsontree.js";
import { previewFrame } from "./preview.js";
import { PHASES, filterEntries, sortEntries } from "./har.js";

/** @typedef {import("../../src/report").Report} Report */
/** @typedef {import("../../src/report").Header} Header */
/** @typedef {import("./bytes.js").ByteMap} ByteMap */
/** @typedef {import("./har.js").ListedEntry} ListedEntry */

// ---------------------------------------------------------------- what to do

/**
 * The retry advice as a line: badge, when, detail.
 * @param {Report} report
 * @param {boolean} [short] the detail clamped to two lines (the verdict card)
 */
export function retryLine(report, short = false) {
  const retry = report.explanation.retry;
  const when = retryWhen(retry);
  return h("div", { class: `retry retry-${retry.advice}${short ? " retry-short" : ""}`, "data-testid": "retry" },
    h("span", { class: "retry-badge" }, retryTitle(retry)),
    when ? h("span", { class: "retry-after" }, when) : null,
    h("span", { class: "retry-detail" }, retry.detail));
}

/**
 * What to do at a glance, for the verdict card: the retry advice and the first two checks.
 * @param {HTMLElement} el
 * @param {Report} report
 */
export function renderGlance(el, report) {
  clear(el);
  if (!hasResponse(report)) return;
  const checks = report.explanation.checks;
  el.append(retryLine(report, true));
  if (checks.length) {
    el.append(h("div", { class: "first-checks" },
      h("h3", {}, "Check first"),
      h("ol", { class: "checks" }, checks.slice(0, 2).map((c) => h("li", {}, c))),
      h("a", { href: "#todo-card", class: "more-link" }, "What to do, in full")));
  }
}

/** The "what to do" content as plain text (for its Copy button).
 * @param {Report} report */
export function todoText(report) {
  const e = report.explanation;
  const out = [];
  if (e.causes.length) out.push("Likely causes:", ...e.causes.map((c, i) => `${i + 1}. ${c}`), "");
  if (hasResponse(report) && e.checks.length) out.push("Check first:", ...e.checks.map((c, i) => `${i + 1}. ${c}`), "");
  if (e.ruled_out.length) out.push("What it is not:", ...e.ruled_out.map((c) => `- ${c}`), "");
  const insights = e.insights.filter((i) => i.kind !== "id");
  if (insights.length) out.push("What the headers say:", ...insights.map((i) => `- ${i.header}: ${i.note}`), "");
  if (hasResponse(report)) out.push(`${retryTitle(e.retry)} — ${e.retry.detail}`, "");
  if (e.ids.length) out.push("IDs to quote to support:", ...e.ids.map((id) => `${id.name}: ${id.value}`));
  return out.join("\n").trim();
}

/**
 * @param {HTMLElement} el
 * @param {Report} report
 */
export function renderTodo(el, report) {
  clear(el);
  const e = report.explanation;
  const transport = report.transport;
  if (transport.length) {
    el.append(h("h3", {}, "What the client reported"),
      h("ul", { class: "transport" }, transport.map((t) => h("li", { class: t.error ? "bad" : "" },
        h("code", {}, t.message), t.meaning ? h("span", {}, ` — ${t.meaning}`) : null))));
  }
  if (e.causes.length) el.append(h("h3", {}, "Likely causes"), h("ol", { class: "causes" }, e.causes.map((c) => h("li", {}, c))));
  if (hasResponse(report) && e.checks.length) el.append(h("h3", {}, "Check first"), h("ol", { class: "checks" }, e.checks.map((c) => h("li", {}, c))));
  if (e.ruled_out.length) el.append(h("h3", {}, "What it is not"), h("ul", { class: "ruled-out" }, e.ruled_out.map((c) => h("li", {}, c))));
  const insights = e.insights.filter((i) => i.kind !== "id");
  if (insights.length) {
    el.append(h("h3", {}, "What the headers say"), h("ul", { class: "insights" }, insights.map((i) =>
      h("li", {}, h("code", {}, i.header), h("span", {}, ` — ${i.note}`)))));
  }
  if (hasResponse(report)) el.append(retryLine(report));
  if (e.ids.length) {
    el.append(h("div", { class: "ids-head" },
      h("h3", {}, "IDs to quote to support"),
      e.ids.length > 1 ? copyButton("Copy all ids", () => e.ids.map((id) => `${id.name}: ${id.value}`).join("\n"), "Ids copied") : null));
    el.append(h("ul", { class: "ids" }, e.ids.map((id) => h("li", {},
      h("span", { class: "id-name" }, id.name),
      h("code", { class: "id-value" }, id.value),
      copyButton("Copy", () => id.value, `${id.name} copied`, `Copy ${id.name}`)))));
  }
  if (!el.childElementCount) el.append(h("p", { class: "muted" }, "Nothing to do: this is not an error response."));
}

// ---------------------------------------------------------------- headers

/** Header values longer than this are shown cut, with a button for the rest. */
const LONG_VALUE = 240;

/**
 * A header value, collapsed when long.
 * @param {string} value
 */
function headerValue(value) {
  if (value.length <= LONG_VALUE) return h("code", {}, value);
  const code = h("code", {}, `${value.slice(0, 160)}…`);
  const more = h("button", { type: "button", class: "small ghost", "aria-expanded": "false" }, `Show all ${value.length.toLocaleString("en")} characters`);
  more.addEventListener("click", () => {
    const open = more.getAttribute("aria-expanded") !== "true";
    code.textContent = open ? value : `${value.slice(0, 160)}…`;
    more.setAttribute("aria-expanded", String(open));
    more.textContent = open ? "Show less" : `Show all ${value.length.toLocaleString("en")} characters`;
  });
  return h("span", { class: "hvalue-long" }, code, " ", more);
}

/**
 * @param {HTMLTableSectionElement} tbody
 * @param {Header[]} headers
 * @param {Report} report
 * @param {{ groups: Array<{ span: { start: number, end: number } }>, openGroup: (i: number) => void } | null} evidence
 * @param {string} empty what to say when there are none
 * @param {boolean} [explained] with the "what it tells you" column (the response's headers)
 */
export function renderHeaders(tbody, headers, report, evidence, empty, explained = true) {
  clear(tbody);
  if (!headers.length) {
    tbody.append(h("tr", {}, h("td", { colspan: explained ? 3 : 2, class: "muted" }, empty)));
    return;
  }
  const notes = new Map(report.explanation.header_notes.map((n) => [n.name.toLowerCase().replace(/^:/, ""), n]));
  for (const header of headers) {
    const span = header.span;
    const within = (/** @type {{ start: number, end: number }} */ s) => s.start < span.end && s.end > span.start && span.end > span.start;
    const groupIndex = evidence ? evidence.groups.findIndex((g) => within(g.span)) : -1;
    const isId = report.explanation.ids.some((id) => within(id.span));
    const insight = report.explanation.insights.find((i) => within(i.span));
    const note = notes.get(header.name.toLowerCase().replace(/^:/, ""));
    const explain = h("td", { class: "hexplain" });
    if (insight) explain.append(h("span", {}, insight.note));
    else if (note) {
      const text = h("span", {}, note.note);
      explain.append(text);
      sourceOf(note).then((source) => {
        if (source) text.title = `Source: ${source}`;
      });
    } else explain.append(h("span", { class: "muted" }, "—"));
    if (groupIndex >= 0 && evidence) {
      explain.append(h("button", { type: "button", class: "tag tag-ev", onclick: () => evidence.openGroup(groupIndex) }, "evidence: why"));
    }
    if (isId) explain.append(h("span", { class: "tag tag-id" }, "id to quote"));
    tbody.append(h("tr", { class: groupIndex >= 0 ? "is-evidence" : "" },
      h("th", { scope: "row" }, h("code", {}, header.name)),
      h("td", { class: "hvalue" }, headerValue(header.value)),
      explained ? explain : null,
    ));
  }
}

/**
 * The request, as far as the paste shows it (curl -v, HTTPie, a HAR entry): its line and headers.
 * @param {HTMLElement} card
 * @param {HTMLElement} line
 * @param {HTMLTableSectionElement} tbody
 * @param {Report} report
 */
export function renderRequest(card, line, tbody, report) {
  const req = report.request;
  card.hidden = !req;
  if (!req) return;
  line.textContent = `${req.method} ${req.url}${req.idempotent ? "" : " — not idempotent: a retry may repeat its effect"}`;
  renderHeaders(tbody, req.headers, report, null, "The paste shows no request headers.", false);
}

// ---------------------------------------------------------------- body

const SOURCE_LIMIT = 100_000;
const TREE_LIMIT = 2_000_000;

/**
 * The body as shown: the bytes of its span (or, still chunked in the paste, its chunks' data
 * joined, as the Report lists them), secrets masked unless `reveal`.
 * @param {Report} report
 * @param {string} text
 * @param {ByteMap} map
 * @param {Array<[number, number]>} secrets
 * @param {boolean} reveal
 */
export function bodyText(report, text, map, secrets, reveal) {
  const body = report.body;
  const data = body.chunked?.data ?? [];
  const joined = body.framing === "chunked" && data.length > 0 && data.reduce((n, s) => n + s.end - s.start, 0) === body.length;
  const spans = joined ? data : [body.span];
  return spans.map((s) => {
    const a = map.toIndex(s.start);
    const piece = text.slice(a, map.toIndex(s.end));
    return reveal ? piece : maskText(piece, secrets, a);
  }).join("");
}

/**
 * A <pre> of `text`; a long one is cut, with a button for the rest.
 * @param {string} text
 * @param {string} label
 */
function sourceBlock(text, label) {
  const pre = h("pre", { class: "code", tabindex: "0", "aria-label": label });
  if (text.length <= SOURCE_LIMIT) {
    pre.textContent = text;
    return [pre];
  }
  pre.textContent = text.slice(0, SOURCE_LIMIT);
  const more = h("p", { class: "muted" }, `Showing the first ${formatBytes(SOURCE_LIMIT)}. `,
    h("button", { type: "button", class: "small", onclick: () => { pre.textContent = text; more.remove(); } }, "Show everything"));
  return [pre, more];
}

/** @param {Report} report */
function messageBox(report) {
  const m = report.explanation.message;
  if (!m) return null;
  return h("div", { class: "message", "data-testid": "body-message" },
    h("span", { class: "message-label" }, "Error message"),
    h("q", { class: "message-text" }, m.text),
    h("span", { class: "muted message-where" }, `read as ${m.shape}${m.code ? ` · code ${m.code}` : ""}`));
}

/**
 * Two views of the body behind a toggle button.
 * @param {string} first the button's label while the first view shows
 * @param {string} second
 * @param {() => Node[]} a
 * @param {() => Node[]} b
 */
function toggled(first, second, a, b) {
  const view = h("div", { class: "body-view" }, ...a());
  const toggle = h("button", { type: "button", class: "small", "aria-pressed": "false" }, first);
  toggle.addEventListener("click", () => {
    const on = toggle.getAttribute("aria-pressed") !== "true";
    toggle.setAttribute("aria-pressed", String(on));
    toggle.textContent = on ? second : first;
    clear(view).append(...(on ? b() : a()));
  });
  return { toggle, view };
}

/**
 * @param {HTMLElement} el
 * @param {HTMLElement} metaEl
 * @param {Report} report
 * @param {string} content the body as shown (bodyText)
 */
export function renderBody(el, metaEl, report, content) {
  clear(el);
  const body = report.body;
  const meta = [body.kind.toUpperCase()];
  if (body.media_type) meta.push(body.media_type);
  meta.push(formatBytes(body.length));
  if (body.framing !== "content-length" && body.framing !== "none") meta.push(body.framing.replace(/-/g, " "));
  if (body.encoding) meta.push(`encoding: ${body.encoding}`);
  metaEl.textContent = meta.join(" · ");

  const message = messageBox(report);
  if (message) el.append(message);
  if (body.kind === "empty" || (!content && body.kind !== "binary")) {
    const note = report.diagnostics.find((d) => d.code === "head-only" || d.code === "har-body-missing");
    el.append(h("p", { class: "muted" }, note ? `No body in the paste: ${note.message}.` : "No body."));
    return;
  }
  if (body.kind === "binary") {
    el.append(h("p", {}, body.encoding
      ? `The body is compressed (${body.encoding}) and is not decoded here. Re-run curl with --compressed to see it.`
      : "The body is binary data; it is not shown."));
    return;
  }
  if (body.kind === "json" || body.kind === "problem-json") {
    /** @type {unknown} */
    let parsed;
    let ok = false;
    if (content.length <= TREE_LIMIT) {
      try {
        parsed = JSON.parse(content);
        ok = true;
      } catch {
        ok = false;
      }
    }
    if (!ok) {
      el.append(h("p", { class: "muted" }, content.length > TREE_LIMIT ? "A large JSON body: shown as written." : "The JSON does not parse (cut off?): shown as written."), ...sourceBlock(content, "The body"));
      return;
    }
    const { toggle, view } = toggled("Show source", "Show tree", () => [jsonTree(parsed)], () => sourceBlock(content, "The body"));
    el.append(h("div", { class: "body-tools" }, toggle), view);
    return;
  }
  if (body.kind === "html") {
    const { toggle, view } = toggled("Render preview", "Show source", () => sourceBlock(content, "The body's HTML"), () => [previewFrame(content)]);
    el.append(h("div", { class: "body-tools" }, toggle, h("span", { class: "muted small-note" }, "sandboxed: no scripts, no network, rebuilt from an allow-list")), view);
    return;
  }
  el.append(...sourceBlock(content, "The body"));
}

// ---------------------------------------------------------------- notes

/**
 * @param {HTMLElement} el
 * @param {Report} report
 */
export function renderDiagnostics(el, report) {
  clear(el);
  for (const d of report.diagnostics) {
    el.append(h("li", { class: `diag diag-${d.severity}` },
      h("span", { class: "diag-sev" }, d.severity),
      h("span", { class: "diag-msg" }, d.message, d.detail ? h("span", { class: "muted" }, ` — ${d.detail}`) : null),
      h("code", { class: "diag-code" }, d.code),
    ));
  }
  if (report.previous.length) {
    el.append(h("li", { class: "diag diag-info" },
      h("span", { class: "diag-sev" }, "earlier"),
      h("span", { class: "diag-msg" }, `This paste holds ${report.previous.length + 1} responses; the report is about the last one. Earlier: `,
        report.previous.map((p) => `${p.status.code ?? "?"} ${p.status.reason ?? p.status.standard_reason ?? ""}`.trim()).join(" → "), ".")));
  }
  return report.diagnostics.length + (report.previous.length ? 1 : 0);
}

// ---------------------------------------------------------------- HAR entries

/**
 * The timings of a HAR entry, phase by phase (a 504 after 60 s of waiting is evidence).
 * @param {HTMLElement} el
 * @param {ListedEntry | null} entry
 */
export function renderTimings(el, entry) {
  clear(el);
  const t = entry?.timings;
  el.hidden = !t || !entry;
  if (!t || !entry) return;
  const phases = PHASES.map((p) => /** @type {[string, number]} */ ([p, t[p] ?? 0])).filter(([, v]) => v > 0);
  const total = entry.time ?? phases.reduce((n, [, v]) => n + v, 0);
  const longest = phases.reduce((m, p) => (p[1] > m[1] ? p : m), ["", 0]);
  el.append(h("h3", {}, `Timings: ${formatMs(total)}${entry.started ? `, started ${entry.started}` : ""}`));
  if (longest[0] === "wait" && longest[1] >= 1000) {
    el.append(h("p", { class: "timing-note" }, `The browser waited ${formatMs(longest[1])} for the first byte of the response.`));
  }
  el.append(h("ol", { class: "timings" }, phases.map(([phase, v]) => h("li", { class: `phase phase-${phase}` },
    h("span", { class: "phase-name" }, phase),
    h("span", { class: "phase-bar", "aria-hidden": "true" }, h("span", { style: `width:${total > 0 ? Math.max(1, (v / total) * 100) : 0}%` })),
    h("span", { class: "phase-ms" }, formatMs(v))))));
}

/** Rows drawn at once (the rest behind a button). */
const ROWS = 100;

/**
 * The entry list: filter by status and text, sort by a column, choose an entry. Choosing keeps
 * the focus where it is (the row's button); the list is drawn again only when the filter or the
 * order changes.
 * @param {object} els
 * @param {HTMLTableSectionElement} els.tbody
 * @param {HTMLInputElement} els.text
 * @param {HTMLSelectElement} els.status
 * @param {HTMLElement} els.count
 * @param {HTMLElement} els.head the header row (sort buttons)
 * @param {ListedEntry[]} entries
 * @param {(position: number) => void} onSelect
 */
export function entryList(els, entries, onSelect) {
  /** @type {import("./har.js").SortKey} */
  let key = "position";
  /** @type {1 | -1} */
  let direction = 1;
  let selected = 0;
  let all = false;

  function draw() {
    const shown = sortEntries(filterEntries(entries, { status: /** @type {any} */ (els.status.value), text: els.text.value }), key, direction);
    els.count.textContent = `${shown.length} of ${entries.length} entries · ${entries.filter((e) => e.failing).length} failing`;
    clear(els.tbody);
    for (const e of all ? shown : shown.slice(0, ROWS)) {
      const path = (() => {
        try {
          const u = new URL(e.url);
          return u.pathname + u.search;
        } catch {
          return e.url;
        }
      })();
      els.tbody.append(h("tr", { class: `${e.failing ? "failing" : ""}${e.position === selected ? " selected" : ""}`, "data-position": e.position },
        h("td", { class: "entry-method" }, e.method),
        h("td", { class: "entry-status" }, e.status ? String(e.status) : "—"),
        h("td", { class: "entry-host" }, e.host),
        h("td", { class: "entry-url" },
          h("button", {
            type: "button",
            class: "entry",
            "aria-current": e.position === selected ? "true" : null,
            disabled: !e.inspected,
            title: e.inspected ? e.url : "listed only: the first 200 entries (failing ones first) are inspected",
            onclick: () => select(e.position),
          }, path || e.url, e.inspected ? null : h("span", { class: "entry-note muted" }, " (listed only)"))),
        h("td", { class: "entry-size" }, e.size === null ? "—" : formatBytes(e.size)),
        h("td", { class: "entry-time" }, e.time === null ? "—" : formatMs(e.time))));
    }
    if (!all && shown.length > ROWS) {
      els.tbody.append(h("tr", {}, h("td", { colspan: 6 }, h("button", { type: "button", class: "small", onclick: () => { all = true; draw(); } }, `Show all ${shown.length} entries`))));
    }
    for (const b of els.head.querySelectorAll("button[data-key]")) {
      const k = /** @type {HTMLElement} */ (b).dataset.key;
      const th = /** @type {HTMLElement} */ (b.parentElement);
      th.setAttribute("aria-sort", k === key ? (direction === 1 ? "ascending" : "descending") : "none");
    }
  }

  /** @param {number} position */
  function select(position) {
    selected = position;
    for (const row of els.tbody.querySelectorAll("tr[data-position]")) {
      const on = /** @type {HTMLElement} */ (row).dataset.position === String(position);
      row.classList.toggle("selected", on);
      const button = row.querySelector("button.entry");
      if (on) button?.setAttribute("aria-current", "true");
      else button?.removeAttribute("aria-current");
    }
    onSelect(position);
  }

  els.text.oninput = draw;
  els.status.onchange = draw;
  els.head.onclick = (event) => {
    const b = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest("button[data-key]"));
    if (!b) return;
    const k = /** @type {import("./har.js").SortKey} */ (b.dataset.key);
    direction = k === key ? /** @type {1 | -1} */ (-direction) : 1;
    key = k;
    draw();
  };
  draw();
  return { select, get selected() { return selected; } };
}
