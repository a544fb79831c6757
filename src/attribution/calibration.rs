//! From the ranker's confidence to how often such a speaker is right.
//!
//! The resolver's confidence is the winner's softmax share ([`super::resolve`]): it ranks
//! well, but its value is not a frequency (on PolNeAR train, quote speakers it gave under one
//! half were right 71% of the time, and attributions were right about 95% of the time in
//! every band). The reported `speaker_confidence` is that share passed through a map fitted
//! on PolNeAR train by isotonic regression (`eval/fit_calibration.py`), one for quotes and
//! one for attributions, kept as knots in `data/speaker_confidence.txt`. The map never
//! falls, so it keeps the ranker's order; the decisions themselves (and `--explain`) use
//! the raw shares. The quotes' map starts at (0, 0): the reader's list of other speakers
//! for a quote ([`crate::corrections::speaker_choices`]) shows the ranker's low shares on
//! this scale, and a share near 0 stays near 0.

use crate::lexicon::{ATTRIBUTION_CONFIDENCE, QUOTE_CONFIDENCE};

/// What a speaker was chosen for: each has its own map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    Quote,
    Attribution,
}

/// The reported confidence of a speaker chosen with the ranker's confidence `raw`.
pub fn calibrated(chosen: Chosen, raw: f32) -> f32 {
    let knots = match chosen {
        Chosen::Quote => QUOTE_CONFIDENCE,
        Chosen::Attribution => ATTRIBUTION_CONFIDENCE,
    };
    piecewise_linear(knots, raw)
}

/// The map through `knots` (rising in x) at `x`: linear between knots, flat beyond the ends.
fn piecewise_linear(knots: &[(f32, f32)], x: f32) -> f32 {
    let i = knots.partition_point(|k| k.0 <= x);
    match (i.checked_sub(1).map(|j| knots[j]), knots.get(i)) {
        (Some((x0, y0)), Some(&(x1, y1))) => y0 + (y1 - y0) * (x - x0) / (x1 - x0),
        (Some((_, y)), None) | (None, Some(&(_, y))) => y,
        (None, None) => x,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_is_linear_between_knots_and_flat_beyond() {
        let knots = [(0.2, 0.6), (0.6, 0.8), (1.0, 0.98)];
        assert!((piecewise_linear(&knots, 0.4) - 0.7).abs() < 1e-6);
        assert_eq!(piecewise_linear(&knots, 0.0), 0.6);
        assert_eq!(piecewise_linear(&knots, 0.6), 0.8);
        assert!((piecewise_linear(&knots, 1.0) - 0.98).abs() < 1e-6);
        assert_eq!(piecewise_linear(&[], 0.3), 0.3);
    }

    #[test]
    fn an_unlikely_other_speaker_keeps_a_low_share_on_the_quotes_scale() {
        // The reader's list of other speakers shows the ranker's low shares through the
        // quotes' map: near 0 they stay near 0, not at the lowest block's rate.
        assert!(calibrated(Chosen::Quote, 0.02) < 0.1);
        assert!(calibrated(Chosen::Quote, 0.0) == 0.0);
    }

    #[test]
    fn the_fitted_maps_keep_the_rankers_order_within_zero_and_one() {
        for chosen in [Chosen::Quote, Chosen::Attribution] {
            let mut last = 0.0;
            for i in 0..=100 {
                let c = calibrated(chosen, i as f32 / 100.0);
                assert!(
                    (0.0..=1.0).contains(&c) && c >= last,
                    "{chosen:?} at {i}: {c}"
                );
                last = c;
            }
        }
    }
}
