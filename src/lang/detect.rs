//! Which language a text is in, when neither the caller nor the page says: each
//! language's function words (`data/<lang>/function_words.txt`) are counted over the
//! first words of the text, and the language whose words are clearly the most frequent
//! wins. English is the default: a text too short to tell, or with no clear winner, is
//! read as English, as it always was. Portuguese and Italian are counted too
//! (`data/unread/`): a text in one of them is not taken for Spanish or French, and is read
//! with English's rules.

use super::Language;
use crate::lexicon;
use crate::text::{Keys, Segmented};

/// How many words are read: enough for a clear count, and detection stays constant time.
const SAMPLE_WORDS: usize = 600;
/// … from at most this many bytes of the text's start.
const SAMPLE_BYTES: usize = 8 * 1024;
/// A language other than English needs at least this many function-word hits …
const MIN_HITS: usize = 8;
/// … and this share of the sample's words (function words make up 40–50% of running
/// text; a foreign name or quote in an English article stays far below).
const MIN_SHARE: f32 = 0.15;
/// … and this many times English's count.
const MARGIN: f32 = 1.5;

/// The language of `text` by its function words. Only the sample is cut into words:
/// detection costs the same on any text.
pub fn detect(text: &str) -> Language {
    let mut words = crate::text::words(text, (0, sample_end(text)));
    words.truncate(SAMPLE_WORDS);
    from_keys(Keys::new(&words).iter())
}

/// [`detect`] of a text already cut into words: the sample's words are the text's first
/// words, so their keys are read, not cut and lower-cased again (detection was a fifth of
/// the scan of a short article). A word running across the sample's end is cut there by
/// [`detect`]; only then (rare: 600 words take under 8 KB of most texts) is the sample cut
/// again.
pub fn detect_segmented(seg: &Segmented) -> Language {
    let end = sample_end(seg.text);
    let whole = seg
        .words
        .iter()
        .take(SAMPLE_WORDS)
        .take_while(|w| w.end() <= end)
        .count();
    let cut = seg.words.get(whole).is_some_and(|w| w.start < end);
    if whole < SAMPLE_WORDS && cut {
        return detect(seg.text);
    }
    from_keys(seg.keys.iter().take(whole))
}

/// Where the sample ends: at most [`SAMPLE_BYTES`] in, on a char boundary.
fn sample_end(text: &str) -> usize {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The language whose function words are clearly the most frequent among `keys`.
fn from_keys<'k>(keys: impl Iterator<Item = &'k str>) -> Language {
    if !cfg!(feature = "languages") {
        return Language::En;
    }
    let mut counts = [0usize; 4];
    let mut unread = [0usize; 2];
    let mut total = 0;
    for key in keys {
        total += 1;
        // French elision: "l'avocat" counts its article.
        let elided = key.split_once('\'').map(|(a, _)| &key[..=a.len()]);
        for (i, lang) in Language::ALL.into_iter().enumerate() {
            let set = match lang {
                Language::En => &lexicon::EN_FUNCTION_WORDS,
                other => other.tables().map(|t| t.function_words).unwrap(),
            };
            if set.contains(key) || elided.is_some_and(|e| set.contains(e)) {
                counts[i] += 1;
            }
        }
        for (i, set) in [&lexicon::PT_FUNCTION_WORDS, &lexicon::IT_FUNCTION_WORDS]
            .into_iter()
            .enumerate()
        {
            if set.contains(key) {
                unread[i] += 1;
            }
        }
    }
    let (best, &hits) = counts
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|(_, c)| **c)
        .unwrap();
    let english = counts[0] as f32;
    let other = unread.into_iter().max().unwrap_or(0);
    if hits >= MIN_HITS
        && hits > other
        && hits as f32 >= MIN_SHARE * total as f32
        && hits as f32 >= MARGIN * english
    {
        Language::ALL[best]
    } else {
        Language::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_told_by_its_function_words() {
        let fr = "Le ministre de l'Intérieur a déclaré mardi que la réforme serait votée avant \
                  l'été, malgré l'opposition des syndicats qui dénoncent un texte injuste.";
        let de = "Der Minister sagte am Dienstag, dass die Reform noch vor dem Sommer \
                  beschlossen werden soll, obwohl die Gewerkschaften dagegen sind.";
        let es = "El ministro dijo el martes que la reforma se aprobará antes del verano, \
                  a pesar de la oposición de los sindicatos, que la consideran injusta.";
        let en = "The minister said on Tuesday that the reform would pass before the summer, \
                  despite the opposition of the unions, who call it unfair.";
        assert_eq!(detect(fr), Language::Fr);
        assert_eq!(detect(de), Language::De);
        assert_eq!(detect(es), Language::Es);
        assert_eq!(detect(en), Language::En);
    }

    #[test]
    fn english_with_foreign_quotes_and_short_texts_stay_english() {
        let mixed = "“Liberté, égalité”, the banner read. The minister said the reform \
                     would pass before the summer, and the unions said they would strike \
                     in the spring. « C'est la fin », said one of them.";
        assert_eq!(detect(mixed), Language::En);
        assert_eq!(detect("la de"), Language::En);
        assert_eq!(detect(""), Language::En);
    }

    #[test]
    fn portuguese_and_italian_are_not_taken_for_spanish_or_french() {
        let pt = "O ministro disse na segunda-feira que a reforma será votada antes do verão, \
                  apesar da oposição dos sindicatos, que a consideram injusta para os \
                  trabalhadores e para as famílias.";
        let it = "Il ministro ha detto lunedì che la riforma sarà votata prima dell'estate, \
                  nonostante l'opposizione dei sindacati, che la considerano ingiusta per i \
                  lavoratori e per le famiglie.";
        assert_eq!(detect(pt), Language::En);
        assert_eq!(detect(it), Language::En);
    }

    #[test]
    fn a_segmented_text_is_told_as_its_text() {
        // Texts whose sample ends inside a word, a joined word ("state-run", "l'été") or an
        // abbreviation ("U.S."), at every offset around the sample's end, and texts whose
        // 600 words end before it.
        let fr = "Le ministre de l'Intérieur a déclaré que la réforme du U.S. state-run ";
        for pad in 0..40 {
            for base in [fr, "a b ", "la ", "très-long—mot "] {
                let text = format!("{}{}", "x".repeat(pad), base.repeat(9000 / base.len()));
                let seg = crate::text::Segmented::new(&text);
                assert_eq!(detect_segmented(&seg), detect(&text), "{pad} {base:?}");
            }
        }
    }
}
