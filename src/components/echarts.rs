//! The ECharts global: loading it on demand from our own origin, and the few instance methods
//! the charts use (init, dispose, setOption with options, resize, on).

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where the ECharts bundle is served from, relative to the page (works under a sub-path).
pub const ECHARTS_URL: &str = "echarts.min.js";

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance, seen through the methods we need.
    pub type EchartsInstance;

    /// `echarts.init(element, theme)`.
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    pub fn init(element: &web_sys::Element, theme: &JsValue) -> Result<EchartsInstance, JsValue>;

    #[wasm_bindgen(method)]
    pub fn dispose(this: &EchartsInstance);

    /// Throws (caught here) when the option names a chart type the bundle does not include.
    #[wasm_bindgen(method, catch, js_name = setOption)]
    pub fn set_option_with(this: &EchartsInstance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub fn resize(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    pub fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);
}

/// Whether the ECharts global can be used yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadState {
    Idle,
    Loading,
    Ready,
    Failed,
}

/// Loads the ECharts bundle once per page, when the first chart asks for it.
#[derive(Clone, Copy)]
pub struct EchartsLoader {
    state: RwSignal<LoadState>,
}

impl Default for EchartsLoader {
    fn default() -> Self {
        Self::new()
    }
}

impl EchartsLoader {
    pub fn new() -> Self {
        Self {
            state: RwSignal::new(LoadState::Idle),
        }
    }

    /// The loader provided by the app, or a fresh one for a widget rendered on its own.
    pub fn use_context() -> Self {
        use_context::<EchartsLoader>().unwrap_or_else(|| {
            let loader = EchartsLoader::new();
            provide_context(loader);
            loader
        })
    }

    pub fn state(&self) -> Signal<LoadState> {
        self.state.into()
    }

    /// Marks ECharts ready if its global is already on the page (loaded by another chart or by
    /// the host), without fetching anything. Browser-only: call from an effect.
    pub fn adopt_loaded(&self) {
        if self.state.get_untracked() == LoadState::Idle && global_present() {
            self.state.set(LoadState::Ready);
        }
    }

    /// Starts loading the bundle if nobody has yet. Browser-only: call from an effect.
    pub fn request(&self) {
        if self.state.get_untracked() != LoadState::Idle {
            return;
        }
        if global_present() {
            self.state.set(LoadState::Ready);
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            self.state.set(LoadState::Failed);
            return;
        };
        let Ok(script) = doc
            .create_element("script")
            .map(|e| e.unchecked_into::<web_sys::HtmlScriptElement>())
        else {
            self.state.set(LoadState::Failed);
            return;
        };
        self.state.set(LoadState::Loading);
        let state = self.state;
        // This runs once per page (the state has left Idle), so both listeners can stay for its life.
        EventListener::once(&script, "load", move |_| {
            state.set(if global_present() {
                LoadState::Ready
            } else {
                LoadState::Failed
            });
        })
        .forget();
        EventListener::once(&script, "error", move |_| state.set(LoadState::Failed)).forget();
        // The build records the bundle's hash (tools/assemble.mjs); a tampered copy fails to load.
        if let Some(hash) = doc
            .query_selector("meta[name=echarts-integrity]")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
        {
            script.set_integrity(&hash);
            script.set_cross_origin(Some("anonymous"));
        }
        script.set_src(ECHARTS_URL);
        let appended = doc.head().map(|h| h.append_child(&script).is_ok()).unwrap_or(false);
        if !appended {
            self.state.set(LoadState::Failed);
        }
    }
}

/// `window.echarts.init` exists (the bundle ran and nothing replaced it).
fn global_present() -> bool {
    let Some(window) = web_sys::window() else { return false };
    js_sys::Reflect::get(&window, &JsValue::from_str("echarts"))
        .ok()
        .filter(|e| e.is_object())
        .and_then(|e| js_sys::Reflect::get(&e, &JsValue::from_str("init")).ok())
        .map(|init| init.is_function())
        .unwrap_or(false)
}

/// A string naming the series' types and names: when it changes, the old option must be
/// replaced rather than merged into, or removed series would linger.
pub fn series_signature(option: &JsValue) -> String {
    let series = js_sys::Reflect::get(option, &JsValue::from_str("series")).unwrap_or(JsValue::UNDEFINED);
    let Some(list) = series.dyn_ref::<js_sys::Array>() else {
        return String::new();
    };
    list.iter()
        .map(|s| {
            let field = |k: &str| {
                js_sys::Reflect::get(&s, &JsValue::from_str(k))
                    .ok()
                    .and_then(|v| v.as_string())
            };
            format!(
                "{}:{}",
                field("type").unwrap_or_default(),
                field("id").or_else(|| field("name")).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("|")
}
