//! A chart figure: an ECharts option (built with charming: `chart_option`), drawn by ECharts (initialised through our own
//! binding): one ECharts instance per chart for its whole
//! life, redrawn when its option signal changes, resized with its container, disposed on
//! unmount, and backed by a table that stands in whenever ECharts is unavailable.

use crate::components::chart_option::{merge, Part};
pub use crate::components::chart_option::{ChartOption, VALUE_SIZE};
use crate::components::echarts::{self, series_signature, EchartsInstance, EchartsLoader, LoadState};
use crate::components::palette;
use crate::env;
use crate::i18n::texts;
use crate::prefs::Prefs;
use crate::use_lang;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

/// Where the build-time drawing goes: natively, a placeholder `drawn::fill` replaces with the
/// SVG; in the browser, nothing (`page::mount` carries the prerendered drawing over).
/// The placeholder says which option each drawing shows (`fingerprint`, wide and phone), so the
/// live chart knows whether its drawing still stands for it (ECharts waits until it does not).
#[cfg(not(target_arch = "wasm32"))]
fn drawing_slot(d: drawn::Slot) -> impl IntoView {
    view! { <div class="chart-ssr" aria-hidden="true" data-ssr=d.key data-wide=d.wide data-narrow=d.narrow></div> }
}

/// A short fingerprint of a chart's option (`fnv` of its JSON; serde_json writes an object's
/// keys in order, so the prerender and the wasm agree).
pub fn fingerprint(option: &serde_json::Value) -> String {
    fnv(&option.to_string())
}

/// FNV-1a of `text`, as 16 hex digits: the drawings' keys, the options' fingerprints and the
/// chart-option snapshot (`tests/chart_options.rs`).
pub fn fnv(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(target_arch = "wasm32")]
fn drawing_slot(_: ()) -> impl IntoView {}

/// The charts drawn at build time. While the prerender renders the page, each chart asks for its
/// first state to be drawn (its option for a wide screen and for a phone) and leaves a
/// placeholder; the prerender then has ECharts draw them all to SVG in Node
/// (`tools/chart-ssr.mjs`, ECharts' own server-side renderer) and puts each in its placeholder.
#[cfg(not(target_arch = "wasm32"))]
pub mod drawn {
    use super::ChartOption;
    use crate::prefs::Prefs;
    use leptos::prelude::*;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    /// The drawing area's size, px, as style/main.css sets it (`.chart-canvas--…`) and as the
    /// column makes it: 784 wide on a desktop, 343 on a 375 px phone. The drawing scales to the
    /// area it is in (its viewBox); a browser test checks that it fills the live chart's box.
    pub fn size(class: &str, narrow: bool) -> (u32, u32) {
        let width = if narrow { NARROW_WIDTH } else { WIDE_WIDTH };
        let height = match (class, narrow) {
            ("chart-canvas--ladder", _) => 460,
            ("chart-canvas--map", _) => 420,
            ("chart-canvas--hybrid", false) => 340,
            ("chart-canvas--hybrid", true) => 480,
            _ => 300,
        };
        (width, height)
    }
    pub const WIDE_WIDTH: u32 = 784;
    pub const NARROW_WIDTH: u32 = 343;

    /// One chart to draw: its option on a wide screen and on a phone, and their sizes.
    #[derive(Clone, Debug, serde::Serialize)]
    pub struct Request {
        pub key: String,
        pub class: &'static str,
        pub wide: serde_json::Value,
        pub wide_size: (u32, u32),
        pub narrow: serde_json::Value,
        pub narrow_size: (u32, u32),
    }

    thread_local! {
        static ASKED: RefCell<BTreeMap<String, Request>> = const { RefCell::new(BTreeMap::new()) };
    }

    /// A drawing's placeholder: its key and the fingerprints of the options it shows.
    pub struct Slot {
        pub key: String,
        pub wide: String,
        pub narrow: String,
    }

    /// Records the chart's first state (wide, and on a phone: the option is computed again with
    /// the phone preference set, then the preference is put back) and returns its key, the same
    /// for the same drawing wherever it appears (the article in each language, the embed pages).
    pub fn request(class: &'static str, option: Signal<ChartOption>, prefs: Prefs) -> Slot {
        let was = prefs.narrow.get_untracked();
        prefs.narrow.set(false);
        let wide = option.get_untracked().0;
        prefs.narrow.set(true);
        let narrow = option.get_untracked().0;
        prefs.narrow.set(was);
        let key = super::fnv(&format!("{class}{wide}{narrow}"));
        let slot = Slot {
            key: key.clone(),
            wide: super::fingerprint(&wide),
            narrow: super::fingerprint(&narrow),
        };
        ASKED.with(|a| {
            a.borrow_mut().entry(key.clone()).or_insert_with(|| Request {
                key: key.clone(),
                class,
                wide,
                wide_size: size(class, false),
                narrow,
                narrow_size: size(class, true),
            });
        });
        slot
    }

