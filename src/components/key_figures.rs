//! The page's hero graphic: "Where did the 400,000 go?" — the reported orders and approvals
//! down to what Nvidia's own filing says was sold, one bar per stage on one scale. Each stage is
//! drawn by its evidence (solid on the record, hatched reported), says its hedge in words, cites
//! its source, names the gate that narrowed it, and shows a conflicting figure beside its own
//! (75,000 vs 100,000 per buyer) instead of choosing one. Article text: plain HTML written at
//! build time, the same without JavaScript; it needs no code in the browser.

use crate::components::rich::rich_view;
use crate::components::source_line::ConfidenceBadge;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::{dataset, Confidence, KeyFigure, Qualifier};
use crate::model::format;
use crate::model::lang::Lang;
use crate::use_lang;
use leptos::prelude::*;

/// `40万超` / `more than 400,000`.
pub fn hedged(t: &Texts, lang: Lang, value: f64, q: Qualifier) -> String {
    let n = format::count(lang, value);
    match q {
        Qualifier::MoreThan => t.fmt_figures_more_than(&n),
        Qualifier::About => t.fmt_figures_about(&n),
        Qualifier::UpTo => t.fmt_figures_up_to(&n),
    }
}

/// The stage's words under its number: its label, with its source cited.
pub fn stage_label(t: &Texts, f: &KeyFigure) -> String {
    lookup(t, &format!("figures.{}", f.id)).unwrap_or_default().to_string()
}

/// "narrowed at gate 2 (China's approval and customs)".
fn gate_note(t: &Texts, gate: &str) -> String {
    match gate {
        "us" => t.fmt_figures_gate(t.gates_g1_ref),
        "china" => t.fmt_figures_gate(t.gates_g2_ref),
        "contracts" => t.fmt_figures_gate(t.gates_g3_ref),
        _ => t.figures_gate_all.to_string(),
    }
}

/// The bar's class: its evidence by fill (solid, hatched), never by hue alone.
fn bar_class(status: Confidence) -> &'static str {
    match status {
        Confidence::Official | Confidence::Calculated => "funnel__bar funnel__bar--official",
        Confidence::Reported | Confidence::Estimate => "funnel__bar funnel__bar--reported",
        _ => "funnel__bar funnel__bar--unverified",
    }
}

/// Per cent of the largest figure, with a floor so that a small stage still shows a sliver.
fn share(value: f64, max: f64) -> String {
    format!("width:{:.2}%", (value / max * 100.0).max(0.6))
}

/// The largest figure among the all-buyers stages or the per-buyer ones, conflicting figures
/// included (0 if none).
fn largest(figures: &[KeyFigure], per_buyer: bool) -> f64 {
    figures
        .iter()
        .filter(|f| f.per_buyer == per_buyer)
        .flat_map(|f| f.value.into_iter().chain(f.conflict.as_ref().map(|c| c.value)))
        .fold(0.0, f64::max)
}

/// The full width of a stage's scale: the largest all-buyers figure, and for the per-buyer
/// stages that divided by `zoom`. On one scale they would be slivers of 0.5–5 %, so they are
/// magnified, and say so.
pub fn scale_max(figures: &[KeyFigure], per_buyer: bool) -> f64 {
    let full = largest(figures, false).max(1.0);
    if per_buyer {
        full / zoom(figures)
    } else {
        full
    }
}

/// How much larger the per-buyer stages are drawn: as much as makes their largest figure (the
/// FT's 100,000) as long as the all-buyers stage above them (400,000), so that the funnel never
/// widens again where the story narrows (4 here; the design review found 20 read as growth).
pub fn zoom(figures: &[KeyFigure]) -> f64 {
    let first = figures.iter().position(|f| f.per_buyer);
    let above = first.and_then(|i| figures[..i].iter().rev().find_map(|f| f.value));
    let most = largest(figures, true);
    match above {
        Some(a) if most > 0.0 => (a / most).floor().max(1.0),
        _ => 1.0,
    }
}

/// A stage's number in words, or `none` where the record gives no number.
pub fn value_words(t: &Texts, lang: Lang, f: &KeyFigure, none: &str) -> String {
    match f.value {
        Some(v) => hedged(t, lang, v, f.qualifier),
        None => none.to_string(),
    }
}

