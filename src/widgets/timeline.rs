//! The dated timeline from the first US controls to the latest reports, filterable by actor,
//! each entry with its status and sources; the source article's date is marked.
//!
//! The live widget is the filter, the period switch and the lane strip: one lane per actor, each
//! event a dot at its date (its status in the dot's shape as well as its colour), the source
//! article's date a labelled rule. The layout is `model::timeline::strip`, made for a narrow and
//! a wide width, and CSS picks one by the strip's own width, so the build's first render fits
//! every screen. Each dot is a link to its entry in the list, so it works before the wasm and
//! without it; live, it puts that entry into the card under the strip instead.
//!
//! The entries and the card are article text (`TimelineList`, `TimelineCard`, written at build
//! time: the wasm holds none of their prose). The widget acts on them by their ids: it hides the
//! entries of the actors switched off and copies the chosen entry into the card (again after
//! the language switch has brought in the other language's entries and card).

use crate::components::customise::Customise;
use crate::components::embed_dialog::{widget_name, EmbedButton};
use crate::components::share::{source_line, ShareButtons, ShareInfo};
use crate::components::source_line::{confidence_label, ConfidenceBadge};
use crate::env;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::{dataset, Actor, Confidence};
use crate::model::embed::EmbedWidget;
use crate::model::timeline::{lane, opening_event, strip, ActorFilter, Period};
use crate::model::{format, share};
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

/// The strip's vertical geometry, in px: the row for the article's label, where a lane's first
/// row of dots sits under its label, the distance between stacked rows (the model keeps dots of a row `DOT_SPACING` apart,
/// and rows this far apart keep their marks clear of each other) and the axis under the lanes.
const TOP: f64 = 26.0;
const FIRST_ROW: f64 = 28.0;
const ROW: f64 = 12.0;
const LANE_FOOT: f64 = 10.0;
const AXIS: f64 = 40.0;

/// A row of key-moment names under the axis, and the strip widths (px) their collisions are
/// judged at: the phone's and the column's.
const NOTE_ROW: f64 = 14.0;
const NOTE_WIDTHS: [f64; 2] = [343.0, 640.0];

/// The key moments shown in the strip, per layout: (x, row, name, anchor). A moment is one of
/// the gates figure's dated states, named as there (`gates.tick.*`); only those in the period
/// and lanes shown.
fn key_notes(
    t: &Texts,
    s: &crate::model::timeline::Strip,
    f: &ActorFilter,
) -> [Vec<(f64, usize, String, &'static str)>; 2] {
    let Ok(data) = dataset() else {
        return [Vec::new(), Vec::new()];
    };
    let mut moments: Vec<(f64, String)> = data
        .gate_presets
        .iter()
        .filter_map(|p| {
            let label = lookup(t, &format!("gates.tick.{}", p.id))?;
            let d = s.dots.iter().find(|d| data.timeline[d.index].id == p.timeline)?;
            f.allows(data.timeline[d.index].actor).then(|| (d.x, label.to_string()))
        })
        .collect();
    moments.sort_by(|a, b| a.0.total_cmp(&b.0));
    [0, 1].map(|w| {
        let width = NOTE_WIDTHS[w];
        let mut ends: Vec<f64> = Vec::new();
        moments
            .iter()
            .map(|(x, label)| {
                let px = x * width;
                let wide = format::text_width(label, 11.0) + 8.0;
                // Names run right from their moment, or end at it near the right edge.
                let (left, anchor) = if px + wide > width {
                    (px - wide, "end")
                } else {
                    (px, "start")
                };
                let row = ends.iter().position(|&e| e < left).unwrap_or(ends.len());
                if row == ends.len() {
                    ends.push(0.0);
                }
                ends[row] = left + wide;
                (*x, row, label.clone(), anchor)
            })
            .collect()
    })
}

fn lane_height(rows: u32) -> f64 {
    FIRST_ROW + f64::from(rows.max(1) - 1) * ROW + LANE_FOOT
}

fn pct(x: f64) -> String {
    format!("{:.3}%", x * 100.0)
}

/// The statuses the strip draws, each in its own shape (estimates and calculations are not events).
const DRAWN_STATUSES: [Confidence; 4] = [
    Confidence::Official,
    Confidence::Reported,
    Confidence::Unverified,
    Confidence::Denied,
];

fn status_class(c: Confidence) -> &'static str {
    match c {
        Confidence::Official => "official",
        Confidence::Reported => "reported",
        Confidence::Estimate | Confidence::Calculated => "estimate",
        Confidence::Unverified => "unverified",
        Confidence::Denied => "denied",
    }
}

