// The report's details: what to do (causes, checks, retry, ids), the headers table, the body
// (pretty JSON with its error message, HTML as source or in a sandboxed preview), the notes on the
// paste and a HAR file's entries. Every optional field may be missing; extra fields are ignored.

import { h, clear, copyButton, formatBytes } from "./dom.js";
import { list, isObject, str, itemText, retryTitle } from "./describe.js";
import { explainHeader } from "./headers-info.js";

// ---------------------------------------------------------------- what to do

/** The "what to do" content as plain text (for its Copy button). */
export function todoText(report) {
  const e = report?.explanation ?? {};
  const out = [];
  const causes = list(e.causes).map(itemText).filter(Boolean);
  const checks = list(e.checks).map(itemText).filter(Boolean);
  if (causes.length) out.push("Likely causes:", ...causes.map((c, i) => `${i + 1}. ${c}`), "");
  if (checks.length) out.push("Check first:", ...checks.map((c, i) => `${i + 1}. ${c}`), "");
  const notIt = list(e.ruled_out).map(itemText).filter(Boolean);
  if (notIt.length) out.push("What it is not:", ...notIt.map((c) => `- ${c}`), "");
  const insights = list(e.insights).filter(isObject).filter((i) => i.note);
  if (insights.length) out.push("What the headers say:", ...insights.map((i) => `- ${i.header}: ${i.note}`), "");
  if (isObject(e.retry)) out.push(`${retryTitle(e.retry)}${e.retry.detail ? ` — ${e.retry.detail}` : ""}`, "");
  const ids = list(e.ids).filter(isObject);
  if (ids.length) out.push("IDs to quote to support:", ...ids.map((id) => `${id.name}: ${id.value}`));
  return out.join("\n").trim();
}

export function renderTodo(el, report) {
  clear(el);
  const e = report?.explanation ?? {};
  const transport = list(report?.transport).filter(isObject);
  if (transport.length) {
    el.append(h("h3", {}, "What the client reported"),
      h("ul", { class: "transport" }, transport.map((t) => h("li", { class: t.error ? "bad" : "" },
        h("code", {}, str(t.message)), t.meaning ? h("span", {}, ` — ${t.meaning}`) : null))));
  }
  const causes = list(e.causes).map(itemText).filter(Boolean);
  if (causes.length) {
    el.append(h("h3", {}, "Likely causes"), h("ol", { class: "causes" }, causes.map((c) => h("li", {}, c))));
  }
  const checks = list(e.checks).map(itemText).filter(Boolean);
  if (checks.length) {
    el.append(h("h3", {}, "Check first"), h("ol", { class: "checks" }, checks.map((c) => h("li", {}, c))));
  }
  const notIt = list(e.ruled_out).map(itemText).filter(Boolean);
  if (notIt.length) {
    el.append(h("h3", {}, "What it is not"), h("ul", { class: "ruled-out" }, notIt.map((c) => h("li", {}, c))));
  }
  const insights = list(e.insights).filter(isObject).filter((i) => i.note);
  if (insights.length) {
    el.append(h("h3", {}, "What the headers say"), h("ul", { class: "insights" }, insights.map((i) =>
      h("li", {}, h("code", {}, str(i.header)), h("span", {}, ` — ${str(i.note)}`)))));
  }
  if (isObject(e.retry)) {
    const advice = str(e.retry.advice) || "unknown";
    const after = Number.isFinite(e.retry.after_seconds) && e.retry.after_seconds !== null ? e.retry.after_seconds : null;
    el.append(h("div", { class: `retry retry-${advice}` },
      h("span", { class: "retry-badge" }, retryTitle(e.retry)),
      h("span", { class: "retry-detail" }, str(e.retry.detail)),
      after !== null ? h("span", { class: "retry-after" }, `Retry-After: wait ${formatSeconds(after)}`) : null,
    ));
  }
  const ids = list(e.ids).filter(isObject);
  if (ids.length) {
    el.append(h("div", { class: "ids-head" },
      h("h3", {}, "IDs to quote to support"),
      ids.length > 1 ? copyButton("Copy all ids", () => ids.map((id) => `${id.name}: ${id.value}`).join("\n"), "Ids copied") : null));
    el.append(h("ul", { class: "ids" }, ids.map((id) => h("li", {},
      h("span", { class: "id-name" }, str(id.name)),
      h("code", { class: "id-value" }, str(id.value)),
      copyButton(`Copy ${id.name}`, () => str(id.value), `${id.name} copied`)))));
  }
  if (!el.childElementCount) el.append(h("p", { class: "muted" }, "Nothing to do: this is not an error response."));
}

