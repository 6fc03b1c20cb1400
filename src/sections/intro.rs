//! Introduction: why the H200 is the chip in question, and why not the newest one.

use super::{More, SectionShell};
use crate::components::rich::RichP;
use leptos::prelude::*;

#[component]
pub fn Intro() -> impl IntoView {
    view! {
        <SectionShell id="intro" heading=|t| t.section_intro_heading>
            <RichP text=|t| t.section_intro_p2/>
            <More id="intro" label=|t| t.section_more_intro>
                <RichP text=|t| t.section_intro_p1/>
                <RichP text=|t| t.section_intro_p1b/>
                <RichP text=|t| t.section_intro_roadmap/>
            </More>
        </SectionShell>
    }
}
