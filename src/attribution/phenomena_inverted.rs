//! Phenomena of inverted reporting clauses, found on PolNeAR train (one test per
//! phenomenon, named after it; the sentences are written for the tests): the speaker after
//! the cue ("said a woman who lives across the road", "“…,” Bo Chen, the head of the trust,
//! wrote"), where it ends, and what is content rather than an inverted subject.

use super::probes::{quote_speaker, speaker_of_cue, speakers};
use crate::scan;

#[test]
fn an_inverted_indefinite_speaker_closed_by_a_relative_clause() {
    let t = "“It was loud all night,” said a woman who lives across the road.";
    let q = scan(t).quotes;
    assert_eq!(q[0].speaker.as_deref(), Some("a woman"));
}

#[test]
fn an_inverted_cue_after_a_name_and_its_long_apposition_takes_the_quote() {
    let t = "“Guns are the ultimate crisis,” Ana Ruiz, the former mayor of Leeds, proclaimed \
             to a cheering crowd on Tuesday.";
    assert_eq!(
        speaker_of_cue(t, "proclaimed"),
        Some("Ana Ruiz".to_string())
    );
    let q = scan(t).quotes;
    assert_eq!(q[0].speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q[0].cue.as_deref(), Some("proclaimed"));
}

#[test]
fn an_inverted_subject_in_the_possessive_is_the_description_not_the_owner() {
    assert_eq!(
        speaker_of_cue("“It is about time,” said Lee’s spokesman, Bo Chen.", "said"),
        Some("Bo Chen".to_string())
    );
    assert_eq!(
        speaker_of_cue("“It is about time,” said Lee’s spokesman.", "said"),
        Some("Lee’s spokesman".to_string())
    );
    // Not a clause the possessive phrase opens, nor an object that names no speaker.
    assert_ne!(
        speaker_of_cue("Park praises, laments Ana Lee’s legacy.", "laments"),
        Some("Ana Lee’s legacy".to_string())
    );
}

#[test]
fn a_modal_after_the_verb_opens_the_content_not_an_inverted_subject() {
    // "said the school would close": the noun phrase is the content's subject.
    let t = "Ana Ruiz, a teacher, said the school would close.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
    // An inverted subject that ends its clause stays one.
    let t = "“It is late,” said the teacher.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("the teacher"));
}

#[test]
fn a_name_and_its_apposition_after_an_exclaiming_quote() {
    // After "!" or "?" the quote ends its sentence; a name, its apposition and the verb still
    // make the inverted reporting clause.
    let t = "“Not ours, but we like it!” Bo Chen, the head of the Harbour Trust, wrote on Friday.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    let t = "“Why wait?” Ana Ruiz, the mayor, asked.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // A new sentence about someone else is no reporting clause.
    let t = "Dan Hale spoke first. “We won!” Ana Ruiz, the mayor, then left the hall.";
    assert_ne!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_inverted_description_modified_by_a_phrase() {
    for (t, who) in [
        (
            "“It was not a strong case,” said one Democrat familiar with the talks.",
            "one Democrat familiar with the talks",
        ),
        (
            "“It was weak,” said one official involved in the planning, who spoke on \
             condition of anonymity.",
            "one official involved in the planning",
        ),
        (
            "“It was weak,” said a member of the board.",
            "a member of the board",
        ),
    ] {
        assert_eq!(quote_speaker(t).as_deref(), Some(who), "{t}");
    }
}

#[test]
fn an_inverted_role_with_an_of_phrase_names_the_person_after_it() {
    for t in [
        "“We will rebuild the port,” said Secretary of State Bo Chen.",
        "“We will rebuild the port,” said former Secretary of State Bo Chen, who toured it.",
        "“We will rebuild the port,” said former secretary of state Bo Chen, who toured it.",
    ] {
        assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"), "{t}");
    }
    // With no name after the phrase, the phrase itself is the speaker.
    for (t, who) in [
        (
            "“We will wait,” said the head of Tarvel Bank.",
            "the head of Tarvel Bank",
        ),
        (
            "“We will wait,” said members of the Tarvel Council.",
            "members of the Tarvel Council",
        ),
    ] {
        assert_eq!(quote_speaker(t).as_deref(), Some(who), "{t}");
    }
}

#[test]
fn an_inverted_speaker_is_the_subject_a_later_pronoun_means() {
    // "“…,” said Tom Reyes, a former adviser to Governor Ana Ruiz. He added": the inverted
    // speaker, not the person named in the apposition.
    let t = "Governor Ana Ruiz spoke first. “The budget is late,” said Tom Reyes, a former adviser to Governor Maria Ortiz. He added that the delay was “a serious problem.”";
    let s = speakers(t);
    assert_eq!(s[1].1.as_deref(), Some("Tom Reyes"), "{s:?}");
}

#[test]
fn a_long_subject_after_a_quote_keeps_its_verb() {
    // Past the usual reach, a name with its institution or its role still makes the
    // inverted reporting clause of the quote before it.
    let t = "“A cheap reactor would be a stretch for the island,” Bo Chen of the Lind Center \
             for Energy Studies wrote in December.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    let t = "The letter came.\n\n“I am proud of you,” former city policy planning director \
             Ana Ruiz wrote to Bo Chen.";
    assert_eq!(
        speakers(t).last().and_then(|(_, s)| s.clone()).as_deref(),
        Some("Ana Ruiz")
    );
    // A new clause between is no subject of the verb: the quote is not its content.
    let t = "“We will win,” Bo Chen of Velm promised. Then Ana Ruiz of the Lind Center wrote \
             a letter.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
}

#[test]
fn a_verb_after_a_subordinator_is_no_inverted_reporting_clause() {
    // "“…” until Ruiz said": the clause "until" opens reports something else; the quote
    // is the earlier verb's.
    let t = "Bo Lind says he was “kind of riding the fence” until Ana Ruiz said she was \
             backing the mayor.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Lind"));
    // Right after the quote, the inverted clause still attributes it.
    let t = "“It is over,” Ana Ruiz said, though Bo Lind disagreed.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_past_form_after_an_inverted_description_is_the_contents_verb() {
    // "said the plan failed": the content, not an inverted subject.
    let t = "Ana Ruiz, who chairs the board, said the plan failed.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
    let t = "Bo Chen, who led the review, said the audit showed that costs rose.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Bo Chen"));
    // A participle before its phrase still modifies the inverted head.
    let t = "“We are not done,” said a man involved in the planning.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("a man involved in the planning")
    );
}

