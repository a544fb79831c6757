//! Phenomena of subjects that are not a named person, found on PolNeAR train (one test per
//! phenomenon, named after it; the sentences are written for the tests): documents that
//! report evidence, and groups given by a quantity or a coordination.

use super::probes::{attributions, cues, quote_speaker, speaker_of_cue, speakers};
use crate::scan;

#[test]
fn a_document_reports_evidence_a_person_does_not() {
    let a = attributions("A new statewide poll shows Ana Ruiz with a narrow lead.");
    assert_eq!(
        a,
        [(
            "shows".to_string(),
            Some("A new statewide poll".to_string())
        )]
    );
    let a = attributions("The survey found that most tenants felt safe.");
    assert_eq!(a, [("found".to_string(), Some("The survey".to_string()))]);
    // Plural evidence: "early polls show".
    assert_eq!(
        attributions("Early polls show voters split evenly.").len(),
        1
    );
    // A person's act, a particle, a passive: no attribution.
    for t in [
        "Ana Ruiz found the keys under the seat.",
        "Bo Chen showed up an hour late.",
        "The full survey can be found online.",
        "A jury found him not guilty.",
    ] {
        assert!(attributions(t).is_empty(), "{t}: {:?}", attributions(t));
    }
}

#[test]
fn a_quantifier_opening_the_clause_determines_its_noun() {
    let t = "Each side said the other would pay.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Each side"));
    let t = "Both unions say the offer is too low.";
    assert_eq!(speaker_of_cue(t, "say").as_deref(), Some("Both unions"));
    // Floating after its noun, it is skipped as before.
    let t = "The unions all say the offer is too low.";
    assert_eq!(speaker_of_cue(t, "say").as_deref(), Some("The unions"));
}

#[test]
fn a_hyphenated_participle_is_an_adjective_of_the_subject() {
    let t = "The self-described moderate said the bill went too far.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("The self-described moderate")
    );
}

#[test]
fn a_share_of_people_is_the_source() {
    let t = "Nine in 10 said the roads had got worse.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Nine in 10"));
    let t = "Only 12% said the roads had got better.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("12%"));
    // A share in apposition, after a fraction or alone.
    let t = "A third of tenants, 33%, say they will move.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("A third of tenants")
    );
    // (A fraction is a share of its own: the apposition's anchor speaks.)
    let t = "Just over a quarter, 26 percent, say they will stay.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("Just over a quarter")
    );
    let t = "Among tenants, 26 percent say they will stay.";
    assert_eq!(speaker_of_cue(t, "say").as_deref(), Some("26 percent"));
}

#[test]
fn an_aside_in_parentheses_between_subject_and_verb() {
    let t = "Ana Ruiz (who has led the council since 2019) said the budget was balanced.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
    let t = "Bo Chen (D-Ore.) said the budget was balanced.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Bo Chen"));
}

#[test]
fn a_verb_coordinated_across_an_adverb_continues_the_subject() {
    assert_eq!(
        speaker_of_cue(
            "Ana Ruiz was elected in 2010 and later said, “It is not just the money.”",
            "said"
        ),
        Some("Ana Ruiz".to_string())
    );
    assert_eq!(
        speaker_of_cue(
            "Bo Chen lost the vote but then quietly told reporters that he would run again.",
            "told"
        ),
        Some("Bo Chen".to_string())
    );
    // A bare verb after the adverb belongs to a modal, not to the subject's report.
    assert!(!cues(
        "A thief who finds the flaw could send a request and then add code to the page."
    )
    .contains(&"add".to_string()));
}

#[test]
fn a_description_opened_by_a_possessive_name_is_the_subject_a_participle_continues() {
    let t = "Lee’s campaign shrugged off Park’s comments, telling reporters, “Nobody here has \
             asked for his help.”";
    assert_eq!(
        speaker_of_cue(t, "telling"),
        Some("Lee’s campaign".to_string())
    );
}

