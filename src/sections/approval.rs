//! Section 1: what the reports say was approved, and why approval is hard to pin down.

use super::SectionShell;
use leptos::prelude::*;

#[component]
pub fn Approval() -> impl IntoView {
    view! { <SectionShell id="approval" heading=|t| t.section_approval_heading lede=|t| t.section_approval_lede/> }
}
