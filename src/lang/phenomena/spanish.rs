//! Spanish phenomena: dropped subjects, raya dialogue, "según", the conditional of rumour.

use super::*;

#[test]
fn spanish_dropped_subject_continues_the_person_named_before() {
    let r = scan(
        Language::Es,
        "El técnico del Vallesur, Gonzalo Prieto, no ocultó su enfado. «Hemos regalado un \
         partido», lamentó.",
    );
    assert_eq!(speaker_of(&r, "Hemos"), Some("Gonzalo Prieto"));
    assert_eq!(attribution(&r, "lamentó").0, Some("Gonzalo Prieto"));
}

#[test]
fn spanish_dash_dialogue_turns_are_quotes_and_questions_have_no_speaker() {
    let r = scan(
        Language::Es,
        "El entrenador Joaquín Ledesma habló tras el partido.\n—No lo sé —dijo el entrenador—. \
         Veremos en mayo.\n—¿Y el futuro?\n—Es nuestro —respondió.",
    );
    assert_eq!(speaker_of(&r, "No lo sé"), Some("Joaquín Ledesma"));
    assert_eq!(speaker_of(&r, "Veremos"), Some("Joaquín Ledesma"));
    assert_eq!(speaker_of(&r, "¿Y el futuro?"), None);
    assert_eq!(speaker_of(&r, "Es nuestro"), Some("Joaquín Ledesma"));
    assert!(r.quotes.iter().all(|q| q.kind == QuoteKind::Speech));
}

#[test]
fn spanish_role_with_apposition_and_clitic_before_the_verb() {
    let r = scan(
        Language::Es,
        "El líder del Partido Liberal, Ignacio Berrocal, lo calificó de «ataque a la propiedad». \
         «No cederemos», afirmó el líder.",
    );
    assert_eq!(speaker_of(&r, "ataque"), Some("Ignacio Berrocal"));
    assert_eq!(speaker_of(&r, "No cederemos"), Some("Ignacio Berrocal"));
}

#[test]
fn spanish_segun_and_rumour_conditional() {
    let r = scan(
        Language::Es,
        "Según fuentes cercanas al Ministerio, el ministro habría ocultado el informe. Al \
         parecer, el documento presuntamente recoge pérdidas.",
    );
    assert_eq!(attribution(&r, "Según").1, AttributionKind::AccordingTo);
    assert_eq!(
        hedges(&r),
        ["Según fuentes", "habría", "Al parecer", "presuntamente"]
    );
}

#[test]
fn spanish_worker_epithet_and_dropped_subject_after_a_summary_cue() {
    let r = scan(
        Language::Es,
        "Lucía Prieto Gil trabaja en la planta desde 1998. «Nunca nos habían tratado así», \
         lamentó la operaria. El alcalde, Jon Urrutia, visitó la fábrica. «Sin esta planta no \
         hay pueblo», resumió.",
    );
    assert_eq!(speaker_of(&r, "Nunca"), Some("Lucía Prieto Gil"));
    assert_eq!(speaker_of(&r, "Sin esta"), Some("Jon Urrutia"));
}

#[test]
fn spanish_conditional_of_a_reported_claim_and_possibility_words() {
    let r = scan(
        Language::Es,
        "Según el sindicato, los despidos llegarían a 300. El alcalde dijo que la planta \
         cerraría en mayo. La opción más probable sería vender, una posibilidad que la \
         secretaría estudia.",
    );
    // "dijo que … cerraría" is the speaker's own future; "secretaría" is a noun.
    assert_eq!(
        hedges(&r),
        ["llegarían", "probable", "sería", "posibilidad"]
    );
}