#[test]
fn a_participle_after_a_quote_is_not_in_a_relative_clause_of_the_quote() {
    // "…, which I think …,” adding": the "which" is the quoted speaker's, not the clause
    // the participle continues.
    let t = "Ana Ruiz spoke first. She stated, “The ferry would have gone to Tarvel, which \
             I think would have been worse,” adding, “Nobody wanted that.”";
    let q = scan(t).quotes;
    assert_eq!(q[1].speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(speaker_of_cue(t, "adding").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_participle_continues_the_subject_not_the_object_of_the_verb_before() {
    // "the city spokesman rallied supporters, saying": the verb ends the subject's phrase.
    let t = "In reply to the plan, the city spokesman rallied supporters, saying: “We will \
             stop it.”";
    assert_eq!(
        speaker_of_cue(t, "saying").as_deref(),
        Some("the city spokesman")
    );
}

#[test]
fn a_prepositional_phrase_before_the_verb_is_not_its_subject() {
    // "and in a statement credited": no speaker "in a statement".
    let t = "Bo Chen backs the plan and in a statement credited her for “a fine campaign.”";
    assert_ne!(
        speaker_of_cue(t, "credited").as_deref(),
        Some("in a statement")
    );
    // A share of people still is one: "about half of voters".
    let t = "About half of voters said the roads had got worse.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("About half of voters")
    );
}

#[test]
fn a_participles_attribution_covers_the_subject_it_continues() {
    // "she said, adding": the span runs from the subject the participle continues.
    let t = "“It is late,” she said, adding that the ferry had gone.";
    let a = scan(t).attributions;
    let adding = a.iter().find(|a| a.cue == "adding").expect("adding");
    // (Offsets count UTF-16 units: the quote marks before "she" are one each.)
    let start = t[..t.find("she").unwrap()].encode_utf16().count();
    assert_eq!(adding.start, start);
}

#[test]
fn a_list_inside_an_apposition_is_not_a_new_clause() {
    // "…, transport, and planning, said": the serial "and" closes a list of the apposition.
    let t = "“It is a start,” Ana Ruiz, minister for housing, transport, and planning, said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "“It is a start,” Ana Ruiz, minister for housing and planning, said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Ana Ruiz, minister for housing, transport, and planning, said the plan was late.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
    // ", and" after a clause still opens a new one.
    let t = "The mayor spoke, and Ana Ruiz, a teacher, said the plan was late.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_phrase_after_a_verb_before_a_colon_is_its_object() {
    // "released the following statement:": the statement is what was released; the clause's
    // subject speaks (not the name of an opening adverbial clause).
    let t = "When Bo Chen died in 1998, Mayor Ana Ruiz released the following statement: \
             “He was a friend to this city.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Ana Ruiz spoke first. She then addressed the crowd again: “Here is what I regret.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "The board was firm in its findings: “No further debate is needed.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("The board"));
    // A name or a subject right before the colon still signs the quote.
    let t = "Ana Ruiz, the mayor: “No further debate is needed.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // A description inside the clause is its object whatever stands before it, and a
    // progressive's "is" is no cue: its participle is.
    let t = "Mayor Ana Ruiz is rolling out a new and more personal campaign message:              “It is about me.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    assert_eq!(cues(t), ["rolling"]);
}

#[test]
fn a_headline_verb_ends_a_capitalised_name() {
    // The headline's verb is capitalised: "Ana Ruiz Reassures Council Members" is Ana Ruiz
    // and a verb, not a name the later mentions take.
    let t = "Ana Ruiz Reassures Council Members 2024 Is Not Only About Her.\n\
             Ana Ruiz met the council on Monday. “We will be fine,” she said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_adverb_between_the_subject_or_auxiliary_and_the_verb() {
    for (t, cue) in [
        ("Bo Chen however said he would welcome a review.", "said"),
        (
            "Ana Ruiz, the mayor, has even claimed that the dam would hold.",
            "claimed",
        ),
        ("Bo Chen has long argued that the levy is unfair.", "argued"),
        ("Ana Ruiz now says the plan was a mistake.", "says"),
    ] {
        let who = if t.starts_with("Bo") {
            "Bo Chen"
        } else {
            "Ana Ruiz"
        };
        assert_eq!(speaker_of_cue(t, cue).as_deref(), Some(who), "{t}");
    }
    // A surname that is such a word is still a name.
    let t = "Ana Long said the dam would hold.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Long"));
}

