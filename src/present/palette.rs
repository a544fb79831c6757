//! Colours: one per speaker, from a colour-blind-safe palette, the same for a speaker
//! whenever the same article is highlighted again; and the style sheet that paints every
//! layer in both rendering modes. Colour is never the only signal: each layer also has
//! its own line style (dotted quotes, solid attributions, wavy hedges).

use super::names;

/// Speaker backgrounds: Paul Tol's "light" scheme (lavender in place of its olive, which
/// sits too close to light yellow), designed to stay distinct under the common
/// colour-vision deficiencies. Text over them is painted near-black (contrast at least
/// 7:1 on each, above WCAG AA), so they read the same on light and dark pages.
pub const SPEAKER_COLORS: [&str; 8] = [
    "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#CCBBEE",
];

/// Background of quotes with no speaker.
const NO_SPEAKER: &str = "#DDDDDD";

/// FNV-1a: a stable hash of a speaker's name (the same in every run and build).
fn hash(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Palette slots for `speakers`, most quoted first: each takes its name's preferred
/// slot, or the next free one, so that up to eight speakers never share a colour.
pub fn assign(speakers: &[String]) -> Vec<usize> {
    let mut taken = [false; SPEAKER_COLORS.len()];
    speakers
        .iter()
        .map(|name| {
            let n = SPEAKER_COLORS.len();
            let first = (hash(name) % n as u64) as usize;
            let slot = (0..n)
                .map(|i| (first + i) % n)
                .find(|&s| !taken[s])
                .unwrap_or(first);
            taken[slot] = true;
            slot
        })
        .collect()
}

/// Light and dark variants of the non-speaker colours.
pub struct Scheme {
    claim: &'static str,
    hedge: &'static str,
    hedge_line: &'static str,
    attribution: &'static str,
    uncertain: &'static str,
    /// The overline of watch-list matches.
    watch: &'static str,
    current: &'static str,
}

pub const LIGHT: Scheme = Scheme {
    claim: "rgba(230, 159, 0, 0.16)",
    hedge: "#F0B74A",
    hedge_line: "#9A4A00",
    attribution: "#0072B2",
    uncertain: "#B0003A",
    watch: "#AA3377",
    current: "#1A1A1A",
};

pub const DARK: Scheme = Scheme {
    claim: "rgba(230, 159, 0, 0.22)",
    hedge: "#F0B74A",
    hedge_line: "#FFD08A",
    attribution: "#56B4E9",
    uncertain: "#FF8FAB",
    watch: "#EE99DD",
    current: "#F5F5F5",
};

/// The style of the tooltip that explains a highlight (in its own shadow root): one
/// definition for the page API's tooltip and the extension's.
pub const TOOLTIP_CSS: &str = "
:host { all: initial; }
.tip {
  position: fixed; z-index: 2147483647; max-width: 22rem; padding: .35rem .55rem;
  font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #111;
  background: #fffef6; border: 1px solid #444; border-radius: 6px;
  box-shadow: 0 2px 10px rgba(0,0,0,.25); pointer-events: none; white-space: normal;
}
.tip[hidden] { display: none; }
@media (prefers-color-scheme: dark) { .tip { color: #f2f2f2; background: #222; border-color: #bbb; } }
";

/// The highlight name of a speaker's quotes ("claimlens-quote-3").
pub fn quote_name(slot: Option<usize>, scare: bool) -> String {
    match (slot, scare) {
        (_, true) => names::QUOTE_SCARE.into(),
        (Some(s), _) => format!("{}{s}", names::QUOTE_PREFIX),
        (None, _) => names::QUOTE_NONE.into(),
    }
}

/// Every highlight name claimlens may register.
pub fn all_names() -> Vec<String> {
    let mut all: Vec<String> = (0..SPEAKER_COLORS.len())
        .map(|s| quote_name(Some(s), false))
        .collect();
    all.extend(
        [
            names::QUOTE_NONE,
            names::QUOTE_SCARE,
            names::ATTRIBUTION,
            names::HEDGE,
            names::CLAIM,
            names::UNCERTAIN,
            names::WATCH,
            names::CURRENT,
        ]
        .map(String::from),
    );
    all
}

/// The style sheet for both modes: `::highlight(name)` rules and `mark.name` rules.
/// `scheme` is "light", "dark" or "auto" (follow `prefers-color-scheme`).
pub fn style_sheet(scheme: &str) -> String {
    let rules = |s: &Scheme| {
        let mut css = String::new();
        let mut rule = |name: &str, body: &str| {
            css.push_str(&format!(
                "::highlight({name}) {{ {body} }}\nmark.{name} {{ {body} }}\n"
            ));
        };
        rule(names::CLAIM, &format!("background-color: {};", s.claim));
        for (i, c) in SPEAKER_COLORS.iter().enumerate() {
            rule(
                &quote_name(Some(i), false),
                &format!("background-color: {c}; color: #111; text-decoration: underline dotted 1px #333;"),
            );
        }
        rule(
            names::QUOTE_NONE,
            &format!("background-color: {NO_SPEAKER}; color: #111; text-decoration: underline dotted 1px #333;"),
        );
        rule(
            names::QUOTE_SCARE,
            "text-decoration: underline dashed 1px currentColor;",
        );
        rule(
            names::ATTRIBUTION,
            &format!("text-decoration: underline solid 2px {};", s.attribution),
        );
        rule(
            names::HEDGE,
            &format!(
                "background-color: {}; color: #111; text-decoration: underline wavy 1.5px {};",
                s.hedge, s.hedge_line
            ),
        );
        rule(
            names::UNCERTAIN,
            &format!("text-decoration: underline dashed 2px {};", s.uncertain),
        );
        rule(
            names::WATCH,
            &format!("text-decoration: overline solid 3px {};", s.watch),
        );
        rule(
            names::CURRENT,
            &format!("text-decoration: underline double 3px {};", s.current),
        );
        css
    };
    let base = "mark.claimlens { background: none; color: inherit; padding: 0; margin: 0; }\n";
    match scheme {
        "light" => format!("{base}{}", rules(&LIGHT)),
        "dark" => format!("{base}{}", rules(&DARK)),
        _ => format!(
            "{base}{}@media (prefers-color-scheme: dark) {{\n{}}}\n",
            rules(&LIGHT),
            rules(&DARK)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_to_eight_speakers_never_share_a_colour_and_keep_it_across_runs() {
        let speakers: Vec<String> = (0..8).map(|i| format!("Speaker {i}")).collect();
        let slots = assign(&speakers);
        let mut sorted = slots.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 8);
        assert_eq!(assign(&speakers), slots);
    }

    #[test]
    fn the_style_sheet_styles_every_name_in_both_modes() {
        let css = style_sheet("auto");
        for name in all_names() {
            assert!(css.contains(&format!("::highlight({name})")), "{name}");
            assert!(css.contains(&format!("mark.{name}")), "{name}");
        }
        assert!(css.contains("prefers-color-scheme: dark"));
        assert!(!style_sheet("light").contains("prefers-color-scheme"));
    }
}
