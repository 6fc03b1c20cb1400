//! The data files parse, and every figure can be traced to a source.

use h200_explainer::i18n::{lookup, EN, JA, KEYS};
use h200_explainer::model::data::{Confidence, Dataset, Files, EMBEDDED};
use h200_explainer::widgets::bandwidth;

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
    let chips = r#"[{"id":"x","name":"X","full_name":"X","vendor":"V","architecture":"A","year":2024,
        "memory_bandwidth_tbs":{"value":1.0,"confidence":"official","source":"nowhere"}}]"#;
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
fn the_bandwidth_chart_shows_the_researched_figures() {
    let data = Dataset::load().unwrap();
    let rows = bandwidth::rows(&data);
    let got: Vec<(&str, f64)> = rows.iter().map(|r| (r.name.as_str(), r.value)).collect();
    assert_eq!(got, [("H100", 3.35), ("H200", 4.8), ("B200", 8.0)]);
    assert_eq!(rows[2].confidence, Confidence::Reported);
}

#[test]
fn the_bandwidth_chart_follows_the_language() {
    let data = Dataset::load().unwrap();
    let rows = bandwidth::rows(&data);
    for (t, unit) in [(&JA, "TB/秒"), (&EN, "TB/s")] {
        let option = serde_json::to_value(bandwidth::chart_option(t, &rows, false)).unwrap();
        assert_eq!(option["yAxis"]["name"], t.chart_bandwidth_axis);
        assert_eq!(option["xAxis"]["data"], serde_json::json!(["H100", "H200", "B200"]));
        assert_eq!(option["aria"]["enabled"], true);
        let label = option["series"][0]["label"]["formatter"].as_str().unwrap();
        assert!(label.contains("{c}") && label.contains(unit), "{label}");
        assert!(bandwidth::summary(t, &rows).contains("4.8"));
    }
}

#[test]
fn reduced_motion_turns_chart_animation_off() {
    let rows = bandwidth::rows(&Dataset::load().unwrap());
    let option = serde_json::to_value(bandwidth::chart_option(&EN, &rows, true)).unwrap();
    assert_eq!(option["animation"], false);
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
