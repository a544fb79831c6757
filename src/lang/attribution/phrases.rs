//! The shape of a noun phrase: its head (after a determiner and adjectives), its
//! complements, where it ends, an institution's name with lowercase words inside, and the
//! speaker a description stands for when nobody is named by it.

use super::*;

impl Engine<'_> {
    /// The end of an institution's name with lowercase words inside, from the name run
    /// `i..=last`: "Santé publique France" (a name goes on after the word), "Agence régionale
    /// de santé" (an organisation noun takes its complements). Not German.
    pub(super) fn lowercase_in_name(&self, i: usize, last: usize) -> usize {
        let r = &self.r;
        let n = last + 1;
        if self.t.capitalised_nouns
            || !r.joined(last)
            || r.cap(n)
            || r.function_word(n)
            || r.cue_word(n)
            || r.role(n).is_some()
        {
            return last;
        }
        if r.joined(n) {
            if let Some(end) = r.run_from(n + 1) {
                return end;
            }
        }
        if (i..=last).any(|k| r.org_noun(k)) {
            return self.phrase_end(n);
        }
        last
    }

    /// The head of the noun phrase from `j` (after its determiner): the first role,
    /// group or organisation word within a few words ("eine 68 Jahre alte Rentnerin"),
    /// else the noun after at most one adjective.
    pub(super) fn head_noun(&self, j: usize) -> usize {
        let r = &self.r;
        let v = self.view();
        let mut k = j;
        while k < v.len() && k < j + HEAD_WORDS {
            if r.role(k).is_some() || r.group(k) || r.org(k) {
                return k;
            }
            let key = v.key(k);
            // "una de las manifestantes", "l'un des experts": the head is after "de".
            let partitive = k == j && self.t.is(key, Class::Complement);
            if !partitive
                && (self.t.is(key, Class::ClauseWord)
                    || r.cue_word(k)
                    || self.t.auxiliaries.contains(key)
                    || self.t.is(key, Class::Complement)
                    || !r.joined(k))
            {
                break;
            }
            k += 1;
        }
        self.skip_adjective(j)
    }

    /// The head noun at or after `j`, an adjective before it skipped: "le nouveau
    /// ministre", "el propio Gil", "der neue Trainer" (German adjectives are lowercase, its
    /// nouns are not).
    pub(super) fn skip_adjective(&self, j: usize) -> usize {
        let r = &self.r;
        let v = self.view();
        if j + 1 >= v.len() || !r.joined(j) || r.role(j).is_some() || r.group(j) || r.org(j) {
            return j;
        }
        let n = j + 1;
        let adjective = if self.t.capitalised_nouns {
            !r.cap(j) && r.cap(n)
        } else {
            (self.t.is(v.key(j), Class::Prenominal) || self.t.is(v.key(j), Class::Ordinal))
                || (!r.cap(j) && (r.role(n).is_some() || r.group(n) || r.org(n)))
        };
        if adjective && !r.function_word(n) && !r.cue_word(n) {
            n
        } else {
            j
        }
    }

    /// An indefinite determiner ("un", "eine", "una", "plusieurs").
    pub(super) fn indefinite(&self, i: usize) -> bool {
        matches!(
            self.view().key(i),
            "un" | "une"
                | "des"
                | "ein"
                | "eine"
                | "einer"
                | "einen"
                | "einem"
                | "una"
                | "unos"
                | "unas"
                | "plusieurs"
                | "certains"
                | "mehrere"
                | "einige"
                | "varios"
                | "varias"
                | "algunos"
                | "algunas"
                | "otro"
                | "otra"
                | "quelques"
        )
    }

    pub(super) fn described(&self, head: usize, end: usize, kind: Kind, from: usize) -> Found {
        let r = &self.r;
        Found {
            start: r.start(from.min(head)),
            end: r.end(end),
            name: r.span_text(head, end).to_string(),
            kind,
            entity: None,
            agreement: Agreement::Any,
            confidence: DESCRIBED,
        }
    }

    /// The last word of a description whose head is `j`: its complements ("ministre de
    /// la Justice", "Sprecher des Vereins", "portavoz del Gobierno"), up to a comma, a
    /// clause word or a cue.
    pub(super) fn phrase_end(&self, j: usize) -> usize {
        let r = &self.r;
        let v = self.view();
        let mut end = j;
        let mut k = j;
        while k + 1 < v.len() && r.joined(k) && k - j < SUBJECT_WORDS {
            let n = k + 1;
            let key = v.key(n);
            if self.t.is(key, Class::ClauseWord)
                || r.cue_word(n)
                || self.t.auxiliaries.contains(key)
            {
                break;
            }
            // German complements are genitive ("Sprecher des Vereins"), not an object
            // after an inverted subject ("teilte sein Anwalt dem Gericht mit").
            if self.t.capitalised_nouns && self.t.is(key, Class::NotGenitive) {
                break;
            }
            // "d'Altavel", "l'Intérieur": the complement's noun, its article glued on.
            if r.elided(n).is_some() && r.base(n) != key {
                k = n;
                end = n;
                continue;
            }
            if self.t.is(key, Class::Complement)
                || r.determiner(n).is_some()
                || r.elided(n).is_some()
            {
                k = n;
                continue;
            }
            // After a complement word, its noun.
            let after_complement = self.t.is(v.key(k), Class::Complement)
                || r.determiner(k).is_some()
                || r.elided(k).is_some_and(|_| k == n - 1 && k != j);
            // A proper name runs on in capitals ("del Partido Liberal").
            let name_goes_on =
                !self.t.capitalised_nouns && end == k && k > j && r.cap(n) && r.cap(k);
            if after_complement || r.elided(n).is_some() || name_goes_on {
                k = n;
                end = n;
                continue;
            }
            break;
        }
        end
    }
}
