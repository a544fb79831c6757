//! One sort for the whole crate, compiled once.
//!
//! The standard library's sorts are generic: every call site with its own element type and
//! comparator compiles its own copy of the algorithm (driftsort or ipnsort, with their
//! small-sort networks: some 330 functions over the crate's two dozen sorts, about a tenth
//! of the wasm's code). Here the algorithms are not generic: they see the elements only
//! through [`Sortable`], a `dyn` comparison and swap by position, so what each call site
//! compiles is that pair.
//!
//! A short slice (most are: a sentence's candidates, a name's tokens) is sorted by
//! insertion, in place; a longer one by a bottom-up merge sort of positions, whose order is
//! then applied by swaps. Both are stable, so a call site that used `sort_unstable*` keeps
//! its output where its keys are distinct (as they are at every such site: positions or ids).

use std::cmp::Ordering;

/// Up to this many elements, insertion sort (no allocation; at most 190 comparisons).
const INSERTION_MAX: usize = 20;

/// Sorts `v` stably by `cmp`, as [`slice::sort_by`] does.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let n = v.len();
    let mut s = Slice { v, cmp };
    if n <= INSERTION_MAX {
        insertion_sort(&mut s, n);
    } else {
        let order = merge_order(&s, n);
        apply(&mut s, order);
    }
}

/// Sorts `v` stably by the key `key` gives each element, as [`slice::sort_by_key`] does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in the order of `T`, as [`slice::sort`] does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// What the algorithms see of a slice: its elements by position.
trait Sortable {
    /// Whether the element at `a` comes strictly before the one at `b`.
    fn less(&self, a: usize, b: usize) -> bool;
    fn swap(&mut self, a: usize, b: usize);
}

struct Slice<'v, T, F> {
    v: &'v mut [T],
    cmp: F,
}

impl<T, F: Fn(&T, &T) -> Ordering> Sortable for Slice<'_, T, F> {
    fn less(&self, a: usize, b: usize) -> bool {
        (self.cmp)(&self.v[a], &self.v[b]) == Ordering::Less
    }

    fn swap(&mut self, a: usize, b: usize) {
        self.v.swap(a, b);
    }
}

/// Each element in turn moved left past the larger ones before it (never past an equal one).
fn insertion_sort(s: &mut dyn Sortable, n: usize) {
    for i in 1..n {
        let mut j = i;
        while j > 0 && s.less(j, j - 1) {
            s.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The positions `0..n` in stable sorted order (a bottom-up merge sort: runs of width 1,
/// 2, 4 … merged from one buffer into the other, the left run first on ties; two runs
/// already in order cost one comparison). The elements do not move. Positions are `u32`
/// (the scratch space is 8 bytes an element: a text's quote marks are sorted, and peak
/// memory is held to a multiple of the input by `tests/scaling.rs`).
fn merge_order(s: &dyn Sortable, n: usize) -> Vec<u32> {
    let count = u32::try_from(n).expect("fewer than 2^32 elements");
    let mut from: Vec<u32> = (0..count).collect();
    let mut to = vec![0; n];
    let less = |a: u32, b: u32| s.less(a as usize, b as usize);
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            // Runs already in order (text order is the usual input) are copied whole.
            if mid == end || !less(from[mid], from[mid - 1]) {
                to[start..end].copy_from_slice(&from[start..end]);
                start = end;
                continue;
            }
            let (mut l, mut r) = (start, mid);
            for slot in &mut to[start..end] {
                if r < end && (l == mid || less(from[r], from[l])) {
                    *slot = from[r];
                    r += 1;
                } else {
                    *slot = from[l];
                    l += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Moves the elements into `order` (the element at `order[k]` goes to `k`) by swaps, one
/// cycle of the permutation at a time: at most `n - 1` swaps. A position is marked placed
/// by setting its entry to `PLACED`.
fn apply(s: &mut dyn Sortable, mut order: Vec<u32>) {
    const PLACED: u32 = u32::MAX;
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != PLACED {
            let from = order[k] as usize;
            order[k] = PLACED;
            if from == start {
                break;
            }
            // `k` takes the element at `from`; what `k` held (the cycle's first element)
            // moves on to `from`, the next position of the cycle.
            s.swap(k, from);
            k = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, for inputs with many ties.
    fn numbers(n: usize, modulo: u64, seed: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort_ties_included() {
        for n in [0, 1, 2, 3, 7, 8, 9, 31, 64, 100, 1000] {
            for modulo in [1, 3, 50, 1_000_000] {
                // Pairs of (key, original position): stability shows in the positions.
                let v: Vec<(u64, usize)> = numbers(n, modulo, n as u64 + modulo)
                    .into_iter()
                    .zip(0..)
                    .collect();
                let mut ours = v.clone();
                sort_by_key(&mut ours, |p| p.0);
                let mut std = v.clone();
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "n={n} modulo={modulo}");
            }
        }
    }

    #[test]
    fn sort_and_sort_by_agree_with_the_standard_library() {
        let v = numbers(500, 97, 7);
        let mut a = v.clone();
        sort(&mut a);
        let mut b = v.clone();
        sort_by(&mut b, |x, y| y.cmp(x));
        let mut expected = v.clone();
        expected.sort();
        assert_eq!(a, expected);
        expected.reverse();
        assert_eq!(b, expected);
    }

    #[test]
    fn moves_elements_that_cannot_be_copied() {
        let mut v: Vec<String> = ["pear", "fig", "apple", "fig"].map(String::from).to_vec();
        sort(&mut v);
        assert_eq!(v, ["apple", "fig", "fig", "pear"]);
    }
}
