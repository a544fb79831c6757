//! Reading a watch pattern: the `regex` crate's syntax (its documentation is the reference)
//! into an [`Ast`], or the position and reason of the first fault, worded as that crate words
//! it.
//!
//! Everything a watch list needs is read: literals and escapes (`\n`, `\x7F`, `\u{E9}`, any
//! escaped punctuation), `.`, classes (`[a-z]`, `[^…]`, `\w` `\d` `\s` and their negations,
//! nested classes, `[[:alpha:]]`), groups (capturing, named, non-capturing), alternation,
//! repetition (`*` `+` `?` `{n}` `{n,}` `{n,m}`, lazy with `?`), the anchors `^` `$` `\A`
//! `\z`, the word boundaries `\b` `\B`, and the flags `i` `m` `s` `U` `x` (`u` is always on).
//! Refused, with a reason: Unicode property classes (`\p{…}`), class set operations (`&&`,
//! `--`, `~~`), the special word boundaries (`\<`, `\b{start}`), CRLF mode (`R`),
//! `(?-u)`, and what `regex` itself refuses (look-around, backreferences).

use super::class::Escaped;
use super::unicode::{self, Ranges};

/// How deep groups, classes and repetitions may nest (as `regex`'s default).
pub const NEST_LIMIT: usize = 250;

/// A pattern read.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Ast {
    Empty,
    /// One character of a set (an index into [`Parsed::sets`]).
    Set(u32),
    Look(Look),
    Concat(Vec<Ast>),
    Alt(Vec<Ast>),
    Repeat {
        ast: Box<Ast>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
}

/// A zero-width assertion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Look {
    Start,
    End,
    LineStart,
    LineEnd,
    WordBoundary,
    NotWordBoundary,
}

/// A pattern read, with the character sets its [`Ast::Set`]s name (each set once).
#[derive(Debug)]
pub(super) struct Parsed {
    pub ast: Ast,
    pub sets: Vec<Ranges>,
}

/// Where a pattern is wrong (a character position, from 1) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Fault {
    pub column: usize,
    pub reason: String,
}

/// Reads `pattern`, case-insensitive to begin with (as every watch pattern).
pub(super) fn parse(pattern: &str) -> Result<Parsed, Fault> {
    let mut p = Parser {
        chars: pattern.chars().collect(),
        at: 0,
        flags: Flags {
            insensitive: true,
            ..Flags::default()
        },
        sets: Vec::new(),
        names: Vec::new(),
    };
    let ast = p.alternation(0)?;
    if p.at < p.chars.len() {
        // alternation() stops only at the end or at a ')' it cannot close.
        return Err(p.fault(p.at, "unopened group"));
    }
    Ok(Parsed { ast, sets: p.sets })
}

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Flags {
    pub(super) insensitive: bool,
    pub(super) multi_line: bool,
    pub(super) dot_all: bool,
    pub(super) swap_greed: bool,
    pub(super) verbose: bool,
}

pub(super) struct Parser {
    pub(super) chars: Vec<char>,
    pub(super) at: usize,
    pub(super) flags: Flags,
    pub(super) sets: Vec<Ranges>,
    pub(super) names: Vec<String>,
}

impl Parser {
    pub(super) fn fault(&self, at: usize, reason: &str) -> Fault {
        Fault {
            column: at + 1,
            reason: reason.to_string(),
        }
    }

