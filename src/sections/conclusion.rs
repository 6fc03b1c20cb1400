//! Conclusion: what the approval amounts to, then and since; then how to cite the explainer.

use super::{More, SectionShell, SubHeading};
use crate::components::rich::RichP;
use leptos::prelude::*;

#[component]
pub fn Conclusion() -> impl IntoView {
    view! {
        <SectionShell id="conclusion" heading=|t| t.section_conclusion_heading>
            <RichP text=|t| t.section_conclusion_p1/>
            <RichP text=|t| t.section_conclusion_p4b/>
            <More id="conclusion" label=|t| t.section_more_conclusion>
                <SubHeading text=|t| t.section_conclusion_since_heading/>
                <RichP text=|t| t.section_conclusion_p2/>
                <RichP text=|t| t.section_conclusion_p2b/>
                <RichP text=|t| t.section_conclusion_p3/>
                <RichP text=|t| t.section_conclusion_p3b/>
                <RichP text=|t| t.section_conclusion_p3c/>
                <RichP text=|t| t.section_conclusion_p4/>
                <SubHeading text=|t| t.section_conclusion_open_heading/>
                <RichP text=|t| t.section_conclusion_p5/>
                <RichP text=|t| t.section_conclusion_p5b/>
                <RichP text=|t| t.section_conclusion_p6/>
                <RichP text=|t| t.section_conclusion_p6b/>
            </More>
        </SectionShell>
    }
}