#[test]
fn a_contracted_pronoun_is_the_subject() {
    // "He’s said", "she’s predicting": the pronoun's "’s" is "has" or "is", no possessive.
    let t = "Tom Baker spoke first. He’s said he gets his ideas from a novel.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Tom Baker"));
    let t = "Ana Ruiz spoke first. She’s predicting she will do “very, very well” in May.";
    assert_eq!(speaker_of_cue(t, "predicting").as_deref(), Some("Ana Ruiz"));
    // A name's "’s" is still a possessive: "Baker’s claims" are a noun.
    assert!(attributions("Tom Baker’s claims were false.").is_empty());
}

#[test]
fn a_quoted_title_inside_an_apposition() {
    // The title is part of the apposition, not the end of the subject's clause.
    let t = "Ana Ruiz, the author of “Going Local,” said the days of one story are gone.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
    let t = "Bo Chen, a contestant on the show “The Deal,” who went on to work for the firm, \
             said his boss was kind.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Bo Chen"));
    // A name inside a title passed over is not the speaker.
    let t = "Speaking on the show “Live Now,” Ana Ruiz, the hacker known as “Fox,” stated \
             that she had no help.";
    assert_eq!(speaker_of_cue(t, "stated").as_deref(), Some("Ana Ruiz"));
    // A quote that opens the sentence is speech, no title: its cue's speaker is after it.
    let t = "“Yes, I back Ana Ruiz,” Bo Chen, founder of the Media Trust, tells the Ledger.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
}

#[test]
fn a_participle_opening_the_sentence_is_the_main_subjects() {
    // "Noting that …, Bo Chen said": the participial clause's subject is the main clause's.
    let t = "Noting that the roads were closed, Bo Chen said the vote would move.";
    assert_eq!(speaker_of_cue(t, "Noting").as_deref(), Some("Bo Chen"));
    let t = "Citing “duties in Leeds,” the mayor’s spokeswoman told the Ledger that Ana Ruiz \
             would skip the event.";
    assert_eq!(
        speaker_of_cue(t, "Citing").as_deref(),
        Some("the mayor’s spokeswoman")
    );
    // A verb that needs a quote to be speech does not open one this way.
    let t = "Speaking on the show “This Week,” Bo Chen admitted that the name was wrong.";
    assert!(attributions(t).iter().all(|(c, _)| c != "Speaking"));
}

#[test]
fn a_party_tag_closed_by_a_comma() {
    // "Gov. Ana Ruiz (D-Ohio), said": the comma after the tag does not end the subject.
    let t = "Gov. Ana Ruiz (D-Ohio), said, “I am getting ready to rest.”";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
    let t = "A former senator, Bo Chen (I-Conn.), also stated his plan to vote.";
    assert_eq!(speaker_of_cue(t, "stated").as_deref(), Some("Bo Chen"));
}

#[test]
fn a_verb_that_opens_the_next_quote_does_not_attribute_the_quote_before() {
    // "He adds, “…”" introduces the quote after it; the quote before, whose sentence ended,
    // keeps the cue of its own sentence.
    let t = "Ana Ruiz arrived at noon. She praises Bo Chen and calls him “a careful man with a long record.” She adds, “Things get heated in a campaign.”";
    let q = scan(t).quotes;
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].cue.as_deref(), Some("calls"));
    assert_eq!(q[1].cue.as_deref(), Some("adds"));
    // A verb that ends its clause still attributes the quote before it.
    let t = "Ana Ruiz arrived at noon. “Things get heated in a campaign.” She said.";
    assert_eq!(scan(t).quotes[0].cue.as_deref(), Some("said"));
}

