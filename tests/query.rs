//! The query string is read defensively and rewritten without disturbing other parameters.

use h200_explainer::model::query::{decode, encode, get, parse, with_param};

#[test]
fn reads_parameters_with_or_without_the_question_mark() {
    assert_eq!(get("?lang=en&x=1", "lang").as_deref(), Some("en"));
    assert_eq!(get("lang=ja", "lang").as_deref(), Some("ja"));
    assert_eq!(get("?x=1", "lang"), None);
    assert_eq!(get("", "lang"), None);
}

#[test]
fn the_first_of_repeated_parameters_counts() {
    assert_eq!(get("?lang=en&lang=ja", "lang").as_deref(), Some("en"));
}

#[test]
fn decodes_escapes_and_keeps_broken_ones() {
    assert_eq!(decode("a%20b+c"), "a b c");
    assert_eq!(decode("%E6%97%A5%E6%9C%AC"), "日本");
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(decode("%FF"), "\u{FFFD}");
    assert_eq!(parse("?=&&a&b=").len(), 3);
}

#[test]
fn setting_a_parameter_keeps_the_others_in_place() {
    assert_eq!(with_param("?a=1&lang=ja&b=2", "lang", Some("en")), "?a=1&lang=en&b=2");
    assert_eq!(with_param("", "lang", Some("en")), "?lang=en");
    assert_eq!(with_param("?a=1", "lang", Some("ja")), "?a=1&lang=ja");
    assert_eq!(with_param("?lang=ja&lang=en", "lang", Some("en")), "?lang=en");
    assert_eq!(with_param("?lang=ja", "lang", None), "");
}

#[test]
fn encoding_round_trips() {
    for s in ["plain", "a b&c=d", "日本語", "<script>alert(1)</script>", "100%"] {
        assert_eq!(decode(&encode(s)), s);
    }
    assert_eq!(
        get(&with_param("?a=1", "q", Some("x&y=z")), "q").as_deref(),
        Some("x&y=z")
    );
}
