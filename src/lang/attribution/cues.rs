//! The language's reporting cues in a text: verbs with their auxiliaries and inverted
//! pronouns, phrases, where a cue stands (after a quote, in an incise), whether it reports
//! speech by its rule, and interview labels ("Harmsen: …").

use super::*;

impl Engine<'_> {
    /// The inverted pronoun of a French verb form: "a-t-il" is ("a", il), "dit-elle" is
    /// ("dit", elle). The pronoun follows the last hyphen (no pronoun holds one).
    pub(super) fn split_inverted<'k>(&self, key: &'k str) -> (&'k str, Option<Agreement>) {
        let Some((stem, pron)) = crate::lang::rsplit_once_ascii(key, b'-') else {
            return (key, None);
        };
        let stem = stem.strip_suffix("-t").unwrap_or(stem);
        match self.t.pronouns.get(pron) {
            Some(&a) if !stem.is_empty() && !stem.ends_with("-t") => (stem, Some(a)),
            _ => (key, None),
        }
    }

    pub(super) fn find_cues(&self) -> Vec<Cue> {
        let v = self.view();
        let mut out: Vec<Cue> = Vec::new();
        let mut i = 0;
        while i < v.len() {
            if let Some((n, rule)) = self.phrase_at(i) {
                // A viewpoint frame opens its sentence, a conjunction at most before it.
                let s = v.sentence_of[i];
                let opens = |k: usize| k == 0 || v.sentence_of[k - 1] != s;
                if rule == CueRule::Viewpoint
                    && !(opens(i) || (opens(i - 1) && self.t.is(v.key(i - 1), Class::ClauseWord)))
                {
                    i += 1;
                    continue;
                }
                out.push(Cue {
                    first: i,
                    last: i + n - 1,
                    rule,
                    inverted: None,
                    aux: None,
                });
                i += n;
                continue;
            }
            let key = v.key(i);
            let (stem, inverted) = self.split_inverted(key);
            let rule = self
                .t
                .cues
                .get(key)
                .or_else(|| self.t.cues.get(stem))
                .or_else(|| {
                    self.r
                        .elided(i)
                        .and_then(|_| self.t.cues.get(self.r.base(i)))
                });
            let Some(&rule) = rule else {
                i += 1;
                continue;
            };
            // German "so" and the like only count right after a quote.
            let mut c = Cue {
                first: i,
                last: i,
                rule,
                inverted,
                aux: None,
            };
            // The auxiliary, with adverbs between ("a également déclaré", "a-t-il ajouté").
            let mut k = i;
            let mut adverbs = 0;
            while k > 0 && self.r.joined(k - 1) {
                let (s, pron) = self.split_inverted(v.key(k - 1));
                // "s'est dit": the auxiliary with its reflexive pronoun glued on.
                if self.t.auxiliaries.contains(v.key(k - 1))
                    || self.t.auxiliaries.contains(s)
                    || self.t.auxiliaries.contains(self.r.base(k - 1))
                {
                    c.first = k - 1;
                    c.inverted = c.inverted.or(pron);
                    break;
                }
                if adverbs < ADVERBS_IN_CUE && self.adverb(k - 1) {
                    adverbs += 1;
                    k -= 1;
                } else {
                    break;
                }
            }
            // German puts a participle at the end of its clause, the auxiliary further
            // back ("hat am Montag erklärt"); "gesagt" without one is no cue.
            if self.t.capitalised_nouns && c.first == i {
                let s = v.sentence_of[i];
                c.aux = (i.saturating_sub(AUX_REACH)..i)
                    .rev()
                    .take_while(|&k| v.sentence_of[k] == s && !v.gap(k, k + 1).contains(','))
                    .find(|&k| self.t.auxiliaries.contains(v.key(k)));
                if c.aux.is_none() && key.starts_with("ge") {
                    i += 1;
                    continue;
                }
                // A separable verb that is no speech: "sagte das Spiel ab" (cancelled).
                if c.aux.is_none()
                    && self
                        .clause_particle(i)
                        .is_some_and(|p| self.t.is(p, Class::NotSpeechParticle))
                {
                    i += 1;
                    continue;
                }
            }
            // "el penalti señalado", "le chiffre annoncé": a participle with no auxiliary
            // right after a word of its phrase is an adjective; "l'âge du prévenu", "una
            // pregunta": after a determiner that is no object pronoun, a noun.
            let after = |k: usize| k > 0 && self.r.joined(k - 1);
            let determined = after(i)
                && self.r.determiner(i - 1).is_some()
                && self.r.elided(i - 1).is_none()
                && !self.t.is(v.key(i - 1), Class::Clitic);
            if c.first == i
                && after(i)
                && rule != CueRule::Impersonal
                && (determined || self.t.participle_endings.iter().any(|e| key.ends_with(e)))
            {
                i += 1;
                continue;
            }
            // "Interrogé sur ce point, …" frames an answer; "ils ont interrogé le suspect" is
            // an act: an impersonal participle takes no auxiliary.
            if rule == CueRule::Impersonal && c.first < i {
                i += 1;
                continue;
            }
            // "L'incendie s'est déclaré dans la nuit": a reflexive verb followed by a place
            // or a time, no attribute or content, is no speech.
            if c.first < i
                && self.r.elided(c.first).is_some()
                && self.r.joined(i)
                && self.t.is(v.key(i + 1), Class::Preposition)
            {
                i += 1;
                continue;
            }
            // "s'est dit": the auxiliary, a cue alone, joins the verb's cue.
            if out.last().is_some_and(|p| p.first == c.first) {
                out.pop();
            }
            out.push(c);
            i += 1;
        }
        out
    }

    /// The last word of the clause of the German verb at `i`, when it is a separable
    /// particle's place ("sagte … ab"): the word before the clause's punctuation.
    pub(super) fn clause_particle(&self, i: usize) -> Option<&str> {
        let v = self.view();
        let mut k = i;
        while k + 1 < v.len() && k < i + PARTICLE_REACH && self.r.joined(k) {
            k += 1;
        }
        (k > i && !self.r.joined(k)).then(|| v.key(k))
    }

    /// A multi-word cue ("d'après", "de acuerdo con", "nach Angaben von") starting at `i`:
    /// its length and rule.
    pub(super) fn phrase_at(&self, i: usize) -> Option<(usize, CueRule)> {
        let v = self.view();
        self.t
            .cue_phrases
            .iter()
            .filter(|(p, _)| {
                v.keys
                    .get_range(i..i + p.len())
                    .is_some_and(|ks| ks.zip(p.iter()).all(|(k, w)| k == *w))
            })
            .max_by_key(|(p, _)| p.len())
            .map(|(p, r)| (p.len(), *r))
    }

    /// A lowercase adverb between an auxiliary and its participle.
    pub(super) fn adverb(&self, i: usize) -> bool {
        let k = self.view().key(i);
        !self.r.cap(i)
            && (k.ends_with("ment")
                || matches!(
                    k,
                    "aussi"
                        | "également"
                        | "encore"
                        | "déjà"
                        | "ensuite"
                        | "enfin"
                        | "toutefois"
                        | "pourtant"
                        | "notamment"
                        | "alors"
                        | "bien"
                        | "ainsi"
                        | "même"
                        | "también"
                        | "ya"
                        | "además"
                        | "incluso"
                        | "auch"
                        | "noch"
                        | "bereits"
                ))
    }

    /// The cue stands where its subject follows it: right after a quote (and a comma), or
    /// between commas or dashes ("…, a-t-il ajouté, …", "—dijo—"), or first in its
    /// sentence after a quote.
    pub(super) fn after_quote_or_comma(&self, c: &Cue) -> bool {
        let v = self.view();
        let start = v.words[c.first].start;
        let before = v.text[..start].trim_end_matches([' ', '\u{a0}']);
        let before_comma = before.trim_end_matches(',').trim_end();
        before.ends_with([',', '—', '–'])
            || before_comma.ends_with(['»', '“', '”', '"', '«', '’'])
            || (before.ends_with(['?', '!']) && c.first > 0 && self.quote_of(c.first - 1).is_some())
    }

    pub(super) fn right_after_quote(&self, c: &Cue) -> bool {
        let v = self.view();
        let before = v.text[..v.words[c.first].start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        let start = v.words[c.first].start;
        before.ends_with(['»', '“', '”', '"', '«', '’', '—'])
            || self
                .quotes_just_before(start, |c| c.is_whitespace() || c == ',')
                .any(|q| {
                    self.between(q.end, start)
                        .trim()
                        .trim_matches(',')
                        .trim()
                        .is_empty()
                })
    }

    /// Whether a cue not linked to a quote reports speech by its rule.
    pub(super) fn licensed(&self, c: &Cue) -> bool {
        if self.quote_of(c.first).is_some() {
            return false;
        }
        match c.rule {
            CueRule::Always | CueRule::AccordingTo | CueRule::Viewpoint | CueRule::Impersonal => {
                true
            }
            CueRule::AfterQuote => false,
            CueRule::Content => self.content_follows(c),
            CueRule::Object => self.content_follows(c) || self.object_follows(c),
        }
    }

    /// A content marker, a colon or (German) a comma follows the cue.
    pub(super) fn content_follows(&self, c: &Cue) -> bool {
        let v = self.view();
        // "…, a-t-elle ajouté.": the pronoun in the verb is the subject, the content is
        // the clause before the comma.
        if c.inverted.is_some()
            && c.first > 0
            && v.sentence_of[c.first - 1] == v.sentence_of[c.first]
            && self.after_quote_or_comma(c)
        {
            return true;
        }
        let after = &v.text[v.words[c.last].end()..];
        let after = after.trim_start();
        if after.starts_with(':') || (self.t.capitalised_nouns && after.starts_with(',')) {
            return true;
        }
        // "kündigte an, …", "fügte hinzu: …": a German particle, then the content.
        if self.t.capitalised_nouns
            && c.last + 1 < v.len()
            && self.r.joined(c.last)
            && self.t.is(v.key(c.last + 1), Class::SeparableParticle)
            && v.gap_after(c.last + 1).trim_start().starts_with([',', ':'])
        {
            return true;
        }
        // "verteidigte sich: …", "s'est défendu :"
        if c.last + 1 < v.len()
            && self.t.is(v.key(c.last + 1), Class::Reflexive)
            && v.gap_after(c.last + 1).trim_start().starts_with(':')
        {
            return true;
        }
        if self.content_before(c) {
            return true;
        }
        let s = v.sentence_of[c.last];
        (c.last + 1..(c.last + 1 + CONTENT_MARKER_WORDS).min(v.len()))
            .take_while(|&k| v.sentence_of[k] == s)
            .any(|k| self.content_marker(k))
    }

    /// Word `k` opens reported content: a content marker ("que", "qu'elle"), or one that
    /// needs an infinitive, glued to it or after small words ("d'éviter", "de ne pas
    /// apporter").
    fn content_marker(&self, k: usize) -> bool {
        let (v, r) = (self.view(), &self.r);
        let glued = r.elided(k);
        match self.t.content_markers.get(glued.unwrap_or(v.key(k))) {
            Some(false) => true,
            Some(true) if glued.is_some() => self.infinitive(k),
            Some(true) => (k + 1..(k + 4).min(v.len()))
                .take_while(|&n| r.joined(n - 1))
                .find(|&n| !r.function_word(n) || self.infinitive(n))
                .is_some_and(|n| self.infinitive(n)),
            None => false,
        }
    }

    /// Word `k` (after its elision) ends like an infinitive ("soumettre", "n'avoir").
    fn infinitive(&self, k: usize) -> bool {
        let b = self.r.base(k);
        self.t
            .infinitive_endings
            .iter()
            .any(|e| b.len() > e.len() + 2 && b.ends_with(e))
    }

    /// A noun phrase follows the cue as its object, after adverbs or a weekday ("a
    /// annoncé lundi le rachat", "a démenti ces informations").
    pub(super) fn object_follows(&self, c: &Cue) -> bool {
        let v = self.view();
        if !self.r.joined(c.last) {
            return false;
        }
        // After a comma, only with its subject before, across an apposition ("Le groupe,
        // spécialisé dans …, a annoncé le rachat"), not inverted ("…, a annoncé le maire").
        if self.after_quote_or_comma(c)
            && (c.first == 0 || self.np_before(c.first - 1, c.first).is_none())
        {
            return false;
        }
        let n = self.skip_adverbs(c.last + 1);
        n < v.len()
            && v.sentence_of[n] == v.sentence_of[c.last]
            && (self.r.determiner(n).is_some() || self.t.is(v.key(n), Class::Demonstrative))
    }

    /// The content before the cue, its subject after it: "Er sei erkrankt, teilte sein
    /// Anwalt mit", "La peine pourrait être aménagée, a concédé le magistrat" (a
    /// determiner, a possessive or a name after the cue, no subject before it).
    pub(super) fn content_before(&self, c: &Cue) -> bool {
        let v = self.view();
        self.after_quote_or_comma(c)
            && c.inverted.is_none()
            && c.first > 0
            && c.last + 1 < v.len()
            && v.sentence_of[c.first - 1] == v.sentence_of[c.first]
            && self.r.joined(c.last)
            && {
                let n = self.skip_adverbs(c.last + 1);
                n < v.len()
                    && (self.r.determiner(n).is_some()
                        || self.r.pronoun(n).is_some()
                        || self.t.is(v.key(n), Class::Possessive)
                        || (self.r.run_from(n).is_some()
                            && (!self.t.capitalised_nouns || self.es.runs.contains_key(&n))))
            }
            && self.np_before(c.first - 1, c.first).is_none()
    }

    /// Interview turns labelled with the speaker's name and a colon at the start of a
    /// paragraph ("Harmsen: Die Bremse wirkt.", "RUNDSCHAU: Frau Harmsen, …"): the colon is
    /// the cue.
    pub(super) fn labels(&self) -> Vec<AttributionSpan> {
        let v = self.view();
        let r = &self.r;
        let mut out = Vec::new();
        for (p, &(ps, _)) in v.paragraphs.iter().enumerate() {
            let i = v.words.partition_point(|w| w.start < ps);
            if i >= v.len() || v.paragraph_of(i) != p || v.text[ps..v.words[i].start].trim() != "" {
                continue;
            }
            let Some(last) = r.run_from(i).or_else(|| r.org(i).then_some(i)) else {
                continue;
            };
            let after = &v.text[v.words[last].end()..];
            if !after.starts_with(':') || self.quote_of(i).is_some() {
                continue;
            }
            let colon = v.words[last].end();
            let tokens: Vec<String> = (i..=last).map(|k| r.base(k).to_string()).collect();
            let e = self.es.find(&tokens);
            let org = e.map_or_else(|| (i..=last).any(|k| r.org(k)), |e| self.es.list[e].org);
            out.push(AttributionSpan {
                start: v.words[i].start,
                end: colon + 1,
                speaker: Some(e.map_or_else(
                    || r.span_text(i, last).to_string(),
                    |e| self.es.list[e].name.clone(),
                )),
                speaker_kind: Some(if org {
                    Kind::Organisation
                } else {
                    Kind::Person
                }),
                confidence: Some(NAMED),
                cue_start: colon,
                cue_end: colon + 1,
                kind: AttributionKind::Direct,
            });
        }
        out
    }
}
