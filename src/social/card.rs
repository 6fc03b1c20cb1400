//! The card images as SVG, 1200×630, drawn from the same data and texts as the page, in the
//! design tokens' light colours. The page card: the headline and where the gates stand today
//! (the lede graphic, `sections::lede::GatesToday`). An embed card: the widget's name, what it
//! shows, and its drawing: for the gates, the app's own SVG diagram (taken from the embed page's
//! prerender, styled by the diagram's rules in `style/main.css`); for the charts, ECharts' own
//! drawing of the chart's first state, made at build time in Node (`prerender::draw_charts`);
//! the timeline strip (CSS-positioned) cannot be drawn without a browser, so it is a simplified
//! drawing of the same model data, and the card says so.
//!
//! Text is wrapped here (SVG has no wrapping), measured in the real faces (`raster::Fonts`):
//! English at spaces, Japanese between any two characters except where the line-breaking rules
//! (kinsoku) forbid it, preferring a break after 、。 or a closing bracket.

use super::raster::{Face, Fonts, JA, SANS, SERIF};
use super::{esc, widget_description, Page, SiteUrl, CARD_HEIGHT, CARD_WIDTH};
use crate::components::embed_dialog::widget_name;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::{dataset, Confidence, Dataset};
use crate::model::embed::EmbedWidget;
use crate::model::format;
use crate::model::gates::{GatePreset, DEFAULT_PRESET};
use crate::model::lang::Lang;
use crate::model::timeline::{self, Period};
use std::collections::HashMap;

/// The light design tokens (`--name: value;` of the first `:root` block of style/tokens.css).
pub fn tokens() -> HashMap<String, String> {
    crate::components::palette::css_block(include_str!("../../style/tokens.css"), ":root {")
        .unwrap_or_default()
        .into_iter()
        .collect()
}

/// A drawing context: the tokens, the fonts and the language.
struct Ctx<'a> {
    tok: HashMap<String, String>,
    fonts: &'a Fonts,
}

impl Ctx<'_> {
    fn c(&self, name: &str) -> &str {
        self.tok.get(name).map_or("#000000", String::as_str)
    }
}

fn sans(lang: Lang, bold: bool) -> Face {
    Face {
        family: if lang == Lang::Ja { JA } else { SANS },
        bold,
    }
}

fn head_face(lang: Lang) -> Face {
    Face {
        family: if lang == Lang::Ja { JA } else { SERIF },
        bold: true,
    }
}

/// Characters that may not start a line (closing brackets, small kana, punctuation).
fn no_start(c: char) -> bool {
    "、。，．・：；？！）」』】〕〉》”’ー…ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻%％,.)".contains(c)
}

/// Characters that may not end a line (opening brackets).
fn no_end(c: char) -> bool {
    "（「『【〔〈《“‘(".contains(c)
}

/// The units a line may break between: words with their following spaces in English; in
/// Japanese single characters, runs of Latin letters and digits, and punctuation kept with its
/// neighbour by kinsoku.
fn units(text: &str, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if lang == Lang::En {
        for word in text.split_inclusive(' ') {
            out.push(word.to_string());
        }
        return out;
    }
    let mut glue_next = false;
    for c in text.chars() {
        let latin = c.is_ascii_alphanumeric();
        let join = match out.last() {
            None => false,
            Some(last) => {
                let prev = last.chars().last().unwrap_or(' ');
                glue_next
                    || no_start(c)
                    || (latin && prev.is_ascii_alphanumeric())
                    || (prev.is_ascii_digit() && "年月日倍個件台社点万億".contains(c))
            }
        };
        if join {
            out.last_mut().expect("a unit").push(c);
        } else {
            out.push(c.to_string());
        }
        glue_next = no_end(c);
    }
    out
}

/// A good place to end a Japanese line: after a comma, a full stop or a closing bracket (or
/// before an opening one, see `wrap`).
fn good_end(unit: &str) -> bool {
    unit.ends_with(['、', '。', '」', '）', '』'])
}

/// Whether a line break between these two units would fall inside a kanji compound.
fn splits_word(before: Option<&str>, after: &str) -> bool {
    let kanji = |c: Option<char>| c.is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '々');
    kanji(before.and_then(|b| b.chars().last())) && kanji(after.chars().next())
}

