//! The numbered sources list and the glossary that close the page.

use super::SectionShell;
use crate::components::source_line::ConfidenceBadge;
use crate::i18n::{lookup, texts};
use crate::model::data::dataset;
use crate::model::format;
use crate::model::lang::text_lang;
use crate::use_lang;
use leptos::prelude::*;

#[component]
pub fn Sources() -> impl IntoView {
    let lang = use_lang();
    let count = dataset().as_ref().map(|d| d.sources.len()).unwrap_or_default();
    let items = dataset().as_ref().ok().map(|d| {
        d.sources
            .iter()
            .enumerate()
            .map(|(i, s)| {
                view! {
                    <li id=format!("ref-{}", i + 1)>
                        <a href=s.url.clone() rel="noopener noreferrer" target="_blank" lang=text_lang(&s.title).code()>
                            {s.title.clone()}
                        </a>
                        ". "
                        <span lang=text_lang(&s.outlet).code()>{s.outlet.clone()}</span>
                        ", "
                        <time datetime=s.date.clone()>{move || format::date(lang.get(), &s.date)}</time>
                        ". "
                        <ConfidenceBadge confidence=s.status/>
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        <SectionShell id="sources" heading=|t| t.sources_heading>
            <p>{move || texts(lang.get()).sources_lede}</p>
            // Closed until wanted: a citation's card shows its source in place, and following a
            // citation (or any link to #ref-n) opens the list (src/page.js).
            <details
                class="disclosure"
                id="sources-list"
                data-back=move || texts(lang.get()).sources_back
                data-go=move || texts(lang.get()).sources_go
            >
                <summary>{move || texts(lang.get()).fmt_sources_show(&count.to_string())}</summary>
                <ol class="sources">{items}</ol>
            </details>
        </SectionShell>
    }
}

#[component]
pub fn Glossary() -> impl IntoView {
    let lang = use_lang();
    let count = dataset().as_ref().map(|d| d.glossary.len()).unwrap_or_default();
    let items = dataset().as_ref().ok().map(|d| {
        d.glossary
            .iter()
            .map(|key| {
                let term = format!("glossary.term.{key}.term");
                let def = format!("glossary.term.{key}.def");
                view! {
                    <div class="glossary__item" id=format!("glossary-{key}")>
                        <dt>{move || lookup(texts(lang.get()), &term).unwrap_or_default()}</dt>
                        <dd>{move || lookup(texts(lang.get()), &def).unwrap_or_default()}</dd>
                    </div>
                }
            })
            .collect_view()
    });
    view! {
        <SectionShell id="glossary" heading=|t| t.glossary_heading>
            <p>{move || texts(lang.get()).glossary_lede}</p>
            <details class="disclosure" id="glossary-list">
                <summary>{move || texts(lang.get()).fmt_glossary_show(&count.to_string())}</summary>
                <dl class="glossary">{items}</dl>
            </details>
        </SectionShell>
    }
}
