//! The one sort: stable, by a `u64` key.
//!
//! Every list is sorted through here. The standard sorts are generic over the element type, and
//! each instance costs kilobytes of wasm; sorting `(key, index)` pairs instead keeps one instance,
//! and the index makes the order stable. The pairs are sorted by a bottom-up merge sort of a few
//! lines rather than the standard pattern-defeating quicksort, whose small-sort networks and
//! heapsort fallback weigh 3.5 KB of wasm: O(n log n) all the same.

/// Lists up to this long are sorted by insertion (natively).
const SHORT: usize = 16;

/// Sorts `items` by `key`, keeping the order of items with equal keys.
pub(crate) fn by_key<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    if items.len() < 2 {
        return;
    }
    // Natively, a short list (most are) is sorted in place by insertion: no allocation, and one
    // pass when it is in order already.
    if crate::FAST && items.len() <= SHORT {
        for i in 1..items.len() {
            let mut at = i;
            while let Some([before, after]) = at
                .checked_sub(1)
                .and_then(|b| items.get_mut(b..=at))
                .filter(|pair| matches!(pair, [b, a] if key(b) > key(a)))
            {
                std::mem::swap(before, after);
                at -= 1;
            }
        }
        return;
    }
    // Natively, a longer list already in order costs one pass and no allocation.
    if crate::FAST {
        let mut last = 0;
        if items.iter().all(|item| {
            let k = key(item);
            let in_order = k >= last;
            last = k;
            in_order
        }) {
            return;
        }
    }
    let mut order = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        order.push((key(item), i));
    }
    merge_sort(&mut order);
    // Position `p` takes the item that was at `order[p].1`: each cycle of that permutation is
    // walked with swaps, so the items move in place (no second list of the element type).
    for start in 0..order.len() {
        let mut at = start;
        while let Some(&(_, from)) = order.get(at) {
            if from == usize::MAX {
                break;
            }
            if let Some(slot) = order.get_mut(at) {
                slot.1 = usize::MAX;
            }
            if from == start {
                break;
            }
            // A slice pattern, not `swap`: no panic path (its location would be in the module).
            if let Some([first, .., last]) = items.get_mut(at.min(from)..=at.max(from)) {
                std::mem::swap(first, last);
            }
            at = from;
        }
    }
}

/// Sorts pairs by a bottom-up merge: runs of 1, 2, 4… merged from `list` into a scratch buffer
/// and back.
fn merge_sort(list: &mut Vec<(u64, usize)>) {
    let len = list.len();
    let mut scratch = Vec::with_capacity(len);
    let mut width = 1;
    while width < len {
        scratch.clear();
        for run in list.chunks(2 * width) {
            let (left, right) = run.split_at(width.min(run.len()));
            // By index, the rests copied as slices: `extend` from the peekable iterators was an
            // instance of `Cloned`'s fold of its own.
            let (mut l, mut r) = (0, 0);
            while let (Some(&a), Some(&b)) = (left.get(l), right.get(r)) {
                if b < a {
                    scratch.push(b);
                    r += 1;
                } else {
                    scratch.push(a);
                    l += 1;
                }
            }
            scratch.extend_from_slice(left.get(l..).unwrap_or_default());
            scratch.extend_from_slice(right.get(r..).unwrap_or_default());
        }
        std::mem::swap(list, &mut scratch);
        width *= 2;
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with the standard library
mod tests {
    #[test]
    fn stable_by_key() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        super::by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        // Longer lists, against the standard sort.
        let mut seed = 7u64;
        for len in [2, 3, 17, 64, 1000] {
            let mut list: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (seed >> 33) % 50
                })
                .collect();
            let mut expected = list.clone();
            expected.sort();
            super::by_key(&mut list, |&k| k);
            assert_eq!(list, expected);
        }
        let mut empty: Vec<u8> = Vec::new();
        super::by_key(&mut empty, |&b| u64::from(b));
        assert!(empty.is_empty());
    }
}
