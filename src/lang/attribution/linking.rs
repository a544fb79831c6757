//! Which cue or speaker each quote belongs to: the cue right after it, an incise inside
//! it, the nearest cue before it in its sentence, the subject before a colon, or the speaker
//! of the quote it continues (dialogue turns included).

use super::*;

impl Engine<'_> {
    pub(super) fn link_quotes(
        &self,
        cues: &[Cue],
        speakers: &[Option<Found>],
    ) -> Vec<Option<Link>> {
        let v = self.view();
        let mut links: Vec<Option<Link>> = Vec::with_capacity(self.quotes.len());
        for (qi, q) in self.quotes.iter().enumerate() {
            let para = v.paragraph_at(q.start);
            let first_word = v.words.partition_point(|w| w.start < q.start);
            let after_word = v.words.partition_point(|w| w.start < q.end);
            let has_speaker =
                |c: usize| speakers[c].is_some() || cues[c].rule == CueRule::Impersonal;
            // 1. A cue right after the quote, object pronouns between ("», lui a-t-elle
            // lancé", "», le reconoció").
            let mut cue_word = after_word;
            while cue_word + 1 < v.len()
                && self.r.joined(cue_word)
                && !self.r.cap(cue_word)
                && self.t.is(v.key(cue_word), Class::Clitic)
                && !self.t.is(v.key(cue_word), Class::Coordinator)
            {
                cue_word += 1;
            }
            let after = cues.iter().position(|c| {
                c.first == cue_word
                    && c.first < v.len()
                    && v.paragraph_of(c.first) == para
                    && after_word < v.len()
                    && self
                        .between(q.end, v.words[after_word].start)
                        .chars()
                        .all(|ch| ch.is_whitespace() || matches!(ch, ',' | '—' | '–' | '-'))
            });
            // 2. A cue inside it, between commas or dashes.
            let inside = || {
                cues.iter().position(|c| {
                    c.first > first_word
                        && c.last < after_word
                        && self.quote_of(c.first) == Some(qi)
                        && self.after_quote_or_comma(c)
                        && has_speaker_inside(self, c)
                })
            };
            // 3. The nearest cue before it in its sentence.
            let before = || {
                let s = v.sentence_of.get(first_word).copied()?;
                cues.iter()
                    .rposition(|c| {
                        c.last < first_word
                            && first_word - c.last <= PRE_QUOTE_WORDS
                            && v.sentence_of[c.last] == s
                            && self.quote_of(c.first).is_none()
                            && c.rule != CueRule::AfterQuote
                    })
                    .or_else(|| {
                        // "… a déclaré :" ending the paragraph before.
                        let prev = first_word.checked_sub(1)?;
                        let c = cues.iter().rposition(|c| c.last == prev)?;
                        self.between(v.words[prev].end(), q.start)
                            .trim()
                            .starts_with(':')
                            .then_some(c)
                    })
            };
            // 4. A quote inside reported content, its cue after it and a comma later in the
            // sentence ("Das Geld sei »von Beginn an« veruntreut worden, sagte sie").
            let later = || {
                let s = v.sentence_of.get(first_word).copied()?;
                cues.iter()
                    .position(|c| {
                        c.first >= after_word
                            && c.first - after_word <= PRE_QUOTE_WORDS
                            && v.sentence_of[c.first] == s
                            && self.quote_of(c.first).is_none()
                            && (self.content_before(c)
                                || (c.inverted.is_some() && self.after_quote_or_comma(c)))
                    })
                    .filter(|&c| {
                        // No other quote between.
                        let end = v.words[cues[c].first].start;
                        !self.quotes.iter().any(|o| o.start >= q.end && o.end <= end)
                    })
            };
            let cue = after
                .filter(|&c| has_speaker(c) && self.quote_of(cues[c].first).is_none())
                .or_else(inside)
                .or_else(|| before().filter(|&c| has_speaker(c)))
                .or_else(|| later().filter(|&c| has_speaker(c)));
            let link = match cue {
                Some(c) => Some(Link::Cue(c)),
                None => self
                    .colon_subject(q, first_word)
                    .or_else(|| self.continued(qi, &links, speakers))
                    .map(Link::Continues),
            };
            links.push(link);
        }
        links
    }

    /// A quote after a colon that ends its clause, with no cue: the clause's subject says
    /// it, whatever the verb ("Elle en rit : « … »", "Er winkt ab: „…“").
    pub(super) fn colon_subject(&self, q: &QuoteSpan, first_word: usize) -> Option<Found> {
        let v = self.view();
        let s = *v.sentence_of.get(first_word)?;
        let (sentence_start, _) = v.sentences[s as usize];
        if !self
            .between(sentence_start, q.start)
            .trim_end()
            .ends_with(':')
        {
            return None;
        }
        let i = v.words.partition_point(|w| w.start < sentence_start);
        if i >= first_word || self.quote_of(i).is_some() {
            return None;
        }
        // German puts an object first too ("Einen Grund zur Entwarnung sieht Steinkamp
        // nicht: „…“"): then the subject is the person named after the verb.
        let f = if self.t.capitalised_nouns && self.t.is(v.key(i), Class::Accusative) {
            (i + 1..first_word)
                .filter(|k| self.es.runs.contains_key(k))
                .find_map(|k| self.name_at(k))?
        } else {
            self.np_after(i)?
        };
        (f.kind == Kind::Person && f.end <= q.start).then_some(Found {
            confidence: CONTINUED,
            ..f
        })
    }

    /// The speaker a quote with no cue continues: the quote before it in its paragraph, or,
    /// when the quote opens its paragraph, the last quote of the paragraph before.
    pub(super) fn continued(
        &self,
        qi: usize,
        links: &[Option<Link>],
        speakers: &[Option<Found>],
    ) -> Option<Found> {
        let v = self.view();
        let q = &self.quotes[qi];
        let dash = self.dash_turn(q);
        if !dash && self.words_in(q) <= SCARE_MAX_WORDS {
            return None;
        }
        let para = v.paragraph_at(q.start);
        let opens = v.text[v.paragraph_start(para)..q.start].trim().is_empty();
        // A dialogue's question is the interviewer's: nobody the article names.
        if dash && opens && self.question(q) {
            return None;
        }
        for (pi, prev) in self.quotes[..qi].iter().enumerate().rev() {
            if prev.depth != q.depth || prev.end > q.start {
                continue;
            }
            let pp = v.paragraph_at(prev.start);
            let reach = if dash { DIALOGUE_TURNS } else { 1 };
            if pp != para && !(opens && pp + reach >= para) {
                return None;
            }
            // In a dialogue, the other side's turns (the questions) are passed over.
            if dash && pp != para && self.dash_turn(prev) && self.question(prev) {
                continue;
            }
            let f = match &links[pi] {
                Some(Link::Continues(f)) => Some(f.clone()),
                Some(Link::Cue(c)) => speakers[*c].clone(),
                None => None,
            };
            return f.map(|f| Found {
                confidence: CONTINUED,
                ..f
            });
        }
        None
    }
}

impl Engine<'_> {
    /// A dash-dialogue turn ("—No lo sé"), or its part after an incise ("—dijo—. Veremos").
    pub(super) fn dash_turn(&self, q: &QuoteSpan) -> bool {
        let text = self.view().text;
        self.t.dash_dialogue
            && (text[q.start..].starts_with(['—', '―'])
                || text[..q.start]
                    .trim_end_matches([' ', '.', ',', ';', ':'])
                    .ends_with(['—', '―']))
    }

    /// A quote that asks ("—¿Y el futuro?").
    pub(super) fn question(&self, q: &QuoteSpan) -> bool {
        self.view().text[q.start..q.end].trim_end().ends_with('?')
    }
}

/// What a quote is linked to: a cue, or the speaker of a quote before it.
pub(super) enum Link {
    Cue(usize),
    Continues(Found),
}

/// An incise inside a quote has its subject in it: "a-t-il ajouté", "dijo el juez".
fn has_speaker_inside(e: &Engine, c: &Cue) -> bool {
    c.inverted.is_some() || e.np_after(c.last + 1).is_some() || e.t.pro_drop
}
