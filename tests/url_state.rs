//! The URL-state parser against arbitrary input (proptest): it never panics, always yields a
//! state every widget can use, and what the app writes into a URL reads back unchanged.
#![cfg(not(target_arch = "wasm32"))]

use h200_explainer::model::embed::EmbedWidget;
use h200_explainer::model::gates::GateState;
use h200_explainer::model::hybrid::{HybridInputs, DOMESTIC_CHOICES, IMPORTED_CHOICES};
use h200_explainer::model::lang::Lang;
use h200_explainer::model::query;
use h200_explainer::model::specs::{CompareState, Metric};
use h200_explainer::model::url_state::{anchor, UrlState, MAX_ANCHOR_LEN};
use proptest::prelude::*;

/// Cases per property: 4 properties × 4,096 = 16,384 generated URLs (plus the shrinking).
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 4096,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const KEYS: [&str; 15] = [
    "lang", "embed", "theme", "gates", "metric", "scale", "rel", "lines", "count", "share", "domestic", "imported",
    "actors", "at", "period",
];

/// A value that is sometimes valid, sometimes almost, sometimes hostile.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z0-9,+ ._-]{0,20}",
        "(%[0-9A-Fa-f]{0,2}|%[^0-9A-Fa-f]|[a-z]){0,12}",
        Just("ja".to_string()),
        Just("EN_us".to_string()),
        Just("us,china,contracts,domestic".to_string()),
        Just("none".to_string()),
        Just("2026-05-14".to_string()),
        Just("2026-13-99".to_string()),
        Just("log".to_string()),
        Just("999999999999999999999".to_string()),
        Just("-1".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("%E0%A4%A".to_string()),
        Just("%FF%FE".to_string()),
        "[0-9]{1,7}",
    ]
}

/// A query string built from known and unknown keys, sometimes percent-encoded, sometimes raw.
fn search() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        proptest::sample::select(KEYS.to_vec()).prop_map(String::from),
        any::<String>()
    ];
    let pair = (key, value(), any::<bool>()).prop_map(|(k, v, raw)| {
        if raw {
            format!("{k}={v}")
        } else {
            format!("{}={}", query::encode(&k), query::encode(&v))
        }
    });
    (proptest::collection::vec(pair, 0..8), any::<bool>())
        .prop_map(|(pairs, q)| format!("{}{}", if q { "?" } else { "" }, pairs.join("&")))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_strings_give_a_valid_state(search in any::<String>(), fragment in any::<String>()) {
        let state = UrlState::from_url(&search, &fragment);
        prop_assert!(state.is_valid(), "{state:?}");
    }

    #[test]
    fn query_like_strings_give_a_valid_state(search in search(), fragment in "#?[\\PC%]{0,80}") {
        let state = UrlState::from_url(&search, &fragment);
        prop_assert!(state.is_valid(), "{state:?}");
        if let Some(id) = &state.anchor {
            prop_assert!(id.len() <= MAX_ANCHOR_LEN);
        }
        // Parsing is a pure function of the text.
        prop_assert_eq!(&state, &UrlState::from_url(&search, &fragment));
    }

    #[test]
    fn what_the_app_writes_reads_back(
        metric in 0..Metric::ALL.len(), log: Option<bool>, rel: bool, lines: bool,
        count in 1_000u32..=500_000, share in 0u8..=100, dom in 0..3usize, imp in 0..2usize,
        gates in 0u8..81, lang: bool, widget in 0..EmbedWidget::ALL.len(), noise in search(),
    ) {
        let compare = CompareState { metric: Metric::ALL[metric], log, relative: rel, lines, ..CompareState::default() };
        let hybrid = HybridInputs { count, domestic_percent: share, domestic: DOMESTIC_CHOICES[dom], imported: IMPORTED_CHOICES[imp] };
        let gate_state = GateState::all().nth(gates as usize).unwrap();
        let lang = if lang { Lang::En } else { Lang::Ja };
        let widget = EmbedWidget::ALL[widget];
        // Written the way the widgets write them: each onto whatever the URL already had.
        let mut q = String::new();
        for (k, v) in compare.to_params() {
            q = query::with_param(&q, k, v.as_deref());
        }
        for (k, v) in hybrid.to_params() {
            q = query::with_param(&q, &k, Some(&v));
        }
        q = query::with_param(&q, "gates", Some(&gate_state.to_param()));
        q = query::with_param(&q, "at", Some("2026-05-14"));
        q = query::with_param(&q, "lang", Some(lang.code()));
        q = query::with_param(&q, "embed", Some(widget.code()));
        // Unrelated parameters around ours do not disturb them. (Keys of ours are left out of
        // the noise: a default is written as an absent key, so a stray `scale=log` would count.)
        let noise: Vec<(String, String)> =
            query::parse(&noise).into_iter().filter(|(k, _)| !KEYS.contains(&k.as_str())).collect();
        let noise = query::serialize(&noise);
        let q = format!("{}&{}&{}", noise.trim_start_matches('?'), q.trim_start_matches('?'), noise.trim_start_matches('?'));
        let state = UrlState::from_url(&q, "");
        prop_assert_eq!(state.compare, compare);
        prop_assert_eq!(state.hybrid, hybrid);
        prop_assert_eq!(state.gates, Some(gate_state));
        prop_assert_eq!(state.at.as_deref(), Some("2026-05-14"));
        prop_assert_eq!(state.lang, Some(lang));
        prop_assert_eq!(state.embed, Some(widget));
    }

    #[test]
    fn fragments_name_an_id_or_nothing(fragment in any::<String>()) {
        if let Some(id) = anchor(&fragment) {
            prop_assert!(id.len() <= MAX_ANCHOR_LEN);
            prop_assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        }
    }
}

#[test]
fn hostile_examples_fall_back_to_defaults() {
    for (search, fragment) in [
        (
            "?count=99999999999999999999&share=101&domestic=../../etc&lang=xx",
            "#<img src=x onerror=alert(1)>",
        ),
        (
            "?metric=%E0%A4%A&gates=us,,evil&actors=%00&theme=javascript:alert(1)&at=../../",
            "#%",
        ),
        ("?%%%=%%%&&&=&lang", "#%ZZ"),
        (
            &format!("?count={}", "9".repeat(10_000)),
            &format!("#{}", "a".repeat(10_000)),
        ),
    ] {
        let state = UrlState::from_url(search, fragment);
        assert!(state.is_valid(), "{search}");
        assert_eq!(state.hybrid, HybridInputs::default());
        assert_eq!(state.anchor, None);
        assert_eq!(state.lang, None);
        assert_eq!(state.at, None);
    }
    assert_eq!(
        UrlState::from_url("?at=2026-01-28", "").at.as_deref(),
        Some("2026-01-28")
    );
    assert_eq!(UrlState::from_url("?at=%3Cscript%3E", "").at, None);
    use h200_explainer::model::timeline::Period;
    assert_eq!(UrlState::from_url("?period=recent", "").period, Some(Period::Recent));
    for bad in ["?period=RECENT", "?period=", "?period=%00", "?period=all2"] {
        assert_eq!(UrlState::from_url(bad, "").period, None, "{bad}");
    }
    assert_eq!(anchor("#generations").as_deref(), Some("generations"));
    assert_eq!(anchor("#ref-4").as_deref(), Some("ref-4"));
    assert_eq!(anchor("%23glossary"), None);
}
