//! The few places the app reads or changes the browser: the URL, storage, `<html lang>`, the
//! title and media queries. Called from `main` before mounting, or from effects and handlers;
//! every call tolerates a missing window, blocked storage or a failing history API.

use crate::model::{lang::Lang, query, url_state::UrlState};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The localStorage key of the reader's language choice (a JSON string, as gloo-storage writes it).
pub const LANG_KEY: &str = "h200-explainer.lang";

/// The current query string (`?…`), or empty.
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The current fragment (`#…`), or empty.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// What the current address asks for (see `model::url_state`).
pub fn url_state() -> UrlState {
    UrlState::from_url(&search(), &fragment())
}

/// The language saved by an earlier visit; `None` when storage is empty, blocked or throws.
pub fn stored_lang() -> Option<String> {
    // gloo-storage panics when `localStorage` itself throws (sandboxed iframes), so probe first.
    let usable = web_sys::window()
        .map(|w| matches!(w.local_storage(), Ok(Some(_))))
        .unwrap_or(false);
    if !usable {
        return None;
    }
    LocalStorage::get::<String>(LANG_KEY).ok()
}

/// Remembers the reader's choice; silently does nothing where storage is unavailable.
pub fn save_lang(lang: Lang) {
    let usable = web_sys::window()
        .map(|w| matches!(w.local_storage(), Ok(Some(_))))
        .unwrap_or(false);
    if usable {
        let _ = LocalStorage::set(LANG_KEY, lang.code());
    }
}

/// `navigator.languages`, falling back to `navigator.language`.
pub fn navigator_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `<html lang>` and the document title.
pub fn apply_document_language(lang: Lang, title: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    doc.set_title(title);
}

/// Rewrites `?lang=` in the address bar without reloading or adding a history entry.
pub fn replace_query_param(key: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else {
        return;
    };
    let url = format!("{path}{}{hash}", query::with_param(&search, key, value));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Whether a media query matches now (false without a window).
pub fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Calls `on_change(matches)` whenever the media query's result changes, for the page's lifetime.
pub fn watch_media(query: &str, on_change: impl Fn(bool) + 'static) {
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    let watched = list.clone();
    let handler = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| on_change(watched.matches()));
    let _ = list.add_event_listener_with_callback("change", handler.as_ref().unchecked_ref());
    // The listener lives as long as the page, like the app itself.
    handler.forget();
}

thread_local! {
    static MOUNTED_OVER_PRERENDER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The prerendered article (`#prerender`, see `crate::prerender`) that the app replaces once
/// mounted.
pub struct Prerender {
    element: web_sys::Element,
}

impl Prerender {
    /// The prerender, if the page has one (not under `trunk serve`, not in embeds).
    pub fn find() -> Option<Prerender> {
        let window = web_sys::window()?;
        let element = window.document()?.get_element_by_id("prerender")?;
        Some(Prerender { element })
    }

    /// Call right after mounting, in the same task (nothing paints in between): moves each
    /// prerendered section into the app's stand-in for it (`[data-deferred]`, built later),
    /// removes the rest of the prerender, so the app's identical markup takes its place.
    pub fn replace(self) {
        // A reader may already be at work in the prerender (the skip link taken, a link
        // tabbed to): its elements leave the page now, and focus would fall back to <body>.
        let focus = FocusMark::take();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Ok(stand_ins) = doc.query_selector_all("[data-deferred]") {
                for i in 0..stand_ins.length() {
                    let Some(stand_in) = stand_ins.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
                        continue;
                    };
                    let selector = format!("#{}", stand_in.id());
                    if let Ok(Some(twin)) = self.element.query_selector(&selector) {
                        while let Some(child) = twin.first_child() {
                            let _ = stand_in.append_child(&child);
                        }
                    }
                }
            }
        }
        self.element.remove();
        if let Some(mark) = focus {
            mark.restore();
        }
        MOUNTED_OVER_PRERENDER.with(|m| m.set(true));
        // The page is as tall as before, so the scroll position holds by itself; reading it
        // here would force a layout of the whole new page inside this task.
    }
}

/// Where keyboard focus is, so that it can be put back after the part of the page holding it
/// is rebuilt with identical markup (the mount over the prerender, a deferred section built):
/// removing a focused element sends focus to `<body>`, and the next Tab to the top of the page.
#[derive(Clone)]
pub struct FocusMark {
    element: web_sys::Element,
    /// The nearest ancestor-or-self with an id, and the element-child indices down from it.
    anchor: Option<(String, Vec<u32>)>,
}

impl FocusMark {
    /// The focused element, unless focus is on `<body>` (or nowhere).
    pub fn take() -> Option<FocusMark> {
        let doc = web_sys::window()?.document()?;
        let element = doc.active_element()?;
        if doc.body().is_some_and(|b| *b == element) || doc.document_element().is_some_and(|h| h == element) {
            return None;
        }
        let mut path = Vec::new();
        let mut node = element.clone();
        let anchor = loop {
            if !node.id().is_empty() {
                path.reverse();
                break Some((node.id(), path));
            }
            let Some(parent) = node.parent_element() else {
                break None;
            };
            let siblings = parent.children();
            let index = (0..siblings.length()).find(|&i| siblings.item(i).is_some_and(|c| c == node))?;
            path.push(index);
            node = parent;
        };
        Some(FocusMark { element, anchor })
    }

    /// Focuses the same element if it is still in the page, else its twin found by the same id
    /// and path; without scrolling, and only if focus was lost meanwhile (never steals it).
    pub fn restore(self) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let lost = doc.active_element().is_none_or(|a| doc.body().is_some_and(|b| *b == a));
        if !lost {
            return;
        }
        let target = if self.element.is_connected() {
            Some(self.element)
        } else {
            self.anchor.and_then(|(id, path)| {
                path.into_iter()
                    .try_fold(doc.get_element_by_id(&id)?, |at, i| at.children().item(i))
            })
        };
        if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    }
}

/// Runs `f` in a task of its own (a zero-delay timeout), after the browser has had a chance to
/// handle input and paint. Without a window, runs it at once.
pub fn next_task(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return f() };
    let callback = Closure::once_into_js(f);
    let _ = window.set_timeout_with_callback(callback.unchecked_ref());
}

/// Whether the element `id` is on screen or within half a screen of it (false if absent).
pub fn near_viewport(id: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let Some(el) = window.document().and_then(|d| d.get_element_by_id(id)) else {
        return false;
    };
    let r = el.get_bounding_client_rect();
    r.bottom() > -height / 2.0 && r.top() < height * 1.5
}

/// Scrolls to the element named by the URL's `#fragment`. The browser tried before the app had
/// rendered the sections, so the app does it again once they exist.
pub fn scroll_to_hash() {
    if MOUNTED_OVER_PRERENDER.with(|m| m.get()) {
        // The browser scrolled to the fragment in the prerendered page, and the reader may have
        // scrolled on since: the identical markup mounted over it keeps that position.
        return;
    }
    let Some(id) = url_state().anchor else { return };
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&id))
    {
        el.scroll_into_view();
    }
}

/// Saves `content` as a file named `name`, from a `blob:` URL made in the page (no request).
pub fn download(name: &str, content: &str, mime: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(name);
        a.set_hidden(true);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    // Revoked a little later: revoking at once can cancel the download in some browsers.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// Sets (or, with `None`, removes) an attribute on `<html>`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match value {
        Some(v) => root.set_attribute(name, v),
        None => root.remove_attribute(name),
    };
}

/// The page's address without query or fragment: the base of embed URLs.
pub fn base_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}