/// Wraps `text` into lines no wider than `max` px.
fn wrap(fonts: &Fonts, text: &str, face: Face, size: f32, max: f32, lang: Lang) -> Vec<String> {
    let units = units(text, lang);
    let mut lines: Vec<Vec<String>> = vec![Vec::new()];
    for u in units {
        let line = lines.last_mut().expect("a line");
        let candidate: String = line.concat() + &u;
        if line.is_empty() || fonts.width(candidate.trim_end(), face, size) <= max {
            line.push(u);
            continue;
        }
        // Over the width: in Japanese, go back to the last good end if it keeps at least 40 % of
        // the line, so lines end at a phrase rather than mid-word.
        let mut carry = Vec::new();
        if lang == Lang::Ja {
            let good =
                |i: usize| good_end(&line[i]) || line.get(i + 1).is_some_and(|n| n.starts_with(['（', '「', '『']));
            if let Some(i) = (0..line.len()).rev().find(|&i| good(i)) {
                let kept: String = line[..=i].concat();
                if i + 1 < line.len() && fonts.width(&kept, face, size) >= 0.4 * max {
                    carry = line.split_off(i + 1);
                }
            }
            // No phrase end: at least not between two kanji, which would split a word (少／量).
            if carry.is_empty() && splits_word(line.last().map(String::as_str), &u) {
                let soft = |i: usize| !splits_word(Some(&line[i]), &line[i + 1]);
                if let Some(i) = (0..line.len().saturating_sub(1)).rev().find(|&i| soft(i)) {
                    let kept: String = line[..=i].concat();
                    if fonts.width(&kept, face, size) >= 0.4 * max {
                        carry = line.split_off(i + 1);
                    }
                }
            }
        }
        carry.push(u);
        lines.push(carry);
    }
    lines
        .into_iter()
        .map(|l| l.concat().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The largest of `sizes` at which `text` fits in `max_lines` lines of `max` px (the smallest
/// size otherwise, cut to `max_lines` with an ellipsis, which the tests rule out for our texts).
fn fit(ctx: &Ctx, text: &str, face: Face, sizes: &[f32], max: f32, max_lines: usize, lang: Lang) -> (f32, Vec<String>) {
    for &size in sizes {
        let lines = wrap(ctx.fonts, text, face, size, max, lang);
        if lines.len() <= max_lines {
            return (size, lines);
        }
    }
    let size = *sizes.last().expect("a size");
    let mut lines = wrap(ctx.fonts, text, face, size, max, lang);
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        last.push('…');
    }
    (size, lines)
}

/// Lines of text from baseline `y`, `lead` px apart.
#[allow(clippy::too_many_arguments)]
fn text_lines(x: f32, y: f32, lines: &[String], size: f32, lead: f32, face: Face, fill: &str, lang: Lang) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                r#"<text x="{x}" y="{}" font-family="{}" font-size="{size}" font-weight="{}" fill="{fill}" xml:lang="{}">{}</text>"#,
                y + i as f32 * lead,
                face.family,
                if face.bold { 700 } else { 400 },
                lang.code(),
                esc(l)
            )
        })
        .collect()
}

/// One line, anchored (`start`, `middle`, `end`).
#[allow(clippy::too_many_arguments)]
fn label(x: f32, y: f32, text: &str, size: f32, face: Face, fill: &str, anchor: &str, lang: Lang) -> String {
    format!(
        r#"<text x="{x}" y="{y}" font-family="{}" font-size="{size}" font-weight="{}" fill="{fill}" text-anchor="{anchor}" xml:lang="{}">{}</text>"#,
        face.family,
        if face.bold { 700 } else { 400 },
        lang.code(),
        esc(text)
    )
}

