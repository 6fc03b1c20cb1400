//! A glossary term in running text: its definition shows on hover, on keyboard focus and on
//! tap, and is the term's accessible description.

use crate::i18n::{lookup, texts};
use crate::use_lang;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

#[component]
pub fn Term(key: String, label: String) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    let tip_id = format!("term-{}-{}", key, NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let def_key = format!("glossary.term.{key}.def");
    let definition = move || lookup(texts(lang.get()), &def_key).unwrap_or_default();
    view! {
        <span class="term" class:term--open=move || open.get()>
            <button
                type="button"
                class="term__button"
                aria-describedby=tip_id.clone()
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        open.set(false);
                    }
                }
                on:blur=move |_| open.set(false)
            >
                {label}
            </button>
            <span class="term__tip" role="tooltip" id=tip_id>
                {definition}
            </span>
        </span>
    }
}
