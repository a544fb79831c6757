//! Where a cue's speaker stands: the subject after an inverted cue, before the cue (across
//! an apposition), after "selon"/"laut"/"según", the source of impersonal reporting, a
//! dropped Spanish subject. The phrase found there is resolved to who it is by
//! [`super::resolve`].

use super::*;

impl Engine<'_> {
    pub(super) fn cue_speaker(&self, c: &Cue) -> Option<Found> {
        let v = self.view();
        if c.rule == CueRule::AccordingTo {
            // "nach eigenen Angaben", "selon ses propres dires": the clause's subject.
            if c.last > c.first && self.t.is(v.key(c.last - 1), Class::Own) {
                let mut j = c.first.checked_sub(1)?;
                while j > 0 && self.t.auxiliaries.contains(v.key(j)) && self.r.joined(j - 1) {
                    j -= 1;
                }
                if self.t.auxiliaries.contains(v.key(j)) {
                    return None;
                }
                return self.np_before(j, c.first);
            }
            // "X zufolge": the source comes before.
            if v.key(c.first) == "zufolge" {
                return c
                    .first
                    .checked_sub(1)
                    .and_then(|j| self.np_before(j, c.first));
            }
            if !self.r.joined(c.last) {
                return None;
            }
            // "nach Informationen dieser Zeitung": a demonstrative, then the source.
            if self.t.is(v.key(c.last + 1), Class::Demonstrative) && self.r.joined(c.last + 1) {
                return self.source_at(c.last + 2);
            }
            return self.np_after(c.last + 1);
        }
        if c.rule == CueRule::Viewpoint {
            return self.viewpoint(c);
        }
        if c.rule == CueRule::AfterQuote && !self.right_after_quote(c) {
            return None;
        }
        if c.rule == CueRule::Impersonal {
            return self.impersonal_source(c);
        }
        if let Some(a) = c.inverted {
            return self.pronoun(
                a,
                v.words[c.first].start,
                (v.words[c.first].start, v.words[c.last].end()),
            );
        }
        // "…, dijo Parejo, que atribuyó …": a relative pronoun's subject is the name before
        // its comma.
        if c.first >= 2
            && self.t.is(v.key(c.first - 1), Class::Relative)
            && v.gap(c.first - 2, c.first - 1).trim() == ","
        {
            let person = |f: &Found| f.entity.is_some_and(|e| self.es.list[e].person);
            if let Some(f) = self.r.run_to(c.first - 2).and_then(|n| self.name_at(n)) {
                if person(&f) {
                    return Some(f);
                }
            }
        }
        // "Le collectif « Sauvons notre piscine » a annoncé": a quote naming something
        // inside the subject, no comma after it; the subject is before the quote.
        if let Some(f) = self.subject_around_quote(c) {
            return Some(f);
        }
        // Not after an apposition closing its subject ("El entrenador, Íñigo Larrañaga,
        // atribuyó la derrota").
        let inverted_place = self.after_quote_or_comma(c)
            && (self.right_after_quote(c)
                || self.quote_of(c.first).is_some()
                || self.content_before(c)
                || (self.t.free_inversion
                    && (c.first == 0 || self.np_before(c.first - 1, c.first).is_none())));
        let next_joined = self.r.joined(c.last);
        if inverted_place && next_joined {
            if let Some(f) = self.np_after(self.skip_adverbs(c.last + 1)) {
                return Some(f);
            }
        }
        let mut before_at = c.first;
        while before_at > 0
            && self.r.joined(before_at - 1)
            && self.t.is(v.key(before_at - 1), Class::Clitic)
            && !self.t.capitalised_nouns
        {
            before_at -= 1;
        }
        let subject_before = |at: usize| {
            at.checked_sub(1)
                .filter(|&j| v.sentence_of[j] == v.sentence_of[at])
                .and_then(|j| self.np_before(j, at))
        };
        let mut before = subject_before(before_at);
        // German perfect: the subject before the auxiliary ("Kuhn hat am Montag erklärt")
        // or right after it ("Am Montag hat Kuhn erklärt").
        if before.is_none() {
            if let Some(aux) = c.aux {
                before = subject_before(aux).or_else(|| self.np_after(aux + 1));
            }
        }
        if before.is_none() && self.t.free_inversion && next_joined {
            if let Some(f) = self.np_after(c.last + 1) {
                return Some(f);
            }
        }
        if before.is_some() {
            return before;
        }
        if self.t.pro_drop && self.subjectless(c) {
            return self.dropped_subject(c);
        }
        // German puts the subject first and the participle last ("Mehrere Abgeordnete
        // sollen in einer Sitzung kritisiert haben").
        if self.t.capitalised_nouns {
            let s = v.sentence_of[c.first];
            let first = v
                .words
                .partition_point(|w| w.start < v.sentences[s as usize].0);
            let clause = self.between(v.words[first].end(), v.words[c.first].start);
            // Inside a quote, its own clause ("»Er saß bei mir und hat gesagt: …«").
            if first + 1 < c.first
                && (self.quote_of(first).is_none()
                    || self.quote_of(first) == self.quote_of(c.first))
                && !clause.contains([':', ';', '?', '!'])
                && !v.text[v.words[first].end()..].starts_with(':')
            {
                return self
                    .np_after(first)
                    .filter(|f| f.end < v.words[c.first].start);
            }
        }
        None
    }

    /// The subject of a cue right after a short quote that stands inside its clause, with
    /// no comma or colon around it ("Le collectif « Sauvons notre piscine » a annoncé").
    pub(super) fn subject_around_quote(&self, c: &Cue) -> Option<Found> {
        let v = self.view();
        let cue_start = v.words[c.first].start;
        let q = self
            .quotes_just_before(cue_start, char::is_whitespace)
            .next()?;
        if self.words_in(q) > SCARE_MAX_WORDS + 1 {
            return None;
        }
        let before = v
            .words
            .partition_point(|w| w.start < q.start)
            .checked_sub(1)?;
        let lead = self.between(v.words[before].end(), q.start);
        if v.sentence_of[before] != v.sentence_of[c.first] || lead.contains([',', ':', '.', ';']) {
            return None;
        }
        self.subject_chunk(before)
    }

    /// The source of a viewpoint frame ("Pour le magistrat, …", "Para Andrés Peñalver,
    /// analista de …, …"): a person, group or institution set off by a comma, a postnominal
    /// adjective at most before it ("Para el técnico vasco,"); not "Pour la première fois,".
    pub(super) fn viewpoint(&self, c: &Cue) -> Option<Found> {
        let (v, r) = (self.view(), &self.r);
        if !r.joined(c.last) {
            return None;
        }
        let f = self.np_after(c.last + 1)?;
        let k = v.words.partition_point(|w| w.end() <= f.end);
        let source = (c.last + 1..k).any(|w| {
            r.role(w).is_some() || r.group(w) || r.org(w) || r.pronoun(w).is_some() || r.cap(w)
        });
        let comma = |a: usize| a + 1 < v.len() && v.gap(a, a + 1).trim() == ",";
        let adjective = k < v.len() && r.joined(k - 1) && !r.cap(k) && !r.function_word(k);
        (source && (comma(k - 1) || (adjective && comma(k)))).then_some(f)
    }

    /// The first word from `i` that is not an adverb of time or manner between an inverted
    /// cue and its subject ("a assuré mercredi un proche", "sagte am Montag Kuhn").
    pub(super) fn skip_adverbs(&self, i: usize) -> usize {
        let v = self.view();
        let mut k = i;
        while k < v.len() && k < i + ADVERBS_IN_CUE && k + 1 < v.len() && self.r.joined(k) {
            let key = v.key(k);
            if self.adverb(k) || self.t.is(key, Class::Weekday) {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// The source of impersonal reporting: after a preposition of origin within a few
    /// words ("hieß es lediglich in einer Mitteilung", "heißt es aus Regierungskreisen"), or
    /// the phrase the clause opens with ("Aus dem Verband heißt es").
    pub(super) fn impersonal_source(&self, c: &Cue) -> Option<Found> {
        let v = self.view();
        let s = v.sentence_of[c.last];
        for k in c.last + 1..(c.last + 1 + SOURCE_REACH).min(v.len()) {
            if v.sentence_of[k] != s || v.gap(k - 1, k).contains([',', '.', ';', ':']) {
                break;
            }
            if self.t.is(v.key(k), Class::SourcePreposition) {
                return self.source_at(k + 1);
            }
        }
        let first = v
            .words
            .partition_point(|w| w.start < v.sentences[s as usize].0);
        if first < c.first && self.t.is(v.key(first), Class::SourcePreposition) {
            return self
                .source_at(first + 1)
                .filter(|f| f.end <= v.words[c.first].start);
        }
        None
    }

    /// A source phrase from word `i`: a speaker's noun phrase, or a bare noun
    /// ("Regierungskreisen"), a document or an institution rather than a person.
    pub(super) fn source_at(&self, i: usize) -> Option<Found> {
        let v = self.view();
        let r = &self.r;
        if i >= v.len() {
            return None;
        }
        let mut f = match self.np_after(i) {
            Some(f) => f,
            None if r.cap(i) && !r.function_word(i) => {
                let end = self.phrase_end(i);
                self.described(i, end, Kind::Organisation, i)
            }
            None => return None,
        };
        if f.entity.is_none() && f.kind == Kind::Person {
            f.kind = Kind::Document;
        }
        Some(f)
    }

    /// Nothing before the cue in its clause could be its subject (Spanish "«…», añadió",
    /// "Añadió que …").
    pub(super) fn subjectless(&self, c: &Cue) -> bool {
        let v = self.view();
        c.first == 0
            || v.sentence_of[c.first - 1] != v.sentence_of[c.first]
            || self.after_quote_or_comma(c)
            || self.t.is(v.key(c.first - 1), Class::ClauseWord)
    }

    /// The subject a Spanish cue leaves out: the latest person named in its paragraph
    /// before it ("el técnico, Gonzalo Prieto, no ocultó su enfado. «…», lamentó"), else the
    /// last speaker (a dialogue turn: "—…—respondió—").
    pub(super) fn dropped_subject(&self, c: &Cue) -> Option<Found> {
        let v = self.view();
        let pos = v.words[c.first].start;
        let para = v.paragraph_of(c.first);
        let para_start = v.paragraph_start(para);
        let (cs, ce) = self.cue_span(c);
        let in_paragraph = |e: usize| {
            self.es
                .last_mention_of(e, pos)
                .is_some_and(|p| p >= para_start)
        };
        // People with a given name or title first ("Servimed Norte" may be a company).
        let subject = self
            .es
            .latest(pos, LOOKBACK, |e| e.strong)
            .filter(|&e| in_paragraph(e))
            .or_else(|| {
                self.es
                    .latest(pos, LOOKBACK, |e| e.person)
                    .filter(|&e| in_paragraph(e))
            });
        if let Some(e) = subject {
            return Some(self.person(e, (cs, ce), DROPPED_SUBJECT));
        }
        // A dialogue turn's own cue ("—…—admite—") is the interviewee's: the person the
        // article names most.
        let turn = self.t.dash_dialogue
            && (self
                .quote_of(c.first.saturating_sub(1))
                .is_some_and(|q| self.dash_turn(&self.quotes[q]))
                || v.text[para_start..].trim_start().starts_with(['—', '―']));
        // A turn is the person introduced as a subject since the last speaker ("El capitán,
        // Sergio Valcárcel, se detuvo con este diario. —¿…? —…—respondió—").
        if turn {
            let since = self.narrated.as_ref().map_or(0, |f| f.end);
            let intro = self
                .es
                .mentions_in(since, pos)
                .iter()
                .rev()
                .find(|&&(p, e)| {
                    let ent = &self.es.list[e];
                    ent.strong && !ent.org && self.subject_at(p)
                });
            if let Some(&(_, e)) = intro {
                return Some(self.person(e, (cs, ce), DROPPED_SUBJECT));
            }
        }
        // A turn continues the last speaker when a named person spoke just before.
        if turn {
            if let Some((f, p)) = &self.last {
                let named = f.entity.is_some_and(|e| self.es.list[e].strong);
                if named && para <= p + DROPPED_SUBJECT_PARAGRAPHS {
                    return Some(f.again((cs, ce), DROPPED_SUBJECT));
                }
            }
        }
        if turn {
            if let Some(e) = self.es.most_mentioned(pos, |e| !e.org && e.person) {
                return Some(self.person(e, (cs, ce), DROPPED_SUBJECT));
            }
        }
        let (f, p) = self.last.as_ref()?;
        (para <= p + DROPPED_SUBJECT_PARAGRAPHS).then(|| f.again((cs, ce), DROPPED_SUBJECT))
    }

    /// The speaker whose noun phrase starts at word `i` (after a cue or "selon").
    pub(super) fn np_after(&self, i: usize) -> Option<Found> {
        let v = self.view();
        if i >= v.len() {
            return None;
        }
        let r = &self.r;
        let pos = v.words[i].start;
        if let Some(a) = r.pronoun(i) {
            return self.pronoun(a, pos, (pos, v.words[i].end()));
        }
        if r.courtesy(i).is_some() {
            return (i + 1 < v.len()).then(|| self.name_placed(i + 1)).flatten();
        }
        if let Some(f) = self.name_placed(i) {
            return Some(f);
        }
        // A description: determiner, at most one adjective, then the noun.
        let mut j = i;
        let det = r.determiner(i);
        if det.is_some() && r.elided(i).is_none() {
            j = i + 1;
        }
        if j < v.len() && j > i {
            j = self.head_noun(j);
        }
        if j >= v.len() || v.sentence_of[j] != v.sentence_of[i] {
            return None;
        }
        // "según su versión", "selon ses proches"? no: "su versión" is its possessor's.
        if self.t.is(v.key(i), Class::Possessive) && r.role(j).is_none() && !r.group(j) && !r.org(j)
        {
            let pos = v.words[i].start;
            return self.pronoun(Agreement::Any, pos, (pos, v.words[j].end()));
        }
        self.description(i, j, det).or_else(|| {
            // "l'un des auteurs, le professeur Laurent Achard": no head, a name in apposition.
            det.and_then(|_| self.apposed_further(i))
        })
    }

    /// The subject ending at word `j`, before the cue at `cue`: a name, pronoun or
    /// description, or, across an apposition ("Aubert, la ministre de la Justice, a
    /// déclaré"), the name before it.
    pub(super) fn np_before(&self, j: usize, cue: usize) -> Option<Found> {
        let v = self.view();
        let gap = v.gap(j, cue);
        if gap.contains(['»', '“', '”', '"', '«', '.', ';', '—']) {
            return None;
        }
        if gap.contains(',') {
            let s = v.sentence_of[j];
            // A name in apposition: "Cette femme d'une cinquantaine d'années, Martine
            // Roussel, a raconté".
            if let Some(first) = self.r.run_to(j) {
                if first > 0
                    && v.sentence_of[first - 1] == s
                    && v.gap(first - 1, first).trim() == ","
                {
                    if let Some(f) = self.name_at(first) {
                        return Some(f);
                    }
                }
            }
            // An apposition: the phrase before the comma that opens it.
            let lo = j.saturating_sub(APPOSITION_WORDS);
            for k in (lo.max(1)..=j).rev() {
                if v.sentence_of[k - 1] != s {
                    break;
                }
                if v.gap(k - 1, k).trim() == "," {
                    return self.subject_chunk(k - 1);
                }
            }
            return None;
        }
        self.subject_chunk(j)
    }

    /// The noun phrase that ends at `j`: from the start of its chunk (after a clause
    /// word, punctuation or a verb), its first nominal is the head.
    pub(super) fn subject_chunk(&self, j: usize) -> Option<Found> {
        let v = self.view();
        let r = &self.r;
        if let Some(a) = r.pronoun(j) {
            let pos = v.words[j].start;
            return self.pronoun(a, pos, (pos, v.words[j].end()));
        }
        let s = v.sentence_of[j];
        let mut start = j;
        while start > 0 && j - start < SUBJECT_WORDS {
            let p = start - 1;
            if v.sentence_of[p] != s || !r.joined(p) {
                break;
            }
            let key = v.key(p);
            // "d'un", "d'une": a complement glued to its determiner.
            let complement = self.t.is(key, Class::Complement)
                || r.elided(p).is_some_and(|e| self.t.is(e, Class::Complement));
            if self.t.is(key, Class::ClauseWord)
                || r.cue_word(p)
                || self.t.auxiliaries.contains(key)
                || (r.function_word(p) && r.determiner(p).is_none() && !complement)
            {
                break;
            }
            start = p;
        }
        // After a preposition the phrase is an object, not the subject ("in einer Sitzung"),
        // unless a participle's complements follow the subject opening the sentence ("Une
        // étude publiée en mars dans la revue X suggère", "Un informe publicado por …").
        if start > 0 && r.joined(start - 1) && self.t.is(v.key(start - 1), Class::Preposition) {
            let first = v
                .words
                .partition_point(|w| w.start < v.sentences[s as usize].0);
            let participle = |k: usize| {
                let key = v.key(k);
                self.t.participle_endings.iter().any(|e| key.ends_with(e))
            };
            let plain = (first..j).all(|k| {
                r.joined(k)
                    && !self.t.is(v.key(k), Class::ClauseWord)
                    && (!r.cue_word(k) || participle(k))
                    && !self.t.auxiliaries.contains(v.key(k))
            });
            let participle = (first + 1..start).any(participle);
            if first + 1 < start && participle && plain {
                return self
                    .np_after(first)
                    .filter(|f| f.end <= v.words[start].start);
            }
            return None;
        }
        // "Certains, y compris …, accusent", "Algunos creen": a quantifier standing alone.
        if start == j && r.determiner(j).is_some() && self.indefinite(j) {
            return Some(self.described(j, j, Kind::Group, j));
        }
        // The chunk's first nominal.
        for i in start..=j {
            if r.courtesy(i).is_some() && i < j {
                return self.name_at(i + 1);
            }
            if let Some(f) = self.name_at(i) {
                return Some(f);
            }
            let det = r.determiner(i);
            let mut head = if det.is_some() && r.elided(i).is_none() {
                i + 1
            } else {
                i
            };
            if head > i && head < j {
                head = self.head_noun(head).min(j);
            }
            if head <= j {
                if let Some(f) = self.description(i, head, det) {
                    return Some(f);
                }
            }
            if det.is_none() && r.role(i).is_none() && !r.org(i) && !r.group(i) && !r.cap(i) {
                // A lowercase word that is no determiner: an adjective before the noun at
                // most ("nouveau"), else the chunk is not a noun phrase.
                if i < j && (r.role(i + 1).is_some() || r.group(i + 1) || r.org(i + 1)) {
                    continue;
                }
                return None;
            }
        }
        None
    }
}
