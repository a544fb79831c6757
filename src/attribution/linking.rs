//! Which cue a quote takes: the one right after it ("“…,” Sondland said"), else the nearest
//! before it in its sentence that introduces it, else a later "said" in its sentence; and
//! quote marks that only name a term ("the so-called ‘reform’").

use super::context::Ctx;
use super::{
    CLAUSE_WORDS, COLON_CUE_WORDS, POST_QUOTE_APPOSITION_WINDOW, POST_QUOTE_WINDOW,
    PRE_QUOTE_WINDOW, SCARE_FRAMES,
};
use crate::cues::{Cue, Rule};
use crate::lexicon::classes::{
    ends_possessive, is_speaker_pronoun, PREPOSITIONS, SPEAKER_DETERMINERS,
};

/// A cue of the quote's sentence counts only within this many words of the quote (a
/// sentence may be a page long; a cue further off is not the quote's, and looking further
/// would cost the sentence's length per quote).
const CUE_REACH_WORDS: usize = 80;
/// A speaker's role between a quote and the name of an inverted reporting clause runs at
/// most this many words ("“…,” former State policy planning director Ana Ruiz wrote").
const ROLE_BEFORE_NAME_WORDS: usize = 5;

/// Subordinators that open a new clause after a quote, besides the clause words ("“…”
/// until Ruiz said"). Not "though", also an adverb ("“…,” though, Allen said"), nor
/// "once", whose clause may stand between the quote and its cue ("“…” once the cameras were
/// off, according to a source"). "What" opens a free relative whose verb describes
/// something else ("“…” to him, engaging in what analysts described as tactics").
const MORE_SUBORDINATORS: &[&str] = &["until", "unless", "although", "whereas", "what"];

/// Conjunctions that open a clause of its own after a quote ("but Trump said").
const CONTRASTING_CONJUNCTIONS: &[&str] = &["but", "yet", "while", "whereas", "although", "though"];
/// The name or pronoun after such a conjunction runs at most this many words.
const SUBJECT_AFTER_CONJUNCTION_WORDS: usize = 4;

/// Relative pronouns: the clause they open lies inside the one before.
const RELATIVES: &[&str] = &["which", "who", "whom"];
/// Subordinators that open an adverbial clause at a sentence's start ("After Chen argued").
const SUBORDINATORS: &[&str] = &[
    "after", "when", "as", "while", "before", "because", "if", "although", "though", "since",
    "once", "until", "unless", "whereas",
];
/// How far back from a cue the start of its sentence is looked for, to tell a sentence-
/// opening subordinate clause.
const OPENING_CLAUSE_WORDS: usize = 30;

/// Words before a verb that make it what may be said rather than what was ("will", "to").
const IRREALIS_MARKERS: &[&str] = &[
    "to",
    "will",
    "would",
    "should",
    "could",
    "can",
    "may",
    "might",
    "must",
    "shall",
    "won't",
    "wouldn't",
    "shouldn't",
    "couldn't",
    "can't",
];

