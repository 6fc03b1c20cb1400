//! Section 3: the H200 against the GPUs China could and could not buy.

use super::{SectionShell, SubHeading};
use crate::components::rich::RichP;
use crate::env;
use crate::model::specs::CompareState;
use crate::widgets::chip_map::ChipMap;
use crate::widgets::compare::{ChipFilters, CompareCtx};
use crate::widgets::ladder::Ladder;
use leptos::prelude::*;

#[component]
pub fn Generations() -> impl IntoView {
    // One state for both charts, so the filters apply to each.
    let state = RwSignal::new(CompareState::default());
    provide_context(CompareCtx { state });
    Effect::new(move |_| state.set(env::url_state().compare));
    // The charts come after the text that explains their regulatory lines.
    view! {
        <SectionShell id="generations" heading=|t| t.section_generations_heading>
            <SubHeading text=|t| t.section_generations_gap_heading/>
            <RichP text=|t| t.section_generations_p1/>
            <SubHeading text=|t| t.section_generations_reach_heading/>
            <RichP text=|t| t.section_generations_p2/>
            <RichP text=|t| t.section_generations_p2b/>
            <ChipFilters/>
            <Ladder/>
            <ChipMap/>
            <SubHeading text=|t| t.section_generations_best_heading/>
            <RichP text=|t| t.section_generations_p3/>
            <RichP text=|t| t.section_generations_p4/>
        </SectionShell>
    }
}
