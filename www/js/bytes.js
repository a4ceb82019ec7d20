// Byte offsets and the exact pasted text.
//
// Every span in a Report is a byte offset into what was inspected; JavaScript strings are indexed
// in UTF-16 code units. The worker (js/worker.js) walks the paste once and sends checkpoints —
// every STEP bytes, the byte offset and the code-unit index there — so the page converts a span
// with a binary search and a short walk, without ever walking megabytes on the main thread.
//
// A paste is text (typed, pasted: its bytes are its UTF-8) or bytes (a dropped file, a share link),
// which may not be UTF-8: `decodeBytes` decodes valid sequences as UTF-8 and each byte of an
// invalid one as one U+FFFD, so the text has one code unit per such byte and the offsets stay
// exact (a Latin-1 file keeps its byte count). A textarea normalises line breaks to LF, which would
// make every CRLF paste look truncated, so `ExactText` keeps the text as it was pasted, dropped or
// loaded, and replays edits onto it.

/** Bytes between checkpoints. */
export const STEP = 1024;

/**
 * The UTF-8 sequence at `i` of `bytes`: [its length in bytes, the code units it decodes to].
 * An invalid byte is [1, 1] (one U+FFFD).
 * @param {Uint8Array} bytes
 * @param {number} i
 * @returns {[number, number]}
 */
export function step(bytes, i) {
  const b0 = bytes[i];
  if (b0 < 0x80) return [1, 1];
  const cont = (/** @type {number} */ k) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? [2, 1] : [1, 1];
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = bytes[i + 1];
    const ok = cont(1) && cont(2) && !(b0 === 0xe0 && b1 < 0xa0) && !(b0 === 0xed && b1 > 0x9f);
    return ok ? [3, 1] : [1, 1];
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = bytes[i + 1];
    const ok = cont(1) && cont(2) && cont(3) && !(b0 === 0xf0 && b1 < 0x90) && !(b0 === 0xf4 && b1 > 0x8f);
    return ok ? [4, 2] : [1, 1];
  }
  return [1, 1];
}

/** UTF-8 length of the code unit at i of `text`: [bytes, code units]; a surrogate pair counts on
 * its first unit, a lone surrogate as U+FFFD (3 bytes), as TextEncoder writes it.
 * @param {string} text
 * @param {number} i
 * @returns {[number, number]}
 */
function unitBytes(text, i) {
  const c = text.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [4, 2];
  }
  return [3, 1];
}

/**
 * @typedef {object} Checkpoints
 * @property {boolean} ascii every byte is one code unit and the reverse (offsets map to themselves)
 * @property {number} byteLength
 * @property {number[]} units code-unit index at each checkpoint
 * @property {number[]} bytes byte offset at each checkpoint
 * @property {number} lines
 * @property {boolean} crlf
 */

/**
 * The checkpoints of a text paste (its bytes are its UTF-8).
 * @param {string} text
 * @returns {Checkpoints}
 */
export function textCheckpoints(text) {
  const units = [0];
  const bytes = [0];
  let ascii = true;
  let i = 0;
  let b = 0;
  let next = STEP;
  let lines = text.length ? 1 : 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) {
    return { ascii, byteLength: text.length, units, bytes, lines, crlf: text.includes("\r\n") };
  }
  ascii = false;
  while (i < text.length) {
    const [n, u] = unitBytes(text, i);
    i += u;
    b += n;
    if (b >= next) {
      units.push(i);
      bytes.push(b);
      next = b + STEP;
    }
  }
  return { ascii, byteLength: b, units, bytes, lines, crlf: text.includes("\r\n") };
}

/**
 * The text of a byte paste and its checkpoints. Valid UTF-8 runs are decoded as UTF-8, each
 * byte of an invalid sequence becomes one U+FFFD. `exact` is false when there was such a byte
 * (the text's own UTF-8 is then not the paste: offsets are walked on the bytes).
 * @param {Uint8Array} bytes
 * @returns {{ text: string, exact: boolean } & Checkpoints}
 */
export function decodeBytes(bytes) {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, exact: true, ...textCheckpoints(text) };
  } catch {
    // not UTF-8: decoded run by run below
  }
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const parts = [];
  const units = [0];
  const marks = [0];
  let unit = 0;
  let runStart = 0;
  let next = STEP;
  let lines = bytes.length ? 1 : 0;
  let crlf = false;
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i];
    if (b0 === 10) {
      lines++;
      if (i > 0 && bytes[i - 1] === 13) crlf = true;
    }
    const [n, u] = step(bytes, i);
    if (n === 1 && b0 >= 0x80) {
      if (i > runStart) parts.push(decoder.decode(bytes.subarray(runStart, i)));
      parts.push("\uFFFD");
      runStart = i + 1;
    }
    i += n;
    unit += u;
    if (i >= next) {
      units.push(unit);
      marks.push(i);
      next = i + STEP;
    }
  }
  if (runStart < bytes.length) parts.push(decoder.decode(bytes.subarray(runStart)));
  return { text: parts.join(""), exact: false, ascii: false, byteLength: bytes.length, units, bytes: marks, lines, crlf };
}

