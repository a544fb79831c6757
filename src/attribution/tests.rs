//! Tests of attribution as a whole: quotes and their speakers, cues and theirs.

use super::probes::{attributions, speakers};
use crate::scan;

fn one(text: &str) -> Option<String> {
    speakers(text).into_iter().next().and_then(|(_, s)| s)
}

#[test]
fn speaker_after_quote_in_both_orders() {
    assert_eq!(
        one("“No deal,” Donald Trump said.").as_deref(),
        Some("Donald Trump")
    );
    assert_eq!(
        one("“No deal,” said Donald Trump.").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn speaker_before_quote_with_colon_or_comma() {
    assert_eq!(
        one("Zach Parise said: “We kept going.”").as_deref(),
        Some("Zach Parise")
    );
    assert_eq!(
        one("Mary Lee told reporters, “We kept going.”").as_deref(),
        Some("Mary Lee")
    );
}

#[test]
fn titles_are_roles_and_short_names_join_the_full_name() {
    let t = "US President Donald Trump spoke on Monday.\n“We will see,” Trump said.\n“Maybe,” the president said.";
    let s = speakers(t);
    assert_eq!(s[0].1.as_deref(), Some("Donald Trump"));
    assert_eq!(s[1].1.as_deref(), Some("Donald Trump"));
}

#[test]
fn party_tag_apposition_after_a_senator() {
    let t = "Sen. Elizabeth Warren, D-Mass., said the bill was “a disgrace.”";
    assert_eq!(one(t).as_deref(), Some("Elizabeth Warren"));
}

#[test]
fn inverted_speaker_with_apposition() {
    let t = "“It is over,” said Robert Danin, a senior fellow at the Council on Foreign Relations.";
    assert_eq!(one(t).as_deref(), Some("Robert Danin"));
}

#[test]
fn inverted_speaker_after_lowercase_roles() {
    let t = "“We were handed pages,” said board member Rosalind Achebe.";
    assert_eq!(one(t).as_deref(), Some("Rosalind Achebe"));
}

#[test]
fn pronoun_after_a_titled_name() {
    let t = "Ann Lee spoke first. Chair Martin Kessler said the delay, which he called “the worst possible window,” was regrettable.";
    assert_eq!(one(t).as_deref(), Some("Martin Kessler"));
}

#[test]
fn it_takes_up_the_sentence_speaker() {
    let t = "Ann Lee sits on the City Council. A consultant’s report warned that costs may rise, \
             though it described that outcome as “unlikely but not impossible.”";
    let q = scan(t).quotes;
    assert_eq!(q[0].speaker.as_deref(), Some("A consultant’s report"));
}

#[test]
fn name_inside_commas_after_a_role() {
    let t =
        "A company spokesman, Jens Albrecht, said the strike was “completely disproportionate.”";
    assert_eq!(one(t).as_deref(), Some("Jens Albrecht"));
}

#[test]
fn pronoun_resolves_to_nearest_fitting_person() {
    let t =
        "Maria Lopez met John Smith on Friday.\n“It went well,” he said.\n“Not really,” she said.";
    let s = speakers(t);
    assert_eq!(s[0].1.as_deref(), Some("John Smith"));
    assert_eq!(s[1].1.as_deref(), Some("Maria Lopez"));
}

#[test]
fn descriptions_and_anonymous_sources_are_speakers() {
    let t = "The deal may slip, people familiar with the talks said. A spokeswoman for the ministry said it was “on track.”";
    let a = attributions(t);
    assert_eq!(a[0].1.as_deref(), Some("people familiar with the talks"));
    assert_eq!(a[1].1.as_deref(), Some("A spokeswoman for the ministry"));
}

#[test]
fn according_to_takes_whatever_source_follows() {
    let a = attributions("Costs rose 4%, according to the council’s own audit.");
    assert_eq!(
        a,
        [(
            "according to".to_string(),
            Some("the council’s own audit".to_string())
        )]
    );
}

#[test]
fn reported_speech_without_quotes_is_indirect() {
    let r =
        scan("Vladimir Putin said the talks were constructive. He claimed the probe had failed.");
    assert_eq!(r.attributions.len(), 2);
    assert!(r
        .attributions
        .iter()
        .all(|a| a.kind == crate::AttributionKind::Indirect));
    assert_eq!(r.attributions[1].speaker.as_deref(), Some("Vladimir Putin"));
}

#[test]
fn negated_and_non_speech_uses_are_not_attributions() {
    assert!(attributions("Officials did not say when the bridge would reopen.").is_empty());
    assert!(attributions("Lee added 18 points and a late assist.").is_empty());
    assert!(attributions("His claims were dismissed last year.").is_empty());
}

#[test]
fn participle_continues_the_clause_subject() {
    // ("defended the plan" reports a defence said aloud too.)
    let a = attributions("Jane Roe defended the plan on Tuesday, saying it would pass.");
    assert_eq!(
        a,
        [
            ("defended".to_string(), Some("Jane Roe".to_string())),
            ("saying".to_string(), Some("Jane Roe".to_string()))
        ]
    );
}

#[test]
fn agentless_passive_has_no_speaker() {
    let a = attributions(
        "Residents are being told to boil water. The mayor is said to favour the plan.",
    );
    assert_eq!(a.len(), 2);
    assert!(a.iter().all(|(_, s)| s.is_none()));
}

#[test]
fn nominal_frame_with_an_owner() {
    let a = attributions("Ana Ruiz spoke twice. Her pledge that taxes would fall surprised aides.");
    assert!(
        a.contains(&("pledge".to_string(), Some("Ana Ruiz".to_string()))),
        "{a:?}"
    );
}

#[test]
fn mid_quote_attribution_serves_both_halves() {
    let s = speakers("“We tried,” Ana Ruiz said, “and we failed.”");
    assert_eq!(s.len(), 2);
    assert!(s.iter().all(|(_, sp)| sp.as_deref() == Some("Ana Ruiz")));
}

#[test]
fn standalone_quote_paragraph_continues_previous_speaker() {
    let t = "“We will rebuild,” said Mayor Elena Vasquez.\n“The water will not win.”";
    let s = speakers(t);
    assert_eq!(s[1].1.as_deref(), Some("Elena Vasquez"));
}

#[test]
fn short_quote_without_speaker_is_scare() {
    let r =
        scan("The bug, known as “Doorjamb,” affects routers. Fans call it the 'big one' online.");
    assert!(r
        .quotes
        .iter()
        .all(|q| q.kind == crate::QuoteKind::Scare && q.speaker.is_none()));
}

#[test]
fn nested_quote_gets_its_own_speaker() {
    let t = "“I then heard President Donald Trump ask, ‘Is he going to do it?’” David Holmes testified.";
    let s = speakers(t);
    assert_eq!(s[0].1.as_deref(), Some("David Holmes"));
    assert_eq!(s[1].1.as_deref(), Some("Donald Trump"));
}

#[test]
fn a_cue_noun_is_reported_once_not_as_a_cue_and_a_frame() {
    let r = scan("The ministry said on Monday. Ana Ruiz repeated her claim that taxes would fall.");
    let mut cues: Vec<_> = r.attributions.iter().map(|a| a.cue_start).collect();
    cues.dedup();
    assert_eq!(cues.len(), r.attributions.len(), "{:?}", r.attributions);
}

#[test]
fn attributions_are_sorted_by_start() {
    let r = scan("“We will win,” said Ana Ruiz, who added that the vote, Bo Chen said, was close.");
    let starts: Vec<_> = r.attributions.iter().map(|a| a.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[test]
fn a_possessive_noun_after_a_quote_is_not_its_speaker() {
    let t = "“It is theft.” The ministry’s claim that the reform would save money was disputed.";
    assert_eq!(one(t), None);
}

#[test]
fn according_to_never_takes_a_source_inside_the_next_quote() {
    let r = scan("according to\"‚- they");
    assert!(r.quotes.iter().all(|q| q.speaker.is_none()));
    assert!(r.attributions.is_empty());
}
