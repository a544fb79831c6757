//! Sources beyond a person and a verb: viewpoint frames, institutions with lowercase words in
//! their names, studies as subjects, content after "de" + infinitive, and the noun phrases
//! around them (relative subjects, participles after a noun, titles across a comma).

use super::*;

/// The speakers of every attribution whose cue is `cue`.
fn speakers_of_cue<'r>(r: &'r Report, cue: &str) -> Vec<Option<&'r str>> {
    r.attributions
        .iter()
        .filter(|a| a.cue == cue)
        .map(|a| a.speaker.as_deref())
        .collect()
}

#[test]
fn viewpoint_frame_opening_a_sentence_names_whose_view_it_is() {
    let r = scan(
        Language::Fr,
        "Le préfet, Marc Olivier, a visité le chantier. Pour le préfet, les délais « ne sont \
         pas tenables ». Pour la première fois, la ville recule.",
    );
    assert_eq!(
        attribution(&r, "Pour"),
        (Some("Marc Olivier"), AttributionKind::AccordingTo)
    );
    assert_eq!(speaker_of(&r, "ne sont"), Some("Marc Olivier"));
    assert_eq!(speakers_of_cue(&r, "Pour").len(), 1);
    let r = scan(
        Language::Es,
        "Para Lucía Benítez, portavoz vecinal, el plan es «un parche». Para ello, el \
         ayuntamiento pidió fondos.",
    );
    assert_eq!(speakers_of_cue(&r, "Para"), [Some("Lucía Benítez")]);
    assert_eq!(speaker_of(&r, "un parche"), Some("Lucía Benítez"));
}

#[test]
fn institution_name_with_lowercase_words_is_one_source() {
    let r = scan(
        Language::Fr,
        "Selon Santé publique France, les cas ont doublé. Selon l'Agence régionale de santé, la \
         situation reste stable.",
    );
    assert_eq!(
        speakers_of_cue(&r, "Selon"),
        [
            Some("Santé publique France"),
            Some("Agence régionale de santé")
        ]
    );
}

#[test]
fn de_with_an_infinitive_is_reported_content() {
    let r = scan(
        Language::Fr,
        "L'expert, Paul Renaud, recommande de fermer la route. L'agence demande aux familles \
         de ne pas sortir.",
    );
    assert_eq!(
        attribution(&r, "recommande"),
        (Some("Paul Renaud"), AttributionKind::Indirect)
    );
    assert_eq!(attribution(&r, "demande").0, Some("agence"));
    let r = scan(Language::Fr, "Le maire recommande de nouvelles règles.");
    assert!(r.attributions.is_empty(), "{:#?}", r.attributions);
}

#[test]
fn study_as_the_subject_of_a_tentative_statement() {
    let r = scan(
        Language::Fr,
        "Une étude de l'université de Rennes suggère que le risque augmente.",
    );
    assert_eq!(
        attribution(&r, "suggère").0,
        Some("étude de l'université de Rennes")
    );
    assert_eq!(hedges(&r), ["suggère"]);
    let r = scan(Language::Es, "El estudio sugiere que el riesgo aumenta.");
    assert_eq!(attribution(&r, "sugiere").0, Some("estudio"));
}

#[test]
fn participle_after_a_noun_is_an_adjective_not_a_cue() {
    let r = scan(
        Language::Es,
        "El penalti señalado en el minuto 84 fue decisivo, dijo Toni Parejo.",
    );
    assert_eq!(speakers_of_cue(&r, "señalado"), []);
    assert_eq!(attribution(&r, "dijo").0, Some("Toni Parejo"));
    let r = scan(Language::Fr, "Le montant annoncé par la mairie reste flou.");
    assert!(r.attributions.is_empty(), "{:#?}", r.attributions);
}

#[test]
fn spanish_atribuir_a_and_a_relative_subject() {
    let r = scan(
        Language::Es,
        "El entrenador, Íñigo Larrañaga, atribuyó la derrota a «dos errores». «Fue claro», \
         dijo Toni Parejo, que atribuyó las quejas al «nerviosismo».",
    );
    assert_eq!(speaker_of(&r, "dos errores"), Some("Íñigo Larrañaga"));
    assert_eq!(speaker_of(&r, "nerviosismo"), Some("Toni Parejo"));
    assert_eq!(
        speakers_of_cue(&r, "atribuyó"),
        [Some("Íñigo Larrañaga"), Some("Toni Parejo")]
    );
}