/// The frame every card shares: the page background, the H200's highlight bar at the top, and
/// the site's address at the foot.
fn frame(ctx: &Ctx, site: &SiteUrl, lang: Lang, body: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH}" height="{CARD_HEIGHT}" viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}"><rect width="100%" height="100%" fill="{bg}"/><rect width="100%" height="10" fill="{hi}"/>{body}<line x1="64" x2="1136" y1="560" y2="560" stroke="{border}" stroke-width="2"/>{url}</svg>"#,
        bg = ctx.c("bg"),
        hi = ctx.c("highlight"),
        border = ctx.c("border"),
        url = label(
            64.0,
            598.0,
            site.display(),
            22.0,
            sans(lang, true),
            ctx.c("accent"),
            "start",
            lang
        ),
    )
}

/// The page card in `lang`.
pub fn page_card(site: &SiteUrl, lang: Lang, fonts: &Fonts) -> String {
    let ctx = Ctx { tok: tokens(), fonts };
    let t = texts(lang);
    let mut body = String::new();
    body += &label(
        64.0,
        70.0,
        t.site_title,
        24.0,
        sans(lang, true),
        ctx.c("muted"),
        "start",
        lang,
    );
    // The funnel is the page's picture: its finding as the card's headline, then its stages.
    let (size, lines) = fit(
        &ctx,
        t.figures_funnel_title,
        head_face(lang),
        &[50.0, 46.0, 42.0],
        1072.0,
        2,
        lang,
    );
    body += &text_lines(
        64.0,
        80.0 + size * 1.1,
        &lines,
        size,
        size * 1.22,
        head_face(lang),
        ctx.c("text"),
        lang,
    );
    body += &funnel_rows(
        &ctx,
        t,
        lang,
        80.0 + size * 1.1 + size * 1.22 * (lines.len() as f32 - 1.0) + 34.0,
    );
    frame(&ctx, site, lang, &body)
}

