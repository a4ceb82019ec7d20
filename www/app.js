// resplain's page: paste in, Report out. The wasm module (in a worker) reads the paste and says
// everything about it — who generated it, what to do, which bytes are secrets, what each header
// is for, the report in words; the modules under js/ draw that, always from text nodes.
//
//   js/engine.js     the wasm module behind promises (js/ops.js, in js/worker.js or here)
//   js/bytes.js      UTF-8 byte spans → string indices; bytes → text; the exact pasted text
//   js/describe.js   labels for the Report's fields (no decisions of its own)
//   js/hops.js       the hop picture
//   js/highlight.js  the raw paste with the evidence highlighted, search, secrets masked
//   js/details.js    what to do, headers, request, body, notes, HAR entries and timings
//   js/preview.js    the HTML preview, rebuilt from an allow-list in a sandboxed frame
//   js/share.js      share links in the URL fragment, bounded both ways
//   js/har.js        a HAR file's entries: timings, filter, sort
//   js/examples.js   the example gallery

import * as engine from "./js/engine.js";
import { $, h, copyText, toast, announce } from "./js/dom.js";
import { ExactText, mapOf, offsets } from "./js/bytes.js";
import { statusText, reasonText, confidenceText, notHttp, secretRanges, formatBytes } from "./js/describe.js";
import { drawHops } from "./js/hops.js";
import { renderEvidence } from "./js/highlight.js";
import { renderGlance, renderTodo, todoText, renderHeaders, renderRequest, bodyText, renderBody, renderDiagnostics, renderTimings, entryList } from "./js/details.js";
import { payloadOf } from "./js/share.js";
import { EXAMPLES, loadExample } from "./js/examples.js";
import { scriptURL } from "./js/tt.js";

/** @typedef {import("../src/report").Report} Report */
/** @typedef {import("./js/har.js").ListedEntry} ListedEntry */
/** @typedef {import("./js/bytes.js").ByteMap} ByteMap */

/**
 * What the page shows: one Report (the paste's, or a HAR entry's) and the text its spans index.
 * @typedef {object} View
 * @property {Report} r
 * @property {string} text
 * @property {ByteMap} map
 * @property {Array<[number, number]>} secrets UTF-16 ranges of `text`
 */

const area = /** @type {HTMLTextAreaElement} */ ($("paste"));
const text = new ExactText(area, () => {
  if (state.fromShare) leaveShare();
  $("share-box").hidden = true;
  run("paste");
});

const state = {
  seq: 0,
  /** @type {string | Uint8Array} the paste last inspected */
  paste: "",
  /** @type {string} its text */
  text: "",
  /** @type {ByteMap} */
  map: offsets(""),
  /** @type {Report | null} the paste's Report (a HAR file's first failing entry's) */
  top: null,
  /** @type {ListedEntry[]} */
  entries: [],
  /** position of the entry shown in `entries`, -1 for none */
  position: -1,
  /** @type {View | null} */
  view: null,
  reveal: false,
  fromShare: false,
  /** @type {ReturnType<typeof entryList> | null} */
  list: null,
  /** @type {ReturnType<typeof renderEvidence> | null} */
  raw: null,
};
// For the page tests and the console: the Report shown (`__resplain.view.r`) and the rest.
Object.defineProperty(window, "__resplain", { value: state });

// ---------------------------------------------------------------- reading

/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
function schedule() {
  clearTimeout(timer);
  const n = text.value.length;
  timer = setTimeout(() => run("typing"), n < 100_000 ? 120 : n < 1_000_000 ? 250 : 450);
}

/**
 * Reads the paste (the textarea's text, or the bytes of a file or share link) and shows its report.
 * @param {"typing" | "paste" | "file" | "example" | "share" | "clear"} how
 */
async function run(how) {
  clearTimeout(timer);
  const paste = text.bytes ?? text.value;
  const seq = ++state.seq;
  if (paste.length === 0) {
    $("paste-meta").textContent = "";
    showEmpty();
    return;
  }
  const busy = setTimeout(() => ($("busy").hidden = false), 150);
  document.body.dataset.state = "reading";
  try {
    const result = await engine.inspect(paste);
    if (seq !== state.seq) return; // a newer paste is on its way
    if (result.view.text !== null && text.value !== result.view.text) text.set(result.view.text, text.bytes);
    state.paste = paste;
    state.text = text.value;
    state.map = mapOf(state.text, result.view, result.view.exact ? null : /** @type {Uint8Array} */ (paste));
    state.top = result.report;
    state.entries = result.entries;
    state.position = result.entries.length ? 0 : -1;
    const v = result.view;
    $("paste-meta").textContent = `${formatBytes(v.byteLength)} · ${v.lines.toLocaleString("en")} lines${v.crlf ? " · CRLF" : ""}${text.large ? " · large: the editor shows the start" : ""}`;
    showReport(how);
  } catch (error) {
    if (seq !== state.seq) return;
    console.error(error);
    toast(`Could not read the paste: ${/** @type {Error} */ (error).message}`);
  } finally {
    clearTimeout(busy);
    if (seq === state.seq) $("busy").hidden = true;
  }
}

