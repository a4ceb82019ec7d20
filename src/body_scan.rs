//! The body read once for every literal the later stages look for: the attribution's signal
//! literals and the explanation's page markers, in one Wu–Manber pass (`search::wu_manber`)
//! rather than one per stage. Literal ids are the attribution's (`attribution::body_literals`),
//! then the page markers' in table order.
//!
//! Invariant: linear in the body; what a stage learns here is exactly what its own search of the
//! same bytes would find (each literal's first occurrence).

use crate::search::wu_manber::{Found, Scanner};
use std::sync::OnceLock;

struct Literals {
    all: Vec<&'static str>,
    /// Where the page markers' ids start.
    markers_from: usize,
    scanner: Scanner,
}

fn literals() -> &'static Literals {
    static LITERALS: OnceLock<Literals> = OnceLock::new();
    LITERALS.get_or_init(|| {
        let mut all = crate::attribution::body_literals().to_vec();
        let markers_from = all.len();
        all.extend(crate::explain::body::page_markers());
        Literals {
            scanner: Scanner::new(&all),
            all,
            markers_from,
        }
    })
}

/// What one body holds of the literals.
pub struct BodyScan<'a> {
    /// The bytes scanned.
    pub(crate) bytes: &'a [u8],
    /// By literal id: the attribution's ids index it directly.
    pub(crate) found: Found,
}

impl<'a> BodyScan<'a> {
    pub fn of(bytes: &'a [u8]) -> BodyScan<'a> {
        let literals = literals();
        BodyScan {
            bytes,
            found: literals.scanner.find(&literals.all, bytes),
        }
    }

    /// Where page marker `i` (in the explanation's table order) first starts, when present.
    pub(crate) fn marker_start(&self, i: usize) -> Option<usize> {
        self.found.start(literals().markers_from + i)
    }
}