#[test]
fn a_lone_surname_that_spoke_is_what_a_later_pronoun_means() {
    // "said Smith. He added": the surname alone, the inverted subject of a speech verb.
    let t = "“We will win the vote,” said Okafor. He added that the count was “nearly done.”";
    let s = speakers(t);
    assert_eq!(s[1].1.as_deref(), Some("Okafor"), "{s:?}");
    let t = "The council met. “We will win the vote,” Okafor said. He added that the count was “nearly done.”";
    assert_eq!(speakers(t)[1].1.as_deref(), Some("Okafor"));
    // Not a capitalised word opening its sentence, nor an object after the verb.
    let t = "Voters said the lines were long. He said that it was “nearly done.”";
    assert_eq!(quote_speaker(t), None);
    let t = "The council met. Critics were quick to criticize Okafor. He said the count was “nearly done.”";
    assert_eq!(quote_speaker(t), None);
}

#[test]
fn a_trade_or_office_of_political_news_describes_a_speaker() {
    let t = "The billionaire businessman began by talking about the town’s budget, saying that the deficit is now “out of control.”";
    assert_eq!(
        quote_speaker(t).as_deref(),
        Some("The billionaire businessman")
    );
    let t = "The congresswoman said the bill was “dead on arrival.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("The congresswoman"));
    // The verb "host" is no speaker.
    assert!(attributions("The city will host a debate on Monday.").is_empty());
}

#[test]
fn a_cue_word_inside_a_name_does_not_introduce_a_quote() {
    // "the United States “to …”": "States" is part of the name, not a verb of saying.
    let t = "Ana Ruiz spoke in Tarvel. Hours later, she issued a statement calling on the United States “to redouble our efforts at home.”";
    assert!(!cues(t).iter().any(|c| c == "States"), "{:?}", cues(t));
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // The verb itself, lowercase after its subject, still does.
    let t = "The report states: “The port must close.”";
    assert_eq!(cues(t), ["states"]);
}

#[test]
fn a_description_opened_by_his_or_her_is_the_subject_a_participle_continues() {
    let t = "Bo Chen lost the vote. His campaign mailed a letter to donors on Friday, saying that the race was “far from over.”";
    assert_eq!(speaker_of_cue(t, "saying").as_deref(), Some("His campaign"));
    let t = "Her closest friends have mocked the plan, calling it “a fantasy.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Her closest friends"));
    // A name after the possessive description is still the subject it names.
    let t = "His aide Ana Ruiz wrote to the board, saying the race was “far from over.”";
    assert_eq!(speaker_of_cue(t, "saying").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_place_and_its_region_in_an_opening_adverbial_are_not_the_subject() {
    for t in [
        "At a summit in Port Alder, N.C., Ana Ruiz offered a defense of the “Open Port” bill.",
        "Speaking at a town hall in Port Alder, North Tarvel, Ana Ruiz went after Bo Chen, calling him “a total stiff.”",
    ] {
        assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"), "{t}");
    }
    // A person and an apposition after the place stay the subject.
    let t = "In Port Alder, Ana Ruiz, the mayor, defended the plan, calling it “a bargain.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_subordinate_clause_opening_the_sentence_is_not_the_subject() {
    let t =
        "When Bo Chen arrived at the hall, Ana Ruiz stood up, saying the plan was “a disgrace.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Even before Bo Chen took the stage, Ana Ruiz sent out a note to supporters, saying that the count was “over.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // With no comma to close it, the clause is no opening adverbial.
    let t = "Bo Chen smiled when Ana Ruiz arrived, saying the plan was “a disgrace.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
}

#[test]
fn a_weekday_after_a_name_is_no_part_of_it() {
    // "in Tarvel, Eastmoor Monday": the weekday ends the place's name, so "he" finds no
    // "Eastmoor Monday" to take.
    let t = "Bo Chen spoke at a town hall in Tarvel, Eastmoor Monday.\n\n\
             “We have come a long way,” he told supporters.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    let t = "Ana Ruiz met Bo Chen Tuesday. “We agreed on the budget,” Chen said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    // The name before the weekday is still a name, and a weekday opening a name's
    // sentence still reaches forward to it.
    let t = "On Monday Bo Chen said, “The vote is close.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    // An initial is part of the name ("A" is a function word elsewhere).
    let t = "Ana A. Ruiz wrote to members. Ruiz told them the vote was “a formality.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana A Ruiz"));
    for t in [
        "Bo Chen Monday said the plan would pass.",
        "Ana Ruiz, speaking Friday, said the plan would pass.",
    ] {
        let s = attributions(t);
        assert!(
            s.iter()
                .all(|(_, sp)| !sp.as_deref().unwrap_or("").contains("day")),
            "{t}: {s:?}"
        );
    }
}

