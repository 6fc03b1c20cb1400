//! The chart component in a real browser (wasm-bindgen-test, headless Chromium): one ECharts
//! instance for its lifetime, series replaced rather than merged, disposal on unmount.
#![cfg(target_arch = "wasm32")]

use h200_explainer::components::chart::{ChartFigure, ChartOption};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = echarts, js_name = getInstanceByDom)]
    fn instance_by_dom(el: &web_sys::Element) -> JsValue;
}

/// The test page has no `<script src>` of ours, so run the bundle inline before the first chart.
fn load_echarts() {
    let window = web_sys::window().unwrap();
    if js_sys::Reflect::has(&window, &"echarts".into()).unwrap_or(false) {
        return;
    }
    let doc = window.document().unwrap();
    let script = doc.create_element("script").unwrap();
    script.set_text_content(Some(include_str!("../build/echarts.min.js")));
    doc.head().unwrap().append_child(&script).unwrap();
}

/// Resolves after the browser's next frame and a task after it: a drawn chart applies updates in
/// a task of their own, and the chart learns that it is in view at a frame.
async fn next_frame_and_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let later = Closure::once_into_js(move || {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback(resolve.unchecked_ref())
                .unwrap();
        });
        window.request_animation_frame(later.unchecked_ref()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn settle() {
    for _ in 0..10 {
        leptos::task::tick().await;
    }
    next_frame_and_task().await;
    for _ in 0..10 {
        leptos::task::tick().await;
    }
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// `(instance id, number of series)` of the chart drawn in `el`, if any.
fn drawn(el: &web_sys::Element) -> Option<(String, u32)> {
    let chart = instance_by_dom(el);
    if chart.is_undefined() || chart.is_null() {
        return None;
    }
    let get_option: js_sys::Function = get(&chart, "getOption").unchecked_into();
    let option = get_option.call0(&chart).ok()?;
    let series: js_sys::Array = get(&option, "series").unchecked_into();
    Some((get(&chart, "id").as_string()?, series.length()))
}

fn option_with(lines: usize, bar_title: &str) -> ChartOption {
    let mut series: Vec<serde_json::Value> = (0..lines)
        .map(|i| serde_json::json!({ "type": "scatter", "name": format!("points {i}"), "data": [1.0, 2.0 + i as f64] }))
        .collect();
    series.push(serde_json::json!({ "type": "bar", "name": "bars", "data": [3.0, 4.0] }));
    ChartOption(serde_json::json!({
        "xAxis": { "type": "category", "data": ["a", "b"] },
        "yAxis": { "type": "value", "name": bar_title },
        "series": series
    }))
}

#[wasm_bindgen_test]
async fn a_chart_keeps_one_instance_replaces_changed_series_and_disposes_on_unmount() {
    load_echarts();
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    host.set_attribute("style", "width: 480px").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();

    let lines = RwSignal::new(2usize);
    let title = RwSignal::new("first".to_string());
    let handle = leptos::mount::mount_to(host.clone(), move || {
        let option = Signal::derive(move || option_with(lines.get(), &title.get()));
        let table: ChildrenFn = Arc::new(|| view! { <table></table> }.into_any());
        view! { <ChartFigure option summary=Signal::stored("A test chart".to_string()) table/> }
    });
    settle().await;

    let el = host.query_selector(".chart-canvas").unwrap().expect("chart container");
    // The chart has seen that it is in view (it holds back updates while far from it).
    for _ in 0..100 {
        if el.get_attribute("data-near").as_deref() == Some("yes") {
            break;
        }
        next_frame_and_task().await;
    }
    assert_eq!(el.get_attribute("data-near").as_deref(), Some("yes"));
    let (id, series) = drawn(&el).expect("a chart was drawn");
    assert_eq!(series, 3);
    assert_eq!(el.get_attribute("aria-label").as_deref(), Some("A test chart"));

    // Same series, new labels: the instance is reused.
    title.set("second".to_string());
    settle().await;
    assert_eq!(drawn(&el), Some((id.clone(), 3)));

    // A series removed: the option is replaced, so the old series does not linger.
    lines.set(1);
    settle().await;
    assert_eq!(drawn(&el), Some((id.clone(), 2)));

    drop(handle);
    settle().await;
    assert_eq!(drawn(&el), None, "the instance was disposed on unmount");
}
