//! Source phrases: how far a vague source extends to the left over quantifiers and
//! modifiers ("several independent security experts"), whether something anchors it to a
//! named party ("Goldman analysts", "its experts"), and whether speech surrounds it.

use crate::hedges::doc::{contains, Doc};
use crate::hedges::Scope;
use crate::lexicon::classes::{
    ends_possessive, is_possessive_key, ANCHORING_DETERMINERS, BE, DETERMINERS, PREPOSITIONS,
    SUBJECT_PRONOUNS,
};
use crate::lexicon::{SOURCE_VERBS, VAGUE_PHRASES, VAGUE_WORDS};

/// A left extension of a source phrase over vague modifiers.
pub(crate) struct Extension {
    pub start: usize,
    pub anchored: bool,
    /// Took a vague quantifier or modifier ("two", "several", "independent").
    pub vague: bool,
    /// Took one / a / an / another (a singular indefinite source).
    pub indefinite: bool,
}

/// At most this many words extend a source phrase to the left: a source phrase is short,
/// and the work stays linear.
const MAX_SOURCE_WORDS: usize = 8;
/// Of those, at most this many plain content words ("independent security experts").
const MAX_FREE_WORDS: usize = 3;

pub(crate) fn extend_left(doc: &Doc, head: usize) -> Extension {
    extend(doc, head, false)
}

/// Quantifiers that open a noun phrase: no modifier stands before them ("the kind of jurist
/// | many Republicans fear").
const OPENING_QUANTIFIERS: &[&str] = &[
    "a", "an", "one", "another", "some", "many", "most", "several", "numerous", "various",
];

/// Words before a source that are not its modifiers: clause openers (capitalised at a
/// sentence start they would look like names) and verbs that take a person and a bare verb
/// ("make people think").
const NOT_MODIFIERS: &[&str] = &[
    "but",
    "and",
    "or",
    "so",
    "yet",
    "even",
    "still",
    "now",
    "also",
    "then",
    "instead",
    "meanwhile",
    "while",
    "when",
    "if",
    "as",
    "because",
    "though",
    "although",
    "since",
    "make",
    "makes",
    "made",
    "making",
    "let",
    "lets",
    "help",
    "helps",
    "helped",
    "get",
    "gets",
    "got",
    "see",
    "saw",
    "watch",
    "hear",
    "heard",
    "want",
    "wants",
    "wanted",
];

/// Institutions whose name before a group ("Senate Democrats", "House Republicans") makes it
/// a defined body rather than a loose group.
const INSTITUTION_WORDS: &[&str] = &[
    "house",
    "senate",
    "congressional",
    "congress",
    "assembly",
    "parliament",
    "parliamentary",
    "committee",
    "caucus",
    "cabinet",
    "administration",
    "campaign",
    "court",
];

/// [`extend_left`] for a group by allegiance or stance ("supporters", "loyalists",
/// "Democrats"): a name before it says whom they side with, not who they are ("Clinton
/// supporters", "GOP figures"), so it does not anchor them; an institution does.
pub(crate) fn extend_left_group(doc: &Doc, head: usize) -> Extension {
    extend(doc, head, true)
}

