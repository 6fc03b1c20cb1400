//! What link previews, search engines and blog platforms read (native only, build time): each
//! page's `<head>` tags (title, description, canonical, `hreflang`, Open Graph, Twitter, oEmbed
//! discovery), the oEmbed JSON of each embed page, `sitemap.xml`, `robots.txt`, and the card
//! images (`card`, drawn as SVG; `raster`, turned into PNG).
//!
//! Crawlers run no JavaScript, so each language needs a file of its own with its own head:
//! `index.html` (Japanese, the site's fallback and `x-default`) and `en.html` (English); both carry
//! the same body. Every absolute URL here starts with the site's address (`SITE_URL` at build
//! time); the rest of the site stays relative, so it still works under any sub-path.
//!
//! Each embed page comes in both head languages, like the article: `embed-<widget>.html`
//! (Japanese head; the widget follows `?lang=` or the reader's browser) and
//! `embed-<widget>-en.html` (English head, card and oEmbed answer; the widget opens in English).
//! The head matters to a crawler given the page's bare address (oEmbed discovery, a link card):
//! an English blog that embeds the English page gets an English card and title.

pub mod card;
pub mod raster;

use crate::components::embed_dialog::widget_name;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::dataset;
use crate::model::embed::{embed_file, iframe, EmbedWidget, Theme};
use crate::model::lang::Lang;

/// The address a local build uses when `SITE_URL` is not set. The build prints a warning: a
/// card pointing here is useless anywhere but on this machine.
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080/";

/// Card images are 1200×630: Facebook's recommended size, over X's 2:1 minimum, large on Discord.
pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// How long a consumer may cache an oEmbed answer, in seconds (a day; platforms mostly keep
/// previews longer anyway).
pub const OEMBED_CACHE_AGE: u32 = 86_400;

/// The site's address as the build was given it: always `http(s)://host[/path]/`, ending in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl {
    pub url: String,
    /// Whether it is [`DEFAULT_SITE_URL`] because `SITE_URL` was unset or empty.
    pub is_default: bool,
}

impl SiteUrl {
    /// Reads `SITE_URL`'s value: trimmed, a missing trailing slash added. Anything but an
    /// absolute http(s) URL without query or fragment is an error (a card URL must be absolute).
    pub fn parse(raw: Option<&str>) -> Result<SiteUrl, String> {
        let raw = raw.map(str::trim).unwrap_or("");
        if raw.is_empty() {
            return Ok(SiteUrl {
                url: DEFAULT_SITE_URL.into(),
                is_default: true,
            });
        }
        let rest = raw
            .strip_prefix("https://")
            .or_else(|| raw.strip_prefix("http://"))
            .ok_or_else(|| format!("SITE_URL must start with https:// or http://, got {raw:?}"))?;
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() || raw.contains(['?', '#', ' ', '"', '<', '>']) {
            return Err(format!(
                "SITE_URL must be an absolute address like https://example.org/h200/, got {raw:?}"
            ));
        }
        let mut url = raw.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(SiteUrl { url, is_default: false })
    }

    /// `file` (relative to the site) as an absolute URL.
    pub fn join(&self, file: &str) -> String {
        format!("{}{file}", self.url)
    }

    /// The address as shown on a card: without the scheme and the trailing slash.
    pub fn display(&self) -> &str {
        let s = self.url.split_once("://").map_or(self.url.as_str(), |(_, r)| r);
        s.strip_suffix('/').unwrap_or(s)
    }
}

/// A page the build writes, with a head of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The explainer in one language: `index.html` (Japanese) or `en.html`.
    Article(Lang),
    /// One widget's embed page with its head in a language: `embed-<widget>.html` (Japanese) or
    /// `embed-<widget>-en.html` (see the module doc).
    Embed(EmbedWidget, Lang),
}

impl Page {
    /// Every page, in build order.
    pub fn all() -> Vec<Page> {
        let mut out: Vec<Page> = Lang::ALL.into_iter().map(Page::Article).collect();
        for w in EmbedWidget::ALL {
            out.extend(Lang::ALL.into_iter().map(|l| Page::Embed(w, l)));
        }
        out
    }

    /// The page's file in dist/.
    pub fn file(self) -> String {
        match self {
            Page::Article(Lang::Ja) => "index.html".into(),
            Page::Article(Lang::En) => "en.html".into(),
            Page::Embed(w, l) => embed_file(w, l),
        }
    }

    /// Its address: the site's root for the Japanese page (no `index.html`).
    pub fn url(self, site: &SiteUrl) -> String {
        match self {
            Page::Article(Lang::Ja) => site.url.clone(),
            _ => site.join(&self.file()),
        }
    }

