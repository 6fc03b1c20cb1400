//! "Source: …" under a figure, each source linked and labelled with its confidence.

use crate::i18n::{texts, Texts};
use crate::model::data::{Confidence, Source};
use crate::model::lang::text_lang;
use crate::use_lang;
use leptos::prelude::*;

/// The label of a confidence level in the current language.
pub fn confidence_label(t: &Texts, c: Confidence) -> &'static str {
    match c {
        Confidence::Official => t.status_official,
        Confidence::Reported => t.status_reported,
        Confidence::Estimate => t.status_estimate,
        Confidence::Calculated => t.status_calculated,
        Confidence::Unverified => t.status_unverified,
        Confidence::Denied => t.status_denied,
    }
}

/// A small badge naming a confidence level; its class lets each level look distinct.
#[component]
pub fn ConfidenceBadge(confidence: Confidence) -> impl IntoView {
    let lang = use_lang();
    let class = match confidence {
        Confidence::Official => "badge badge--official",
        Confidence::Reported => "badge badge--reported",
        Confidence::Estimate => "badge badge--estimate",
        Confidence::Calculated => "badge badge--calculated",
        Confidence::Unverified => "badge badge--unverified",
        Confidence::Denied => "badge badge--denied",
    };
    view! { <span class=class>{move || confidence_label(texts(lang.get()), confidence)}</span> }
}

/// The sources behind a figure, with their confidence.
#[component]
pub fn SourceLine(sources: Vec<(Source, Confidence)>) -> impl IntoView {
    let lang = use_lang();
    let items = sources
        .into_iter()
        .map(|(source, confidence)| {
            view! {
                <li>
                    <a href=source.url.clone() rel="noopener noreferrer" target="_blank" lang=text_lang(&source.title).code()>
                        {source.title.clone()}
                    </a>
                    " ("
                    <span lang=text_lang(&source.outlet).code()>{source.outlet.clone()}</span>
                    ") "
                    <ConfidenceBadge confidence/>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="source-line">
            <span class="source-line__label">{move || texts(lang.get()).chart_source} ": "</span>
            <ul>{items}</ul>
        </div>
    }
}
