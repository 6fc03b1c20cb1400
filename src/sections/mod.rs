//! The article's sections, in reading order; each module is one section of the explainer.

pub mod approval;
pub mod companies;
pub mod conclusion;
pub mod domestic;
pub mod generations;
pub mod intro;

use crate::i18n::{texts, Texts};
use crate::use_lang;
use leptos::prelude::*;

/// Section anchors: the same in both languages, so deep links survive a language switch.
pub const SECTION_IDS: [&str; 6] = [
    "intro",
    "approval",
    "companies",
    "generations",
    "domestic-chips",
    "conclusion",
];

/// The frame every section shares: an anchored heading, a lede and the section's own body.
#[component]
pub fn SectionShell(
    id: &'static str,
    heading: fn(&Texts) -> &'static str,
    lede: fn(&Texts) -> &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let lang = use_lang();
    let heading_id = format!("{id}-heading");
    view! {
        <section id=id class="section" aria-labelledby=format!("{id}-heading")>
            <h2 id=heading_id>{move || heading(texts(lang.get()))}</h2>
            <p class="lede">{move || lede(texts(lang.get()))}</p>
            {children.map(|c| c())}
        </section>
    }
}
