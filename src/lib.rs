//! h200-explainer: a bilingual interactive explainer of China's approval of NVIDIA H200 imports.
//! `model` is pure and tested natively; everything else renders it.
//!
//! The article is static HTML, written at build time (`prerender`, native) from `App` and the
//! `sections`. In the browser the wasm renders no prose: `main` mounts each interactive widget
//! into its prerendered slot (`page`), and the language switch is a small inline script that
//! swaps in the other language's prerendered tree (`prerender::body_script`).

// The prerender (native, tachys "ssr") nests view types deeper than the default limit.
#![recursion_limit = "256"]

pub mod components;
/// The embed page's frame, written at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod embed;
pub mod env;
pub mod i18n;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod prefs;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod sections;
#[cfg(not(target_arch = "wasm32"))]
pub mod social;
pub mod widgets;

use leptos::prelude::*;
use model::lang::Lang;

/// The current language, shared by the whole page (Japanese when rendered outside the app).
pub fn use_lang() -> Signal<Lang> {
    use_context::<RwSignal<Lang>>()
        .map(Signal::from)
        .unwrap_or_else(|| Signal::stored(Lang::Ja))
}

#[cfg(not(target_arch = "wasm32"))]
pub use article::App;

/// The page as the build writes it (native only): the whole article, or one widget's embed page.
#[cfg(not(target_arch = "wasm32"))]
mod article {
    use crate::components::lang_switch::LangSwitch;
    use crate::components::toc::Toc;
    use crate::embed::EmbedFrame;
    use crate::i18n::texts;
    use crate::model::data::dataset;
    use crate::model::embed::EmbedWidget;
    use crate::model::{format, lang::Lang};
    use crate::sections::lede::{Headline, LedeBlock};
    use crate::sections::{
        after::After,
        approval::Approval,
        cite::CiteThis,
        claims::Claims,
        companies::Companies,
        conclusion::Conclusion,
        domestic::Domestic,
        generations::Generations,
        intro::Intro,
        method::Method,
        references::{Glossary, Sources},
    };
    use crate::use_lang;
    use leptos::prelude::*;

    /// The whole explainer in `lang`, or one widget when `embed` is set.
    #[component]
    pub fn App(lang: Lang, #[prop(optional)] embed: Option<EmbedWidget>) -> impl IntoView {
        provide_context(RwSignal::new(lang));
        if let Some(widget) = embed {
            return view! { <EmbedFrame widget/> }.into_any();
        }
        let t = texts(lang);
        view! {
            <a class="skip-link" href="#main">{t.site_skip}</a>
            <header class="site-header">
                <div class="site-header__inner">
                    // The masthead: the publication (this project; no person is named, because no
                    // person wrote it alone), how it works and what it corrected, and the language.
                    <div class="masthead">
                        <p class="masthead__name">
                            <a href=if lang == Lang::Ja { "./" } else { "./en.html" }>{t.site_publication}</a>
                            <span class="masthead__note">{t.site_publication_note}</span>
                        </p>
                        <p class="masthead__links">
                            <a href="#method">{t.method_link}</a>
                            <a href="#corrections">{t.corrections_link}</a>
                        </p>
                        <LangSwitch/>
                    </div>
                    <div class="site-header__titles">
                        <Headline/>
                    </div>
                </div>
            </header>
            <div class="layout">
            <Toc/>
            <main id="main" class="article" tabindex="-1">
                {match dataset() {
                    Ok(_) => ().into_any(),
                    Err(e) => view! { <p class="notice notice--error" role="alert">{e.to_string()}</p> }.into_any(),
                }}
                <LedeBlock/>
                <Intro/>
                <Approval/>
                <Companies/>
                <Generations/>
                <Domestic/>
                <Conclusion/>
                <Claims/>
                <After/>
                <Sources/>
                <Glossary/>
                <Method/>
                <CiteThis/>
            </main>
            </div>
            <SiteFooter/>
        }
        .into_any()
    }

    /// Credits the source article and says how the text was made.
    #[component]
    fn SiteFooter() -> impl IntoView {
        let lang = use_lang().get_untracked();
        let t = texts(lang);
        let article = dataset().as_ref().ok().map(|d| d.article.clone());
        view! {
            <footer class="site-footer">
                {article.map(|a| {
                    view! {
                        <p class="credit">
                            {t.footer_based_on} " "
                            <a href=a.url.clone() rel="noopener noreferrer" target="_blank" lang="ja">{a.title.clone()}</a>
                            " (" {a.site.clone()} ", "
                            {t.fmt_footer_published(&format::date(lang, &a.date))} ")"
                        </p>
                    }
                })}
                <p>{t.footer_original}</p>
                <p>{t.footer_storage_note}</p>
            </footer>
        }
    }
}