fn extend(doc: &Doc, head: usize, allegiance: bool) -> Extension {
    let mut ext = Extension {
        start: head,
        anchored: false,
        vague: false,
        indefinite: false,
    };
    let mut free_words = 0;
    // After a quantifier that opens the phrase ("many", "some", "a") no more modifiers.
    let mut opened = false;
    // At most eight words: a source phrase is short, and the work stays linear.
    for _ in 0..MAX_SOURCE_WORDS {
        let Some(p) = doc.prev_joined(ext.start) else {
            // "Sanders’ aides": a plural possessive whose apostrophe the words leave out.
            let gap = doc
                .prev(ext.start)
                .map(|p| (p, doc.gap(p, ext.start).trim_end()));
            if let Some((p, "’" | "'")) = gap {
                ext.anchored |= doc.key(p).ends_with('s');
            }
            break;
        };
        // Multi-word quantifiers first: "a number of".
        if let Some(s) = VAGUE_PHRASES.iter().find_map(|ph| phrase_start(doc, p, ph)) {
            ext.start = s;
            ext.vague = true;
            continue;
        }
        let k = doc.key(p);
        if contains(ANCHORING_DETERMINERS, k) || is_possessive_key(k) {
            ext.anchored = true;
            return ext;
        }
        if VAGUE_WORDS.contains(k) || k.chars().all(|c| c.is_ascii_digit()) {
            ext.indefinite |= contains(&["a", "an", "one", "another"], k);
            ext.vague = true;
            opened |= contains(OPENING_QUANTIFIERS, k);
            ext.start = p;
            continue;
        }
        if contains(NOT_MODIFIERS, k) {
            break; // "make people think", "But analysts say"
        }
        if doc.capitalized(p) {
            // "Washington-based" locates and "Western" is a region; "Goldman" or "White
            // House" anchors.
            let text = doc.words[p].text;
            let compound = text.contains('-')
                && text
                    .rsplit('-')
                    .next()
                    .is_some_and(|t| t.chars().all(char::is_lowercase));
            let region = contains(&["western", "eastern", "northern", "southern"], k);
            let side = allegiance && !contains(INSTITUTION_WORDS, k) && !ends_possessive(text);
            // "Health officials said": capitalised only as the sentence's first word.
            let common = doc.clause_initial(p) && doc.common_word(p);
            if (compound || region || side || common) && free_words < MAX_FREE_WORDS {
                free_words += 1;
                ext.start = p;
                continue;
            }
            ext.anchored = true;
            return ext;
        }
        let plain = doc.is_content(p)
            && !SOURCE_VERBS.contains(k)
            && !k.ends_with("ed")
            && !k.ends_with("ly")
            && !k.ends_with("ing");
        if !plain || opened || free_words >= MAX_FREE_WORDS {
            break;
        }
        free_words += 1;
        ext.start = p;
    }
    ext
}

/// Where `phrase` starts when it ends at word `end` (joined by spaces only).
pub(crate) fn phrase_start(doc: &Doc, end: usize, phrase: &[&str]) -> Option<usize> {
    let mut j = end;
    for (idx, w) in phrase.iter().enumerate().rev() {
        if doc.key(j) != *w {
            return None;
        }
        if idx > 0 {
            j = doc.prev_joined(j)?;
        }
    }
    Some(j)
}

/// A source verb follows the source phrase, maybe after an auxiliary ("have said").
pub(crate) fn speech_follows(doc: &Doc, last: usize) -> bool {
    let mut j = last;
    for _ in 0..3 {
        let Some(n) = doc.next_joined(j) else {
            return false;
        };
        if doc.in_set(Some(n), &SOURCE_VERBS) {
            return source_verb_at(doc, n, j != last && doc.is(Some(j), &["are", "were"]));
        }
        if !doc.is(
            Some(n),
            &[
                "have",
                "has",
                "had",
                "also",
                "now",
                "still",
                "privately",
                "publicly",
                "would",
                "will",
                "generally",
                "widely",
                "all",
                "are",
                "were",
            ],
        ) {
            return false;
        }
        j = n;
    }
    false
}

