//! A pattern compiled, and run: a Thompson NFA simulated in lock step over the text (the
//! "Pike VM"), so that a search takes time linear in the text times the program, whatever the
//! pattern. Matches are leftmost-first, as the `regex` crate's (and Perl's): of the matches
//! that start leftmost, the one the pattern prefers (alternatives in order, greedy or lazy
//! repetition as written).

use super::syntax::{Ast, Look, Parsed};
use super::unicode::{self, Ranges};

/// The largest program one pattern may compile to, in bytes: far more than a phrase or a list
/// of names needs, small enough that `\w{1000}{1000}` is refused at once.
pub const SIZE_LIMIT: usize = 1 << 20;

#[derive(Debug, Clone, Copy)]
enum Inst {
    /// One character of set `.0`, then the next instruction.
    Char(u32),
    /// Both, the first preferred.
    Split(u32, u32),
    Jump(u32),
    Look(Look),
    Match,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(super) struct Program {
    insts: Vec<Inst>,
    sets: Vec<Ranges>,
    /// What a match can start with, when that is known.
    first: Option<First>,
}

/// The program is over [`SIZE_LIMIT`].
#[derive(Debug)]
pub(super) struct TooBig;

impl Program {
    pub(super) fn compile(parsed: Parsed) -> Result<Program, TooBig> {
        let mut c = Compiler { insts: Vec::new() };
        c.emit_ast(&parsed.ast)?;
        c.push(Inst::Match)?;
        let mut program = Program {
            insts: c.insts,
            sets: parsed.sets,
            first: None,
        };
        program.first = First::of(&program);
        Ok(program)
    }

    /// The leftmost-first match at or after byte `from` of `text`, as byte offsets. Each step
    /// of each thread spends a unit of `vm`'s work; once it is spent, nothing more is found.
    pub(super) fn find_at(
        &self,
        text: &str,
        from: usize,
        vm: &mut Threads,
    ) -> Option<(usize, usize)> {
        vm.reset(self.insts.len());
        let (mut now, mut next) = (&mut vm.now, &mut vm.next);
        let mut found = None;
        let mut at = from;
        loop {
            if found.is_none() {
                if now.threads.is_empty() {
                    // Nothing running: what this step visited is forgotten (the start may move).
                    now.clear();
                    if let Some(first) = &self.first {
                        at = first.next_start(text, at)?;
                    }
                }
                // A match starting here ranks below every thread already running.
                self.add(now, &mut vm.stack, 0, at, text, at);
            }
            if now.threads.is_empty() && found.is_some() {
                break;
            }
            // Each step costs its threads; a search out of work ends with what it has.
            vm.work = vm.work.saturating_sub(now.threads.len() as u64 + 1);
            if vm.work == 0 {
                return found;
            }
            let c = text[at..].chars().next();
            for i in 0..now.threads.len() {
                let (pc, start) = now.threads[i];
                match self.insts[pc as usize] {
                    Inst::Match => {
                        found = Some((start, at));
                        break; // the threads after this one rank below its match
                    }
                    Inst::Char(set) => {
                        if let Some(c) = c {
                            if self.accepts(set, c) {
                                self.add(
                                    next,
                                    &mut vm.stack,
                                    pc + 1,
                                    start,
                                    text,
                                    at + c.len_utf8(),
                                );
                            }
                        }
                    }
                    _ => unreachable!("only Char and Match instructions are threads"),
                }
            }
            let Some(c) = c else { break };
            at += c.len_utf8();
            std::mem::swap(&mut now, &mut next);
            next.clear();
        }
        found
    }

    fn accepts(&self, set: u32, c: char) -> bool {
        let set = &self.sets[set as usize];
        if set.len() <= 4 {
            set.iter().any(|&(lo, hi)| lo <= c && c <= hi)
        } else {
            unicode::contains(set, c)
        }
    }

    /// Adds the thread at `pc` (started at byte `start`) to `list`, following jumps, splits
    /// (first branch first: the order is the priority) and assertions true at byte `at`.
    fn add(
        &self,
        list: &mut List,
        stack: &mut Vec<u32>,
        pc: u32,
        start: usize,
        text: &str,
        at: usize,
    ) {
        stack.push(pc);
        while let Some(pc) = stack.pop() {
            if !list.visit(pc) {
                continue;
            }
            match self.insts[pc as usize] {
                Inst::Jump(to) => stack.push(to),
                Inst::Split(first, second) => {
                    stack.push(second);
                    stack.push(first);
                }
                Inst::Look(look) => {
                    if holds(look, text, at) {
                        stack.push(pc + 1);
                    }
                }
                Inst::Char(_) | Inst::Match => list.threads.push((pc, start)),
            }
        }
    }
}

/// Whether `look` holds at byte `at` of `text`.
fn holds(look: Look, text: &str, at: usize) -> bool {
    let before = || text[..at].chars().next_back();
    let after = || text[at..].chars().next();
    match look {
        Look::Start => at == 0,
        Look::End => at == text.len(),
        Look::LineStart => at == 0 || before() == Some('\n'),
        Look::LineEnd => at == text.len() || after() == Some('\n'),
        Look::WordBoundary | Look::NotWordBoundary => {
            let word = |c: Option<char>| c.is_some_and(unicode::is_word);
            (word(before()) != word(after())) == (look == Look::WordBoundary)
        }
    }
}

/// A branch not known yet, patched once its target is emitted.
const OPEN: u32 = u32::MAX;

struct Compiler {
    insts: Vec<Inst>,
}

impl Compiler {
    fn push(&mut self, inst: Inst) -> Result<u32, TooBig> {
        if (self.insts.len() + 1) * std::mem::size_of::<Inst>() > SIZE_LIMIT {
            return Err(TooBig);
        }
        self.insts.push(inst);
        Ok(self.insts.len() as u32 - 1)
    }

