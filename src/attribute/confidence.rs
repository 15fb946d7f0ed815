//! Confidence: the estimated probability that a row's source is right.
//!
//! A raw score multiplies the cue's prior weight, how sure the party
//! recognition is, how the sayer was reached, and a penalty for distance
//! between cue and content. The raw score is then passed through a
//! piecewise-linear calibration map fitted on the seed gold (see DESIGN.md):
//! the map is monotone, so it keeps the ranking and only fixes the scale.

use super::frame::Via;
use crate::record::Kind;

/// Calibration knots `(raw, calibrated)`, increasing in both.
const CALIBRATION: &[(f32, f32)] = &[(0.0, 0.05), (0.3, 0.45), (0.5, 0.78), (0.7, 0.9), (0.85, 0.95), (1.0, 0.98)];

/// Factor for how the sayer was reached.
fn via_factor(via: Option<Via>) -> f32 {
    match via {
        Some(Via::Prep) | Some(Via::After) | None => 1.0,
        Some(Via::Before) => 0.95,
        Some(Via::Earlier) => 0.85,
        Some(Via::Discourse) => 0.85,
    }
}

/// The raw score of an attribution.
pub(crate) fn raw(cue_weight: f32, certainty: f32, via: Option<Via>, kind: Kind, gap: usize) -> f32 {
    let kind_factor = match kind {
        Kind::QuoteSpan => 0.95,
        _ => 1.0,
    };
    let distance = 1.0 - (gap.saturating_sub(4) as f32 * 0.01).min(0.25);
    (cue_weight * certainty * via_factor(via) * kind_factor * distance).clamp(0.0, 1.0)
}

/// Maps a raw score to a calibrated probability.
pub(crate) fn calibrate(raw: f32) -> f32 {
    let raw = raw.clamp(0.0, 1.0);
    for w in CALIBRATION.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        if raw <= x1 {
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0);
        }
    }
    CALIBRATION[CALIBRATION.len() - 1].1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calibration_is_monotone_and_bounded() {
        let mut prev = -1.0;
        for i in 0..=100 {
            let c = calibrate(i as f32 / 100.0);
            assert!(c >= prev && (0.0..=1.0).contains(&c));
            prev = c;
        }
    }

    #[test]
    fn farther_and_weaker_score_lower() {
        let near = raw(0.9, 0.9, Some(Via::After), Kind::SpeechVerb, 2);
        let far = raw(0.9, 0.9, Some(Via::After), Kind::SpeechVerb, 20);
        let inherited = raw(0.9, 0.9, Some(Via::Discourse), Kind::SpeechVerb, 2);
        assert!(near > far && near > inherited);
    }
}
