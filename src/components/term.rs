//! A glossary term in running text: its definition shows on hover, on keyboard focus and on
//! tap, and is the term's accessible description. Plain markup: CSS shows the tip on hover and
//! focus, and one delegated listener in the inline page script toggles it on tap and closes it
//! on Escape or blur, in prose and in live widgets alike.

use crate::i18n::{lookup, texts};
use crate::use_lang;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers the tips' ids. Widgets mounted in the browser count from far above the prerendered
/// article's terms, so an id is never used twice in the page.
static NEXT_ID: AtomicUsize = AtomicUsize::new(if cfg!(target_arch = "wasm32") { 100_000 } else { 1 });

#[component]
pub fn Term(key: String, label: String) -> impl IntoView {
    let lang = use_lang();
    let tip_id = format!("term-{}-{}", key, NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let def_key = format!("glossary.term.{key}.def");
    let definition = move || lookup(texts(lang.get()), &def_key).unwrap_or_default();
    let head = label.clone();
    view! {
        <span class="term">
            // A span with the button role, not a <button>: a button is laid out as one box and
            // cannot break across lines, so a long term jumped to a line of its own. The page
            // script gives it a button's keys (Enter, Space) as well as taps.
            <span role="button" tabindex="0" class="term__button" aria-describedby=tip_id.clone() aria-expanded="false">
                {label}
            </span>
            <span class="term__tip" role="tooltip" id=tip_id>
                // On a phone the tip is a sheet at the bottom of the screen, far from the word:
                // it names the term, and shows a close mark (a tap anywhere closes it).
                <span class="term__head" aria-hidden="true">{head}</span>
                <span class="term__close" aria-hidden="true">"×"</span>
                {definition}
            </span>
        </span>
    }
}