    pub(super) fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    pub(super) fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    pub(super) fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        self.at += hit as usize;
        hit
    }

    /// In verbose mode (`x`), skips white space and `#` comments.
    pub(super) fn skip_space(&mut self) {
        if !self.flags.verbose {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.at += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.at += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// The index of `set` (after case folding when the flag is on), each set stored once.
    fn set(&mut self, set: Ranges) -> Ast {
        let set = if self.flags.insensitive {
            unicode::case_fold(&set)
        } else {
            set
        };
        let index = match self.sets.iter().position(|s| *s == set) {
            Some(i) => i,
            None => {
                self.sets.push(set);
                self.sets.len() - 1
            }
        };
        Ast::Set(index as u32)
    }

    fn alternation(&mut self, depth: usize) -> Result<Ast, Fault> {
        let mut branches = vec![self.concatenation(depth)?];
        while self.eat('|') {
            branches.push(self.concatenation(depth)?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap()
        } else {
            Ast::Alt(branches)
        })
    }

    /// Items up to a `|`, a `)` or the end. Flags set by `(?i)` here last to the end of the
    /// group that holds them (the caller restores its own).
    fn concatenation(&mut self, depth: usize) -> Result<Ast, Fault> {
        let mut items: Vec<Ast> = Vec::new();
        // Whether a repetition operator here has something to repeat (not after `(?i)`).
        let mut repeatable = false;
        loop {
            self.skip_space();
            let Some(c) = self.peek() else { break };
            let start = self.at;
            match c {
                '|' | ')' => break,
                '*' | '+' | '?' | '{' => {
                    let Some(last) = items.pop().filter(|_| repeatable) else {
                        return Err(self.fault(start, "repetition operator missing expression"));
                    };
                    let item = self.repetition(last, depth)?;
                    items.push(item);
                }
                '(' => {
                    let item = self.group(depth)?;
                    repeatable = item.is_some();
                    items.extend(item);
                }
                _ => {
                    let item = self.atom(depth)?;
                    items.push(item);
                    repeatable = true;
                }
            }
        }
        Ok(match items.len() {
            0 => Ast::Empty,
            1 => items.pop().unwrap(),
            _ => Ast::Concat(items),
        })
    }

    /// `*`, `+`, `?` or `{…}` after `ast`, then an optional `?` (lazy).
    fn repetition(&mut self, ast: Ast, depth: usize) -> Result<Ast, Fault> {
        let start = self.at;
        let (min, max) = match self.chars[self.at] {
            '*' => (0, None),
            '+' => (1, None),
            '?' => (0, Some(1)),
            _ => return self.counted(ast, depth),
        };
        self.at += 1;
        self.repeat(ast, min, max, start, depth)
    }

    fn repeat(
        &mut self,
        ast: Ast,
        min: u32,
        max: Option<u32>,
        start: usize,
        depth: usize,
    ) -> Result<Ast, Fault> {
        if nesting(&ast) + depth >= NEST_LIMIT {
            return Err(self.fault(start, &nest_reason()));
        }
        let lazy = self.eat('?');
        let greedy = lazy == self.flags.swap_greed;
        Ok(Ast::Repeat {
            ast: Box::new(ast),
            min,
            max,
            greedy,
        })
    }

    /// `{n}`, `{n,}` or `{n,m}` (white space around the numbers allowed, as in `regex`).
    fn counted(&mut self, ast: Ast, depth: usize) -> Result<Ast, Fault> {
        let start = self.at;
        self.at += 1; // {
        self.skip_space();
        let unclosed = |p: &Self| p.fault(start, "unclosed counted repetition");
        if self.peek().is_none() {
            return Err(unclosed(self));
        }
        let min = self.decimal();
        if self.peek().is_none() {
            return Err(unclosed(self));
        }
        let (min, max) = if self.eat(',') {
            self.skip_space();
            match self.peek() {
                None => return Err(unclosed(self)),
                Some('}') => (min?, None),
                Some(_) => {
                    let min = min?;
                    (min, Some(self.decimal()?))
                }
            }
        } else {
            let min = min?;
            (min, Some(min))
        };
        if !self.eat('}') {
            return Err(unclosed(self));
        }
        if max.is_some_and(|m| m < min) {
            return Err(self.fault(
                start,
                "invalid repetition count range, the start must be <= the end",
            ));
        }
        self.repeat(ast, min, max, start, depth)
    }

    /// A number of a counted repetition, white space around it skipped.
    fn decimal(&mut self) -> Result<u32, Fault> {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
        let from = self.at;
        let mut digits = String::new();
        while let Some(c) = self.peek().filter(char::is_ascii_digit) {
            digits.push(c);
            self.at += 1;
            self.skip_space();
        }
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
        if digits.is_empty() {
            return Err(self.fault(from, "repetition quantifier expects a valid decimal"));
        }
        digits
            .parse()
            .map_err(|_| self.fault(from, "decimal literal invalid"))
    }

    /// A group or a flag setting (`(?i)`, which yields no item).
    fn group(&mut self, depth: usize) -> Result<Option<Ast>, Fault> {
        let open = self.at;
        if depth + 1 >= NEST_LIMIT {
            return Err(self.fault(open, &nest_reason()));
        }
        self.at += 1; // (
        self.skip_space();
        let saved = self.flags;
        let question = self.at;
        if self.eat('?') {
            if self.peek().is_none() {
                return Err(self.fault(open, "unclosed group"));
            }
            if self.peek() == Some(')') {
                // `(?)` sets no flag: `regex` reads it as a `?` with nothing to repeat.
                return Err(self.fault(question, "repetition operator missing expression"));
            }
            match self.peek() {
                Some('=' | '!') => {
                    return Err(self.fault(
                        open,
                        "look-around, including look-ahead and look-behind, is not supported",
                    ))
                }
                Some('<') if matches!(self.peek_at(1), Some('=' | '!')) => {
                    return Err(self.fault(
                        open,
                        "look-around, including look-ahead and look-behind, is not supported",
                    ));
                }
                Some('P') if self.peek_at(1) == Some('<') => {
                    self.at += 2;
                    self.name()?;
                }
                Some('<') => {
                    self.at += 1;
                    self.name()?;
                }
                _ => {
                    if self.flags_of_group()? {
                        return Ok(None); // (?flags): they hold to the end of this group
                    }
                }
            }
        }
        let ast = self.alternation(depth + 1)?;
        if !self.eat(')') {
            return Err(self.fault(open, "unclosed group"));
        }
        self.flags = saved;
        Ok(Some(ast))
    }

    /// A capture group's name, up to its `>`.
    fn name(&mut self) -> Result<(), Fault> {
        let from = self.at;
        loop {
            match self.peek() {
                None => return Err(self.fault(self.at, "unclosed capture group name")),
                Some('>') => break,
                Some(c) => {
                    let first = self.at == from;
                    let ok = c == '_'
                        || c.is_alphabetic()
                        || (!first && (c.is_alphanumeric() || matches!(c, '.' | '[' | ']')));
                    if !ok {
                        return Err(self.fault(self.at, "invalid capture group character"));
                    }
                    self.at += 1;
                }
            }
        }
        if self.at == from {
            return Err(self.fault(self.at, "empty capture group name"));
        }
        let name: String = self.chars[from..self.at].iter().collect();
        self.at += 1; // >
        if self.names.contains(&name) {
            return Err(self.fault(from, "duplicate capture group name"));
        }
        self.names.push(name);
        Ok(())
    }

    /// The flags after `(?`, through `)` (true: a setting for the rest of the group) or `:`
    /// (false: a group follows).
    fn flags_of_group(&mut self) -> Result<bool, Fault> {
        let mut negated: Option<usize> = None;
        let mut seen: Vec<char> = Vec::new();
        let mut last_was_negation = false;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.fault(self.at, "expected flag but got end of regex"));
            };
            match c {
                ')' | ':' => {
                    if last_was_negation {
                        return Err(self.fault(
                            negated.unwrap_or(self.at),
                            "dangling flag negation operator",
                        ));
                    }
                    self.at += 1;
                    return Ok(c == ')');
                }
                '-' => {
                    if negated.is_some() {
                        return Err(self.fault(self.at, "flag negation operator repeated"));
                    }
                    negated = Some(self.at);
                    last_was_negation = true;
                }
                'i' | 'm' | 's' | 'U' | 'x' | 'u' | 'R' => {
                    if seen.contains(&c) {
                        return Err(self.fault(self.at, "duplicate flag"));
                    }
                    seen.push(c);
                    last_was_negation = false;
                    let on = negated.is_none();
                    match c {
                        'i' => self.flags.insensitive = on,
                        'm' => self.flags.multi_line = on,
                        's' => self.flags.dot_all = on,
                        'U' => self.flags.swap_greed = on,
                        'x' => self.flags.verbose = on,
                        'u' if on => {}
                        'u' => {
                            return Err(self.fault(
                                self.at,
                                "(?-u) is not supported here: patterns are always Unicode",
                            ))
                        }
                        _ if on => {
                            return Err(self.fault(self.at, "CRLF mode (R) is not supported here"))
                        }
                        _ => {}
                    }
                }
                _ => return Err(self.fault(self.at, "unrecognized flag")),
            }
            self.at += 1;
        }
    }

    /// A literal, `.`, `^`, `$`, a class or an escape.
    fn atom(&mut self, depth: usize) -> Result<Ast, Fault> {
        let c = self.chars[self.at];
        match c {
            '[' => {
                let set = self.class(depth + 1)?;
                Ok(self.set(set))
            }
            '.' => {
                self.at += 1;
                let set = if self.flags.dot_all {
                    vec![('\0', char::MAX)]
                } else {
                    unicode::complement(&[('\n', '\n')])
                };
                let insensitive = std::mem::replace(&mut self.flags.insensitive, false);
                let ast = self.set(set);
                self.flags.insensitive = insensitive;
                Ok(ast)
            }
            '^' => {
                self.at += 1;
                Ok(Ast::Look(if self.flags.multi_line {
                    Look::LineStart
                } else {
                    Look::Start
                }))
            }
            '$' => {
                self.at += 1;
                Ok(Ast::Look(if self.flags.multi_line {
                    Look::LineEnd
                } else {
                    Look::End
                }))
            }
            '\\' => match self.escape(false)? {
                Escaped::Char(c) => Ok(self.set(vec![(c, c)])),
                Escaped::Set(set) => Ok(self.set(set)),
                Escaped::Look(look) => Ok(Ast::Look(look)),
            },
            _ => {
                self.at += 1;
                Ok(self.set(vec![(c, c)]))
            }
        }
    }
}