/// Puts the entry `id` (its body, from the list below) into the card under the strip.
fn show_card(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(card) = doc.get_element_by_id("timeline-card") else {
        return;
    };
    if card.get_attribute("data-event").as_deref() == Some(id) {
        return;
    }
    let Some(body) = doc
        .get_element_by_id(&format!("tl-{id}"))
        .and_then(|li| li.query_selector(".tl-entry__body").ok().flatten())
    else {
        return;
    };
    let Ok(copy) = body.clone_node_with_deep(true) else {
        return;
    };
    match card.query_selector(".tl-entry__body").ok().flatten() {
        Some(old) => {
            let _ = old.replace_with_with_node_1(&copy);
        }
        None => {
            let _ = card.append_child(&copy);
        }
    }
    let _ = card.set_attribute("data-event", id);
}

/// Moves focus to the dot of event `id` (an SVG element: no typed `focus` in web-sys for it).
fn focus_dot(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("tl-dot-{id}")))
    else {
        return;
    };
    if let Ok(f) = js_sys::Reflect::get(&el, &"focus".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = f.call0(&el);
    }
}

#[component]
pub fn Timeline() -> impl IntoView {
    let lang = use_lang();
    let Ok(data) = dataset() else { return ().into_any() };
    let filter = RwSignal::new(ActorFilter::default());
    let period = RwSignal::new(Period::default());
    let selected = RwSignal::new(opening_event(&data.timeline));
    Effect::new(move |_| {
        let url = env::url_state();
        if let Some(f) = url.actors {
            filter.set(f);
        }
        if let Some(p) = url.period {
            period.set(p);
        }
    });
    // Again whenever the language switch has put the other language's entries in.
    let swaps = use_context::<crate::widgets::Swaps>().map(|s| s.0);
    Effect::new(move |_| {
        if let Some(s) = swaps {
            s.track();
        }
        apply(filter.get());
    });
    Effect::new(move |_| {
        if let Some(s) = swaps {
            s.track();
        }
        if let Some(i) = selected.get() {
            show_card(&data.timeline[i].id);
        }
    });
    let layout = Memo::new(move |_| strip(&data.timeline, &data.article.date, period.get()));
    // The count line: the period's events the filter shows, of the period's events.
    let counted = move || layout.with(|s| s.count(&data.timeline, &filter.get()));

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

    let periods = Period::ALL
        .into_iter()
        .map(|p| {
            view! {
                <button
                    type="button"
                    class="chip-button tl-period__button"
                    aria-pressed=move || (period.get() == p).to_string()
                    on:click=move |_| {
                        period.set(p);
                        env::replace_query_param("period", (p != Period::default()).then_some(p.code()));
                    }
                >
                    {move || {
                        let t = texts(lang.get());
                        match p {
                            Period::All => t.timeline_period_all,
                            Period::Recent => t.timeline_period_recent,
                        }
                    }}
                </button>
            }
        })
        .collect_view();

    let legend = DRAWN_STATUSES
        .into_iter()
        .map(|c| {
            let explain = move || {
                let t = texts(lang.get());
                match c {
                    Confidence::Official => t.timeline_legend_official,
                    Confidence::Reported => t.timeline_legend_reported,
                    Confidence::Denied => t.timeline_legend_denied,
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
    // The shapes the strip draws, always in view (the legend above explains the statuses).
    let key = DRAWN_STATUSES
        .into_iter()
        .map(|c| {
            view! {
                <li>
                    <svg class="tl-key__mark" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                        <g class=format!("tl-dot--{}", status_class(c))>
                            <circle class="tl-dot__mark" cx="7" cy="7" r=mark_radius(c)></circle>
                        </g>
                    </svg>
                    {move || confidence_label(texts(lang.get()), c)}
                </li>
            }
        })
        .collect_view();

    let on_key = move |ev: web_sys::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        let Some(i) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".tl-dot").ok().flatten())
            .and_then(|el| el.get_attribute("data-i"))
            .and_then(|i| i.parse::<usize>().ok())
        else {
            return;
        };
        let f = filter.get_untracked();
        let order: Vec<usize> = layout
            .get_untracked()
            .dots
            .iter()
            .map(|d| d.index)
            .filter(|&i| f.allows(data.timeline[i].actor))
            .collect();
        let Some(at) = order.iter().position(|&j| j == i) else {
            return;
        };
        let next = match ev.key().as_str() {
            "ArrowRight" => (at + 1).min(order.len() - 1),
            "ArrowLeft" => at.saturating_sub(1),
            "Home" => 0,
            "End" => order.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        selected.set(Some(order[next]));
        focus_dot(&data.timeline[order[next]].id);
    };

    let strip_view = move || {
        let s = layout.get();
        let f = filter.get();
        let l = lang.get();
        let t = texts(l);
        let lanes: Vec<Actor> = Actor::ALL.into_iter().filter(|a| f.allows(*a)).collect();
        // Each lane's top and the strip's height, at the narrow and the wide layout.
        let mut lane_y = [[0.0; 3]; 2];
        let mut height = [TOP; 2];
        // The key moments (the dated states of the gates figure), named under the axis in the
        // gates figure's own words, in rows so that no two names touch at either layout.
        let notes = key_notes(t, &s, &f);
        for w in 0..2 {
            for a in &lanes {
                lane_y[w][lane(*a)] = height[w];
                height[w] += lane_height(s.rows[w][lane(*a)]);
            }
            let rows = notes[w].iter().map(|n| n.1 + 1).max().unwrap_or(0);
            height[w] += AXIS + rows as f64 * NOTE_ROW;
        }
        let count = s.dots.iter().filter(|d| f.allows(data.timeline[d.index].actor)).count();
        let period_name = match s.period {
            Period::All => t.timeline_period_all,
            Period::Recent => t.timeline_period_recent,
        };
        let axes = [("n", 0), ("w", 1)]
            .into_iter()
            .map(|(class, w)| {
                let rows = notes[w].iter().map(|n| n.1 + 1).max().unwrap_or(0);
                let base = height[w] - AXIS - rows as f64 * NOTE_ROW + 4.0;
                let note_views = notes[w]
                    .iter()
                    .map(|(x, row, label, anchor)| {
                        let y = base + AXIS + 2.0 + *row as f64 * NOTE_ROW;
                        view! {
                            <g class="tl-note">
                                <line x1=pct(*x) x2=pct(*x) y1=base y2=y - 9.0></line>
                                <text x=pct(*x) y=y text-anchor=*anchor>{label.clone()}</text>
                            </g>
                        }
                    })
                    .collect_view();
                let ticks = s
                    .ticks
                    .iter()
                    .map(|tick| {
                        let anchor = if tick.x < 0.04 {
                            "start"
                        } else if tick.x > 0.96 {
                            "end"
                        } else {
                            "middle"
                        };
                        let label = if tick.iso.len() == 4 {
                            format::date(l, &tick.iso)
                        } else {
                            format::month(l, &tick.iso)
                        };
                        let year = tick.year[w].then(|| tick.iso.get(..4).map(|y| format::date(l, y))).flatten();
                        view! {
                            <g class="tl-tick">
                                <line x1=pct(tick.x) x2=pct(tick.x) y1=TOP - 6.0 y2=base></line>
                                {tick.labelled[w].then(|| view! {
                                    <text x=pct(tick.x) y=base + 15.0 text-anchor=anchor>{label}</text>
                                })}
                                {year.map(|y| view! {
                                    <text class="tl-tick__year" x=pct(tick.x) y=base + 31.0 text-anchor=anchor>{y}</text>
                                })}
                            </g>
                        }
                    })
                    .collect_view();
                let rule = s.article_x.map(|x| {
                    let (anchor, dx) = if x > 0.55 { ("end", "-5") } else { ("start", "5") };
                    view! {
                        <g class="tl-rule">
                            <line x1=pct(x) x2=pct(x) y1="4" y2=base></line>
                            <text x=pct(x) dx=dx y="14" text-anchor=anchor>
                                {t.fmt_timeline_article_rule(&format::date(l, &data.article.date))}
                            </text>
                        </g>
                    }
                });
                view! {
                    <g class=format!("tl-axis tl-only-{class}") aria-hidden="true">
                        {ticks}
                        <line class="tl-axis__base" x1="0" x2="100%" y1=base y2=base></line>
                        {rule}
                        {note_views}
                    </g>
                }
            })
            .collect_view();
        let lane_views = lanes
            .iter()
            .map(|&actor| {
                let k = lane(actor);
                let dots = s
                    .dots
                    .iter()
                    .filter(|d| data.timeline[d.index].actor == actor)
                    .map(|d| {
                        let i = d.index;
                        let e = &data.timeline[i];
                        let date = match &e.until {
                            Some(until) if until != &e.date => format::date_range(l, &e.date, until),
                            _ => format::date(l, &e.date),
                        };
                        let title = lookup(t, &format!("timeline.title.{}", e.id)).unwrap_or_default();
                        let name =
                            t.fmt_timeline_dot(actor_label(t, actor), &date, confidence_label(t, e.status), title);
                        let x = pct(d.x);
                        view! {
                            <g class="tl-dot-row" style=format!("--rn:{};--rw:{}", d.row[0], d.row[1])>
                                <a
                                    class=format!("tl-dot tl-dot--{}", status_class(e.status))
                                    href=format!("#tl-{}", e.id)
                                    id=format!("tl-dot-{}", e.id)
                                    data-i=i.to_string()
                                    aria-label=name
                                    aria-current=move || (selected.get() == Some(i)).then_some("true")
                                    on:click=move |ev: web_sys::MouseEvent| {
                                        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
                                            return;
                                        }
                                        ev.prevent_default();
                                        selected.set(Some(i));
                                    }
                                >
                                    <circle class="tl-dot__hit" cx=x.clone() cy=FIRST_ROW r="7"></circle>
                                    <circle class="tl-dot__sel" cx=x.clone() cy=FIRST_ROW r="8.5"></circle>
                                    <circle class="tl-dot__focus" cx=x.clone() cy=FIRST_ROW r="10.5"></circle>
                                    <circle class="tl-dot__mark" cx=x cy=FIRST_ROW r=mark_radius(e.status)></circle>
                                </a>
                            </g>
                        }
                    })
                    .collect_view();
                view! {
                    <g
                        class=format!("tl-lane tl-lane--{}", actor_class(actor))
                        style=format!("--yn:{}px;--yw:{}px", lane_y[0][k], lane_y[1][k])
                    >
                        // An attribute from code: an all-literal SVG element is built from a
                        // template in the browser, wrapped in a <g> the build's HTML lacks.
                        <line class="tl-lane__rule" x1="0" x2=pct(1.0) y1="0" y2="0"></line>
                        <text class="tl-lane__label" x="0" y="15" aria-hidden="true">{actor_label(t, actor)}</text>
                        {dots}
                    </g>
                }
            })
            .collect_view();
        view! {
            <div class="tl-strip" style=format!("--hn:{}px;--hw:{}px", height[0], height[1])>
                <svg
                    class="tl-strip__svg"
                    role="group"
                    aria-label=t.fmt_timeline_strip_label(&count.to_string(), period_name)
                    on:keydown=on_key
                >
                    {axes}
                    {lane_views}
                </svg>
            </div>
            <p class="tl-strip__note" hidden=s.earlier == 0>
                {t.fmt_timeline_earlier_note(&s.earlier.to_string())}
            </p>
        }
    };

    // What a downloaded image of the strip says: the actors and the period shown, and how many
    // sources stand behind the events drawn.
    let share = Signal::derive(move || {
        let l = lang.get();
        let t = texts(l);
        let f = filter.get();
        let p = period.get();
        let actors: Vec<&str> = Actor::ALL
            .into_iter()
            .filter(|a| f.allows(*a))
            .map(|a| actor_label(t, a))
            .collect();
        let period_name = match p {
            Period::All => t.timeline_period_all,
            Period::Recent => t.timeline_period_recent,
        };
        let sources = layout.with(|s| {
            share::distinct(
                s.dots
                    .iter()
                    .map(|d| &data.timeline[d.index])
                    .filter(|e| f.allows(e.actor))
                    .flat_map(|e| e.sources.iter().map(String::as_str)),
            )
            .len()
        });
        let actors_part = if f == ActorFilter::default() {
            String::new()
        } else {
            f.to_param()
        };
        ShareInfo {
            title: widget_name(t, EmbedWidget::Timeline).to_string(),
            state: format!(
                "{}{}{}{}{period_name}",
                t.embed_image_actors,
                t.embed_image_colon,
                actors.join(t.gates_list_sep),
                t.embed_image_sep
            ),
            source: source_line(t, &t.fmt_embed_image_source_timeline(&sources.to_string())),
            file: share::file_stem("timeline", &[p.code(), &actors_part], l),
        }
    });

    view! {
        <div class="timeline-widget" id="timeline-widget">
            <Customise id="timeline-controls" state=Signal::derive(move || {
                let t = texts(lang.get());
                let (shown, total) = counted();
                t.fmt_timeline_count(&shown.to_string(), &total.to_string())
            })>
            <div class="timeline-controls">
                <div role="group" class="actor-filters" aria-label=move || texts(lang.get()).timeline_filter_label>
                    {filters}
                </div>
                <div role="group" class="tl-period" aria-label=move || texts(lang.get()).timeline_period_label>
                    {periods}
                </div>
                <p class="timeline-count" aria-live="polite">
                    {move || {
                        let (shown, total) = counted();
                        texts(lang.get()).fmt_timeline_count(&shown.to_string(), &total.to_string())
                    }}
                </p>
            </div>
            </Customise>
            <div class="tl-keyrow">
                <ul class="tl-key">{key}</ul>
                <details class="timeline-legend">
                    <summary>{move || texts(lang.get()).timeline_legend_label}</summary>
                    <ul>{legend}</ul>
                </details>
            </div>
            {strip_view}
            <p class="notice" hidden=move || !filter.get().apply(&data.timeline).is_empty()>{move || texts(lang.get()).timeline_none}</p>
            <div class="figure-tools figure-tools--foot">
                <EmbedButton
                    widget=EmbedWidget::Timeline
                    state=Signal::derive(move || vec![
                        ("actors".to_string(), filter.get().to_param()),
                        ("period".to_string(), period.get().code().to_string()),
                    ])
                />
                <ShareButtons of=".tl-strip__svg" info=share/>
            </div>
        </div>
    }
    .into_any()
}

/// The radius of a dot's mark: a filled dot, a ring or a dashed circle, each about 11 px across.
fn mark_radius(c: Confidence) -> &'static str {
    match c {
        Confidence::Official => "5",
        Confidence::Unverified | Confidence::Denied => "4.5",
        _ => "4.25",
    }
}

