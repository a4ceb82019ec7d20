// Trusted Types (the page's CSP says `require-trusted-types-for 'script'`): the only script URLs
// the page creates are its own worker and service worker, checked here to be same-origin. HTML is
// made in one place only, the preview (js/preview.js), under its own policy.

const policy = /** @type {any} */ (globalThis).trustedTypes?.createPolicy("resplain", {
  createScriptURL(/** @type {string} */ url) {
    const parsed = new URL(url, location.href);
    if (parsed.origin !== location.origin) throw new TypeError(`resplain loads only its own scripts, not ${parsed.origin}`);
    return parsed.href;
  },
});

/** A script URL of this page's own, as Trusted Types want it.
 * @param {string} url
 * @returns {any} a TrustedScriptURL where the browser has Trusted Types, else the URL */
export function scriptURL(url) {
  return policy ? policy.createScriptURL(url) : url;
}
