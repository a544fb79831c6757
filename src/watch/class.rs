//! One character's worth of a watch pattern: escapes (`\n`, `\x{E9}`, `\w`, `\b`…) and
//! bracketed classes (`[a-z]`, `[^…]`, nested classes, `[[:alpha:]]`), read by the
//! [`Parser`] of [`super::syntax`].

use super::syntax::{nest_reason, Fault, Look, Parser, NEST_LIMIT};
use super::unicode::{self, Perl, Ranges};

impl Parser {
    /// An escape, from its `\`. In a class, assertions are refused.
    pub(super) fn escape(&mut self, in_class: bool) -> Result<Escaped, Fault> {
        let from = self.at;
        self.at += 1; // \
        let Some(c) = self.peek() else {
            return Err(self.fault(
                from,
                "incomplete escape sequence, reached end of pattern prematurely",
            ));
        };
        self.at += 1;
        let perl = |p: Perl, negated: bool| {
            let set = p.ranges().to_vec();
            Ok(Escaped::Set(if negated {
                unicode::complement(&set)
            } else {
                set
            }))
        };
        let look = |p: &Self, look: Look| {
            if in_class {
                Err(p.fault(from, "invalid escape sequence found in character class"))
            } else {
                Ok(Escaped::Look(look))
            }
        };
        match c {
            'n' => Ok(Escaped::Char('\n')),
            't' => Ok(Escaped::Char('\t')),
            'r' => Ok(Escaped::Char('\r')),
            'f' => Ok(Escaped::Char('\x0C')),
            'v' => Ok(Escaped::Char('\x0B')),
            'a' => Ok(Escaped::Char('\x07')),
            'x' => self.hex(from, 2),
            'u' => self.hex(from, 4),
            'U' => self.hex(from, 8),
            'd' => perl(Perl::Digit, false),
            'D' => perl(Perl::Digit, true),
            's' => perl(Perl::Space, false),
            'S' => perl(Perl::Space, true),
            'w' => perl(Perl::Word, false),
            'W' => perl(Perl::Word, true),
            'A' => look(self, Look::Start),
            'z' => look(self, Look::End),
            'b' if !in_class
                && self.peek() == Some('{')
                && self.peek_at(1).is_some_and(|c| c.is_ascii_alphabetic()) =>
            {
                Err(self.fault(
                    from,
                    "special word boundaries (\\b{start}, \\b{end}…) are not supported here",
                ))
            }
            'b' => look(self, Look::WordBoundary),
            'B' => look(self, Look::NotWordBoundary),
            '<' | '>' => Err(self.fault(
                from,
                "special word boundaries (\\< and \\>) are not supported here",
            )),
            'p' | 'P' => Err(self.fault(
                from,
                "Unicode property classes (\\p and \\P) are not supported here",
            )),
            '0'..='9' => Err(self.fault(from, "backreferences are not supported")),
            c if escapable(c) => Ok(Escaped::Char(c)),
            _ => Err(self.fault(from, "unrecognized escape sequence")),
        }
    }

    /// `\x7F`, `\u00E9`, `\U0001F600` (that many digits) or the braced forms `\x{…}`.
    fn hex(&mut self, from: usize, digits: usize) -> Result<Escaped, Fault> {
        let eof = |p: &Self| {
            p.fault(
                p.at,
                "incomplete escape sequence, reached end of pattern prematurely",
            )
        };
        let text: String = if self.eat('{') {
            let start = self.at;
            while self.peek().is_some_and(|c| c != '}') {
                if !self.peek().unwrap().is_ascii_hexdigit() {
                    return Err(self.fault(self.at, "invalid hexadecimal digit"));
                }
                self.at += 1;
            }
            if self.peek().is_none() {
                // `regex` puts this fault at the brace.
                return Err(self.fault(
                    start - 1,
                    "incomplete escape sequence, reached end of pattern prematurely",
                ));
            }
            let text: String = self.chars[start..self.at].iter().collect();
            self.at += 1; // }
            if text.is_empty() {
                return Err(self.fault(start, "hexadecimal literal empty"));
            }
            text
        } else {
            let start = self.at;
            for _ in 0..digits {
                match self.peek() {
                    None => return Err(eof(self)),
                    Some(c) if c.is_ascii_hexdigit() => self.at += 1,
                    Some(_) => return Err(self.fault(self.at, "invalid hexadecimal digit")),
                }
            }
            self.chars[start..self.at].iter().collect()
        };
        u32::from_str_radix(&text, 16)
            .ok()
            .and_then(char::from_u32)
            .map(Escaped::Char)
            .ok_or_else(|| self.fault(from, "hexadecimal literal is not a Unicode scalar value"))
    }