/// The entries, with the source article's date marked: article text, written at build time.
#[cfg(not(target_arch = "wasm32"))]
pub use list::{EmbedEntries, TimelineCard, TimelineList};

#[cfg(not(target_arch = "wasm32"))]
mod list {
    use super::{actor_class, actor_label, status_class};
    use crate::components::rich::anchor;
    use crate::components::source_line::ConfidenceBadge;
    use crate::i18n::{lookup, texts};
    use crate::model::data::{dataset, Dataset, TimelineEntry};
    use crate::model::format;
    use crate::model::lang::{text_lang, Lang};
    use crate::model::timeline::{article_position, opening_event};
    use crate::use_lang;
    use leptos::prelude::*;

    fn entry_date(lang: Lang, e: &TimelineEntry) -> String {
        match &e.until {
            Some(until) if until != &e.date => format::date_range(lang, &e.date, until),
            _ => format::date(lang, &e.date),
        }
    }

    /// The whole list, folded away under a summary: the strip above is the way in, the list the
    /// text alternative (and where the strip's links lead; the page opens the fold for them).
    #[component]
    pub fn TimelineList() -> impl IntoView {
        let Ok(data) = dataset() else { return ().into_any() };
        let lang = use_lang().get_untracked();
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
        // `data-split`: the language switch swaps the summary and the entries one by one, not
        // the whole list (and leaves the fold open or shut as the reader left it).
        view! {
            <details class="timeline-all" data-split="">
                <summary>{texts(lang).fmt_timeline_list_summary(&total.to_string())}</summary>
                <ol class="timeline" data-split="">{items}</ol>
            </details>
        }
        .into_any()
    }

