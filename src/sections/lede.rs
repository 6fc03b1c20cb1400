//! The page's opening: the finding as a headline and one sentence, when the facts were checked,
//! the key points with a way into each section, and the lede graphic: where the H200 stood at
//! each gate at the latest dated moment, titled with that date. Everything here is article text
//! (native only), above the widgets it borrows words from; the graphic is plain HTML, so it reads
//! the same without JavaScript and to a screen reader.

use crate::components::key_figures::Funnel;
use crate::components::rich::rich_view;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::{dataset, Confidence, Dataset};
use crate::model::format;
use crate::model::lang::Lang;
use crate::sections::claims::Scorecard;
use crate::use_lang;
use crate::widgets::{Slot, Widget};
use leptos::prelude::*;

/// The key points, each with the section that tells it in full and the status of the weakest
/// fact it states: a key point is read far more than the section under it, so its text must
/// carry that status's hedge (checked in `tests/certainty.rs`). In section order.
pub const POINTS: [(&str, &str, Confidence); 5] = [
    ("approval", "approval", Confidence::Reported),
    ("companies", "companies", Confidence::Reported),
    ("generations", "generations", Confidence::Reported),
    ("domestic", "domestic-chips", Confidence::Reported),
    ("timeline", "timeline", Confidence::Reported),
];

/// "Facts checked on …. Latest confirmed event: …; nothing after about … could be confirmed.
/// N sources."
pub fn stamp(t: &Texts, lang: Lang, data: &Dataset) -> String {
    let checked = format::date(lang, &data.currency.checked);
    let latest = data.current_to().map(|d| format::date(lang, d)).unwrap_or_default();
    let searched = format::date(lang, &data.currency.searched_to);
    t.fmt_lede_stamp(&checked, &latest, &data.sources.len().to_string(), &searched)
}

/// The headline cut after each Japanese comma into phrases that do not break inside, so a
/// line never ends in the middle of a word like 立ちはだかる (text-wrap and auto-phrase alone did
/// not prevent it). English headlines have no such commas and stay one run.
fn phrases(headline: &'static str) -> impl IntoView {
    headline
        .split_inclusive('、')
        .map(|p| view! { <span class="phrase">{p}</span> })
        .collect_view()
}

/// The headline, the finding and the stamp (in the page header).
#[component]
pub fn Headline() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let t = texts(lang);
    let stamp = dataset().as_ref().ok().map(|d| stamp(t, lang, d));
    view! {
        <p class="site-kicker">{t.site_title}</p>
        <h1 class="site-title">{phrases(t.lede_headline)}</h1>
        <p class="site-subtitle">{t.lede_dek}</p>
        <p class="site-stamp">
            {stamp}
            " "
            <a href="#method">{t.method_link}</a>
            " · "
            <a href="#corrections">{t.corrections_link}</a>
        </p>
    }
}

/// The opening after the headline: the funnel (the thesis as a picture), the gates over time
/// (the instrument the rest of the page refers to), the claim scorecard, then the key points.
#[component]
pub fn LedeBlock() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let t = texts(lang);
    if dataset().is_err() {
        return ().into_any();
    }
    let points = POINTS
        .iter()
        .map(|&(key, section, _)| {
            let lead = lookup(t, &format!("lede.point.{key}.lead")).unwrap_or_default();
            let text = lookup(t, &format!("lede.point.{key}.text")).unwrap_or_default();
            view! {
                <li>
                    <a class="key-points__lead" href=format!("#{section}")>{lead}</a>
                    // A run-in lead: a full stop ends the English one; Japanese uses a colon.
                    {if lang == Lang::Ja { "：" } else { " " }}
                    {rich_view(t, text)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="lede-block">
            <Funnel/>
            <Slot widget=Widget::Gates/>
            <Scorecard/>
            <div class="key-points">
                <h2 id="key-points-heading" class="key-points__heading">{t.lede_points_heading}</h2>
                <ul>{points}</ul>
            </div>
        </div>
    }
    .into_any()
}
