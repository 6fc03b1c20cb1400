//! Section 4: China's domestic-chip policy and the hybrid buy-and-build strategy.

use super::{More, SectionShell, SubHeading};
use crate::components::rich::RichP;
use crate::widgets::{Slot, Widget};
use leptos::prelude::*;

#[component]
pub fn Domestic() -> impl IntoView {
    view! {
        <SectionShell id="domestic-chips" heading=|t| t.section_domestic_heading>
            <RichP text=|t| t.section_domestic_p1/>
            <RichP text=|t| t.section_domestic_p5/>
            <RichP text=|t| t.section_domestic_p6/>
            <Slot widget=Widget::Hybrid/>
            <More id="domestic" label=|t| t.section_more_domestic>
                <SubHeading text=|t| t.section_domestic_self_heading/>
                <RichP text=|t| t.section_domestic_p2/>
                <RichP text=|t| t.section_domestic_p3/>
                <RichP text=|t| t.section_domestic_p3b/>
                <SubHeading text=|t| t.section_domestic_chips_heading/>
                <RichP text=|t| t.section_domestic_p4/>
                <RichP text=|t| t.section_domestic_p4b/>
                <RichP text=|t| t.section_domestic_p4c/>
                <RichP text=|t| t.section_domestic_p4d/>
                <RichP text=|t| t.section_domestic_p4e/>
            </More>
        </SectionShell>
    }
}
