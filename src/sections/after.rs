//! What happened next: the dated timeline, with the date the page's facts are current to.

use super::SectionShell;
use crate::i18n::texts;
use crate::model::data::dataset;
use crate::model::format;
use crate::use_lang;
use crate::widgets::timeline::Timeline;
use leptos::prelude::*;

#[component]
pub fn After() -> impl IntoView {
    let lang = use_lang();
    let current_to = dataset().as_ref().ok().and_then(|d| d.current_to()).unwrap_or_default();
    view! {
        <SectionShell id="timeline" heading=|t| t.section_after_heading>
            <p class="lede">
                {move || texts(lang.get()).fmt_section_after_lede(&format::date(lang.get(), current_to))}
            </p>
            <Timeline/>
        </SectionShell>
    }
}
