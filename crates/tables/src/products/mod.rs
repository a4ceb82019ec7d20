//! The fingerprint database: one `Product` per product, grouped by layer in the files below.
//! Adding a product is adding one entry to its file and to that file's `ALL` list.

mod apis;
mod dotnet_beam;
mod edge;
mod gateways;
mod go;
mod jvm;
mod node;
mod php;
mod platforms;
mod proxies;
mod python;
mod ruby;
mod rust;
mod waf;

use crate::pack::Packer;
use crate::product::{Layer, Matcher, Product, Shows, Signal};
use crate::unpack::Reader;

/// Every group of products; scoring does not depend on the order.
pub const GROUPS: &[&[&Product]] = &[
    edge::ALL,
    proxies::ALL,
    node::ALL,
    python::ALL,
    ruby::ALL,
    jvm::ALL,
    php::ALL,
    go::ALL,
    rust::ALL,
    dotnet_beam::ALL,
    apis::ALL,
    platforms::ALL,
    gateways::ALL,
    waf::ALL,
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
    ("gcore", "nginx"),
    ("alibaba-cloud", "tengine"),
    ("apisix", "openresty"),
    ("supabase", "kong"),
    ("express-gateway", "express"),
    ("chi", "go-net-http"),
    ("gorilla-mux", "go-net-http"),
    ("echo", "go-net-http"),
    ("axum", "hyper"),
    ("poem", "hyper"),
    ("salvo", "hyper"),
    ("warp", "hyper"),
    ("rocket", "hyper"),
    ("tower-http", "axum"),
    ("laravel", "symfony"),
    ("http-proxy-middleware", "express"),
    ("webpack-dev-server", "express"),
    ("json-server", "express"),
    ("nuxt", "h3"),
    ("quart", "flask"),
    ("werkzeug", "python-http-server"),
    ("wsgiref", "python-http-server"),
    ("django", "python-http-server"),
];

/// Writes every product of `GROUPS`, in order, then `REFINES`.
pub(crate) fn pack(p: &mut Packer) {
    p.uint(GROUPS.iter().map(|group| group.len()).sum());
    for product in GROUPS.iter().flat_map(|group| group.iter()) {
        p.str(product.id);
        p.str(product.name);
        p.byte(product.layer as u8);
        p.uint(product.signals.len());
        for signal in product.signals {
            pack_signal(p, signal, product.id);
        }
    }
    p.pairs(REFINES);
}

/// One signal: its matcher, what it shows, its weight in hundredths and its source. `owner`
/// names the entry in the build error when a weight is not in hundredths.
pub(crate) fn pack_signal(p: &mut Packer, signal: &Signal, owner: &str) {
    pack_matcher(p, &signal.matcher);
    p.bool(signal.shows == Shows::Generated);
    p.byte(hundredths(signal.weight, owner));
    p.cite(signal.source);
}

/// A weight in hundredths (0 to 1); one that is not fails the build here.
pub(crate) fn hundredths(weight: f32, owner: &str) -> u8 {
    let percent = (0..=100u8)
        .find(|&p| f32::from(p) / 100.0 == weight)
        .unwrap_or(u8::MAX);
    assert!(
        percent <= 100,
        "{owner}: weight {weight} is not in hundredths"
    );
    percent
}

pub(crate) fn pack_matcher(p: &mut Packer, matcher: &Matcher) {
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
            p.uint(usize::from(lo));
            p.uint(usize::from(hi));
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
            for matcher in all {
                pack_matcher(p, matcher);
            }
        }
        Matcher::NamesInOrder(names) => {
            p.byte(11);
            p.strs(names);
        }
        Matcher::NamesEnd(names) => {
            p.byte(12);
            p.strs(names);
        }
        Matcher::Feature(feature) => {
            p.byte(13);
            p.str(feature);
        }
        Matcher::NamesStart(names) => {
            p.byte(15);
            p.strs(names);
        }
        Matcher::HeaderIn(name, values) => {
            p.byte(14);
            p.str(name);
            p.strs(values);
        }
    }
}

/// Reads back one signal written by [`pack_signal`].
pub(crate) fn read_signal(r: &mut Reader) -> Signal {
    Signal {
        matcher: read_matcher(r),
        shows: if r.bool() {
            Shows::Generated
        } else {
            Shows::OnPath
        },
        weight: f32::from(r.byte()) / 100.0,
        source: r.cite(),
    }
}

/// Reads back one product written by [`pack`].
pub(crate) fn read(r: &mut Reader) -> Product {
    Product {
        id: r.str(),
        name: r.str(),
        layer: Layer::from_byte(r.byte()),
        signals: r.signals(read_signal),
    }
}

pub(crate) fn read_matcher(r: &mut Reader) -> Matcher {
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
        10 => Matcher::All(r.matchers(read_matcher)),
        11 => Matcher::NamesInOrder(r.strs()),
        12 => Matcher::NamesEnd(r.strs()),
        13 => Matcher::Feature(r.str()),
        14 => Matcher::HeaderIn(r.str(), r.strs()),
        _ => Matcher::NamesStart(r.strs()),
    }
}
