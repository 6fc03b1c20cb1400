//! What crawlers read and the card images: the site address, each page's head tags, the oEmbed
//! answers, the sitemap, and the cards' drawings and PNGs (drawn with the system's fonts:
//! `make setup-fonts`).

use h200_explainer::i18n::texts;
use h200_explainer::model::data::{dataset, Confidence};
use h200_explainer::model::embed::EmbedWidget;
use h200_explainer::model::lang::Lang;
use h200_explainer::social::raster::{png_size, Fonts};
use h200_explainer::social::{self, card, Page, SiteUrl, CARD_HEIGHT, CARD_WIDTH, DEFAULT_SITE_URL};
use std::sync::OnceLock;

fn site() -> SiteUrl {
    SiteUrl::parse(Some("https://example.org/h200")).unwrap()
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::load().expect("the card fonts (make setup-fonts)"))
}

/// The text of an SVG or HTML fragment, tags removed and entities of ours decoded.
fn text_of(markup: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in markup.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn the_site_address_is_normalised_and_checked() {
    let s = SiteUrl::parse(Some(" https://example.org/h200 ")).unwrap();
    assert_eq!(s.url, "https://example.org/h200/");
    assert!(!s.is_default);
    assert_eq!(s.display(), "example.org/h200");
    assert_eq!(SiteUrl::parse(Some("http://a.test/")).unwrap().url, "http://a.test/");
    for unset in [None, Some(""), Some("  ")] {
        let d = SiteUrl::parse(unset).unwrap();
        assert_eq!(d.url, DEFAULT_SITE_URL);
        assert!(d.is_default);
    }
    for bad in [
        "example.org",
        "ftp://x.org/",
        "https://",
        "https://x.org/?a=1",
        "https://x.org/#f",
        "https://x.org/\"><script>",
    ] {
        assert!(SiteUrl::parse(Some(bad)).is_err(), "{bad}");
    }
}

#[test]
fn every_page_has_absolute_social_tags_in_its_language() {
    let site = site();
    for page in Page::all() {
        let head = social::head(&site, page, "#0b5cad");
        let t = texts(page.lang());
        for tag in [
            "og:type",
            "og:site_name",
            "og:title",
            "og:description",
            "og:url",
            "og:image\"",
            "og:image:width\" content=\"1200\"",
            "og:image:height\" content=\"630\"",
            "og:image:alt",
            "og:locale\"",
            "og:locale:alternate",
            "twitter:card\" content=\"summary_large_image\"",
            "twitter:title",
            "twitter:description",
            "twitter:image\"",
            "twitter:image:alt",
            "name=\"theme-color\"",
        ] {
            assert!(head.contains(tag), "{page:?} lacks {tag}");
        }
        // Every URL in the head is absolute, on the site.
        for url in head
            .split("href=\"")
            .skip(1)
            .chain(head.split("content=\"http").skip(1))
        {
            let url = if url.starts_with("s://") || url.starts_with("://") {
                format!("http{url}")
            } else {
                url.to_string()
            };
            assert!(url.starts_with(&site.url), "{page:?}: {url}");
        }
        assert!(head.contains(&format!("og:image\" content=\"{}{}\"", site.url, page.card_file())));
        assert!(head.contains(&format!("<link rel=\"canonical\" href=\"{}\"", page.url(&site))));
        assert!(head.contains(&format!("og:site_name\" content=\"{}\"", t.site_title)));
        match page {
            Page::Article(lang) => {
                assert!(text_of(&head).contains(t.site_doc_title));
                assert!(head.contains(&format!("og:title\" content=\"{}\"", social::esc(t.lede_headline))));
                assert!(head.contains(&format!(
                    "og:locale\" content=\"{}\"",
                    if lang == Lang::Ja { "ja_JP" } else { "en_US" }
                )));
                assert!(head.contains(&format!("hreflang=\"ja\" href=\"{}\"", site.url)));
                assert!(head.contains(&format!("hreflang=\"en\" href=\"{}en.html\"", site.url)));
                assert!(head.contains(&format!("hreflang=\"x-default\" href=\"{}\"", site.url)));
                assert!(!head.contains("json+oembed"), "the article pages point to no widget");
            }
            Page::Embed(w, lang) => {
                let suffix = if lang == Lang::Ja {
                    String::new()
                } else {
                    format!("-{}", lang.code())
                };
                assert!(head.contains(&format!(
                    "type=\"application/json+oembed\" href=\"{}oembed-{}{suffix}.json\"",
                    site.url,
                    w.code()
                )));
                // The head speaks its page's language: title, locale, the other as alternate.
                let name = h200_explainer::components::embed_dialog::widget_name(t, w);
                assert!(text_of(&head).contains(name), "{page:?}: {name}");
                let (own, other) = if lang == Lang::Ja {
                    ("ja_JP", "en_US")
                } else {
                    ("en_US", "ja_JP")
                };
                assert!(head.contains(&format!("og:locale\" content=\"{own}\"")));
                assert!(head.contains(&format!("og:locale:alternate\" content=\"{other}\"")));
                let code = w.code();
                assert!(head.contains(&format!("hreflang=\"ja\" href=\"{}embed-{code}.html\"", site.url)));
                assert!(head.contains(&format!("hreflang=\"en\" href=\"{}embed-{code}-en.html\"", site.url)));
                assert!(head.contains(&format!(
                    "hreflang=\"x-default\" href=\"{}embed-{code}.html\"",
                    site.url
                )));
            }
        }
    }
    assert_eq!(Page::Article(Lang::Ja).url(&site), "https://example.org/h200/");
    assert_eq!(Page::Article(Lang::En).file(), "en.html");
    assert_eq!(Page::Embed(EmbedWidget::Map, Lang::Ja).file(), "embed-map.html");
    assert_eq!(Page::Embed(EmbedWidget::Map, Lang::En).file(), "embed-map-en.html");
    assert_eq!(Page::Embed(EmbedWidget::Map, Lang::En).card_file(), "card-map-en.png");
    assert_eq!(
        Page::Embed(EmbedWidget::Map, Lang::En).oembed_file().as_deref(),
        Some("oembed-map-en.json")
    );
    assert_eq!(Page::all().len(), 2 + 2 * EmbedWidget::ALL.len());
}

#[test]
fn the_page_image_alt_describes_the_funnel_stage_by_stage() {
    let data = dataset().as_ref().unwrap();
    for lang in Lang::ALL {
        let t = texts(lang);
        let alt = social::page_texts(Page::Article(lang)).image_alt;
        // The placeholders are filled by name: the funnel's title in its quotes, then its stages.
        let quoted = if lang == Lang::Ja {
            format!("「{}」", t.figures_funnel_title)
        } else {
            format!("“{}”", t.figures_funnel_title)
        };
        assert!(alt.contains(&quoted), "{alt}");
        for f in &data.key_figures {
            let short = h200_explainer::i18n::lookup(t, &format!("figures.short.{}", f.id)).unwrap();
            assert!(alt.find(short) > alt.find(&quoted), "{lang:?} {}: {alt}", f.id);
        }
    }
}

#[test]
fn the_sitemap_lists_both_pages_with_their_alternates() {
    let site = site();
    let xml = social::sitemap(&site, "2026-11-20");
    assert_eq!(xml.matches("<url>").count(), 2);
    assert!(xml.contains("<loc>https://example.org/h200/</loc>"));
    assert!(xml.contains("<loc>https://example.org/h200/en.html</loc>"));
    assert_eq!(
        xml.matches("hreflang=\"en\" href=\"https://example.org/h200/en.html\"")
            .count(),
        2
    );
    assert!(xml.contains("<lastmod>2026-11-20</lastmod>"));
    assert!(social::robots(&site).contains("Sitemap: https://example.org/h200/sitemap.xml"));
}

#[test]
fn the_page_card_is_the_funnel_with_its_finding_as_the_headline() {
    let data = dataset().as_ref().unwrap();
    for lang in Lang::ALL {
        let t = texts(lang);
        let svg = card::page_card(&site(), lang, fonts());
        let text = text_of(&svg);
        // Wrapped into lines, the funnel's title is all there, in order, and nothing was cut.
        let squeeze = |s: &str| s.replace(' ', "");
        assert!(squeeze(&text).contains(&squeeze(t.figures_funnel_title)), "{text}");
        assert!(!text.contains('…'), "{text}");
        assert!(text.contains("example.org/h200"));
        // Every stage, each caption carrying its hedge; reported bars hatched, none left solid.
        for f in &data.key_figures {
            let short = h200_explainer::i18n::lookup(t, &format!("figures.short.{}", f.id)).unwrap();
            assert!(text.contains(short), "{lang:?} {short}");
            assert!(
                h200_explainer::model::status::hedged(lang, f.status, short),
                "{lang:?} {short}"
            );
        }
        let reported = data
            .key_figures
            .iter()
            .filter(|f| f.value.is_some() && f.status == Confidence::Reported)
            .count();
        assert_eq!(svg.matches(r#"fill="url(#card-hatch)""#).count(), reported, "{lang:?}");
    }
}

#[test]
fn japanese_lines_break_at_phrases_and_obey_kinsoku() {
    // The funnel's title breaks after its comma, not inside a word.
    let svg = card::page_card(&site(), Lang::Ja, fonts());
    assert!(svg.contains(">報道では「40万個超を承認」、</text>"), "{svg}");
    for line in svg.split("</text>").filter_map(|s| s.rsplit('>').next()) {
        let first = line.chars().next();
        assert!(
            !first.is_some_and(|c| "、。」）ー".contains(c)),
            "a line starts with {line}"
        );
        assert!(
            !line.ends_with(['「', '（']),
            "a line ends with an opening bracket: {line}"
        );
    }
    // No card breaks a line inside a kanji compound (the review found 「少／量」): two lines of
    // one block (same x and size) never meet kanji to kanji.
    let kanji = |c: Option<char>| c.is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    let attr = |tag: &str, name: &str| {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("")
            .to_string()
    };
    let mut cards = vec![card::page_card(&site(), Lang::Ja, fonts())];
    cards.extend(
        EmbedWidget::ALL
            .iter()
            .map(|w| card::embed_card(&site(), *w, Lang::Ja, fonts())),
    );
    for svg in cards {
        let texts: Vec<(String, String, String)> = svg
            .split("</text>")
            .filter_map(|s| {
                let (tag, text) = s.rsplit_once('>')?;
                let tag = tag.rsplit_once("<text")?.1;
                Some((
                    format!("{}|{}", attr(tag, "x"), attr(tag, "font-size")),
                    text.to_string(),
                    tag.to_string(),
                ))
            })
            .collect();
        // The titles (set at 40 px and up): the labels below them are separate words in rows.
        let title = |k: &str| {
            k.rsplit('|')
                .next()
                .and_then(|s| s.parse::<f32>().ok())
                .is_some_and(|s| s >= 40.0)
        };
        for pair in texts.windows(2) {
            if pair[0].0 == pair[1].0 && title(&pair[0].0) {
                assert!(
                    !(kanji(pair[0].1.chars().last()) && kanji(pair[1].1.chars().next())),
                    "a word split across lines: {} / {}",
                    pair[0].1,
                    pair[1].1
                );
            }
        }
    }
}

#[test]
fn each_embed_card_draws_its_widget() {
    let tok = card::tokens();
    // As the prerender does: the chart embeds' pages rendered, their charts drawn by ECharts in
    // Node (the build's own step), each card given its chart's drawing.
    let mut keys: Vec<(EmbedWidget, Lang, String)> = Vec::new();
    for w in [EmbedWidget::Generations, EmbedWidget::Map, EmbedWidget::Hybrid] {
        for lang in Lang::ALL {
            let tree = h200_explainer::prerender::embed_tree(w, lang);
            keys.push((w, lang, h200_explainer::prerender::first_chart_key(&tree).unwrap()));
        }
    }
    let drawings =
        h200_explainer::prerender::draw_charts().expect("ECharts draws the charts in Node (make setup-node)");
    for (w, lang, key) in &keys {
        card::use_chart_drawing(*w, *lang, &drawings[key].card);
    }
    for (w, lang) in EmbedWidget::ALL.into_iter().flat_map(|w| Lang::ALL.map(|l| (w, l))) {
        let svg = card::embed_card(&site(), w, lang, fonts());
        let t = texts(lang);
        let text = text_of(&svg);
        // The funnel's card is the page's (its finding as the headline); the others name the widget.
        let name = match w {
            EmbedWidget::Funnel => t.figures_funnel_title,
            _ => h200_explainer::components::embed_dialog::widget_name(t, w),
        };
        // Lines are separate text elements: compare without the spaces where they wrap.
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        assert!(
            squash(&text).contains(&squash(name)),
            "{w:?} {lang:?}: {name} in {text}"
        );
        // The English card is English: no Japanese but the widget's name in the other language.
        if lang == Lang::En && w != EmbedWidget::Funnel {
            let other = h200_explainer::components::embed_dialog::widget_name(texts(Lang::Ja), w);
            let rest = text.replace(other, "");
            assert!(
                !rest
                    .chars()
                    .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{w:?}: Japanese on the English card: {rest}"
            );
        }
        assert!(!text.contains('…'), "{w:?}: {text}");
        match w {
            // Every stage of the funnel, drawn by evidence: hatched (reported) and solid.
            EmbedWidget::Funnel => {
                assert!(svg.contains("url(#card-hatch)"));
                assert!(text.contains("200万超") || text.contains("2,000,000"), "{text}");
            }
            // The app's own diagram, in the state the embed opens on, with its styles.
            EmbedWidget::Gates => {
                assert!(svg.contains("class=\"gate-pipe gate-svg\""));
                assert!(svg.contains("data-blocked="));
                assert!(svg.contains(&format!("stroke:{}", tok["gate-closed"])));
                // The sliding chip is placed by a CSS transform the renderer ignores: left out.
                assert!(!svg.contains("chip-token"), "{lang:?}: the chip token on the card");
            }
            // The real charts: ECharts' drawing at the card's size, in the light colours, with
            // the H200's own label.
            EmbedWidget::Generations | EmbedWidget::Map | EmbedWidget::Hybrid => {
                assert!(svg.contains(r#"viewBox="0 0 552 500""#), "{w:?}: no chart drawing");
                assert!(!svg.contains("var(--"), "{w:?}: a colour left as a custom property");
                assert!(
                    svg.contains(&format!(r#"fill="{}""#, tok["highlight"]))
                        || svg.contains(&format!(r#"stroke="{}""#, tok["highlight"])),
                    "{w:?}: the H200's highlight"
                );
                let label = match w {
                    EmbedWidget::Generations => "15,832",
                    EmbedWidget::Map => "H200",
                    _ => "EFLOPS",
                };
                assert!(text.contains(label), "{w:?}: {label}");
            }
            EmbedWidget::Timeline => {
                let n = dataset().as_ref().unwrap().timeline.len();
                assert_eq!(svg.matches("card-dot").count(), n);
            }
        }
        // Only the timeline is drawn again for its card, simplified, and says so.
        assert_eq!(
            text.contains(t.meta_simplified),
            w == EmbedWidget::Timeline,
            "{w:?}: only a simplified drawing says it is one"
        );
    }
}

#[test]
fn the_gate_css_comes_from_the_stylesheet_with_light_colours() {
    let tok = card::tokens();
    assert_eq!(tok["bg"], "#fdfcf9");
    assert_eq!(tok["official"], "#176b36", "a token after a comment");
    let css = card::gate_css(&tok);
    assert!(css.contains(".gate-pipe .gate--closed rect{"));
    assert!(css.contains(".leg--active{"));
    assert!(!css.contains("var("), "{css}");
    assert!(!css.contains("animation"), "{css}");
}

#[test]
fn cards_are_1200_by_630_pngs_of_modest_size() {
    for page in [Page::Article(Lang::Ja), Page::Embed(EmbedWidget::Gates, Lang::En)] {
        let png = fonts().png(&card::card_svg(&site(), page, fonts())).unwrap();
        assert_eq!(png_size(&png), Some((CARD_WIDTH, CARD_HEIGHT)));
        assert!(png.len() < 300 * 1024, "{page:?}: {} bytes", png.len());
        // Colour type 2: RGB, opaque.
        assert_eq!(png[25], 2);
    }
    assert_eq!(png_size(b"GIF89a"), None);
}