function formatSeconds(n) {
  if (n < 120) return `${n} s`;
  if (n < 7200) return `${Math.round(n / 60)} min`;
  return `${Math.round(n / 3600)} h`;
}

// ---------------------------------------------------------------- headers

export function renderHeaders(tbody, report, groups, ids, openGroup, map) {
  clear(tbody);
  const headers = list(report?.headers).filter(isObject);
  if (!headers.length) {
    tbody.append(h("tr", {}, h("td", { colspan: 3, class: "muted" }, "No headers in the paste.")));
    return;
  }
  for (const header of headers) {
    const span = isObject(header.span) ? header.span : null;
    const within = (s) => span && isObject(s) && s.start < span.end && s.end > span.start;
    const groupIndex = span ? groups.findIndex((g) => within(g.span)) : -1;
    const isId = list(ids).some((id) => isObject(id) && within(id.span));
    const tags = [];
    if (groupIndex >= 0) {
      tags.push(h("button", { type: "button", class: "tag tag-ev", title: "This header is evidence: show why", onclick: () => openGroup(groupIndex) }, "evidence"));
    }
    if (isId) tags.push(h("span", { class: "tag tag-id" }, "id to quote"));
    const explain = explainHeader(header.name);
    tbody.append(h("tr", { class: groupIndex >= 0 ? "is-evidence" : "" },
      h("th", { scope: "row" }, h("code", {}, str(header.name))),
      h("td", { class: "hvalue" }, h("code", {}, str(header.value))),
      h("td", { class: "hexplain" }, explain ? h("span", {}, explain) : h("span", { class: "muted" }, "—"), ...tags),
    ));
  }
  void map;
}

// ---------------------------------------------------------------- body

/** Undoes chunked framing (for a body still chunked in the paste); sizes count bytes. */
export function dechunk(raw) {
  const bytes = new TextEncoder().encode(raw);
  const parts = [];
  let total = 0;
  let i = 0;
  while (i < bytes.length) {
    const eol = bytes.indexOf(10, i);
    if (eol < 0) break;
    const size = parseInt(new TextDecoder().decode(bytes.subarray(i, eol)).split(";")[0].trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    const start = eol + 1;
    const part = bytes.subarray(start, start + size);
    parts.push(part);
    total += part.length;
    i = start + size;
    if (bytes[i] === 13) i++;
    if (bytes[i] === 10) i++;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return new TextDecoder().decode(out);
}

const decodeEntities = (text) =>
  text.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    if (k === "nbsp") return " ";
    const n = k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    try {
      return String.fromCodePoint(n);
    } catch {
      return m;
    }
  });

const plain = (html) => decodeEntities(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();

/** The error message a JSON body carries: { path, text } or null. */
export function jsonMessage(value) {
  if (!isObject(value)) {
    if (Array.isArray(value) && value.length) return jsonMessage(value[0]);
    return null;
  }
  const asText = (v) => (typeof v === "string" && v.trim() ? v.trim() : null);
  // RFC 9457 problem details
  if (asText(value.title) && (asText(value.detail) || value.type !== undefined || value.status !== undefined)) {
    return { path: asText(value.detail) ? "title / detail" : "title", text: [asText(value.title), asText(value.detail)].filter(Boolean).join(" — ") };
  }
  for (const key of ["message", "Message", "detail", "error_description", "errorMessage", "error_message", "msg", "description", "reason", "faultstring"]) {
    if (asText(value[key])) return { path: key, text: asText(value[key]) };
  }
  if (Array.isArray(value.detail) && isObject(value.detail[0])) {
    const d = value.detail[0];
    const loc = Array.isArray(d.loc) ? d.loc.join(".") : "";
    if (asText(d.msg)) return { path: "detail[0].msg", text: `${loc ? `${loc}: ` : ""}${d.msg}` };
  }
  if (asText(value.error)) {
    const text = asText(value.error);
    return { path: "error", text: asText(value.error_description) ? `${text}: ${value.error_description}` : text };
  }
  for (const key of ["error", "fault", "Error"]) {
    if (isObject(value[key])) {
      const inner = jsonMessage(value[key]);
      if (inner) return { path: `${key}.${inner.path}`, text: inner.text };
    }
  }
  if (Array.isArray(value.errors) && value.errors.length) {
    const first = value.errors[0];
    if (asText(first)) return { path: "errors[0]", text: first };
    const inner = jsonMessage(first);
    if (inner) return { path: `errors[0].${inner.path}`, text: inner.text };
  }
  if (asText(value.title)) return { path: "title", text: asText(value.title) };
  return null;
}

/** The body as a JS string, de-chunked when it was still chunked in the paste. */
export function bodyText(report, text, map) {
  const span = report?.body?.span;
  if (!isObject(span)) return "";
  const raw = text.slice(map.toIndex(span.start), map.toIndex(span.end));
  return report.body.framing === "chunked" ? dechunk(raw) : raw;
}

const SOURCE_LIMIT = 200_000;
const PRETTY_LIMIT = 2_000_000;
export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "imagesrcset", "action", "formaction", "poster", "background",
  "ping", "cite", "longdesc", "data", "codebase", "archive", "manifest", "lowsrc", "dynsrc", "icon", "xlink:href"]);
