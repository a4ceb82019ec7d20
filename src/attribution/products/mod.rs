//! The fingerprint database: one `Product` per product, grouped by layer in the files below.
//! Adding a product is adding one entry to its file and to that file's `ALL` list.

mod apis;
mod apps;
mod edge;
mod gateways;
mod platforms;
mod proxies;

use super::product::Product;

/// Every group of products; scoring does not depend on the order.
pub static GROUPS: &[&[&Product]] = &[
    edge::ALL,
    proxies::ALL,
    apps::ALL,
    apis::ALL,
    platforms::ALL,
    gateways::ALL,
];

/// Products built on another's code, which therefore send the base product's bodies too:
/// `(derived, base)`. When both have evidence of generating a response, the derived product is
/// named if it also shows a mark of its own (a signal the base product does not share).
pub static REFINES: &[(&str, &str)] = &[
    ("istio", "envoy"),
    ("google-cloud-lb", "envoy"),
    ("ingress-nginx", "nginx"),
    ("openresty", "nginx"),
    ("tengine", "nginx"),
    ("aws-alb", "nginx"),
    ("fastly", "varnish"),
    ("nestjs", "express"),
    ("django-rest-framework", "django"),
    ("fastapi", "starlette"),
];

/// Every product resplain knows.
pub fn all() -> impl Iterator<Item = &'static Product> {
    GROUPS.iter().flat_map(|group| group.iter().copied())
}
