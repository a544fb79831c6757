//! Closed word classes: short, fixed sets that rules test words against. Open classes
//! (names, cues, role nouns, hedge phrases) are data files; these are part of the grammar.
//! Where two rules need different members of a class, each set says what it is for.

use super::class::word_class;

word_class! {
    /// Determiners, the closed class ("the", "some", "whose"): a noun follows.
    pub DETERMINERS = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
        "my", "your", "some", "any", "no", "every", "each", "another", "either", "neither",
        "which", "whose", "what",
    ];
}

word_class! {
    /// Determiners that open a speaker's description or mark a noun reading of a cue word ("his
    /// claims", "such statements"); narrower than [`DETERMINERS`]: "that", "what" and "which"
    /// there usually open a clause.
    pub SPEAKER_DETERMINERS = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
        "those", "such", "no",
    ];
}

word_class! {
    /// Determiners that open a noun phrase of its own after a word: the object after a verb
    /// ("believed the waitress", "said the audit showed that"), the second of two descriptions
    /// joined by "and" ("the mayor and the governor"); narrower than [`SPEAKER_DETERMINERS`].
    pub PHRASE_DETERMINERS = [
        "the", "a", "an", "his", "her", "their", "its",
    ];
}

word_class! {
    /// Determiners that tie a source to something named before ("the experts", "its analysts").
    pub ANCHORING_DETERMINERS = [
        "the", "these", "those", "his", "her", "its", "their", "our", "my", "your", "whose",
    ];
}

word_class! {
    /// Cardinal numbers written as words ("nine in 10", "four out of ten").
    pub NUMBER_WORDS = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
}

word_class! {
    /// Subject pronouns.
    pub SUBJECT_PRONOUNS = [
        "i", "you", "he", "she", "it", "we", "they",
    ];
}

/// Pronouns that can stand for a speaker ("he said"; not "you").
pub fn is_speaker_pronoun(key: &str) -> bool {
    matches!(key, "he" | "she" | "they" | "it" | "we" | "i")
}

word_class! {
    /// Prepositions, the closed class.
    pub PREPOSITIONS = [
        "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "onto", "over",
        "under", "before", "after", "during", "between", "among", "through", "against", "without",
        "within", "across", "along", "around", "behind", "beyond", "near", "toward", "towards",
        "upon", "via", "than", "as", "per", "since", "until", "despite", "like", "off", "out",
        "up", "down",
    ];
}

word_class! {
    /// The prepositions that end a speaker's description or put a name inside one ("officials
    /// from Tarvel", "Head of Research"): the common ones, without "as", "like" or "than".
    pub DESCRIPTION_PREPOSITIONS = [
        "for", "to", "of", "in", "on", "at", "by", "with", "from", "about", "into", "over",
        "under", "after", "before", "without", "through", "against",
    ];
}

word_class! {
    /// Conjunctions and clause openers.
    pub CONJUNCTIONS = [
        "and", "or", "but", "nor", "so", "yet", "if", "because", "while", "although", "though",
        "whether", "unless", "whereas", "when", "where", "then",
    ];
}

word_class! {
    /// Words that open a new clause and so end a speaker's description or subject ("…, though
    /// officials say", "…, where lawmakers expressed").
    pub CLAUSE_WORDS = [
        "and", "but", "or", "that", "which", "who", "whom", "while", "when", "because", "as", "if",
        "after", "before", "since", "than", "though", "although", "where", "whereas", "unless",
        "until", "whether",
    ];
}

/// A word of the closed classes that never modify a noun before a name: a determiner, a
/// preposition, a conjunction or a clause opener ("said the", "told of", "said that").
pub fn is_function_word(key: &str) -> bool {
    DETERMINERS.contains(&key)
        || PREPOSITIONS.contains(&key)
        || CONJUNCTIONS.contains(&key)
        || CLAUSE_WORDS.contains(&key)
}

