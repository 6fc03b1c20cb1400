//! Which language a reader gets, from the URL, their saved choice and their browser.

use h200_explainer::model::lang::{resolve, Lang};

const NONE: [&str; 0] = [];

#[test]
fn the_url_parameter_wins_over_everything() {
    assert_eq!(resolve(Some("en"), Some("ja"), &["ja-JP"]), Lang::En);
    assert_eq!(resolve(Some("ja"), Some("en"), &["en-US"]), Lang::Ja);
}

#[test]
fn a_saved_choice_wins_over_the_browser() {
    assert_eq!(resolve(None, Some("en"), &["ja-JP"]), Lang::En);
    assert_eq!(resolve(None, Some("ja"), &["en-GB", "en"]), Lang::Ja);
}

#[test]
fn the_browser_decides_when_nothing_was_chosen() {
    assert_eq!(resolve(None, None, &["en-US", "ja"]), Lang::En);
    assert_eq!(resolve(None, None, &["ja-JP"]), Lang::Ja);
    // The first language we have, not just the first one listed.
    assert_eq!(resolve(None, None, &["fr-FR", "de", "en"]), Lang::En);
}

#[test]
fn japanese_is_the_fallback() {
    assert_eq!(resolve(None, None, &NONE), Lang::Ja);
    assert_eq!(resolve(None, None, &["fr", "zh-CN"]), Lang::Ja);
}

#[test]
fn unusable_values_are_skipped_not_fatal() {
    assert_eq!(resolve(Some("xx"), Some("en"), &NONE), Lang::En);
    assert_eq!(resolve(Some(""), Some("<script>"), &["en"]), Lang::En);
    assert_eq!(resolve(Some("english"), None, &NONE), Lang::Ja);
    assert_eq!(resolve(Some("%E6%97%A5"), Some("\u{0}"), &["日本語"]), Lang::Ja);
}

#[test]
fn tags_are_read_case_and_region_insensitively() {
    for tag in ["en", "EN", "en-US", "en_GB", " en "] {
        assert_eq!(Lang::parse(tag), Some(Lang::En), "{tag}");
    }
    for tag in ["ja", "JA", "ja-JP", "ja_jp"] {
        assert_eq!(Lang::parse(tag), Some(Lang::Ja), "{tag}");
    }
    for tag in ["", "e", "jan", "english", "zh", "-en"] {
        assert_eq!(Lang::parse(tag), None, "{tag}");
    }
}

#[test]
fn a_page_written_for_one_language_wins_over_the_browser_and_a_saved_choice() {
    use h200_explainer::model::lang::resolve_on_page;
    // en.html in a Japanese browser: English.
    assert_eq!(resolve_on_page(None, None, Some(Lang::En), &["ja-JP"]), Lang::En);
    // ?lang= still wins; a choice saved earlier does not (design review 2026-12: a shared
    // /en.html link opened in Japanese for a reader who had once picked 日本語).
    assert_eq!(resolve_on_page(Some("ja"), None, Some(Lang::En), &["en"]), Lang::Ja);
    assert_eq!(resolve_on_page(None, Some("ja"), Some(Lang::En), &["ja"]), Lang::En);
    // On index.html (no page language) the saved choice decides before the browser.
    assert_eq!(resolve_on_page(None, Some("en"), None, &["ja"]), Lang::En);
    // An unusable ?lang= falls through to the page's language.
    assert_eq!(resolve_on_page(Some("fr"), None, Some(Lang::En), &["ja"]), Lang::En);
    // Without a page language it is `resolve`.
    assert_eq!(resolve_on_page(None, None, None, &["en-US"]), Lang::En);
}
