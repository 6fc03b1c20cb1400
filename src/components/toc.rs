//! The table of contents: links to every section. The inline page script marks the section
//! being read (`aria-current`), so this is plain markup.

use crate::i18n::texts;
use crate::sections::SECTIONS;
use crate::use_lang;
use leptos::prelude::*;

#[component]
pub fn Toc() -> impl IntoView {
    let t = texts(use_lang().get_untracked());
    let links = SECTIONS
        .iter()
        .enumerate()
        .map(|(i, &(id, heading))| {
            // The first section is current until the page script sees another being read.
            view! {
                <li>
                    <a href=format!("#{id}") aria-current=(i == 0).then_some("location")>{heading(t)}</a>
                </li>
            }
        })
        .collect_view();
    // A disclosure, closed in the markup: on a phone the contents are one line, so the lede
    // is on the first screen; from 75rem the stylesheet shows the list beside the article
    // whatever the disclosure's state (`::details-content`).
    view! {
        <nav class="toc" aria-labelledby="toc-heading">
            <details class="toc__details">
                <summary class="toc__summary">
                    <h2 id="toc-heading" class="toc__heading">{t.nav_toc}</h2>
                    <span class="toc__count">{t.fmt_nav_toc_count(&SECTIONS.len().to_string())}</span>
                </summary>
                <ol>{links}</ol>
            </details>
        </nav>
    }
}