// ---------------------------------------------------------------- showing

function showEmpty() {
  state.top = null;
  state.view = null;
  $("empty").hidden = false;
  for (const id of ["verdict", "hops-card", "todo-card", "detail"]) $(id).hidden = true;
  $("report").textContent = "";
  setSkip(false);
  document.body.dataset.state = "empty";
  delete document.body.dataset.hasReport;
}

/** @param {boolean} report */
function setSkip(report) {
  const skip = /** @type {HTMLAnchorElement} */ ($("skip"));
  skip.href = report ? "#verdict" : "#paste";
  skip.textContent = report ? "Skip to the verdict" : "Skip to the paste area";
}

/** The view of `r`: the text its spans index and the secrets in it.
 * @param {Report} r
 * @returns {View} */
function viewOf(r) {
  const own = r.reconstructed;
  const t = own ?? state.text;
  const map = own !== null ? offsets(own) : state.map;
  return { r, text: t, map, secrets: secretRanges(r, map) };
}

/** The paste's report, after a new paste.
 * @param {string} how */
function showReport(how) {
  const top = /** @type {Report} */ (state.top);
  $("entries-card").hidden = state.entries.length === 0;
  if (state.entries.length) {
    state.list = entryList({
      tbody: /** @type {HTMLTableSectionElement} */ (/** @type {HTMLTableElement} */ ($("entries")).tBodies[0]),
      text: /** @type {HTMLInputElement} */ ($("entries-filter")),
      status: /** @type {HTMLSelectElement} */ ($("entries-status")),
      count: $("entries-count"),
      head: $("entries-head"),
    }, state.entries, (position) => selectEntry(position));
    const skipped = top.diagnostics.find((d) => d.code === "har-entries-not-inspected");
    $("entries-note").hidden = !skipped;
    $("entries-note").textContent = skipped ? `${skipped.detail ?? skipped.message}: choose one of the first to see its report.` : "";
  } else state.list = null;
  show(viewOf(top));
  const r = top;
  announce(`Report ready: ${statusText(r)}. ${notHttp(r) ? "This is not an HTTP response." : r.origin.verdict}.`);
  // on one-column screens the verdict is below the paste: bring it up
  if (how !== "typing" && matchMedia("(max-width: 960px)").matches) {
    const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
    $("verdict").scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
  }
}

/** Shows a HAR entry's report; the focus stays where it is (the entry's row).
 * @param {number} position */
async function selectEntry(position) {
  const seq = state.seq;
  const entry = state.entries[position];
  if (!entry?.inspected) return;
  const r = position === 0 ? state.top : await engine.entry(position);
  if (seq !== state.seq || !r) return;
  state.position = position;
  show(viewOf(r));
}

