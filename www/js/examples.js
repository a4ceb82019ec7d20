// The example gallery: real responses, copied byte for byte from tests/fixtures/ (the page test
// checks that the copies in www/examples/ still match), each one click away.

export const EXAMPLES = [
  { id: "nginx-502-default", title: "nginx 502", blurb: "nginx's own error page: the upstream did not answer" },
  { id: "cloudflare-522-head-only", title: "Cloudflare 522", blurb: "Cloudflare could not reach the origin" },
  { id: "aws-alb-503-no-targets", title: "AWS ALB 503", blurb: "the load balancer had no healthy target" },
  { id: "heroku-503-h12-behind-cloudflare", title: "Heroku 503 via Cloudflare", blurb: "two layers in front of the app" },
  { id: "fastapi-502-upstream", title: "App JSON 502", blurb: "FastAPI itself answered 502" },
  { id: "spring-boot-500-whitelabel", title: "Spring Whitelabel 500", blurb: "the application's own error page" },
];

/** The exact text of an example (fetched from the page's own files; cached offline).
 * @param {string} id */
export async function loadExample(id) {
  const res = await fetch(`examples/${encodeURIComponent(id)}.http`);
  if (!res.ok) throw new Error(`example ${id}: HTTP ${res.status}`);
  // bytes → text ourselves: fixtures are UTF-8, and the server's Content-Type says nothing useful
  return new TextDecoder().decode(await res.arrayBuffer());
}
