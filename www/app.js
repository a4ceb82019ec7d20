// resplain's page: paste in, Report out. The wasm module (in a worker) reads the paste; the modules
// under js/ draw the result, always from text nodes — pasted content is never inserted as HTML.
//
//   js/engine.js     the wasm module behind a promise (worker, or main thread as a fallback)
//   js/bytes.js      UTF-8 byte spans → string indices; the exact pasted text beside the textarea
//   js/describe.js   words for a Report: verdict, path, where it failed
//   js/hops.js       the hop picture (SVG)
//   js/highlight.js  the raw paste with the evidence highlighted, and the evidence list
//   js/details.js    what to do, headers, body (sandboxed preview), notes, HAR entries
//   js/share.js      secret masking, share links in the URL fragment
//   js/markdown.js   "Copy report as Markdown"
//   js/examples.js   the example gallery

import * as engine from "./js/engine.js";
import { $, h, clear, copyText, toast, formatBytes } from "./js/dom.js";
import { offsets, ExactText } from "./js/bytes.js";
import { statusText, reasonText, verdictText, confidenceText, list, isObject, str } from "./js/describe.js";
import { drawHops } from "./js/hops.js";
import { renderEvidence } from "./js/highlight.js";
import { renderTodo, todoText, renderHeaders, renderBody, renderDiagnostics, renderEntries } from "./js/details.js";
import { maskSecrets, findSecrets, shareLink, decode, payloadOf } from "./js/share.js";
import { reportMarkdown } from "./js/markdown.js";
import { EXAMPLES, loadExample } from "./js/examples.js";

const area = $("paste");
const text = new ExactText(area, () => {
  if (state.fromShare) leaveShare();
  $("share-box").hidden = true;
  run();
});
const state = { report: null, input: "", entry: -1, view: null, seq: 0, fromShare: false };

// ---------------------------------------------------------------- reading

let timer = 0;
function schedule() {
  clearTimeout(timer);
  const n = text.value.length;
  timer = setTimeout(run, n < 100_000 ? 120 : n < 1_000_000 ? 250 : 450);
}

async function run() {
  clearTimeout(timer);
  const input = text.value;
  const seq = ++state.seq;
  updateMeta(input);
  if (input.trim() === "") {
    showEmpty();
    return;
  }
  const busy = setTimeout(() => ($("busy").hidden = false), 150);
  document.body.dataset.state = "reading";
  try {
    const report = await engine.inspect(input);
    if (seq !== state.seq) return; // a newer paste is on its way
    state.report = report;
    state.input = input;
    state.entry = list(report.entries).length ? 0 : -1;
    render();
  } catch (error) {
    if (seq !== state.seq) return;
    console.error(error);
    toast(`Could not read the paste: ${error.message}`);
  } finally {
    clearTimeout(busy);
    if (seq === state.seq) $("busy").hidden = true;
  }
}

function updateMeta(input) {
  if (!input) {
    $("paste-meta").textContent = "";
    return;
  }
  let lines = 1;
  for (let i = input.indexOf("\n"); i >= 0; i = input.indexOf("\n", i + 1)) lines++;
  const crlf = input.includes("\r\n") ? " · CRLF" : "";
  $("paste-meta").textContent = `${formatBytes(offsets(input).byteLength)} · ${lines.toLocaleString("en")} lines${crlf}${text.large ? " · large: the editor shows the start" : ""}`;
}

// ---------------------------------------------------------------- rendering

function showEmpty() {
  state.report = null;
  state.view = null;
  $("empty").hidden = false;
  for (const id of ["verdict", "hops-card", "todo-card", "detail"]) $(id).hidden = true;
  $("report").textContent = "";
  document.body.dataset.state = "empty";
  delete document.body.dataset.hasReport;
  delete document.body.dataset.generator;
}

/** The Report being shown (a HAR entry's, when one is selected) and the text its spans index. */
function currentView() {
  const top = state.report;
  const entries = list(top.entries).filter(isObject);
  const r = state.entry >= 0 && isObject(entries[state.entry]?.report) ? entries[state.entry].report : top;
  const base = typeof r.reconstructed === "string" ? r.reconstructed : state.input;
  return { r, base, map: offsets(base) };
}

