//! Phenomena of quote speakers, found on PolNeAR train and other real articles (one test per
//! phenomenon, named after it; the sentences are written for the tests): block quotes, partial
//! and uncued quotes, dash signatures, verbs after a quote, quotes in another clause.

use super::probes::{attributions, quote_speaker, speaker_of_cue, speakers};
use crate::scan;

#[test]
fn a_block_quote_after_a_colon_ending_the_paragraph() {
    let t = "The Ledger made the same claim in May, and the Harbour Trust responded:\n\
             “We have never sold a single berth to a private buyer.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Harbour Trust"));
}

#[test]
fn an_aside_between_dashes_before_the_verb() {
    let t = "On Friday, Ramos — named by the Ledger as the likely running mate — told \
             reporters that “it is far too early to say.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ramos"));
}

#[test]
fn with_a_name_and_a_participle_of_telling_far_from_its_quote() {
    let t = "The attack sparked a debate over how the country responds, with Senator John \
             McCain telling reporters on Thursday he viewed the president as “directly \
             responsible.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("John McCain"));
}

#[test]
fn partial_quote_without_a_cue_takes_its_clause_subject() {
    // No reporting verb: the subject of the quote's own clause said the quoted words.
    let t = "Dan Corey ripped the director for acting as “the judge and the jury” in the probe.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Corey"));
    let t = "Clara Voss supports “appropriate pay raises” for the county's workers.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Clara Voss"));
}

#[test]
fn an_uncued_speaker_is_shown_as_uncertain() {
    let r =
        scan("Dan Corey grilled the director for acting as “the judge and the jury” in the probe.");
    let q = &r.quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Dan Corey"));
    assert!(
        crate::present::items::is_uncertain(q.speaker_confidence),
        "{q:?}"
    );
    // A term in a sentence with no person as its subject stays a scare quote.
    let r = scan("The so-called “reform” passed on Tuesday.");
    assert_eq!(r.quotes[0].speaker, None);
}

#[test]
fn a_quote_after_adjunct_phrases_and_a_comma() {
    let t = "Dahlia Moss chairs the group. Recently she announced on her page, in capital \
             letters, “I am leaving the ship!”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dahlia Moss"));
    assert_eq!(
        speaker_of_cue(t, "announced").as_deref(),
        Some("Dahlia Moss")
    );
}

#[test]
fn what_critics_call_a_quoted_term() {
    let t = "The government forced the bill through, using a procedure that critics call \
             « a denial of democracy ».";
    assert_eq!(speaker_of_cue(t, "call").as_deref(), Some("critics"));
    assert_eq!(quote_speaker(t).as_deref(), Some("critics"));
}

#[test]
fn a_quote_in_a_clause_with_its_own_subject_does_not_continue_the_paragraph() {
    // The second quote's clause has a subject and a verb of its own: it is that subject's,
    // not a continuation of the quote before it.
    let t = "“We will win the state,” Ana Ruiz said on Monday. Tom Baker has built his own \
             campaign on a promise of “common sense for working families.”";
    let q = scan(t).quotes;
    assert_eq!(q[1].speaker.as_deref(), Some("Tom Baker"));
    // A pronoun subject is the mention shown, resolved to its antecedent.
    let t = "“We will win the state,” Ana Ruiz said on Monday. She voiced a wish for a “strong \
             and fair economy” by the end of the decade.";
    let q = scan(t).quotes;
    assert_eq!(q[1].speaker.as_deref(), Some("Ana Ruiz"));
    let utf16: Vec<u16> = t.encode_utf16().collect();
    let (s, e) = (q[1].speaker_start.unwrap(), q[1].speaker_end.unwrap());
    assert_eq!(String::from_utf16_lossy(&utf16[s..e]), "She");
    // A quote inside a quote stays the outer speaker's.
    let t = "“We will win,” Ana Ruiz said. “If they ask, they might think, ‘Not this year again’ \
             and move on.”";
    let q = scan(t).quotes;
    assert_eq!(q[1].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_verb_of_asking_or_warning_inverted_after_its_quote() {
    // Right after the quote, with no subject before it, the name or description after
    // "asked" or "warned" is the speaker, not the addressee.
    let t = "“Why should the delegates vote themselves out?” asked Sen. Jane Roe of Ohio.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Jane Roe"));
    let t = "“Stay off the bridge tonight,” warned the harbour master.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the harbour master"));
    // With its subject before it, what follows the verb is the addressee.
    let t = "Dan Hale met the press. “We lost the county,” he told Radio Ohio.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Hale"));
}

