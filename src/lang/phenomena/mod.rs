//! One test per phenomenon of French, German and Spanish news that the rules of this
//! module handle, each on sentences written for it.

use crate::report::{AttributionKind, QuoteKind, Report};
use crate::{scan_with, Language, Options};

mod sources;
mod spanish;

fn scan(lang: Language, text: &str) -> Report {
    let r = scan_with(text, Options::language(lang));
    assert_eq!(r.language, lang);
    r
}

/// The speaker of the quote that starts with `opening`.
fn speaker_of<'r>(r: &'r Report, opening: &str) -> Option<&'r str> {
    let q = r
        .quotes
        .iter()
        .find(|q| {
            q.text
                .trim_start_matches(['«', '„', '»', '“', '—', ' ', '\u{a0}'])
                .starts_with(opening)
        })
        .unwrap_or_else(|| panic!("no quote opening {opening:?} in {:#?}", r.quotes));
    q.speaker.as_deref()
}

/// The speaker and kind of the attribution whose cue is `cue`.
fn attribution<'r>(r: &'r Report, cue: &str) -> (Option<&'r str>, AttributionKind) {
    let a = r
        .attributions
        .iter()
        .find(|a| a.cue == cue)
        .unwrap_or_else(|| panic!("no cue {cue:?} in {:#?}", r.attributions));
    (a.speaker.as_deref(), a.kind)
}

fn hedges(r: &Report) -> Vec<&str> {
    r.hedges.iter().map(|h| h.text.as_str()).collect()
}

#[test]
fn french_inverted_cue_after_a_quote_takes_the_subject_after_it() {
    let r = scan(
        Language::Fr,
        "La ministre de la Justice, Claire Aubert, a défendu le texte. « Nous ne reculerons \
         pas », a affirmé la ministre. « C'est une erreur », estime Paul Garnier.",
    );
    assert_eq!(speaker_of(&r, "Nous"), Some("Claire Aubert"));
    assert_eq!(speaker_of(&r, "C'est"), Some("Paul Garnier"));
    assert_eq!(
        attribution(&r, "a affirmé"),
        (Some("Claire Aubert"), AttributionKind::Direct)
    );
}

#[test]
fn french_inverted_pronoun_in_the_verb_agrees_in_gender() {
    let r = scan(
        Language::Fr,
        "Jean Moreau et Sophie Lambert ont débattu mardi. « Le budget est prêt », a-t-elle \
         assuré. « Pas encore », a-t-il répondu.",
    );
    assert_eq!(speaker_of(&r, "Le budget"), Some("Sophie Lambert"));
    assert_eq!(speaker_of(&r, "Pas encore"), Some("Jean Moreau"));
}

#[test]
fn french_incise_inside_the_quote_names_its_speaker() {
    let r = scan(
        Language::Fr,
        "« Il faut du temps, explique Marie Dupont, avocate à Lyon. Beaucoup de temps. »",
    );
    assert_eq!(speaker_of(&r, "Il faut"), Some("Marie Dupont"));
}

#[test]
fn french_selon_and_d_apres_are_according_to() {
    let r = scan(
        Language::Fr,
        "Selon le parquet de Lyon, l'ancien maire a signé les contrats. D'après Luc Perrin, \
         le dossier est vide.",
    );
    assert_eq!(
        attribution(&r, "Selon"),
        (Some("parquet de Lyon"), AttributionKind::AccordingTo)
    );
    assert_eq!(
        attribution(&r, "D'après"),
        (Some("Luc Perrin"), AttributionKind::AccordingTo)
    );
}

#[test]
fn french_reported_speech_with_que_is_indirect() {
    let r = scan(
        Language::Fr,
        "Le maire, Henri Caron, a déclaré que le projet serait abandonné.",
    );
    assert_eq!(
        attribution(&r, "a déclaré"),
        (Some("Henri Caron"), AttributionKind::Indirect)
    );
}

