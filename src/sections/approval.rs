//! Section 1: what the reports say was approved, and why approval is hard to pin down.

use super::{More, SectionShell, SubHeading};
use crate::components::rich::RichP;
use leptos::prelude::*;

#[component]
pub fn Approval() -> impl IntoView {
    view! {
        <SectionShell id="approval" heading=|t| t.section_approval_heading>
            <RichP text=|t| t.section_approval_p4/>
            <More id="approval" label=|t| t.section_more_approval>
                <SubHeading text=|t| t.section_approval_reports_heading/>
                <RichP text=|t| t.section_approval_p1/>
                <RichP text=|t| t.section_approval_p1b/>
                <RichP text=|t| t.section_approval_fx/>
                <RichP text=|t| t.section_approval_p2/>
                <RichP text=|t| t.section_approval_p2b/>
                <RichP text=|t| t.section_approval_p3/>
                <SubHeading text=|t| t.section_approval_gates_heading/>
                <RichP text=|t| t.section_approval_p4b/>
                <RichP text=|t| t.section_approval_p5/>
                <RichP text=|t| t.section_approval_p5b/>
                <RichP text=|t| t.section_approval_p6/>
                <RichP text=|t| t.section_approval_p6b/>
            </More>
        </SectionShell>
    }
}
