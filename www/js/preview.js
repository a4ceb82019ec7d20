// The HTML preview: the pasted page rebuilt from an allow-list, shown in a sandboxed frame.
//
// Three layers, each enough on its own to keep the page safe:
//  1. The pasted HTML is parsed by DOMParser (a document that runs nothing and loads nothing) and
//     a new document is built from it: only the elements and attributes listed below, created
//     one by one as HTML elements, text copied as text. Foreign content (<svg>, <math>), scripts,
//     frames, forms, <style>-like raw text other than <style>, links and every URL but data:
//     images are dropped; CSS loses backslashes, url(), image-set() and @import. What is
//     serialised can therefore only hold allowed tags: parsed again, it cannot turn into anything
//     else (the mutation-XSS tricks need <math>, <svg>, <noscript> or raw text to shift context).
//  2. The frame is `sandbox=""`: no scripts, no forms, no navigation, an opaque origin.
//  3. Its document starts with a CSP that loads nothing but inline styles and data: images, on
//     top of the page's own policy, which an about:srcdoc frame inherits.

const policy = /** @type {any} */ (globalThis).trustedTypes?.createPolicy("resplain-preview", {
  // Only ever given the pasted HTML to parse into an inert DOMParser document, and the preview's
  // own serialisation of the allow-listed document built from it.
  createHTML: (/** @type {string} */ html) => html,
});

/** @param {string} html @returns {any} */
const trusted = (html) => (policy ? policy.createHTML(html) : html);

export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Elements kept, with their children. */
const ELEMENTS = new Set([
  "html", "head", "body", "title", "style", "div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
  "pre", "code", "kbd", "samp", "var", "b", "i", "u", "s", "strong", "em", "small", "big", "sub", "sup", "mark",
  "blockquote", "q", "cite", "abbr", "address", "center", "font", "a", "img", "figure", "figcaption", "section",
  "article", "header", "footer", "nav", "main", "aside", "details", "summary", "label", "tt", "time", "wbr", "del", "ins",
]);

/** Elements dropped with everything in them; others not listed are unwrapped (children kept). */
const DROPPED = new Set([
  "script", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
  "link", "meta", "base", "portal", "fencedframe", "audio", "video", "source", "track", "canvas", "xmp", "plaintext",
  "noembed", "noframes", "textarea", "select", "input", "option", "button", "form", "dialog", "slot", "iframe",
]);

/** Frames and plugins leave a note where they were. */
const NOTED = new Set(["iframe", "frame", "object", "embed"]);

const ATTRIBUTES = new Set(["class", "id", "title", "lang", "dir", "align", "valign", "width", "height", "colspan", "rowspan", "alt", "style", "color", "bgcolor", "border", "cellpadding", "cellspacing", "face", "size", "open"]);

/**
 * CSS with nothing that can load: backslashes (escapes that could spell url) removed first, then
 * url(), image-set(), image(), cross-fade(), element(), src() and expression() disabled, the
 * import and font-face at-rules renamed to unknown ones, and `<` removed (a <style> is raw text).
 * @param {string} css
 */
export function inertCss(css) {
  return css
    .replace(/\\/g, "")
    .replace(/</g, "")
    .replace(/(?:-webkit-)?(?:url|image-set|image|cross-fade|element|src|expression)\s*\(/gi, "none(")
    .replace(/@(import|font-face)/gi, "@x-$1");
}

/**
 * A copy of `from`'s children under `to` (in `doc`), allow-listed.
 * @param {Node} from
 * @param {Node} to
 * @param {Document} doc
 * @param {number} depth
 */
function copyChildren(from, to, doc, depth) {
  if (depth > 200) return; // deeper than any page: the rest is left out
  for (const node of Array.from(from.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(node.textContent ?? ""));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = /** @type {Element} */ (node);
    // foreign content (svg, math) never comes through, whatever its tag
    const tag = el.namespaceURI === "http://www.w3.org/1999/xhtml" ? el.localName : "svg";
    if (DROPPED.has(tag)) {
      if (NOTED.has(tag)) {
        const note = doc.createElement("div");
        note.setAttribute("style", "border:1px dashed #999;padding:.5em;margin:.5em 0;font:12px monospace;color:#555");
        note.textContent = `[${tag} not loaded in the preview: ${el.getAttribute("src") ?? el.getAttribute("data") ?? ""}]`;
        to.appendChild(note);
      }
      continue;
    }
    if (!ELEMENTS.has(tag)) {
      copyChildren(el, to, doc, depth + 1);
      continue;
    }
    const copy = doc.createElement(tag);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name === "style") copy.setAttribute("style", inertCss(attr.value));
      else if (name === "src" && tag === "img" && /^data:image\/(png|gif|jpeg|webp|bmp|x-icon);/i.test(attr.value.trim())) copy.setAttribute("src", attr.value.trim());
      else if (ATTRIBUTES.has(name)) copy.setAttribute(name, attr.value);
    }
    if (tag === "style") copy.textContent = inertCss(el.textContent ?? "");
    else copyChildren(el, copy, doc, depth + 1);
    to.appendChild(copy);
  }
}

/**
 * The pasted HTML as an allow-listed document, serialised.
 * @param {string} html
 */
export function sanitise(html) {
  const parsed = new DOMParser().parseFromString(trusted(html), "text/html");
  const doc = document.implementation.createHTMLDocument("");
  doc.head.replaceChildren();
  doc.body.replaceChildren();
  copyChildren(parsed.head, doc.head, doc, 0);
  copyChildren(parsed.body, doc.body, doc, 0);
  return doc.documentElement.outerHTML;
}

/** The srcdoc for the preview: a comment, the CSP, then the allow-listed document.
 * @param {string} html */
export function previewDoc(html) {
  return `<!-- resplain preview: no scripts (sandbox), no network (CSP) --><meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">${sanitise(html)}`;
}

/**
 * A sandboxed frame showing `html`.
 * @param {string} html
 * @returns {HTMLIFrameElement}
 */
export function previewFrame(html) {
  const frame = document.createElement("iframe");
  frame.className = "preview";
  frame.setAttribute("sandbox", "");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.setAttribute("title", "Preview of the pasted HTML (sandboxed: no scripts, no network)");
  frame.srcdoc = trusted(previewDoc(html));
  return frame;
}
