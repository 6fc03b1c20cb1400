//! The dated timeline from the first US controls to the latest reports, filterable by actor,
//! each entry with its status and sources; the source article's date is marked.

use crate::components::embed_dialog::EmbedButton;
use crate::components::rich::anchor;
use crate::components::source_line::ConfidenceBadge;
use crate::env;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::{dataset, Actor, Confidence, Dataset, TimelineEntry};
use crate::model::embed::EmbedWidget;
use crate::model::format;
use crate::model::lang::{text_lang, Lang};
use crate::model::timeline::{article_position, ActorFilter};
use crate::use_lang;
use leptos::prelude::*;

pub fn actor_label(t: &Texts, actor: Actor) -> &'static str {
    match actor {
        Actor::Us => t.timeline_actor_us,
        Actor::China => t.timeline_actor_china,
        Actor::Industry => t.timeline_actor_industry,
    }
}

fn actor_class(actor: Actor) -> &'static str {
    match actor {
        Actor::Us => "us",
        Actor::China => "china",
        Actor::Industry => "industry",
    }
}

fn entry_date(lang: Lang, e: &TimelineEntry) -> String {
    match &e.until {
        Some(until) if until != &e.date => format::date_range(lang, &e.date, until),
        _ => format::date(lang, &e.date),
    }
}

#[component]
pub fn Timeline() -> impl IntoView {
    let lang = use_lang();
    let Ok(data) = dataset() else { return ().into_any() };
    let filter = RwSignal::new(ActorFilter::default());
    Effect::new(move |_| {
        if let Some(f) = env::url_state().actors {
            filter.set(f);
        }
    });
    let total = data.timeline.len();
    let shown = move || filter.get().apply(&data.timeline).len();
    let marker_at = article_position(&data.timeline, &data.article.date);

    let filters = Actor::ALL
        .into_iter()
        .map(|actor| {
            view! {
                <button
                    type="button"
                    class=format!("chip-button actor-toggle actor-toggle--{}", actor_class(actor))
                    aria-pressed=move || filter.get().allows(actor).to_string()
                    on:click=move |_| filter.update(|f| f.toggle(actor))
                >
                    {move || actor_label(texts(lang.get()), actor)}
                </button>
            }
        })
        .collect_view();

    let legend = [Confidence::Official, Confidence::Reported, Confidence::Unverified]
        .into_iter()
        .map(|c| {
            let explain = move || {
                let t = texts(lang.get());
                match c {
                    Confidence::Official => t.timeline_legend_official,
                    Confidence::Reported => t.timeline_legend_reported,
                    _ => t.timeline_legend_unverified,
                }
            };
            view! {
                <li>
                    <ConfidenceBadge confidence=c/>
                    " "
                    {explain}
                </li>
            }
        })
        .collect_view();

    let mut items = Vec::with_capacity(total + 1);
    for (i, entry) in data.timeline.iter().enumerate() {
        if i == marker_at {
            items.push(view! { <ArticleMarker data/> }.into_any());
        }
        items.push(view! { <Entry entry data filter/> }.into_any());
    }
    if marker_at == total {
        items.push(view! { <ArticleMarker data/> }.into_any());
    }

    view! {
        <div class="timeline-widget" id="timeline-widget">
            <EmbedButton
                widget=EmbedWidget::Timeline
                state=Signal::derive(move || vec![("actors".to_string(), filter.get().to_param())])
            />
            <div class="timeline-controls">
                <div role="group" class="actor-filters" aria-label=move || texts(lang.get()).timeline_filter_label>
                    {filters}
                </div>
                <p class="timeline-count" aria-live="polite">
                    {move || texts(lang.get()).fmt_timeline_count(&shown().to_string(), &total.to_string())}
                </p>
            </div>
            <details class="timeline-legend">
                <summary>{move || texts(lang.get()).timeline_legend_label}</summary>
                <ul>{legend}</ul>
            </details>
            <p class="notice" hidden=move || shown() != 0>{move || texts(lang.get()).timeline_none}</p>
            <ol class="timeline">{items}</ol>
        </div>
    }
    .into_any()
}

#[component]
fn ArticleMarker(data: &'static Dataset) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="timeline__marker" id="timeline-article">
            {move || texts(lang.get()).fmt_timeline_article_marker(&format::date(lang.get(), &data.article.date))}
        </li>
    }
}

#[component]
fn Entry(entry: &'static TimelineEntry, data: &'static Dataset, filter: RwSignal<ActorFilter>) -> impl IntoView {
    let lang = use_lang();
    let key = format!("timeline.entry.{}", entry.id);
    let status_class = match entry.status {
        Confidence::Official => "official",
        Confidence::Reported => "reported",
        Confidence::Estimate | Confidence::Calculated => "estimate",
        Confidence::Unverified => "unverified",
    };
    let sources = entry
        .sources
        .iter()
        .filter_map(|id| Some((data.source_number(id)?, data.source(id)?)))
        .map(|(n, s)| {
            let outlet_lang = text_lang(&s.outlet).code();
            view! {
                <li>
                    <a href=s.url.clone() rel="noopener noreferrer" target="_blank" lang=outlet_lang>
                        {s.outlet.clone()}
                    </a>
                    " "
                    {
                        let (href, target) = anchor(&format!("ref-{n}"));
                        view! { <a class="ref-link" href=href target=target>{format!("[{n}]")}</a> }
                    }
                </li>
            }
        })
        .collect_view();
    view! {
        <li
            class=format!("tl-entry tl-entry--{status_class} tl-entry--{}", actor_class(entry.actor))
            id=format!("tl-{}", entry.id)
            hidden=move || !filter.get().allows(entry.actor)
        >
            <div class="tl-entry__body">
                <p class="tl-entry__meta">
                    <time datetime=entry.date.clone()>{move || entry_date(lang.get(), entry)}</time>
                    " "
                    <span class="actor-tag">{move || actor_label(texts(lang.get()), entry.actor)}</span>
                    " "
                    <ConfidenceBadge confidence=entry.status/>
                </p>
                <p class="tl-entry__text">{move || lookup(texts(lang.get()), &key).unwrap_or_default()}</p>
                <ul class="tl-entry__sources" aria-label=move || texts(lang.get()).timeline_sources>
                    {sources}
                </ul>
            </div>
        </li>
    }
}