    /// The embed's list: every entry, hidden (the card copies the chosen one from them; a blog
    /// column holds the strip and the card, not a list), then a link to the whole timeline in
    /// the article.
    #[component]
    pub fn EmbedEntries() -> impl IntoView {
        let Ok(data) = dataset() else { return ().into_any() };
        let lang = use_lang().get_untracked();
        let t = texts(lang);
        let entries = data
            .timeline
            .iter()
            .map(|entry| view! { <Entry entry data/> })
            .collect_view();
        let full = format!("./?lang={}#timeline", lang.code());
        view! {
            <div class="tl-older" hidden="">
                <ol class="timeline">{entries}</ol>
            </div>
            <p class="tl-full-link">
                <crate::components::new_tab_link::NewTabLink href=full text=t.timeline_full_link/>
            </p>
        }
        .into_any()
    }

    /// The card under the strip, as the build writes it: the entry the strip opens on, the latest
    /// confirmed event (the live widget copies the reader's choice in).
    #[component]
    pub fn TimelineCard() -> impl IntoView {
        let Ok(data) = dataset() else { return ().into_any() };
        let Some(i) = opening_event(&data.timeline) else {
            return ().into_any();
        };
        let entry = &data.timeline[i];
        let t = texts(use_lang().get_untracked());
        view! {
            <div
                class="tl-card"
                id="timeline-card"
                role="region"
                aria-label=t.timeline_card_label
                aria-live="polite"
                data-event=entry.id.clone()
            >
                <EntryBody entry data/>
            </div>
        }
        .into_any()
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
        view! {
            <li
                class=format!("tl-entry tl-entry--{} tl-entry--{}", status_class(entry.status), actor_class(entry.actor))
                id=format!("tl-{}", entry.id)
            >
                <EntryBody entry data/>
            </li>
        }
    }

    /// An entry's date, actor, status, text and sources (in the list, and in the card).
    #[component]
    fn EntryBody(entry: &'static TimelineEntry, data: &'static Dataset) -> impl IntoView {
        let lang = use_lang().get_untracked();
        let t = texts(lang);
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
                    // When the entry last changed: plain text, so the entry's one <time> stays its date.
                    <p class="changed-on" data-changed=entry.changed.clone()>
                        {t.fmt_method_changed(&format::date(lang, &entry.changed))}
                    </p>
                </div>
        }
    }
}