#[test]
fn a_quote_in_the_content_of_an_owned_speech_noun_is_the_owners() {
    // The quote sits in the "that" clause of Ruiz's claim: not the clause's own subject's.
    let t = "Ana Ruiz’s most repeated claim is that Tom Baker “would say anything to win \
             an election.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Dan Hale spoke in Dayton. His recent promise that the plant “will never close” \
             cheered the workers.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Hale"));
}

#[test]
fn verbs_of_manner_of_speaking_after_a_quote_are_cues() {
    for (t, who) in [
        (
            "“Sit down and wait your turn,” Dan Hale barked.",
            "Dan Hale",
        ),
        (
            "“We simply ran out of time,” Ana Ruiz confessed.",
            "Ana Ruiz",
        ),
        ("“Not this again,” Tom Baker scoffed.", "Tom Baker"),
        (
            "“It was the budget, not the staff,” Mara Quill elaborated.",
            "Mara Quill",
        ),
        (
            "“That is not what the bill says,” Jo Park interjected.",
            "Jo Park",
        ),
    ] {
        assert_eq!(quote_speaker(t).as_deref(), Some(who), "{t}");
    }
    // Without content, such a verb is no attribution.
    assert!(attributions("The senator tried to interject during the hearing.").is_empty());
}

#[test]
fn a_dash_signature_on_the_line_after_a_quote_paragraph() {
    let t = "Ann Lee spoke first.\n\n“Great speech. She is ready for the job.”\n\n-Governor Dan \
             Hale, writing after the speech.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Dan Hale"));
    // A dashed list item after the quote is no signature.
    let t = "“We will enter the next slump with rates near zero.”\n\n- Tom Ball won most of \
             the young voters in the county on Tuesday.";
    assert_eq!(quote_speaker(t), None);
}

#[test]
fn a_clause_after_the_quote_reports_it_whatever_its_verb() {
    // After the comma, question mark or exclamation mark that leaves the quote's sentence
    // open, a subject and its verb, or the verb and its subject, report the quote, whether
    // or not the verb is a known cue; the verb is its cue.
    let t = "Bo Chen spoke to the hall. “People are afraid of wasting their votes,” he \
             surmised.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    assert_eq!(speaker_of_cue(t, "surmised").as_deref(), Some("Bo Chen"));
    let t = "“Analysts said no, and she went ahead anyway,” remembered Ana Ruiz, the firm's \
             former spokeswoman.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Ana Ruiz asked who would pay.\n\n“Nobody!” the crowd cried out, booing.";
    assert_eq!(quote_speaker(t).as_deref(), Some("the crowd"));
    assert_eq!(speaker_of_cue(t, "cried out").as_deref(), Some("the crowd"));
    // Not after a full stop, which ends the quote's sentence: a new one begins.
    let t = "“We are done here.” The crowd cheered.";
    assert_eq!(quote_speaker(t), None);
    assert!(attributions(t).is_empty(), "{:?}", attributions(t));
    // Nor a capitalised pronoun after a question: it opens a sentence of its own.
    let t = "“Why would I stay on the council for another term?” He shrugged.";
    assert!(attributions(t).is_empty(), "{:?}", attributions(t));
    // Nor a clause that goes on with an object: "the crowd loved it" says nothing.
    let t = "“Hey Jude, do not make it bad,” the crowd loved it.";
    assert!(attributions(t).is_empty(), "{:?}", attributions(t));
    // Nor a short quote, which may be a term or a title.
    let t = "They watched “Frozen,” the children rejoiced.";
    assert!(attributions(t).is_empty(), "{:?}", attributions(t));
}