#[test]
fn a_sentence_adverb_opening_its_sentence_is_no_name() {
    let t = "Bo Chen lost the appeal. Significantly, the judge said he could not order a refund.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("the judge"),
        "{:?}",
        attributions(t)
    );
    let t = "Notably, the mayor said, “We will not close the library.”";
    assert_ne!(quote_speaker(t).as_deref(), Some("Notably"));
    // A name ending in -ly still opens its sentence before a comma.
    let t = "Kelly, the council’s treasurer, said, “The books are balanced.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Kelly"));
    let t = "Ana Donnelly chairs the board. Donnelly, 45, said, “We will vote today.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Donnelly"));
}

#[test]
fn a_document_before_a_name_is_no_role_of_it() {
    // "the authors of the report, Bo Chen," makes Bo Chen no "report": "the report stated"
    // later is the report's.
    let t = "One of the authors of the 2019 report, Bo Chen, said the town was ready. \
             “Flooding will get worse,” the report stated.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the report"));
    // The name itself still speaks.
    let t = "One of the authors of the 2019 report, Bo Chen, said, “The town is ready.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
}

#[test]
fn the_period_of_a_title_ends_no_clause() {
    // "said his survey showed Mr. Lee …": the content runs on past "Mr.", so it is no
    // inverted subject ending its clause; the apposition's name before the verb speaks.
    let t = "Another pollster, Bo Chen of Tarvel College, said his survey of voters showed \
             Mr. Lee holding steady.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Bo Chen"));
    // An inverted subject that does end its clause still speaks.
    let t = "“We are holding steady,” said Bo Chen, a pollster at Tarvel College.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    let t = "“We are holding steady,” said Sen. Ana Ruiz.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_quote_joined_to_the_next_takes_its_cue() {
    let s = speakers(
        "Floods are “the worst threat we face” and “a test of the town,” Ana Ruiz, the mayor \
         of Tarvel, proclaimed to a crowd on Tuesday.",
    );
    assert_eq!(s.len(), 2);
    assert!(
        s.iter().all(|(_, sp)| sp.as_deref() == Some("Ana Ruiz")),
        "{s:?}"
    );
    // Quotes a cue before them introduces keep it.
    let s = speakers("Bo Chen called the plan “reckless” and “unfair”, then Ana Ruiz left.");
    assert!(
        s.iter().all(|(_, sp)| sp.as_deref() == Some("Bo Chen")),
        "{s:?}"
    );
}

#[test]
fn a_name_after_a_preposition_before_a_colon_is_an_object() {
    // "a message to Bo Chen: “…”": the addressee, the outlet or the language before the
    // colon does not speak; the clause's subject does.
    let t = "Senate Majority Leader Ana Ruiz delivered a blunt message to Bo Chen: \
             “It is time to stop attacking people.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Former governor Ana Ruiz explained what was wrong with the plan to the weekly \
             Het Blad: “What they did was careless.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // A source after "from", and a name that signs its colon, still speak.
    let t = "Here is the full statement from Ana Ruiz: “We will appeal.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Ines Marlow, Vetch Lane: “We want the road closed.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ines Marlow"));
}

