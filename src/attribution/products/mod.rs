//! The fingerprint database: one `Product` per product, grouped by layer in the files below.
//! Adding a product is adding one entry to its file and to that file's `ALL` list.

mod apps;
mod edge;
mod proxies;

use super::product::Product;

/// Every group of products; scoring does not depend on the order.
pub static GROUPS: &[&[&Product]] = &[edge::ALL, proxies::ALL, apps::ALL];

/// Every product resplain knows.
pub fn all() -> impl Iterator<Item = &'static Product> {
    GROUPS.iter().flat_map(|group| group.iter().copied())
}
