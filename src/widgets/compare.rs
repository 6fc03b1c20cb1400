//! What the two generation charts share: their state, status colours and labels, value
//! formatting, the filters, the legend, the chip detail card and the CSV download.

use crate::components::chart_option;
use crate::components::customise::Customise;
use crate::components::rich::{anchor, rich_view};
use crate::components::source_line::ConfidenceBadge;
use crate::env;
use crate::i18n::{texts, TextFn, Texts};
use crate::model::data::{dataset, Accelerator, ChinaStatus, Dataset, Figure, Generation, TextFact};
use crate::model::lang::text_lang;
use crate::model::lang::Lang;
use crate::model::specs::{self, ChipFilter, CompareState, LineKind, Metric};
use crate::model::{format, share};
use crate::use_lang;
use charming::element::{BorderType, ItemStyle};
use leptos::prelude::*;

/// The comparison state shared by the ladder and the map on one page.
#[derive(Clone, Copy)]
pub struct CompareCtx {
    pub state: RwSignal<CompareState>,
}

impl CompareCtx {
    /// The page's shared state, or a fresh one for a chart rendered on its own.
    pub fn use_context() -> Self {
        use_context::<CompareCtx>().unwrap_or_else(|| {
            let ctx = CompareCtx {
                state: RwSignal::new(CompareState::default()),
            };
            provide_context(ctx);
            ctx
        })
    }
}

pub fn status_label(t: &Texts, s: ChinaStatus) -> &'static str {
    match s {
        ChinaStatus::Allowed => t.compare_status_allowed,
        ChinaStatus::Licence => t.compare_status_licence,
        ChinaStatus::Banned => t.compare_status_banned,
        ChinaStatus::NeverLaunched => t.compare_status_never_launched,
        ChinaStatus::Domestic => t.compare_status_domestic,
    }
}

pub const STATUSES: [ChinaStatus; 5] = [
    ChinaStatus::Allowed,
    ChinaStatus::Licence,
    ChinaStatus::Banned,
    ChinaStatus::NeverLaunched,
    ChinaStatus::Domestic,
];

/// The design token (`--status-…`, style/tokens.css) that colours a status in charts and legends.
pub fn status_token(s: Option<ChinaStatus>) -> &'static str {
    match s {
        Some(ChinaStatus::Allowed) => "status-allowed",
        Some(ChinaStatus::Licence) => "status-licence",
        Some(ChinaStatus::Banned) => "status-banned",
        Some(ChinaStatus::Domestic) => "status-domestic",
        Some(ChinaStatus::NeverLaunched) | None => "status-never",
    }
}

pub fn status_class(s: ChinaStatus) -> &'static str {
    match s {
        ChinaStatus::Allowed => "allowed",
        ChinaStatus::Licence => "licence",
        ChinaStatus::Banned => "banned",
        ChinaStatus::NeverLaunched => "never-launched",
        ChinaStatus::Domestic => "domestic",
    }
}

/// How much the chips other than the H200 are held back, so the subject reads first.
pub const MUTED_OPACITY: f64 = 0.82;

/// Solid fill for firm figures; a pale fill with a dashed outline for estimates and
/// announced-only parts. The H200 (`subject`) keeps full strength and gets the reserved
/// highlight outline; the rest are held back a little.
pub fn item_style(s: Option<ChinaStatus>, uncertain: bool, subject: bool) -> ItemStyle {
    let token = status_token(s);
    let mut style = if uncertain {
        ItemStyle::new()
            .color(chart_option::colour_alpha(token, 0.18))
            .border_color(chart_option::colour(token))
            .border_width(2)
            .border_type(BorderType::Dashed)
    } else {
        ItemStyle::new().color(chart_option::colour(token))
    };
    if subject {
        style = style
            .border_color(chart_option::colour("highlight"))
            .border_width(2)
            .border_type(BorderType::Solid);
    } else {
        style = style.opacity(MUTED_OPACITY);
    }
    style
}

