// Share links and secret masking.
//
// A share link carries the response in the URL fragment (#r=…), which browsers never send to a
// server: UTF-8 → CompressionStream("deflate-raw") → base64url. Before anything is shared or
// exported, credentials are masked: each character is replaced by as many "*" as it has UTF-8
// bytes, so the masked text has the same byte length and every span and Content-Length still fit.

import { list, isObject } from "./describe.js";

const SECRET_HEADERS = "authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|apikey|x-auth-token|x-access-token|x-amz-security-token|x-csrf-token|x-xsrf-token|x-goog-api-key|ocp-apim-subscription-key|private-token|x-vault-token";
const HEADER_LINE = new RegExp(`^[ \\t>]*(${SECRET_HEADERS})[ \\t]*:[ \\t]*([^\\r\\n]*)`, "gim");
const HAR_HEADER = new RegExp(`"name"\\s*:\\s*"(${SECRET_HEADERS})"\\s*,\\s*"value"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`, "gi");
const HAR_COOKIES = /"cookies"\s*:\s*\[([^\]]*)\]/g;
const JSON_VALUE = /"value"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
const URL_PARAM = /[?&;]((?:[a-z0-9]+[_.-])*(?:api[_-]?key|apikey|key|token|access[_-]?token|auth|secret|password|passwd|pwd|sig|signature|credential|session|sessionid|code))=([^&#\s"'<>\\]+)/gi;
const USERINFO = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:([^\s/?#@]+)@/gi;
const JSON_SECRET = /"(access_token|refresh_token|id_token|api_key|apikey|client_secret|password|secret|token)"\s*:\s*"((?:[^"\\]|\\.)*)"/gi;

/** Ranges [start, end) of the credential part of a header value starting at `at`. */
function headerValueRanges(name, value, at) {
  const lower = name.toLowerCase();
  const out = [];
  if (!value.trim()) return out;
  if (lower === "authorization" || lower === "proxy-authorization") {
    const m = /^(\S+)(\s+)(\S[^]*)$/.exec(value);
    if (m) out.push([at + m[1].length + m[2].length, at + value.length]);
    else out.push([at, at + value.length]);
  } else if (lower === "cookie") {
    const re = /(?:^|;)\s*[^=;]*=([^;]*)/g;
    let m;
    while ((m = re.exec(value))) {
      const end = re.lastIndex;
      if (m[1].length) out.push([at + end - m[1].length, at + end]);
      if (re.lastIndex === m.index) re.lastIndex++;
    }
  } else if (lower === "set-cookie") {
    const m = /^\s*[^=;]*=([^;]*)/.exec(value);
    if (m && m[1].length) out.push([at + m[0].length - m[1].length, at + m[0].length]);
    else if (!m) out.push([at, at + value.length]);
  } else {
    out.push([at, at + value.trimEnd().length]);
  }
  return out;
}

/**
 * Every secret in `text`, as merged UTF-16 ranges: what the Report lists in `secrets` (when its
 * spans index this text) and what the page finds itself — credential headers (raw, curl -v and
 * HAR), cookies, API keys and passwords in URLs, tokens in JSON.
 */
export function findSecrets(text, report, map) {
  const ranges = [];
  if (report && !report.reconstructed && map) {
    for (const span of list(report.secrets)) {
      if (isObject(span)) ranges.push([map.toIndex(span.start), map.toIndex(span.end)]);
    }
  }
  let m;
  HEADER_LINE.lastIndex = 0;
  while ((m = HEADER_LINE.exec(text))) {
    ranges.push(...headerValueRanges(m[1], m[2], m.index + m[0].length - m[2].length));
  }
  HAR_HEADER.lastIndex = 0;
  while ((m = HAR_HEADER.exec(text))) {
    ranges.push(...headerValueRanges(m[1], m[2], m.index + m[0].length - 1 - m[2].length));
  }
  HAR_COOKIES.lastIndex = 0;
  while ((m = HAR_COOKIES.exec(text))) {
    const inner = m[1];
    const base = m.index + m[0].indexOf("[") + 1;
    JSON_VALUE.lastIndex = 0;
    let v;
    while ((v = JSON_VALUE.exec(inner))) {
      const end = base + v.index + v[0].length - 1;
      if (v[1].length) ranges.push([end - v[1].length, end]);
    }
  }
  for (const re of [URL_PARAM, JSON_SECRET]) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const end = re === JSON_SECRET ? m.index + m[0].length - 1 : m.index + m[0].length;
      if (m[2].length) ranges.push([end - m[2].length, end]);
    }
  }
  USERINFO.lastIndex = 0;
  while ((m = USERINFO.exec(text))) {
    const end = m.index + m[0].length - 1;
    ranges.push([end - m[1].length, end]);
  }
  return merge(ranges.filter(([a, b]) => b > a && a >= 0 && b <= text.length));
}

function merge(ranges) {
  ranges.sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** `text` with `ranges` masked, byte length preserved. */
export function mask(text, ranges) {
  let out = "";
  let at = 0;
  for (const [a, b] of ranges) {
    out += text.slice(at, a);
    for (const ch of text.slice(a, b)) {
      const cp = ch.codePointAt(0);
      out += "*".repeat(cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
    }
    at = b;
  }
  return out + text.slice(at);
}

/** Masks every secret in `text`: { text, count }. */
export function maskSecrets(text, report, map) {
  const ranges = findSecrets(text, report, map);
  return { text: mask(text, ranges), count: ranges.length };
}

// ---------------------------------------------------------------- encoding

function toBase64Url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "===".slice((b64.length + 3) % 4));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The fragment payload for `text`. */
export async function encode(text) {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw"));
  return toBase64Url(packed);
}

/** The text in a fragment payload. */
export async function decode(payload) {
  const bytes = await pipe(fromBase64Url(payload), new DecompressionStream("deflate-raw"));
  return new TextDecoder().decode(bytes);
}

/** The payload of a location hash (#r=…), or null. */
export function payloadOf(hash) {
  const params = new URLSearchParams(String(hash).replace(/^#/, ""));
  return params.get("r");
}

/** A share link for `text` (already masked) on this page. */
export async function shareLink(text) {
  const url = new URL(location.href);
  url.search = "";
  url.hash = `r=${await encode(text)}`;
  return url.toString();
}
