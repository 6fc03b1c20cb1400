//! The charts' colours are the page's: the Rust fallbacks equal the light tokens in
//! style/tokens.css, the two dark blocks there are the same, and placeholders resolve.

use h200_explainer::components::palette::{self, resolve_with, with_alpha, LIGHT};
use serde_json::json;

const TOKENS: &str = include_str!("../style/tokens.css");

/// The declarations (`--name: value`) of the first rule block opened by `selector`.
fn block(selector: &str) -> Vec<(String, String)> {
    palette::css_block(TOKENS, selector).unwrap_or_else(|| panic!("no `{selector}` in tokens.css"))
}

#[test]
fn fallbacks_equal_the_light_tokens() {
    let light = block(":root {");
    for (name, value) in LIGHT {
        let css = light.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        assert_eq!(css, Some(value), "--{name}");
    }
}

#[test]
fn both_dark_blocks_are_identical_and_cover_the_chart_tokens() {
    let explicit = block(":root[data-theme=\"dark\"]");
    let system = block(":root:not([data-theme=\"light\"])");
    assert!(!explicit.is_empty());
    assert_eq!(explicit, system);
    for (name, light) in LIGHT {
        let dark = explicit.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        assert!(
            dark.is_some_and(|d| d != light),
            "--{name} has no dark value of its own"
        );
    }
}

#[test]
fn placeholders_resolve_to_the_page_value_or_the_light_one() {
    let mut option = json!({
        "a": palette::var("highlight"),
        "b": [palette::var_alpha("status-licence", 0.18)],
        "c": { "d": palette::var("no-such-token"), "e": "rgb(1,2,3)" }
    });
    let page = |name: &str| (name == "highlight").then(|| " #f5b942".to_string());
    resolve_with(&mut option, &page);
    assert_eq!(option["a"], "#f5b942");
    assert_eq!(option["b"][0], "rgba(0,114,178,0.18)");
    assert_eq!(option["c"]["d"], "var(--no-such-token)");
    assert_eq!(option["c"]["e"], "rgb(1,2,3)");
    assert_eq!(with_alpha("#abc", 0.5).as_deref(), Some("rgba(170,187,204,0.5)"));
    assert_eq!(with_alpha("red", 0.5), None);
}
