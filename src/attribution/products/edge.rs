//! CDNs and edge caches.

use crate::attribution::product::{generated, on_path, Layer, Matcher::*, Product};

/// Every product in this file.
pub static ALL: &[&Product] = &[&CLOUDFLARE, &VARNISH];

const CF_5XX_DOCS: &str = "Cloudflare docs, Troubleshooting Cloudflare 5XX errors (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/)";
const CF_ERROR_PAGE: &str = "Cloudflare's error page template as served on 52x/1xxx errors (class names cf-error-details, cf-wrapper; 'Cloudflare Ray ID' footer)";

pub static CLOUDFLARE: Product = Product {
    id: "cloudflare",
    name: "Cloudflare",
    layer: Layer::Edge,
    signals: &[
        on_path(HeaderIs("server", "cloudflare"), 0.7, "Cloudflare docs, Cloudflare HTTP headers: Cloudflare sets Server: cloudflare on proxied responses"),
        on_path(Header("cf-ray"), 0.7, "Cloudflare docs, Cloudflare HTTP headers (CF-RAY)"),
        on_path(Header("cf-cache-status"), 0.5, "Cloudflare docs, Cloudflare cache responses (CF-Cache-Status)"),
        generated(Status(520, 527), 0.6, CF_5XX_DOCS),
        generated(Body("cf-error-details"), 0.95, CF_ERROR_PAGE),
        generated(Body("Cloudflare Ray ID:"), 0.9, CF_ERROR_PAGE),
        generated(Body("id=\"cf-wrapper\""), 0.8, CF_ERROR_PAGE),
    ],
};

pub static VARNISH: Product = Product {
    id: "varnish",
    name: "Varnish Cache",
    layer: Layer::Edge,
    signals: &[
        generated(Body("Guru Meditation:"), 0.95, "varnish-cache bin/varnishd/builtin.vcl (vcl_synth / vcl_backend_error templates)"),
        generated(Body("Varnish cache server"), 0.9, "varnish-cache bin/varnishd/builtin.vcl"),
        generated(Reason("Backend fetch failed"), 0.7, "varnish-cache bin/varnishd/cache/cache_fetch.c (vbf_stp_error sets 503 \"Backend fetch failed\")"),
        on_path(Header("x-varnish"), 0.7, "varnish-cache bin/varnishd/cache/cache_req_fsm.c (X-Varnish header on every delivered object)"),
        on_path(HeaderContains("via", "varnish"), 0.6, "varnish-cache bin/varnishd/cache/cache_req_fsm.c (Via: 1.1 varnish)"),
    ],
};