pub(super) fn nest_reason() -> String {
    format!("exceed the maximum number of nested parentheses/brackets ({NEST_LIMIT})")
}

/// How deep `ast` nests repetitions (what a repetition of it adds to).
fn nesting(ast: &Ast) -> usize {
    match ast {
        Ast::Repeat { ast, .. } => 1 + nesting(ast),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn fault(pattern: &str) -> (usize, String) {
        let f = parse(pattern).unwrap_err();
        (f.column, f.reason)
    }

    #[test]
    fn faults_name_the_character_where_they_are() {
        assert_eq!(fault("officials? (said"), (12, "unclosed group".into()));
        assert_eq!(fault("a)"), (2, "unopened group".into()));
        assert_eq!(fault("[a-"), (1, "unclosed character class".into()));
        assert_eq!(fault("é[z-a]").0, 3);
        assert_eq!(
            fault("*a"),
            (1, "repetition operator missing expression".into())
        );
        assert_eq!(fault(r"\q").1, "unrecognized escape sequence");
        assert_eq!(
            fault(r"a\").1,
            "incomplete escape sequence, reached end of pattern prematurely"
        );
        assert!(fault(r"\p{Greek}").1.contains("not supported"));
        assert!(fault("(?=a)").1.contains("look-around"));
        assert_eq!(
            fault("a{2,1}").1,
            "invalid repetition count range, the start must be <= the end"
        );
        assert_eq!(fault("(?P<n>a)(?P<n>b)").1, "duplicate capture group name");
        assert_eq!(fault(&"(".repeat(300)).1, nest_reason());
    }

    #[test]
    fn flags_hold_to_the_end_of_their_group() {
        let p = parse("(?-i:a)b(?-i)c").unwrap();
        let Ast::Concat(items) = p.ast else { panic!() };
        let set = |a: &Ast| match a {
            Ast::Set(i) => p.sets[*i as usize].clone(),
            _ => panic!("{a:?}"),
        };
        assert_eq!(set(&items[0]), [('a', 'a')]);
        assert_eq!(set(&items[1]), [('B', 'B'), ('b', 'b')]);
        assert_eq!(set(&items[2]), [('c', 'c')]);
    }

    #[test]
    fn verbose_mode_skips_space_and_comments() {
        let plain = parse("ab").unwrap();
        let verbose = parse("(?x) a # the a\n b").unwrap();
        assert_eq!(plain.ast, verbose.ast);
    }
}