word_class! {
    /// Forms of *be*, contractions included.
    pub BE = [
        "is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't",
        "weren't", "it's", "that's", "he's", "she's", "there's", "what's", "who's", "they're",
        "we're", "you're",
    ];
}

word_class! {
    /// Finite verb forms that mark a clause ("claim the bug may pose", "suggest he was").
    pub FINITE = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might",
        "can", "does", "did", "do", "must", "shall", "isn't", "aren't", "wasn't", "weren't",
        "won't", "wouldn't", "can't", "doesn't", "didn't", "hasn't", "haven't", "hadn't",
    ];
}

word_class! {
    /// Verbs of saying, for rules that ask "was this reported?" ("said he thought").
    pub SAY_VERBS = [
        "said", "says", "say", "told", "added", "explained", "wrote", "insisted", "argued",
        "admitted", "conceded", "acknowledged", "stressed", "noted", "testified",
    ];
}

word_class! {
    /// The second parts of compound adjectives made of a name ("New York-based", "Texas-born",
    /// "Obama-era"): a capitalised run that ends in one is no name.
    pub COMPOUND_ADJECTIVE_HEADS = [
        "based", "born", "bred", "era", "led", "backed", "owned", "run", "funded", "style", "made",
        "affiliated", "aligned", "allied", "leaning", "controlled", "dominated", "sponsored",
        "linked", "educated", "trained",
    ];
}

word_class! {
    /// Abbreviations that close a name ("Ana Ruiz Jr.", "Lumen Corp."): their period ends no
    /// clause, so "Lumen Corp. said" is a subject and its verb.
    pub NAME_SUFFIXES = [
        "jr", "sr", "inc", "corp", "co", "ltd",
    ];
}

word_class! {
    /// Verbs whose object is the person spoken to ("told Newsweek", "asked analysts"), never
    /// the speaker.
    pub ADDRESSEE_VERBS = [
        "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "urge", "urges",
        "urged", "urging", "warn", "warns", "warned", "warning", "advised", "informed", "assured",
        "thanked",
    ];
}

word_class! {
    /// Verbs whose object is their target ("accused the mayor of lying", "blamed the board for"):
    /// the noun phrase after them is never an inverted speaker.
    pub TARGET_VERBS = [
        "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming",
        "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises",
        "criticised", "criticising",
    ];
}

word_class! {
    /// Words that open a time phrase before its time word ("on Thursday", "last week", "early
    /// Friday").
    pub TIME_LEADS = [
        "on", "last", "this", "early", "late", "next",
    ];
}

word_class! {
    /// Adverbs of sequence that may stand between a coordinating "and"/"but" and its verb ("and
    /// later said", "but then told"); adverbs in "-ly" are told by their ending.
    pub SEQUENCE_ADVERBS = [
        "later", "then", "also", "again", "still", "even", "now", "soon",
    ];
}

word_class! {
    /// Words after a cue that introduce reported content ("added that", "asked whether").
    pub CONTENT_MARKERS = [
        "that", "whether", "if", "to", "about", "how", "why", "what", "when", "where", "who",
    ];
}

/// "A possessive word ("Goldman's", "the firms'"), not a contraction of *is*, as a key.
pub fn is_possessive_key(key: &str) -> bool {
    key.ends_with("'s") && !BE.contains(&key) || key.ends_with("s'")
}

/// "Trump’s", "Jones's": a possessive, rarely a speaker or an antecedent (word text).
pub fn ends_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_narrow_sets_lie_inside_the_closed_classes() {
        for w in DESCRIPTION_PREPOSITIONS {
            assert!(PREPOSITIONS.contains(w), "{w}");
        }
        for w in ANCHORING_DETERMINERS {
            assert!(DETERMINERS.contains(w), "{w}");
        }
    }

    #[test]
    fn possessives_are_not_contractions() {
        assert!(is_possessive_key("goldman's") && is_possessive_key("the firms'"));
        assert!(!is_possessive_key("it's") && !is_possessive_key("that's"));
        assert!(ends_possessive("Trump’s") && !ends_possessive("Trumps"));
    }
}
