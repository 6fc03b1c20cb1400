//! A chart's controls behind one compact row on a phone: "Customise" and the settings in force,
//! which opens the controls beneath it. From 40rem the controls are always shown and the row is
//! not (CSS), so a desktop reader sees no extra step and nothing moves when the widget mounts.
//! A chart comes first on a phone; its controls take one line above it until asked for.

use crate::i18n::texts;
use crate::use_lang;
use leptos::prelude::*;

#[component]
pub fn Customise(
    /// The element id of the controls (for `aria-controls`).
    id: &'static str,
    /// The settings in force, in a few words ("TPP · linear").
    #[prop(into)]
    state: Signal<String>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    view! {
        <div class="customise" class:customise--open=move || open.get()>
            <button
                type="button"
                class="customise__toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=id
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="customise__label">{move || texts(lang.get()).chart_customise}</span>
                <span class="customise__state">{state}</span>
            </button>
            <div class="customise__body" id=id>{children()}</div>
        </div>
    }
}
