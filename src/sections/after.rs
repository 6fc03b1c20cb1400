//! The dated timeline, with the date the facts were last checked and the latest event that
//! could be confirmed: the lane strip (a widget), the card of the chosen event under it, and the
//! whole list folded away below.

use super::SectionShell;
use crate::i18n::texts;
use crate::model::data::dataset;
use crate::model::format;
use crate::use_lang;
use crate::widgets::timeline::{TimelineCard, TimelineList};
use crate::widgets::{Slot, Widget};
use leptos::prelude::*;

#[component]
pub fn After() -> impl IntoView {
    let lang = use_lang();
    let data = dataset().as_ref().ok();
    let current_to = data.and_then(|d| d.current_to()).unwrap_or_default();
    let checked = data.map(|d| d.currency.checked.as_str()).unwrap_or_default();
    view! {
        <SectionShell id="timeline" heading=|t| t.section_after_heading>
            <Slot widget=Widget::Timeline/>
            <TimelineCard/>
            <TimelineList/>
            // What the timeline covers and how far it could be checked: under the strip, small.
            <p class="timeline__about">
                {move || {
                    let l = lang.get();
                    texts(l).fmt_section_after_lede(&format::date(l, checked), &format::date(l, current_to))
                }}
            </p>
        </SectionShell>
    }
}