#[component]
pub fn Funnel() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let t = texts(lang);
    let Ok(data) = dataset() else { return ().into_any() };
    let figures = &data.key_figures;
    let zoom_at = figures.iter().position(|f| f.per_buyer);
    let stages = figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let max = scale_max(figures, f.per_buyer);
            let value = value_words(t, lang, f, t.figures_sold_value);
            // Where the scale changes, the reader is told, above the first magnified bar.
            let zoom_note = (Some(i) == zoom_at).then(|| {
                view! { <p class="funnel__zoom">{t.fmt_figures_zoom(&format::count(lang, zoom(figures)))}</p> }
            });
            // The record gives no number: a solid mark with a question, not a bar of any length.
            let unknown = f.value.is_none().then(|| {
                view! {
                    <span class="funnel__track funnel__track--unknown">
                        <span class="funnel__unknown" aria-hidden="true">"?"</span>
                        <span class="funnel__no-number">{t.figures_no_number}</span>
                    </span>
                }
            });
            let bar = f.value.map(|v| {
                let ghost = f.conflict.as_ref().map(|c| {
                    view! { <span class="funnel__bar funnel__bar--conflict" style=share(c.value, max)></span> }
                });
                view! {
                    <span class="funnel__track" aria-hidden="true">
                        {ghost}
                        <span class=bar_class(f.status) style=share(v, max)></span>
                    </span>
                }
            });
            let conflict = f.conflict.as_ref().map(|c| {
                let n = format::count(lang, c.value);
                view! {
                    <span class="funnel__conflict">
                        {rich_view(t, &format!("{}[[{}]]", t.fmt_figures_conflict(&n), c.source))}
                        " " <ConfidenceBadge confidence=c.status/>
                    </span>
                }
            });
            view! {
                <li
                    class=match (f.value.is_none(), f.per_buyer) {
                        (true, _) => "funnel__stage funnel__stage--words",
                        (false, true) => "funnel__stage funnel__stage--zoomed",
                        _ => "funnel__stage",
                    }
                    id=format!("figure-{}", f.id)
                    data-gate=f.gate.clone()
                >
                    {zoom_note}
                    <p class="funnel__head">
                        <span class="funnel__value">{value}</span>
                        {f.per_buyer.then(|| view! { <span class="funnel__per">{t.figures_per_buyer}</span> })}
                        " " <ConfidenceBadge confidence=f.status/>
                    </p>
                    {bar}
                    {unknown}
                    <p class="funnel__label">
                        {rich_view(t, &format!("{}[[{}]]", stage_label(t, f), f.source))}
                        {conflict.map(|c| view! { " " {c} })}
                        " "
                        <a class="funnel__gate" href="#figure-gates">{gate_note(t, &f.gate)}</a>
                    </p>
                </li>
            }
        })
        .collect_view();
    let embed = use_context::<crate::components::rich::InEmbed>()
        .is_none()
        .then(|| view! { <EmbedCode/> });
    view! {
        <figure class="figure funnel" id="figure-funnel" aria-labelledby="funnel-title">
            <h2 class="figure__title funnel__title" id="funnel-title">{t.figures_funnel_title}</h2>
            <p class="figure__subtitle">{t.figures_funnel_dek}</p>
            <ol class="funnel__stages">{stages}</ol>
            <div class="funnel__foot">
                <p class="funnel__legend">{t.figures_legend}</p>
                {embed}
            </div>
        </figure>
    }
    .into_any()
}

/// The funnel's embed code, written at build time (the funnel runs no code in the browser, so
/// it has no live Embed dialog): the same snippet the dialogs give, for the address the build
/// was given (`SITE_URL`), behind a disclosure, with a copy button (`page.js`).
#[component]
fn EmbedCode() -> impl IntoView {
    use crate::components::embed_dialog::widget_name;
    use crate::model::embed::{snippet, EmbedWidget, Theme};
    let lang = use_lang().get_untracked();
    let t = texts(lang);
    let site = crate::social::SiteUrl::parse(std::env::var("SITE_URL").ok().as_deref())
        .unwrap_or_else(|_| crate::social::SiteUrl::parse(None).expect("the default site URL"));
    let title = t.fmt_embed_frame_title(widget_name(t, EmbedWidget::Funnel));
    let code = snippet(&site.url, EmbedWidget::Funnel, lang, Theme::Light, &[], &title);
    let id = format!("funnel-embed-code-{}", lang.code());
    view! {
        <div class="figure-tools figure-tools--foot">
            <details class="embed-static" data-copied=t.embed_copied data-copy-failed=t.embed_copy_failed>
                <summary class="chip-button">{t.embed_button}</summary>
                <p class="embed-static__intro">{t.embed_dialog_intro}</p>
                <p class="embed-static__label">{t.embed_code_label}</p>
                // Text in a <pre>, escaped as any text (a textarea's content is written raw).
                <pre class="embed-static__code" id=id.clone() tabindex="0"><code>{code}</code></pre>
                <button type="button" class="chip-button" data-copy=id>{t.embed_copy}</button>
                <p class="cite-this__status" role="status" aria-live="polite"></p>
            </details>
        </div>
    }
}