    /// The same page with its head in `lang`.
    pub fn in_lang(self, lang: Lang) -> Page {
        match self {
            Page::Article(_) => Page::Article(lang),
            Page::Embed(w, _) => Page::Embed(w, lang),
        }
    }

    /// The language of its head.
    pub fn lang(self) -> Lang {
        match self {
            Page::Article(l) | Page::Embed(_, l) => l,
        }
    }

    /// Its card image in dist/: stable names, so a platform's cached preview of an old share
    /// still finds an image after a new build.
    pub fn card_file(self) -> String {
        match self {
            Page::Article(l) => format!("card-{}.png", l.code()),
            Page::Embed(w, Lang::Ja) => format!("card-{}.png", w.code()),
            Page::Embed(w, l) => format!("card-{}-{}.png", w.code(), l.code()),
        }
    }

    /// Its oEmbed answer in dist/ (embed pages only).
    pub fn oembed_file(self) -> Option<String> {
        match self {
            Page::Embed(w, Lang::Ja) => Some(format!("oembed-{}.json", w.code())),
            Page::Embed(w, l) => Some(format!("oembed-{}-{}.json", w.code(), l.code())),
            Page::Article(_) => None,
        }
    }
}

/// `og:locale` for a language.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "ja_JP",
        Lang::En => "en_US",
    }
}

/// Escapes text for an attribute value in double quotes (or element text).
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The short description of an embeddable widget.
pub fn widget_description(t: &Texts, w: EmbedWidget) -> &'static str {
    lookup(t, &format!("meta.embed.{}", w.code())).unwrap_or_default()
}

/// The page card's stages in words: "more than 2,000,000: ordered by Chinese firms (reported); …".
pub fn funnel_text(t: &Texts, lang: Lang) -> String {
    let Ok(data) = dataset() else { return String::new() };
    data.key_figures
        .iter()
        .map(|f| {
            let value = crate::components::key_figures::value_words(t, lang, f, t.figures_sold_short_bar);
            let short = crate::i18n::lookup(t, &format!("figures.short.{}", f.id)).unwrap_or_default();
            t.fmt_meta_gate_state(short, &value)
        })
        .collect::<Vec<_>>()
        .join(t.meta_gate_state_sep)
}

/// The title, description and image description of a page, in its head's language.
pub struct PageTexts {
    /// `<title>`.
    pub doc_title: String,
    /// `og:title`, `twitter:title`.
    pub title: String,
    pub description: String,
    pub image_alt: String,
}

pub fn page_texts(page: Page) -> PageTexts {
    let lang = page.lang();
    let t = texts(lang);
    match page {
        Page::Article(_) => PageTexts {
            doc_title: t.site_doc_title.into(),
            title: t.lede_headline.into(),
            description: t.lede_dek.into(),
            image_alt: t.fmt_meta_image_alt_page(&funnel_text(t, lang), t.figures_funnel_title),
        },
        Page::Embed(w, _) => {
            let name = widget_name(t, w);
            PageTexts {
                doc_title: t.fmt_embed_frame_title(name),
                title: t.fmt_embed_frame_title(name),
                description: widget_description(t, w).into(),
                image_alt: t.fmt_meta_image_alt_embed(&card::embed_summary(t, lang, w), name),
            }
        }
    }
}