#[test]
fn a_dateline_opening_the_sentence_is_no_subject() {
    // "Velm (AFP) – …": the place and agency of a dateline are not the clause's subject,
    // and an adverbial after the dash is skipped as at the start of a sentence.
    let t = "Velm Daily News polls were out.\n\nVelm (AFP) – Ana Ruiz has taken a swipe at \
             her rival, saying that “loud promises” do more harm than good.";
    assert_eq!(
        speakers(t).last().and_then(|(_, s)| s.clone()).as_deref(),
        Some("Ana Ruiz")
    );
    let t = "Velm, Oct. 8 (UPI) — In response to the plan, the mayor’s deputy rallied \
             supporters, saying: “We have to be ready to stop him.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("the mayor’s deputy"));
    // A parenthesis and a dash later in the sentence are no dateline.
    let t = "Ana Ruiz (the mayor) – never one to wait – opened the session, saying: “We \
             start now.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_subordinate_clause_bounds_a_subject_broken_by_commas() {
    // "after a woman in Tarvel, Velmshire, told him": the subject of "told" is in the
    // clause "after" opens, not the main clause's subject before it.
    let t = "Bo Chen is assuring voters he is tough enough after a woman in Tarvel, \
             Velmshire, told him she worries he is “too nice” to win.";
    assert_eq!(quote_speaker(t).as_deref(), Some("a woman in Tarvel"));
    // A subject broken by commas after an opening phrase still speaks.
    let t = "After the vote, Ana Ruiz, the mayor of Tarvel, told reporters it was “a fair \
             result.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_description_inside_the_subjects_phrase_is_not_the_subject() {
    // "The board’s annual letter to its members notes": the letter speaks, not its
    // recipients.
    let t = "The board’s annual letter to its members notes that the fund “is in good \
             shape.”";
    assert_eq!(
        quote_speaker(t).as_deref(),
        Some("The board’s annual letter")
    );
    let t = "Chen’s fundraising email to his supporters notes that the mayor “is a lawyer.”";
    assert_eq!(
        quote_speaker(t).as_deref(),
        Some("Chen’s fundraising email")
    );
    // A description that is the subject itself stays.
    let t = "Officials at the ministry said the fund was “in good shape.”";
    assert_eq!(
        quote_speaker(t).as_deref(),
        Some("Officials at the ministry")
    );
}

#[test]
fn capitalised_modifiers_and_a_role_before_the_subjects_name() {
    // "Former Republican presidential candidate Dan Wu broke down …, saying": the name
    // after the role is the subject a participle continues, not the modifiers.
    let t = "Former Republican presidential candidate Dan Wu broke down the plan, saying it \
             was “careless.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Wu"));
    // A name opening its sentence with no role after it stays the subject; a verb
    // between ends the search for a role ("staff met Ana Ruiz").
    let t = "Tarvel Bank staff met Ana Ruiz on Monday, saying the plan was “careless.”";
    assert_ne!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Ana Ruiz broke down the plan, saying it was “careless.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_lone_surname_names_the_person_before_an_institution_it_opens() {
    // "Ruiz" after "Ana Ruiz" and "Ruiz Foundation": the name it ends, not the one it opens.
    let t = "Ana Ruiz spoke first. The Ruiz Foundation was sued in May.\n\nRuiz told voters \
             that “the suit is baseless.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // An institution named again by its full name stays itself.
    let t = "Ana Ruiz spoke first. The Ruiz Foundation said in May that “the suit is \
             baseless.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ruiz Foundation"));
}

