//! Embed mode (`embed-<widget>.html`): one widget with a compact header, a credit line and a
//! link to the full explainer. The frame is written at build time (`EmbedFrame`); in the browser
//! the widget is mounted into its slot like any other, and `watch_height` reports the page's
//! height to the host whenever it changes. It listens to no message from the host.

use crate::model::embed::EmbedWidget;
#[cfg(not(target_arch = "wasm32"))]
use leptos::prelude::*;

/// Posts the Datawrapper and AMP height messages to the parent window.
#[cfg(target_arch = "wasm32")]
fn report_height(widget: EmbedWidget, height: u32) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    for message in crate::model::embed::height_messages(widget, height) {
        if let Ok(value) = js_sys::JSON::parse(&message) {
            let _ = parent.post_message(&value, "*");
        }
    }
}

/// Reports the height of `#prerender` (which holds the frame in either language, and stays when
/// the language switch swaps what is inside it) now and on every change, for the page's life.
#[cfg(target_arch = "wasm32")]
pub fn watch_height(widget: EmbedWidget) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerender"))
    else {
        return;
    };
    let measured = el.clone();
    let last = std::cell::Cell::new(0u32);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height > 0 && height != last.get() {
            last.set(height);
            report_height(widget, height);
        }
    });
    if let Ok(ro) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        ro.observe(&el);
        // Both live as long as the page.
        std::mem::forget(ro);
        on_resize.forget();
    }
}

/// The slots of an embedded widget, in page order.
#[cfg(not(target_arch = "wasm32"))]
pub fn slots(widget: EmbedWidget) -> &'static [crate::widgets::Widget] {
    use crate::widgets::Widget;
    match widget {
        EmbedWidget::Gates => &[Widget::Gates],
        EmbedWidget::Generations => &[Widget::ChipFilters, Widget::Ladder],
        EmbedWidget::Map => &[Widget::ChipFilters, Widget::ChipMap],
        EmbedWidget::Hybrid => &[Widget::Hybrid],
        EmbedWidget::Timeline => &[Widget::Timeline],
    }
}

/// A link out of the embed to the full explainer: a new tab, said to screen readers, marked ↗.
#[cfg(not(target_arch = "wasm32"))]
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

/// The frame as the build writes it: title, language switch, the widget's slots, credit.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn EmbedFrame(widget: EmbedWidget) -> impl IntoView {
    use crate::components::embed_dialog::widget_name;
    use crate::components::lang_switch::LangSwitch;
    use crate::components::rich::InEmbed;
    use crate::i18n::texts;
    use crate::model::specs::CompareState;
    use crate::use_lang;
    use crate::widgets::compare::CompareCtx;
    use crate::widgets::Slot;
    provide_context(InEmbed);
    provide_context(CompareCtx {
        state: RwSignal::new(CompareState::default()),
    });
    let lang = use_lang().get_untracked();
    let t = texts(lang);
    let body = slots(widget).iter().map(|&w| view! { <Slot widget=w/> }).collect_view();
    // The timeline's card and entries are text outside its slot (see `widgets::timeline`): the
    // card, the latest few entries and a link to the whole timeline in the article.
    let entries = (widget == EmbedWidget::Timeline).then(|| {
        use crate::widgets::timeline::{LatestEntries, TimelineCard};
        view! {
            <TimelineCard/>
            <LatestEntries count=8/>
        }
    });
    let full = format!("./?lang={}#{}", lang.code(), widget.section());
    view! {
        <div class="embed" id="embed-root">
            <header class="embed__header">
                <p class="embed__title">
                    <span class="embed__site">{t.site_title}</span>
                    <span class="embed__widget">{widget_name(t, widget)}</span>
                </p>
                <LangSwitch/>
            </header>
            <main class="embed__body">{body} {entries}</main>
            <footer class="embed__footer">
                <span>{t.embed_credit}</span>
                " "
                <NewTabLink href=full text=t.embed_open_full/>
            </footer>
        </div>
    }
}
