// The hop picture: Client → each relay the headers reveal → Your app, as SVG, with the hop that
// generated the response marked and, when the status shows it, where it failed. Horizontal when it
// fits, vertical on narrow screens. Colours come from classes in style.css, so themes apply.

import { s, clear } from "./dom.js";
import { hopsOf, failureOf, pathText } from "./describe.js";

const NODE_W = 118;
const NODE_H = 54;
const GAP = 40;
const FAIL_GAP = 124;
const PAD = 14;
const BADGE_H = 18;

function wrap(name, max = 16) {
  const words = String(name).split(/\s+/);
  const lines = [""];
  for (const w of words) {
    const cur = lines[lines.length - 1];
    if (!cur) lines[lines.length - 1] = w;
    else if ((cur + " " + w).length <= max) lines[lines.length - 1] = cur + " " + w;
    else lines.push(w);
  }
  if (lines.length > 2) lines.splice(2, lines.length - 2, lines[1].slice(0, max - 1) + "…");
  return lines.map((l) => (l.length > max ? l.slice(0, max - 1) + "…" : l));
}

function node(hop, x, y, w, marked, failedHere) {
  const cls = ["hop", `hop-${hop.role}`];
  if (hop.behind) cls.push("hop-behind");
  if (marked) cls.push("hop-generated");
  if (failedHere) cls.push("hop-failed");
  const g = s("g", { class: cls.join(" "), "data-hop": hop.id, "data-role": hop.role, ...(marked ? { "data-generated": "true" } : {}) });
  g.append(s("title", {}, `${hop.name}${hop.detail ? ` (${hop.detail})` : ""} — ${hop.layer}`));
  g.append(s("rect", { x, y, width: w, height: NODE_H, rx: 10, class: "hop-box" }));
  g.append(s("text", { x: x + w / 2, y: y + 16, class: "hop-layer", "text-anchor": "middle" }, hop.layer.toUpperCase()));
  const name = hop.detail ? `${hop.detail}` : hop.name;
  const lines = wrap(name, Math.max(10, Math.floor(w / 7.6)));
  const baseY = lines.length === 1 ? y + 37 : y + 32;
  lines.forEach((line, i) => {
    g.append(s("text", { x: x + w / 2, y: baseY + i * 14, class: "hop-name", "text-anchor": "middle" }, line));
  });
  if (marked) {
    const label = "generated it";
    const bw = 84;
    g.append(s("rect", { x: x + w / 2 - bw / 2, y: y + NODE_H - BADGE_H / 2, width: bw, height: BADGE_H, rx: 9, class: "hop-badge" }));
    g.append(s("text", { x: x + w / 2, y: y + NODE_H + 4, class: "hop-badge-text", "text-anchor": "middle" }, label));
  }
  return g;
}

function link(x1, y1, x2, y2, state, label, vertical) {
  const g = s("g", { class: `link link-${state}`, ...(state === "failed" ? { "data-failed": "true" } : {}) });
  g.append(s("line", { x1, y1, x2, y2, class: "link-line", "marker-end": state === "failed" ? "" : "url(#hop-arrow)" }));
  if (state === "failed") {
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    g.append(s("circle", { cx: mx, cy: my, r: 10, class: "link-x-bg" }));
    g.append(s("path", { d: `M${mx - 4} ${my - 4}L${mx + 4} ${my + 4}M${mx + 4} ${my - 4}L${mx - 4} ${my + 4}`, class: "link-x" }));
    if (label) {
      g.append(vertical
        ? s("text", { x: mx + 18, y: my + 4, class: "link-label", "text-anchor": "start" }, label)
        : s("text", { x: mx, y: my - 16, class: "link-label", "text-anchor": "middle" }, label));
    }
  }
  return g;
}

function defs() {
  return s("defs", {},
    s("marker", { id: "hop-arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
      s("path", { d: "M0 0L10 5L0 10z", class: "link-arrow" })));
}

/** Draws the picture for `report` into `container`; returns the caption sentence. */
export function drawHops(container, report) {
  const { hops, genIndex } = hopsOf(report);
  const fail = failureOf(report);
  const width = container.clientWidth || 600;
  const gaps = hops.slice(1).map((_, i) => (fail.at === "link" && i === genIndex ? FAIL_GAP : fail.at === "first-link" && i === 0 ? FAIL_GAP : GAP));
  const horizontalWidth = PAD * 2 + hops.length * NODE_W + gaps.reduce((a, b) => a + b, 0);
  const vertical = width < horizontalWidth * 0.72; // below ~72 % the labels get too small to read

  const description = `${pathText(report)}. ${fail.sentence}`.trim();
  const svg = s("svg", {
    class: `hops-svg ${vertical ? "vertical" : "horizontal"}`,
    role: "img",
    "aria-label": description,
    "data-layout": vertical ? "vertical" : "horizontal",
  });
  svg.append(defs());

  const linkState = (i) => {
    // link i goes from hop i to hop i + 1
    if (fail.at === "first-link" && i === 0) return "failed";
    if (fail.at === "link" && i === genIndex) return "failed";
    if (genIndex >= 0 && i >= genIndex && report?.origin?.kind === "proxy") return "unused";
    return "ok";
  };

  if (!vertical) {
    const h = PAD * 2 + NODE_H + 30;
    let x = PAD;
    const y = 28;
    hops.forEach((hop, i) => {
      if (i > 0) {
        const gap = gaps[i - 1];
        svg.append(link(x - gap + 2, y + NODE_H / 2, x - 4, y + NODE_H / 2, linkState(i - 1), fail.short, false));
      }
      svg.append(node(hop, x, y, NODE_W, i === genIndex, fail.at === "node" && i === genIndex));
      x += NODE_W + (gaps[i] ?? 0);
    });
    // drawn at up to 1.25× on wide cards, shrunk to fit on narrower ones
    const scale = Math.min(1.25, width / horizontalWidth);
    svg.setAttribute("viewBox", `0 0 ${horizontalWidth} ${h}`);
    svg.setAttribute("width", String(Math.round(horizontalWidth * scale)));
    svg.setAttribute("height", String(Math.round(h * scale)));
  } else {
    const w = Math.min(Math.max(width - 150, 150), 220);
    const vgap = (i) => (linkState(i) === "failed" ? 56 : 34);
    let y = PAD;
    const x = PAD;
    hops.forEach((hop, i) => {
      if (i > 0) {
        const gap = vgap(i - 1);
        svg.append(link(x + w / 2, y - gap + 12, x + w / 2, y - 3, linkState(i - 1), fail.short, true));
      }
      svg.append(node(hop, x, y, w, i === genIndex, fail.at === "node" && i === genIndex));
      y += NODE_H + (i < hops.length - 1 ? vgap(i) : 0) + (i === genIndex ? 4 : 0);
    });
    const total = y + PAD + 6;
    const totalW = Math.min(width, w + 150);
    svg.setAttribute("viewBox", `0 0 ${totalW} ${total}`);
    svg.setAttribute("width", String(totalW));
    svg.setAttribute("height", String(total));
  }
  clear(container).append(svg);
  return fail.sentence;
}
