//! The article's sections, in reading order; each module is one section of the explainer.

pub mod after;
pub mod approval;
pub mod cite;
pub mod claims;
pub mod companies;
pub mod conclusion;
pub mod domestic;
pub mod generations;
pub mod intro;
pub mod lede;
pub mod method;
pub mod references;

use crate::i18n::{texts, TextFn};
use crate::use_lang;
use leptos::prelude::*;

/// Section anchors with their headings, in page order. The ids are the same in both
/// languages, so a deep link survives a language switch.
pub const SECTIONS: [(&str, TextFn); 11] = [
    ("intro", |t| t.section_intro_heading),
    ("approval", |t| t.section_approval_heading),
    ("companies", |t| t.section_companies_heading),
    ("generations", |t| t.section_generations_heading),
    ("domestic-chips", |t| t.section_domestic_heading),
    ("conclusion", |t| t.section_conclusion_heading),
    ("claims", |t| t.claims_heading),
    ("timeline", |t| t.section_after_heading),
    ("sources", |t| t.sources_heading),
    ("glossary", |t| t.glossary_heading),
    ("method", |t| t.method_heading),
];

/// The frame every section shares: an anchored heading and the section's body.
#[component]
pub fn SectionShell(id: &'static str, heading: TextFn, children: Children) -> impl IntoView {
    let lang = use_lang();
    let heading_id = format!("{id}-heading");
    view! {
        <section id=id class="section" aria-labelledby=format!("{id}-heading")>
            <h2 id=heading_id>{move || heading(texts(lang.get()))}</h2>
            {children()}
        </section>
    }
}

/// The rest of a section, closed: what the figures and the visible paragraphs do not need to
/// tell, kept whole (with its sources) one click away, so nothing factual leaves the page.
#[component]
pub fn More(id: &'static str, label: TextFn, children: Children) -> impl IntoView {
    let lang = use_lang();
    view! {
        <details class="disclosure more" id=format!("more-{id}")>
            <summary>{move || label(texts(lang.get()))}</summary>
            <div class="more__body">{children()}</div>
        </details>
    }
}

/// A sub-heading inside a section.
#[component]
pub fn SubHeading(text: TextFn) -> impl IntoView {
    let lang = use_lang();
    view! { <h3>{move || text(texts(lang.get()))}</h3> }
}
