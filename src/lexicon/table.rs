//! The static tables English's word lists compile into: a minimal perfect hash (hash and
//! displace) over a fast multiplicative hash of the key's bytes. `build.rs` runs [`build`]
//! on each list and writes the table out as static data; a look-up hashes the key once,
//! reads one displacement and compares one stored key. It does about a third of the work of
//! the SipHash that `phf` uses (a scan of 200 KB of news: 14% fewer instructions in all),
//! which matters because every word of a text is looked up in several lists.
//!
//! `build.rs` includes this file, so the hash it builds with is the hash looked up with.

/// A static set (`Table<()>`) or map of words.
pub struct Table<V: 'static> {
    /// The seed of the hash (the first that gave every bucket a displacement).
    pub seed: u64,
    /// One displacement per bucket.
    pub disps: &'static [u32],
    /// The keys, each in its slot.
    pub keys: &'static [&'static str],
    /// The value of each slot's key.
    pub values: &'static [V],
}

const MUL: u64 = 0x517c_c1b7_2722_0a95;

/// The hash of `key`: eight bytes at a time, multiplied and rotated (as FxHash does), then
/// mixed so that every bit of the result depends on every byte.
#[inline]
pub fn hash(seed: u64, key: &[u8]) -> u64 {
    let mut h = seed ^ (key.len() as u64).wrapping_mul(MUL);
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(MUL);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = (h.rotate_left(5) ^ tail_word(rest)).wrapping_mul(MUL);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// The last 1 to 7 bytes of a key as a little-endian word, zero-padded: two reads that
/// may overlap (where they do, both hold the same bytes), not a copy into a buffer (a call
/// to copy a few bytes, on every look-up of a short word) nor a loop over the bytes.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let le = |b: &[u8]| b.iter().rev().fold(0u64, |w, &x| w << 8 | u64::from(x));
    match n {
        0 => 0,
        1 => u64::from(rest[0]),
        2..=3 => {
            let lo = u64::from(u16::from_le_bytes([rest[0], rest[1]]));
            let hi = u64::from(u16::from_le_bytes([rest[n - 2], rest[n - 1]]));
            lo | hi << (8 * (n - 2))
        }
        4..=7 => {
            let lo = u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]));
            let hi = u64::from(u32::from_le_bytes([
                rest[n - 4],
                rest[n - 3],
                rest[n - 2],
                rest[n - 1],
            ]));
            lo | hi << (8 * (n - 4))
        }
        _ => le(rest),
    }
}

/// A key's bucket (of `buckets`) and its slot (of `slots`) under displacement `d`.
#[inline]
fn bucket(h: u64, buckets: usize) -> usize {
    reduce((h >> 32) as u32, buckets)
}

#[inline]
fn slot(h: u64, d: u32, slots: usize) -> usize {
    let f1 = h as u32;
    let f2 = ((h >> 16) as u32) | 1;
    reduce(f1.wrapping_add(d.wrapping_mul(f2)), slots)
}

/// `x` mapped onto `0..n` as a multiply and a shift (Lemire's reduction), where `x % n`
/// would divide: two divisions a look-up, several look-ups a word, were a division's
/// dozens of cycles each.
#[inline]
fn reduce(x: u32, n: usize) -> usize {
    ((u64::from(x) * n as u64) >> 32) as usize
}

impl<V> Table<V> {
    #[inline]
    fn find(&self, key: &str) -> Option<usize> {
        if self.keys.is_empty() {
            return None;
        }
        let h = hash(self.seed, key.as_bytes());
        let d = self.disps[bucket(h, self.disps.len())];
        let i = slot(h, d, self.keys.len());
        (self.keys[i] == key).then_some(i)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    pub fn get(&self, key: &str) -> Option<&'static V> {
        self.find(key).map(|i| &self.values[i])
    }

    /// The stored key equal to `key`, with its value.
    pub fn get_entry(&self, key: &str) -> Option<(&'static str, &'static V)> {
        self.find(key).map(|i| (self.keys[i], &self.values[i]))
    }