/// What the colour key lists: the statuses of the chips drawn, and whether any is outlined.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LegendKeys {
    pub statuses: Vec<ChinaStatus>,
    pub uncertain: bool,
}

impl LegendKeys {
    /// The keys for the chips drawn, in the legend's fixed order (a status no chip has is left
    /// out: a key for nothing on the chart only asks the reader to look for it).
    pub fn of(items: impl IntoIterator<Item = (Option<ChinaStatus>, bool)>) -> Self {
        let mut seen = Vec::new();
        let mut uncertain = false;
        for (status, outlined) in items {
            uncertain |= outlined;
            if let Some(s) = status {
                if !seen.contains(&s) {
                    seen.push(s);
                }
            }
        }
        LegendKeys {
            statuses: STATUSES.into_iter().filter(|s| seen.contains(s)).collect(),
            uncertain,
        }
    }
}

pub fn metric_label(t: &Texts, m: Metric) -> &'static str {
    match m {
        Metric::Tpp => t.compare_metric_tpp,
        Metric::Bf16 => t.compare_metric_bf16,
        Metric::Fp8 => t.compare_metric_fp8,
        Metric::Fp4 => t.compare_metric_fp4,
        Metric::Memory => t.compare_metric_memory,
        Metric::Bandwidth => t.compare_metric_bandwidth,
        Metric::Tdp => t.compare_metric_tdp,
        Metric::Efficiency => t.compare_metric_efficiency,
    }
}

/// The number alone, as tables and CSV files show it.
pub fn plain(metric: Metric, v: f64) -> String {
    format::number_trim(v, metric.decimals())
}

/// The number with its unit, in the reader's language.
pub fn with_unit(t: &Texts, metric: Metric, v: f64) -> String {
    let n = plain(metric, v);
    match metric {
        Metric::Tpp => n,
        Metric::Bf16 | Metric::Fp8 | Metric::Fp4 => t.fmt_unit_tflops(&n),
        Metric::Memory => t.fmt_unit_gb(&n),
        Metric::Bandwidth => t.fmt_unit_tbs(&n),
        Metric::Tdp => t.fmt_unit_w(&n),
        Metric::Efficiency => t.fmt_unit_eff(&n),
    }
}

/// `6.7×` / `6.7倍`.
pub fn times(t: &Texts, v: f64) -> String {
    let decimals = if v >= 10.0 {
        0
    } else if v >= 1.0 {
        1
    } else {
        2
    };
    t.fmt_compare_times(&format::number_trim(v, decimals))
}

/// A chip's or vendor's name as the page's language writes it: English prose writes the
/// company as the FT does (Nvidia), Japanese media write NVIDIA. Data keep NVIDIA.
pub fn as_written(lang: Lang, name: &str) -> String {
    match (lang, name.strip_prefix("NVIDIA")) {
        (Lang::En, Some(rest)) => format!("Nvidia{rest}"),
        _ => name.to_string(),
    }
}

/// The filters for vendor and generation, shared by both charts.
fn gen_label(g: Generation) -> TextFn {
    match g {
        Generation::Ampere => |t| t.compare_gen_ampere,
        Generation::Hopper => |t| t.compare_gen_hopper,
        Generation::Blackwell => |t| t.compare_gen_blackwell,
        Generation::Rubin => |t| t.compare_gen_rubin,
        Generation::Ascend => |t| t.compare_gen_ascend,
    }
}

/// "Chips shown: all" or "…: all except Huawei, Ampere", for a downloaded image.
pub fn chips_shown(t: &Texts, filter: &ChipFilter) -> String {
    let hidden: Vec<&str> = filter
        .hidden_vendors
        .iter()
        .map(String::as_str)
        .chain(filter.hidden_generations.iter().map(|&g| gen_label(g)(t)))
        .collect();
    let which = if hidden.is_empty() {
        t.embed_image_chips_all.to_string()
    } else {
        t.fmt_embed_image_chips_except(&hidden.join(t.gates_list_sep))
    };
    format!("{}{}{which}", t.compare_filters_label, t.embed_image_colon)
}

