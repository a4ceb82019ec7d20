//! The one sort: stable, by a `u64` key.
//!
//! Every list is sorted through here. The standard sorts are generic over the element type, and
//! each instance costs kilobytes of wasm; sorting `(key, index)` pairs instead keeps one instance,
//! and the index makes the order stable.

/// Sorts `items` by `key`, keeping the order of items with equal keys.
pub(crate) fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<(u64, usize)> = items.iter().map(key).zip(0..).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn stable_by_key() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        super::by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        super::by_key(&mut empty, |&b| u64::from(b));
        assert!(empty.is_empty());
    }
}
