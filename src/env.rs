//! The few places the app reads or changes the browser: the URL, storage, `<html lang>`, the
//! title and media queries. Called from `main` before mounting, or from effects and handlers;
//! every call tolerates a missing window, blocked storage or a failing history API.

use crate::model::{lang::Lang, query, url_state::UrlState};
use gloo_events::EventListener;
use gloo_storage::{LocalStorage, Storage};
use gloo_timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
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

thread_local! {
    /// Query parameters to write, in order, at the next flush (see `replace_query_param`).
    static PENDING_PARAMS: std::cell::RefCell<Vec<(String, Option<String>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Sets (or removes) a query parameter in the address bar, without reloading or adding a history
/// entry. Written in a task after the change, all at once: the reader's click paints first, and
/// `history.replaceState` can be slow (over 100 ms at 4× CPU the first time, measured).
pub fn replace_query_param(key: &str, value: Option<&str>) {
    let first = PENDING_PARAMS.with(|p| {
        let mut p = p.borrow_mut();
        p.push((key.to_string(), value.map(String::from)));
        p.len() == 1
    });
    if first {
        next_task(flush_query_params);
    }
}

fn flush_query_params() {
    let pending = PENDING_PARAMS.with(|p| std::mem::take(&mut *p.borrow_mut()));
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else {
        return;
    };
    let search = pending
        .iter()
        .fold(search, |q, (key, value)| query::with_param(&q, key, value.as_deref()));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}{hash}")));
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
    // The listener lives as long as the page, like the app itself.
    EventListener::new(&list, "change", move |_| on_change(watched.matches())).forget();
}

/// The element-child indices from `root` down to the focused element, if focus is inside it.
pub fn focus_path(root: &web_sys::Element) -> Option<Vec<u32>> {
    let doc = web_sys::window()?.document()?;
    let mut node = doc.active_element()?;
    if !root.contains(Some(&node)) || *root == node {
        return None;
    }
    let mut path = Vec::new();
    while node != *root {
        let parent = node.parent_element()?;
        let siblings = parent.children();
        path.push((0..siblings.length()).find(|&i| siblings.item(i).is_some_and(|c| c == node))?);
        node = parent;
    }
    path.reverse();
    Some(path)
}

/// Focuses the element at `path` below `root` (see `focus_path`), without scrolling, if focus
/// was lost meanwhile (never steals it): the part of the page holding focus was rebuilt with
/// identical markup, and focus on `<body>` would send the next Tab to the top of the page.
pub fn restore_focus(root: &web_sys::Element, path: &[u32]) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lost = doc.active_element().is_none_or(|a| doc.body().is_some_and(|b| *b == a));
    let target = path
        .iter()
        .try_fold(root.clone(), |at, &i| at.children().item(i))
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    if let (true, Some(el)) = (lost, target) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Focuses `el` without the browser's jump to it, then scrolls only as far as needed for the
/// start of `shown` to be seen (its first `PEEK` px above the window's bottom), so that opening
/// a card under a chart does not throw the chart off screen (focus alone scrolled 800 px).
pub fn focus_and_reveal(el: &web_sys::HtmlElement, shown: &web_sys::Element) {
    const PEEK: f64 = 160.0;
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    let Some(window) = web_sys::window() else { return };
    let Some(height) = window.inner_height().ok().and_then(|h| h.as_f64()) else {
        return;
    };
    let top = shown.get_bounding_client_rect().top();
    if top < 0.0 {
        shown.scroll_into_view_with_bool(true);
    } else if top > height - PEEK {
        window.scroll_by_with_x_and_y(0.0, top - (height - PEEK));
    }
}

/// Runs `f` in a task of its own (a zero-delay timeout), after the browser has had a chance to
/// paint. Without a window, runs it at once.
pub fn next_task(f: impl FnOnce() + 'static) {
    if web_sys::window().is_none() {
        return f();
    }
    after(0, f);
}

/// Runs `f` once, `millis` ms from now. The timer's handle is dropped once it has fired, which
/// frees the callback: `Timeout::forget` would keep every fired callback for the page's life, and
/// `next_task` runs on every chart update and language switch.
pub fn after(millis: u32, f: impl FnOnce() + 'static) {
    let handle = Rc::new(Cell::new(None::<Timeout>));
    let own = handle.clone();
    handle.set(Some(Timeout::new(millis, move || {
        // Dropped when this returns (wasm-bindgen frees a running callback after its call).
        let _fired = own.take();
        f();
    })));
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
    after(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
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