/** @param {View} view */
function show(view) {
  state.view = view;
  const { r } = view;
  $("empty").hidden = true;
  for (const id of ["verdict", "hops-card", "todo-card", "detail"]) $(id).hidden = false;
  setSkip(true);

  // HAR: where this entry is
  const entry = state.entries[state.position];
  $("entry-line").hidden = !entry;
  if (entry) {
    const failing = state.entries.filter((e) => e.failing).length;
    $("entry-where").textContent = `Entry ${state.position + 1} of ${state.entries.length} · ${failing} failing · ${entry.method} ${entry.host}`;
    /** @type {HTMLButtonElement} */ ($("entry-prev")).disabled = !state.entries.slice(0, state.position).some((e) => e.inspected);
    /** @type {HTMLButtonElement} */ ($("entry-next")).disabled = !state.entries.slice(state.position + 1).some((e) => e.inspected);
  }
  renderTimings($("timings"), entry ?? null);

  // the verdict
  const garbage = notHttp(r);
  const code = r.status.code;
  const pill = $("status-pill");
  pill.textContent = code !== null ? String(code) : "—";
  pill.dataset.class = code !== null ? `${Math.floor(code / 100)}xx` : "none";
  $("status-line").textContent = statusText(r);
  if (code !== null && !r.status.reason && reasonText(r)) {
    $("status-line").append(" ", h("span", { class: "muted reason-note", title: "No reason phrase in the paste; this is the registered one" }, `(${reasonText(r)})`));
  }
  const generator = $("generator");
  generator.textContent = r.origin.verdict;
  generator.dataset.kind = garbage ? "none" : r.origin.kind;
  $("confidence").textContent = confidenceText(r.origin);
  $("confidence-bar").style.width = `${Math.round(r.origin.confidence * 100)}%`;
  $("confidence-wrap").hidden = r.origin.kind === "unknown";
  $("summary").textContent = r.explanation.summary;
  renderGlance($("glance"), r);
  $("share-box").hidden = true;
  $("shared-banner").hidden = !state.fromShare;
  document.body.dataset.state = "report";
  document.body.dataset.hasReport = "true";
  document.body.dataset.generator = r.origin.generator ?? "";

  // the path, what to do
  $("hops-card").hidden = garbage;
  $("todo-card").hidden = garbage;
  if (!garbage) drawHops($("hops"), r);
  renderTodo($("todo"), r);

  // evidence and the raw text
  state.raw = renderEvidence({
    list: $("evidence"), raw: $("raw"), more: $("raw-more"), why: $("why"), toggle: /** @type {HTMLButtonElement} */ ($("secrets-toggle")),
  }, {
    report: r, text: view.text, map: view.map, secrets: view.secrets, reveal: state.reveal,
    onReveal: (reveal) => {
      state.reveal = reveal;
      if (state.view) show(state.view);
    },
  });
  const find = /** @type {HTMLInputElement} */ ($("raw-find"));
  if (find.value) search(find.value);
  else $("raw-found").textContent = "";

  // headers, request, body, notes
  const evidence = { groups: state.raw.groups, openGroup: state.raw.openGroup };
  renderHeaders(/** @type {HTMLTableElement} */ ($("headers")).tBodies[0], r.headers, r, evidence, "No headers in the paste.");
  renderRequest($("request-card"), $("request-line"), /** @type {HTMLTableElement} */ ($("request-headers")).tBodies[0], r);
  renderBody($("body"), $("body-meta"), r, bodyText(r, view.text, view.map, view.secrets, state.reveal));
  $("diag-card").hidden = renderDiagnostics($("diagnostics"), r) === 0;
  const json = /** @type {HTMLDetailsElement} */ ($("json-card"));
  $("report").textContent = json.open ? JSON.stringify(r, null, 2) : "";
}

// the Report as JSON, written when opened (a HAR file's can be megabytes)
$("json-card").addEventListener("toggle", () => {
  const open = /** @type {HTMLDetailsElement} */ ($("json-card")).open;
  $("report").textContent = open && state.view ? JSON.stringify(state.view.r, null, 2) : "";
});

/** @param {number} step */
function stepEntry(step) {
  for (let p = state.position + step; p >= 0 && p < state.entries.length; p += step) {
    if (state.entries[p].inspected) {
      state.list?.select(p);
      return;
    }
  }
}
$("entry-prev").addEventListener("click", () => stepEntry(-1));
$("entry-next").addEventListener("click", () => stepEntry(1));

// ---------------------------------------------------------------- search in the raw text

/** @type {ReturnType<typeof setTimeout> | undefined} */
let findTimer;
/** @param {string} query */
function search(query) {
  const n = state.raw?.search(query) ?? 0;
  $("raw-found").textContent = query ? (n ? `1 of ${n}${n >= 10_000 ? "+" : ""}` : "no match") : "";
  /** @type {HTMLButtonElement} */ ($("raw-prev")).disabled = n < 2;
  /** @type {HTMLButtonElement} */ ($("raw-next")).disabled = n < 2;
}
/** @param {number} step */
function nextHit(step) {
  const raw = state.raw;
  if (!raw || raw.current < 0) return;
  const at = raw.show(raw.current + step);
  const total = $("raw-found").textContent?.split(" of ")[1] ?? "";
  $("raw-found").textContent = `${at} of ${total}`;
}
$("raw-find").addEventListener("input", () => {
  clearTimeout(findTimer);
  findTimer = setTimeout(() => search(/** @type {HTMLInputElement} */ ($("raw-find")).value), 200);
});
$("raw-find").addEventListener("keydown", (e) => {
  if (e.key === "Enter") {
    e.preventDefault();
    nextHit(e.shiftKey ? -1 : 1);
  }
});
$("raw-prev").addEventListener("click", () => nextHit(-1));
$("raw-next").addEventListener("click", () => nextHit(1));

// ---------------------------------------------------------------- input: typing, files, examples

area.addEventListener("paste", (e) => text.paste(e));
area.addEventListener("beforeinput", (e) => text.beforeInput(e));
area.addEventListener("input", (e) => {
  const pasted = /** @type {InputEvent} */ (e).inputType === "insertFromPaste";
  text.input();
  if (state.fromShare) leaveShare();
  $("share-box").hidden = true;
  if (pasted) run("paste");
  else schedule();
});

/**
 * Loads text (an example) or bytes (a file, a share link) and reads it.
 * @param {string | Uint8Array} content
 * @param {"file" | "example" | "share" | "clear"} how
 */
