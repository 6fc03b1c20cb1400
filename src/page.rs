//! In the browser: the article is already on the page as HTML, so the wasm only brings the
//! widgets to life. Each `[data-widget]` slot gets its live widget when the reader nears it
//! (within a screen), or else when the browser is idle, one per idle period; all share one
//! language signal, the reader's display preferences, the ECharts loader and the chip
//! comparison's state. The language switch itself is the inline page script's: it swaps the
//! prerendered trees, keeps the live slots in place and then tells us (`h200:lang`,
//! `h200:swapped`), and we relabel the widgets and watch the slots the new tree brought.
//!
//! The page's language is one signal; each live widget follows it through a copy of its own,
//! at once if it is near the window and one widget per task after that otherwise, so that a
//! switch repaints only what the reader sees before the next frame.

use crate::components::echarts::EchartsLoader;
use crate::components::rich::InEmbed;
use crate::env;
use crate::model::embed::Theme;
use crate::model::lang::Lang;
use crate::prefs::Prefs;
use crate::widgets::compare::CompareCtx;
use crate::widgets::{Swaps, Widget};
use gloo_events::EventListener;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What every widget on the page shares.
#[derive(Clone, Copy)]
struct Shared {
    lang: RwSignal<Lang>,
    prefs: Prefs,
    echarts: EchartsLoader,
    compare: CompareCtx,
    swaps: Swaps,
    in_embed: bool,
}

impl Shared {
    /// Gives a widget the shared state, with its own copy of the language (see above).
    fn provide(self, lang: RwSignal<Lang>) {
        provide_context(lang);
        provide_context(self.prefs);
        provide_context(self.echarts);
        provide_context(self.compare);
        provide_context(self.swaps);
        if self.in_embed {
            provide_context(InEmbed);
        }
    }
}

thread_local! {
    static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
    static OBSERVER: RefCell<Option<web_sys::IntersectionObserver>> = const { RefCell::new(None) };
    /// Each live widget's slot and its copy of the language.
    static FOLLOWERS: RefCell<Vec<(web_sys::Element, RwSignal<Lang>)>> = const { RefCell::new(Vec::new()) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Starts the page: reads what the head script resolved (language, embed, theme), then watches
/// the slots.
pub fn start() {
    let Some(doc) = document() else { return };
    let root = doc.document_element();
    let lang = root
        .as_ref()
        .and_then(|r| r.get_attribute("lang"))
        .and_then(|code| Lang::parse(&code))
        .unwrap_or(Lang::Ja);
    let url = env::url_state();
    // What the head script marked (from `?embed=` or the page's file name), so that an embed
    // page opened at its plain address still reports its height.
    let embed = root
        .as_ref()
        .and_then(|r| r.get_attribute("data-embed"))
        .and_then(|code| crate::model::embed::EmbedWidget::parse(&code))
        .or(url.embed);
    // Signals live as long as the page: one owner for all, never dropped.
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner);
    let compare = CompareCtx {
        state: RwSignal::new(url.compare),
    };
    let shared = Shared {
        lang: RwSignal::new(lang),
        prefs: Prefs::new(),
        echarts: EchartsLoader::new(),
        compare,
        swaps: Swaps(RwSignal::new(0)),
        in_embed: embed.is_some(),
    };
    shared.prefs.watch_browser(url.theme);
    if url.theme != Theme::Auto {
        env::set_root_attribute("data-theme", Some(url.theme.code()));
    }
    SHARED.with(|s| *s.borrow_mut() = Some(shared));

    // Both listeners are for the page's life.
    EventListener::new(&doc, "h200:lang", move |event| {
        let code = event
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|e| e.detail().as_string())
            .unwrap_or_default();
        if let Some(l) = Lang::parse(&code) {
            shared.lang.set(l);
            follow(l);
        }
    })
    .forget();
    EventListener::new(&doc, "h200:swapped", move |_| {
        shared.swaps.0.update(|n| *n += 1);
        watch_slots();
    })
    .forget();
    // An embed mounts its widget at once, and parsing the data files on first use made that one
    // long task: there they are parsed in a task of their own first (issue 24; Lighthouse TBT of
    // the gates embed 144 -> 97 ms). Not on the article, whose first widget mounts later, when
    // the reader nears it: parsing early there added a long task to the load (TBT 43 -> 103 ms).
    if embed.is_some() {
        env::next_task(|| {
            let _ = crate::model::data::dataset();
        });
    }
    watch_slots();
    mount_when_idle();
}

/// Brings the widgets near the window to `l` now, the others one per task after.
fn follow(l: Lang) {
    let (now, later): (Vec<_>, Vec<_>) = FOLLOWERS
        .with(|f| f.borrow().clone())
        .into_iter()
        .partition(|(slot, _)| near(slot));
    for (_, lang) in now {
        lang.set(l);
    }
    follow_later(later);
}

