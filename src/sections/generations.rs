//! Section 3: the H200 against the GPUs China could and could not buy.

use super::{SectionShell, SubHeading};
use crate::components::rich::RichP;
use crate::widgets::bandwidth::BandwidthChart;
use leptos::prelude::*;

#[component]
pub fn Generations() -> impl IntoView {
    view! {
        <SectionShell id="generations" heading=|t| t.section_generations_heading>
            <SubHeading text=|t| t.section_generations_gap_heading/>
            <RichP text=|t| t.section_generations_p1/>
            <BandwidthChart/>
            <SubHeading text=|t| t.section_generations_reach_heading/>
            <RichP text=|t| t.section_generations_p2/>
            <SubHeading text=|t| t.section_generations_best_heading/>
            <RichP text=|t| t.section_generations_p3/>
        </SectionShell>
    }
}