#[test]
fn role_across_a_comma_is_no_title_and_its_determiner_gives_the_gender() {
    let r = scan(
        Language::Fr,
        "La maire, Alix Fontenay, a annoncé l'ouverture d'un gymnase. « Il était temps », \
         a-t-elle expliqué.",
    );
    assert_eq!(speaker_of(&r, "Il était"), Some("Alix Fontenay"));
}

#[test]
fn several_adjectives_between_a_role_and_its_name() {
    let r = scan(
        Language::Fr,
        "« Rien n'est prêt », a lancé le conseiller municipal écologiste Bruno Lestrade.",
    );
    assert_eq!(speaker_of(&r, "Rien"), Some("Bruno Lestrade"));
}

#[test]
fn dialogue_turn_is_the_person_introduced_before_the_questions() {
    let r = scan(
        Language::Es,
        "«Fue penalti», dijo el defensa Marcos Lema. El capitán, Sergio Valcárcel, atendió \
         después a este diario.\n—¿Qué le dijo Lema al árbitro?\n—Nada —respondió—. Solo \
         pregunté.",
    );
    assert_eq!(speaker_of(&r, "Nada"), Some("Sergio Valcárcel"));
}

#[test]
fn indefinite_subject_with_a_glued_complement() {
    let r = scan(
        Language::Fr,
        "Un infirmier d'un hôpital de Brest estime que les équipes sont « à bout ».",
    );
    assert_eq!(
        speaker_of(&r, "à bout"),
        Some("infirmier d'un hôpital de Brest")
    );
}

#[test]
fn subject_before_a_participle_and_its_complements() {
    let r = scan(
        Language::Fr,
        "Une étude publiée en mars dans la revue Géosciences suggère que les glaciers reculent.",
    );
    assert_eq!(attribution(&r, "suggère").0, Some("étude"));
    let r = scan(
        Language::Es,
        "Un informe publicado ayer por el ministerio señala que el paro baja.",
    );
    assert_eq!(attribution(&r, "señala").0, Some("informe"));
}

#[test]
fn cue_word_after_a_determiner_is_a_noun() {
    let r = scan(
        Language::Fr,
        "« C'est trop lourd », a-t-il martelé. La peine tient compte de l'âge du prévenu, a \
         concédé le procureur Marc Ravel.",
    );
    assert_eq!(speakers_of_cue(&r, "prévenu"), []);
    assert_eq!(attribution(&r, "a concédé").0, Some("Marc Ravel"));
}

#[test]
fn reflexive_auxiliary_and_its_verb_are_one_cue() {
    let r = scan(
        Language::Fr,
        "Devant la presse, M. Girard s'est dit « serein ».",
    );
    assert_eq!(speakers_of_cue(&r, "s'est dit"), [Some("Girard")]);
    assert_eq!(r.attributions.len(), 1, "{:#?}", r.attributions);
}

#[test]
fn spoken_of_asked_and_limited_to_saying() {
    let r = scan(
        Language::Fr,
        "La déléguée, Anne Rivière, a parlé d'« une bonne nouvelle ». Le groupe a démenti tout \
         projet de fermeture.",
    );
    assert_eq!(speaker_of(&r, "une bonne"), Some("Anne Rivière"));
    assert_eq!(attribution(&r, "a démenti").0, Some("groupe"));
    let r = scan(
        Language::Es,
        "Un periodista le preguntó si el equipo pensaba en el ascenso. La presidenta, Marta \
         Urquiza, se limitó a decir que «no es el momento».",
    );
    assert_eq!(attribution(&r, "preguntó").0, Some("periodista"));
    assert_eq!(speaker_of(&r, "no es"), Some("Marta Urquiza"));
}

#[test]
fn quantifier_standing_alone_is_a_group_subject() {
    let r = scan(
        Language::Fr,
        "Certains, y compris parmi les élus, accusent les chercheurs d'exagérer.",
    );
    assert_eq!(attribution(&r, "accusent").0, Some("Certains"));
}