/// Whether the source verb at `n` speaks or holds a view here: a finite form (an -ing form
/// only after *are*/*were*, `progressive`: "supporters saying" qualifies a message), not
/// "believe in", not "call for" (a demand), and "feel" with its content ("feel that", "feel
/// he", not "the anger that people feel,").
pub(crate) fn source_verb_at(doc: &Doc, n: usize, progressive: bool) -> bool {
    let k = doc.key(n);
    let next = doc.next(n);
    if k.ends_with("ing") && !progressive {
        return false;
    }
    // After a preposition or determiner it is a noun: "back in charge", "a say".
    let articles = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
        "those", "no", "every", "each",
    ];
    if doc.is(doc.prev_joined(n), PREPOSITIONS) || doc.is(doc.prev_joined(n), &articles) {
        return false;
    }
    if contains(&["believe", "believes", "believed"], k) && doc.is(next, &["in"]) {
        return false;
    }
    if contains(NAMING_VERBS, k) && doc.is(next, &["for", "on", "off", "up"]) {
        return false;
    }
    // Verbs that are also nouns: "at some point", "causing some worry at the committee".
    if k.starts_with("point") && !doc.is(next, &["out", "to"]) {
        return false;
    }
    let noun_verbs = [
        "worry",
        "fear",
        "fears",
        "doubt",
        "doubts",
        "question",
        "questions",
        "note",
        "notes",
        "estimate",
        "estimates",
        "charge",
        "charges",
        "concern",
    ];
    let noun_after = [
        "at", "in", "on", "for", "of", "among", "from", "with", "within",
    ];
    if contains(&noun_verbs, k) && doc.is(next, &noun_after) {
        return false;
    }
    let proposal = next.is_some_and(|m| doc.key(m).ends_with("ing") || doc.key(m) == "to");
    if k.starts_with("suggest") && proposal {
        return false; // "suggested raising questions": a proposal
    }
    if contains(&["feel", "feels", "felt", "feeling"], k) {
        let clause = doc.next_joined(n).is_some_and(|m| {
            doc.is(Some(m), &["that", "like", "as"])
                || doc.is(Some(m), SUBJECT_PRONOUNS)
                || doc.is(Some(m), DETERMINERS)
                || doc.capitalized(m)
        });
        return clause;
    }
    true
}

/// Words between a source and its verb that neither name nor describe the source: auxiliaries
/// and adverbs ("have long argued", "would privately concede").
const AUX_BETWEEN: &[&str] = &[
    "have",
    "has",
    "had",
    "also",
    "now",
    "still",
    "privately",
    "publicly",
    "would",
    "will",
    "generally",
    "widely",
    "all",
    "are",
    "were",
    "long",
    "may",
    "might",
    "could",
    "often",
    "repeatedly",
    "already",
    "increasingly",
    "even",
    "alike",
    "both",
    "too",
    "do",
    "did",
    "does",
];

/// Verbs that name what a source calls something ("critics call it a giveaway"): a source
/// speaking, though not a verb of saying elsewhere.
const NAMING_VERBS: &[&str] = &[
    "call", "calls", "called", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled",
    "term", "terms", "termed",
];

/// Adjectives of a held view after *be* ("were adamant that", "are convinced that").
const STANCE_ADJECTIVES: &[&str] = &[
    "adamant",
    "convinced",
    "confident",
    "certain",
    "sure",
    "skeptical",
    "sceptical",
    "optimistic",
    "pessimistic",
    "worried",
    "concerned",
    "hopeful",
    "insistent",
    "doubtful",
    "unconvinced",
    "divided",
    "split",
];

/// At most this many words lie between a source and its verb when [`speech_after`] skips a
/// parenthetical, a coordinated source or a prepositional phrase ("critics of the plan, who
/// …"); the work stays linear.
const MAX_WORDS_TO_VERB: usize = 14;

/// A source verb (or a naming verb, or a held view: "were adamant that", "are of the view")
/// follows the source phrase ending at `last`, past what may stand between a subject and its
/// verb: auxiliaries and adverbs, a parenthetical between dashes or commas ("economists —
/// including two at the Fed — warn"), a coordinated source ("Democrats and some Republicans
/// say") and a short prepositional phrase ("supporters of the senator argue").
pub(crate) fn speech_after(doc: &Doc, last: usize) -> bool {
    speech_after_from(doc, last, false)
}

