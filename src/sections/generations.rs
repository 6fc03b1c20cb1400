//! Section 3: the H200 against the GPUs China could and could not buy.

use super::SectionShell;
use crate::widgets::bandwidth::BandwidthChart;
use leptos::prelude::*;

#[component]
pub fn Generations() -> impl IntoView {
    view! {
        <SectionShell id="generations" heading=|t| t.section_generations_heading lede=|t| t.section_generations_lede>
            <BandwidthChart/>
        </SectionShell>
    }
}