    fn here(&self) -> u32 {
        self.insts.len() as u32
    }

    /// Points the branch left open (`OPEN`) of the split or jump at `at` to `to`.
    fn patch(&mut self, at: u32, to: u32) {
        match &mut self.insts[at as usize] {
            Inst::Split(first, _) if *first == OPEN => *first = to,
            Inst::Split(_, open) | Inst::Jump(open) => *open = to,
            _ => unreachable!("only splits and jumps are patched"),
        }
    }

    /// A split whose first branch is the next instruction and whose other one is left open
    /// for [`Compiler::patch`] (the other way round when `prefer_next` is false).
    fn split(&mut self, prefer_next: bool) -> Result<u32, TooBig> {
        let next = self.here() + 1;
        self.push(if prefer_next {
            Inst::Split(next, OPEN)
        } else {
            Inst::Split(OPEN, next)
        })
    }

    fn emit_ast(&mut self, ast: &Ast) -> Result<(), TooBig> {
        match ast {
            Ast::Empty => {}
            Ast::Set(set) => {
                self.push(Inst::Char(*set))?;
            }
            Ast::Look(look) => {
                self.push(Inst::Look(*look))?;
            }
            Ast::Concat(items) => {
                for item in items {
                    self.emit_ast(item)?;
                }
            }
            Ast::Alt(branches) => {
                let mut jumps = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    let last = i + 1 == branches.len();
                    let split = if last { None } else { Some(self.split(true)?) };
                    self.emit_ast(branch)?;
                    if let Some(split) = split {
                        jumps.push(self.push(Inst::Jump(OPEN))?);
                        let here = self.here();
                        self.patch(split, here);
                    }
                }
                let end = self.here();
                for jump in jumps {
                    self.patch(jump, end);
                }
            }
            Ast::Repeat {
                ast,
                min,
                max,
                greedy,
            } => self.emit_repeat(ast, *min, *max, *greedy)?,
        }
        Ok(())
    }

    fn emit_repeat(
        &mut self,
        ast: &Ast,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    ) -> Result<(), TooBig> {
        // A body that compiles to nothing (`(){1000000}`) repeats nothing.
        let probe = self.here();
        self.emit_ast(ast)?;
        if self.here() == probe {
            return Ok(());
        }
        self.insts.truncate(probe as usize);
        if max.is_some() {
            for _ in 0..min {
                self.emit_ast(ast)?;
            }
        }
        match max {
            None if min == 0 && !can_be_empty(ast) => {
                // loop: split(body, out); body; jump loop
                let top = self.split(greedy)?;
                self.emit_ast(ast)?;
                self.push(Inst::Jump(top))?;
                let out = self.here();
                self.patch(top, out);
            }
            None => {
                // x+ is x then a split back to it; x* is (x+)?, which keeps the preference
                // order right when x can match the empty string (as `regex` compiles it).
                let optional = if min == 0 {
                    Some(self.split(greedy)?)
                } else {
                    None
                };
                for _ in 1..min {
                    self.emit_ast(ast)?;
                }
                let body = self.here();
                self.emit_ast(ast)?;
                let back = self.here();
                self.push(if greedy {
                    Inst::Split(body, back + 1)
                } else {
                    Inst::Split(back + 1, body)
                })?;
                if let Some(optional) = optional {
                    let out = self.here();
                    self.patch(optional, out);
                }
            }
            Some(max) => {
                // (body (body …)?)? with every split leaving to the end.
                let mut splits = Vec::new();
                for _ in min..max {
                    splits.push(self.split(greedy)?);
                    self.emit_ast(ast)?;
                }
                let out = self.here();
                for split in splits {
                    self.patch(split, out);
                }
            }
        }
        Ok(())
    }
}

/// Whether `ast` can match the empty string.
fn can_be_empty(ast: &Ast) -> bool {
    match ast {
        Ast::Empty | Ast::Look(_) => true,
        Ast::Set(_) => false,
        Ast::Concat(items) => items.iter().all(can_be_empty),
        Ast::Alt(branches) => branches.iter().any(can_be_empty),
        Ast::Repeat { ast, min, .. } => *min == 0 || can_be_empty(ast),
    }
}

/// The characters a match can start with: a quick skip to the next place worth a search.
#[derive(Debug, Clone)]
struct First {
    ascii: [bool; 128],
    other: Ranges,
}