#[test]
fn a_verb_after_the_quote_whose_subject_a_phrase_follows() {
    // "“…!” beamed Name": the subject after the verb may go on with a phrase of place.
    let t = "“This is fantastic!” beamed Bo Chen of Lakeside, Idaho, who had walked onto the \
             floor to be closer to the stage.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    // Not a subject that an object follows: the clause says something else.
    let t = "“It is over!” beamed Bo Chen posters across the square.";
    assert_eq!(quote_speaker(t), None);
}

#[test]
fn a_role_with_an_initial_before_the_name_after_a_quote() {
    // The period of an initial inside the role does not break it off the name and its verb.
    let t = "“These are the darkest days for people like me,” former George W. Bush \
             speechwriter Tom Neff wrote in a column this month.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Tom Neff"));
    // Nor does it let a sentence that has ended run on to a later verb.
    let t = "“These are the darkest days.” Former George W. Bush speechwriter Tom Neff wrote \
             a column about it.";
    assert_eq!(quote_speaker(t), None);
}

#[test]
fn after_a_full_stop_a_pronoun_only_right_after_the_quote() {
    // "“….” He said." reports the quote; "“….” Lindcorp, she predicted, would …" is a new
    // sentence with an aside of its own.
    let t = "Ana Ruiz kept the upper hand, telling the board they would not “have to make \
             the first move.” Lindcorp, she predicted, would come to them.";
    let r = scan(t);
    assert_eq!(r.quotes[0].cue.as_deref(), Some("telling"));
    let t = "Ana Ruiz met the board. “We will not make the first move.” She said.";
    assert_eq!(scan(t).quotes[0].cue.as_deref(), Some("said"));
}

#[test]
fn a_participle_after_an_addressee_or_a_place_is_not_the_addressees() {
    // The name after "to", "on", "at" or "in" is whom the words went to or where they
    // appeared: the participle continues its clause's subject.
    let t = "Mayor Bo Chen wrote a letter to Attorney General Ana E. Ruiz asking the Lind \
             Department to investigate the “fiasco.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    let t = "Ana Ruiz answered the question on Lindbook writing, “Yes, I will. That was a poor \
             choice of words.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // "With" opens the participle's own clause, and a gerund after "from" or "as" has its
    // subject there.
    let t = "The strike spread, with Senator Ana Ruiz calling the deal “a disgrace.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "It was no different, Bo Chen said, from Governor Ana Ruiz calling the budget \
             “voodoo accounting” years ago.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_participle_or_coordinated_verb_continues_the_pronoun_opening_its_clause() {
    // The pronoun right before the first verb of the clause, after a comma or a dash, is
    // the mention the quote's speaker is shown by (and names who it is).
    let t = "When Bo Chen, the mayor's campaign manager, was asked at a lunch if the mayor \
             would hold a press event, he laughed and said, \"We will see.\"";
    let q = &scan(t).quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Bo Chen"));
    assert_eq!(q.speaker_start, t.find("he laughed"));
    let t = "Ana Ruiz spoke at the hall. And although she thanked the farmers for their \
             support, she sounded a rare note of doubt, saying, \"I am not sure I deserve it.\"";
    let q = &scan(t).quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q.speaker_start, t.find("she sounded"));
    // Not a pronoun in the content of a reporting verb: "said he would run, adding"
    // continues the one who said it.
    let t = "Ana Ruiz said he would run, adding that \"the race is open.\"";
    let q = &scan(t).quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q.speaker_start, Some(0));
}