/// The tags for a page's `<head>`, in place of the shell's title: title and description,
/// canonical and language alternates, Open Graph, Twitter, theme colour, and on an embed page
/// oEmbed discovery. One tag a line, for people reading the source.
pub fn head(site: &SiteUrl, page: Page, theme_color: &str) -> String {
    let lang = page.lang();
    let t = texts(lang);
    let p = page_texts(page);
    let url = page.url(site);
    let image = site.join(&page.card_file());
    let mut out = vec![
        format!("<title>{}</title>", esc(&p.doc_title)),
        format!(r#"<meta name="description" content="{}" />"#, esc(&p.description)),
        format!(r#"<link rel="canonical" href="{}" />"#, esc(&url)),
    ];
    // Each page names itself in every language, the Japanese one as the default.
    for l in Lang::ALL {
        out.push(format!(
            r#"<link rel="alternate" hreflang="{}" href="{}" />"#,
            l.code(),
            esc(&page.in_lang(l).url(site))
        ));
    }
    out.push(format!(
        r#"<link rel="alternate" hreflang="x-default" href="{}" />"#,
        esc(&page.in_lang(Lang::Ja).url(site))
    ));
    if let Some(file) = page.oembed_file() {
        out.push(format!(
            r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}" />"#,
            esc(&site.join(&file)),
            esc(&p.title)
        ));
    }
    let og_type = if matches!(page, Page::Article(_)) {
        "article"
    } else {
        "website"
    };
    let mut props = vec![
        ("og:type", og_type.to_string()),
        ("og:site_name", t.site_title.to_string()),
        ("og:title", p.title.clone()),
        ("og:description", p.description.clone()),
        ("og:url", url),
        ("og:image", image.clone()),
        ("og:image:type", "image/png".into()),
        ("og:image:width", CARD_WIDTH.to_string()),
        ("og:image:height", CARD_HEIGHT.to_string()),
        ("og:image:alt", p.image_alt.clone()),
        ("og:locale", locale(lang).into()),
    ];
    for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
        props.push(("og:locale:alternate", locale(other).into()));
    }
    out.extend(
        props
            .into_iter()
            .map(|(k, v)| format!(r#"<meta property="{k}" content="{}" />"#, esc(&v))),
    );
    // X needs twitter:card to show the large image; the rest it would take from og:*, but
    // Slack and Discord read twitter:* too.
    let names = [
        ("twitter:card", "summary_large_image".to_string()),
        ("twitter:title", p.title),
        ("twitter:description", p.description),
        ("twitter:image", image),
        ("twitter:image:alt", p.image_alt),
        ("theme-color", theme_color.to_string()),
    ];
    out.extend(
        names
            .into_iter()
            .map(|(k, v)| format!(r#"<meta name="{k}" content="{}" />"#, esc(&v))),
    );
    out.join("\n    ")
}

/// The oEmbed answer for a widget's embed page with its head in `lang` (a static file: platforms
/// fetch the address they discovered, and a static file ignores the `url`/`maxwidth` they
/// append), its title and fallback link in that language. `html` is the Embed dialog's iframe
/// without its resizer script (WordPress keeps one iframe and no script). From the Japanese page
/// (the address most people copy) it carries no `lang`: pasted by a platform for any audience,
/// the widget follows the reader's browser. From the English page it asks for English: whoever
/// pasted that address chose it.
pub fn oembed(site: &SiteUrl, widget: EmbedWidget, lang: Lang) -> String {
    let page = Page::Embed(widget, lang);
    let p = page_texts(page);
    let t = texts(lang);
    let frame_lang = (lang != Lang::Ja).then_some(lang);
    // WordPress's fallback beside the iframe: a link to the explainer in the page's words. A
    // WordPress that finds it loads its embed script (which sizes the frame to the height it
    // reports) and shows the link until the frame's first message; without it, nothing on
    // the blog listens and the frame keeps its starting height.
    let html = format!(
        "<blockquote><a href=\"{}\">{}</a></blockquote>{}",
        esc(&site.join(&page.file())),
        esc(&p.title),
        iframe(&site.url, widget, frame_lang, Theme::Auto, &[], &p.title)
    );
    serde_json::to_string_pretty(&serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": p.title,
        "html": html,
        "width": 640,
        "height": widget.initial_height(frame_lang),
        "provider_name": t.site_title,
        "provider_url": site.url,
        "thumbnail_url": site.join(&page.card_file()),
        "thumbnail_width": CARD_WIDTH,
        "thumbnail_height": CARD_HEIGHT,
        "cache_age": OEMBED_CACHE_AGE,
    }))
    .expect("oEmbed JSON")
}

/// `sitemap.xml`: the two article pages, each naming the other as its alternate.
pub fn sitemap(site: &SiteUrl, lastmod: &str) -> String {
    let alternates: String = Lang::ALL
        .into_iter()
        .map(|l| {
            format!(
                "\n    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                l.code(),
                esc(&Page::Article(l).url(site))
            )
        })
        .collect::<String>()
        + &format!(
            "\n    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
            esc(&Page::Article(Lang::Ja).url(site))
        );
    let urls: String = Lang::ALL
        .into_iter()
        .map(|l| {
            format!(
                "  <url>\n    <loc>{}</loc>\n    <lastmod>{lastmod}</lastmod>{alternates}\n  </url>\n",
                esc(&Page::Article(l).url(site))
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n{urls}</urlset>\n"
    )
}

/// `robots.txt`: everything may be crawled (link-preview bots obey it too), and where the
/// sitemap is. Only meaningful at the host's root; under a sub-path the host's own applies.
pub fn robots(site: &SiteUrl) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", site.join("sitemap.xml"))
}
