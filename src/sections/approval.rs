//! Section 1: what the reports say was approved, and why approval is hard to pin down.

use super::{SectionShell, SubHeading};
use crate::components::key_figures::KeyFigures;
use crate::components::rich::RichP;
use crate::widgets::{Slot, Widget};
use leptos::prelude::*;

#[component]
pub fn Approval() -> impl IntoView {
    view! {
        <SectionShell id="approval" heading=|t| t.section_approval_heading>
            <SubHeading text=|t| t.section_approval_reports_heading/>
            <RichP text=|t| t.section_approval_p1/>
            <RichP text=|t| t.section_approval_p1b/>
            <RichP text=|t| t.section_approval_fx/>
            <KeyFigures/>
            <RichP text=|t| t.section_approval_p2/>
            <RichP text=|t| t.section_approval_p2b/>
            <RichP text=|t| t.section_approval_p3/>
            <SubHeading text=|t| t.section_approval_gates_heading/>
            <RichP text=|t| t.section_approval_p4/>
            <RichP text=|t| t.section_approval_p4b/>
            <RichP text=|t| t.section_approval_p5/>
            <RichP text=|t| t.section_approval_p5b/>
            <RichP text=|t| t.section_approval_p6/>
            <RichP text=|t| t.section_approval_p6b/>
            <Slot widget=Widget::Gates/>
        </SectionShell>
    }
}
