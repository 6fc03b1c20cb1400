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
            <ol class="sources" data-split="">{items}</ol>
        </SectionShell>
    }
}

#[component]
pub fn Glossary() -> impl IntoView {
    let lang = use_lang();
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
            <dl class="glossary" data-split="">{items}</dl>
        </SectionShell>
    }
}
