//! A chart figure over charming's `WasmRenderer`: one ECharts instance per chart for its whole
//! life, redrawn when its option signal changes, resized with its container, disposed on
//! unmount, and backed by a table that stands in whenever ECharts is unavailable.

use crate::components::echarts::{series_signature, EchartsInstance, EchartsLoader, LoadState};
use crate::i18n::texts;
use crate::prefs::Prefs;
use crate::use_lang;
use charming::{component::Aria, renderer::WasmRenderer, theme::Theme, Chart};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

/// The option every chart starts from: accessible description on, transparent background
/// (the page supplies light or dark), and no animation for readers who asked for less motion.
pub fn base_option(reduced_motion: bool) -> Chart {
    Chart::new()
        .aria(Aria::new().enabled(true))
        .background_color("transparent")
        .animation(!reduced_motion)
}

/// A live ECharts instance and what it was created with.
struct Live {
    chart: EchartsInstance,
    dark: bool,
    signature: String,
}

/// The option as ECharts receives it, with our localized summary as the accessible description
/// (charming's `Aria` cannot express `aria.label.description`; without it ECharts would replace
/// the container's `aria-label` with a generated English sentence).
fn to_js(option: &Chart, summary: &str) -> Option<JsValue> {
    let js = serde_wasm_bindgen::to_value(option).ok()?;
    let label = js_sys::Object::new();
    js_sys::Reflect::set(&label, &"description".into(), &summary.into()).ok()?;
    let aria = js_sys::Object::new();
    js_sys::Reflect::set(&aria, &"enabled".into(), &JsValue::TRUE).ok()?;
    js_sys::Reflect::set(&aria, &"label".into(), &label).ok()?;
    js_sys::Reflect::set(&js, &"aria".into(), &aria).ok()?;
    Some(js)
}

/// Draws `option` into the chart element `id`, reusing the instance while the theme holds.
fn draw(id: &str, option: &Chart, summary: &str, dark: bool, slot: &mut Option<Live>) {
    let Some(js) = to_js(option, summary) else { return };
    let signature = series_signature(&js);
    let replace = match slot.as_ref() {
        Some(live) if live.dark == dark => live.signature != signature,
        _ => {
            // ECharts cannot switch themes on a live instance: dispose and create anew.
            if let Some(old) = slot.take() {
                old.chart.dispose();
            }
            let theme = if dark { Theme::Dark } else { Theme::Default };
            let Ok(chart) = WasmRenderer::new_opt(None, None).theme(theme).render(id, &Chart::new()) else {
                return;
            };
            *slot = Some(Live {
                chart: chart.unchecked_into(),
                dark,
                signature: String::new(),
            });
            true
        }
    };
    if let Some(live) = slot.as_mut() {
        let opts = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&opts, &"notMerge".into(), &JsValue::from_bool(replace));
        live.chart.set_option_with(&js, &opts);
        live.signature = signature;
    }
}

/// A chart with its table view. `summary` is the accessible name of the drawing; `table`
/// renders exactly the data the chart shows.
#[component]
pub fn ChartFigure(
    #[prop(into)] option: Signal<Chart, LocalStorage>,
    #[prop(into)] summary: Signal<String>,
    table: ChildrenFn,
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

    Effect::new(move |_| loader.request());

    let draw_id = id.clone();
    Effect::new(move |_| {
        if state.get() != LoadState::Ready {
            return;
        }
        let dark = prefs.dark.get();
        let summary = summary.get();
        option.with(|chart| live.update_value(|slot| draw(&draw_id, chart, &summary, dark, slot)));
    });

    Effect::new(move |_| {
        let Some(el) = host.get() else { return };
        if observer.with_value(|o| o.is_some()) {
            return;
        }
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
                class="chart-canvas"
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
