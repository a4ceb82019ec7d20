// Share links: the paste in the URL fragment (#r=…), which browsers never send to a server:
// the paste's bytes with every secret the engine found replaced by "*" (byte for byte, so every
// span and Content-Length still fit), raw-deflated, base64url. Both ways are bounded: a link is at
// most MAX_PAYLOAD characters and inflates to at most MAX_INFLATED bytes (a 544 KB link once
// inflated to 400 MB), checked while inflating, so a crafted link costs milliseconds.
//
// Pure functions over bytes (no DOM): the worker runs them, and so do the node unit tests.

/** Longest #r= payload written or read (characters). */
export const MAX_PAYLOAD = 2_000_000;
/** Most bytes a payload may inflate to. */
export const MAX_INFLATED = 16 * 1024 * 1024;

export class ShareError extends Error {
  /** @param {"too-large" | "damaged"} reason @param {string} message */
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
}

/**
 * The payload of a location hash (`#r=…`), or null. `decode` checks its length.
 * @param {string} hash
 */
export function payloadOf(hash) {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  for (const part of fragment.split("&")) if (part.startsWith("r=")) return part.slice(2);
  return null;
}

/**
 * `bytes` with the ranges in `pairs` ([start, end, start, end, …] byte offsets) replaced by "*".
 * @param {Uint8Array} bytes
 * @param {number[]} pairs
 */
export function maskBytes(bytes, pairs) {
  const out = bytes.slice();
  for (let i = 0; i + 1 < pairs.length; i += 2) out.fill(42, Math.max(0, pairs[i]), Math.min(out.length, pairs[i + 1]));
  return out;
}

/** @param {Uint8Array} bytes */
export function toBase64Url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** @param {string} text */
export function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareError("damaged", "the link's payload is not base64url");
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "===".slice((b64.length + 3) % 4));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** The payload for `bytes` (already masked). Throws `too-large` past MAX_PAYLOAD.
 * @param {Uint8Array} bytes */
export async function encode(bytes) {
  const stream = new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (bytes)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  const payload = toBase64Url(packed);
  if (payload.length > MAX_PAYLOAD) {
    throw new ShareError("too-large", `the response compresses to ${Math.round(payload.length / 1000)} K characters, more than a link should carry (${MAX_PAYLOAD / 1000} K): share the file instead`);
  }
  return payload;
}

/** The bytes in a payload, inflated up to MAX_INFLATED.
 * @param {string} payload */
export async function decode(payload) {
  if (payload.length > MAX_PAYLOAD) throw new ShareError("too-large", "this share link is longer than any resplain writes");
  const packed = fromBase64Url(payload);
  const reader = new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (packed)]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  /** @type {Uint8Array[]} */
  const parts = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_INFLATED) {
        await reader.cancel();
        throw new ShareError("too-large", `this share link inflates to more than ${MAX_INFLATED / 1024 / 1024} MB: not a response resplain shared`);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError("damaged", "this share link is damaged: the response could not be decoded");
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
