//! The fingerprint database: one `Product` per product, grouped by layer in the files below.
//! Adding a product is adding one entry to its file and to that file's `ALL` list.

mod apis;
mod apps;
mod edge;
mod gateways;
mod platforms;
mod proxies;

use std::sync::OnceLock;

use super::product::{Layer, Matcher, Product, Shows, Signal};
use crate::pack::{packed, Packer, Reader};

/// Every group of products; scoring does not depend on the order. Read at compile time only: the
/// module stores the products packed (`PACKED`).
const GROUPS: &[&[&Product]] = &[
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

/// Every product resplain knows, read once from `PACKED`.
pub fn all() -> &'static [Product] {
    static PRODUCTS: OnceLock<&'static [Product]> = OnceLock::new();
    PRODUCTS.get_or_init(|| read(&mut Reader::new(PACKED)))
}

#[allow(clippy::indexing_slicing)] // compile time only
const fn pack<const N: usize>(groups: &[&[&Product]]) -> Packer<N> {
    let mut p = Packer::new();
    let mut count = 0;
    let mut g = 0;
    while g < groups.len() {
        count += groups[g].len();
        g += 1;
    }
    p.uint(count);
    g = 0;
    while g < groups.len() {
        let mut i = 0;
        while i < groups[g].len() {
            let product = groups[g][i];
            p.str(product.id);
            p.str(product.name);
            p.byte(product.layer as u8);
            p.uint(product.signals.len());
            let mut s = 0;
            while s < product.signals.len() {
                let signal = &product.signals[s];
                pack_matcher(&mut p, &signal.matcher);
                p.bool(matches!(signal.shows, Shows::Generated));
                // Weights are hundredths; one that is not fails the build here.
                let percent = (signal.weight * 100.0 + 0.5) as u8;
                assert!(percent as f32 / 100.0 == signal.weight);
                p.byte(percent);
                p.shared(signal.source);
                s += 1;
            }
            i += 1;
        }
        g += 1;
    }
    p
}

#[allow(clippy::indexing_slicing)] // compile time only
const fn pack_matcher<const N: usize>(p: &mut Packer<N>, matcher: &Matcher) {
    match *matcher {
        Matcher::Header(name) => {
            p.byte(0);
            p.str(name);
        }
        Matcher::HeaderIs(name, value) => {
            p.byte(1);
            p.str(name);
            p.str(value);
        }
        Matcher::HeaderPrefix(name, value) => {
            p.byte(2);
            p.str(name);
            p.str(value);
        }
        Matcher::HeaderContains(name, value) => {
            p.byte(3);
            p.str(name);
            p.str(value);
        }
        Matcher::Body(literal) => {
            p.byte(4);
            p.str(literal);
        }
        Matcher::BodyIs(literal) => {
            p.byte(5);
            p.str(literal);
        }
        Matcher::Reason(reason) => {
            p.byte(6);
            p.str(reason);
        }
        Matcher::Status(lo, hi) => {
            p.byte(7);
            p.uint(lo as usize);
            p.uint(hi as usize);
        }
        Matcher::JsonKeys(pointers) => {
            p.byte(8);
            p.strs(pointers);
        }
        Matcher::JsonIs(pointer, value) => {
            p.byte(9);
            p.str(pointer);
            p.str(value);
        }
        Matcher::All(all) => {
            p.byte(10);
            p.uint(all.len());
            let mut i = 0;
            while i < all.len() {
                pack_matcher(p, &all[i]);
                i += 1;
            }
        }
    }
}

packed!(pub(crate) static PACKED = pack(GROUPS););

fn read(r: &mut Reader) -> &'static [Product] {
    r.list(|r| Product {
        id: r.str(),
        name: r.str(),
        layer: match r.byte() {
            0 => Layer::Edge,
            1 => Layer::Gateway,
            2 => Layer::Proxy,
            _ => Layer::App,
        },
        signals: r.list(|r| Signal {
            matcher: read_matcher(r),
            shows: if r.bool() {
                Shows::Generated
            } else {
                Shows::OnPath
            },
            weight: f32::from(r.byte()) / 100.0,
            source: r.shared(),
        }),
    })
}

fn read_matcher(r: &mut Reader) -> Matcher {
    match r.byte() {
        0 => Matcher::Header(r.str()),
        1 => Matcher::HeaderIs(r.str(), r.str()),
        2 => Matcher::HeaderPrefix(r.str(), r.str()),
        3 => Matcher::HeaderContains(r.str(), r.str()),
        4 => Matcher::Body(r.str()),
        5 => Matcher::BodyIs(r.str()),
        6 => Matcher::Reason(r.str()),
        7 => Matcher::Status(r.u16(), r.u16()),
        8 => Matcher::JsonKeys(r.strs()),
        9 => Matcher::JsonIs(r.str(), r.str()),
        _ => Matcher::All(r.list(read_matcher)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_table_reads_back_as_written() {
        let mut r = Reader::new(PACKED);
        let written: Vec<&Product> = GROUPS.iter().flat_map(|g| g.iter().copied()).collect();
        let read: Vec<&Product> = read(&mut r).iter().collect();
        assert_eq!(read, written);
        assert!(r.is_done());
    }
}
