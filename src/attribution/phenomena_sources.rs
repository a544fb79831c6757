//! Phenomena of sources that are not one named person, found on PolNeAR train and other real
//! articles (one test per phenomenon, named after it; the sentences are written for the tests):
//! news outlets, organisations and institutions and what refers back to them, unnamed and
//! anonymous sources, groups and shares.

use super::probes::{attributions, quote_speaker, speaker_of_cue};
use crate::report::SpeakerKind;
use crate::scan;

#[test]
fn news_outlets_are_sources() {
    let t = "Several newspapers reported that the agency had met the mayor twice.";
    assert_eq!(
        speaker_of_cue(t, "reported").as_deref(),
        Some("Several newspapers")
    );
}

#[test]
fn the_firm_refers_back_to_an_organisation_known_by_its_short_name() {
    // "Brightwell" alone later must not make the company a person.
    let t = "Corvane Electronics says its chargers are safe. The firm blamed “fake cables” \
             for the fires. Corvane has also said its batteries passed every test.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Corvane Electronics"));
    assert_eq!(
        speaker_of_cue(t, "blamed").as_deref(),
        Some("Corvane Electronics")
    );
}

#[test]
fn an_institution_named_with_of_or_for_is_one_name() {
    let t = "The Department of Justice opened a case. The Department of Justice said on \
             Monday that it would appeal.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("Department of Justice")
    );
    let t = "The Office for Product Safety said it was testing the units, and asked shops to \
             remove them.";
    assert_eq!(
        speaker_of_cue(t, "asked").as_deref(),
        Some("Office for Product Safety")
    );
}

#[test]
fn a_source_close_to_a_group_that_is_no_speaker() {
    let t = "A person close to the delegation said a meeting was possible.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("A person close to the delegation")
    );
}

#[test]
fn the_source_is_never_the_latest_organisation() {
    let t = "The Harlow Department said it would act. Later a source close to the talks \
             spoke. “We are far apart,” the source said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the source"));
    // "the company" still refers back to the organisation.
    let t = "Brenner Mills cut 40 jobs. “We regret it,” the company said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Brenner Mills"));
}

#[test]
fn quantified_and_bare_plural_groups_are_sources() {
    assert_eq!(
        speaker_of_cue("The report is late, several friends said.", "said").as_deref(),
        Some("several friends")
    );
    assert_eq!(
        speaker_of_cue("Security specialists say the flaw is real.", "say").as_deref(),
        Some("Security specialists")
    );
    assert_eq!(
        speaker_of_cue("Most of them said they had loved working there.", "said").as_deref(),
        Some("Most of them")
    );
    // Things that "suggest" or "tell a story" are no group of people.
    assert!(attributions("Early tests suggest the tool may flag patched routers.").is_empty());
}

#[test]
fn a_definite_institution_is_not_whatever_name_came_last() {
    // "the board" refers back to a board, not to the last capitalised name of two words.
    let t = "The appeal cited Article Four of the charter. “She was born here,” the board \
             said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the board"));
    let t = "The request came under the Open Records Act. The department said it will “add \
             the missing pages in June.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("The department"));
    // A generic noun still refers back to the latest organisation.
    let t = "Greyling Homes built the tower. “We met every code,” the company said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Greyling Homes"));
}

#[test]
fn an_unnamed_source_briefed_on_last_weeks_call() {
    // "last", "this" or "next" before a time word after a preposition determines it: the
    // description runs on to its head ("a second person"), and the source is unnamed.
    let t = "The deal was poor for the mayor, a second person briefed on last week's budget \
             call said.";
    let a = scan(t).attributions;
    assert_eq!(a.len(), 1);
    assert_eq!(
        a[0].speaker.as_deref(),
        Some("a second person briefed on last week's budget call")
    );
    assert_eq!(a[0].speaker_kind, Some(SpeakerKind::Anonymous));
    // Between a subject and its verb, "last week" is still an adverb.
    let t = "Ana Ruiz won the seat. She last week said the plan was dead.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn the_company_is_no_country_and_the_campaign_no_company() {
    // A definite description of an organisation refers back to one of its kind only.
    let t = "Lakeside Foods will move jobs from the United States to Mexico. The company says \
             it fears a loss. The campaign says the average donation was small.";
    assert_eq!(speaker_of_cue(t, "says").as_deref(), Some("Lakeside Foods"));
    let a = attributions(t);
    assert_eq!(a[1].1.as_deref(), Some("The campaign"));
    let t = "Jobs are moving from the United States to Mexico. On Tuesday, the company said it would not \
             file in time.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("the company"));
}