#[test]
fn french_journalistic_conditional_is_a_hedge_outside_quotes_only() {
    let r = scan(
        Language::Fr,
        "L'ancien maire aurait détourné deux millions. « Je serais ravi de m'expliquer », \
         a-t-il dit. Il détournerait aussi des subventions.",
    );
    let h = hedges(&r);
    assert!(
        h.contains(&"aurait") && h.contains(&"détournerait"),
        "{h:?}"
    );
    assert!(!h.contains(&"serais"), "{h:?}");
}

#[test]
fn french_role_without_a_holder_is_the_person_the_report_is_about() {
    let r = scan(
        Language::Fr,
        "Gérard Moulinier comparaissait lundi. « Je n'ai rien pris », a déclaré le prévenu.",
    );
    assert_eq!(speaker_of(&r, "Je n'ai"), Some("Gérard Moulinier"));
}

#[test]
fn german_cue_after_a_quote_inverts_verb_and_subject() {
    let r = scan(
        Language::De,
        "Bundesinnenministerin Petra Hollweg verteidigte die Pläne. „Wir werden die Kontrollen \
         ausweiten“, sagte Hollweg. „Dafür fehlt das Personal“, so der Vorsitzende Jens Kramer.",
    );
    assert_eq!(speaker_of(&r, "Wir werden"), Some("Petra Hollweg"));
    assert_eq!(speaker_of(&r, "Dafür"), Some("Jens Kramer"));
}

#[test]
fn german_capitalised_nouns_are_not_names() {
    let r = scan(
        Language::De,
        "Die Regierung sagte, die Reform komme. Der Verband erklärte, er klage dagegen.",
    );
    let names: Vec<_> = r
        .attributions
        .iter()
        .filter_map(|a| a.speaker.as_deref())
        .collect();
    assert_eq!(names, ["Regierung", "Verband"]);
    assert!(r
        .attributions
        .iter()
        .all(|a| a.speaker_kind != Some(crate::SpeakerKind::Person)));
}

#[test]
fn german_compound_role_finds_its_holder() {
    let r = scan(
        Language::De,
        "Regierungssprecherin Anna Vogt trat am Montag vor die Presse. „Es gibt keinen Streit“, \
         sagte die Sprecherin.",
    );
    assert_eq!(speaker_of(&r, "Es gibt"), Some("Anna Vogt"));
}

#[test]
fn german_laut_and_zufolge_are_according_to() {
    let r = scan(
        Language::De,
        "Der Trainer Uwe Kuhn bleibt. Laut Kuhn ist die Mannschaft bereit. Kuhn zufolge fehlt \
         nur Geduld.",
    );
    assert_eq!(
        attribution(&r, "Laut"),
        (Some("Uwe Kuhn"), AttributionKind::AccordingTo)
    );
    assert_eq!(
        attribution(&r, "zufolge"),
        (Some("Uwe Kuhn"), AttributionKind::AccordingTo)
    );
}

#[test]
fn german_reportative_sollen_is_a_hedge_only_with_a_perfect() {
    let r = scan(
        Language::De,
        "Der Minister soll Geld abgezweigt haben. Das Gesetz soll im Mai gelten. Angeblich gibt \
         es ein Gutachten.",
    );
    assert_eq!(hedges(&r), ["soll", "Angeblich"]);
}

#[test]
fn german_interview_labels_are_attributions() {
    let r = scan(
        Language::De,
        "Hanna Harmsen leitet den Mieterverband.\nRUNDSCHAU: Frau Harmsen, wirkt die Bremse?\n\
         Harmsen: Sie wirkt, aber zu wenig.",
    );
    let labels: Vec<_> = r
        .attributions
        .iter()
        .filter(|a| a.cue == ":")
        .map(|a| a.speaker.as_deref())
        .collect();
    assert_eq!(labels, [Some("RUNDSCHAU"), Some("Hanna Harmsen")]);
}