/// [`speech_after`] when `last` closes a parenthetical (`closed`): the mark after it ends
/// the parenthetical rather than opening one.
pub(crate) fn speech_after_from(doc: &Doc, last: usize, closed: bool) -> bool {
    let mut closed = closed;
    let mut j = last;
    let mut steps = 0;
    // Words of a coordinated source or a prepositional phrase still allowed.
    let mut phrase_words = 0;
    while steps < MAX_WORDS_TO_VERB {
        let Some(n) = doc.next(j) else {
            return false;
        };
        steps += 1;
        let gap = doc.gap_after(j);
        if !closed && !gap.chars().all(char::is_whitespace) {
            let dash = gap.contains(['—', '–']) || gap.contains(" - ");
            let comma = gap.trim() == ",";
            if !(dash || comma) {
                return false;
            }
            // A parenthetical: skip to its closing mark, then go on after it.
            if comma && doc.is(Some(n), &["who"]) {
                j = n;
                phrase_words = 0;
                continue;
            }
            let Some(close) = closing_mark(doc, j, dash) else {
                return false;
            };
            steps += close - j;
            j = close;
            phrase_words = 0;
            closed = true;
            continue;
        }
        closed = false;
        let k = doc.key(n);
        if SOURCE_VERBS.contains(k) || contains(NAMING_VERBS, k) {
            // Not after "to" ("fight to confirm") or a passive be ("are expected to").
            let be = doc.is(Some(j), &["are", "were", "is", "was"]);
            let passive = be && !k.ends_with("ing");
            return !doc.is(Some(j), &["to"]) && !passive && source_verb_at(doc, n, be);
        }
        if contains(&["are", "were", "is", "was", "remain", "remained"], k) && stance(doc, n) {
            return true;
        }
        // A relative clause on the source: "critics who say", "experts, who warn".
        let relative = contains(&["who", "that"], k) && phrase_words == 0;
        if relative || contains(AUX_BETWEEN, k) || k.ends_with("ly") && k.len() > 4 {
            phrase_words = 0;
            j = n;
            continue;
        }
        if contains(
            &[
                "and", "or", "of", "in", "at", "from", "across", "around", "among",
            ],
            k,
        ) {
            phrase_words = 4;
            j = n;
            continue;
        }
        let nominal = doc.capitalized(n)
            || doc.is(
                Some(n),
                &["the", "a", "an", "some", "other", "many", "most", "several"],
            )
            || doc.is_content(n) && !k.ends_with("ed");
        if phrase_words > 0 && nominal {
            phrase_words -= 1;
            j = n;
            continue;
        }
        return false;
    }
    false
}

/// The last word of a parenthetical that opens after word `j` (between dashes, or between
/// commas and then at most five words long).
fn closing_mark(doc: &Doc, j: usize, dash: bool) -> Option<usize> {
    let limit = if dash { 12 } else { 5 };
    let mut k = doc.next(j)?;
    for _ in 0..limit {
        let gap = doc.gap_after(k);
        let closes = if dash {
            gap.contains(['—', '–']) || gap.contains(" - ")
        } else {
            gap.trim() == ","
        };
        if closes {
            return Some(k);
        }
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || "\"“”'‘’".contains(c))
        {
            return None;
        }
        k = doc.next(k)?;
    }
    None
}

/// A coordinated source between dashes after word `last` ("Democrats — and some Republicans
/// — say"): the aside's last word.
pub(crate) fn coordinated_aside(doc: &Doc, last: usize) -> Option<usize> {
    let gap = doc.gap_after(last);
    if !(gap.contains(['—', '–']) || gap.contains(" - ")) {
        return None;
    }
    doc.is(doc.next(last), &["and", "or"])
        .then(|| closing_mark(doc, last, true))
        .flatten()
}

/// After a form of *be* at `be`: a held view ("adamant that", "convinced that", "of the view
/// that"), maybe after an adverb.
pub(crate) fn stance(doc: &Doc, be: usize) -> bool {
    let mut j = be;
    for _ in 0..2 {
        let Some(n) = doc.next_joined(j) else {
            return false;
        };
        if doc.is(Some(n), STANCE_ADJECTIVES) {
            return doc.is(doc.next(n), &["that", "about"]);
        }
        if doc.is(Some(n), &["of"]) {
            let v = doc.next_joined(n).and_then(|t| doc.next_joined(t));
            return doc.is(doc.next_joined(n), &["the"]) && doc.is(v, &["view", "opinion"]);
        }
        if !(doc.key(n).ends_with("ly") || doc.is(Some(n), &["all", "also", "still", "now"])) {
            return false;
        }
        j = n;
    }
    false
}

