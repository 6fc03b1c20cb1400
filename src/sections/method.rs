//! How the page knows what it says, and what changed since it was first published: the status
//! labels and how each is assigned, how conflicts between sources are shown, and the dated
//! "Updates and corrections" list (`data/corrections.json`, text `corrections.item.<id>`).
//! The stamp under the headline links here.

use super::SectionShell;
use crate::components::rich::{rich_view, RichP};
use crate::components::source_line::ConfidenceBadge;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::{dataset, ChangeKind, Confidence};
use crate::model::format;
use crate::use_lang;
use leptos::prelude::*;

/// The label of a change's kind.
pub fn kind_label(t: &Texts, k: ChangeKind) -> &'static str {
    match k {
        ChangeKind::Correction => t.corrections_kind_correction,
        ChangeKind::Update => t.corrections_kind_update,
    }
}

/// What each status means, in the order of how sure it is.
const STATUSES: [(Confidence, &str); 6] = [
    (Confidence::Official, "official"),
    (Confidence::Calculated, "calculated"),
    (Confidence::Reported, "reported"),
    (Confidence::Estimate, "estimate"),
    (Confidence::Unverified, "unverified"),
    (Confidence::Denied, "denied"),
];

/// What a correction's link leads to, in words: a timeline entry by its date, else the kind of
/// place (the diagram, a claim row, the glossary, the timeline), so two links never read alike.
fn at_label(t: &Texts, lang: crate::model::lang::Lang, anchor: &str) -> String {
    if let Some(id) = anchor.strip_prefix("tl-") {
        let date = id.get(..10).unwrap_or(id);
        return t.fmt_corrections_at_entry(&format::date(lang, date));
    }
    if anchor.starts_with("gates-today") {
        return t.corrections_at_lede.to_string();
    }
    let kind = match anchor.split('-').next().unwrap_or_default() {
        "claim" => t.corrections_at_claim,
        "glossary" => t.corrections_at_glossary,
        "figure" | "gate" | "gates" => t.corrections_at_diagram,
        "timeline" => t.corrections_at_timeline,
        _ => t.corrections_see,
    };
    kind.to_string()
}

#[component]
pub fn Method() -> impl IntoView {
    let lang = use_lang();
    let statuses = STATUSES
        .into_iter()
        .map(|(c, key)| {
            let def = format!("method.status.{key}");
            view! {
                <div class="method__status">
                    <dt><ConfidenceBadge confidence=c/></dt>
                    <dd>{move || lookup(texts(lang.get()), &def).unwrap_or_default()}</dd>
                </div>
            }
        })
        .collect_view();
    let corrections = dataset().as_ref().ok().map(|d| {
        d.corrections
            .iter()
            .map(|c| {
                let key = format!("corrections.item.{}", c.id);
                let links =
                    c.at.iter()
                        .enumerate()
                        .map(|(i, a)| {
                            view! {
                                {move || if i == 0 { " " } else { texts(lang.get()).gates_list_sep }}
                                <a class="corrections__at" href=format!("#{a}")>
                                    {move || at_label(texts(lang.get()), lang.get(), a)}
                                </a>
                            }
                        })
                        .collect_view();
                view! {
                    <li class=format!("corrections__item corrections__item--{}", match c.kind {
                        ChangeKind::Correction => "correction",
                        ChangeKind::Update => "update",
                    }) id=format!("change-{}", c.id)>
                        <time datetime=c.date.clone()>{move || format::date(lang.get(), &c.date)}</time>
                        " "
                        <span class="corrections__kind">{move || kind_label(texts(lang.get()), c.kind)}</span>
                        " "
                        {move || {
                            let t = texts(lang.get());
                            rich_view(t, lookup(t, &key).unwrap_or_default())
                        }}
                        {links}
                    </li>
                }
            })
            .collect_view()
    });
    let count = dataset().as_ref().map(|d| d.corrections.len()).unwrap_or_default();
    view! {
        <SectionShell id="method" heading=|t| t.method_heading>
            <RichP text=|t| t.method_p1/>
            // The six definitions are reference matter: folded, like the sources and the glossary.
            <details class="disclosure" id="method-statuses">
                <summary>{move || texts(lang.get()).method_statuses_show}</summary>
                <dl class="method__statuses">{statuses}</dl>
                // How conflicts between sources are shown: with the definitions it relies on.
                <RichP text=|t| t.method_p2/>
            </details>
            <h3 id="corrections-heading">{move || texts(lang.get()).corrections_heading}</h3>
            <p>{move || texts(lang.get()).corrections_lede}</p>
            <details class="disclosure" id="corrections-list">
                <summary>{move || texts(lang.get()).fmt_corrections_show(&count.to_string())}</summary>
                // The stamp's link lands here: inside the fold, so following it opens the list.
                <ol class="corrections" id="corrections" aria-labelledby="corrections-heading">{corrections}</ol>
            </details>
        </SectionShell>
    }
}