fn follow_later(mut rest: Vec<(web_sys::Element, RwSignal<Lang>)>) {
    if rest.is_empty() {
        return;
    }
    env::next_task(move || {
        let (_, lang) = rest.remove(0);
        // The page's language now, not when the switch began: a second switch wins.
        if let Some(l) = SHARED.with(|s| s.borrow().map(|s| s.lang.get_untracked())) {
            lang.set(l);
        }
        follow_later(rest);
    });
}

/// Whether a live widget's slot is on screen or within half a screen of it, as the page script
/// found just before the language switch (`data-near`, set in `src/page.js` while the page was
/// still laid out). Not measured here: the switch has just swapped the text, and measuring then
/// forced a layout of the whole page inside the click: 40–100 ms at 4× CPU (issue 24, traced).
fn near(el: &web_sys::Element) -> bool {
    el.has_attribute("data-near")
}

/// The slots in the page that have no live widget yet, in page order.
fn waiting_slots() -> Vec<web_sys::HtmlElement> {
    let Some(list) = document().and_then(|d| d.query_selector_all("[data-widget]:not([data-mounted])").ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Observes every waiting slot; a slot within a screen of the viewport is mounted.
fn watch_slots() {
    OBSERVER.with(|o| {
        let mut o = o.borrow_mut();
        if o.is_none() {
            // No gloo crate wraps IntersectionObserver: its callback is a hand-made closure.
            let on_change = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
                |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                    // One slot per task: two slots that near the window together (an embed's
                    // filters and chart, or the page's first screen) were one long task.
                    let mut now = true;
                    for entry in entries.iter() {
                        let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
                        if entry.is_intersecting() {
                            observer.unobserve(&entry.target());
                            let slot: web_sys::HtmlElement = entry.target().unchecked_into();
                            if std::mem::take(&mut now) {
                                mount(slot);
                            } else {
                                env::next_task(move || mount(slot));
                            }
                        }
                    }
                },
            );
            let options = web_sys::IntersectionObserverInit::new();
            options.set_root_margin("100% 0px 100% 0px");
            *o = web_sys::IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options).ok();
            on_change.forget();
        }
        if let Some(observer) = o.as_ref() {
            // Slots of a tree swapped out are no longer in the page: forget them.
            observer.disconnect();
            for slot in waiting_slots() {
                observer.observe(&slot);
            }
        }
    });
    mark_all_live();
}

/// Says on `<html>` when every slot in the page has its live widget (tests and styles wait on it).
fn mark_all_live() {
    if waiting_slots().is_empty() {
        env::set_root_attribute("data-widgets", Some("live"));
    }
}

/// Mounts the first waiting slot each time the browser is idle, so every widget is live soon
/// after load even where the reader has not scrolled yet (find-in-page, a quick jump).
fn mount_when_idle() {
    let Some(window) = web_sys::window() else { return };
    let next = || {
        if let Some(slot) = waiting_slots().into_iter().next() {
            mount(slot);
            mount_when_idle();
        }
    };
    // Safari has no requestIdleCallback: a short timeout there.
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        // No gloo crate wraps requestIdleCallback: a hand-made one-shot closure (freed once run).
        Some(f) => {
            let _ = f.call1(&window, &Closure::once_into_js(next));
        }
        None => env::after(50, next),
    }
}

/// The elements under `root` that match `selector`, in document order.
fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Replaces the slot's prerendered widget with the live one, in one task (nothing paints in
/// between, and the markup is the same, so nothing moves). Focus inside the slot (a reader who
/// tabbed into the prerendered widget) goes to the same place in the live one.
fn mount(slot: web_sys::HtmlElement) {
    if slot.has_attribute("data-mounted") || !slot.is_connected() {
        return;
    }
    let Some(widget) = slot.get_attribute("data-widget").and_then(|c| Widget::from_code(&c)) else {
        return;
    };
    let Some(shared) = SHARED.with(|s| *s.borrow()) else {
        return;
    };
    let focus = env::focus_path(&slot);
    // The charts' build-time drawings go over to the live widget, each into the same chart's
    // drawing area, and stay there until its live chart draws (ECharts clears the area as it
    // starts): no blank between the prerendered chart and the live one.
    let drawings = elements(&slot, ".chart-ssr");
    let _ = slot.set_attribute("data-mounted", "");
    slot.set_text_content(None);
    let lang = RwSignal::new(shared.lang.get_untracked());
    FOLLOWERS.with(|f| f.borrow_mut().push((slot.clone().into(), lang)));
    let handle = leptos::mount::mount_to(slot.clone(), move || {
        shared.provide(lang);
        widget.view()
    });
    // The widget lives as long as its slot, which lives as long as the page.
    handle.forget();
    for (area, drawing) in elements(&slot, ".chart-canvas").iter().zip(drawings) {
        let _ = area.append_child(&drawing);
    }
    if let Some(path) = focus {
        env::restore_focus(&slot, &path);
    }
    mark_all_live();
}