const REMOVED = "script, iframe, frame, frameset, object, embed, applet, portal, fencedframe, link, base, meta";

/**
 * The pasted HTML made inert before it is previewed, as one more layer under the sandbox and the
 * CSP: parsed by DOMParser (a document that runs nothing and loads nothing), scripts, frames,
 * links, <base> and <meta> dropped, event handlers and every non-data URL removed — so not even a
 * click or a blocked frame can make the browser open a connection somewhere.
 */
export function sanitise(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const el of doc.querySelectorAll(REMOVED)) {
    const tag = el.localName;
    if (tag === "iframe" || tag === "frame" || tag === "object" || tag === "embed") {
      const note = doc.createElement("div");
      note.setAttribute("style", "border:1px dashed #999;padding:.5em;margin:.5em 0;font:12px monospace;color:#555");
      note.textContent = `[${tag} not loaded in the preview: ${el.getAttribute("src") ?? el.getAttribute("data") ?? ""}]`;
      el.replaceWith(note);
    } else el.remove();
  }
  for (const style of doc.querySelectorAll("style")) style.textContent = inertCss(style.textContent);
  for (const el of doc.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name === "style") el.setAttribute("style", inertCss(attr.value));
      else if (name.startsWith("on")) el.removeAttribute(attr.name);
      else if (URL_ATTRIBUTES.has(name) && !/^\s*(data:image\/|#)/i.test(attr.value)) el.removeAttribute(attr.name);
    }
  }
  return doc.documentElement.outerHTML;
}