#[test]
fn a_clause_word_after_the_cue_opens_the_content_not_an_inverted_subject() {
    // "suggests that Lopez …": "that" opens what is suggested; Lopez is no speaker, and
    // the partial quote stays with the outer speaker.
    let t = "Ana Ruiz said in the letter that the flyer “plainly and wrongly” suggests that \
             Westfield and its officers back the plan.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    assert_ne!(speaker_of_cue(t, "suggests").as_deref(), Some("Westfield"));
    // An inverted name right after the cue still speaks.
    let t = "“It is over,” said Bo Chen.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Bo Chen"));
}

#[test]
fn a_number_with_a_slash_modifies_an_inverted_name() {
    // "said 9/11 widow Ana Ruiz": the numeral is one modifier of the role before the name.
    let t = "“It is wrong,” said 9/11 widow Ana Ruiz.\n\nShe continued, “We will not stop.”";
    let got = speakers(t);
    assert_eq!(got[0].1.as_deref(), Some("Ana Ruiz"));
    assert_eq!(got[1].1.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_inverted_name_after_a_capitalised_modifier_and_a_role_is_the_speaker() {
    // "said Republican strategist Ana Ruiz": the party, the outlet or the campaign before
    // the role modifies it; the speaker is the name.
    for (t, who) in [
        (
            "“It is hard,” said Republican strategist Ana Ruiz.",
            "Ana Ruiz",
        ),
        ("“It is hard,” said Kestrel News host Bo Chen.", "Bo Chen"),
        (
            "“It is hard,” tweeted Ruiz spokesman Kit Marlo.",
            "Kit Marlo",
        ),
        (
            "“It is hard,” said Texas-based pollster Bo Chen.",
            "Bo Chen",
        ),
        (
            "“It is hard,” said Idaho supplement executive Bo Chen.",
            "Bo Chen",
        ),
        (
            "“It is hard,” said Republican political consultant Bo Chen.",
            "Bo Chen",
        ),
        ("“It is hard,” said Centrist party boss Bo Chen.", "Bo Chen"),
        ("“It is hard,” mused Kestrel co-host Bo Chen.", "Bo Chen"),
    ] {
        assert_eq!(quote_speaker(t).as_deref(), Some(who), "{t}");
    }
    // A time or a place after the name is no role ("said Ruiz on Monday").
    let t = "“It is hard,” said Ruiz last week in Lindell.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ruiz"));
    // A name alone, or an organisation named after "according to", is left whole.
    let t = "“It is hard,” said Ana Ruiz.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "The figure was low, according to The Ledger.";
    assert_eq!(
        speaker_of_cue(t, "according to").as_deref(),
        Some("The Ledger")
    );
}