    /// The keys, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.keys.iter().copied()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// The perfect hash of `keys` (distinct): its seed, the displacement of each bucket, and
/// which key goes in each slot. Buckets of four keys on average are placed largest first,
/// each at the first displacement that puts all its keys in free slots; a seed under which
/// two keys share a hash, or a bucket finds no room, gives way to the next seed.
#[cfg_attr(not(test), allow(dead_code))]
pub fn build(keys: &[&str]) -> (u64, Vec<u32>, Vec<usize>) {
    let n = keys.len();
    if n == 0 {
        return (0, vec![0], Vec::new());
    }
    let buckets = n.div_ceil(4);
    'seed: for seed in 0u64.. {
        let hashes: Vec<u64> = keys.iter().map(|k| hash(seed, k.as_bytes())).collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (i, &h) in hashes.iter().enumerate() {
            members[bucket(h, buckets)].push(i);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
        let mut slots: Vec<Option<usize>> = vec![None; n];
        let mut disps = vec![0u32; buckets];
        let mut taken = Vec::new();
        for b in order {
            if members[b].is_empty() {
                break;
            }
            let placed = (0..=n as u32 * 64).find(|&d| {
                taken.clear();
                members[b].iter().all(|&k| {
                    let s = slot(hashes[k], d, n);
                    let free = slots[s].is_none() && !taken.contains(&s);
                    taken.push(s);
                    free
                })
            });
            let Some(d) = placed else { continue 'seed };
            disps[b] = d;
            for &k in &members[b] {
                slots[slot(hashes[k], d, n)] = Some(k);
            }
        }
        return (seed, disps, slots.into_iter().map(|s| s.unwrap()).collect());
    }
    unreachable!("some seed always works")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The overlapping reads give the zero-padded little-endian word of every tail length.
    #[test]
    fn tail_word_is_the_zero_padded_little_endian_word() {
        let bytes = [0x81u8, 0x02, 0xf3, 0x44, 0x05, 0xa6, 0x77, 0x18];
        for n in 0..8 {
            let padded = bytes[..n]
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i));
            assert_eq!(tail_word(&bytes[..n]), padded, "{n} bytes");
        }
    }

    /// A table built at run time, as `build.rs` builds the static ones.
    fn table(keys: &[&'static str]) -> Table<usize> {
        let (seed, disps, order) = build(keys);
        Table {
            seed,
            disps: Box::leak(disps.into_boxed_slice()),
            keys: Box::leak(order.iter().map(|&i| keys[i]).collect::<Vec<_>>().into()),
            values: Box::leak(order.into_boxed_slice()),
        }
    }

    #[test]
    fn every_key_is_found_with_its_value_and_nothing_else() {
        let words: Vec<&'static str> = (0..3000)
            .map(|i| &*Box::leak(format!("word{i}").into_boxed_str()))
            .chain([
                "",
                "a",
                "said",
                "according to",
                "été",
                "12345678",
                "123456789",
            ])
            .collect();
        let t = table(&words);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(&i), "{w:?}");
        }
        for absent in [
            "word3000",
            "Said",
            "sai",
            "saidx",
            "according",
            "ete",
            "1234567",
        ] {
            assert!(!t.contains(absent), "{absent:?}");
        }
        assert_eq!(t.len(), words.len());
    }

    #[test]
    fn tiny_and_empty_tables() {
        let empty = table(&[]);
        assert!(!empty.contains("") && !empty.contains("x") && empty.is_empty());
        let one = table(&["only"]);
        assert!(one.contains("only") && !one.contains("onl"));
    }

    #[test]
    fn the_lists_are_compiled_into_tables() {
        use crate::lexicon::{CUE_WORDS, TITLES};
        assert!(TITLES.contains("president") && !TITLES.contains("presiden"));
        assert!(CUE_WORDS.keys().all(|k| CUE_WORDS.contains(k)));
    }
}