/// The outlets behind a set of source ids, each once, joined for a sources line.
pub fn outlets<'a>(data: &'a Dataset, ids: impl IntoIterator<Item = &'a str>) -> String {
    share::distinct(
        ids.into_iter()
            .filter_map(|id| data.source(id))
            .map(|s| s.outlet.as_str()),
    )
    .join("; ")
}

/// The source of a regulatory line (as the ladder's caption cites it).
pub fn line_source(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Eccn3a090 => "eccn-3a090",
        LineKind::CaseByCase2026 => "morganlewis-2026-01",
    }
}

#[component]
pub fn ChipFilters() -> impl IntoView {
    let lang = use_lang();
    let ctx = CompareCtx::use_context();
    let vendors = ["NVIDIA", "Huawei"]
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    class="chip-button"
                    lang="en"
                    aria-pressed=move || (!ctx.state.get().filter.hidden_vendors.iter().any(|h| h == v)).to_string()
                    on:click=move |_| ctx.state.update(|s| s.filter.toggle_vendor(v))
                >
                    // The filter's key stays the data's vendor name.
                    {move || as_written(lang.get(), v)}
                </button>
            }
        })
        .collect_view();
    let generations = Generation::ALL
        .into_iter()
        .map(|g| {
            let label = gen_label(g);
            view! {
                <button
                    type="button"
                    class="chip-button"
                    aria-pressed=move || (!ctx.state.get().filter.hidden_generations.contains(&g)).to_string()
                    on:click=move |_| ctx.state.update(|s| s.filter.toggle_generation(g))
                >
                    {move || label(texts(lang.get()))}
                </button>
            }
        })
        .collect_view();
    view! {
        <Customise id="chip-filters" state=Signal::derive(move || chips_shown(texts(lang.get()), &ctx.state.get().filter))>
        <fieldset class="chip-filters">
            <legend>{move || texts(lang.get()).compare_filters_label}</legend>
            <div class="control-row" role="group" aria-label=move || texts(lang.get()).compare_vendor_label>
                <span class="control-row__label" aria-hidden="true">{move || texts(lang.get()).compare_vendor_label}</span>
                {vendors}
            </div>
            <div class="control-row" role="group" aria-label=move || texts(lang.get()).compare_generation_label>
                <span class="control-row__label" aria-hidden="true">
                    {move || texts(lang.get()).compare_generation_label}
                </span>
                {generations}
            </div>
        </fieldset>
        </Customise>
    }
}

/// The colour key for China status, and what an outlined mark means: only the keys of what
/// is drawn. Swatches take their colours from the same tokens as the chart (`.swatch--…`).
#[component]
pub fn StatusLegend(#[prop(into)] keys: Signal<LegendKeys>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="status-legend">
            <p class="status-legend__title">{move || texts(lang.get()).compare_legend_label}</p>
            <ul>
                {move || {
                    let t = texts(lang.get());
                    let k = keys.get();
                    let items = k
                        .statuses
                        .into_iter()
                        .map(|s| {
                            view! {
                                <li>
                                    <span class=format!("swatch swatch--{}", status_class(s))></span>
                                    {status_label(t, s)}
                                </li>
                            }
                        })
                        .collect_view();
                    let outlined = k.uncertain.then(|| {
                        view! {
                            <li>
                                <span class="swatch swatch--uncertain"></span>
                                {t.compare_legend_uncertain}
                            </li>
                        }
                    });
                    (items, outlined)
                }}
            </ul>
        </div>
    }
}

/// Offers `rows` as a CSV file named `name`.
#[component]
pub fn CsvButton(name: Signal<String>, csv: Signal<String>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <button
            type="button"
            class="chip-button csv-button"
            on:click=move |_| env::download(&name.get_untracked(), &csv.get_untracked(), "text/csv;charset=utf-8")
        >
            {move || texts(lang.get()).compare_csv}
        </button>
    }
}

