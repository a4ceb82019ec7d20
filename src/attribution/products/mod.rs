//! The fingerprint database: one `Product` per product, grouped by layer in the files below.
//! Adding a product is adding one entry to its file and one line to `PRODUCTS`.

mod apps;
mod edge;
mod proxies;

use super::product::Product;

/// Every product resplain knows, in no particular order (scoring does not depend on it).
pub static PRODUCTS: &[&Product] = &[
    // Edge networks and CDNs.
    &edge::CLOUDFLARE,
    &edge::VARNISH,
    // Load balancers, gateways, platforms.
    &proxies::AWS_ALB,
    // Reverse proxies.
    &proxies::NGINX,
    &proxies::OPENRESTY,
    &proxies::TENGINE,
    &proxies::ENVOY,
    &proxies::HAPROXY,
    // Applications and frameworks.
    &apps::EXPRESS,
    &apps::SPRING_BOOT,
    &apps::ASPNET_CORE,
    &apps::PHP,
];
