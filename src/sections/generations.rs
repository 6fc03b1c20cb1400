//! Section 3: the H200 against the GPUs China could and could not buy.

use super::{More, SectionShell, SubHeading};
use crate::components::rich::RichP;
use crate::model::specs::CompareState;
use crate::widgets::compare::CompareCtx;
use crate::widgets::{Slot, Widget};
use leptos::prelude::*;

#[component]
pub fn Generations() -> impl IntoView {
    // One state for both charts, so the filters apply to each.
    provide_context(CompareCtx {
        state: RwSignal::new(CompareState::default()),
    });
    // The charts come after the text that explains their regulatory lines.
    view! {
        <SectionShell id="generations" heading=|t| t.section_generations_heading>
            <RichP text=|t| t.section_generations_p2/>
            <Slot widget=Widget::ChipFilters/>
            <Slot widget=Widget::Ladder/>
            <Slot widget=Widget::ChipMap/>
            <RichP text=|t| t.section_generations_p3/>
            <More id="generations" label=|t| t.section_more_generations>
                <SubHeading text=|t| t.section_generations_gap_heading/>
                <RichP text=|t| t.section_generations_p1/>
                <RichP text=|t| t.section_generations_p1b/>
                <SubHeading text=|t| t.section_generations_reach_heading/>
                <RichP text=|t| t.section_generations_p2b/>
                <RichP text=|t| t.section_generations_p2c/>
                <SubHeading text=|t| t.section_generations_best_heading/>
                <RichP text=|t| t.section_generations_p3b/>
                <RichP text=|t| t.section_generations_p4/>
            </More>
        </SectionShell>
    }
}