/// ", including Jane Roe …": a group whose members are then named is described, not cited;
/// so is a source named in apposition (", John Weaver,").
pub(crate) fn members_named(doc: &Doc, last: usize) -> bool {
    let Some(n) = doc.next(last) else {
        return false;
    };
    if doc.gap_after(last).trim() == "," && doc.capitalized(n) && doc.next_joined(n).is_some() {
        return true; // "a top strategist, John Weaver, tells reporters"
    }
    if !doc.gap_after(last).contains(',') || !doc.is(Some(n), &["including", "among", "like"]) {
        return false;
    }
    let mut k = n;
    for _ in 0..6 {
        match doc.next_joined(k) {
            Some(m) if doc.capitalized(m) => return true,
            Some(m) if !doc.is_content(m) && !doc.is(Some(m), &["the", "a", "an"]) => return false,
            Some(m) => k = m,
            None => return false,
        }
    }
    false
}

/// The source phrase ending at `last` goes on to name an institution or place it belongs
/// to: "an official at China’s agriculture ministry", "researchers at the security firm
/// Quarrystone Labs", "analysts from Goldman" (a capitalised word within four words of at,
/// from, of or with).
pub(crate) fn named_after(doc: &Doc, last: usize) -> bool {
    let Some(p) = doc
        .next_joined(last)
        .filter(|&p| doc.is(Some(p), &["at", "from", "of", "with"]))
    else {
        return false;
    };
    let mut k = p;
    for _ in 0..4 {
        match doc.next_joined(k) {
            Some(m) if doc.capitalized(m) => return true,
            Some(m) if doc.is_content(m) || doc.is(Some(m), &["the", "a", "an"]) => k = m,
            _ => return false,
        }
    }
    false
}

/// A relative clause on an unnamed source ("who work in the sector") spans at most this
/// many words.
const RELATIVE_CLAUSE_WORDS: usize = 12;

/// The last word of a source phrase with its relative clause ("two bankers who work in the
/// sector"): the clause's verb, then up to the next punctuation or source verb; `head` when
/// no "who" follows.
pub(crate) fn relative_clause_end(doc: &Doc, head: usize) -> usize {
    let mut end = head;
    if let Some(who) = doc.next_joined(head).filter(|&w| doc.is(Some(w), &["who"])) {
        // A subject relative ("who work in the sector"), not an object one ("who they
        // believe speak Spanish").
        let subject = doc
            .next_joined(who)
            .filter(|&v| !doc.is(Some(v), SUBJECT_PRONOUNS) && !doc.is(Some(v), DETERMINERS));
        if let Some(verb) = subject {
            end = verb;
            for _ in 0..RELATIVE_CLAUSE_WORDS {
                match doc.next_joined(end) {
                    Some(k)
                        if !doc.in_set(Some(k), &SOURCE_VERBS)
                            || doc.is(Some(end), &["to"])
                            || doc.is(Some(end), BE) =>
                    {
                        end = k
                    }
                    _ => break,
                }
            }
        }
    }
    end
}

/// The phrase is the subject of an indirect question ("what people think", "how many
/// analysts expect"): asked about, not cited.
pub(crate) fn indirect_question(doc: &Doc, start: usize) -> bool {
    doc.is(
        doc.prev_joined(start),
        &["what", "how", "whether", "why", "if"],
    )
}

/// A source verb, "said" and the like, or "according to" stands right before the phrase
/// starting at `start` ("according to experts", "said one analyst"). Not "told analysts":
/// there they are the audience.
pub(crate) fn speech_precedes(doc: &Doc, start: usize) -> bool {
    let postposed = [
        "said",
        "says",
        "say",
        "added",
        "noted",
        "argued",
        "explained",
        "wrote",
        "insisted",
        "cautioned",
        "predicted",
        "estimated",
        "believe",
        "think",
    ];
    let p = doc.prev_joined(start);
    doc.is(p, &["to"]) && doc.is(p.and_then(|p| doc.prev_joined(p)), &["according"])
        || doc.is(p, &postposed)
}

