//! Embed URLs and snippets: the widget, language, theme and state survive; junk does not.

use h200_explainer::model::embed::{embed_url, height_messages, snippet, EmbedWidget, Theme};
use h200_explainer::model::lang::Lang;
use h200_explainer::model::query;

const BASE: &str = "https://example.org/explainer/";

#[test]
fn widgets_and_themes_parse_with_safe_defaults() {
    for w in EmbedWidget::ALL {
        assert_eq!(EmbedWidget::parse(w.code()), Some(w));
    }
    assert_eq!(EmbedWidget::parse("GATES"), Some(EmbedWidget::Gates));
    assert_eq!(EmbedWidget::parse("<svg>"), None);
    assert_eq!(Theme::parse("dark"), Theme::Dark);
    assert_eq!(Theme::parse("neon"), Theme::Auto);
}

#[test]
fn the_embed_url_carries_language_theme_and_only_the_widgets_own_state() {
    let state = vec![
        ("gates".to_string(), "us,china".to_string()),
        ("metric".to_string(), "fp8".to_string()),
    ];
    let url = embed_url(BASE, EmbedWidget::Gates, Lang::En, Theme::Dark, &state);
    let q = url
        .strip_prefix("https://example.org/explainer/embed-gates-en.html")
        .unwrap();
    assert_eq!(query::get(q, "embed").as_deref(), Some("gates"));
    assert_eq!(query::get(q, "lang").as_deref(), Some("en"));
    assert_eq!(query::get(q, "theme").as_deref(), Some("dark"));
    assert_eq!(query::get(q, "gates").as_deref(), Some("us,china"));
    assert_eq!(query::get(q, "metric"), None);
}

#[test]
fn the_widget_page_sits_beside_the_explainer_whatever_its_address() {
    use h200_explainer::model::embed::embed_page;
    for base in [BASE, "https://example.org/explainer/index.html"] {
        assert_eq!(
            embed_page(base, EmbedWidget::Map),
            "https://example.org/explainer/embed-map.html"
        );
    }
    assert_eq!(
        embed_page("http://127.0.0.1:8081/", EmbedWidget::Hybrid),
        "http://127.0.0.1:8081/embed-hybrid.html"
    );
    // The page whose head (title, card, oEmbed answer) is in the snippet's language.
    use h200_explainer::model::embed::embed_page_in;
    assert_eq!(
        embed_page_in(BASE, EmbedWidget::Hybrid, Lang::En),
        "https://example.org/explainer/embed-hybrid-en.html"
    );
    assert_eq!(
        embed_page_in(BASE, EmbedWidget::Hybrid, Lang::Ja),
        embed_page(BASE, EmbedWidget::Hybrid)
    );
}

#[test]
fn the_snippet_is_a_lazy_titled_full_width_iframe_and_the_resizer() {
    let s = snippet(
        BASE,
        EmbedWidget::Map,
        Lang::Ja,
        Theme::Auto,
        &[],
        "H200 \"map\" <test>",
    );
    assert!(s.contains("loading=\"lazy\""));
    assert!(s.contains("width=\"100%\""));
    // The map's measured height in a 700 px column, in the snippet's language.
    assert!(s.contains(&format!(
        "height=\"{}\"",
        EmbedWidget::Map.initial_height(Some(Lang::Ja))
    )));
    assert_eq!(EmbedWidget::Map.initial_height(Some(Lang::Ja)), 748);
    assert_eq!(EmbedWidget::Map.initial_height(None), 766);
    assert!(s.contains("title=\"H200 &quot;map&quot; &lt;test&gt;\""));
    assert!(s.contains("src=\"https://example.org/explainer/embed-map.html?embed=map&amp;lang=ja&amp;theme=auto\""));
    assert!(s.contains("<script src=\"https://example.org/explainer/embed.js\" defer></script>"));
}

#[test]
fn height_messages_use_the_datawrapper_and_amp_formats() {
    let [dw, amp] = height_messages(EmbedWidget::Gates, 812);
    let dw: serde_json::Value = serde_json::from_str(&dw).unwrap();
    assert_eq!(dw["datawrapper-height"]["h200-gates"], 812);
    let amp: serde_json::Value = serde_json::from_str(&amp).unwrap();
    assert_eq!(
        (amp["sentinel"].as_str(), amp["type"].as_str(), amp["height"].as_u64()),
        (Some("amp"), Some("embed-size"), Some(812))
    );
}

#[test]
fn the_wordpress_message_echoes_the_secret() {
    // Which secrets are echoed (1–64 letters and digits) is the page script's rule (src/page.js),
    // tested in the browser (tests/e2e/embed.spec.mjs).
    use h200_explainer::model::embed::wordpress_message;
    assert_eq!(
        wordpress_message("abcDEF1234", 1335),
        r#"{"message":"height","value":1335,"secret":"abcDEF1234"}"#
    );
}