#[test]
fn epithet_refers_to_the_person_the_text_was_just_about() {
    // A role nobody holds, after a person named with another role: an epithet for them.
    let r = scan(
        Language::Fr,
        "Jean Dupont, président du groupe centriste, a critiqué le texte mardi. L'élu de la \
         Sarthe a déclaré que son groupe voterait contre. Claire Morel, ministre du Travail, \
         a répondu que le calendrier tiendrait.",
    );
    assert_eq!(attribution(&r, "a déclaré").0, Some("Jean Dupont"));
    let r = scan(
        Language::De,
        "Trainer Karl Brandner wirkte nach dem Spiel gelöst. „Wir haben verdient gewonnen“, \
         sagte der 61-Jährige.",
    );
    assert_eq!(speaker_of(&r, "Wir"), Some("Karl Brandner"));
}

#[test]
fn possessive_description_is_not_bridged_to_the_person_before() {
    let r = scan(
        Language::De,
        "Der Angeklagte Peter Lorenz erschien nicht zur Verhandlung. Er sei erkrankt, teilte \
         sein Anwalt dem Gericht mit.",
    );
    assert_eq!(attribution(&r, "teilte").0, Some("Anwalt"));
}

#[test]
fn definite_description_refers_back_to_an_indefinite_one() {
    // "Ein Sprecher … so der Sprecher" is that spokesman, not the person named before.
    let r = scan(
        Language::De,
        "Finanzminister Robert Halm soll mit Rücktritt gedroht haben. Ein Sprecher des \
         Ministeriums wies das zurück. „Das ist frei erfunden“, so der Sprecher.",
    );
    assert_eq!(speaker_of(&r, "Das ist"), Some("Sprecher"));
    let r = scan(
        Language::De,
        "Am Morgen sagte eine 71 Jahre alte Rentnerin aus, der Berater habe sie getäuscht. \
         „Ich habe ihm vertraut“, sagte die Frau leise.",
    );
    assert_eq!(speaker_of(&r, "Ich habe"), Some("Rentnerin"));
}

#[test]
fn pronoun_after_a_newly_named_subject_is_that_subject() {
    // The last speaker was the defendant; the next paragraph is about the prosecutor.
    let r = scan(
        Language::Fr,
        "« Je suis innocent », a déclaré le prévenu, Marc Vidal.\nLe procureur, Paul \
         Genton, voit les choses autrement. Selon lui, le dossier est accablant.",
    );
    assert_eq!(attribution(&r, "Selon").0, Some("Paul Genton"));
}

#[test]
fn organisation_noun_before_a_name_makes_it_an_organisation() {
    let r = scan(
        Language::Fr,
        "Le quotidien régional L'Écho du Val a rapporté mercredi que le chantier était \
         arrêté. La société Bréval Industries a annoncé que l'usine fermerait.",
    );
    assert_eq!(attribution(&r, "a rapporté").0, Some("Écho du Val"));
    assert_eq!(attribution(&r, "a annoncé").0, Some("Bréval Industries"));
    let r = scan(
        Language::Es,
        "El diario La Crónica aseguró que la obra se había parado.",
    );
    let (speaker, _) = attribution(&r, "aseguró");
    assert!(
        speaker.is_some_and(|s| s.ends_with("La Crónica")),
        "{speaker:?}"
    );
}

#[test]
fn coordinated_verb_shares_the_subject_of_the_first_cue() {
    let r = scan(
        Language::Fr,
        "Anne Roux a déclaré que le projet était mort et a appelé les élus à « tourner la \
         page ».",
    );
    assert_eq!(attribution(&r, "a appelé").0, Some("Anne Roux"));
    assert_eq!(speaker_of(&r, "tourner"), Some("Anne Roux"));
}

