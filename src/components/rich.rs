//! Paragraphs from the locale files, with numbered citations and glossary terms made live.

use crate::components::term::Term;
use crate::i18n::{texts, TextFn, Texts};
use crate::model::data::dataset;
use crate::model::rich::{parse, Inline};
use crate::use_lang;
use leptos::prelude::*;

/// Present when the page is an embed: in-page anchors (sources, timeline entries) then point
/// to the full explainer in a new tab, since the embed has no sources list of its own.
#[derive(Clone, Copy, Debug)]
pub struct InEmbed;

/// `href` and `target` for an anchor in the full page, such as `ref-4` or `tl-…`.
pub fn anchor(fragment: &str) -> (String, Option<&'static str>) {
    if use_context::<InEmbed>().is_some() {
        let lang = use_lang().get_untracked();
        (format!("./?lang={}#{fragment}", lang.code()), Some("_blank"))
    } else {
        (format!("#{fragment}"), None)
    }
}

/// The runs of one paragraph as views; unknown source ids are shown as plain text markers
/// rather than dropped, so a missing source is visible (and caught by the data tests).
pub fn rich_view(t: &'static Texts, text: &str) -> AnyView {
    parse(text)
        .into_iter()
        .map(|inline| match inline {
            Inline::Text(s) => s.into_any(),
            Inline::Strong(s) => view! { <strong>{s}</strong> }.into_any(),
            Inline::Term { key, label } => view! { <Term key label/> }.into_any(),
            // A word joiner ties the citation to the word before it, so its number never starts
            // a line on its own.
            Inline::Cite(ids) => view! { "\u{2060}" <Citations ids t/> }.into_any(),
        })
        .collect_view()
        .into_any()
}

/// `[3][7]`: superscript links to the numbered sources list.
#[component]
fn Citations(ids: Vec<String>, t: &'static Texts) -> impl IntoView {
    let numbers: Vec<Option<usize>> = {
        let data = dataset().as_ref().ok();
        ids.iter().map(|id| data.and_then(|d| d.source_number(id))).collect()
    };
    view! {
        <sup class="cite">
            {numbers
                .into_iter()
                .map(|n| match n {
                    Some(n) => {
                        let (href, target) = anchor(&format!("ref-{n}"));
                        view! {
                            <a href=href target=target aria-label=t.fmt_sources_cite_label(&n.to_string())>
                                {format!("[{n}]")}
                            </a>
                        }
                            .into_any()
                    }
                    None => "[?]".into_any(),
                })
                .collect_view()}
        </sup>
    }
}

/// A paragraph whose text is chosen from the current language's strings.
#[component]
pub fn RichP(text: TextFn) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p>
            {move || {
                let t = texts(lang.get());
                rich_view(t, text(t))
            }}
        </p>
    }
}
