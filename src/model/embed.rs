//! Embedding a widget in someone else's page: which widget, which theme, the iframe URL and
//! the snippet a blogger pastes.

use super::lang::Lang;
use super::query;

/// The widgets that can be embedded on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmbedWidget {
    /// "Where did the 400,000 go?": the page's hero graphic (static HTML, no widget code).
    Funnel,
    Gates,
    Generations,
    Map,
    Hybrid,
    Timeline,
}

impl EmbedWidget {
    pub const ALL: [EmbedWidget; 6] = [
        EmbedWidget::Funnel,
        EmbedWidget::Gates,
        EmbedWidget::Generations,
        EmbedWidget::Map,
        EmbedWidget::Hybrid,
        EmbedWidget::Timeline,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EmbedWidget::Funnel => "funnel",
            EmbedWidget::Gates => "gates",
            EmbedWidget::Generations => "generations",
            EmbedWidget::Map => "map",
            EmbedWidget::Hybrid => "hybrid",
            EmbedWidget::Timeline => "timeline",
        }
    }

    pub fn parse(s: &str) -> Option<EmbedWidget> {
        EmbedWidget::ALL
            .into_iter()
            .find(|w| w.code().eq_ignore_ascii_case(s.trim()))
    }

    /// The section of the full explainer the widget lives in.
    pub fn section(self) -> &'static str {
        match self {
            EmbedWidget::Funnel => "figure-funnel",
            EmbedWidget::Gates => "figure-gates",
            EmbedWidget::Generations | EmbedWidget::Map => "generations",
            EmbedWidget::Hybrid => "domestic-chips",
            EmbedWidget::Timeline => "timeline",
        }
    }

    /// The frame's starting height before it reports its own: its measured height in a 700 px
    /// column (`data/embed_heights.json`), in `lang`, or the larger of the two when the snippet
    /// names no language (the oEmbed answer). 900 if the file lacks the widget.
    pub fn initial_height(self, lang: Option<Lang>) -> u32 {
        // Parsed once for the page's life: every snippet the Embed dialog writes reads it.
        static HEIGHTS: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
        let heights = HEIGHTS
            .get_or_init(|| serde_json::from_str(include_str!("../../data/embed_heights.json")).unwrap_or_default());
        let of = |l: Lang| heights[self.code()][l.code()].as_u64().map(|h| h as u32);
        let h = match lang {
            Some(l) => of(l),
            None => Lang::ALL.into_iter().filter_map(of).max(),
        };
        h.unwrap_or(900)
    }

    /// The parameters each widget keeps its state in (besides `lang` and `theme`).
    pub fn state_keys(self) -> &'static [&'static str] {
        match self {
            EmbedWidget::Funnel => &[],
            EmbedWidget::Gates => &["gates", "at"],
            EmbedWidget::Generations => &["metric", "scale", "rel", "lines"],
            EmbedWidget::Map => &[],
            EmbedWidget::Hybrid => &["count", "share", "domestic", "imported"],
            EmbedWidget::Timeline => &["actors", "period"],
        }
    }
}

/// The colour scheme asked for by `?theme=`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the reader's system setting.
    #[default]
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// Unknown values mean `auto`.
    pub fn parse(s: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.code().eq_ignore_ascii_case(s.trim()))
            .unwrap_or_default()
    }
}

/// The page of the widget next to the explainer at `base` (its address without query or
/// fragment): `embed-<widget>.html`, the same app with that widget prerendered, so it paints
/// before WebAssembly arrives. (`?embed=` on the explainer's own page works too, without the
/// prerender.) Its head (title, card, oEmbed answer) is Japanese; see `embed_page_in`.
pub fn embed_page(base: &str, widget: EmbedWidget) -> String {
    format!("{}{}", dir(base), embed_file(widget, Lang::Ja))
}

/// The widget's page whose head is in `lang`, as `index.html` and `en.html` are for the article:
/// `embed-<widget>.html` (Japanese; the widget follows `?lang=`, the reader's saved choice or
/// browser) and `embed-<widget>-en.html` (English head and card; the widget opens in English
/// unless `?lang=` or a saved choice says otherwise). An English blog that embeds the English
/// widget so gets an English link card and title.
pub fn embed_page_in(base: &str, widget: EmbedWidget, lang: Lang) -> String {
    format!("{}{}", dir(base), embed_file(widget, lang))
}

