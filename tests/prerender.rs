//! The build-time prerender: complete, marker-free HTML in both languages, and inline scripts
//! that agree with the app's own rules.
#![cfg(not(target_arch = "wasm32"))]

use h200_explainer::env::LANG_KEY;
use h200_explainer::i18n::texts;
use h200_explainer::model::lang::Lang;
use h200_explainer::prerender::{body_script, head_script, render, strip_markers, trees};

#[test]
fn markers_are_stripped_and_text_kept() {
    assert_eq!(strip_markers("<p>a<!>b<!--<() />--></p><!---->"), "<p>ab</p>");
    assert_eq!(strip_markers("x &lt;! y"), "x &lt;! y");
    assert_eq!(strip_markers("unclosed <!-- tail"), "unclosed <!-- tail");
}

#[test]
fn each_language_renders_the_whole_article() {
    for lang in Lang::ALL {
        let html = render(lang);
        let t = texts(lang);
        assert!(html.contains(t.site_title), "{lang:?} title");
        for id in [
            "intro",
            "approval",
            "companies",
            "generations",
            "domestic-chips",
            "conclusion",
            "claims",
            "timeline",
            "sources",
            "glossary",
        ] {
            assert!(
                html.contains(&format!(r#"<section id="{id}""#)),
                "{lang:?} section {id}"
            );
        }
        assert!(!html.contains("<!"), "{lang:?}: hydration markers left");
        assert!(!html.contains("<script"), "{lang:?}: no script in the article");
    }
}

#[test]
fn both_trees_are_marked_with_their_language() {
    let html = trees();
    assert!(html.starts_with(r#"<div id="prerender" data-kind="article">"#));
    assert!(html.contains(r#"<noscript data-lang="ja"><div class="prerender prerender--ja" lang="ja">"#));
    assert!(html.contains(r#"<noscript data-lang="en"><div class="prerender prerender--en" lang="en">"#));
    assert_eq!(html.matches("</noscript>").count(), 2);
    assert!(html.find(texts(Lang::Ja).site_title) < html.find(texts(Lang::En).site_title));
}

#[test]
fn each_widget_has_its_own_prerender() {
    use h200_explainer::model::embed::EmbedWidget;
    use h200_explainer::prerender::embed_trees;
    for w in EmbedWidget::ALL {
        let html = embed_trees(w);
        assert!(html.starts_with(&format!(r#"<div id="prerender" data-kind="{}">"#, w.code())));
        assert_eq!(html.matches("</noscript>").count(), 2);
        assert!(
            !html.contains(r#"<section id="intro""#),
            "{w:?}: no article in an embed"
        );
    }
    assert!(embed_trees(EmbedWidget::Gates).contains(r#"role="switch""#));
}

#[test]
fn the_scripts_use_the_apps_keys_and_cannot_break_out() {
    let head = head_script();
    assert!(head.contains(LANG_KEY));
    for code in ["'ja'", "'en'", "'gates'", "'timeline'", "'dark'"] {
        assert!(head.contains(code), "{code}");
    }
    for s in [head, body_script()] {
        assert!(!s.contains("</"), "a script must not contain `</`");
        assert!(!s.contains("eval") && !s.contains("Function("));
    }
}
