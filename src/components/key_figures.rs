//! A strip of headline numbers, each hedged as reported, with its status and source.

use crate::components::rich::rich_view;
use crate::components::source_line::ConfidenceBadge;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::{dataset, KeyFigure, Qualifier};
use crate::model::format;
use crate::model::lang::Lang;
use crate::use_lang;
use leptos::prelude::*;

/// `40万超` / `more than 400,000`.
pub fn hedged(t: &Texts, lang: Lang, f: &KeyFigure) -> String {
    let n = format::count(lang, f.value);
    match f.qualifier {
        Qualifier::MoreThan => t.fmt_figures_more_than(&n),
        Qualifier::About => t.fmt_figures_about(&n),
        Qualifier::UpTo => t.fmt_figures_up_to(&n),
    }
}

#[component]
pub fn KeyFigures() -> impl IntoView {
    let lang = use_lang();
    let Ok(data) = dataset() else { return ().into_any() };
    let items = data
        .key_figures
        .iter()
        .map(|f| {
            let label = format!("figures.{}", f.id);
            let cite = format!("[[{}]]", f.source);
            view! {
                <li class="key-figure" id=format!("figure-{}", f.id)>
                    <span class="key-figure__value">{move || hedged(texts(lang.get()), lang.get(), f)}</span>
                    <span class="key-figure__label">
                        {move || {
                            let t = texts(lang.get());
                            rich_view(t, &format!("{}{cite}", lookup(t, &label).unwrap_or_default()))
                        }}
                    </span>
                    <ConfidenceBadge confidence=f.status/>
                </li>
            }
        })
        .collect_view();
    view! {
        <aside class="key-figures" aria-labelledby="key-figures-heading">
            <h3 id="key-figures-heading">{move || texts(lang.get()).figures_heading}</h3>
            <ul>{items}</ul>
        </aside>
    }
    .into_any()
}