    /// Every chart asked for so far.
    pub fn requests() -> Vec<Request> {
        ASKED.with(|a| a.borrow().values().cloned().collect())
    }

    /// A chart drawn at build time, in its three sizes: the page's wide and phone areas, and the
    /// card.
    #[derive(Clone, Debug, serde::Deserialize)]
    pub struct Drawing {
        pub wide: String,
        pub narrow: String,
        pub card: String,
    }

    /// Puts each drawing in its placeholder in `html`. A placeholder without a drawing is an
    /// error: the build must not ship a blank chart area silently.
    pub fn fill(html: &str, drawings: &BTreeMap<String, Drawing>) -> Result<String, String> {
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        const MARK: &str = r#"data-ssr=""#;
        while let Some(i) = rest.find(MARK) {
            let after = &rest[i + MARK.len()..];
            let end = after.find('"').ok_or("an unterminated data-ssr")?;
            let key = &after[..end];
            let close = after[end..].find('>').ok_or("an unterminated chart placeholder")? + end + 1;
            let Drawing { wide, narrow, .. } =
                drawings.get(key).ok_or_else(|| format!("no drawing for chart {key}"))?;
            out.push_str(&rest[..i]);
            // The placeholder's other attributes (its class) stay as they are.
            out.push_str(&format!(r#"data-drawn="{key}""#));
            out.push_str(&after[end + 1..close]);
            out.push_str(&format!(
                r#"<div class="chart-ssr__wide">{wide}</div><div class="chart-ssr__narrow">{narrow}</div>"#
            ));
            rest = &after[close..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

/// A live ECharts instance and what it was created with.
struct Live {
    chart: EchartsInstance,
    dark: bool,
    signature: String,
    /// Kept alive as long as the instance that calls it.
    _click: Option<Closure<dyn FnMut(JsValue)>>,
}

/// The option as ECharts receives it: the palette's placeholders resolved to the page's colours
/// now (light or dark), the text in the font the chart's element has (the page's stack for its
/// language: canvas text would otherwise fall back to the browser's `sans-serif`), and our
/// localized summary as the accessible description (`aria.label.description`; without it
/// ECharts would replace the container's `aria-label` with a generated English sentence).
fn to_js(option: &ChartOption, summary: &str, font: Option<String>) -> Option<JsValue> {
    let mut value = option.0.clone();
    palette::resolve(&mut value);
    if let Some(font) = font {
        let family = serde_json::Value::Object(serde_json::Map::new()).and("fontFamily", font);
        merge(&mut value["textStyle"], family.clone());
        if value.get("tooltip").is_some() {
            merge(&mut value["tooltip"]["textStyle"], family);
        }
    }
    let js = js_sys::JSON::parse(&serde_json::to_string(&value).ok()?).ok()?;
    let label = js_sys::Object::new();
    js_sys::Reflect::set(&label, &"description".into(), &summary.into()).ok()?;
    let aria = js_sys::Object::new();
    js_sys::Reflect::set(&aria, &"enabled".into(), &JsValue::TRUE).ok()?;
    js_sys::Reflect::set(&aria, &"label".into(), &label).ok()?;
    js_sys::Reflect::set(&js, &"aria".into(), &aria).ok()?;
    Some(js)
}

/// The font family the element is set in (`getComputedStyle(element).fontFamily`).
fn font_of(element: &web_sys::Element) -> Option<String> {
    let style = palette::computed_style(element)?;
    js_sys::Reflect::get(&style, &JsValue::from_str("fontFamily"))
        .ok()?
        .as_string()
        .filter(|f| !f.is_empty())
}

/// Draws `option` into the chart element `id`, reusing the instance while the theme holds.
fn draw(
    id: &str,
    option: &ChartOption,
    summary: &str,
    dark: bool,
    slot: &mut Option<Live>,
    on_click: Option<Callback<String>>,
) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    let Some(js) = to_js(option, summary, element.as_ref().and_then(font_of)) else {
        return;
    };
    let signature = series_signature(&js);
    let replace = match slot.as_ref() {
        Some(live) if live.dark == dark => live.signature != signature,
        _ => {
            // ECharts cannot switch themes on a live instance: dispose and create anew.
            if let Some(old) = slot.take() {
                old.chart.dispose();
            }
            let Some(element) = element.as_ref() else {
                return;
            };
            let theme = if dark { JsValue::from_str("dark") } else { JsValue::NULL };
            let Ok(chart) = echarts::init(element, &theme) else {
                return;
            };
            let click = on_click.map(|cb| {
                // ECharts' own `on` takes a JS function: no gloo crate for that, so a hand-made one.
                let handler = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
                    let name = js_sys::Reflect::get(&params, &"name".into())
                        .ok()
                        .and_then(|n| n.as_string());
                    if let Some(name) = name {
                        cb.run(name);
                    }
                });
                chart.on("click", handler.as_ref().unchecked_ref());
                handler
            });
            *slot = Some(Live {
                chart,
                dark,
                signature: String::new(),
                _click: click,
            });
            true
        }
    };
    if let Some(live) = slot.as_mut() {
        let opts = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&opts, &"notMerge".into(), &JsValue::from_bool(replace));
        match live.chart.set_option_with(&js, &opts) {
            Ok(()) => live.signature = signature,
            Err(e) => web_sys::console::error_2(&"h200-explainer: chart option rejected".into(), &e),
        }
    }
}

/// A chart with its table view. `summary` is the accessible name of the drawing; `table`
/// renders exactly the data the chart shows; `on_click` receives the clicked item's name.
#[component]
pub fn ChartFigure(
    #[prop(into)] option: Signal<ChartOption>,
    #[prop(into)] summary: Signal<String>,
    table: ChildrenFn,
    #[prop(optional)] on_click: Option<Callback<String>>,
    /// Extra class for the drawing area (its height).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let loader = EchartsLoader::use_context();
    let prefs = Prefs::use_context();
    let id = format!("chart-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    // At build time: the chart's first state, drawn by ECharts in Node (see `drawn`), stands in
    // the drawing area until the live chart replaces it (with JavaScript off, for good).
    #[cfg(not(target_arch = "wasm32"))]
    let drawing = drawn::request(class, option, prefs);
    #[cfg(target_arch = "wasm32")]
    let drawing = ();
    let host = NodeRef::<Div>::new();
    let live = StoredValue::new_local(None::<Live>);
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);
    let show_table = RwSignal::new(false);
    let state = loader.state();
    let failed = move || state.get() == LoadState::Failed;

    // ECharts is the largest download (about 170 KB), and the build-time drawing already shows
    // the chart's first state: it is fetched only when a chart near the window needs to be live
    // (issue 24: nothing fetched that the reader's path does not need). That is when the reader
    // reaches for it (the pointer over it, a touch, focus inside: tooltips and bars to click), when
    // its state is no longer the drawn one (a control, the address's state, another language),
    // or when there is no drawing.
    let near = StoredValue::new_local(None::<(web_sys::IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    // Whether the chart is within 400 px of the window: far from it, a drawn chart waits with
    // its updates (a language switch relabels every chart) until the reader comes near.
    let close_by = RwSignal::new(false);
    let wants_live = RwSignal::new(false);
    // The drawing no longer shows the chart's option (the address's state, a control, a phone
    // turned sideways), or there is no drawing (a widget rendered without the prerender).
    Effect::new(move |_| {
        // Once wanted, always: no more fingerprinting the option on every update (a slider).
        if wants_live.get_untracked() {
            return;
        }
        let Some(el) = host.get() else { return };
        let attr = if prefs.narrow.get() { "data-narrow" } else { "data-wide" };
        option.track();
        // Compared in a task of its own: making the option and serialising it for its
        // fingerprint were a third of the widget's mount, one long task (issue 24: embeds' TBT).
        env::next_task(move || {
            if wants_live.try_get_untracked() != Some(false) {
                return;
            }
            let drawn = el
                .query_selector(".chart-ssr")
                .ok()
                .flatten()
                .and_then(|d| d.get_attribute(attr));
            if option.try_with_untracked(|o| drawn != Some(fingerprint(&o.0))) == Some(true) {
                wants_live.set(true);
            }
        });
    });
    Effect::new(move |_| {
        if close_by.get() && wants_live.get() {
            loader.request();
        }
    });
    let reach = move || wants_live.set(true);
    Effect::new(move |_| {
        let Some(el) = host.get() else { return };
        if near.with_value(|n| n.is_some()) {
            return;
        }
        loader.adopt_loaded();
        let seen = el.clone();
        // No gloo crate wraps IntersectionObserver: its callback is a hand-made closure.
        let on_near = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let close = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            // Says that the chart has looked (the observer reports once at the start): tests
            // wait on it instead of waiting for a while to see that nothing was fetched.
            let _ = seen.set_attribute("data-near", if close { "yes" } else { "no" });
            close_by.set(close);
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("400px 0px");
        match web_sys::IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &options) {
            Ok(io) => {
                io.observe(&el);
                near.set_value(Some((io, on_near)));
            }
            // No IntersectionObserver: as if always near.
            Err(_) => close_by.set(true),
        }
    });

    // A drawn chart is updated in a task after the change, not in it: the control the reader
    // used (and the text around it) paints first, the canvas a moment later.
    let scheduled = StoredValue::new(false);
    let draw_id = id.clone();
    Effect::new(move |_| {
        if state.get() != LoadState::Ready {
            return;
        }
        if !close_by.get() && live.with_value(|l| l.is_some()) {
            return;
        }
        let dark = prefs.dark.get();
        let label = summary.get();
        if live.with_value(|l| l.is_none()) {
            option.with(|chart| live.update_value(|slot| draw(&draw_id, chart, &label, dark, slot, on_click)));
            return;
        }
        option.track();
        if scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        let draw_id = draw_id.clone();
        env::next_task(move || {
            let _ = scheduled.try_set_value(false);
            let (Some(dark), Some(summary)) = (prefs.dark.try_get_untracked(), summary.try_get_untracked()) else {
                return;
            };
            option.try_with_untracked(|chart| {
                live.try_update_value(|slot| draw(&draw_id, chart, &summary, dark, slot, on_click))
            });
        });
    });

    Effect::new(move |_| {
        let Some(el) = host.get() else { return };
        if observer.with_value(|o| o.is_some()) {
            return;
        }
        // No gloo crate wraps ResizeObserver: its callback is a hand-made closure.
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            live.try_with_value(|slot| {
                if let Some(l) = slot {
                    l.chart.resize();
                }
            });
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            ro.observe(&el);
            observer.set_value(Some((ro, on_resize)));
        }
    });

    // The build-time drawing is in the language the page opened in: after a switch, it goes
    // (the live chart draws in the new language when the reader comes near).
    Effect::new(move |prev: Option<crate::model::lang::Lang>| {
        let now = lang.get();
        if prev.is_some_and(|p| p != now) {
            if let Some(Ok(Some(drawing))) = host.get_untracked().map(|el| el.query_selector(".chart-ssr")) {
                drawing.remove();
            }
            wants_live.set(true);
        }
        now
    });

    on_cleanup(move || {
        live.try_update_value(|slot| {
            if let Some(l) = slot.take() {
                l.chart.dispose();
            }
        });
        observer.try_update_value(|o| {
            if let Some((ro, _)) = o.take() {
                ro.disconnect();
            }
        });
        near.try_update_value(|n| {
            if let Some((io, _)) = n.take() {
                io.disconnect();
            }
        });
    });

    let t = move || texts(lang.get());
    view! {
        <div
            class="chart"
            class:chart--table=move || show_table.get() || failed()
            on:pointerenter=move |_| reach()
            on:pointerdown=move |_| reach()
            on:focusin=move |_| reach()
        >
            <div
                class=format!("chart-canvas {class}")
                id=id
                node_ref=host
                role="img"
                aria-label=move || summary.get()
                hidden=move || show_table.get() || failed()
            >
                {drawing_slot(drawing)}
            </div>
            <p
                class="chart-status"
                class:chart-status--overlay=move || matches!(state.get(), LoadState::Idle | LoadState::Loading)
                role="status"
            >
                {move || match state.get() {
                    LoadState::Idle | LoadState::Loading => t().chart_loading,
                    LoadState::Failed => t().chart_failed,
                    LoadState::Ready => "",
                }}
            </p>
            <div class="chart-table" hidden=move || !(show_table.get() || failed())>{table()}</div>
            // Under the drawing: the chart comes first, its table a tap away.
            <div class="chart-tools">
                <button
                    type="button"
                    class="chip-button"
                    aria-pressed=move || show_table.get().to_string()
                    hidden=failed
                    on:click=move |_| show_table.update(|s| *s = !*s)
                >
                    {move || if show_table.get() { t().chart_chart_toggle } else { t().chart_table_toggle }}
                </button>
            </div>
        </div>
    }
}
