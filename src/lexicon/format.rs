//! The one line grammar of every word list under `data/`, shared by `build.rs` (which
//! compiles the lists into static tables) and the tests.
//!
//! ```text
//! # a comment; '#' starts one anywhere on a line
//! say says said saying            # a line of entries with no tag
//! add adds added adding | content # entries with a tag (a rule, a kind, a gender …)
//! according to | according_to     # in a phrase list, the whole line is one entry
//! ```
//!
//! A list is read either as *words* (every whitespace-separated token before `|` is an
//! entry) or as *phrases* (the text before `|`, spaces collapsed, is one entry). Each list
//! names the tags it allows; any other tag is an error that names the file and line.

/// One non-empty line of a list: its entries' text and its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number, for error messages.
    pub number: usize,
    /// The text before `|`, trimmed.
    pub body: &'a str,
    /// The text after `|`, trimmed; `None` when the line has no `|`.
    pub tag: Option<&'a str>,
}

/// The non-empty lines of a list, comments removed.
pub fn lines(source: &str) -> impl Iterator<Item = Line<'_>> {
    source.lines().enumerate().filter_map(|(i, raw)| {
        let content = raw.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            return None;
        }
        let (body, tag) = match content.split_once('|') {
            Some((b, t)) => (b.trim(), Some(t.trim())),
            None => (content, None),
        };
        Some(Line {
            number: i + 1,
            body,
            tag,
        })
    })
}

/// How a list's lines become entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Every whitespace-separated token is an entry.
    Words,
    /// The line (spaces collapsed, lowercased) is one entry.
    Phrases,
}

/// The entries of a list with each one's tag (`""` for none), in file order. A tag outside
/// `allowed` is an error naming `file` and the line.
pub fn entries<'a>(
    file: &str,
    source: &'a str,
    reading: Reading,
    allowed: &[&str],
) -> Result<Vec<(String, &'a str)>, String> {
    let mut out = Vec::new();
    for line in lines(source) {
        let tag = line.tag.unwrap_or("");
        if !allowed.contains(&tag) {
            let known: Vec<&str> = allowed.iter().copied().filter(|t| !t.is_empty()).collect();
            return Err(format!(
                "{file}:{}: unknown tag {tag:?} (this list allows: {})",
                line.number,
                if known.is_empty() {
                    "no tags".to_string()
                } else {
                    known.join(", ")
                }
            ));
        }
        match reading {
            Reading::Words => {
                out.extend(line.body.split_whitespace().map(|w| (w.to_string(), tag)));
            }
            Reading::Phrases => {
                let phrase = line.body.split_whitespace().collect::<Vec<_>>().join(" ");
                out.push((phrase.to_lowercase(), tag));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blank_lines_and_tags() {
        let src = "# head\nsay said\n\n  told | content # trailing\n";
        let got: Vec<_> = lines(src).map(|l| (l.number, l.body, l.tag)).collect();
        assert_eq!(got, [(2, "say said", None), (4, "told", Some("content"))]);
    }

    #[test]
    fn words_and_phrases_readings() {
        let src = "say said\nAccording   to | according_to\n";
        let w = entries("t", src, Reading::Words, &["", "according_to"]).unwrap();
        assert_eq!(w.len(), 4);
        let p = entries("t", src, Reading::Phrases, &["", "according_to"]).unwrap();
        assert_eq!(p[1], ("according to".to_string(), "according_to"));
    }

    #[test]
    fn an_unknown_tag_is_an_error_naming_file_and_line() {
        let err = entries(
            "data/cues.txt",
            "say\nadd | contnet\n",
            Reading::Words,
            &["", "content"],
        )
        .unwrap_err();
        assert!(
            err.starts_with("data/cues.txt:2: unknown tag \"contnet\""),
            "{err}"
        );
    }
}