function render() {
  const view = currentView();
  state.view = view;
  const { r, base, map } = view;
  $("empty").hidden = true;
  for (const id of ["verdict", "hops-card", "todo-card", "detail"]) $(id).hidden = false;

  // verdict
  const code = r.status?.code;
  const pill = $("status-pill");
  pill.textContent = typeof code === "number" ? String(code) : "—";
  pill.dataset.class = typeof code === "number" ? `${Math.floor(code / 100)}xx` : "none";
  $("status-line").textContent = statusText(r);
  if (typeof code === "number" && !r.status?.reason && reasonText(r)) {
    $("status-line").append(" ", h("span", { class: "muted reason-note", title: "No reason phrase in the paste; this is the registered one" }, `(${reasonText(r)})`));
  }
  const origin = r.origin ?? {};
  $("generator").textContent = verdictText(origin);
  $("generator").dataset.kind = str(origin.kind) || "unknown";
  const conf = Number(origin.confidence);
  $("confidence").textContent = confidenceText(origin);
  $("confidence-bar").style.width = `${Number.isFinite(conf) ? Math.round(conf * 100) : 0}%`;
  $("confidence-wrap").hidden = origin.kind === "unknown" || !Number.isFinite(conf);
  $("summary").textContent = str(r.explanation?.summary);
  const req = isObject(r.request) ? r.request : null;
  $("request-line").hidden = !req;
  if (req) $("request-line").textContent = `Request: ${str(req.method)} ${str(req.url)}${req.idempotent === false ? " (not idempotent: careful with retries)" : ""}`;
  $("share-box").hidden = true;
  $("shared-banner").hidden = !state.fromShare;
  document.body.dataset.state = "report";
  document.body.dataset.hasReport = "true";
  document.body.dataset.generator = str(origin.generator);

  // path
  $("hops-caption").textContent = drawHops($("hops"), r);

  // what to do
  renderTodo($("todo"), r);

  // entries of a HAR file
  const count = renderEntries($("entries"), state.report, state.entry, (i) => {
    state.entry = i;
    render();
  });
  $("entries-card").hidden = count === 0;

  // evidence and raw text
  const secrets = findSecrets(base, r, map).map(([start, end]) => ({ start, end }));
  const diagnostics = list(r.diagnostics)
    // warnings about a short stretch are underlined in the raw text; whole-body ones only listed
    .filter((d) => isObject(d) && isObject(d.span) && d.span.end > d.span.start && d.span.end - d.span.start <= 300 && d.severity !== "info")
    .map((d) => ({ start: map.toIndex(d.span.start), end: map.toIndex(d.span.end), diag: d }));
  const evidence = renderEvidence({ list: $("evidence"), raw: $("raw"), more: $("raw-more"), why: $("why") }, r, base, map, { secrets, diagnostics });

  // headers, body, notes
  renderHeaders($("headers").tBodies[0], r, evidence.groups, r.explanation?.ids, evidence.openGroup, map);
  renderBody($("body"), $("body-meta"), r, base, map);
  $("diag-card").hidden = renderDiagnostics($("diagnostics"), r) === 0;

  $("report").textContent = JSON.stringify(state.report, null, 2);
}

// ---------------------------------------------------------------- input: typing, files, examples

area.addEventListener("paste", (e) => text.paste(e));
area.addEventListener("beforeinput", (e) => text.beforeInput(e));
area.addEventListener("input", () => {
  text.input();
  if (state.fromShare) leaveShare();
  $("share-box").hidden = true;
  schedule();
});

function load(content, how) {
  text.set(content);
  if (how !== "share" && state.fromShare) leaveShare();
  return run();
}

function leaveShare() {
  state.fromShare = false;
  $("shared-banner").hidden = true;
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
}

async function loadFile(file) {
  if (!file) return;
  if (file.size > 64 * 1024 * 1024) {
    toast(`${file.name} is ${formatBytes(file.size)}: too large to read here`);
    return;
  }
  load(await file.text(), "file");
  toast(`Read ${file.name}`);
}

$("open-file").addEventListener("click", () => $("file").click());
$("file").addEventListener("change", () => {
  loadFile($("file").files[0]);
  $("file").value = "";
});
$("clear").addEventListener("click", () => {
  load("", "clear");
  area.focus();
});

const dropzone = $("dropzone");
let dragDepth = 0;
const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes("Files");
document.addEventListener("dragenter", (e) => {
  if (!hasFiles(e)) return;
  dragDepth++;
  dropzone.classList.add("dragging");
});
document.addEventListener("dragleave", (e) => {
  if (!hasFiles(e)) return;
  if (--dragDepth <= 0) {
    dragDepth = 0;
    dropzone.classList.remove("dragging");
  }
});
document.addEventListener("dragover", (e) => {
  if (hasFiles(e)) e.preventDefault();
});
document.addEventListener("drop", (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  dropzone.classList.remove("dragging");
  loadFile(e.dataTransfer.files[0]);
});

