//! Moving between highlights: which item comes next, which item is under a text
//! position, and the keys that move (one key map for the page API and the demo page).

use super::items::{Category, Item};

/// A single-key shortcut: `j`/`k` through everything, `q`/`a`/`h` through one category,
/// with Shift going back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyBinding {
    /// `KeyboardEvent.key`.
    pub key: &'static str,
    /// `None`: every category.
    pub category: Option<Category>,
    pub forward: bool,
}

/// The key map of `highlight({keyboard: true})`; the demo page reads it through the wasm
/// API (`keyBindings()`). Escape hides the tooltip.
pub const KEYS: [KeyBinding; 8] = [
    KeyBinding {
        key: "j",
        category: None,
        forward: true,
    },
    KeyBinding {
        key: "k",
        category: None,
        forward: false,
    },
    KeyBinding {
        key: "q",
        category: Some(Category::Quotes),
        forward: true,
    },
    KeyBinding {
        key: "Q",
        category: Some(Category::Quotes),
        forward: false,
    },
    KeyBinding {
        key: "a",
        category: Some(Category::Attributions),
        forward: true,
    },
    KeyBinding {
        key: "A",
        category: Some(Category::Attributions),
        forward: false,
    },
    KeyBinding {
        key: "h",
        category: Some(Category::Hedges),
        forward: true,
    },
    KeyBinding {
        key: "H",
        category: Some(Category::Hedges),
        forward: false,
    },
];

/// The binding of a key, if it has one.
pub fn binding(key: &str) -> Option<KeyBinding> {
    KEYS.iter().copied().find(|b| b.key == key)
}

/// The items navigation may land on: shown, with words to explain, of `only` if given.
fn stops(items: &[Item], shown: &dyn Fn(&Item) -> bool, only: Option<Category>) -> Vec<usize> {
    (0..items.len())
        .filter(|&i| {
            let it = &items[i];
            shown(it) && !it.label.is_empty() && only.is_none_or(|c| c == it.category)
        })
        .collect()
}

/// The item after (or before) `current`, wrapping around; the first (or last) one when
/// nothing is current.
pub fn step(
    items: &[Item],
    shown: &dyn Fn(&Item) -> bool,
    current: Option<usize>,
    only: Option<Category>,
    forward: bool,
) -> Option<usize> {
    let candidates = stops(items, shown, only);
    match (current, forward) {
        (None, true) => candidates.first().copied(),
        (None, false) => candidates.last().copied(),
        (Some(c), true) => candidates
            .iter()
            .copied()
            .find(|&i| i > c)
            .or(candidates.first().copied()),
        (Some(c), false) => candidates
            .iter()
            .rev()
            .copied()
            .find(|&i| i < c)
            .or(candidates.last().copied()),
    }
}

/// Running maximum of item ends (items sorted by start), for [`item_at`].
pub fn max_ends(items: &[Item]) -> Vec<usize> {
    items
        .iter()
        .scan(0, |m, it| {
            *m = (*m).max(it.end);
            Some(*m)
        })
        .collect()
}

/// The item explained at text position `pos`: the top-most shown one with words.
pub fn item_at(
    items: &[Item],
    max_end: &[usize],
    shown: &dyn Fn(&Item) -> bool,
    pos: usize,
) -> Option<usize> {
    let upto = items.partition_point(|it| it.start <= pos);
    (0..upto)
        .rev()
        .take_while(|&i| max_end[i] > pos)
        .filter(|&i| {
            let it = &items[i];
            it.end > pos && shown(it) && !it.label.is_empty()
        })
        .max_by_key(|&i| (items[i].priority, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_items() -> Vec<Item> {
        let text = "“No deal,” said Ana Ruiz. Critics say talks may resume.";
        super::super::items(&crate::scan(text), &["Ana Ruiz".to_string()]).0
    }

    #[test]
    fn next_and_previous_wrap_around_and_skip_hidden_categories() {
        let items = report_items();
        let all = |_: &Item| true;
        let first = step(&items, &all, None, None, true).unwrap();
        assert_eq!(items[first].category, Category::Quotes);
        let last = step(&items, &all, None, None, false).unwrap();
        assert_eq!(step(&items, &all, Some(last), None, true), Some(first));
        let no_quotes = |it: &Item| it.category != Category::Quotes;
        let h = step(&items, &no_quotes, None, Some(Category::Hedges), true).unwrap();
        assert_eq!(items[h].category, Category::Hedges);
        assert_eq!(
            step(&items, &no_quotes, None, Some(Category::Quotes), true),
            None
        );
    }

    #[test]
    fn the_item_under_a_position_is_the_top_most_explained_one() {
        let items = report_items();
        let ends = max_ends(&items);
        let all = |_: &Item| true;
        // "may" sits in a hedged claim (no label) and is a hedge cue (priority 3).
        let pos = "“No deal,” said Ana Ruiz. Critics say talks "
            .encode_utf16()
            .count();
        let i = item_at(&items, &ends, &all, pos).unwrap();
        assert_eq!(items[i].label, "Hedge · may (modal)");
    }

    #[test]
    fn shift_reverses_the_category_keys() {
        assert_eq!(
            binding("Q").map(|b| (b.category, b.forward)),
            Some((Some(Category::Quotes), false))
        );
        assert_eq!(binding("j").map(|b| b.forward), Some(true));
        assert_eq!(binding("x"), None);
    }
}
