//! Word lists are data: files under `data/`, one entry a line, `#` starts a comment.
//! They are compiled in with `include_str!`, so the wasm module needs no requests.

/// The entries of a word-list file: trimmed, non-empty, comments removed.
pub fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
}

#[cfg(test)]
mod tests {
    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let got: Vec<_> = super::entries("# head\nsay said\n\n  told # trailing\n").collect();
        assert_eq!(got, ["say said", "told"]);
    }
}
