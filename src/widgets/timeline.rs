//! The dated timeline from the first US controls to the latest reports, filterable by actor,
//! each entry with its status and sources; the source article's date is marked.
//!
//! The entries are article text (`TimelineList`, written at build time); the live widget is the
//! filter above them, which hides the entries of the actors switched off, by their ids (again
//! after the language switch has brought in the other language's entries).

use crate::components::embed_dialog::EmbedButton;
use crate::components::source_line::ConfidenceBadge;
use crate::env;
use crate::i18n::{texts, Texts};
use crate::model::data::{dataset, Actor, Confidence};
use crate::model::embed::EmbedWidget;
use crate::model::timeline::ActorFilter;
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

/// Shows the entries `filter` allows and hides the others, in the page as it is now.
fn apply(filter: ActorFilter) {
    let (Some(doc), Ok(data)) = (web_sys::window().and_then(|w| w.document()), dataset()) else {
        return;
    };
    for entry in &data.timeline {
        if let Some(el) = doc.get_element_by_id(&format!("tl-{}", entry.id)) {
            let hide = !filter.allows(entry.actor);
            if el.has_attribute("hidden") != hide {
                let _ = if hide {
                    el.set_attribute("hidden", "")
                } else {
                    el.remove_attribute("hidden")
                };
            }
        }
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
    // Again whenever the language switch has put the other language's entries in.
    let swaps = use_context::<crate::widgets::Swaps>().map(|s| s.0);
    Effect::new(move |_| {
        if let Some(s) = swaps {
            s.track();
        }
        apply(filter.get());
    });

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
        </div>
    }
    .into_any()
}

/// The entries, with the source article's date marked: article text, written at build time.
#[cfg(not(target_arch = "wasm32"))]
pub use list::TimelineList;

#[cfg(not(target_arch = "wasm32"))]
mod list {
    use super::{actor_class, actor_label};
    use crate::components::rich::anchor;
    use crate::components::source_line::ConfidenceBadge;
    use crate::i18n::{lookup, texts};
    use crate::model::data::{dataset, Confidence, Dataset, TimelineEntry};
    use crate::model::format;
    use crate::model::lang::{text_lang, Lang};
    use crate::model::timeline::article_position;
    use crate::use_lang;
    use leptos::prelude::*;

    fn entry_date(lang: Lang, e: &TimelineEntry) -> String {
        match &e.until {
            Some(until) if until != &e.date => format::date_range(lang, &e.date, until),
            _ => format::date(lang, &e.date),
        }
    }

    #[component]
    pub fn TimelineList() -> impl IntoView {
        let Ok(data) = dataset() else { return ().into_any() };
        let total = data.timeline.len();
        let marker_at = article_position(&data.timeline, &data.article.date);
        let mut items = Vec::with_capacity(total + 1);
        for (i, entry) in data.timeline.iter().enumerate() {
            if i == marker_at {
                items.push(view! { <ArticleMarker data/> }.into_any());
            }
            items.push(view! { <Entry entry data/> }.into_any());
        }
        if marker_at == total {
            items.push(view! { <ArticleMarker data/> }.into_any());
        }
        // `data-split`: the language switch swaps the entries one by one, not the whole list.
        view! { <ol class="timeline" data-split="">{items}</ol> }.into_any()
    }

    #[component]
    fn ArticleMarker(data: &'static Dataset) -> impl IntoView {
        let lang = use_lang().get_untracked();
        view! {
            <li class="timeline__marker" id="timeline-article">
                {texts(lang).fmt_timeline_article_marker(&format::date(lang, &data.article.date))}
            </li>
        }
    }

    #[component]
    fn Entry(entry: &'static TimelineEntry, data: &'static Dataset) -> impl IntoView {
        let lang = use_lang().get_untracked();
        let t = texts(lang);
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
                let (href, target) = anchor(&format!("ref-{n}"));
                view! {
                    <li>
                        <a href=s.url.clone() rel="noopener noreferrer" target="_blank" lang=outlet_lang>
                            {s.outlet.clone()}
                        </a>
                        " "
                        <a class="ref-link" href=href target=target>{format!("[{n}]")}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <li
                class=format!("tl-entry tl-entry--{status_class} tl-entry--{}", actor_class(entry.actor))
                id=format!("tl-{}", entry.id)
            >
                <div class="tl-entry__body">
                    <p class="tl-entry__meta">
                        <time datetime=entry.date.clone()>{entry_date(lang, entry)}</time>
                        " "
                        <span class="actor-tag">{actor_label(t, entry.actor)}</span>
                        " "
                        <ConfidenceBadge confidence=entry.status/>
                    </p>
                    <p class="tl-entry__text">{lookup(t, &format!("timeline.entry.{}", entry.id)).unwrap_or_default()}</p>
                    <ul class="tl-entry__sources" aria-label=t.timeline_sources>
                        {sources}
                    </ul>
                </div>
            </li>
        }
    }
}