#[test]
fn a_later_verb_after_but_heads_its_own_clause() {
    // "…, but Ana Ruiz said" is a new clause with its own subject, not the reporting
    // clause of the quote before it.
    let t = "His wife had warned him not to be too harsh, to act “presidential,” but Tom Baker \
             said he answered that it could not be done.";
    assert_eq!(quote_speaker(t).as_deref(), Some("His wife"));
    // A later verb with nothing but its subject and a comma between still reports it.
    let t = "The plan is “a mess, and a costly one,” Ana Ruiz said on Monday.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "The vote was “a done deal” and so on, Ana Ruiz said.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_continued_quote_is_shown_by_the_speakers_latest_mention() {
    // The quote continues the speaker of the quote before; when a reporting verb of theirs
    // stands between, the quote is shown by that verb's subject, the nearer mention.
    let t = "\"People should choose,\" says Ana Ruiz, a nurse from Lind. She says the rule \
             should go. \"It is their life; they are not hurting anybody.\"";
    let q = &scan(t).quotes[1];
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q.speaker_start, t.find("She says"));
    // With no such verb between, the mention of the quote before.
    let t = "\"People should choose,\" says Ana Ruiz, a nurse. \"It is their life.\"";
    let q = &scan(t).quotes[1];
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q.speaker_start, t.find("Ana Ruiz"));
}

#[test]
fn a_closing_shaped_mark_that_opens_a_paragraph_opens_a_quote() {
    // At a paragraph's start a mark has nothing to close: "”" there opens, even before a
    // space, and an invisible direction mark before it is no neighbour.
    let t = "The council noted her letter.\n\n” … and so we left before the vote,” Ana Ruiz \
             said.";
    let r = scan(t);
    assert_eq!(r.quotes.len(), 1, "{:?}", r.quotes);
    assert_eq!(r.quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
    let t = "The page filled with replies.\n\n\u{202A}”We will not give up on the park,” wrote \
             Bo Chen.";
    let r = scan(t);
    assert_eq!(r.quotes.len(), 1, "{:?}", r.quotes);
    assert_eq!(r.quotes[0].speaker.as_deref(), Some("Bo Chen"));
    // Inside a paragraph, a closing mark after a word still closes: inches stay inches.
    let t = "The 6” pipe and the 8” pipe were laid on Monday.";
    assert!(scan(t).quotes.is_empty());
}

#[test]
fn a_partial_quote_inside_reported_speech_is_the_reporters() {
    // The quoted words stand in what the outer speaker reports: the outer speaker's.
    let t = "Bo Chen said Ruiz promised the board that the harbour “would stay open all \
             winter.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    let t = "Bo Chen said Ana Ruiz urged the councillors to be “far more careful.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    // A cue in a relative clause that closed before the quote.
    let t = "Ana Ruiz said that the plan, which some have argued was rushed, was a “gift” to \
             the banks.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // Not a quote that its own verb introduces with a colon, nor a quote still inside the
    // relative clause, nor a cue in a clause of its own after a comma.
    let t = "Bo Chen said Ana Ruiz told him: “We will win.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Bo Chen said that voters must back Lia Park against Dan Corey, whom Ana Ruiz \
             called “a menace” on Monday.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Bo Chen said on Monday, when Ana Ruiz called the plan “a disaster,” that he \
             would wait.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    let t = "Bo Chen argued that the fund was empty, while Ana Ruiz said that the “risks are \
             small.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // Nor a cue before a comma that the inner one follows, nor one in a relative clause on
    // the inner cue's subject: the quote keeps its own verb.
    let t = "Bo Chen wrote to investors, telling them the firm was “worth far more.”";
    assert_eq!(scan(t).quotes[0].cue.as_deref(), Some("telling"));
    let t = "The groups who wrote to her on Monday say they are “worried about the levy.”";
    assert_eq!(scan(t).quotes[0].cue.as_deref(), Some("say"));
    // An outer cue in a clause that opens the sentence, the inner one in the main clause.
    let t = "When Bo Chen claimed that the fund should be cut, Ana Ruiz said only that his \
             “sums are wrong.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_uncued_quote_is_shown_by_the_pronoun_subject_of_its_clause() {
    // The quote's own clause has a pronoun subject nearer than the sentence's subject: the
    // speaker is shown by that mention.
    let mention = |t: &str| {
        let q = scan(t).quotes.into_iter().next().unwrap();
        let span = q
            .speaker_start
            .zip(q.speaker_end)
            .map(|(s, e)| t[s..e].to_string());
        (q.speaker, span)
    };
    let t = "Ana Ruiz stayed calm on Tuesday, even though she found “evidence” of it in the files.";
    assert_eq!(
        mention(t),
        (Some("Ana Ruiz".to_string()), Some("she".to_string()))
    );
    let t = "Bo Chen is winning applause in Lakeside as he keeps talking about the “power of we.”";
    assert_eq!(
        mention(t),
        (Some("Bo Chen".to_string()), Some("he".to_string()))
    );
    // Not a pronoun inside what a cue after the subject reports: the quote is in the report.
    let t = "Ana Ruiz suggested Bo Chen was wrong because he took “about $200” from the banks.";
    assert_eq!(
        mention(t),
        (Some("Ana Ruiz".to_string()), Some("Ana Ruiz".to_string()))
    );
}

#[test]
fn a_cue_after_the_comma_closing_the_quotes_opening_clause_is_the_main_clauses() {
    // The quote ends a subordinate clause that opens the sentence and holds the cue that
    // introduces it; the clause after the comma is the sentence's main clause.
    let t = "Bo Chen toured the farms. Although Ana Ruiz says she “loves the valley,” Chen \
             also accuses her of raising taxes.";
    let q = scan(t).quotes.into_iter().next().unwrap();
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q.cue.as_deref(), Some("says"));
    let t = "When Ana Ruiz said the levy would bring in “a lot of money,” Bo Chen said none of \
             it would reach the farms.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
    // Not a quote that no cue before it introduces: the clause after it reports it.
    let t = "If “we lose this vote,” Bo Chen said, “we lose the valley.”";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
}