/// The file name of `widget`'s page with a head in `lang` (see `embed_page_in`).
pub fn embed_file(widget: EmbedWidget, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("embed-{}.html", widget.code()),
        other => format!("embed-{}-{}.html", widget.code(), other.code()),
    }
}

/// The page whose tree is in `lang`, relative to the page that links it: the article's
/// (`./` Japanese, `en.html` English) or one widget's (`embed_file`). The language switch fetches
/// it, and links to it where JavaScript is off.
pub fn page_href(embed: Option<EmbedWidget>, lang: Lang) -> String {
    match (embed, lang) {
        (Some(w), _) => embed_file(w, lang),
        (None, Lang::Ja) => "./".to_string(),
        (None, other) => format!("{}.html", other.code()),
    }
}

/// `base` up to its last `/`: the folder the explainer's files are in.
fn dir(base: &str) -> &str {
    base.rfind('/').map_or(base, |i| &base[..=i])
}

/// The iframe URL: the widget's page (see `embed_page`), in a language and theme, with the
/// widget's state parameters.
pub fn embed_url(base: &str, widget: EmbedWidget, lang: Lang, theme: Theme, state: &[(String, String)]) -> String {
    frame_url(base, widget, Some(lang), theme, state)
}

/// The same, with `lang` left out when `None` (the Japanese page, whose widget then follows the
/// reader's browser); with a language, that language's page (`embed_page_in`).
fn frame_url(base: &str, widget: EmbedWidget, lang: Option<Lang>, theme: Theme, state: &[(String, String)]) -> String {
    let mut pairs = vec![("embed".to_string(), widget.code().to_string())];
    pairs.extend(lang.map(|l| ("lang".to_string(), l.code().to_string())));
    pairs.push(("theme".to_string(), theme.code().to_string()));
    pairs.extend(
        state
            .iter()
            .filter(|(k, _)| widget.state_keys().contains(&k.as_str()))
            .cloned(),
    );
    let page = embed_page_in(base, widget, lang.unwrap_or(Lang::Ja));
    format!("{page}{}", query::serialize(&pairs))
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The ready-to-paste HTML: a lazy, full-width iframe with a title, and the resizer script.
pub fn snippet(
    base: &str,
    widget: EmbedWidget,
    lang: Lang,
    theme: Theme,
    state: &[(String, String)],
    title: &str,
) -> String {
    format!(
        "{}\n<script src=\"{}\" defer></script>",
        iframe(base, widget, Some(lang), theme, state, title),
        attr(&format!("{}embed.js", dir(base)))
    )
}

/// The snippet's iframe alone (what an oEmbed answer carries: platforms keep one iframe and no
/// script); without `lang` when `lang` is `None`.
pub fn iframe(
    base: &str,
    widget: EmbedWidget,
    lang: Option<Lang>,
    theme: Theme,
    state: &[(String, String)],
    title: &str,
) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{}\" scrolling=\"no\" \
         style=\"width: 100%; border: 0;\"></iframe>",
        attr(&frame_url(base, widget, lang, theme, state)),
        attr(title),
        widget.initial_height(lang),
    )
}

/// The message a frame posts to its parent so the iframe can be sized to `height` pixels:
/// Datawrapper's format and AMP's, which blog platforms already understand.
pub fn height_messages(widget: EmbedWidget, height: u32) -> [String; 2] {
    [
        format!("{{\"datawrapper-height\":{{\"h200-{}\":{height}}}}}", widget.code()),
        format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
    ]
}

/// The height message WordPress's embed script reads (it clamps the height to 200–1000 px).
/// `secret` is what WordPress appended to the frame's address (`#?secret=abcDEF1234`); the page
/// script sends it only if it is 1–64 letters and digits, so it needs no escaping.
pub fn wordpress_message(secret: &str, height: u32) -> String {
    format!("{{\"message\":\"height\",\"value\":{height},\"secret\":\"{secret}\"}}")
}
