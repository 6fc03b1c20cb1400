//! Embed mode (`embed-<widget>.html`): one widget with a compact header, a credit line and a
//! link to the full explainer. The frame is written at build time (`EmbedFrame`); in the browser
//! the widget is mounted into its slot like any other, and `watch_height` reports the page's
//! height to the host whenever it changes (and again, for a host that listens late). It listens
//! to no message from the host.

use crate::model::embed::EmbedWidget;
#[cfg(not(target_arch = "wasm32"))]
use leptos::prelude::*;

/// Posts the Datawrapper and AMP height messages to the parent window, and WordPress's when its
/// embed gave the frame a secret.
#[cfg(target_arch = "wasm32")]
fn report_height(widget: EmbedWidget, height: u32, secret: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let wordpress = secret.map(|s| crate::model::embed::wordpress_message(s, height));
    for message in crate::model::embed::height_messages(widget, height)
        .iter()
        .chain(wordpress.iter())
    {
        if let Ok(value) = js_sys::JSON::parse(message) {
            let _ = parent.post_message(&value, "*");
        }
    }
}

/// Reports the height of `#prerender` (which holds the frame in either language, and stays when
/// the language switch swaps what is inside it) now and on every change, for the page's life.
///
/// The host's script may not be listening yet when the frame first reports (it loads later, or
/// its page is busy), and the frame acts on no message from the host, so it also says its
/// height again, changed or not: at growing intervals for the first seconds, whenever its own
/// window is resized (embed.js nudges each frame's height once it starts listening, which lands
/// here), and when the frame comes into view or its tab becomes visible.
#[cfg(target_arch = "wasm32")]
pub fn watch_height(widget: EmbedWidget) {
    use gloo_events::EventListener;
    use gloo_timers::callback::Timeout;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    let Some(el) = doc.get_element_by_id("prerender") else {
        return;
    };
    let secret = crate::model::embed::wordpress_secret(&crate::env::fragment()).map(str::to_string);
    let measured = el.clone();
    let last = Cell::new(0u32);
    // `again`: post even an unchanged height.
    let report = Rc::new(move |again: bool| {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height > 0 && (again || height != last.get()) {
            last.set(height);
            report_height(widget, height, secret.as_deref());
        }
    });
    let r = report.clone();
    // No gloo crate wraps ResizeObserver or IntersectionObserver: their callbacks are hand-made.
    let on_resize = Closure::<dyn FnMut()>::new(move || r(false));
    if let Ok(ro) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        ro.observe(&el);
        // Lives as long as the page.
        std::mem::forget(ro);
    }
    // The timers and listeners live as long as the page.
    for ms in [250, 500, 1_000, 2_000, 4_000, 8_000] {
        let r = report.clone();
        Timeout::new(ms, move || r(true)).forget();
    }
    let targets: [(&web_sys::EventTarget, &'static str); 4] = [
        (&window, "resize"),
        (&window, "load"),
        (&window, "pageshow"),
        (&doc, "visibilitychange"),
    ];
    for (target, event) in targets {
        let r = report.clone();
        EventListener::new(target, event, move |_| r(true)).forget();
    }
    let on_view = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if entries.iter().any(|e| {
            e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                .is_intersecting()
        }) {
            report(true);
        }
    });
    if let Ok(io) = web_sys::IntersectionObserver::new(on_view.as_ref().unchecked_ref()) {
        io.observe(&el);
        std::mem::forget(io);
    }
    // Both observers' callbacks live as long as the page.
    on_resize.forget();
    on_view.forget();
}

/// The slots of an embedded widget, in page order.
#[cfg(not(target_arch = "wasm32"))]
pub fn slots(widget: EmbedWidget) -> &'static [crate::widgets::Widget] {
    use crate::widgets::Widget;
    match widget {
        EmbedWidget::Funnel => &[],
        EmbedWidget::Gates => &[Widget::Gates],
        EmbedWidget::Generations => &[Widget::ChipFilters, Widget::Ladder],
        EmbedWidget::Map => &[Widget::ChipFilters, Widget::ChipMap],
        EmbedWidget::Hybrid => &[Widget::Hybrid],
        EmbedWidget::Timeline => &[Widget::Timeline],
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
    // The timeline's card is text outside its slot (see `widgets::timeline`): the strip, the
    // card and the footer's link to the whole timeline (the latest eight entries took it to
    // 2,300 px, more than any blog column holds).
    let entries = (widget == EmbedWidget::Timeline).then(|| {
        use crate::widgets::timeline::{EmbedEntries, TimelineCard};
        view! {
            <TimelineCard/>
            <EmbedEntries/>
        }
    });
    // Every other widget carries its own title; in the article the timeline's is its section's
    // heading, so the embed gives it one, and a line on how to read it.
    let timeline_title = (widget == EmbedWidget::Timeline).then(|| {
        view! {
            <h2 class="figure__title embed__figure-title">{t.embed_timeline_title}</h2>
            <p class="figure__subtitle">{t.embed_timeline_dek}</p>
        }
    });
    // The funnel is article text, not a widget: the same figure, written here too.
    let funnel = (widget == EmbedWidget::Funnel).then(|| view! { <crate::components::key_figures::Funnel/> });
    let full = format!("./?lang={}#{}", lang.code(), widget.section());
    view! {
        <div class="embed" id="embed-root">
            <header class="embed__header">
                <p class="embed__title">
                    <span class="embed__site">{t.site_title}</span>
                    <span class="embed__widget">{widget_name(t, widget)}</span>
                </p>
                <LangSwitch embed=widget/>
            </header>
            <main class="embed__body">{funnel} {timeline_title} {body} {entries}</main>
            <footer class="embed__footer">
                <span>{t.embed_credit}</span>
                " "
                <crate::components::new_tab_link::NewTabLink href=full text=t.embed_open_full/>
            </footer>
        </div>
    }
}