/// The funnel's stages, one row each from `top`: the hedged number and a short caption on the
/// left, the bar on one scale on the right, drawn by evidence as on the page (solid on the
/// record, hatched reported, a dashed outline for the conflicting figure).
fn funnel_rows(ctx: &Ctx, t: &Texts, lang: Lang, top: f32) -> String {
    let Ok(data) = dataset() else { return String::new() };
    let figures = &data.key_figures;
    use crate::components::key_figures::{scale_max, value_words, zoom};
    let zoom_words = t.fmt_figures_zoom_short(&crate::model::format::count(lang, zoom(figures)));
    let row = ((555.0 - top) / figures.len() as f32).min(56.0);
    let (bar_x, bar_w) = (420.0, 716.0);
    let ink = ctx.c("text");
    let mut out = format!(
        r#"<defs><pattern id="card-hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" fill="{}"/><path d="M0 0 V7" stroke="{ink}" stroke-width="2.5"/></pattern></defs>"#,
        ctx.c("bg")
    );
    for (i, f) in figures.iter().enumerate() {
        let y = top + i as f32 * row;
        let max = scale_max(figures, f.per_buyer) as f32;
        let value = value_words(t, lang, f, t.figures_sold_value);
        let short = lookup(t, &format!("figures.short.{}", f.id)).unwrap_or_default();
        out += &label(64.0, y + 22.0, &value, 26.0, sans(lang, true), ink, "start", lang);
        out += &label(
            64.0,
            y + 44.0,
            short,
            17.0,
            sans(lang, false),
            ctx.c("muted"),
            "start",
            lang,
        );
        let bar_y = y + 6.0;
        if let Some(c) = &f.conflict {
            let w = (c.value as f32 / max * bar_w).max(3.0);
            out += &format!(
                r#"<rect x="{bar_x}" y="{bar_y}" width="{w}" height="26" fill="none" stroke="{}" stroke-width="2" stroke-dasharray="5 4"/>"#,
                ctx.c("muted")
            );
        }
        match f.value {
            Some(v) => {
                let w = (v as f32 / max * bar_w).max(3.0);
                let fill = match f.status {
                    Confidence::Official | Confidence::Calculated => ink.to_string(),
                    _ => "url(#card-hatch)".to_string(),
                };
                out += &format!(
                    r#"<rect x="{bar_x}" y="{bar_y}" width="{w}" height="26" fill="{fill}" stroke="{ink}" stroke-width="2"/>"#
                );
                // The per-buyer bars are magnified, as on the page, and say by how much.
                if f.per_buyer {
                    let end = bar_x + f.conflict.as_ref().map_or(w, |c| (c.value as f32 / max * bar_w).max(w));
                    let muted = ctx.c("muted");
                    out += &label(
                        end + 12.0,
                        y + 25.0,
                        &zoom_words,
                        17.0,
                        sans(lang, false),
                        muted,
                        "start",
                        lang,
                    );
                }
            }
            None => {
                // No number on the record: a solid mark with a question, then the words.
                out += &format!(r#"<rect x="{bar_x}" y="{bar_y}" width="26" height="26" fill="{ink}"/>"#);
                out += &label(
                    bar_x + 13.0,
                    bar_y + 20.0,
                    "?",
                    20.0,
                    sans(lang, true),
                    ctx.c("bg"),
                    "middle",
                    lang,
                );
                out += &label(
                    bar_x + 38.0,
                    y + 26.0,
                    t.figures_no_number,
                    20.0,
                    sans(lang, false),
                    ctx.c("muted"),
                    "start",
                    lang,
                );
            }
        }
    }
    out
}

/// The dated moment the gates embed opens on (the source article's).
fn default_preset(data: &Dataset) -> Option<&GatePreset> {
    data.gate_presets.iter().find(|p| p.id == DEFAULT_PRESET)
}

/// What an embed card says under the widget's name (and its image description): the finding,
/// where the widget states one, or what it shows.
pub fn embed_summary(t: &Texts, lang: Lang, w: EmbedWidget) -> String {
    let Ok(data) = dataset() else {
        return widget_description(t, w).into();
    };
    match w {
        EmbedWidget::Funnel => t.figures_funnel_title.into(),
        EmbedWidget::Gates => default_preset(data)
            .map(|p| {
                let moment = lookup(t, &format!("gates.preset.{}", p.id)).unwrap_or_default();
                t.fmt_gates_as_of(&format::date(lang, &p.date), moment)
            })
            .unwrap_or_else(|| widget_description(t, w).into()),
        EmbedWidget::Generations => crate::widgets::ladder::ladder_headline(t, data),
        EmbedWidget::Map => crate::widgets::chip_map::map_headline(t, data),
        EmbedWidget::Hybrid => t.hybrid_chart_title.into(),
        EmbedWidget::Timeline => widget_description(t, w).into(),
    }
}

/// An embed card in `lang`, its page's head language (`social` module doc), with the widget's
/// name in the other language under it for readers of that one.
pub fn embed_card(site: &SiteUrl, w: EmbedWidget, lang: Lang, fonts: &Fonts) -> String {
    // The funnel's embed is the page's own hero graphic: the same card.
    if w == EmbedWidget::Funnel {
        return page_card(site, lang, fonts);
    }
    let ctx = Ctx { tok: tokens(), fonts };
    let t = texts(lang);
    let other_lang = if lang == Lang::Ja { Lang::En } else { Lang::Ja };
    let other = texts(other_lang);
    let col = 480.0;
    let mut body = String::new();
    let (ks, kicker) = fit(&ctx, t.site_title, sans(lang, true), &[22.0, 19.0], col, 1, lang);
    body += &text_lines(64.0, 70.0, &kicker, ks, ks, sans(lang, true), ctx.c("muted"), lang);
    let (size, lines) = fit(
        &ctx,
        widget_name(t, w),
        head_face(lang),
        &[52.0, 46.0, 40.0],
        col,
        2,
        lang,
    );
    let mut y = 84.0 + size;
    body += &text_lines(64.0, y, &lines, size, size * 1.2, head_face(lang), ctx.c("text"), lang);
    y += (lines.len() as f32 - 1.0) * size * 1.2 + 40.0;
    body += &label(
        64.0,
        y,
        widget_name(other, w),
        24.0,
        sans(other_lang, false),
        ctx.c("muted"),
        "start",
        other_lang,
    );
    y += 52.0;
    // The gate diagram is the page's own SVG, the charts ECharts' drawings from the build; only
    // the timeline is drawn again here, simplified.
    let drawing = chart_drawing_of(w, lang);
    let simplified = w != EmbedWidget::Gates && drawing.is_none();
    let room = if simplified { 470.0 } else { 530.0 } - y;
    let summary = embed_summary(t, lang, w);
    let sizes = [26.0, 24.0, 22.0, 20.0];
    let (ssize, slines) = sizes
        .iter()
        .map(|&s| (s, wrap(fonts, &summary, sans(lang, false), s, col, lang)))
        .find(|(s, l)| l.len() as f32 * s * 1.5 <= room)
        .unwrap_or_else(|| {
            fit(
                &ctx,
                &summary,
                sans(lang, false),
                &[20.0],
                col,
                (room / 30.0) as usize,
                lang,
            )
        });
    body += &text_lines(
        64.0,
        y,
        &slines,
        ssize,
        ssize * 1.5,
        sans(lang, false),
        ctx.c("text"),
        lang,
    );
    if simplified {
        let (ns, note) = fit(&ctx, t.meta_simplified, sans(lang, false), &[18.0, 16.0], col, 2, lang);
        body += &text_lines(
            64.0,
            510.0,
            &note,
            ns,
            ns * 1.35,
            sans(lang, false),
            ctx.c("muted"),
            lang,
        );
    }
    let (x, y, w_, h) = (584.0, 40.0, 552.0, 500.0);
    body += &match (w, drawing) {
        (_, Some(svg)) => chart_drawing(&ctx, &svg, lang, x, y, w_, h),
        (EmbedWidget::Gates, None) => gate_diagram(&ctx, lang, x, y, w_, h),
        // A chart's card is its build-time drawing (the prerender gives it before drawing the
        // cards: `use_chart_drawing`); without one, the box stays empty rather than a stand-in.
        (EmbedWidget::Generations | EmbedWidget::Map | EmbedWidget::Hybrid, None) => String::new(),
        (EmbedWidget::Timeline, None) => timeline_strip(&ctx, t, lang, x, y, w_, h),
        // Drawn by `page_card` (see `card_svg`).
        (EmbedWidget::Funnel, None) => String::new(),
    };
    frame(&ctx, site, lang, &body)
}

/// A page's card.
pub fn card_svg(site: &SiteUrl, page: Page, fonts: &Fonts) -> String {
    match page {
        Page::Article(lang) => page_card(site, lang, fonts),
        Page::Embed(w, lang) => embed_card(site, w, lang, fonts),
    }
}

/// The gate diagram's rules from `style/main.css` (those for `.gate-pipe …`, `.leg…` and
/// `.arrow-head`, outside any media query), with the light tokens put in for `var(--…)` and
/// only the properties usvg draws kept: the card shows the diagram as the page styles it.
pub fn gate_css(tok: &HashMap<String, String>) -> String {
    let css = include_str!("../../style/main.css");
    let keep = [
        "fill",
        "stroke",
        "stroke-width",
        "stroke-dasharray",
        "stroke-linecap",
        "font-size",
        "font-weight",
    ];
    let mut out = String::new();
    let (mut depth, mut i) = (0usize, 0usize);
    let bytes = css.as_bytes();
    let mut start = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = css[i..].find("*/").map_or(bytes.len(), |j| i + j + 2);
                if depth == 0 {
                    start = i;
                }
                continue;
            }
            b'{' => {
                if depth == 0 {
                    let selector = css[start..i].trim();
                    let end = css[i..].find('}').map_or(bytes.len(), |j| i + j);
                    let wanted = !selector.starts_with('@')
                        && selector.split(',').all(|s| {
                            let s = s.trim();
                            s.starts_with(".gate-pipe ") || s.starts_with(".leg") || s == ".arrow-head"
                        });
                    if wanted {
                        let decls: Vec<String> = css[i + 1..end]
                            .split(';')
                            .filter_map(|d| {
                                let (k, v) = d.split_once(':')?;
                                let k = k.trim();
                                keep.contains(&k)
                                    .then(|| format!("{k}:{}", resolve_vars(v.trim(), tok)))
                            })
                            .collect();
                        out += &format!("{selector}{{{}}}", decls.join(";"));
                    }
                }
                depth += 1;
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    start = i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn resolve_vars(value: &str, tok: &HashMap<String, String>) -> String {
    let mut out = value.to_string();
    while let Some(i) = out.find("var(--") {
        let Some(j) = out[i..].find(')') else { break };
        let name = &out[i + 6..i + j];
        let colour = tok.get(name).cloned().unwrap_or_else(|| "#000000".into());
        out.replace_range(i..=i + j, &colour);
    }
    out
}

thread_local! {
    /// The chart embeds' build-time drawings at the card's size (`prerender::draw_charts`), set
    /// by the prerender before it draws the cards.
    static CHART_DRAWINGS: std::cell::RefCell<HashMap<(EmbedWidget, Lang), String>> = std::cell::RefCell::new(HashMap::new());
}

/// Gives the `lang` card of embed `w` the real chart: ECharts' drawing of its first state in
/// that language.
pub fn use_chart_drawing(w: EmbedWidget, lang: Lang, svg: &str) {
    CHART_DRAWINGS.with(|d| d.borrow_mut().insert((w, lang), svg.to_string()));
}

fn chart_drawing_of(w: EmbedWidget, lang: Lang) -> Option<String> {
    CHART_DRAWINGS.with(|d| d.borrow().get(&(w, lang)).cloned())
}

/// ECharts' SVG of a chart, placed in the box: its colours (CSS custom properties, so that on the
/// page it follows light and dark) set to the light tokens, its text in the card's face.
fn chart_drawing(ctx: &Ctx, svg: &str, lang: Lang, x: f32, y: f32, w: f32, h: f32) -> String {
    let family = if lang == Lang::Ja { JA } else { SANS };
    resolve_vars(svg, &ctx.tok)
        .replace("font-family:inherit", &format!("font-family:'{family}'"))
        .replacen(
            "<svg ",
            &format!(r#"<svg x="{x}" y="{y}" width="{w}" height="{h}" preserveAspectRatio="xMidYMid meet" "#),
            1,
        )
}

/// The app's gate diagram as the gates embed opens (the embed page's prerender in `lang`),
/// scaled into the box.
fn gate_diagram(ctx: &Ctx, lang: Lang, x: f32, y: f32, w: f32, h: f32) -> String {
    let html = crate::prerender::render_embed(lang, EmbedWidget::Gates);
    let Some(svg) = extract_gate_svg(&html) else {
        return String::new();
    };
    let family = if lang == Lang::Ja { JA } else { SANS };
    // The outer <svg> gets the box; its viewBox keeps the drawing's proportions. The chip token
    // is placed by a CSS transform (so that it can slide), which the card's renderer does not
    // read: a still card shows the route without it.
    // (Found by its class wherever that stands among the attributes: Leptos writes it last, and
    // a search for `<rect class=` once left the token as a black square on the card.)
    let token = svg.find(r#"class="chip-token""#).and_then(|i| svg[..i].rfind("<rect"));
    let svg = match (token, svg.rfind("</svg>")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &svg[..a], &svg[b..]),
        _ => svg,
    };
    let svg = svg.replacen(
        "<svg ",
        &format!(
            r#"<svg x="{x}" y="{y}" width="{w}" height="{h}" font-family="{family}" preserveAspectRatio="xMidYMid meet" "#
        ),
        1,
    );
    let style = format!("<style>{}</style>", gate_css(&ctx.tok));
    // An empty marker-end (an idle leg) is invalid SVG; the browser ignores it, usvg may not.
    let svg = svg.replace(r#" marker-end="""#, "");
    let close = svg.find('>').map_or(0, |i| i + 1);
    format!("{}{style}{}", &svg[..close], &svg[close..])
}

/// The `<svg … class="gate-svg" …>…</svg>` in a rendered page, if any.
pub fn extract_gate_svg(html: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = html[from..].find("<svg") {
        let start = from + i;
        let tag_end = start + html[start..].find('>')?;
        if html[start..tag_end].contains(r#"class="gate-pipe gate-svg""#) {
            let end = start + html[start..].find("</svg>")? + "</svg>".len();
            return Some(html[start..end].to_string());
        }
        from = tag_end;
    }
    None
}

/// The timeline strip, simplified: the events of the whole period as dots in their actor's lane
/// (stacked where they would collide, as the app's wide layout does), coloured by confidence,
/// with the years and the source article's date.
fn timeline_strip(ctx: &Ctx, t: &Texts, lang: Lang, x: f32, y: f32, w: f32, h: f32) -> String {
    let Ok(data) = dataset() else { return String::new() };
    let s = timeline::strip(&data.timeline, &data.article.date, Period::All);
    let lane_gap = 18.0;
    let row = 15.0;
    let rows: Vec<f32> = s.rows[1].iter().map(|&r| r.max(1) as f32).collect();
    let lanes_h: f32 = rows.iter().map(|r| 34.0 + r * row).sum::<f32>() + lane_gap * 2.0;
    let scale = ((h - 60.0) / lanes_h).min(1.6);
    let mut out = String::new();
    let mut top = y + 10.0;
    let axis_bottom = y + 10.0 + lanes_h * scale;
    let fx = |v: f64| x + 8.0 + v as f32 * (w - 16.0);
    for tick in &s.ticks {
        let tx = fx(tick.x);
        out += &format!(
            r#"<line x1="{tx}" x2="{tx}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>"#,
            y,
            axis_bottom,
            ctx.c("border")
        );
        out += &label(
            tx,
            axis_bottom + 26.0,
            &tick.iso,
            17.0,
            sans(lang, false),
            ctx.c("muted"),
            "middle",
            lang,
        );
    }
    if let Some(ax) = s.article_x {
        let ax = fx(ax);
        out += &format!(
            r#"<line x1="{ax}" x2="{ax}" y1="{y}" y2="{axis_bottom}" stroke="{}" stroke-width="2.5" stroke-dasharray="6 4"/>"#,
            ctx.c("highlight")
        );
        let text = t.fmt_timeline_article_rule(&format::date(lang, &data.article.date));
        out += &label(
            ax - 6.0,
            axis_bottom + 50.0,
            &text,
            17.0,
            sans(lang, true),
            ctx.c("text"),
            "end",
            lang,
        );
    }
    for (k, actor) in crate::model::data::Actor::ALL.into_iter().enumerate() {
        let lane_label = lookup(
            t,
            &format!(
                "timeline.actor.{}",
                match actor {
                    crate::model::data::Actor::Us => "us",
                    crate::model::data::Actor::China => "china",
                    crate::model::data::Actor::Industry => "industry",
                }
            ),
        )
        .unwrap_or_default();
        out += &label(
            x + 8.0,
            top + 20.0,
            lane_label,
            18.0,
            sans(lang, true),
            ctx.c("muted"),
            "start",
            lang,
        );
        out += &format!(
            r#"<line x1="{x}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="2"/>"#,
            x + w,
            top + 28.0,
            top + 28.0,
            ctx.c("border")
        );
        let first = top + 34.0 * scale + 6.0;
        for dot in s
            .dots
            .iter()
            .filter(|d| timeline::lane(data.timeline[d.index].actor) == k)
        {
            let e = &data.timeline[dot.index];
            let token = match e.status {
                Confidence::Official => "official",
                Confidence::Reported => "reported",
                Confidence::Estimate | Confidence::Calculated => "estimate",
                Confidence::Unverified | Confidence::Denied => "unverified",
            };
            let c = ctx.c(token).to_string();
            let style = match e.status {
                Confidence::Official => format!(r#"fill="{c}""#),
                Confidence::Unverified | Confidence::Denied => format!(
                    r#"fill="{}" stroke="{c}" stroke-width="2" stroke-dasharray="2 2""#,
                    ctx.c("bg")
                ),
                _ => format!(r#"fill="{}" stroke="{c}" stroke-width="2.5""#, ctx.c("bg")),
            };
            out += &format!(
                r#"<circle class="card-dot" cx="{}" cy="{}" r="{}" {style}/>"#,
                fx(dot.x),
                first + dot.row[1] as f32 * row * scale,
                5.5 * scale.min(1.3)
            );
        }
        top += (34.0 + rows[k] * row) * scale + lane_gap * scale;
    }
    out
}