/// Selects the chip whose axis name ECharts reports for a click.
pub fn select_by_name(data: &'static Dataset, selected: RwSignal<Option<String>>) -> Callback<String> {
    Callback::new(move |name: String| {
        if let Some(c) = data.accelerators.iter().find(|c| c.name == name) {
            selected.set(Some(c.id.clone()));
        }
    })
}

/// A table cell's button that selects a chip (the keyboard route to its card).
#[component]
pub fn SelectChip(id: String, name: String, selected: RwSignal<Option<String>>) -> impl IntoView {
    let pressed_id = id.clone();
    view! {
        <button
            type="button"
            class="link-button"
            aria-pressed=move || (selected.get().as_deref() == Some(pressed_id.as_str())).to_string()
            on:click=move |_| selected.set(Some(id.clone()))
        >
            {name}
        </button>
    }
}

fn figure_row(
    t: &'static Texts,
    data: &'static Dataset,
    label: &'static str,
    fig: Option<&'static Figure>,
    unit: fn(&Texts, &str) -> String,
    decimals: usize,
) -> AnyView {
    let value = match fig {
        Some(f) => view! {
            <dd>
                {unit(t, &format::number_trim(f.value, decimals))}
                " "
                <ConfidenceBadge confidence=f.confidence/>
                " "
                <SourceLink data id=f.source.clone()/>
            </dd>
        }
        .into_any(),
        None => view! { <dd class="muted">{t.card_not_published}</dd> }.into_any(),
    };
    view! {
        <div class="card-row">
            <dt>{label}</dt>
            {value}
        </div>
    }
    .into_any()
}

/// `[12]` linking to the numbered source, with the outlet as its title.
#[component]
fn SourceLink(data: &'static Dataset, id: String) -> impl IntoView {
    let n = data.source_number(&id);
    let title = data.source(&id).map(|s| s.outlet.clone()).unwrap_or_default();
    n.map(|n| {
        let (href, target) = anchor(&format!("ref-{n}"));
        view! { <a class="ref-link" href=href target=target title=title>{format!("[{n}]")}</a> }
    })
}

