//! h200-explainer: a bilingual interactive explainer of China's approval of NVIDIA H200 imports.
//! `model` is pure and tested natively; everything else renders it.

// The prerender (native, tachys "ssr") nests view types deeper than the default limit.
#![recursion_limit = "256"]

pub mod components;
pub mod embed;
pub mod env;
pub mod i18n;
pub mod model;
pub mod prefs;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod sections;
pub mod widgets;

use components::echarts::EchartsLoader;
use components::lang_switch::LangSwitch;
use components::toc::Toc;
use i18n::texts;
use leptos::prelude::*;
use model::data::dataset;
use model::embed::{EmbedWidget, Theme};
use model::{format, lang::Lang};
use prefs::Prefs;
use sections::{
    after::After,
    approval::Approval,
    companies::Companies,
    conclusion::Conclusion,
    domestic::Domestic,
    generations::Generations,
    intro::Intro,
    references::{Glossary, Sources},
};

/// The current language, shared by the whole page (Japanese when rendered outside the app).
pub fn use_lang() -> Signal<Lang> {
    use_context::<RwSignal<Lang>>()
        .map(Signal::from)
        .unwrap_or_else(|| Signal::stored(Lang::Ja))
}

/// The whole explainer, or one widget when `embed` is set. `initial_lang`, `embed` and
/// `theme` are resolved from the URL before mounting, so rendering never touches the browser.
#[component]
pub fn App(
    initial_lang: Lang,
    #[prop(optional)] embed: Option<EmbedWidget>,
    #[prop(optional)] theme: Theme,
) -> impl IntoView {
    let lang = RwSignal::new(initial_lang);
    provide_context(lang);
    let prefs = Prefs::new();
    provide_context(prefs);
    provide_context(EchartsLoader::new());

    // `<html lang>` changes line heights, so it is set before the deep-link scroll measures.
    Effect::new(move |_| {
        let l = lang.get();
        env::apply_document_language(l, texts(l).site_doc_title);
    });
    Effect::new(move |_| {
        env::set_root_attribute("data-theme", (theme != Theme::Auto).then_some(theme.code()));
        prefs.watch_browser(theme);
    });
    Effect::new(move |_| env::scroll_to_hash());

    let choose = Callback::new(move |choice: Lang| {
        lang.set(choice);
        env::save_lang(choice);
        env::replace_query_param("lang", Some(choice.code()));
    });

    if let Some(widget) = embed {
        return view! { <embed::EmbedFrame widget lang on_choose=choose/> }.into_any();
    }

    let t = move || texts(lang.get());
    view! {
        <a class="skip-link" href="#main">{move || t().site_skip}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <div class="site-header__titles">
                    <h1 class="site-title">{move || t().site_title}</h1>
                    <p class="site-subtitle">{move || t().site_subtitle}</p>
                </div>
                <LangSwitch lang on_choose=choose/>
            </div>
        </header>
        <div class="layout">
        <Toc/>
        <main id="main" class="article" tabindex="-1">
            {match dataset() {
                Ok(_) => ().into_any(),
                Err(e) => view! { <p class="notice notice--error" role="alert">{e.to_string()}</p> }.into_any(),
            }}
            <Intro/>
            <Approval/>
            <Companies/>
            <Generations/>
            <Domestic/>
            <Conclusion/>
            <After/>
            <Sources/>
            <Glossary/>
        </main>
        </div>
        <SiteFooter/>
    }
    .into_any()
}

/// Credits the source article and says how the text was made.
#[component]
fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    let t = move || texts(lang.get());
    let article = dataset().as_ref().ok().map(|d| d.article.clone());
    view! {
        <footer class="site-footer">
            {article.map(|a| {
                let date = a.date.clone();
                view! {
                    <p class="credit">
                        {move || t().footer_based_on} " "
                        <a href=a.url.clone() rel="noopener noreferrer" target="_blank" lang="ja">{a.title.clone()}</a>
                        " (" {a.site.clone()} ", "
                        {move || t().fmt_footer_published(&format::date(lang.get(), &date))} ")"
                    </p>
                }
            })}
            <p>{move || t().footer_original}</p>
            <p>{move || t().footer_storage_note}</p>
        </footer>
    }
}
