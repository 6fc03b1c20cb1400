//! The data files parse, and every figure can be traced to a source.

use h200_explainer::i18n::{lookup, EN, JA, KEYS};
use h200_explainer::model::data::{Dataset, Files, EMBEDDED};

#[test]
fn the_embedded_data_loads() {
    let data = Dataset::load().expect("data files parse");
    assert!(data.accelerators.len() >= 3);
    assert_eq!(data.article.date, "2026-02-01");
    assert!(data.article.url.starts_with("https://www.dirac226.com/"));
}

#[test]
fn every_figure_cites_a_source_with_a_url_and_date() {
    let data = Dataset::load().unwrap();
    for chip in &data.accelerators {
        for fig in chip.figures() {
            let src = data
                .source(&fig.source)
                .unwrap_or_else(|| panic!("{}: {}", chip.id, fig.source));
            assert!(
                src.url.starts_with("https://") || src.url.starts_with("http://"),
                "{}",
                src.id
            );
            assert_eq!(src.date.len(), 10, "{}", src.id);
        }
    }
}

#[test]
fn a_figure_citing_an_unknown_source_is_rejected() {
    let chips = r#"[{"id":"x","name":"X","full_name":"X","vendor":"V","generation":"hopper","architecture":"A",
        "year":{"value":2024,"confidence":"official","source":"nowhere"},
        "china":[{"date":"2024","status":"banned","confidence":"official","source":"nvidia-h200-page"}]}]"#;
    let err = Dataset::from_files(Files {
        accelerators: chips,
        ..EMBEDDED
    })
    .unwrap_err();
    assert!(err.message.contains("nowhere"));
}

#[test]
fn malformed_data_is_an_error_not_a_panic() {
    let err = Dataset::from_files(Files {
        accelerators: "{",
        ..EMBEDDED
    })
    .unwrap_err();
    assert_eq!(err.file, "accelerators.json");
    let err = Dataset::from_files(Files {
        timeline: r#"[{"id":"x"}]"#,
        ..EMBEDDED
    })
    .unwrap_err();
    assert_eq!(err.file, "timeline.json");
}

#[test]
fn both_locales_have_every_key_filled() {
    assert!(KEYS.len() > 20);
    for key in KEYS {
        for t in [&JA, &EN] {
            let value = lookup(t, key).unwrap();
            assert!(!value.trim().is_empty(), "{key}");
        }
    }
}
