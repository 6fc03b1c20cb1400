//! Conclusion: what the approval amounts to, then and since; then how to cite the explainer.

use super::cite::CiteThis;
use super::SectionShell;
use crate::components::rich::RichP;
use leptos::prelude::*;

#[component]
pub fn Conclusion() -> impl IntoView {
    view! {
        <SectionShell id="conclusion" heading=|t| t.section_conclusion_heading>
            <RichP text=|t| t.section_conclusion_p1/>
            <RichP text=|t| t.section_conclusion_p2/>
            <RichP text=|t| t.section_conclusion_p3/>
            <CiteThis/>
        </SectionShell>
    }
}
