//! Section 2: what ByteDance, Alibaba and Tencent need the chips for.

use super::SectionShell;
use leptos::prelude::*;

#[component]
pub fn Companies() -> impl IntoView {
    view! { <SectionShell id="companies" heading=|t| t.section_companies_heading lede=|t| t.section_companies_lede/> }
}
