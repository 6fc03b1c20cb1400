//! The table of contents: links to every section, the one being read marked as current.

use crate::i18n::texts;
use crate::sections::SECTIONS;
use crate::use_lang;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A live observer and the callback it calls.
type SectionWatch = (web_sys::IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

/// Watches which section crosses a band near the top of the viewport and reports its id.
fn observe_sections(current: RwSignal<&'static str>) -> Option<SectionWatch> {
    let doc = web_sys::window()?.document()?;
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
            if entry.is_intersecting() {
                let id = entry.target().id();
                if let Some((known, _)) = SECTIONS.iter().find(|(s, _)| *s == id) {
                    current.set(known);
                }
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("-20% 0px -70% 0px");
    let observer =
        web_sys::IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options).ok()?;
    for (id, _) in SECTIONS {
        if let Some(el) = doc.get_element_by_id(id) {
            observer.observe(&el);
        }
    }
    Some((observer, on_change))
}

#[component]
pub fn Toc() -> impl IntoView {
    let lang = use_lang();
    let current = RwSignal::new(SECTIONS[0].0);
    let observer = StoredValue::new_local(None);
    Effect::new(move |_| {
        // Sections built progressively replace their stand-ins: watch them once all are built.
        if crate::MountStage::complete() && observer.with_value(|o: &Option<_>| o.is_none()) {
            observer.set_value(observe_sections(current));
        }
    });
    on_cleanup(move || {
        observer.try_update_value(|o| {
            if let Some((obs, _)) = o.take() {
                obs.disconnect();
            }
        });
    });
    let links = SECTIONS
        .iter()
        .map(|&(id, heading)| {
            view! {
                <li>
                    <a
                        href=format!("#{id}")
                        aria-current=move || (current.get() == id).then_some("location")
                    >
                        {move || heading(texts(lang.get()))}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading" class="toc__heading">{move || texts(lang.get()).nav_toc}</h2>
            <ol>{links}</ol>
        </nav>
    }
}
