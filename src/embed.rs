//! Embed mode (`?embed=…`): one widget with a compact header, a credit line and a link to the
//! full explainer, reporting its height to the host page whenever it changes. It listens to no
//! message from the host.

use crate::components::embed_dialog::widget_name;
use crate::components::lang_switch::LangSwitch;
use crate::components::rich::InEmbed;
use crate::env;
use crate::i18n::texts;
use crate::model::embed::{height_messages, EmbedWidget};
use crate::model::lang::Lang;
use crate::model::specs::CompareState;
use crate::use_lang;
use crate::widgets::chip_map::ChipMap;
use crate::widgets::compare::{ChipFilters, CompareCtx};
use crate::widgets::gates::GateDiagram;
use crate::widgets::hybrid::HybridModel;
use crate::widgets::ladder::Ladder;
use crate::widgets::timeline::Timeline;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Posts the Datawrapper and AMP height messages to the parent window.
fn report_height(widget: EmbedWidget, height: u32) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    for message in height_messages(widget, height) {
        if let Ok(value) = js_sys::JSON::parse(&message) {
            let _ = parent.post_message(&value, "*");
        }
    }
}

#[component]
pub fn EmbedFrame(widget: EmbedWidget, lang: RwSignal<Lang>, on_choose: Callback<Lang>) -> impl IntoView {
    provide_context(InEmbed);
    let compare = RwSignal::new(CompareState::default());
    provide_context(CompareCtx { state: compare });
    Effect::new(move |_| compare.set(env::url_state().compare));
    let current = use_lang();
    let root = NodeRef::<Div>::new();
    let last = StoredValue::new(0u32);
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);

    Effect::new(move |_| {
        env::set_root_attribute("class", Some("is-embed"));
        let Some(el) = root.get() else { return };
        if observer.with_value(|o| o.is_some()) {
            return;
        }
        let measured = el.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let height = measured.get_bounding_client_rect().height().ceil() as u32;
            if height > 0 && height != last.get_value() {
                last.set_value(height);
                report_height(widget, height);
            }
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            ro.observe(&el);
            observer.set_value(Some((ro, on_resize)));
        }
    });

    let body = match widget {
        EmbedWidget::Gates => view! { <GateDiagram/> }.into_any(),
        EmbedWidget::Generations => view! { <ChipFilters/> <Ladder/> }.into_any(),
        EmbedWidget::Map => view! { <ChipFilters/> <ChipMap/> }.into_any(),
        EmbedWidget::Hybrid => view! { <HybridModel/> }.into_any(),
        EmbedWidget::Timeline => view! { <Timeline/> }.into_any(),
    };
    let full = move || format!("./?lang={}#{}", current.get().code(), widget.section());
    view! {
        <div class="embed" id="embed-root" node_ref=root>
            <header class="embed__header">
                <p class="embed__title">
                    <span class="embed__site">{move || texts(current.get()).site_title}</span>
                    <span class="embed__widget">{move || widget_name(texts(current.get()), widget)}</span>
                </p>
                <LangSwitch lang on_choose/>
            </header>
            <main class="embed__body">{body}</main>
            <footer class="embed__footer">
                <span>{move || texts(current.get()).embed_credit}</span>
                " "
                <a href=full target="_blank" rel="noopener">
                    {move || texts(current.get()).embed_open_full}
                    <span class="visually-hidden">{move || texts(current.get()).embed_new_tab}</span>
                    " ↗"
                </a>
            </footer>
        </div>
    }
}
