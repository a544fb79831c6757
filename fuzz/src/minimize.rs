//! Shrinks a failing text to a small one that still fails the same way: removes lines,
//! then words, then characters, in chunks that halve (delta debugging), keeping every cut
//! after which `fails` still holds.

/// The shortest text found (by greedy chunk removal) for which `fails` still holds.
pub fn minimize(text: &str, fails: &mut dyn FnMut(&str) -> bool) -> String {
    let mut best = text.to_string();
    // Pieces at three granularities: lines, words (with their trailing space), characters.
    for split in [
        split_lines as fn(&str) -> Vec<String>,
        split_words,
        split_chars,
    ] {
        let mut pieces = split(&best);
        let mut chunk = pieces.len().div_ceil(2).max(1);
        loop {
            let mut i = 0;
            let mut changed = false;
            while i < pieces.len() {
                let end = (i + chunk).min(pieces.len());
                let candidate: String = pieces[..i].concat() + &pieces[end..].concat();
                if candidate.len() < best.len() && fails(&candidate) {
                    pieces.drain(i..end);
                    best = candidate;
                    changed = true;
                } else {
                    i = end;
                }
            }
            if chunk == 1 && !changed {
                break;
            }
            chunk = (chunk / 2).max(1);
        }
    }
    best
}

fn split_lines(t: &str) -> Vec<String> {
    t.split_inclusive('\n').map(String::from).collect()
}

fn split_words(t: &str) -> Vec<String> {
    t.split_inclusive(' ').map(String::from).collect()
}

fn split_chars(t: &str) -> Vec<String> {
    t.chars().map(String::from).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn shrinks_to_the_failing_core() {
        let text = "one two three\nfour FAIL five\nsix";
        let small = super::minimize(text, &mut |t| t.contains("FAIL"));
        assert_eq!(small, "FAIL");
    }
}