#[test]
fn cue_after_the_content_and_a_comma_inverts_its_subject() {
    let r = scan(
        Language::Fr,
        "Le procureur a requis deux ans. La peine pourrait être réduite, a concédé le \
         magistrat.",
    );
    // "le magistrat" is the prosecutor the text was just about.
    assert_eq!(attribution(&r, "a concédé").0, Some("procureur"));
    // A subject before the cue is not content: "a ajouté le second but".
    let r = scan(
        Language::Fr,
        "Léo Marin, entré à la pause, a ajouté le second but en fin de match.",
    );
    assert!(r.attributions.iter().all(|a| a.cue != "a ajouté"));
}

#[test]
fn object_pronoun_between_a_quote_and_its_cue() {
    let r = scan(
        Language::Fr,
        "La présidente du tribunal, Nathalie Brun, a perdu patience. « Répondez à la \
         question », lui a-t-elle lancé.",
    );
    assert_eq!(speaker_of(&r, "Répondez"), Some("Nathalie Brun"));
}

#[test]
fn name_in_apposition_before_the_cue_is_the_subject() {
    let r = scan(
        Language::Fr,
        "Cette femme d'une quarantaine d'années, Julie Perrin, a raconté avoir prévenu la \
         direction dès 2019.",
    );
    assert_eq!(attribution(&r, "a raconté").0, Some("Julie Perrin"));
}

#[test]
fn german_nach_eigenen_angaben_is_the_subject_s_own_account() {
    let r = scan(
        Language::De,
        "Die Zeugin Petra Vogt hat nach eigenen Angaben ihr ganzes Erspartes verloren. Die \
         Firma soll nach Informationen dieser Zeitung vor der Pleite stehen.",
    );
    assert_eq!(
        attribution(&r, "nach eigenen Angaben").0,
        Some("Petra Vogt")
    );
    assert_eq!(
        attribution(&r, "nach Informationen").1,
        AttributionKind::AccordingTo
    );
}

#[test]
fn german_separable_absagen_is_no_speech() {
    let r = scan(
        Language::De,
        "Der Landesverband sagte das Turnier wegen Sturms kurzfristig ab. Trainer Jan Wolf \
         sagte, man sei enttäuscht.",
    );
    assert!(r
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() != Some("Landesverband")));
    assert_eq!(attribution(&r, "sagte").0, Some("Jan Wolf"));
}

#[test]
fn german_present_reportative_sollen_with_a_state_or_intention() {
    let r = scan(
        Language::De,
        "Der Minister soll seit Wochen von den Zahlen wissen. Die Reederei soll den Verkauf \
         zweier Schiffe erwägen. Die Brücke soll im Mai fertig werden.",
    );
    assert_eq!(
        hedges(&r).iter().filter(|h| **h == "soll").count(),
        2,
        "{:?}",
        hedges(&r)
    );
}

#[test]
fn quote_inside_reported_content_takes_the_cue_after_it() {
    let r = scan(
        Language::De,
        "Die Richterin Anna Lenz eröffnete die Sitzung. Der Vertrag sei »von Anfang an \
         nichtig« gewesen, sagte sie.",
    );
    assert_eq!(speaker_of(&r, "von Anfang"), Some("Anna Lenz"));
}

#[test]
fn german_fronted_object_before_a_colon_leaves_the_subject_after_the_verb() {
    let r = scan(
        Language::De,
        "Trainer Uwe Brandt blieb ruhig. Einen Grund zur Sorge sieht Brandt nicht: „Wir \
         spielen erst im Mai um den Klassenerhalt.“",
    );
    assert_eq!(speaker_of(&r, "Wir"), Some("Uwe Brandt"));
}

#[test]
fn french_reflexive_auxiliary_s_est_dit() {
    let r = scan(
        Language::Fr,
        "Le maire de la commune, Alain Perrin, s'est dit soulagé par la décision.",
    );
    assert_eq!(attribution(&r, "s'est dit").0, Some("Alain Perrin"));
}

