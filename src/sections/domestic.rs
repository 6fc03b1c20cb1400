//! Section 4: China's domestic-chip policy and the hybrid buy-and-build strategy.

use super::SectionShell;
use leptos::prelude::*;

#[component]
pub fn Domestic() -> impl IntoView {
    view! { <SectionShell id="domestic-chips" heading=|t| t.section_domestic_heading lede=|t| t.section_domestic_lede/> }
}
