//! The build-time prerender: complete, marker-free HTML in both languages, and inline scripts
//! that agree with the app's own rules.
#![cfg(not(target_arch = "wasm32"))]

use h200_explainer::env::LANG_KEY;
use h200_explainer::i18n::texts;
use h200_explainer::model::lang::Lang;
use h200_explainer::prerender::{body_script, head_script, render, strip_markers};

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
fn each_page_carries_one_tree_marked_with_its_language_and_the_other_page() {
    use h200_explainer::prerender::{tree, TREE_MARKS};
    for (lang, other, other_code) in [(Lang::Ja, "en.html", "en"), (Lang::En, "./", "ja")] {
        let html = tree(lang);
        let code = lang.code();
        assert!(
            html.starts_with(&format!(
                r#"<div id="prerender" data-kind="article" data-other="{other}" data-other-lang="{other_code}">{}<div class="prerender prerender--{code}" lang="{code}" data-title=""#,
                TREE_MARKS.0
            )),
            "{lang:?}"
        );
        assert!(html.ends_with(&format!("</div>{}</div>", TREE_MARKS.1)), "{lang:?}");
        // As live markup: no noscript text for a script to build, and no other language; with
        // JavaScript off, the switch is a link to the other page.
        assert!(!html.contains("<noscript data-lang"), "{lang:?}");
        assert!(
            html.contains(&format!(
                r#"<noscript><a href="{other}" hreflang="{other_code}" lang="{other_code}" class="lang-switch__link">"#
            )),
            "{lang:?}"
        );
        assert!(html.contains(texts(lang).site_title), "{lang:?}");
        let other = Lang::ALL.into_iter().find(|l| *l != lang).unwrap();
        assert!(!html.contains(texts(other).site_doc_title), "{lang:?}");
    }
}