/** CSS without @import and without url()s other than data: ones. */
function inertCss(css) {
  return css
    .replace(/@import[^;]*;?/gi, "")
    .replace(/url\(\s*(?!["']?\s*data:)(?:"[^"]*"|'[^']*'|[^)]*)\s*\)/gi, "none");
}

/** The srcdoc for the preview: a CSP meta first, then the pasted HTML, made inert. */
export function previewDoc(html) {
  return `<!-- resplain preview: no scripts (sandbox), no network (CSP) --><meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">${sanitise(html)}`;
}

function sourceBlock(text, cls = "code") {
  const pre = h("pre", { class: cls, tabindex: "0" });
  if (text.length > SOURCE_LIMIT) {
    pre.textContent = text.slice(0, SOURCE_LIMIT);
    const more = h("p", { class: "muted" }, `Showing the first ${formatBytes(SOURCE_LIMIT)}. `,
      h("button", { type: "button", class: "small", onclick: () => { pre.textContent = text; more.remove(); } }, "Show everything"));
    return [pre, more];
  }
  pre.textContent = text;
  return [pre];
}

export function renderBody(el, metaEl, report, text, map) {
  clear(el);
  const body = isObject(report?.body) ? report.body : {};
  const kind = str(body.kind) || "empty";
  const meta = [kind.toUpperCase()];
  if (body.media_type) meta.push(body.media_type);
  if (Number.isFinite(body.length)) meta.push(formatBytes(body.length));
  if (body.framing && body.framing !== "content-length" && body.framing !== "none") meta.push(String(body.framing).replace(/-/g, " "));
  if (body.encoding) meta.push(`encoding: ${body.encoding}`);
  metaEl.textContent = meta.join(" · ");

  const content = bodyText(report, text, map);
  const bodyMessage = typeof body.message === "string" ? body.message : null;

  if (kind === "empty" || (!content && kind !== "binary")) {
    const note = list(report?.diagnostics).find((d) => d?.code === "head-only");
    el.append(h("p", { class: "muted" }, note ? `No body in the paste: ${note.message}.` : "No body."));
    return;
  }
  if (kind === "binary") {
    el.append(h("p", {}, body.encoding
      ? `The body is compressed (${body.encoding}) and is not decoded here. Re-run curl with --compressed to see it.`
      : "The body is binary data; it is not shown."));
    return;
  }

  if (kind === "json" || kind === "problem-json") {
    let parsed;
    let ok = false;
    try {
      parsed = JSON.parse(content);
      ok = true;
    } catch {}
    const msg = bodyMessage ? { path: "message", text: bodyMessage } : ok ? jsonMessage(parsed) : null;
    if (msg) el.append(messageBox(msg.text, `from ${msg.path}`));
    if (ok && content.length <= PRETTY_LIMIT) el.append(...sourceBlock(JSON.stringify(parsed, null, 2), "code json-pretty"));
    else el.append(...(ok ? [] : [h("p", { class: "muted" }, "The JSON does not parse (cut off?); shown as written.")]), ...sourceBlock(content));
    return;
  }

  if (kind === "html") {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(content.slice(0, 100_000));
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(content.slice(0, 100_000));
    const parts = [title && plain(title[1]), h1 && plain(h1[1])].filter(Boolean);
    const unique = [...new Set(parts)];
    if (bodyMessage) el.append(messageBox(bodyMessage, "message"));
    else if (unique.length) el.append(messageBox(unique.join(" — "), title ? "page title and heading" : "page heading"));

    const toggle = h("button", { type: "button", class: "small", "aria-pressed": "false", "aria-controls": "body-view" }, "Render preview");
    const note = h("span", { class: "muted small-note" }, "sandboxed: no scripts, no network, links and frames removed");
    const view = h("div", { id: "body-view" }, ...sourceBlock(content));
    toggle.addEventListener("click", () => {
      const on = toggle.getAttribute("aria-pressed") !== "true";
      toggle.setAttribute("aria-pressed", String(on));
      toggle.textContent = on ? "Show source" : "Render preview";
      clear(view);
      if (on) {
        const frame = h("iframe", {
          class: "preview",
          sandbox: "",
          referrerpolicy: "no-referrer",
          title: "Preview of the pasted HTML (sandboxed: no scripts, no network)",
        });
        frame.srcdoc = previewDoc(content);
        view.append(frame);
      } else view.append(...sourceBlock(content));
    });
    el.append(h("div", { class: "body-tools" }, toggle, note), view);
    return;
  }

  const firstLine = content.trim().split(/\r?\n/)[0] ?? "";
  if (bodyMessage) el.append(messageBox(bodyMessage, "message"));
  else if (kind === "text" && firstLine && firstLine.length < 300) el.append(messageBox(firstLine, "first line"));
  el.append(...sourceBlock(content));
}

function messageBox(text, where) {
  return h("div", { class: "message", "data-testid": "body-message" },
    h("span", { class: "message-label" }, "Error message"),
    h("q", { class: "message-text" }, text),
    h("span", { class: "muted message-where" }, where));
}

// ---------------------------------------------------------------- diagnostics, entries, previous

export function renderDiagnostics(el, report) {
  clear(el);
  const diags = list(report?.diagnostics).filter(isObject);
  for (const d of diags) {
    el.append(h("li", { class: `diag diag-${str(d.severity) || "info"}` },
      h("span", { class: "diag-sev" }, str(d.severity) || "note"),
      h("span", { class: "diag-msg" }, str(d.message), d.detail ? h("span", { class: "muted" }, ` — ${d.detail}`) : null),
      h("code", { class: "diag-code muted" }, str(d.code)),
    ));
  }
  const previous = list(report?.previous).filter(isObject);
  if (previous.length) {
    el.append(h("li", { class: "diag diag-info" },
      h("span", { class: "diag-sev" }, "earlier"),
      h("span", { class: "diag-msg" }, `This paste holds ${previous.length + 1} responses; the report is about the last one. Earlier: `,
        previous.map((p) => `${p.status?.code ?? "?"} ${p.status?.reason ?? p.status?.standard_reason ?? ""}`.trim()).join(" → "), ".")));
  }
  return diags.length + (previous.length ? 1 : 0);
}

export function renderEntries(el, report, selected, onSelect) {
  clear(el);
  const entries = list(report?.entries).filter(isObject);
  entries.forEach((entry, i) => {
    const status = entry.status || (entry.report?.status?.code ?? 0);
    // Past the first 200 entries (failing first) the engine lists an entry without a Report.
    const inspected = isObject(entry.report);
    el.append(h("li", {},
      h("button", {
        type: "button",
        class: `entry${entry.failing ? " failing" : ""}`,
        "aria-pressed": String(i === selected),
        disabled: !inspected,
        title: inspected ? null : "listed only: the first 200 entries (failing ones first) are inspected",
        onclick: () => onSelect(i),
      },
        h("span", { class: "entry-status" }, status ? String(status) : "no response"),
        h("span", { class: "entry-method" }, str(entry.method)),
        h("span", { class: "entry-url" }, str(entry.url)),
        inspected ? null : h("span", { class: "entry-note muted" }, "listed only"))));
  });
  return entries.length;
}