#[test]
fn a_quote_of_several_sentences_takes_a_later_cue_of_the_sentence_it_ends_in() {
    // "“… . …,” X, who …, said": the cue and its relative clause follow the quote's last
    // sentence, not its first.
    let t = "“I am a delegate. I do not think delegates ought to sway the vote,” Ana Ruiz, \
             who is a delegate, told reporters.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "“I am a delegate. I will vote no,” the former mayor, who lost in May, said on \
             Monday.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the former mayor"));
    // A quote that ends its sentence does not take a cue of the next one; it continues
    // the speaker before it.
    let t = "Ana Ruiz spoke first. “I am a delegate. I will vote no.” Bo Chen said that the \
             plan had failed.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn the_subject_of_what_was_said_is_no_antecedent_before_the_speaker() {
    // "Trask said Lee had won. “…,” he said": Lee is the subject of the reported clause,
    // Trask of the sentence; the later "he" is the speaker.
    let t = "John Trask said Robert Lee had done well. “The plan is strong,” he said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("John Trask"));
    let t = "John Trask said that Robert Lee had done well. He added, “The plan is strong.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("John Trask"));
    // A few words may stand between the verb and the "that" of what it reports.
    let t = "John Trask told reporters that Robert Lee was wrong. “The plan is a disaster,” he \
             said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("John Trask"));
    // After a speaker named only by a noun ("aides say"), the named subject of what
    // they said is the one a later pronoun means.
    let t = "Mary Lee spoke in May. Aides say Jane Trask also advises the mayor. “We need \
             more parks,” she said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Jane Trask"));
}

#[test]
fn an_object_followed_by_its_time_is_no_subject_antecedent() {
    // "met Lee last week, …": the adverbs after the name reach a comma, not a verb; Lee
    // is an object, and a later "he" is the sentence's subject.
    let t = "John Trask, who met Robert Lee last week, spoke at the rally. “The plan is \
             strong,” he said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("John Trask"));
    // Adverbs that reach a verb still make the name a subject.
    let t = "John Trask spoke first. Robert Lee last week urged the council to act. “The plan \
             is strong,” he said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Robert Lee"));
}

#[test]
fn a_person_met_in_the_street_heads_a_relative_clause_before_the_cue() {
    let t = "A voter who did not want to be named said the count was slow.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("A voter"));
    let t = "One motorist who was stuck for hours said the road was never cleared.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("One motorist"));
}

#[test]
fn two_descriptions_joined_by_and_that_open_the_clause_are_one_subject() {
    let t = "The mayor and the governor said the plan was sound.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("The mayor and the governor")
    );
    assert_eq!(super::probes::speaker_kind_of_cue(t, "said"), Some("group"));
    // One person with two roles.
    let t = "The spokesman and former aide said the plan was sound.";
    assert_eq!(
        super::probes::speaker_kind_of_cue(t, "said"),
        Some("person")
    );
    // Not an object and a new clause's subject, nor an "and" that joins to what came before.
    let t = "He met the mayor and the governor said the plan was sound.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("the governor"));
    let t = "Unions, churches, and many local officials claim the plan will fail.";
    assert_eq!(
        speaker_of_cue(t, "claim").as_deref(),
        Some("many local officials")
    );
}

#[test]
fn a_name_right_before_a_participle_of_asking_is_its_subject() {
    // "footage of Ana Ruiz asking, “…”": the participle's own subject stands right before
    // it, not the clause's subject ("The ad") nor a description ending in the name.
    let t = "The new spot uses footage of Ana Ruiz asking, “Why are we not further ahead?”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    assert_eq!(speaker_of_cue(t, "asking").as_deref(), Some("Ana Ruiz"));
    // With a comma, the participle continues the clause's subject.
    let t = "Bo Chen attacked Ana Ruiz, asking, “Why are we not further ahead?”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
}

