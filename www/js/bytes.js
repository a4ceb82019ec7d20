// Byte offsets and the exact pasted text.
//
// Every span in a Report is a UTF-8 byte offset into the text that was inspected; JavaScript strings
// are indexed in UTF-16 code units. `offsets(text)` converts between the two. A textarea normalises
// line breaks to LF, which would make every CRLF paste look truncated (Content-Length counts the CRs),
// so `ExactText` keeps the text as it was pasted, dropped or loaded, and replays edits onto it.

const STEP = 1024; // code units between checkpoints

/** UTF-8 length of the code unit at i (4 for a surrogate pair, counted on its first unit). */
function unitBytes(text, i) {
  const c = text.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [4, 2];
  }
  return [3, 1]; // includes lone surrogates, which the encoder turns into U+FFFD (3 bytes)
}

/**
 * A converter from UTF-8 byte offsets to UTF-16 indices for `text`. ASCII text maps to itself;
 * otherwise a checkpoint every STEP code units keeps each lookup short, even for 5 MB pastes.
 */
export function offsets(text) {
  const ascii = !/[^\x00-\x7f]/.test(text);
  if (ascii) {
    return { ascii, byteLength: text.length, toIndex: (b) => Math.max(0, Math.min(b, text.length)) };
  }
  const unitAt = [0]; // checkpoint k: code-unit index (multiple of ~STEP)
  const byteAt = [0]; // ... and its byte offset
  let i = 0;
  let b = 0;
  let next = STEP;
  while (i < text.length) {
    const [n, units] = unitBytes(text, i);
    i += units;
    b += n;
    if (i >= next) {
      unitAt.push(i);
      byteAt.push(b);
      next = i + STEP;
    }
  }
  const byteLength = b;
  function toIndex(target) {
    if (target <= 0) return 0;
    if (target >= byteLength) return text.length;
    let lo = 0;
    let hi = byteAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (byteAt[mid] <= target) lo = mid;
      else hi = mid - 1;
    }
    let idx = unitAt[lo];
    let pos = byteAt[lo];
    while (pos < target && idx < text.length) {
      const [n, units] = unitBytes(text, idx);
      if (pos + n > target) break; // inside a character: stay at its start
      pos += n;
      idx += units;
    }
    return idx;
  }
  return { ascii, byteLength, toIndex };
}

/** UTF-8 length of a string. */
export function utf8Length(text) {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const [b, units] = unitBytes(text, i);
    n += b;
    i += units;
  }
  return n;
}

/** What a textarea shows for `text`: CRLF and lone CR become LF. */
export const normalise = (text) => text.replace(/\r\n?/g, "\n");

/** Index in `exact` of the normalised index `n` (CRLF counts as one unit). */
function exactIndex(exact, n) {
  let j = 0;
  for (let i = 0; i < n && j < exact.length; i++) {
    j += exact.charCodeAt(j) === 13 && exact.charCodeAt(j + 1) === 10 ? 2 : 1;
  }
  return j;
}

/** Above this many code units a textarea takes seconds to lay out: it shows only the head. */
export const BIG = 400_000;
const HEAD = 100_000;

/**
 * The text as pasted, kept beside a textarea. `set(text)` loads text (a file, an example, a share
 * link); `beforeInput(e)` and `input()` are wired to the textarea's events and replay each edit onto
 * the exact text, using the clipboard's own data for a paste so its CRLFs survive.
 */
export class ExactText {
  constructor(area, onLoad) {
    this.area = area;
    this.exact = area.value;
    this.shown = area.value;
    this.pending = null;
    this.large = false;
    this.onLoad = onLoad; // called when the text changed without an input event (a big paste)
  }

  get value() {
    return this.exact;
  }

  /**
   * Loads `text`. A big text is kept whole here while the textarea shows its head, read-only:
   * laying out megabytes in a textarea freezes the page for seconds.
   */
  set(text) {
    this.exact = text;
    this.pending = null;
    this.large = text.length > BIG;
    this.area.readOnly = this.large;
    this.area.value = this.large
      ? `${text.slice(0, HEAD)}\n\n[… the editor shows the first ${Math.round(HEAD / 1000)} K characters of ${text.length.toLocaleString("en")}; all of it is read. Clear to start over.]`
      : text;
    this.shown = this.area.value;
    this.area.scrollTop = 0;
    this.area.scrollLeft = 0;
    this.area.setSelectionRange(0, 0);
  }

  /** The paste event carries the clipboard's text as it is, CRLFs included. */
  paste(event) {
    const raw = event.clipboardData?.getData("text/plain") ?? null;
    this.clip = raw;
    if (raw === null || this.large || this.exact.length + raw.length <= BIG) return;
    // too big for the textarea: insert it here, show the head
    event.preventDefault();
    const start = exactIndex(this.exact, this.area.selectionStart);
    const end = exactIndex(this.exact, this.area.selectionEnd);
    this.set(this.exact.slice(0, start) + raw + this.exact.slice(end));
    this.onLoad?.();
  }

  beforeInput(event) {
    let raw = null;
    if (event.inputType === "insertFromPaste") raw = this.clip ?? event.dataTransfer?.getData("text/plain") ?? null;
    else if (event.inputType === "insertFromDrop") raw = event.dataTransfer?.getData("text/plain") ?? null;
    this.clip = null;
    this.pending = { start: this.area.selectionStart, end: this.area.selectionEnd, raw };
  }

  /** Call on every input event; returns the exact text. */
  input() {
    const now = this.area.value;
    const before = this.shown;
    const pending = this.pending;
    this.pending = null;
    this.shown = now;
    const rawHasCR = pending?.raw?.includes("\r");
    if (!rawHasCR && !this.exact.includes("\r")) {
      this.exact = now; // nothing to preserve
      return this.exact;
    }
    // The edit as the selection describes it (a paste or typing over the selection) …
    if (pending) {
      const inserted = pending.raw !== null ? normalise(pending.raw) : null;
      const candidate = inserted !== null && before.slice(0, pending.start) + inserted + before.slice(pending.end);
      if (candidate === now) {
        this.exact =
          this.exact.slice(0, exactIndex(this.exact, pending.start)) +
          pending.raw +
          this.exact.slice(exactIndex(this.exact, pending.end));
        return this.exact;
      }
    }
    // … or, for anything else (typing, undo, deleting), the common prefix and suffix.
    let p = 0;
    const max = Math.min(before.length, now.length);
    while (p < max && before.charCodeAt(p) === now.charCodeAt(p)) p++;
    let q = 0;
    while (q < max - p && before.charCodeAt(before.length - 1 - q) === now.charCodeAt(now.length - 1 - q)) q++;
    const from = exactIndex(this.exact, p);
    const to = exactIndex(this.exact, before.length - q);
    let typed = now.slice(p, now.length - q);
    if (this.exact.includes("\r\n")) typed = typed.replace(/\n/g, "\r\n"); // keep a CRLF paste CRLF
    this.exact = this.exact.slice(0, from) + typed + this.exact.slice(to);
    return this.exact;
  }
}