/// A verb of saying stands before the phrase `start..=end` and the phrase ends the clause
/// there ("…, said one strategist for the campaign."), or "according to" stands before it. A
/// phrase that goes on with a verb is the subject of the reported clause instead ("said
/// supporters were tired"), not its source.
pub(crate) fn speech_precedes_source(doc: &Doc, start: usize, end: usize) -> bool {
    let p = doc.prev_joined(start);
    if doc.is(p, &["to"]) && doc.is(p.and_then(|p| doc.prev_joined(p)), &["according"]) {
        return true;
    }
    if !speech_precedes(doc, start) {
        return false;
    }
    // The phrase may go on with a prepositional phrase ("a strategist for one campaign").
    let mut j = end;
    let mut in_phrase = false;
    for _ in 0..6 {
        let Some(n) = doc.next_joined(j) else {
            return true;
        };
        let k = doc.key(n);
        if contains(&["who", "familiar", "close", "briefed", "involved"], k) {
            return true;
        }
        let phrase_word = contains(PREPOSITIONS, k) && !contains(&["than", "as", "like"], k)
            || in_phrase && (doc.capitalized(n) || doc.is_content(n) || contains(DETERMINERS, k));
        if !phrase_word {
            return false;
        }
        in_phrase = true;
        j = n;
    }
    false
}

/// People counted rather than cited ("79 percent of Democrats said", "half of voters", "6
/// in 10 Republicans"), a group that something is for or of ("a spokesman for committee
/// Democrats"), or the object of a verb of causing ("make people think").
pub(crate) fn not_the_speaker(doc: &Doc, start: usize) -> bool {
    let Some(p) = doc.prev_joined(start) else {
        return false;
    };
    let k = doc.key(p);
    if k == "in" {
        return doc
            .prev_joined(p)
            .is_some_and(|d| doc.key(d).chars().all(|c| c.is_ascii_digit()));
    }
    contains(
        &[
            "of", "for", "to", "with", "from", "on", "at", "about", "against", "among", "make",
            "makes", "made", "let", "lets", "have", "has", "had", "help", "helps",
        ],
        k,
    ) && !(k == "to" && doc.is(doc.prev_joined(p), &["according"]))
}

/// The claim of a source starting at `start`: the sentence when a verb of saying or
/// "according to" stands before it (the content came first: "…, said one analyst"), else
/// what it frames, from the source on ("Some party strategists said none of …"; a frame with
/// nothing after it falls back to the sentence).
pub(crate) fn source_scope(doc: &Doc, start: usize) -> Scope {
    if speech_precedes(doc, start) {
        Scope::Sentence
    } else {
        Scope::Frame
    }
}

/// The phrase is the object of a verb of telling: its people are the audience ("told
/// analysts on a call"), not the source.
pub(crate) fn audience(doc: &Doc, start: usize) -> bool {
    let telling = [
        "told",
        "tell",
        "tells",
        "telling",
        "briefed",
        "brief",
        "briefing",
        "asked",
        "ask",
        "asks",
        "asking",
        "assured",
        "reassured",
        "informed",
        "urged",
        "addressed",
        "warned",
        "reminded",
        "advised",
        "surveyed",
        "polled",
        "interviewed",
    ];
    doc.is(doc.prev_joined(start), &telling)
}

/// "Jane Roe, an expert in …" (an appositive) or "she is an expert" (a predicate): the
/// phrase describes someone named, it is not a source.
pub(crate) fn appositive_or_predicate(doc: &Doc, start: usize) -> bool {
    let before = doc.prev(start);
    before.is_some_and(|b| doc.gap_after(b).contains(',') && doc.capitalized(b))
        || doc.is(before, BE)
}
