// The hop picture: Client → each layer the response shows it passed through → Your app, as an
// HTML list (boxes wrap their labels, so "AWS Application Load Balancer" fits), with the hop
// that generated the response marked ("probably" unless the engine's verdict is sure). What lies behind that hop did not write this response:
// its boxes and links are drawn faded. Horizontal where it fits, vertical on narrow screens
// (style.css).

import { h, clear } from "./dom.js";
import { hopsOf, pathText } from "./describe.js";

/** @typedef {import("../../src/report").Report} Report */

/**
 * Draws the picture for `report` into `container` (an <ol>).
 * @param {HTMLElement} container
 * @param {Report} report
 */
export function drawHops(container, report) {
  const { hops, generator } = hopsOf(report);
  clear(container);
  container.setAttribute("aria-label", `Path: ${pathText(report)}`);
  hops.forEach((hop, i) => {
    if (i > 0) {
      container.append(h("li", { class: `link${hop.behind ? " link-behind" : ""}`, "aria-hidden": "true" }, h("span", { class: "arrow" })));
    }
    const generated = i === generator;
    container.append(h("li", {
      class: `hop hop-${hop.role}${hop.behind ? " hop-behind" : ""}${generated ? " hop-generated" : ""}`,
      "data-hop": hop.id,
      ...(generated ? { "data-generated": "true" } : {}),
    },
      h("span", { class: "hop-layer" }, hop.layer),
      h("span", { class: "hop-name" }, hop.name),
      hop.detail ? h("span", { class: "hop-detail" }, hop.detail) : null,
      generated
        ? h("span", { class: report.origin.sure ? "hop-badge" : "hop-badge hop-badge-probable" }, report.origin.sure ? "generated it" : "probably generated it")
        : null,
    ));
  });
}