function buildGallery() {
  const ul = $("examples");
  for (const ex of EXAMPLES) {
    const btn = h("button", { type: "button", class: "example", "data-example": ex.id },
      h("span", { class: "example-title" }, ex.title),
      h("span", { class: "example-blurb" }, ex.blurb));
    btn.addEventListener("click", async () => {
      try {
        await load(await loadExample(ex.id), "example");
        for (const b of ul.querySelectorAll("button")) b.removeAttribute("aria-current");
        btn.setAttribute("aria-current", "true");
        toast(`Example loaded: ${ex.title}`);
        // on one-column screens the verdict is below the fold: bring it up
        if (matchMedia("(max-width: 960px)").matches) {
          const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
          $("verdict").scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
        }
      } catch (error) {
        toast(`Could not load the example: ${error.message}`);
      }
    });
    ul.append(h("li", {}, btn));
  }
}

// ---------------------------------------------------------------- share, Markdown, copy

$("share").addEventListener("click", async () => {
  const input = text.value;
  const masked = maskSecrets(input, state.report, offsets(input));
  const link = await shareLink(masked.text);
  const box = $("share-box");
  $("share-url").value = link;
  const size = formatBytes(link.length);
  $("share-note").textContent = `— ${masked.count ? `${masked.count} secret${masked.count > 1 ? "s" : ""} masked · ` : ""}${size}; the response is in the #fragment, which is never sent to a server`
    + (link.length > 64 * 1024 ? ". Long links may be cut by chat tools." : "");
  box.hidden = false;
  const copied = await copyText(link);
  toast(copied ? "Share link copied" : "Share link ready: copy it from the box");
  $("share-url").focus();
  $("share-url").select();
});
$("share-copy").addEventListener("click", async () => {
  toast((await copyText($("share-url").value)) ? "Share link copied" : "Copy failed");
});

export function markdown() {
  const { r, base, map } = state.view;
  const masked = maskSecrets(base, r, map).text;
  return reportMarkdown(r, masked, offsets(masked));
}
$("copy-md").addEventListener("click", async () => {
  toast((await copyText(markdown())) ? "Report copied as Markdown" : "Copy failed");
});
$("copy-json").addEventListener("click", async () => {
  toast((await copyText(JSON.stringify(state.report, null, 2))) ? "Report JSON copied" : "Copy failed");
});
$("copy-todo").addEventListener("click", async () => {
  toast((await copyText(todoText(state.view?.r))) ? "Copied" : "Copy failed");
});

async function loadFromHash() {
  const payload = payloadOf(location.hash);
  if (!payload) return false;
  try {
    const shared = await decode(payload);
    state.fromShare = true;
    load(shared, "share");
    return true;
  } catch (error) {
    toast("This share link is damaged: the response could not be decoded");
    console.warn(error);
    return false;
  }
}
window.addEventListener("hashchange", loadFromHash);

// ---------------------------------------------------------------- theme, layout, offline

const THEMES = ["auto", "light", "dark"];
function applyTheme(theme) {
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  $("theme-label").textContent = theme[0].toUpperCase() + theme.slice(1);
  $("theme").setAttribute("aria-label", `Colour theme: ${theme === "auto" ? "follows the system" : theme}. Change`);
}
function savedTheme() {
  try {
    return localStorage.getItem("resplain-theme") || "auto";
  } catch {
    return "auto";
  }
}
$("theme").addEventListener("click", () => {
  const next = THEMES[(THEMES.indexOf(savedTheme()) + 1) % THEMES.length];
  try {
    localStorage.setItem("resplain-theme", next);
  } catch {}
  applyTheme(next);
});
applyTheme(savedTheme());

let lastWidth = 0;
new ResizeObserver(() => {
  const w = $("hops").clientWidth;
  if (state.view && Math.abs(w - lastWidth) > 8) drawHops($("hops"), state.view.r);
  lastWidth = w;
}).observe($("hops"));

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("sw.js").catch((error) => console.warn("resplain: offline cache unavailable:", error));
}

// ---------------------------------------------------------------- start

buildGallery();
document.body.dataset.engine = await engine.start();
document.body.dataset.ready = "true";
if (!(await loadFromHash())) {
  if (text.value) run();
  else showEmpty();
}
