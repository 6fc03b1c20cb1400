//! A chart figure: an ECharts option (built with charming: `chart_option`), drawn by ECharts (initialised through our own
//! binding): one ECharts instance per chart for its whole
//! life, redrawn when its option signal changes, resized with its container, disposed on
//! unmount, and backed by a table that stands in whenever ECharts is unavailable.

use crate::components::chart_option::merge;
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
        let family = serde_json::Value::Object(serde_json::Map::from_iter([("fontFamily".to_string(), font.into())]));
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
    let host = NodeRef::<Div>::new();
    let live = StoredValue::new_local(None::<Live>);
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);
    let show_table = RwSignal::new(false);
    let state = loader.state();
    let failed = move || state.get() == LoadState::Failed;

    // ECharts is the largest download: fetch it only when a chart is about to scroll into view.
    let near = StoredValue::new_local(None::<(web_sys::IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    // Whether the chart is within 400 px of the window: far from it, a drawn chart waits with
    // its updates (a language switch relabels every chart) until the reader comes near.
    let close_by = RwSignal::new(false);
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
            if close {
                loader.request();
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("400px 0px");
        match web_sys::IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &options) {
            Ok(io) => {
                io.observe(&el);
                near.set_value(Some((io, on_near)));
            }
            // No IntersectionObserver: load at once rather than never.
            Err(_) => loader.request(),
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
        <div class="chart" class:chart--table=move || show_table.get() || failed()>
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
            <div
                class=format!("chart-canvas {class}")
                id=id
                node_ref=host
                role="img"
                aria-label=move || summary.get()
                hidden=move || show_table.get() || failed()
            ></div>
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
        </div>
    }
}