#[test]
fn each_widget_has_its_own_prerender() {
    use h200_explainer::model::embed::{embed_file, EmbedWidget};
    use h200_explainer::prerender::{embed_tree, tree};
    for w in EmbedWidget::ALL {
        for lang in Lang::ALL {
            let other = Lang::ALL.into_iter().find(|l| *l != lang).unwrap();
            let html = embed_tree(w, lang);
            assert!(
                html.starts_with(&format!(
                    r#"<div id="prerender" data-kind="{}" data-other="{}" data-other-lang="{}">"#,
                    w.code(),
                    embed_file(w, other),
                    other.code()
                )),
                "{w:?} {lang:?}"
            );
            assert!(
                !html.contains(r#"<section id="intro""#),
                "{w:?}: no article in an embed"
            );
            // It goes into the page whole: a cut would put its footer outside the frame's root.
            assert!(!html.contains("<!--r-->"), "{w:?}: no cuts in an embed");
        }
    }
    // The article is cut before each section and before the end of <main>.
    let sections = h200_explainer::sections::SECTIONS.len();
    assert_eq!(tree(Lang::Ja).matches("<!--r-->").count(), sections + 1);
    // The gates' three-way controls are in the prerender (in each language), each with its
    // level checked, so the page without JavaScript shows the same state.
    for lang in Lang::ALL {
        let gates = embed_tree(EmbedWidget::Gates, lang);
        assert_eq!(gates.matches(r#"role="radiogroup""#).count(), 4);
        assert_eq!(gates.matches(r#"type="radio""#).count(), 12);
        assert_eq!(gates.matches(" checked>").count(), 4);
    }
}

#[test]
fn the_scripts_use_the_apps_keys_and_cannot_break_out() {
    let head = head_script();
    assert!(head.contains(LANG_KEY));
    for code in ["'ja'", "'en'", "'gates'", "'timeline'", "'dark'"] {
        assert!(head.contains(code), "{code}");
    }
    assert!(body_script().contains(LANG_KEY));
    assert!(!body_script().contains("__LANG_KEY__"));
    assert!(!body_script().contains("__HEIGHT_FORMATS__"));
    for s in [head, body_script()] {
        assert!(!s.contains("</"), "a script must not contain `</`");
        assert!(!s.contains("eval") && !s.contains("Function("));
    }
}

/// The page script posts the model's height messages: the formats it carries, with the height
/// and the secret put in as it puts them in (one `String.replace` each), are the model's.
#[test]
fn the_page_script_carries_the_models_height_messages() {
    use h200_explainer::model::embed::{height_messages, wordpress_message, EmbedWidget};
    use h200_explainer::prerender::height_formats;
    let f = height_formats();
    let body = body_script();
    assert!(
        body.contains(&f.to_string()),
        "the formats are written into the page script"
    );
    let stand_in = f["height"].as_str().unwrap();
    let put = |t: &serde_json::Value, h: u32| t.as_str().unwrap().replacen(stand_in, &h.to_string(), 1);
    for w in EmbedWidget::ALL {
        let formats = f["widgets"][w.code()].as_array().unwrap();
        let posted: Vec<String> = formats.iter().map(|t| put(t, 812)).collect();
        assert_eq!(posted, height_messages(w, 812).to_vec(), "{w:?}");
    }
    let wordpress = f["wordpress"]
        .as_str()
        .unwrap()
        .replacen(f["secret"].as_str().unwrap(), "abcDEF1234", 1);
    assert_eq!(
        wordpress.replacen(stand_in, "1335", 1),
        wordpress_message("abcDEF1234", 1335)
    );
}

/// The `data-widget` values of each region of a tree (the part before the first section, then
/// each section), in order.
fn slots_by_region(html: &str) -> Vec<(String, Vec<String>)> {
    html.split(r#"<section id=""#)
        .map(|part| {
            let id = part.split('"').next().unwrap_or_default().to_string();
            let slots = part
                .split(r#"data-widget=""#)
                .skip(1)
                .map(|s| s.split('"').next().unwrap_or_default().to_string())
                .collect();
            (id, slots)
        })
        .collect()
}

/// The language switch swaps region for region and moves live widgets by their order in each
/// region: both languages must have the same regions with the same slots in the same order.
#[test]
fn both_languages_have_the_same_widget_slots_in_the_same_order() {
    use h200_explainer::model::embed::EmbedWidget;
    use h200_explainer::prerender::render_embed;
    let article: Vec<_> = Lang::ALL.into_iter().map(|l| slots_by_region(&render(l))).collect();
    assert_eq!(article[0], article[1]);
    let all: Vec<String> = article[0].iter().flat_map(|(_, s)| s.clone()).collect();
    assert_eq!(
        all,
        ["gates", "chip-filters", "ladder", "chip-map", "hybrid", "timeline"]
    );
    for w in EmbedWidget::ALL {
        let embeds: Vec<_> = Lang::ALL
            .into_iter()
            .map(|l| slots_by_region(&render_embed(l, w)))
            .collect();
        assert_eq!(embeds[0], embeds[1], "{w:?}");
        // The funnel is article text: its embed has no widget code to mount.
        assert_eq!(embeds[0][0].1.is_empty(), w == EmbedWidget::Funnel, "{w:?} has a slot");
    }
}

/// The tag names of the direct children of every element matched by `is_container`, in page
/// order: the regions the language switch swaps one for one (see `src/page.js`).
fn region_tags(html: &str) -> Vec<String> {
    const VOID: [&str; 8] = ["br", "img", "input", "meta", "link", "hr", "wbr", "source"];
    let mut out = Vec::new();
    // The stack of open elements: (tag, whether its children are regions).
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("a tag closes");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_string();
            while let Some((open, _)) = stack.pop() {
                if open == name {
                    break;
                }
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if stack.last().is_some_and(|(_, regions)| *regions) {
            out.push(name.clone());
        }
        let split = tag.contains("data-split");
        let container = name == "section" || name == "header" && stack.is_empty() || split;
        if !(VOID.contains(&name.as_str()) || tag.ends_with('/')) {
            stack.push((name, container));
        }
    }
    out
}

/// The switch swaps each block of each section (and each item of a long list) for its twin in
/// the other language: both languages must have the same blocks, of the same kinds, in order.
#[test]
fn both_languages_have_the_same_regions() {
    let trees: Vec<Vec<String>> = Lang::ALL.into_iter().map(|l| region_tags(&render(l))).collect();
    // About 130: the sections' blocks and the timeline's entries; the sources, glossary and
    // claim table are one closed disclosure each.
    assert!(trees[0].len() > 100, "{} regions", trees[0].len());
    assert_eq!(trees[0], trees[1]);
}

/// Every chart's first state is drawn at build time by ECharts (in Node) into its drawing area,
/// in each language's tree, for a wide screen and a phone, in the palette's custom properties
/// (so it follows light and dark); a placeholder left without a drawing fails the build.
#[test]
fn every_chart_is_drawn_at_build_time_in_both_languages() {
    use h200_explainer::prerender::{draw_charts, fill_charts};
    let tokens: String = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/tokens.css")).unwrap();
    for lang in Lang::ALL {
        let html = render(lang);
        assert_eq!(
            html.matches("data-ssr=").count(),
            3,
            "{lang:?}: the ladder, the map and the hybrid chart"
        );
        let drawings = draw_charts().expect("ECharts draws the charts in Node (make setup-node)");
        let filled = fill_charts(&html, &drawings).unwrap();
        assert!(!filled.contains("data-ssr="), "{lang:?}: a chart left undrawn");
        assert_eq!(filled.matches(r#"class="chart-ssr""#).count(), 3);
        assert_eq!(
            filled.matches(r#"viewBox="0 0 784 "#).count(),
            3,
            "{lang:?}: wide drawings"
        );
        assert_eq!(
            filled.matches(r#"viewBox="0 0 343 "#).count(),
            3,
            "{lang:?}: phone drawings"
        );
        // In the tree's language: the ladder's axis is named as the live chart names it.
        let axis = texts(lang).compare_metric_tpp;
        assert!(filled.contains(&format!(">{axis}</text>")), "{lang:?}: {axis}");
        // Colours are the palette's tokens (or none), never a colour baked in for one scheme.
        let mut rest = filled.as_str();
        let mut seen = 0;
        let next = |r: &str| [r.find("fill=\""), r.find("stroke=\"")].into_iter().flatten().min();
        while let Some(i) = next(rest) {
            let value_at = i + rest[i..].find('"').unwrap() + 1;
            let value = &rest[value_at..value_at + rest[value_at..].find('"').unwrap()];
            rest = &rest[value_at..];
            if value == "none" {
                continue;
            }
            let token = value.strip_prefix("var(--").and_then(|v| v.strip_suffix(')'));
            match token {
                Some(t) => assert!(tokens.contains(&format!("--{t}:")), "{lang:?}: unknown token {t}"),
                // ECharts' own series colour on a zero-width outline (the map's shaded region).
                None => assert!(value == "#5070dd", "{lang:?}: a baked-in colour {value}"),
            }
            seen += 1;
        }
        assert!(seen > 100, "{lang:?}: the drawings were read ({seen} colours)");
    }
    // Without its drawing, a placeholder is an error, not a blank chart.
    assert!(fill_charts(&render(Lang::En), &Default::default()).is_err());
}
