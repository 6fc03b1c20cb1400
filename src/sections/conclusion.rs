//! Conclusion: what the approval amounts to.

use super::SectionShell;
use leptos::prelude::*;

#[component]
pub fn Conclusion() -> impl IntoView {
    view! { <SectionShell id="conclusion" heading=|t| t.section_conclusion_heading lede=|t| t.section_conclusion_lede/> }
}
