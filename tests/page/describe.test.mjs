// The page's words about where a response failed (www/js/describe.js): absolute claims ("it
// never reached your app", "the request reached it") only on strong evidence, as the engine's
// explanation (issue 17); weaker verdicts are hedged. No browser needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { failureOf, strongEvidence } from "../../www/js/describe.js";

const report = (kind, code, basis, confidence, generator = "nginx") => ({
  status: { code },
  origin: { kind, generator, generator_name: generator, basis, confidence },
});

test("strong evidence is a fingerprint at 80% or more", () => {
  assert.equal(strongEvidence({ basis: "fingerprint", confidence: 0.8 }), true);
  assert.equal(strongEvidence({ basis: "fingerprint", confidence: 0.58 }), false);
  assert.equal(strongEvidence({ basis: "server-token", confidence: 0.95 }), false);
  assert.equal(strongEvidence({ basis: "layer-cues", confidence: 0.9 }), false);
});

test("an application verdict on weak evidence claims nothing about the layers", () => {
  for (const code of [400, 404, 500, 502, 503, 504]) {
    const weak = failureOf(report("app", code, "fingerprint", 0.58, "fastapi")).sentence;
    assert.doesNotMatch(weak, /every layer|every proxy|reached it/, `${code}: ${weak}`);
    assert.match(weak, /^Probably/, `${code}: ${weak}`);
    const cues = failureOf(report("app", code, "layer-cues", 0.9, "unknown-app")).sentence;
    assert.doesNotMatch(cues, /every layer|every proxy|reached it/, `${code}: ${cues}`);
  }
  const strong = failureOf(report("app", 500, "fingerprint", 0.95, "fastapi")).sentence;
  assert.match(strong, /reached it/);
});

test("a proxy verdict on weak evidence does not say the request never reached the app", () => {
  for (const code of [401, 403, 404, 429, 502, 503]) {
    const weak = failureOf(report("proxy", code, "fingerprint", 0.5)).sentence;
    assert.doesNotMatch(weak, /never reached/, `${code}: ${weak}`);
    assert.match(weak, /^Probably/);
  }
  assert.match(failureOf(report("proxy", 403, "fingerprint", 0.98)).sentence, /never reached/);
});
