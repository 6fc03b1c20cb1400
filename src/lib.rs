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
    claims::Claims,
    companies::Companies,
    conclusion::Conclusion,
    domestic::Domestic,
    generations::Generations,
    intro::Intro,
    references::{Glossary, Sources},
    SECTIONS,
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
    /// Build the sections one task at a time, each taking over its prerendered twin (see
    /// `Deferred`), so no single task blocks the page for long.
    #[prop(optional)]
    progressive: bool,
) -> impl IntoView {
    let lang = RwSignal::new(initial_lang);
    provide_context(lang);
    let stage = MountStage(RwSignal::new(if progressive { 0 } else { SECTIONS.len() }));
    provide_context(stage);
    let fanout = LangFanout(StoredValue::new(Vec::new()));
    provide_context(fanout);
    // A language switch repaints what the reader sees first (header, contents and the sections
    // on screen, in this task) and the other sections one task each after, so the page answers
    // at once instead of after re-rendering every paragraph.
    Effect::new(move |previous: Option<Lang>| {
        let l = lang.get();
        if previous.is_some_and(|p| p != l) {
            let (now, later): (Vec<_>, Vec<_>) = fanout
                .0
                .get_value()
                .into_iter()
                .partition(|(id, _)| env::near_viewport(id));
            for (_, local) in now {
                local.set(l);
            }
            follow_later(lang, later);
        }
        l
    });
    Effect::new(move |_| {
        if stage.0.get() < SECTIONS.len() {
            env::next_task(move || {
                // Building a section replaces its stand-in; focus inside it goes to the twin.
                let focus = env::FocusMark::take();
                stage.0.update(|s| *s += 1);
                if let Some(mark) = focus {
                    // The section is rebuilt by an effect queued by that update; this runs
                    // after it (same queue), and the next task again in case it did not.
                    let again = mark.clone();
                    leptos::task::spawn_local(async move { mark.restore() });
                    env::next_task(move || again.restore());
                }
            });
        }
    });
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
            <Deferred index=0><Intro/></Deferred>
            <Deferred index=1><Approval/></Deferred>
            <Deferred index=2><Companies/></Deferred>
            <Deferred index=3><Generations/></Deferred>
            <Deferred index=4><Domestic/></Deferred>
            <Deferred index=5><Conclusion/></Deferred>
            <Deferred index=6><Claims/></Deferred>
            <Deferred index=7><After/></Deferred>
            <Deferred index=8><Sources/></Deferred>
            <Deferred index=9><Glossary/></Deferred>
        </main>
        </div>
        <SiteFooter/>
    }
    .into_any()
}

/// How many of the page's sections (in `SECTIONS` order) are built; all of them unless the app
/// mounts progressively over a prerender.
#[derive(Clone, Copy)]
pub struct MountStage(pub RwSignal<usize>);

impl MountStage {
    /// Every section is built (true outside the app, too).
    pub fn complete() -> bool {
        use_context::<MountStage>().is_none_or(|s| s.0.get() >= SECTIONS.len())
    }
}

/// Each section's own copy of the language, which follows the page's (see `App`).
#[derive(Clone, Copy)]
struct LangFanout(StoredValue<Vec<(&'static str, RwSignal<Lang>)>>);

/// Brings the sections in `rest` to the page's current language, one per task.
fn follow_later(lang: RwSignal<Lang>, mut rest: Vec<(&'static str, RwSignal<Lang>)>) {
    if rest.is_empty() {
        return;
    }
    env::next_task(move || {
        let (_, local) = rest.remove(0);
        // The page's language now, not when the switch began: a second switch wins.
        if let Some(l) = lang.try_get_untracked() {
            let _ = local.try_set(l);
        }
        follow_later(lang, rest);
    });
}

/// Section `index` of `SECTIONS`, once the mount stage has reached it, with its own copy of the
/// language (see `LangFanout`). Until then an empty
/// `<section>` with the same attributes stands in, and `env::Prerender::replace` moves the
/// prerendered section's content into it, so the page looks the same throughout.
#[component]
fn Deferred(index: usize, children: ChildrenFn) -> impl IntoView {
    let stage = use_context::<MountStage>().map(|s| s.0);
    let id = SECTIONS[index].0;
    // The section reads its own copy of the language (`use_lang` finds the nearest).
    if let (Some(page), Some(fanout)) = (use_context::<RwSignal<Lang>>(), use_context::<LangFanout>()) {
        let local = RwSignal::new(page.get_untracked());
        provide_context(local);
        fanout.0.update_value(|v| v.push((id, local)));
    }
    view! {
        <Show
            when=move || stage.is_none_or(|s| s.get() > index)
            fallback=move || view! {
                <section id=id class="section" aria-labelledby=format!("{id}-heading") data-deferred=""></section>
            }
        >
            {children()}
        </Show>
    }
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