#[test]
fn a_share_spelled_out_or_a_fraction_as_the_subject() {
    // Poll shares: a spelled-out percentage, or a fraction with what approximates it.
    let t = "Twenty-four percent said they were more likely to vote for her. Nearly half said \
             they prefer someone new, and three-quarters said the same of her rival.";
    let a = scan(t).attributions;
    let got: Vec<_> = a.iter().map(|a| a.speaker.as_deref()).collect();
    assert_eq!(
        got,
        [
            Some("Twenty-four percent"),
            Some("Nearly half"),
            Some("three-quarters")
        ]
    );
    assert!(a.iter().all(|a| a.speaker_kind == Some(SpeakerKind::Group)));
    // Not inside a clause: "in the first half" is no speaker.
    let t = "Ana Ruiz spoke. In the first half, she said the plan was fine.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn it_may_take_up_the_document_that_opened_the_sentence_before() {
    // "The ad shows … At the bottom it reads, “…”": "it" is the ad, not the name it shows.
    let t = "The ad shows Bo Chen in a field, holding a gun.\n\n\
             At the bottom it reads, “You can help the cause.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("The ad"));
}

#[test]
fn according_to_at_the_end_of_a_sentence_sources_its_partial_quote() {
    // The quote comes first; "according to" at the sentence's end sources the whole of it,
    // and an organisation's name runs on over "for" ("Alliance for Better Schools").
    let t = "More than 100,000 people took part in a nationwide “walk-in” at more than 2,000 \
             schools in 238 cities, according to the event organizer Alliance for Better Schools.";
    assert_eq!(
        quote_speaker(t).as_deref(),
        Some("Alliance for Better Schools")
    );
}

#[test]
fn a_source_phrase_ends_before_a_name_that_opens_its_own_clause() {
    // "according to a speech Mrs. Ruiz delivered": the speech, not "a speech Mrs".
    let t = "The goal is to curb activist investors, according to a speech Mrs. Ruiz \
             delivered at the university in July 2015.";
    assert_eq!(
        speaker_of_cue(t, "according to").as_deref(),
        Some("a speech")
    );
    let t = "The goal is to curb activist investors, according to a memo Mrs. Ruiz wrote in \
             July.";
    assert_eq!(speaker_of_cue(t, "according to").as_deref(), Some("a memo"));
    let t = "The plan will cost $8 billion, according to a report Friday.";
    assert_eq!(
        speaker_of_cue(t, "according to").as_deref(),
        Some("a report")
    );
    // A role before a name keeps it.
    let t = "Sales fell by a third, according to the research firm Lindquist.";
    assert_ne!(
        speaker_of_cue(t, "according to").as_deref(),
        Some("the research firm")
    );
}

#[test]
fn after_according_to_and_a_comma_a_name_in_the_main_clause_is_not_the_source() {
    // The clause after the comma is the content, not an apposition naming the source.
    let t = "According to a Lakeside News poll released Monday, 40 percent of voters chose \
             Ana Ruiz.";
    assert_ne!(
        speaker_of_cue(t, "According to").as_deref(),
        Some("Ana Ruiz")
    );
    let t = "According to exit polls, Bo Chen had a ten-point lead.";
    assert_eq!(
        speaker_of_cue(t, "According to").as_deref(),
        Some("exit polls")
    );
    // An apposition after an inverted speaker still names it, with a phrase of its own.
    let t = "“The odds are long,” said another court advocate, Mark J. Chen of the Lind firm.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Mark J Chen"));
}

#[test]
fn a_title_of_office_after_a_possessive_describes_its_holder() {
    // "commissioner", "superintendent", "trustee" … describe people, as "spokesman" does.
    for t in [
        "The council met on Monday.\n\nKellerton’s tax commissioner says an internal review \
         shows no one released the filings.",
        "The board met on Monday.\n\nThe district’s superintendent says the schools will \
         reopen.",
    ] {
        let s = super::probes::attributions(t);
        assert!(
            s.iter().any(|(c, sp)| c == "says" && sp.is_some()),
            "{t}: {s:?}"
        );
    }
}

