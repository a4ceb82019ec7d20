//! Byte strings numbered in the order first seen: the tables' literals and header names, each
//! given a dense id once so that matching indexes arrays instead of comparing strings.

/// Byte strings numbered 0, 1, 2… in the order first seen. A small hash table of its own (a few
/// thousand keys, open addressing, hashed by length and the first and last eight bytes):
/// `HashMap` would bring SipHash and hashbrown into the wasm for this one use. Keys are the
/// tables' own bytes, so numbering one copies nothing.
#[derive(Default)]
pub(crate) struct Ids {
    keys: Vec<&'static [u8]>,
    /// A power of two of slots, at most half full: each is 0 (free) or a key's id + 1.
    slots: Vec<u32>,
}

impl Ids {
    fn hash(key: &[u8]) -> u32 {
        // Eight bytes as one load; a shorter key byte by byte (a copy would call memcpy).
        let word = |part: &[u8]| match part.get(..8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
            None => part.iter().rev().fold(0, |w, &b| (w << 8) | u64::from(b)),
        };
        let first = word(key);
        // A key of eight bytes or fewer is its own last eight: read once.
        let last = match key.get(8..) {
            Some(_) => word(key.get(key.len() - 8..).unwrap_or_default()),
            None => first,
        };
        let mixed =
            (first ^ last.rotate_left(29) ^ key.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 32) as u32
    }

    /// The slot holding `key`, or the free slot where it would go (`None` only while empty).
    fn slot(&self, key: &[u8]) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut at = Self::hash(key) as usize & mask;
        loop {
            match self.slots.get(at).copied()? {
                0 => return Some(at),
                id if self.keys.get(id as usize - 1).is_some_and(|k| *k == key) => return Some(at),
                _ => at = (at + 1) & mask,
            }
        }
    }

    pub(crate) fn get(&self, key: &[u8]) -> Option<usize> {
        let id = *self.slots.get(self.slot(key)?)?;
        (id != 0).then(|| id as usize - 1)
    }

    /// The id of `key`, numbering it if new.
    pub(crate) fn id(&mut self, key: &'static [u8]) -> usize {
        if let Some(id) = self.get(key) {
            return id;
        }
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let id = self.keys.len();
        if let Some(slot) = self.slot(key).and_then(|at| self.slots.get_mut(at)) {
            *slot = u32::try_from(id + 1).unwrap_or(u32::MAX);
            self.keys.push(key);
        }
        id
    }

    fn grow(&mut self) {
        let len = (self.slots.len() * 2).max(4096);
        self.slots = vec![0; len];
        let mask = len - 1;
        for (id, key) in self.keys.iter().enumerate() {
            let mut at = Self::hash(key) as usize & mask;
            while self.slots.get(at).is_some_and(|&s| s != 0) {
                at = (at + 1) & mask;
            }
            if let Some(slot) = self.slots.get_mut(at) {
                *slot = u32::try_from(id + 1).unwrap_or(u32::MAX);
            }
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keys_in_order_and_finds_them_after_growing() {
        let keys: Vec<&'static [u8]> = (0..5000)
            .map(|i| &*format!("key number {i} of many").into_bytes().leak())
            .collect();
        let mut ids = Ids::default();
        assert_eq!(ids.get(b"x"), None);
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(ids.id(key), i);
            assert_eq!(ids.id(key), i, "a key seen before keeps its id");
        }
        assert_eq!(ids.len(), keys.len());
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(ids.get(key), Some(i));
        }
        assert_eq!(ids.get(b"key number 5000 of many"), None);
        assert_eq!(ids.id(b""), keys.len(), "the empty key is a key");
        assert_eq!(ids.get(b""), Some(keys.len()));
    }
}