function load(content, how) {
  if (typeof content === "string") text.set(content);
  else text.setBytes(content); // the text comes back decoded from the worker
  if (how !== "share" && state.fromShare) leaveShare();
  return run(how);
}

function leaveShare() {
  state.fromShare = false;
  $("shared-banner").hidden = true;
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
}

/** A dropped or opened file, read as bytes: the engine reads them as they are (a Latin-1 body
 * keeps its length).
 * @param {File | undefined | null} file */
async function loadFile(file) {
  if (!file) return;
  if (file.size > 64 * 1024 * 1024) {
    toast(`${file.name} is ${formatBytes(file.size)}: too large to read here`);
    return;
  }
  await load(new Uint8Array(await file.arrayBuffer()), "file");
  toast(`Read ${file.name}`);
}

$("open-file").addEventListener("click", () => $("file").click());
$("file").addEventListener("change", () => {
  const input = /** @type {HTMLInputElement} */ ($("file"));
  loadFile(input.files?.[0]);
  input.value = "";
});
$("clear").addEventListener("click", () => {
  load("", "clear");
  area.focus();
});

const dropzone = $("dropzone");
let dragDepth = 0;
const hasFiles = (/** @type {DragEvent} */ e) => [...(e.dataTransfer?.types ?? [])].includes("Files");
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
  loadFile(e.dataTransfer?.files[0]);
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
      } catch (error) {
        toast(`Could not load the example: ${/** @type {Error} */ (error).message}`);
      }
    });
    ul.append(h("li", {}, btn));
  }
}

// ---------------------------------------------------------------- share, Markdown, copy

const currentPaste = () => text.bytes ?? text.value;

$("share").addEventListener("click", async () => {
  try {
    const { payload, secrets } = await engine.share(currentPaste());
    const url = new URL(location.href);
    url.search = "";
    url.hash = `r=${payload}`;
    const link = url.toString();
    $("share-url").setAttribute("value", "");
    /** @type {HTMLInputElement} */ ($("share-url")).value = link;
    $("share-note").textContent = `— ${secrets ? `${secrets} secret${secrets > 1 ? "s" : ""} masked · ` : ""}${formatBytes(link.length)}; the response is in the #fragment, which is never sent to a server`
      + (link.length > 64 * 1024 ? ". Long links may be cut by chat tools." : "");
    $("share-box").hidden = false;
    const copied = await copyText(link);
    toast(copied ? "Share link copied" : "Share link ready: copy it from the box");
    const input = /** @type {HTMLInputElement} */ ($("share-url"));
    input.focus();
    input.select();
  } catch (error) {
    toast(`No share link: ${/** @type {Error} */ (error).message}`);
  }
});
$("share-copy").addEventListener("click", async () => {
  toast((await copyText(/** @type {HTMLInputElement} */ ($("share-url")).value)) ? "Share link copied" : "Copy failed");
});

/** The report as Markdown, from the engine's renderer (secrets masked, the paste quoted inertly). */
export function markdown() {
  return engine.render(currentPaste(), "markdown", state.entries.length ? state.position : undefined);
}
$("copy-md").addEventListener("click", async () => {
  toast((await copyText(await markdown())) ? "Report copied as Markdown" : "Copy failed");
});
$("copy-json").addEventListener("click", async () => {
  toast((await copyText(await engine.json(currentPaste()))) ? "Report JSON copied" : "Copy failed");
});
$("copy-todo").addEventListener("click", async () => {
  toast(state.view && (await copyText(todoText(state.view.r))) ? "Copied" : "Copy failed");
});

async function loadFromHash() {
  const payload = payloadOf(location.hash);
  if (payload === null) return false;
  try {
    const shared = await engine.unshare(payload);
    state.fromShare = true;
    await load(shared, "share");
    return true;
  } catch (error) {
    const e = /** @type {engine.EngineError} */ (error);
    toast(e.reason === "too-large" ? `Not opened: ${e.message}` : "This share link is damaged: the response could not be decoded");
    console.warn(error);
    return false;
  }
}
window.addEventListener("hashchange", loadFromHash);

// ---------------------------------------------------------------- theme, offline

const THEMES = ["auto", "light", "dark"];
/** @param {string} theme */
function applyTheme(theme) {
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  $("theme-label").textContent = `Theme: ${theme}`;
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
  } catch {
    // private mode: the choice lasts this visit
  }
  applyTheme(next);
});
applyTheme(savedTheme());

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register(scriptURL("sw.js")).catch((error) => console.warn("resplain: offline cache unavailable:", error));
}

// ---------------------------------------------------------------- start

buildGallery();
document.body.dataset.engine = await engine.start();
document.body.dataset.ready = "true";
if (!(await loadFromHash())) {
  if (text.value) run("typing");
  else showEmpty();
}