impl First {
    /// None when a match could be empty (so could start anywhere) or start with anything.
    fn of(program: &Program) -> Option<First> {
        let mut first = First {
            ascii: [false; 128],
            other: Vec::new(),
        };
        let mut seen = vec![false; program.insts.len()];
        let mut stack = vec![0u32];
        while let Some(pc) = stack.pop() {
            if std::mem::replace(&mut seen[pc as usize], true) {
                continue;
            }
            match program.insts[pc as usize] {
                Inst::Match => return None,
                Inst::Jump(to) => stack.push(to),
                Inst::Split(a, b) => stack.extend([a, b]),
                // An assertion only narrows where a match starts; skipping it keeps a superset.
                Inst::Look(_) => stack.push(pc + 1),
                Inst::Char(set) => {
                    for &(lo, hi) in &program.sets[set as usize] {
                        for c in lo..=hi.min('\x7F') {
                            first.ascii[c as usize] = true;
                        }
                        if hi > '\x7F' {
                            first.other.push((lo.max('\u{80}'), hi));
                        }
                    }
                }
            }
        }
        first.other = unicode::normalize(first.other);
        let everything = first.ascii.iter().all(|&a| a) && first.other == [('\u{80}', char::MAX)];
        (!everything).then_some(first)
    }

    /// The first byte at or after `from` where a match could start, if any.
    fn next_start(&self, text: &str, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut at = from;
        while at < bytes.len() {
            let b = bytes[at];
            if b < 0x80 {
                if self.ascii[b as usize] {
                    return Some(at);
                }
                at += 1;
            } else {
                let c = text[at..].chars().next()?;
                if !self.other.is_empty() && unicode::contains(&self.other, c) {
                    return Some(at);
                }
                at += c.len_utf8();
            }
        }
        None
    }
}

/// The search's working memory, kept from one search to the next.
#[derive(Debug, Default)]
pub(super) struct Threads {
    now: List,
    next: List,
    stack: Vec<u32>,
    /// Thread steps left (see [`Threads::new`]).
    work: u64,
}

impl Threads {
    /// Memory for searches that may take `work` thread steps in all: a bound on the time a
    /// pattern may take, whatever it is (the text is read once per search, but a pattern
    /// like `(?s).*x|e` searches to the end of the text once per match).
    pub(super) fn new(work: u64) -> Threads {
        Threads {
            work,
            ..Threads::default()
        }
    }

    fn reset(&mut self, len: usize) {
        self.now.resize(len);
        self.next.resize(len);
        self.stack.clear();
    }
}

/// The threads of one step in priority order, with the instructions already visited (a
/// sparse set: clearing it costs nothing).
#[derive(Debug, Default)]
struct List {
    threads: Vec<(u32, usize)>,
    dense: Vec<u32>,
    sparse: Vec<u32>,
}

impl List {
    fn resize(&mut self, len: usize) {
        self.sparse.resize(len, 0);
        self.clear();
    }

    fn clear(&mut self) {
        self.threads.clear();
        self.dense.clear();
    }

    /// Marks `pc` visited; false if it was already.
    fn visit(&mut self, pc: u32) -> bool {
        let i = self.sparse[pc as usize] as usize;
        if i < self.dense.len() && self.dense[i] == pc {
            return false;
        }
        self.sparse[pc as usize] = self.dense.len() as u32;
        self.dense.push(pc);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::syntax::parse;
    use super::*;

    fn find_all(pattern: &str, text: &str) -> Vec<(usize, usize)> {
        let program = Program::compile(parse(pattern).unwrap()).unwrap();
        let mut vm = Threads::new(u64::MAX);
        let (mut at, mut out) = (0, Vec::new());
        while at <= text.len() {
            let Some((s, e)) = program.find_at(text, at, &mut vm) else {
                break;
            };
            out.push((s, e));
            at = if s == e {
                e + text[e..].chars().next().map_or(1, char::len_utf8)
            } else {
                e
            };
        }
        out
    }

    #[test]
    fn matches_are_leftmost_first() {
        assert_eq!(find_all("a|ab", "ab"), [(0, 1)]);
        assert_eq!(find_all("ab|a", "ab"), [(0, 2)]);
        assert_eq!(find_all("a+?", "aaa"), [(0, 1), (1, 2), (2, 3)]);
        assert_eq!(find_all("a+", "aaa"), [(0, 3)]);
        assert_eq!(find_all(r"\bcat\b", "cat concat cat"), [(0, 3), (11, 14)]);
        assert_eq!(find_all("(?m)^x", "x\nx"), [(0, 1), (2, 3)]);
        assert_eq!(find_all("^x", "x\nx"), [(0, 1)]);
    }

    #[test]
    fn a_pathological_pattern_takes_linear_time() {
        let text = "a".repeat(30_000);
        assert!(find_all("(a*)*b", &text).is_empty());
        assert!(find_all("(a|aa)+$b", &text).is_empty());
    }

    #[test]
    fn a_program_over_the_limit_is_refused() {
        assert!(Program::compile(parse(r"\w{1000}{1000}").unwrap()).is_err());
        assert!(Program::compile(parse("(){4294967295}").unwrap()).is_ok());
    }
}