#[test]
fn a_quote_after_a_sentence_with_a_speaker_is_that_speakers_not_a_later_clauses_subject() {
    // The sentence before reports Bo Chen; "they" opens a clause inside what he named.
    let t = "On \"Morning Hour,\" Sen. Bo Chen (Vt.), who lost the primaries to Ruiz, \
             identified young voters' fatigue as one of the reasons that they should get \
             excited about Ruiz's campaign. \"The younger people are tired of it.\"";
    let last = speakers(t).pop().and_then(|(_, s)| s);
    assert_eq!(last.as_deref(), Some("Bo Chen"));
    // With no reporting verb before, the last clause's subject still speaks.
    let t = "Ana Ruiz walked to the podium. “We are ready.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_free_relatives_what_opens_no_description_and_its_verb_takes_no_quote_before_it() {
    // "what her team calls": the description is "her team", not "what her team".
    let t = "The mayor cast the result as proof that what her team calls her “open door” \
             plan was working.";
    assert_eq!(quote_speaker(t).as_deref(), Some("her team"));
    // The free relative's verb after a quote describes something else.
    let t = "Bo Chen has wondered whether the judges will be “fair” to him, engaging in \
             what analysts described as an old tactic.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
}

#[test]
fn a_head_noun_with_a_participle_and_its_phrase_is_the_subject_not_the_phrases_name() {
    // "Another source speaking to Lind News said": the name is the phrase's object.
    let t = "Another source speaking to Lind News said the talks had stalled.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Another source"));
    // A document's head too.
    let t = "A letter from Bo Chen obtained by the Herald warns that the plan will fail.";
    assert_eq!(speaker_of_cue(t, "warns").as_deref(), Some("A letter"));
    // A name with no head before it still speaks.
    let t = "Lind News said the talks had stalled.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Lind News"));
}

#[test]
fn a_participle_of_naming_after_a_document_its_clause_issued_is_the_clauses() {
    // "issued a statement calling the test “a clear violation”": the council names it.
    let t = "On Friday, the Security Council issued a statement calling the test \"a clear \
             violation\" of five resolutions.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the Security Council"));
    // Not a participle after a noun that is no document.
    let t = "The council held a vote calling the test \"a clear violation\" of the rules.";
    assert_ne!(quote_speaker(t).as_deref(), Some("a vote"));
}

#[test]
fn after_a_persons_relative_clause_what_follows_said_is_content_not_the_speaker() {
    let t = "Lena Ortiz, 61, of Kellerton, who watched the vote from the gallery, said the \
             result brought back memories of her mother.";
    assert_eq!(
        super::probes::speaker_of_cue(t, "said").as_deref(),
        Some("Lena Ortiz")
    );
    // After a quote, the inverted description still speaks.
    let t = "“It was a long night,” said the designer, who works for the council.";
    assert_eq!(
        super::probes::speaker_of_cue(t, "said").as_deref(),
        Some("the designer")
    );
}

#[test]
fn the_object_of_a_relative_clause_is_not_the_subject_of_the_verb_after_it() {
    // "One of the vets who signed the letter called …": the vets, not the letter.
    let t = "Dozens of vets wrote to the board. One of the vets who signed the letter \
             called the plan a “disgrace.”";
    assert_eq!(
        super::probes::speaker_of_cue(t, "called").as_deref(),
        Some("One of the vets")
    );
    // "a group of hackers who officials say is …": "say" has a subject of its own.
    let t = "They cited Kilo 7, a group of hackers who officials say is tied to a foreign \
             service.";
    assert_eq!(
        super::probes::speaker_of_cue(t, "say").as_deref(),
        Some("officials")
    );
}

#[test]
fn a_subject_that_names_nobody_makes_no_attribution() {
    let t = "Neither commissioner would say what happens if the talks collapse.";
    assert!(
        super::probes::cues(t).is_empty(),
        "{:?}",
        super::probes::attributions(t)
    );
    let t = "So far, no group has claimed responsibility for the attack.";
    assert!(
        super::probes::cues(t).is_empty(),
        "{:?}",
        super::probes::attributions(t)
    );
    // "No matter how often people told him he could not win" has speakers.
    let t = "He kept going no matter how many times people told him he could not win.";
    assert!(super::probes::cues(t).contains(&"told".to_string()));
}