/**
 * @typedef {object} ByteMap
 * @property {number} byteLength
 * @property {(byte: number) => number} toIndex the code-unit index of a byte offset (clamped)
 */

/**
 * A byte → code-unit converter for `text`, from its checkpoints. `source` is the paste's bytes
 * when the text is not their UTF-8 (a file with invalid sequences): the walk then reads them.
 * @param {string} text
 * @param {Checkpoints} cp
 * @param {Uint8Array | null} [source]
 * @returns {ByteMap}
 */
export function mapOf(text, cp, source = null) {
  const { byteLength } = cp;
  if (cp.ascii) return { byteLength, toIndex: (b) => Math.max(0, Math.min(b, text.length)) };
  return {
    byteLength,
    toIndex(target) {
      if (target <= 0) return 0;
      if (target >= byteLength) return text.length;
      let lo = 0;
      let hi = cp.bytes.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cp.bytes[mid] <= target) lo = mid;
        else hi = mid - 1;
      }
      let idx = cp.units[lo];
      let pos = cp.bytes[lo];
      while (pos < target && idx < text.length) {
        const [n, units] = source ? step(source, pos) : unitBytes(text, idx);
        if (pos + n > target) break; // inside a character: its start
        pos += n;
        idx += units;
      }
      return idx;
    },
  };
}

/**
 * A converter computed here, for a small text (a HAR entry's rebuilt response).
 * @param {string} text
 */
export function offsets(text) {
  return mapOf(text, textCheckpoints(text));
}

/** Index in `exact` (which may hold CRLFs) of position `p` in its LF-normalised form.
 * @param {string} exact
 * @param {number} p
 */
function exactIndex(exact, p) {
  let j = 0;
  for (let k = 0; k < p && j < exact.length; k++) {
    j += exact.charCodeAt(j) === 13 && exact.charCodeAt(j + 1) === 10 ? 2 : 1;
  }
  return j;
}

/** @param {string} text */
const normalise = (text) => text.replace(/\r\n?/g, "\n");

/** Above this many code units a textarea is slow to lay out: it shows only the head. */
export const BIG = 200_000;
const HEAD = 20_000;

/**
 * The text as pasted, kept beside a textarea. `set(text, bytes)` loads text (a file, an example,
 * a share link; `bytes` when it came as bytes); `beforeInput(e)` and `input()` are wired to the
 * textarea's events and replay each edit onto the exact text, using the clipboard's own data for
 * a paste so its CRLFs survive. An edit turns a byte paste into text.
 */
export class ExactText {
  /**
   * @param {HTMLTextAreaElement} area
   * @param {() => void} onLoad called when the text changed without an input event (a big paste)
   */
  constructor(area, onLoad) {
    this.area = area;
    this.exact = area.value;
    this.shown = area.value;
    /** @type {{ start: number, end: number, raw: string | null } | null} */
    this.pending = null;
    /** @type {string | null} */
    this.clip = null;
    /** @type {Uint8Array | null} the paste's bytes, when it came as bytes */
    this.bytes = null;
    this.large = false;
    this.onLoad = onLoad;
  }

  get value() {
    return this.exact;
  }

  /**
   * Loads `text`. A big text is kept whole here while the textarea shows its head, read-only:
   * laying out megabytes in a textarea freezes the page for seconds.
   * @param {string} text
   * @param {Uint8Array | null} [bytes]
   */
  set(text, bytes = null) {
    this.exact = text;
    this.bytes = bytes;
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

  /** Holds the bytes of a file or share link; the textarea shows their text once decoded.
   * @param {Uint8Array} bytes */
  setBytes(bytes) {
    this.bytes = bytes;
    this.pending = null;
  }

  /** The paste event carries the clipboard's text as it is, CRLFs included.
   * @param {ClipboardEvent} event */
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

  /** @param {InputEvent} event */
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
    this.bytes = null;
    const rawHasCR = pending?.raw?.includes("\r");
    if (!rawHasCR && !this.exact.includes("\r")) {
      this.exact = now; // nothing to preserve
      return this.exact;
    }
    // The edit as the selection describes it (a paste or typing over the selection) …
    if (pending) {
      const inserted = pending.raw !== null ? normalise(pending.raw) : null;
      const candidate = inserted !== null && before.slice(0, pending.start) + inserted + before.slice(pending.end);
      if (candidate === now && pending.raw !== null) {
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
