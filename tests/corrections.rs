//! The "Updates and corrections" list and the "last changed" dates: each change is dated, told
//! in both languages and points at places that exist, and every place it points at says it
//! changed on that day.

use h200_explainer::i18n::{lookup, EN, JA};
use h200_explainer::model::data::{dataset, ChangeKind};

/// The day the explainer was first published; nothing was "changed" before it.
const FIRST_PUBLISHED: &str = "2026-11-25";

#[test]
fn every_change_is_dated_told_in_both_languages_and_points_somewhere_real() {
    let d = dataset().as_ref().unwrap();
    assert!(d.corrections.len() >= 8);
    assert!(d.corrections.iter().any(|c| c.kind == ChangeKind::Correction));
    assert!(d.corrections.iter().any(|c| c.kind == ChangeKind::Update));
    // Newest first, each between the first publication and the last check.
    assert!(d.corrections.windows(2).all(|w| w[0].date >= w[1].date));
    for c in &d.corrections {
        assert!(
            c.date.as_str() > FIRST_PUBLISHED && c.date <= d.currency.checked,
            "{}",
            c.id
        );
        for t in [&JA, &EN] {
            let text = lookup(t, &format!("corrections.item.{}", c.id)).unwrap_or_default();
            assert!(text.len() > 40, "{}: no text", c.id);
        }
        assert!(!c.at.is_empty(), "{}: points nowhere", c.id);
        for a in &c.at {
            let known = if let Some(id) = a.strip_prefix("tl-") {
                // The entry itself says it changed that day.
                let e = d.event(id).unwrap_or_else(|| panic!("{}: no entry {id}", c.id));
                assert_eq!(e.changed, c.date, "{}: {id} does not say it changed", c.id);
                true
            } else if let Some(id) = a.strip_prefix("claim-") {
                let row = d
                    .claims
                    .iter()
                    .find(|r| r.id == id)
                    .unwrap_or_else(|| panic!("{}: no claim {id}", c.id));
                assert_eq!(row.changed, c.date, "{}: claim {id} does not say it changed", c.id);
                true
            } else if let Some(key) = a.strip_prefix("glossary-") {
                d.glossary.iter().any(|g| g == key)
            } else if let Some(id) = a.strip_prefix("gate-preset-") {
                d.gate_presets.iter().any(|p| p.id == id)
            } else {
                // Fixed ids of the page: the diagram, its controls, the lede graphic, sections.
                ["figure-gates", "gates-today-title", "gate-switch-domestic", "timeline"].contains(&a.as_str())
            };
            assert!(known, "{}: unknown place {a}", c.id);
        }
    }
}

#[test]
fn every_entry_and_row_says_when_it_last_changed() {
    let d = dataset().as_ref().unwrap();
    let valid = |s: &str| s.len() == 10 && s >= FIRST_PUBLISHED && s <= d.currency.checked.as_str();
    for e in &d.timeline {
        assert!(valid(&e.changed), "{}: {}", e.id, e.changed);
        // An event newer than the first publication can only have been added since.
        if e.date.as_str() > "2026-11-25" {
            assert!(e.changed.as_str() > FIRST_PUBLISHED, "{}", e.id);
        }
    }
    for c in &d.claims {
        assert!(valid(&c.changed), "{}: {}", c.id, c.changed);
    }
    // The denied reports and the revised presets were changed in this round.
    for id in ["2026-01-08-payment", "2026-02-11-seedchip", "2026-08-19-deliveries"] {
        assert!(d.event(id).unwrap().changed.as_str() > FIRST_PUBLISHED, "{id}");
    }
}