#[test]
fn a_continued_quote_is_shown_by_the_subject_of_the_sentence_before_it() {
    // The quote continues the speaker of the paragraph before, whose last sentence has them
    // as its subject with no cue: that mention shows them.
    // (Straight marks: the report's offsets count UTF-16 units.)
    let t = "\"We will build the bridge,\" Ana Ruiz added. She then had a question for the \
             crowd.\n\n\"Who will pay for it?\"";
    let r = scan(t);
    let q = &r.quotes[1];
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    let span = q.speaker_start.zip(q.speaker_end).map(|(s, e)| &t[s..e]);
    assert_eq!(span, Some("She"));
}

#[test]
fn a_new_sentence_after_an_introduced_quote_does_not_report_it() {
    // A cue right before the quote introduces it; after its exclamation mark a subject and
    // a verb with more to say open a sentence of their own.
    let t = "In June, Bo Chen wrote to Ana Ruiz, telling her, “you are a star player and we need \
             you for the long run!” She replied that it was an honour.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Bo Chen"));
    // A verb that ends its clause still reports it, and so does one after a quote no cue
    // introduces.
    let t = "Bo Chen stood up, telling the hall, “Who is with me?” he asked.";
    assert_eq!(scan(t).quotes[0].cue.as_deref(), Some("asked"));
    let t = "“Who is with me?” Ana Ruiz asked the hall.";
    assert_eq!(quote_speaker(t).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_quantity_after_yet_is_the_subject_of_its_clause() {
    // "Yet another said": the quantity opens its clause after the conjunction, as after
    // "and" or "but".
    let t = "“Ruiz is ahead,” said one Lakeside farmer. Yet another said, “Chen is in a \
             five-way fight” for second place.";
    assert_eq!(
        speakers(t),
        [
            (
                "“Ruiz is ahead,”".to_string(),
                Some("one Lakeside farmer".to_string())
            ),
            (
                "“Chen is in a five-way fight”".to_string(),
                Some("another".to_string())
            ),
        ]
    );
    // Not a quantity inside a phrase: "not yet one" says nothing of a speaker.
    let t = "The count is not yet one week old, Ana Ruiz said.";
    assert_eq!(speaker_of_cue(t, "said").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_quoted_transcript_is_one_quote_per_turn_for_its_speaker() {
    // A transcript quoted as one multi-paragraph quote: each paragraph opens with a mark and
    // a label; labels recur, since speakers take turns.
    let t = "Mayor Ana Ruiz spoke with the host, Bo Chen, on Sunday. A partial transcript:\n\n\
             \"CHEN: Let us start with the vote on the harbour plan this week.\n\n\
             \"RUIZ: Well, look, the council has a real choice to make here.\n\n\
             \"CHEN: But the polls say most people want the plan stopped.\n\n\
             \"RUIZ: Polls come and go, and the harbour will still be there.\"";
    let got = speakers(t);
    let turns: Vec<(&str, Option<&str>)> = got
        .iter()
        .map(|(q, s)| (q.split(' ').next().unwrap_or(""), s.as_deref()))
        .collect();
    assert_eq!(
        turns,
        [
            ("Let", Some("Bo Chen")),
            ("Well,", Some("Ana Ruiz")),
            ("But", Some("Bo Chen")),
            ("Polls", Some("Ana Ruiz"))
        ]
    );
    assert_eq!(attributions(t).iter().filter(|(c, _)| c == ":").count(), 4);
    // A one-off rubric is no speaker's turn: the video's paragraph stays in the turn before.
    let t = "Ana Ruiz spoke with Bo Chen on Sunday. A partial transcript:\n\n\
             \"CHEN: Let us start with the vote on the harbour plan this week.\n\n\
             \"VIDEO: The harbour at dawn, with the old cranes still standing.\n\n\
             \"RUIZ: Well, look, the council has a real choice to make here.\n\n\
             \"CHEN: But the polls say most people want the plan stopped.\n\n\
             \"RUIZ: Polls come and go, and the harbour will still be there.\"";
    let got = speakers(t);
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(
        got.iter().all(|(_, s)| s.as_deref() != Some("VIDEO")),
        "{got:?}"
    );
    // Paragraphs whose colon ends a sentence's first part are no turns: one quote.
    let t = "Ana Ruiz wrote to the council on Sunday:\n\n\
             \"It was simple: the harbour plan had to go to a vote this year.\n\n\
             \"Most people: they want a say, and they want it before the cranes go.\"";
    assert_eq!(speakers(t).len(), 1, "{:?}", speakers(t));
}

#[test]
fn the_first_person_inside_a_quote_is_its_speaker() {
    // "I told them, ‘…’" inside Ruiz's quote: the cue and the inner quote are hers.
    let t = "“The meeting ran late, and at the end I told them, ‘We are not selling the \
             harbour,’ and left,” Ana Ruiz said on Monday.";
    assert_eq!(
        super::probes::speaker_of_cue(t, "told").as_deref(),
        Some("Ana Ruiz")
    );
    let got = speakers(t);
    assert!(
        got.iter().all(|(_, s)| s.as_deref() == Some("Ana Ruiz")),
        "{got:?}"
    );
    // Outside a quote, the writer's own "I" names no one.
    let t = "At the end I told them, ‘We are not selling the harbour,’ and left.";
    assert_eq!(super::probes::speaker_of_cue(t, "told"), None);
}

#[test]
fn names_that_each_label_one_paragraph_are_a_list_not_a_transcript() {
    let t = "Three people were charged on Friday, the sheriff said.\n\n\
             Ana Ruiz: Theft of a vehicle, held in the county jail on a bond.\n\n\
             Bo Chen: Possession of stolen goods, released on his own recognisance.\n\n\
             Lena Ortiz: Two county warrants, held in the county jail with no bond.";
    assert!(
        !super::probes::cues(t).contains(&":".to_string()),
        "{:?}",
        super::probes::attributions(t)
    );
}