#[test]
fn french_adjective_between_role_and_name() {
    let r = scan(
        Language::Fr,
        "La conseillère régionale Hélène Morvan a dénoncé « un abandon » des communes.",
    );
    assert_eq!(speaker_of(&r, "un abandon"), Some("Hélène Morvan"));
}

#[test]
fn short_quote_inside_the_subject_is_no_inverted_cue() {
    let r = scan(
        Language::Fr,
        "Le collectif « Gare pour tous » a annoncé le dépôt d'un recours.",
    );
    let (speaker, _) = attribution(&r, "a annoncé");
    assert!(
        speaker.is_some_and(|s| s.starts_with("collectif")),
        "{speaker:?}"
    );
}

#[test]
fn conditional_of_reported_speech_is_no_hedge() {
    // The speaker's future in the past; the reporter's conditional stays a hedge.
    let r = scan(
        Language::Fr,
        "Le maire a assuré que les élèves seraient accueillis dès septembre. Le chantier \
         serait en retard de deux ans. Le préfet aurait tenté de vendre le terrain.",
    );
    assert_eq!(hedges(&r), vec!["serait", "aurait"]);
}

#[test]
fn unlisted_description_right_after_its_cue_is_the_person_just_described() {
    let r = scan(
        Language::De,
        "Ein Mitarbeiter des Bauamts schilderte, wie die Fehler auffielen. „Das hätte jeder \
         sehen müssen“, fügte der Prüfer hinzu. Der Bericht liege vor, teilte das Landratsamt \
         mit.",
    );
    assert_eq!(speaker_of(&r, "Das hätte"), Some("Mitarbeiter des Bauamts"));
    // A noun without gender ("das Landratsamt") is not bridged.
    assert_eq!(attribution(&r, "teilte").0, Some("Landratsamt"));
}

#[test]
fn german_separable_particle_before_the_content() {
    let r = scan(
        Language::De,
        "Verteidiger Tobias Engert kündigte an, weitere Zeugen zu benennen.",
    );
    assert_eq!(attribution(&r, "kündigte").0, Some("Tobias Engert"));
}

#[test]
fn name_in_apposition_after_a_long_description_or_a_title() {
    let r = scan(
        Language::Fr,
        "Le responsable des services techniques de la ville, l'ingénieur Marc Delorme, a \
         expliqué que la digue avait cédé. « Nous avons évacué trois rues », a indiqué la \
         directrice de la sécurité civile du département, Odile Ferrand.",
    );
    assert_eq!(attribution(&r, "a expliqué").0, Some("Marc Delorme"));
    assert_eq!(speaker_of(&r, "Nous avons"), Some("Odile Ferrand"));
    let r = scan(
        Language::Es,
        "«No hay margen», advirtió la responsable de la federación de transportes de UGT \
         en Castilla y León, Pilar Arranz.",
    );
    assert_eq!(speaker_of(&r, "No hay"), Some("Pilar Arranz"));
}

#[test]
fn unlisted_description_opening_its_sentence_is_the_person_just_quoted() {
    let r = scan(
        Language::Fr,
        "« L'eau est montée en dix minutes », raconte Gilles Aubin. Le boulanger dit avoir \
         tout perdu.",
    );
    assert_eq!(attribution(&r, "dit").0, Some("Gilles Aubin"));
}

#[test]
fn french_inverted_pronoun_after_a_paraphrase_and_a_comma() {
    let r = scan(
        Language::Fr,
        "La préfète, Hélène Rocher, a indiqué que la route resterait fermée. Les travaux \
         dureront trois semaines, a-t-elle ajouté.",
    );
    assert_eq!(
        attribution(&r, "a-t-elle ajouté"),
        (Some("Hélène Rocher"), AttributionKind::Indirect)
    );
}

#[test]
fn french_reflexive_verb_before_a_place_or_time_is_no_speech() {
    let r = scan(
        Language::Fr,
        "Un incendie s'est déclaré dans la nuit. Le maire s'est dit « très inquiet ».",
    );
    assert!(r.attributions.iter().all(|a| !a.cue.contains("déclaré")));
    assert_eq!(speaker_of(&r, "très"), Some("maire"));
}