#[test]
fn a_described_subject_with_phrases_after_its_head_is_the_source() {
    let t = "Although the mayor lacks a record, elected officials from both parties say he \
             has forged a reputation.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("elected officials from both parties")
    );
    let t = "Organizers of the push to block the plan said they are worried.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("Organizers of the push to block the plan")
    );
    let t = "The deputy head of the delegation to the forum said the talks would resume.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("The deputy head of the delegation to the forum")
    );
    let t = "Political observers in Tarvel and around the country say the mayor deserves it.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("Political observers in Tarvel and around the country")
    );
    let t = "Multiple sources privy to the talks say the council is stalling.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("Multiple sources privy to the talks")
    );
    // Not a free relative's subject after a list, nor a noun that names no speaker.
    let t = "He rolled out endorsements from governors, senators and mayors to show what \
             his aides describe as a wave.";
    assert_ne!(
        speaker_of_cue(t, "describe").as_deref(),
        Some("senators and mayors to show what his aides")
    );
    let t = "The grant was approved, provided they worked with the agency and its \
             contractors to get a cost estimate.";
    assert!(attributions(t)
        .iter()
        .all(|(_, s)| s.as_deref() != Some("its contractors to get a cost")));
    let t = "The team looked at data on towns where the plant had closed and noted how often \
             residents moved.";
    assert!(attributions(t)
        .iter()
        .all(|(_, s)| s.as_deref() != Some("The team looked at data on")));
}

#[test]
fn a_bare_plural_after_a_clause_word_opens_its_clause() {
    let t = "Such tactics would be unusual, but security specialists say it is a realistic step.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("security specialists")
    );
    let t = "The network and its defenders say that it is no more biased than others.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("The network and its defenders")
    );
    let t = "Bo Chen and his defenders say that the plan is fair.";
    assert_eq!(speaker_of_cue(t, "say").as_deref(), Some("his defenders"));
    // "and" alone joins two nouns of one subject.
    let t = "The hope is that employers and insurers would respond by cutting costs.";
    assert_ne!(speaker_of_cue(t, "respond").as_deref(), Some("insurers"));
}

#[test]
fn those_close_to_someone_are_an_unnamed_source() {
    let t = "Those close to him say that he would have to weigh other candidates.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("Those close to him")
    );
    // Not the person they are close to.
    let t = "Those close to the mayor say that she will run again.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("Those close to the mayor")
    );
}

#[test]
fn a_share_of_the_people_just_named_is_the_source() {
    let t = "The ruling angered the families of the victims, many of whom say it is unjust.";
    assert_eq!(speaker_of_cue(t, "say").as_deref(), Some("many of whom"));
    let t = "The board met the donors, some of whom said they would leave.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("some of whom"));
    // None of them spoke.
    let t = "The board met the donors, none of whom said they would leave.";
    assert!(attributions(t).is_empty());
}

#[test]
fn people_a_relative_clause_without_who_describes_are_the_source() {
    let t = "In her favour, all the experts I interviewed said her plan was more detailed.";
    assert_eq!(
        speaker_of_cue(t, "said").as_deref(),
        Some("all the experts")
    );
    let t = "Several people I have spoken with over the last two weeks said the host had \
             advised him.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Several people"));
    // A noun that names no people is not such a source.
    let t = "Bo Chen met the mayor. The plan he wrote says the tax will rise.";
    assert!(attributions(t).is_empty());
}

#[test]
fn a_share_of_respondents_after_with_speaks_through_its_participle() {
    let t = "The mayor has improved her standing, with 30 percent of voters saying they have \
             a positive view of her.";
    assert_eq!(
        speaker_of_cue(t, "saying").as_deref(),
        Some("30 percent of voters")
    );
    let t = "Many voters shrugged, with three in 10 saying the choice would have no effect.";
    assert_eq!(speaker_of_cue(t, "saying").as_deref(), Some("three in 10"));
    // No share after "with": no such speaker.
    let t = "He left the hall with his aides saying the vote was lost.";
    assert_ne!(speaker_of_cue(t, "saying").as_deref(), Some("his aides"));
}

#[test]
fn respondents_after_a_comma_and_but_open_their_clause() {
    let t = "Most voters back the ban, but majorities in all five towns say the road must wait.";
    assert_eq!(
        speaker_of_cue(t, "say").as_deref(),
        Some("majorities in all five towns")
    );
}
