//! Who a phrase is: names, pronouns (by agreement and salience), roles and epithets
//! (the person holding the role, or the one the text is about), descriptions, groups and
//! organisations.

use super::*;

impl Engine<'_> {
    /// A pronoun at `pos` agreeing like `a`, resolved: the last speaker that agrees, else
    /// the latest person named that agrees.
    pub(super) fn pronoun(&self, a: Agreement, pos: usize, span: (usize, usize)) -> Option<Found> {
        if a == Agreement::Plural {
            return self.group_before(pos, span);
        }
        let para = self.view().paragraph_at(pos);
        // The person this sentence or the one before is about, when named after the last
        // speaker ("Le procureur, Olivier Dastugue, a une autre lecture. Selon lui, …").
        if let Some(f) = self.topic(pos, a, span, PRONOUN) {
            return Some(f);
        }
        if let Some((f, p)) = &self.last {
            let fits = f.kind == Kind::Person && f.entity.is_some() && a.fits(f.agreement);
            if fits && para <= p + 1 {
                return Some(f.again(span, PRONOUN));
            }
        }
        let e = self
            .es
            .latest(pos, LOOKBACK, |e| e.strong && a.fits(e.agreement))
            .or_else(|| {
                self.es
                    .latest(pos, LOOKBACK, |e| e.person && a.fits(e.agreement))
            })?;
        Some(self.person(e, span, PRONOUN))
    }

    /// A plural pronoun at `pos`: the latest group described outside quotes in its
    /// sentence or the one before, in its paragraph ("Certains spécialistes sont moins
    /// optimistes : le virus pourrait, selon eux, …").
    pub(super) fn group_before(&self, pos: usize, span: (usize, usize)) -> Option<Found> {
        let v = self.view();
        let r = &self.r;
        let w = v
            .words
            .partition_point(|x| x.end() <= pos)
            .min(v.len().checked_sub(1)?);
        let s = v.sentence_of[w] as usize;
        let from = v.sentences[s.saturating_sub(1)]
            .0
            .max(v.paragraph_start(v.paragraph_of(w)));
        let first = v.words.partition_point(|x| x.start < from);
        let k = (first..w).rev().find(|&k| {
            r.group(k) && self.quote_of(k).is_none() && k > 0 && r.joined(k - 1) && {
                let d = k - 1;
                r.determiner(d).is_some() || self.indefinite(d)
            }
        })?;
        let mut f = self.described(k, self.phrase_end(k), Kind::Group, k - 1);
        f.agreement = Agreement::Plural;
        Some(f.again(span, PRONOUN))
    }

    /// The person a sentence at `pos` is about, agreeing with `a`, as the speaker at
    /// `span`: the later of the last speaker, when it spoke outside a quote in this
    /// sentence or the [`TOPIC_SENTENCES`] before it in the paragraph, and a person named
    /// there as a subject
    /// ([`Engine::subject_at`]).
    pub(super) fn topic(
        &self,
        pos: usize,
        a: Agreement,
        span: (usize, usize),
        confidence: f32,
    ) -> Option<Found> {
        let v = self.view();
        if v.is_empty() {
            return None;
        }
        let w = v.words.partition_point(|x| x.end() <= pos).min(v.len() - 1);
        let s = v.sentence_of[w] as usize;
        let para = v.paragraph_of(w);
        let from_s = s.saturating_sub(TOPIC_SENTENCES);
        let from = v.sentences[from_s].0.max(v.paragraph_start(para));
        let fits = |e: usize| {
            let ent = &self.es.list[e];
            !ent.org && ent.person && a.fits(ent.agreement)
        };
        let mut best: Option<(usize, Option<usize>)> = None;
        if let Some(f) = &self.narrated {
            // A description nobody is named by agrees by its determiner or noun ("eine
            // Rentnerin … sagte die Frau").
            let agrees = f.entity.map_or(
                !matches!(f.agreement, Agreement::Any | Agreement::Plural) && a.fits(f.agreement),
                fits,
            );
            if f.kind == Kind::Person && f.start >= from && f.start < pos && agrees {
                best = Some((f.start, None));
            }
        }
        for &(p, e) in self.es.mentions_in(from, pos) {
            if fits(e) && best.is_none_or(|(b, _)| p > b) && self.subject_at(p) {
                best = Some((p, Some(e)));
            }
        }
        match best? {
            (_, Some(e)) => Some(self.person(e, span, confidence)),
            (_, None) => self.narrated.as_ref().map(|f| f.again(span, confidence)),
        }
    }

    /// The role `role` described someone, indefinitely and outside quotes, within
    /// [`TOPIC_SENTENCES`] before word `i` in its paragraph ("un proche … le proche", "eine Rentnerin … die Rentnerin").
    pub(super) fn described_before(&self, i: usize, role: &str) -> bool {
        let v = self.view();
        let s = v.sentence_of[i] as usize;
        let from = v.sentences[s.saturating_sub(TOPIC_SENTENCES)]
            .0
            .max(v.paragraph_start(v.paragraph_of(i)));
        let first = v.words.partition_point(|w| w.start < from);
        (first.max(1)..i).any(|k| {
            self.quote_of(k).is_none()
                && self.r.role(k).is_some_and(|(r, _)| r == role)
                && (k.saturating_sub(2)..k)
                    .any(|d| self.r.determiner(d).is_some() && self.indefinite(d))
        })
    }

    /// A mention at byte `p` is its sentence's subject: it opens the sentence, or only a
    /// title, a role or a description set off by a comma comes before it ("Trainer Ralf
    /// Obermeier hielt …", "Le procureur, Olivier Dastugue, a …").
    pub(super) fn subject_at(&self, p: usize) -> bool {
        let v = self.view();
        let r = &self.r;
        let w = v.words.partition_point(|x| x.end() <= p);
        if w >= v.len() || self.quote_of(w).is_some() {
            return false;
        }
        let s = v.sentence_of[w] as usize;
        let f = v.words.partition_point(|x| x.start < v.sentences[s].0);
        if w == f {
            return true;
        }
        if w < f || w - f > APPOSITION_WORDS || self.quote_of(f).is_some() {
            return false;
        }
        let opens = r.determiner(f).is_some() || r.role(f).is_some() || r.courtesy(f).is_some();
        let titled = (f..w).all(|k| {
            r.joined(k)
                && (r.determiner(k).is_some()
                    || r.role(k).is_some()
                    || r.courtesy(k).is_some()
                    || (r.cap(k) && !r.cue_word(k)))
        });
        let apposed = opens
            && v.gap(w - 1, w).trim() == ","
            && (f..w - 1).all(|k| r.joined(k) && !r.cue_word(k));
        titled || apposed
    }

    /// Entity `e`, a person, as the speaker of a mention at `span`.
    pub(super) fn person(&self, e: usize, span: (usize, usize), confidence: f32) -> Found {
        let ent = &self.es.list[e];
        Found {
            start: span.0,
            end: span.1,
            name: ent.name.clone(),
            kind: Kind::Person,
            entity: Some(e),
            agreement: ent.agreement,
            confidence,
        }
    }

    /// A name run starting at `i`, resolved to its entity. In German a lone capitalised
    /// word the text does not name anyone by is a noun, not a name ("der Parlamentarische
    /// Geschäftsführer"), unless its place says it is one ([`Engine::name_placed`]).
    pub(super) fn name_at(&self, i: usize) -> Option<Found> {
        let f = self.name_placed(i)?;
        let r = &self.r;
        let lone = r.run_from(i) == Some(i);
        let titled = i > 0 && (r.role(i - 1).is_some() || r.courtesy(i - 1).is_some());
        if self.t.capitalised_nouns && lone && f.entity.is_none() && r.given(i).is_none() && !titled
        {
            return None;
        }
        Some(f)
    }

    /// A name run starting at `i` where the place itself marks a name: right after a cue
    /// ("sagte Kuhn"), "laut", a courtesy title, a role ("Trainer Kuhn") or an apposition's
    /// comma.
    pub(super) fn name_placed(&self, i: usize) -> Option<Found> {
        let r = &self.r;
        let last = self.lowercase_in_name(i, r.run_from(i)?);
        let i = r.name_start(i, last);
        let tokens: Vec<String> = (i..=last).map(|k| r.base(k).to_string()).collect();
        let e = self.es.find(&tokens);
        // A lone capitalised word opening a sentence is a name only if the text names
        // someone so ("Preguntado", "Quizá" are not).
        let opens = i == 0 || self.view().sentence_of[i - 1] != self.view().sentence_of[i];
        if e.is_none() && last == i && opens {
            return None;
        }
        let (name, org) = match e {
            Some(e) => (self.es.list[e].name.clone(), self.es.list[e].org),
            None => (
                r.span_text(i, last).to_string(),
                (i..=last).any(|k| r.org(k)),
            ),
        };
        Some(Found {
            start: r.start(i),
            end: r.end(last),
            name,
            kind: if org {
                Kind::Organisation
            } else {
                Kind::Person
            },
            entity: e,
            agreement: e.map_or_else(
                || r.given(i).unwrap_or(Agreement::Any),
                |e| self.es.list[e].agreement,
            ),
            confidence: NAMED,
        })
    }

    /// A description with its head noun at `j` (a determiner from `i`): a role, resolved to
    /// the person holding it, or named right after it; a group; an organisation.
    pub(super) fn description(&self, i: usize, j: usize, det: Option<Agreement>) -> Option<Found> {
        let r = &self.r;
        let v = self.view();
        let end = self.phrase_end(j);
        // "el propio Gil", "der frühere Minister Kuhn": a name after the determiner.
        if j > i {
            if let Some(f) = self.name_at(j) {
                return Some(f);
            }
        }
        let role = r.role(j);
        let kind = if r.group(j) {
            Kind::Group
        } else if r.org(j) {
            Kind::Organisation
        } else {
            Kind::Person
        };
        // A common noun heads a description only with a determiner ("un vieux berger"),
        // lowercase outside German.
        if role.is_none() && kind == Kind::Person {
            let noun = if self.t.capitalised_nouns {
                r.cap(j)
            } else {
                !r.cap(j)
            };
            if det.is_none() || !noun || r.function_word(j) || r.cue_word(j) {
                return None;
            }
        }
        if kind == Kind::Organisation {
            // "le quotidien régional L'Écho de la Lise", "der Konzern Halvers": the name
            // after the noun is the organisation's.
            let n = (end + 1..(end + 3).min(v.len()))
                .find(|&n| r.joined(n - 1) && r.after_org_noun(n) && r.run_from(n).is_some());
            if let Some(n) = n {
                if let Some(mut f) = self.name_placed(n) {
                    f.kind = Kind::Organisation;
                    f.agreement = Agreement::Plural;
                    f.start = r.start(i.min(j));
                    return Some(f);
                }
            }
        }
        if kind == Kind::Person {
            // "le ministre Jean Dupont", "Trainer Kuhn": the name after the title (not "le
            // président d'Altavel").
            if j + 1 < v.len() && r.joined(j) && r.elided(j + 1).is_none() {
                if let Some(f) = self.name_placed(j + 1) {
                    return Some(f);
                }
                // "la conseillère municipale Anne-Sophie Kerouac", "le conseiller municipal
                // écologiste Bruno Lestrade": adjectives after the role, then the name.
                let mut k = j + 1;
                while !self.t.capitalised_nouns
                    && k < j + 3
                    && k + 1 < v.len()
                    && r.joined(k)
                    && !r.cap(k)
                    && !r.function_word(k)
                    && !r.cue_word(k)
                {
                    k += 1;
                    if r.elided(k).is_none() {
                        if let Some(f) = self.name_placed(k) {
                            return Some(f);
                        }
                    }
                }
            }
        }
        // "le porte-parole du ministère, Jean Dupont", "una de las manifestantes, Nuria
        // Castell": the name in apposition.
        if kind != Kind::Organisation {
            if let Some(f) = self.apposed_name(j) {
                return Some(f);
            }
        }
        let (role, a) = role.unwrap_or(("", Agreement::Any));
        let a = match det {
            Some(d) if a == Agreement::Any || d != Agreement::Any => d,
            _ => a,
        };
        let mut found = self.described(j, end, kind, i);
        found.agreement = if kind == Kind::Person {
            a
        } else {
            Agreement::Plural
        };
        // "„…“, fügte der Prüfer hinzu", "«…», lamentó el operario": a definite
        // description right after its cue, no role listed, is the person the text was just
        // about when there is one.
        // Or opening its sentence right before its cue ("Le retraité dit avoir …").
        let opens = i == 0 || v.sentence_of[i - 1] != v.sentence_of[i];
        let cue_next = end + 1 < v.len()
            && r.joined(end)
            && (r.cue_word(end + 1) || self.t.auxiliaries.contains(v.key(end + 1)));
        let right_after_cue = i > 0 && r.joined(i - 1) && r.cue_word(i - 1) || opens && cue_next;
        // Only a noun with a gender ("der Prüfer", "la operaria"; not "das Landratsamt").
        if role.is_empty()
            && kind == Kind::Person
            && matches!(det, Some(Agreement::Male | Agreement::Female))
            && right_after_cue
            && det.is_some_and(|_| !self.indefinite(i))
            && !self.t.is(v.key(i), Class::Possessive)
        {
            let pos = v.words[i].start;
            if let Some(mut f) = self.topic(pos, a, (found.start, found.end), BRIDGED) {
                f.kind = Kind::Person;
                return Some(f);
            }
        }
        if role.is_empty() {
            return Some(found);
        }
        // A role names the person who holds it; failing that, the person the text is
        // about: the latest one named who agrees and holds no other role ("le prévenu",
        // "el acusado" in a trial report).
        let pos = v.words[i].start;
        let holds = |e: &crate::lang::names::Entity| !e.org && e.roles.contains(&role);
        let holder = (a != Agreement::Any)
            .then(|| {
                self.es
                    .latest(pos, LOOKBACK, |e| holds(e) && e.agreement == a)
            })
            .flatten()
            .or_else(|| {
                self.es
                    .latest(pos, LOOKBACK, |e| holds(e) && a.fits(e.agreement))
            })
            .map(|e| (e, ROLE_RESOLVED));
        // "son avocat", "sein Anwalt": a relation to someone, not an epithet.
        let definite =
            det.is_some_and(|_| !self.indefinite(i)) && !self.t.is(v.key(i), Class::Possessive);
        // An epithet for the person the text has just been about ("Bastien Lorieux,
        // président du groupe, a qualifié … Le député de la Gironde a déclaré", "sagte der
        // 54-Jährige").
        // "Ein Sprecher des Ministeriums wies das zurück. „…“, so der Sprecher": the
        // description the text used just before, nobody named by it.
        if holder.is_none() && definite && self.described_before(i, role) {
            return Some(found);
        }
        if holder.is_none() && definite {
            if let Some(mut f) = self.topic(pos, a, (found.start, found.end), BRIDGED) {
                f.kind = Kind::Person;
                return Some(f);
            }
        }
        // "Para el técnico vasco, …" opening the paragraph after his quote: the last speaker.
        if holder.is_none() && definite {
            if let Some((f, p)) = &self.last {
                let para = v.paragraph_of(i);
                if f.kind == Kind::Person
                    && f.entity.is_some()
                    && a.fits(f.agreement)
                    && para <= p + 1
                {
                    return Some(f.again((found.start, found.end), BRIDGED));
                }
            }
        }
        let holder = holder.or_else(|| {
            // Someone with a given name or a title before a bare capitalised pair
            // ("Premio Mirador" may be a prize).
            let bridge = |strong: bool| {
                self.es.latest(pos, BRIDGE_LOOKBACK, |e| {
                    e.roles.is_empty() && e.person && e.strong == strong && a.fits(e.agreement)
                })
            };
            definite
                .then(|| bridge(true).or_else(|| bridge(false)))
                .flatten()
                .map(|e| (e, BRIDGED))
        });
        if let Some((e, confidence)) = holder {
            found.name = self.es.list[e].name.clone();
            found.entity = Some(e);
            found.agreement = self.es.list[e].agreement;
            found.confidence = confidence;
        }
        Some(found)
    }

    /// The name set off by a comma within a description's reach ("la ministre de la
    /// Justice, Claire Aubert").
    pub(super) fn apposed_name(&self, j: usize) -> Option<Found> {
        let v = self.view();
        let r = &self.r;
        let mut end = self.phrase_end(j);
        // French and Spanish adjectives follow their noun ("des Comptes publics").
        if !self.t.capitalised_nouns
            && end + 1 < v.len()
            && r.joined(end)
            && !r.cap(end + 1)
            && !r.function_word(end + 1)
            && !r.cue_word(end + 1)
        {
            end += 1;
        }
        if end + 1 < v.len()
            && v.sentence_of[end + 1] == v.sentence_of[j]
            && v.gap(end, end + 1).trim() == ","
        {
            // "l'administratrice judiciaire, Me Hélène Castagnet"
            if r.courtesy(end + 1).is_some() && end + 2 < v.len() && r.joined(end + 1) {
                return self.name_placed(end + 2);
            }
            if let Some(f) = self.name_placed(end + 1) {
                return Some(f);
            }
        }
        self.apposed_further(j)
    }

    /// The name in apposition further along a long description, closed by a comma or the
    /// sentence's end, maybe after a title: "la directrice des ressources humaines du
    /// groupe, Valérie Chambon, …", "le commandant des secours, le capitaine Sébastien
    /// Morvan, a …", "l'un des auteurs, le professeur Laurent Achard." (not German, whose
    /// verbs are lowercase words like its adjectives).
    pub(super) fn apposed_further(&self, j: usize) -> Option<Found> {
        let v = self.view();
        let r = &self.r;
        if self.t.capitalised_nouns {
            return None;
        }
        let mut end = j;
        while r.joined(end) && end < j + APPOSED_WORDS {
            let n = end + 1;
            let key = v.key(n);
            // "en Castilla y León": a conjunction inside a proper name.
            let in_name = r.cap(end) && n + 1 < v.len() && r.cap(n + 1);
            if r.cue_word(n)
                || self.t.auxiliaries.contains(key)
                || r.pronoun(n).is_some()
                || (self.t.is(key, Class::ClauseWord) && !in_name)
                || self.quote_of(n).is_some()
            {
                return None;
            }
            end = n;
        }
        let k = end + 1;
        if k >= v.len() || v.sentence_of[k] != v.sentence_of[j] || v.gap(end, k).trim() != "," {
            return None;
        }
        // A title before the name: "le capitaine", "el doctor", "Me".
        let mut n = k;
        let det = r.determiner(n).is_some() && r.elided(n).is_none();
        if det {
            n += 1;
        } else if r.elided(n).is_some() && !r.cap(n) && !r.function_word(n) && r.joined(n) {
            // "l'ingénieur Marc Delorme": the article glued to the title.
            n += 1;
        }
        // A title: a role, a courtesy title or, after the article, a lowercase noun ("le
        // capitaine", "le docteur").
        while n < k + 3
            && r.joined(n)
            && (r.role(n).is_some()
                || r.courtesy(n).is_some()
                || (det && !r.cap(n) && !r.function_word(n) && !r.cue_word(n)))
        {
            n += 1;
        }
        if (det && n == k + 1) || (n > k && !r.joined(n - 1)) {
            return None;
        }
        let last = r.run_from(n)?;
        let closed = last + 1 >= v.len()
            || v.sentence_of[last + 1] != v.sentence_of[j]
            || v.gap(last, last + 1)
                .trim_start()
                .starts_with([',', ';', '(']);
        self.name_placed(n)
            .filter(|f| closed && f.kind == Kind::Person)
    }
}