#[test]
fn ordinal_before_the_noun_of_a_source() {
    let r = scan(
        Language::Fr,
        "Le coût dépasserait deux millions, selon une première évaluation de la mutuelle.",
    );
    assert_eq!(
        attribution(&r, "selon").0,
        Some("évaluation de la mutuelle")
    );
}

#[test]
fn reporting_verbs_of_remark_and_demand() {
    let r = scan(
        Language::Fr,
        "« Le niveau baisse chaque été », observe Lucie Marchal. La géologue rappelle que \
         la nappe est fragile.",
    );
    assert_eq!(attribution(&r, "observe").0, Some("Lucie Marchal"));
    assert_eq!(attribution(&r, "rappelle").0, Some("Lucie Marchal"));
    let r = scan(
        Language::Es,
        "La empresa Lácteos Corvera comunicó que cerrará la planta. La alcaldesa, Rosa \
         Iglesias, reclamó que se busque un comprador.",
    );
    assert_eq!(attribution(&r, "comunicó").0, Some("Lácteos Corvera"));
    assert_eq!(attribution(&r, "reclamó").0, Some("Rosa Iglesias"));
}

#[test]
fn questioned_participle_frames_an_answer_without_a_speaker() {
    let r = scan(
        Language::Fr,
        "Interrogée sur ce point, la directrice n'a pas répondu. Les gendarmes ont \
         interrogé le gardien.",
    );
    let (speaker, kind) = attribution(&r, "Interrogée");
    assert_eq!((speaker, kind), (None, AttributionKind::Other));
    assert!(r.attributions.iter().all(|a| a.cue != "ont interrogé"));
    let r = scan(
        Language::Es,
        "Preguntada por la subida, la ministra guardó silencio.",
    );
    assert_eq!(attribution(&r, "Preguntada").0, None);
}

#[test]
fn announced_or_denied_noun_phrase_is_reported_content() {
    let r = scan(
        Language::Fr,
        "La société Verrex a annoncé mardi la fermeture de son usine. Un porte-parole a \
         démenti ces informations. Le directeur a estimé le coût à deux millions.",
    );
    assert_eq!(attribution(&r, "a annoncé").0, Some("Verrex"));
    assert_eq!(attribution(&r, "a démenti").0, Some("porte-parole"));
    // "estimer" takes a clause as content, not an object.
    assert!(r.attributions.iter().all(|a| a.cue != "a estimé"));
    // Across an apposition after the subject.
    let r = scan(
        Language::Fr,
        "Le groupe Norvia, présent dans douze pays, a confirmé lundi le rachat du site.",
    );
    assert_eq!(attribution(&r, "a confirmé").0, Some("Norvia"));
    let r = scan(
        Language::Es,
        "El grupo Ferralia anunció el cierre de la planta.",
    );
    assert_eq!(attribution(&r, "anunció").0, Some("Ferralia"));
}

#[test]
fn plural_pronoun_is_the_group_just_described() {
    let r = scan(
        Language::Fr,
        "Plusieurs économistes restent prudents : la croissance ralentirait, selon eux, dès \
         l'automne.",
    );
    assert_eq!(attribution(&r, "selon").0, Some("économistes"));
    let r = scan(
        Language::Es,
        "Los vecinos del barrio están hartos. Según ellos, el ruido no ha parado en meses.",
    );
    assert_eq!(attribution(&r, "Según").0, Some("vecinos del barrio"));
}

#[test]
fn english_text_is_unchanged_by_the_other_languages() {
    let text = "“We will not back down,” said Claire Aubert. Critics say the plan may fail.";
    let auto = crate::scan(text);
    assert_eq!(auto.language, Language::En);
    assert_eq!(auto, scan_with(text, Options::language(Language::En)));
}