impl Ctx<'_> {
    /// A cue right after quote `qi` ("“…,” Sondland said", "“…,” said Hill, who …"):
    /// the first cue in the window that has a speaker.
    pub(super) fn post_quote_cue(
        &self,
        qi: usize,
        cues: &[Cue],
        speaker: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let q = &self.quotes[qi];
        let k = self.words.partition_point(|w| w.start < q.end);
        let scope = self.scope_of(qi);
        let between = &self.text[q.end..self.words.get(k)?.start];
        if between.contains(['.', '!', '?', ';', '\n', '“', '"', '‘']) {
            return None;
        }
        // "“…?” she asked" continues the sentence; "“…?” Her critics cited it" starts a new
        // one: after a quote that ends its own sentence, only a name or pronoun and a
        // plain speech verb attribute it.
        // After a full stop ("“…and we will.” Russia insisted that"), the inverted clause
        // must also end right after its verb ("“…” Trump said.").
        let inner = self.text[q.start..q.end].trim_end_matches(['”', '"', '’', '\'', '»', ' ']);
        let ended = inner.ends_with(['.', '?', '!']) && self.words[k].is_capitalized();
        // (A quote a cue right before it introduces, "telling her, “…!”", that ends its
        // sentence: a clause after it goes on only as "she replied.", not "She replied to him
        // that", a new sentence.)
        let first_in = self.words.partition_point(|w| w.start < q.start);
        let introduced = first_in > 0
            && self.gap(first_in - 1, first_in).contains([',', ':'])
            && cues[cues.partition_point(|c| c.first + 2 < first_in)..]
                .iter()
                .take_while(|c| c.first < first_in)
                .any(|c| c.last + 1 == first_in || c.last + 2 == first_in);
        let full_stop = ended && (inner.ends_with('.') || introduced);
        let pronoun = |m: usize| matches!(self.key(m), "he" | "she" | "they" | "it");
        // ("“…rates.” He adds, “…”": a verb that a comma or colon and a quote follow
        // introduces that quote, not the one whose sentence ended before it.)
        let verb_ends = |c: usize| {
            let last = cues[c].last;
            let next_quote = last + 1 < self.words.len()
                && self.gap(last, last + 1).contains([',', ':'])
                && self.quote_follows(last, 1);
            !next_quote
                && (last + 1 >= self.words.len()
                    || self.sentence_of[last + 1] != self.sentence_of[last]
                    || self.gap(last, last + 1).contains([',', '.', ';']))
        };
        // Past the window, a name right after the quote and a comma right before the cue: the
        // name's apposition stands between.
        let apposition = |c: usize| {
            let first = cues[c].first;
            self.words[k].is_capitalized()
                && first > k
                && self.gap(first - 1, first).trim() == ","
                && first < k + POST_QUOTE_APPOSITION_WINDOW
        };
        // A name of capitalised words right after the quote, closed by a comma: the words
        // before the cue's comma after it are its apposition ("“…?” Ana Ruiz, the mayor of
        // Leeds, asked"; "Ana Ruiz, minister for housing, transport and planning, said").
        let name_word = |m: usize| {
            self.words[m].is_capitalized()
                && !SPEAKER_DETERMINERS.contains(&self.key(m))
                && !ends_possessive(self.words[m].text)
        };
        let name_end = (k..(k + 5).min(self.words.len()))
            .take_while(|&m| name_word(m))
            .find(|&m| m + 1 < self.words.len() && self.gap(m, m + 1).trim() == ",");
        let in_apposition = |c: usize, m: usize| {
            let first = cues[c].first;
            name_end.is_some_and(|j| m > j && first > j + 1)
                && self.gap(first - 1, first).trim() == ","
        };
        // Past the window, a name right after the quote with its role or its institution, and
        // the cue right after that ("“…,” Bo Chen of the Lind Center for Energy Studies
        // wrote").
        let institution = |c: usize| {
            let first = cues[c].first;
            // (Or a role before the name: "former State policy director Ana Ruiz wrote".)
            // ("former George W. Bush speechwriter Tom Neff": the period of an initial.)
            let initial = |m: usize| {
                self.gap(m, m + 1).trim() == "."
                    && self.words[m].text.len() == 1
                    && self.words[m].is_capitalized()
            };
            let described = first > k + 1
                && (k..first - 1).all(|m| self.gap(m, m + 1).trim().is_empty() || initial(m))
                && self.mention_ending_at(first - 1).is_some_and(|m| {
                    let s = self.words.partition_point(|w| w.start < m.start);
                    s >= k
                        && s <= k + ROLE_BEFORE_NAME_WORDS
                        && (k..s).all(|j| {
                            !self.is_verbish(j)
                                && !PREPOSITIONS.contains(&self.key(j))
                                && !CLAUSE_WORDS.contains(&self.key(j))
                        })
                });
            if described {
                return true;
            }
            let Some(r) = self.name_run(k).filter(|r| r.0 == k && r.1 + 2 < first) else {
                return false;
            };
            let mut j = r.1 + 2;
            if !matches!(self.key(r.1 + 1), "of" | "at" | "from") {
                return false;
            }
            if self.key(j) == "the" {
                j += 1;
            }
            (r.1..first).all(|m| self.gap(m, m + 1).trim().is_empty())
                && self
                    .name_run(j)
                    .is_some_and(|n| n.0 == j && n.1 + 1 == first)
        };
        let from = cues.partition_point(|c| c.first < k);
        (from..cues.len())
            .take_while(|&c| cues[c].first < k + POST_QUOTE_APPOSITION_WINDOW)
            .filter(|&c| cues[c].first < k + POST_QUOTE_WINDOW || apposition(c) || institution(c))
            .filter(|&c| {
                !ended
                    || (!full_stop || verb_ends(c))
                        // (A pronoun only right after the quote: "“….” Lindcorp, she
                        // predicted, would" is a new sentence's aside.)
                        && (k..cues[c].first).all(|m| {
                            m == k && pronoun(m) || name_word(m) || in_apposition(c, m)
                        })
            })
            .find(|&c| {
                let cue = &cues[c];
                cue.first >= k
                && self.nest.quote_of(cue.first) == scope
                // One sentence, so the periods of "Sen." and "(D-Mo.)" may stand between.
                && (k..cue.first).all(|m| {
                    self.sentence_of[m + 1] == self.sentence_of[k]
                        && !self.gap(m, m + 1).contains([';', '\n', '“', '"'])
                })
                // "‘…,’ adding that": a participle adds new content rather than
                // attributing the quote before it.
                && !cue.participle
                // "“…” The ministry’s claim that": a noun, not an inverted reporting verb.
                && !self.noun_use(cue)
                // "“…” and warned that": a new clause, not an inverted reporting clause; but
                // a name's apposition may coordinate ("minister for housing and planning").
                // ("“…” until Ruiz said": so is a clause a subordinator opens.)
                && (k..cue.first).all(|m| {
                    !CLAUSE_WORDS.contains(&&self.keys[m])
                        && !MORE_SUBORDINATORS.contains(&self.key(m))
                        || matches!(self.key(m), "and" | "or") && in_apposition(c, m)
                })
                // "“…” for Lee to criticize": an infinitive, not an inverted reporting verb.
                && !self.irrealis(cue)
                && speaker(c)
            })
    }

    /// The nearest cue before quote `qi` in its sentence that introduces it: it counts as
    /// reported speech (`true`), or the quote follows within a few words (`false`).
    pub(super) fn pre_quote_cue(
        &self,
        qi: usize,
        cues: &[Cue],
        speaker: &dyn Fn(usize) -> bool,
    ) -> Option<(usize, bool)> {
        let q = &self.quotes[qi];
        let scope = self.scope_of(qi);
        let first_in = self.words.partition_point(|w| w.start < q.start);
        let sentence = self.sentence_of.get(first_in).copied()?;
        // Only the cues of the quote's sentence are candidates.
        let upto = cues.partition_point(|c| self.words[c.last].end() <= q.start);
        // A cue under a modal or "to" ("said the council should reiterate its support for
        // its “allies”") is part of what an earlier cue reports: the quote is the earlier
        // cue's when one counts, else this one's.
        let mut irrealis = None;
        let found = (0..upto)
            .rev()
            .take_while(|&c| {
                self.sentence_of[cues[c].first] == sentence
                    && first_in <= cues[c].last + CUE_REACH_WORDS
            })
            .find_map(|c| {
                let cue = &cues[c];
                // ("calling on the United States “to …”": a capitalised word inside a name
                // is no verb.)
                let in_name = self.words[cue.first].is_capitalized()
                    && !self.opens_sentence(cue.first)
                    && self.name_run(cue.first).is_some_and(|r| r.0 < cue.first);
                let fits = self.words[cue.last].end() <= q.start
                    && self.nest.quote_of(cue.first) == scope
                    && !in_name
                    && speaker(c);
                let counts = fits && self.counts(cue);
                // The plain "call" introduces a quote only when it names ("that critics
                // call « … »", not "Fans call it the 'big one'").
                let plain_call = cue.rule == Rule::Naming && self.key(cue.last) == "call";
                // Nor does agreement that is no speech ("agree its “provisional” plan").
                let deal = cue.rule == Rule::Agreement;
                let near = fits && !plain_call && !deal && first_in <= cue.last + PRE_QUOTE_WINDOW;
                if irrealis.is_some() {
                    return counts.then_some((c, counts));
                }
                if (counts || near) && self.irrealis(cue) {
                    irrealis = Some((c, counts));
                    return None;
                }
                (counts || near).then_some((c, counts))
            });
        let found = found.or(irrealis)?;
        // (A partial quote inside what an earlier cue reports is that cue's.)
        let mut outer = found.0;
        while let Some(c) = self.outer_reporter(qi, outer, cues, speaker) {
            outer = c;
        }
        Some(if outer == found.0 {
            found
        } else {
            (outer, true)
        })
    }

    /// Quote `qi` ends, with its comma, a subordinate clause that opens its sentence and
    /// holds the cue `pre` that introduces it: a cue after that comma heads the main clause
    /// ("Although Ruiz says she “loves the town,” she also accuses it of waste"), not a
    /// reporting clause of the quote. (Not "If “we lose,” Chen said, “…”", where no cue
    /// before the quote introduces it.)
    pub(super) fn ends_opening_clause(&self, qi: usize, pre: &Cue, cue: &Cue) -> bool {
        let q = &self.quotes[qi];
        let first_in = self.words.partition_point(|w| w.start < q.start);
        let comma = |m: usize| self.gap(m - 1, m).contains(',');
        let opening = self
            .opening_subordinator(pre.first)
            .is_some_and(|s| !(s + 1..first_in).any(comma));
        let inner = self.text[q.start..q.end].trim_end_matches(['”', '"', '’', '\'', '»', ' ']);
        let after = self.words.partition_point(|w| w.start < q.end);
        let closed = inner.ends_with(',') || (after..=cue.first).any(comma);
        opening && closed && cue.first >= after
    }

    /// The first word of word `k`'s sentence, within [`OPENING_CLAUSE_WORDS`] before it,
    /// when a subordinator opens the sentence there ("After Chen argued …", "Although
    /// Ruiz says …"); whether its clause still runs at `k` is the caller's to say.
    fn opening_subordinator(&self, k: usize) -> Option<usize> {
        let sentence = self.sentence_of[k];
        let start = (k.saturating_sub(OPENING_CLAUSE_WORDS)..=k)
            .rev()
            .take_while(|&m| self.sentence_of[m] == sentence)
            .last()?;
        (self.opens_sentence(start) && SUBORDINATORS.contains(&self.key(start))).then_some(start)
    }

    /// The cue whose reported clause holds cue `inner` and partial quote `qi` after it:
    /// "Bo Chen said Ruiz promised the board that the harbour “would stay open”" is Chen's
    /// report of what Ruiz said, the quoted words his (PolNeAR annotates the outer
    /// attribution only). The outer cue is the one before `inner` in its sentence, a verb
    /// taking a clause, with "that" after it, or its clause running on without a comma or
    /// a clause word to `inner` ("farmers say she had vowed to “scrap” the levy"). Not a
    /// quote its own verb introduces with a comma or colon ("Chen said Ruiz told him: “We
    /// will win”"), nor a cue in a clause of its own ("Chen said on Monday, when Ruiz
    /// called it “a disaster,”").
    fn outer_reporter(
        &self,
        qi: usize,
        inner: usize,
        cues: &[Cue],
        speaker: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let q = &self.quotes[qi];
        let first_in = self.words.partition_point(|w| w.start < q.start);
        let before = first_in.checked_sub(1)?;
        if !self.text[self.words[before].end()..q.start]
            .trim()
            .is_empty()
        {
            return None;
        }
        let c = inner.checked_sub(1)?;
        let (outer, inner) = (&cues[c], &cues[inner]);
        let sentence = self.sentence_of[inner.first];
        let marker = self.key(outer.last + 1) == "that";
        let one_clause = (outer.last..inner.first).all(|m| {
            self.sentence_of[m] == sentence
                && !self
                    .gap(m, m + 1)
                    .contains([';', ':', '(', ')', '—', '–', '“', '”', '"'])
        });
        let comma = |m: usize| self.gap(m - 1, m).contains(',');
        let between = outer.last + 1..inner.first;
        // (The gaps up to the inner cue's first word.)
        let gaps = outer.last + 1..=inner.first;
        let runs_on = between
            .clone()
            .all(|m| !CLAUSE_WORDS.contains(&self.key(m)))
            && !gaps.clone().any(&comma);
        // An outer cue in a relative clause on the inner cue's subject ("the groups who
        // wrote to her say they are “worried”").
        let in_relative =
            (outer.first.saturating_sub(2)..outer.first).any(|m| RELATIVES.contains(&self.key(m)));
        // After a comma, a clause of its own ("…, while Ruiz said that"); a capitalised
        // pronoun is a sentence the splitter missed ("left for the U.K. She says").
        let new_clause = between.clone().any(|m| {
            comma(m) && CLAUSE_WORDS.contains(&self.key(m)) && !RELATIVES.contains(&self.key(m))
                || self.words[m].is_capitalized() && is_speaker_pronoun(self.key(m))
        });
        // A quote still inside a relative clause is its verb's ("Dan Corey, whom she
        // branded a “menace”"), not one after it ("the plan, which some have argued was
        // rushed, was a “gift” to the banks").
        let relative = between.clone().any(|m| RELATIVES.contains(&self.key(m)));
        let closed = (inner.last + 1..first_in).any(&comma);
        // An outer cue in a subordinate clause that opens the sentence, the inner cue past
        // its comma in the main clause ("When Chen claimed that …, Ruiz said that his
        // “sums are wrong”").
        let opening = self
            .opening_subordinator(outer.first)
            .is_some_and(|s| !(s + 1..=outer.first).any(&comma));
        let subordinate = opening && gaps.clone().any(&comma);
        let takes_clause = matches!(
            outer.rule,
            Rule::Always | Rule::Content | Rule::NounVerb | Rule::Evidence | Rule::Object
        );
        (takes_clause
            && outer.last + 1 < inner.first
            && one_clause
            && (marker || runs_on)
            && !new_clause
            && (!relative || closed)
            && !subordinate
            && !in_relative
            && self.nest.quote_of(outer.first) == self.scope_of(qi)
            && !self.irrealis(outer)
            && self.counts(outer)
            && speaker(c))
        .then_some(c)
    }

    /// A cue verb under a modal or the infinitive "to", an adverb or "not" between ("will
    /// continue", "to further explain", "should not say"): what may be said, not what was.
    pub(super) fn irrealis(&self, cue: &Cue) -> bool {
        (1..=3)
            .map_while(|back| cue.first.checked_sub(back))
            .take_while(|&i| self.gap(i, i + 1).trim().is_empty())
            .map(|i| self.key(i))
            .try_for_each(|k| {
                if IRREALIS_MARKERS.contains(&k) {
                    Err(true)
                } else if k == "not" || (k.len() > 3 && k.ends_with("ly")) || k == "further" {
                    Ok(())
                } else {
                    Err(false)
                }
            })
            .err()
            .unwrap_or(false)
    }

    /// A cue that ends the paragraph before quote `qi` with a colon, when the quote opens its
    /// own paragraph: a block quote ("Breitbart News responded:" / "“…”"; "The Times
    /// confirmed it, reporting:"). At most [`COLON_CUE_WORDS`] words stand between the cue and
    /// the colon ("said in a statement:").
    pub(super) fn colon_cue_before(
        &self,
        qi: usize,
        cues: &[Cue],
        speaker: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let q = &self.quotes[qi];
        let para = self.paragraph_at(q.start);
        if para == 0
            || !self.text[self.paragraph_start(para)..q.start]
                .trim()
                .is_empty()
        {
            return None;
        }
        let k = self.words.partition_point(|w| w.start < q.start);
        let last = k.checked_sub(1)?;
        if self.paragraph_of(last) + 1 != para {
            return None;
        }
        let tail = &self.text[self.words[last].end()..self.paragraph_start(para)];
        if !tail.trim().starts_with(':') || self.nest.quote_of(last).is_some() {
            return None;
        }
        let upto = cues.partition_point(|c| c.last <= last);
        let c = upto.checked_sub(1)?;
        let cue = &cues[c];
        let near = last - cue.last <= COLON_CUE_WORDS
            && (cue.last..last)
                .all(|m| !self.gap(m, m + 1).contains(['.', ';', '!', '?', '“', '"']));
        (near && self.nest.quote_of(cue.first).is_none() && speaker(c)).then_some(c)
    }

    /// A later "said"-type cue in the quote's sentence ("“…” and so on, Smith said").
    pub(super) fn later_quote_cue(
        &self,
        qi: usize,
        cues: &[Cue],
        speaker: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let q = &self.quotes[qi];
        let scope = self.scope_of(qi);
        // "Guns are “…” and “…,” Ana Ruiz proclaimed to the crowd": a quote joined by "and"
        // or "or" to the next one takes the cue right after that one, when the comma inside
        // its marks makes that one speech (not "comparing them to “…” and “…”, Bo Chen
        // wrote").
        if let Some(next) = self.quotes.get(qi + 1) {
            let joined = self
                .text
                .get(q.end..next.start)
                .is_some_and(|g| matches!(g.trim(), "and" | "or"));
            let inner =
                self.text[next.start..next.end].trim_end_matches(['”', '"', '’', '\'', '»']);
            if joined && inner.ends_with(',') && self.scope_of(qi + 1) == scope {
                if let Some(c) = self.post_quote_cue(qi + 1, cues, speaker) {
                    return Some(c);
                }
            }
        }
        // A quote of several sentences that its sentence goes on after ("“… vote. I do not
        // think so,” Ruiz, who is a delegate, said"; "“…? …!” the mayor tweeted") takes a
        // later cue of its last sentence; one that ends its sentence ("“… vote. I will not.”
        // Chen said that") does not.
        let after_quote = self.words.partition_point(|w| w.start < q.end);
        let inner = self.text[q.start..q.end].trim_end_matches(['”', '"', '’', '\'', '»', ' ']);
        let ends = inner.ends_with(['.', '?', '!'])
            && self
                .words
                .get(after_quote)
                .is_none_or(|w| w.is_capitalized());
        let at = if ends {
            self.words.partition_point(|w| w.start < q.start)
        } else {
            after_quote.checked_sub(1)?
        };
        let sentence = self.sentence_of.get(at).copied()?;
        let from = cues.partition_point(|c| c.first < after_quote);
        (from..cues.len())
            .take_while(|&c| {
                self.sentence_of[cues[c].first] == sentence
                    && cues[c].first <= after_quote + CUE_REACH_WORDS
            })
            .find(|&c| {
                let cue = &cues[c];
                cue.first >= after_quote
                    && self.nest.quote_of(cue.first) == scope
                    // ("… a nationwide “walk-in” at 2,000 schools, according to the
                    // organizer": "according to" sources its whole sentence.)
                    && (matches!(cue.rule, Rule::Always | Rule::AccordingTo)
                        || self.clause_final(cue))
                    // "“…” for Lee to criticize the mayor": what may be said, not who said it.
                    && !self.irrealis(cue)
                    // "will be “fair” to him, engaging in what analysts described as …": a
                    // free relative's verb describes something else.
                    && !(after_quote..cue.first).any(|k| MORE_SUBORDINATORS.contains(&self.key(k)))
                    && !self.contrasted_clause(after_quote, cue.first)
                    && speaker(c)
            })
    }

    /// The cue at word `first` heads a clause of its own that a contrasting conjunction
    /// opens after word `from`, its subject a name or pronoun right before it: "to act
    /// “presidential,” but Trump said he answered", not a reporting clause of the quote
    /// before.
    fn contrasted_clause(&self, from: usize, first: usize) -> bool {
        let subject = |m: usize| {
            self.words[m].is_capitalized()
                || matches!(self.key(m), "he" | "she" | "they" | "we" | "i")
        };
        let mut j = first;
        while j > from && first - j < SUBJECT_AFTER_CONJUNCTION_WORDS && subject(j - 1) {
            j -= 1;
        }
        j < first
            && j > from
            && CONTRASTING_CONJUNCTIONS.contains(&self.key(j - 1))
            && self.gap(j - 1, j).trim().is_empty()
    }

    /// Word `k` follows an indefinite noun phrase of a few words: "a book called",
    /// "an account called", where the participle names a title, not a speaker's words (not
    /// "a claim the union called", a clause with its own subject).
    pub(super) fn after_indefinite_noun(&self, k: usize) -> bool {
        (1..=4)
            .map_while(|back| k.checked_sub(back))
            .take_while(|&i| {
                self.gap(i, i + 1).trim().is_empty()
                    && (i + 1 == k
                        || !SPEAKER_DETERMINERS.contains(&self.key(i + 1))
                            && !matches!(self.key(i + 1), "he" | "she" | "they" | "we" | "i"))
            })
            .any(|i| matches!(self.key(i), "a" | "an") && i + 1 < k)
    }

    /// Quote marks introduced as a term: "the so-called ‘reform’", "dubbed ‘Shellshock’".
    pub(super) fn scare_frame(&self, quote_start: usize) -> bool {
        let k = self.words.partition_point(|w| w.end() <= quote_start);
        k > 0 && {
            let prev = &self.keys[k - 1];
            let gap = &self.text[self.words[k - 1].end()..quote_start];
            gap.trim().is_empty()
                && SCARE_FRAMES.contains(&prev)
                // "what she called “…”", "whom he dubbed “…”": a speaker names it (not "a
                // storm dubbed “…”").
                && !(prev == "called"
                    && !self.after_indefinite_noun(k - 1)
                    && self.subject_left(k - 1).is_found())
                && !(prev == "dubbed"
                    && k >= 2
                    && matches!(self.key(k - 2), "he" | "she" | "they" | "we" | "i")
                    && self.subject_left(k - 1).is_found())
        }
    }
}
