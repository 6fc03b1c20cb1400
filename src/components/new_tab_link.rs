//! A link out of an embed to the full explainer. It lives on the components floor because both
//! the embed frame and a widget (the timeline's "whole timeline" link) use it: data flows one
//! way, model → components → widgets → sections/embed → page.

use leptos::prelude::*;

/// A new tab, said to screen readers, marked ↗.
#[component]
pub fn NewTabLink(href: String, text: &'static str) -> impl IntoView {
    let t = crate::i18n::texts(crate::use_lang().get_untracked());
    view! {
        <a href=href target="_blank" rel="noopener">
            {text}
            <span class="visually-hidden">{t.embed_new_tab}</span>
            " ↗"
        </a>
    }
}
