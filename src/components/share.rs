//! The "PNG" and "SVG" buttons beside a figure's Embed button: download the figure as an image
//! that stands on its own, with its title, its current state, its sources and a credit with the
//! explainer's address, in the current language and theme.
//!
//! The widget only describes its image here, as `data-share-*` attributes that follow its state;
//! the image is made by `src/page.js` when a button is pressed (the drawing's SVG with its
//! computed styles inlined, or ECharts' own export), so none of that code is in the wasm and
//! the gate diagram's buttons work before the wasm arrives.

use crate::components::rich::InEmbed;
use crate::i18n::{texts, Texts};
use crate::use_lang;
use leptos::prelude::*;

/// What a downloaded image says besides the drawing, in the current language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShareInfo {
    pub title: String,
    /// The figure's state: the metric, filters and scale, the dated moment, the period…
    pub state: String,
    /// The sources line, "Source: …".
    pub source: String,
    /// The file name without extension (`model::share::file_stem`).
    pub file: String,
}

/// "Source: …" in the current language.
pub fn source_line(t: &Texts, text: &str) -> String {
    format!("{}{}{text}", t.chart_source, t.embed_image_colon)
}

/// The two buttons. `of` selects the drawing inside the figure (`.gate-svg`, `.chart-canvas`,
/// `.tl-strip__svg`; a chart not drawn yet has nothing to download, which only happens before
/// the reader has come near it). Not shown inside an embed (as the Embed button is not).
#[component]
pub fn ShareButtons(of: &'static str, #[prop(into)] info: Signal<ShareInfo>) -> impl IntoView {
    if use_context::<InEmbed>().is_some() {
        return ().into_any();
    }
    let lang = use_lang();
    let button = move |kind: &'static str| {
        view! {
            <button
                type="button"
                class="chip-button share-button"
                data-share=kind
                aria-label=move || {
                    let t = texts(lang.get());
                    if kind == "png" { t.embed_download_png } else { t.embed_download_svg }
                }
            >
                {if kind == "png" { "PNG" } else { "SVG" }}
            </button>
        }
    };
    view! {
        <div
            class="share-tools"
            data-share-of=of
            data-share-title=move || info.with(|i| i.title.clone())
            data-share-state=move || info.with(|i| i.state.clone())
            data-share-source=move || info.with(|i| i.source.clone())
            data-share-file=move || info.with(|i| i.file.clone())
            data-share-credit=move || texts(lang.get()).embed_image_credit
        >
            {button("png")}
            {button("svg")}
        </div>
    }
    .into_any()
}