    /// A bracketed class, from its `[`: its set (not yet case-folded).
    pub(super) fn class(&mut self, depth: usize) -> Result<Ranges, Fault> {
        let open = self.at;
        if depth >= NEST_LIMIT {
            return Err(self.fault(open, &nest_reason()));
        }
        let unclosed = |p: &Self| p.fault(open, "unclosed character class");
        self.at += 1; // [
        if let Some(set) = self.ascii_class(open)? {
            return Ok(set);
        }
        let negated = self.eat('^');
        let mut set: Ranges = Vec::new();
        let mut first = true;
        loop {
            self.skip_space();
            let Some(c) = self.peek() else {
                return Err(unclosed(self));
            };
            if c == ']' && !first {
                self.at += 1;
                break;
            }
            first = false;
            if (c == '&' && self.peek_at(1) == Some('&'))
                || (c == '-' && self.peek_at(1) == Some('-'))
                || (c == '~' && self.peek_at(1) == Some('~'))
            {
                return Err(self.fault(
                    self.at,
                    "class set operations (&&, --, ~~) are not supported here",
                ));
            }
            if c == '[' {
                if let Some(ascii) = self.ascii_class(self.at)? {
                    set.extend(ascii);
                    continue;
                }
                set.extend(self.class(depth + 1)?);
                continue;
            }
            let start = self.at;
            let item = self.class_item()?;
            self.skip_space();
            let ranged = self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']');
            match item {
                Escaped::Char(lo) if ranged => {
                    self.at += 1; // -
                    self.skip_space();
                    if self.peek().is_none() {
                        return Err(unclosed(self));
                    }
                    let end = self.at;
                    let hi = match self.class_item()? {
                        Escaped::Char(hi) => hi,
                        _ => {
                            return Err(self.fault(end, "invalid range boundary, must be a literal"))
                        }
                    };
                    if hi < lo {
                        return Err(self.fault(
                            start,
                            "invalid character class range, the start must be <= the end",
                        ));
                    }
                    set.push((lo, hi));
                }
                Escaped::Char(c) => set.push((c, c)),
                Escaped::Set(s) if ranged => {
                    let _ = s;
                    return Err(self.fault(start, "invalid range boundary, must be a literal"));
                }
                Escaped::Set(s) => set.extend(s),
                Escaped::Look(_) => unreachable!("escape() refuses assertions in a class"),
            }
        }
        let set = unicode::normalize(set);
        let set = if negated {
            // Folding comes before negation: (?i)[^a] has neither a nor A.
            let folded = if self.flags.insensitive {
                unicode::case_fold(&set)
            } else {
                set
            };
            unicode::complement(&folded)
        } else {
            set
        };
        Ok(set)
    }

    /// A class's character or escape.
    fn class_item(&mut self) -> Result<Escaped, Fault> {
        let c = self.chars[self.at];
        if c == '\\' {
            return self.escape(true);
        }
        self.at += 1;
        Ok(Escaped::Char(c))
    }

    /// `[:alpha:]` and the other ASCII classes (`[:^alpha:]` negated), from the `[`; None
    /// (nothing read) when the text there is not one.
    fn ascii_class(&mut self, open: usize) -> Result<Option<Ranges>, Fault> {
        let rest: String = self.chars[open..self.chars.len().min(open + 12)]
            .iter()
            .collect();
        let Some(body) = rest.strip_prefix("[:") else {
            return Ok(None);
        };
        let Some(end) = body.find(":]") else {
            return Ok(None);
        };
        let name = &body[..end];
        let (negated, name) = match name.strip_prefix('^') {
            Some(n) => (true, n),
            None => (false, name),
        };
        let Some(set) = ascii_set(name) else {
            return Ok(None);
        };
        self.at = open + 2 + name.chars().count() + negated as usize + 2;
        Ok(Some(if negated {
            unicode::complement(&set)
        } else {
            set
        }))
    }
}

/// What an escape or a class item stands for.
pub(super) enum Escaped {
    Char(char),
    Set(Ranges),
    Look(Look),
}

/// Whether `\c` stands for `c` itself: punctuation and symbols of ASCII (as `regex`).
fn escapable(c: char) -> bool {
    c.is_ascii() && !c.is_ascii_alphanumeric() && c != '<' && c != '>'
}

/// The POSIX ASCII classes, as `regex` defines them.
fn ascii_set(name: &str) -> Option<Ranges> {
    let r = |pairs: &[(char, char)]| Some(unicode::normalize(pairs.to_vec()));
    match name {
        "alnum" => r(&[('0', '9'), ('A', 'Z'), ('a', 'z')]),
        "alpha" => r(&[('A', 'Z'), ('a', 'z')]),
        "ascii" => r(&[('\0', '\x7F')]),
        "blank" => r(&[('\t', '\t'), (' ', ' ')]),
        "cntrl" => r(&[('\0', '\x1F'), ('\x7F', '\x7F')]),
        "digit" => r(&[('0', '9')]),
        "graph" => r(&[('!', '~')]),
        "lower" => r(&[('a', 'z')]),
        "print" => r(&[(' ', '~')]),
        "punct" => r(&[('!', '/'), (':', '@'), ('[', '`'), ('{', '~')]),
        "space" => r(&[('\t', '\r'), (' ', ' ')]),
        "upper" => r(&[('A', 'Z')]),
        "word" => r(&[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')]),
        "xdigit" => r(&[('0', '9'), ('A', 'F'), ('a', 'f')]),
        _ => None,
    }
}
