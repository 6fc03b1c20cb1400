//! The "Embed" button on each widget: a dialog with a ready-to-paste iframe snippet that keeps
//! the current language, a chosen colour scheme and the widget's state, and a copy button.

use crate::components::rich::InEmbed;
use crate::env;
use crate::i18n::{texts, Texts};
use crate::model::embed::{snippet, EmbedWidget, Theme};
use crate::use_lang;
use leptos::html::{Dialog, Textarea};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub fn widget_name(t: &Texts, w: EmbedWidget) -> &'static str {
    match w {
        EmbedWidget::Funnel => t.embed_widget_funnel,
        EmbedWidget::Gates => t.embed_widget_gates,
        EmbedWidget::Generations => t.embed_widget_generations,
        EmbedWidget::Map => t.embed_widget_map,
        EmbedWidget::Hybrid => t.embed_widget_hybrid,
        EmbedWidget::Timeline => t.embed_widget_timeline,
    }
}

fn theme_label(t: &Texts, theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => t.embed_theme_auto,
        Theme::Light => t.embed_theme_light,
        Theme::Dark => t.embed_theme_dark,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// The button and its dialog; `state` gives the widget's current URL parameters. Not shown
/// inside an embed.
#[component]
pub fn EmbedButton(widget: EmbedWidget, #[prop(into)] state: Signal<Vec<(String, String)>>) -> impl IntoView {
    if use_context::<InEmbed>().is_some() {
        return ().into_any();
    }
    let lang = use_lang();
    let dialog = NodeRef::<Dialog>::new();
    let code_area = NodeRef::<Textarea>::new();
    // Light by default: most host pages are light, and `auto` put a black slab into a white
    // blog for readers whose system is dark. Auto stays one choice away.
    let theme = RwSignal::new(Theme::Light);
    // Known only in the browser, when the dialog is opened.
    let base = RwSignal::new(String::new());
    let copy = RwSignal::new(CopyState::Idle);
    let id = widget.code();
    let code = move || {
        let t = texts(lang.get());
        let title = t.fmt_embed_frame_title(widget_name(t, widget));
        snippet(&base.get(), widget, lang.get(), theme.get(), &state.get(), &title)
    };
    let open = move |_| {
        base.set(env::base_url());
        copy.set(CopyState::Idle);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let do_copy = move |_| {
        let text = code();
        let area = code_area.get();
        if let Some(a) = &area {
            a.select();
        }
        let Some(window) = web_sys::window() else { return };
        let promise = window.navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
                || area
                    .and_then(|_| window.document())
                    .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
                    .map(|d| d.exec_command("copy").unwrap_or(false))
                    .unwrap_or(false);
            copy.set(if ok { CopyState::Copied } else { CopyState::Failed });
        });
    };
    let themes = Theme::ALL
        .into_iter()
        .map(|th| {
            view! {
                <option value=th.code() selected=move || theme.get() == th>
                    {move || theme_label(texts(lang.get()), th)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="embed-tools">
            <button type="button" class="chip-button embed-button" id=format!("embed-{id}") on:click=open>
                {move || texts(lang.get()).embed_button}
            </button>
            <dialog class="embed-dialog" node_ref=dialog aria-labelledby=format!("embed-{id}-title")>
                <h2 id=format!("embed-{id}-title")>{move || texts(lang.get()).embed_dialog_title}</h2>
                <p>{move || texts(lang.get()).embed_dialog_intro}</p>
                <label class="control">
                    <span>{move || texts(lang.get()).embed_theme_label}</span>
                    <select
                        id=format!("embed-{id}-theme")
                        on:change=move |ev| {
                            theme.set(Theme::parse(&event_target_value(&ev)));
                            copy.set(CopyState::Idle);
                        }
                    >
                        {themes}
                    </select>
                </label>
                <label class="control">
                    <span>{move || texts(lang.get()).embed_code_label}</span>
                    <textarea
                        id=format!("embed-{id}-code")
                        node_ref=code_area
                        readonly
                        rows="6"
                        spellcheck="false"
                        prop:value=code
                    ></textarea>
                </label>
                <div class="embed-dialog__actions">
                    <button type="button" class="chip-button chip-button--primary" on:click=do_copy>
                        {move || texts(lang.get()).embed_copy}
                    </button>
                    <span class="embed-dialog__status" role="status">
                        {move || match copy.get() {
                            CopyState::Idle => "",
                            CopyState::Copied => texts(lang.get()).embed_copied,
                            CopyState::Failed => texts(lang.get()).embed_copy_failed,
                        }}
                    </span>
                    <button
                        type="button"
                        class="chip-button"
                        on:click=move |_| {
                            if let Some(d) = dialog.get() {
                                d.close();
                            }
                        }
                    >
                        {move || texts(lang.get()).embed_close}
                    </button>
                </div>
            </dialog>
        </div>
    }
    .into_any()
}
