//! Writes the prerendered article (a tree per page: the article and each widget, in each
//! language) and its two inline scripts as JSON for `tools/assemble.mjs`,
//! with what crawlers read (each page's head tags, the oEmbed answers, the sitemap, robots.txt)
//! and the card images (PNG, beside the JSON in `cards/`).
//! Usage: `SITE_URL=https://example.org/h200/ prerender <out.json>` (native build; see
//! `h200_explainer::prerender` and `h200_explainer::social`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use h200_explainer::model::embed::EmbedWidget;
    use h200_explainer::model::lang::Lang;
    use h200_explainer::prerender;
    use h200_explainer::social::{self, card, raster, Page, SiteUrl};
    use std::path::Path;

    let out = std::env::args().nth(1).unwrap_or_else(|| "build/prerender.json".into());
    let site = SiteUrl::parse(std::env::var("SITE_URL").ok().as_deref()).unwrap_or_else(|e| {
        eprintln!("prerender: {e}");
        std::process::exit(2);
    });
    if site.is_default {
        eprintln!(
            "prerender: SITE_URL is not set: card, canonical and oEmbed URLs point to {} (fine locally, wrong anywhere else; `SITE_URL=https://… make build`)",
            site.url
        );
    } else {
        eprintln!("prerender: SITE_URL {}", site.url);
    }
    let dir = Path::new(&out).parent().unwrap_or(Path::new(".")).to_path_buf();
    let cards_dir = dir.join("cards");
    std::fs::create_dir_all(&cards_dir).expect("create the output directory");

    let started = std::time::Instant::now();
    let fonts = raster::Fonts::load().unwrap_or_else(|e| {
        eprintln!("prerender: {e}");
        std::process::exit(2);
    });
    // The pages first: rendering them is what asks for the build-time chart drawings. One tree
    // per page: the article's and each widget's, in each language.
    let mut html = serde_json::Map::new();
    let mut embeds = serde_json::Map::new();
    let mut card_charts = std::collections::HashMap::new();
    for lang in Lang::ALL {
        html.insert(lang.code().to_string(), prerender::tree(lang).into());
    }
    for w in EmbedWidget::ALL {
        let mut trees = serde_json::Map::new();
        for lang in Lang::ALL {
            let tree = prerender::embed_tree(w, lang);
            if let Some(key) = prerender::first_chart_key(&tree) {
                card_charts.insert((w, lang), key);
            }
            trees.insert(lang.code().to_string(), tree.into());
        }
        embeds.insert(w.code().to_string(), trees.into());
    }
    let drawn_at = std::time::Instant::now();
    let drawings = prerender::draw_charts().unwrap_or_else(|e| {
        eprintln!("prerender: {e}");
        std::process::exit(2);
    });
    let fill = |html: &str| {
        prerender::fill_charts(html, &drawings).unwrap_or_else(|e| {
            eprintln!("prerender: {e}");
            std::process::exit(2);
        })
    };
    for tree in html.values_mut() {
        *tree = fill(tree.as_str().unwrap_or_default()).into();
    }
    for trees in embeds.values_mut() {
        for tree in trees.as_object_mut().into_iter().flat_map(|t| t.values_mut()) {
            *tree = fill(tree.as_str().unwrap_or_default()).into();
        }
    }
    for ((w, lang), key) in card_charts {
        if let Some(d) = drawings.get(&key) {
            card::use_chart_drawing(w, lang, &d.card);
        }
    }
    eprintln!(
        "prerender: {} charts drawn by ECharts in {:.1} s",
        drawings.len(),
        drawn_at.elapsed().as_secs_f32()
    );

    let theme_color = card::tokens().get("accent").cloned().unwrap_or_default();
    let mut pages = serde_json::Map::new();
    let mut files = serde_json::Map::new();
    for page in Page::all() {
        let png = fonts
            .png(&card::card_svg(&site, page, &fonts))
            .unwrap_or_else(|e| panic!("card for {}: {e}", page.file()));
        std::fs::write(cards_dir.join(page.card_file()), &png).expect("write a card");
        pages.insert(
            page.file(),
            serde_json::json!({
                "lang": page.lang().code(),
                "head": social::head(&site, page, &theme_color),
                "card": page.card_file(),
                "embed": match page {
                    Page::Embed(w, _) => Some(w.code()),
                    Page::Article(_) => None,
                },
            }),
        );
        if let (Page::Embed(w, lang), Some(file)) = (page, page.oembed_file()) {
            files.insert(file, social::oembed(&site, w, lang).into());
        }
    }
    let lastmod = h200_explainer::model::data::dataset()
        .as_ref()
        .map(|d| d.currency.checked.clone())
        .unwrap_or_default();
    files.insert("sitemap.xml".into(), social::sitemap(&site, &lastmod).into());
    files.insert("robots.txt".into(), social::robots(&site).into());
    eprintln!(
        "prerender: {} cards in {:.1} s",
        Page::all().len(),
        started.elapsed().as_secs_f32()
    );

    let json = serde_json::json!({
        "html": html,
        "embeds": embeds,
        "head_script": prerender::head_script(),
        "body_script": prerender::body_script(),
        "site_url": site.url,
        "pages": pages,
        "files": files,
        "cards_dir": cards_dir,
    });
    std::fs::write(&out, json.to_string()).expect("write the prerender");
    eprintln!("prerender: {out}");
}

/// The prerender is a build tool; in a wasm build (e.g. `cargo test --target wasm32-…`) it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