/// Every figure of one chip with its confidence and source, and its China status history.
#[component]
pub fn ChipCard(selected: RwSignal<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let Ok(data) = dataset() else { return ().into_any() };
    let heading = NodeRef::<leptos::html::H4>::new();
    // Move focus to the card when it opens, so keyboard and screen-reader users land on it.
    Effect::new(move |_| {
        if selected.get().is_some() {
            if let Some(h) = heading.get() {
                let card = h.closest(".chip-card").ok().flatten();
                crate::env::focus_and_reveal(&h, card.as_ref().unwrap_or(&h));
            }
        }
    });
    let card = move || {
        let id = selected.get()?;
        let chip: &'static Accelerator = data.accelerator(&id)?;
        let l = lang.get();
        let t = texts(l);
        let text_row = |label: &'static str, fact: Option<&'static TextFact>| match fact {
            Some(f) => view! {
                <div class="card-row">
                    <dt>{label}</dt>
                    <dd>
                        <span lang=text_lang(&f.text).code()>{f.text.clone()}</span>
                        " "
                        <ConfidenceBadge confidence=f.confidence/>
                        " "
                        <SourceLink data id=f.source.clone()/>
                    </dd>
                </div>
            }
            .into_any(),
            None => view! {
                <div class="card-row">
                    <dt>{label}</dt>
                    <dd class="muted">{t.card_not_published}</dd>
                </div>
            }
            .into_any(),
        };
        let tpp = specs::tpp(chip);
        let history = chip
            .china
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <time datetime=c.date.clone()>{format::date(l, &c.date)}</time>
                        ": "
                        <span class=format!("status-tag status-tag--{}", status_class(c.status))>
                            {status_label(t, c.status)}
                        </span>
                        " "
                        <ConfidenceBadge confidence=c.confidence/>
                        " "
                        <SourceLink data id=c.source.clone()/>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="chip-card" aria-labelledby="chip-card-heading">
                <div class="chip-card__head">
                    <h4 id="chip-card-heading" tabindex="-1" node_ref=heading lang="en">
                        {as_written(l, &chip.full_name)}
                    </h4>
                    <button type="button" class="chip-button" on:click=move |_| selected.set(None)>
                        {t.card_close}
                    </button>
                </div>
                {chip.announced_only.then(|| view! { <p class="notice">{t.card_announced}</p> })}
                <dl class="card-rows">
                    <div class="card-row">
                        <dt>{t.card_year}</dt>
                        <dd>
                            {chip.year.value.to_string()}
                            " "
                            <ConfidenceBadge confidence=chip.year.confidence/>
                            " "
                            <SourceLink data id=chip.year.source.clone()/>
                        </dd>
                    </div>
                    {text_row(t.card_process, chip.process.as_ref())}
                    {text_row(t.card_memory_type, chip.memory_type.as_ref())}
                    {figure_row(t, data, t.card_memory, chip.memory_gb.as_ref(), Texts::fmt_unit_gb, 0)}
                    {figure_row(t, data, t.card_bandwidth, chip.bandwidth_tbs.as_ref(), Texts::fmt_unit_tbs, 3)}
                    {figure_row(t, data, t.card_bf16, chip.bf16_tflops.as_ref(), Texts::fmt_unit_tflops, 1)}
                    {figure_row(t, data, t.card_fp8, chip.fp8_tflops.as_ref(), Texts::fmt_unit_tflops, 1)}
                    {figure_row(t, data, t.card_fp4, chip.fp4_tflops.as_ref(), Texts::fmt_unit_tflops, 0)}
                    {figure_row(t, data, t.card_interconnect, chip.interconnect_gbs.as_ref(), Texts::fmt_unit_gbs, 0)}
                    {figure_row(t, data, t.card_tdp, chip.tdp_w.as_ref(), Texts::fmt_unit_w, 0)}
                    {figure_row(t, data, t.card_die, chip.die_mm2.as_ref(), Texts::fmt_unit_mm2, 1)}
                    <div class="card-row">
                        <dt>{t.card_tpp}</dt>
                        {match tpp {
                            Some(v) => view! {
                                <dd>
                                    {format::number_trim(v.value, 0)}
                                    " "
                                    <ConfidenceBadge confidence=v.confidence/>
                                </dd>
                            }
                            .into_any(),
                            None => view! { <dd class="muted">{t.card_not_published}</dd> }.into_any(),
                        }}
                    </div>
                </dl>
                <h5>{t.card_history}</h5>
                <ul class="status-history">{history}</ul>
            </section>
        })
    };
    view! { <div class="chip-card-slot" aria-live="polite">{card}</div> }.into_any()
}

/// A figure's caption (with its citations) followed by how to open a chip's card.
#[component]
pub fn CompareCaption(text: TextFn) -> impl IntoView {
    let lang = use_lang();
    view! {
        <figcaption>
            {move || {
                let t = texts(lang.get());
                rich_view(t, text(t))
            }}
            " "
            {move || texts(lang.get()).compare_select_hint}
        </figcaption>
    }
}

/// A labelled checkbox bound to one flag of the comparison state.
#[component]
pub fn StateCheck(
    id: &'static str,
    label: TextFn,
    get: fn(&CompareState) -> bool,
    set: fn(&mut CompareState, bool),
) -> impl IntoView {
    let lang = use_lang();
    let state = CompareCtx::use_context().state;
    view! {
        <label class="control control--check">
            <input
                type="checkbox"
                id=id
                prop:checked=move || get(&state.get())
                on:change=move |ev| state.update(|s| set(s, event_target_checked(&ev)))
            />
            <span>{move || label(texts(lang.get()))}</span>
        </label>
    }
}
