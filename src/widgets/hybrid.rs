//! The hybrid-strategy model: choose a fleet size, a required domestic share and the two parts,
//! and see the fleet's totals against an all-H200 fleet, as numbers and as a chart.

use crate::components::chart::ChartFigure;
use crate::components::chart_option::{self, part, ChartOption, Part, Parts, VALUE_SIZE};
use crate::components::customise::Customise;
use crate::components::embed_dialog::{widget_name, EmbedButton};
use crate::components::share::{source_line, ShareButtons, ShareInfo};
use crate::env;
use crate::i18n::{texts, TextFn, Texts};
use crate::model::data::dataset;
use crate::model::embed::EmbedWidget;
use crate::model::hybrid::{
    fleet, scaled, Fleet, FleetMetric, HybridInputs, Unit, DOMESTIC_CHOICES, IMPORTED_CHOICES, MAX_COUNT, MIN_COUNT,
};
use crate::model::{format, share};
use crate::prefs::Prefs;
use crate::use_lang;
use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::{AxisType, BorderType, ItemStyle, Label, LabelAlign, LabelVerticalAlign, Tooltip, Trigger};
use charming::series::Bar;
use leptos::prelude::*;

pub fn metric_label(t: &Texts, m: FleetMetric) -> &'static str {
    match m {
        FleetMetric::Bf16 => t.hybrid_metric_bf16,
        FleetMetric::Fp8 => t.hybrid_metric_fp8,
        FleetMetric::Memory => t.hybrid_metric_memory,
        FleetMetric::Bandwidth => t.hybrid_metric_bandwidth,
        FleetMetric::Power => t.hybrid_metric_power,
    }
}

/// A total with its unit, in the reader's language.
pub fn amount(t: &Texts, metric: FleetMetric, value: f64) -> String {
    let (v, unit) = scaled(metric, value);
    let n = format::number_trim(
        v,
        if v >= 100.0 {
            0
        } else if v >= 10.0 {
            1
        } else {
            2
        },
    );
    match unit {
        Unit::Tflops => t.fmt_unit_tflops(&n),
        Unit::Pflops => t.fmt_unit_pflops(&n),
        Unit::Eflops => t.fmt_unit_eflops(&n),
        Unit::Gb => t.fmt_unit_gb(&n),
        Unit::Tb => t.fmt_unit_tb(&n),
        Unit::Pb => t.fmt_unit_pb(&n),
        Unit::Tbs => t.fmt_unit_tbs(&n),
        Unit::Pbs => t.fmt_unit_pbs(&n),
        Unit::W => t.fmt_unit_w(&n),
        Unit::Kw => t.fmt_unit_kw(&n),
        Unit::Mw => t.fmt_unit_mw(&n),
    }
}

pub fn ratio_text(t: &Texts, r: Option<f64>) -> String {
    r.map(|r| t.fmt_compare_times(&format::number_trim(r, 2)))
        .unwrap_or_else(|| "—".to_string())
}

/// The chips of the fleet that have no figure for `metric` (counted as 0 in its total).
fn uncounted(inputs: &HybridInputs, metric: FleetMetric) -> Vec<&'static str> {
    let Ok(data) = dataset() else { return Vec::new() };
    [
        (inputs.domestic, inputs.domestic_percent > 0),
        (inputs.imported, inputs.domestic_percent < 100),
    ]
    .into_iter()
    .filter(|(_, used)| *used)
    .filter_map(|(id, _)| data.accelerator(id))
    .filter(|c| metric.figure(c).is_none())
    .map(|c| c.name.as_str())
    .collect()
}

/// The chart: per measure, this fleet's total as a stacked bar, its domestic part then its
/// imported part, over the all-H200 fleet of the same size (an ink outline: the reference, not
/// data), all on one scale that the fleet size moves (see
/// [`FleetTotal::extent`](crate::model::hybrid::FleetTotal::extent)). Each label gives the
/// total and its multiple of the all-H200 fleet; where a chip has no published figure the
/// total is unknown, so no bar is drawn and the label says "n/a" and why (not a zero).
pub fn hybrid_option(t: &Texts, f: &Fleet, inputs: &HybridInputs, reduced_motion: bool, narrow: bool) -> ChartOption {
    let (mut domestic_bars, mut fleet_bars, mut ghost_bars) = (Vec::new(), Vec::new(), Vec::new());
    let mut labels = Vec::new();
    for x in &f.totals {
        let (_, ghost) = x.extent();
        let name = metric_label(t, x.metric);
        let stacked = x.stacked();
        let (d, i) = stacked.unwrap_or((0.0, 0.0));
        domestic_bars.push(part(&DataPointItem::new(d).name(name)));
        fleet_bars.push(part(&DataPointItem::new(d + i).name(name)));
        // A measure without a total keeps its row for the words "n/a" and why, but draws no
        // frame: an empty outline read as a bar of nothing (design review 2026-12).
        let ghost_item = DataPointItem::new(ghost).name(name);
        ghost_bars.push(part(&match stacked {
            Some(_) => ghost_item,
            None => ghost_item.item_style(
                ItemStyle::new()
                    .border_width(0)
                    .color(chart_option::colour_alpha("surface", 0.0)),
            ),
        }));
        let label = match stacked {
            Some(_) => format!(
                "{name}: {} ({})",
                amount(t, x.metric, x.total),
                ratio_text(t, x.ratio())
            ),
            None => {
                let mut label = format!("{name}: {}", t.hybrid_na);
                for chip in uncounted(inputs, x.metric) {
                    label.push('\n');
                    label.push_str(&t.fmt_hybrid_no_figure(chip));
                }
                label
            }
        };
        labels.push(label);
    }
    // Room above the first bar for its label (up to three lines on a phone).
    let grid = Grid::new()
        .left(2)
        .right(2)
        .top(if narrow { 40 } else { 24 })
        .bottom(4)
        .contain_label(false);
    // The scale is the all-H200 fleet at the largest size; its numbers mean nothing to a
    // reader (each label says the amounts), so the axis is not drawn.
    let x_axis = part(&Axis::new().type_(AxisType::Value).min(0).max(1).show(false));
    // Names and amounts go above the bars (below), so the bars get the chart's whole width,
    // which on a phone the names beside them would take half of.
    let y_axis = Axis::new()
        .type_(AxisType::Category)
        .inverse(true)
        .data(f.totals.iter().map(|x| metric_label(t, x.metric)).collect())
        .show(false);
    let ghost_label = part(
        &Label::new()
            .show(true)
            .align(LabelAlign::Left)
            .vertical_align(LabelVerticalAlign::Bottom)
            .font_size(VALUE_SIZE)
            .color(chart_option::colour("text")),
    )
    // Above the bar, from its left end.
    .and("position", vec![0, -4])
    .and("lineHeight", 15)
    .and("width", if narrow { 300 } else { 700 })
    .and("overflow", "break");
    let ghost = part(
        &Bar::new().id("all-h200").name(t.hybrid_ghost).bar_width(22).item_style(
            ItemStyle::new()
                .color(chart_option::colour_alpha("surface", 0.0))
                .border_color(chart_option::colour("highlight"))
                .border_width(1.5)
                .border_type(BorderType::Dashed),
        ),
    )
    .and("data", ghost_bars)
    .and("label", ghost_label)
    .and("z", 3);
    // The two parts as one bar: the whole fleet in the imported colour, the domestic part drawn
    // over its left end in its own, under the all-H200 outline of their row, the same height.
    // (ECharts' own stacking offset the second part by the outline's length when series of one
    // row overlap, so the bars are laid over each other instead.)
    let layer = |id: &str, name: &str, colour: &str, data: Vec<serde_json::Value>, z: i32| {
        part(
            &Bar::new()
                .id(id)
                .name(name)
                .bar_width(22)
                .bar_gap("-100%")
                .item_style(ItemStyle::new().color(chart_option::colour(colour))),
        )
        .and("data", data)
        .and("z", z)
    };
    let parts = Parts {
        grid,
        tooltip: Tooltip::new().trigger(Trigger::Item),
        x_axis,
        y_axis: part(&y_axis),
        series: vec![
            ghost,
            layer("imported", t.hybrid_imported, "status-licence", fleet_bars, 1),
            layer("domestic", t.hybrid_domestic, "status-domestic", domestic_bars, 2),
        ],
    };
    ChartOption::new(parts, reduced_motion).label_items(0, &labels)
}

/// The figure's headline: the result, not the inputs. "With 30% Ascend 910C, the fleet keeps
/// 94% of an all-H200 fleet's BF16/FP16 compute" (our calculation from spec sheets: no hedge,
/// but the disclaimer under it says it is an illustration).
pub fn hybrid_result(t: &Texts, f: &Fleet, inputs: &HybridInputs) -> String {
    let Ok(data) = dataset() else {
        return t.hybrid_title.to_string();
    };
    let chip = |id: &'static str| data.accelerator(id).map_or(id, |c| c.name.as_str());
    let share = inputs.domestic_percent.to_string();
    let bf16 = f.totals.iter().find(|x| x.metric == FleetMetric::Bf16);
    match bf16.filter(|x| x.missing == 0).and_then(|x| x.ratio()) {
        Some(r) => t.fmt_hybrid_result(
            chip(inputs.domestic),
            chip(inputs.imported),
            &format!("{:.0}%", r * 100.0),
            &share,
        ),
        None => t.fmt_hybrid_result_na(chip(inputs.domestic), &share),
    }
}

pub fn hybrid_summary(t: &Texts, f: &Fleet) -> String {
    let r = |m: FleetMetric| ratio_text(t, f.totals.iter().find(|x| x.metric == m).and_then(|x| x.ratio()));
    t.fmt_hybrid_aria(
        &r(FleetMetric::Bandwidth),
        &r(FleetMetric::Bf16),
        &r(FleetMetric::Memory),
    )
}

/// A labelled slider whose current value is shown beside its label; values outside
/// `range = (min, max, step)` are clamped.
#[component]
fn RangeControl(
    id: &'static str,
    label: TextFn,
    range: (u32, u32, u32),
    value: Signal<u32>,
    shown: Signal<String>,
    on_set: Callback<u32>,
) -> impl IntoView {
    let lang = use_lang();
    let (min, max, step) = range;
    view! {
        <label class="control control--range">
            <span>
                {move || label(texts(lang.get()))} ": " <output for=id>{move || shown.get()}</output>
            </span>
            <input
                type="range"
                id=id
                min=min.to_string()
                max=max.to_string()
                step=step.to_string()
                prop:value=move || value.get().to_string()
                on:input=move |ev| {
                    if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                        on_set.run(n.clamp(min, max));
                    }
                }
            />
        </label>
    }
}

/// A labelled `<select>` over a fixed list of chips.
#[component]
fn ChipSelect(
    id: &'static str,
    label: TextFn,
    choices: &'static [&'static str],
    suffix: fn(&Texts, &str) -> &'static str,
    value: Signal<&'static str>,
    on_pick: Callback<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let names = dataset().as_ref().ok();
    let options = choices
        .iter()
        .map(|&id| {
            let name = names
                .and_then(|d| d.accelerator(id))
                .map(|c| c.name.clone())
                .unwrap_or_else(|| id.to_string());
            view! {
                <option value=id selected=move || value.get() == id>
                    {name} {move || suffix(texts(lang.get()), id)}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="control">
            <span>{move || label(texts(lang.get()))}</span>
            <select
                id=id
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(&c) = choices.iter().find(|&&c| c == v) {
                        on_pick.run(c);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}

#[component]
pub fn HybridModel() -> impl IntoView {
    let lang = use_lang();
    let prefs = Prefs::use_context();
    let inputs = RwSignal::new(HybridInputs::default());
    let Ok(data) = dataset() else { return ().into_any() };
    // Shared or embedded views carry their inputs in the URL; read once mounted.
    Effect::new(move |_| inputs.set(env::url_state().hybrid));
    let result = Memo::new(move |_| fleet(data, &inputs.get()));
    let option = Memo::new(move |_| {
        let i = inputs.get();
        result.with(|f| hybrid_option(texts(lang.get()), f, &i, prefs.reduced_motion.get(), prefs.narrow.get()))
    });
    let summary = Signal::derive(move || result.with(|f| hybrid_summary(texts(lang.get()), f)));

    let rows = move || {
        let t = texts(lang.get());
        result
            .get()
            .totals
            .into_iter()
            .map(|x| {
                view! {
                    <tr>
                        <th scope="row">{metric_label(t, x.metric)}</th>
                        <td class="num">
                            {amount(t, x.metric, x.total)}
                            {(x.missing > 0).then(|| {
                                view! {
                                    <span class="missing-note">
                                        " (" {t.fmt_hybrid_missing(&format::count(lang.get(), f64::from(x.missing)))} ")"
                                    </span>
                                }
                            })}
                        </td>
                        <td class="num">{amount(t, x.metric, x.all_h200)}</td>
                        <td class="num">{ratio_text(t, x.ratio())}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let table: ChildrenFn = std::sync::Arc::new(move || {
        view! {
            <table>
                <caption>{move || texts(lang.get()).hybrid_chart_title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || texts(lang.get()).hybrid_col_metric}</th>
                        <th scope="col">{move || texts(lang.get()).hybrid_col_total}</th>
                        <th scope="col">{move || texts(lang.get()).hybrid_col_h200}</th>
                        <th scope="col">{move || texts(lang.get()).hybrid_col_ratio}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    });
    let roadmap: fn(&Texts, &str) -> &'static str = |t, id| if id == "ascend-910c" { "" } else { t.hybrid_roadmap };
    let comparison: fn(&Texts, &str) -> &'static str = |t, id| if id == "h20" { t.hybrid_for_comparison } else { "" };

    // What a downloaded image says: the fleet chosen, what the bars are, and the outlets of
    // the figures the totals are made from.
    let share = Signal::derive(move || {
        let l = lang.get();
        let t = texts(l);
        let i = inputs.get();
        let f = result.get();
        let name = |id: &str| data.accelerator(id).map(|c| c.name.clone()).unwrap_or_default();
        let (sep, colon) = (t.embed_image_sep, t.embed_image_colon);
        let chips = [i.domestic, i.imported, "h200"];
        let ids = chips
            .iter()
            .filter_map(|id| data.accelerator(id))
            .flat_map(|c| FleetMetric::ALL.into_iter().filter_map(move |m| m.figure(c)))
            .map(|fig| fig.source.as_str());
        ShareInfo {
            title: widget_name(t, EmbedWidget::Hybrid).to_string(),
            state: format!(
                "{}{colon}{}{sep}{}\n{}{colon}{}{sep}{}{colon}{}\n{}",
                t.hybrid_count,
                format::count(l, f64::from(i.count)),
                t.fmt_hybrid_split(
                    &format::count(l, f64::from(f.domestic_count)),
                    &format::count(l, f64::from(f.imported_count))
                ),
                t.hybrid_domestic,
                name(i.domestic),
                t.hybrid_imported,
                name(i.imported),
                t.hybrid_chart_title,
            ),
            source: source_line(t, &t.fmt_embed_image_source_hybrid(&super::compare::outlets(data, ids))),
            file: share::file_stem(
                "hybrid",
                &[
                    &i.count.to_string(),
                    &format!("{}pct", i.domestic_percent),
                    i.domestic,
                    i.imported,
                ],
                l,
            ),
        }
    });

    // The assumptions are open in the article; in an embed (a blog column) folded, to keep it
    // under 900 px.
    let assumptions_open = use_context::<crate::components::rich::InEmbed>().is_none();
    view! {
        <figure class="figure" id="figure-hybrid">
            <div class="figure__head">
                <h3 class="figure__title">
                    <span class="figure__kicker">{move || texts(lang.get()).hybrid_title}</span>
                    " "{move || hybrid_result(texts(lang.get()), &result.get(), &inputs.get())}</h3>
            </div>
            <p class="figure__intro">{move || texts(lang.get()).hybrid_disclaimer}</p>
            <Customise id="hybrid-controls" state=Signal::derive(move || {
                let l = lang.get();
                let i = inputs.get();
                format!("{} · {}%", format::count(l, f64::from(i.count)), i.domestic_percent)
            })>
            <div class="controls controls--hybrid">
                <RangeControl
                    id="hybrid-count"
                    label=|t| t.hybrid_count
                    range=(MIN_COUNT, MAX_COUNT, 1_000)
                    value=Signal::derive(move || inputs.get().count)
                    shown=Signal::derive(move || format::count(lang.get(), f64::from(inputs.get().count)))
                    on_set=Callback::new(move |n| inputs.update(|i| i.count = n))
                />
                <RangeControl
                    id="hybrid-share"
                    label=|t| t.hybrid_share
                    range=(0, 100, 5)
                    value=Signal::derive(move || u32::from(inputs.get().domestic_percent))
                    shown=Signal::derive(move || format!("{}%", inputs.get().domestic_percent))
                    on_set=Callback::new(move |n: u32| inputs.update(|i| i.domestic_percent = n.min(100) as u8))
                />
                <ChipSelect
                    id="hybrid-domestic"
                    label=|t| t.hybrid_domestic
                    choices=&DOMESTIC_CHOICES
                    suffix=roadmap
                    value=Signal::derive(move || inputs.get().domestic)
                    on_pick=Callback::new(move |c| inputs.update(|i| i.domestic = c))
                />
                <ChipSelect
                    id="hybrid-imported"
                    label=|t| t.hybrid_imported
                    choices=&IMPORTED_CHOICES
                    suffix=comparison
                    value=Signal::derive(move || inputs.get().imported)
                    on_pick=Callback::new(move |c| inputs.update(|i| i.imported = c))
                />
            </div>
            </Customise>
            // The chart first; what its bars are and the split in numbers under it.
            <ChartFigure option=option summary table class="chart-canvas--hybrid"/>
            <p class="hybrid-split" aria-live="polite">
                {move || {
                    let f = result.get();
                    let l = lang.get();
                    texts(l).fmt_hybrid_split(
                        &format::count(l, f64::from(f.domestic_count)),
                        &format::count(l, f64::from(f.imported_count)),
                    )
                }}
            </p>
            <p class="figure__subtitle">{move || texts(lang.get()).hybrid_chart_title}</p>
            <details class="assumptions" open=assumptions_open>
                <summary>{move || texts(lang.get()).hybrid_assumptions_label}</summary>
                <ul>
                    <li>{move || texts(lang.get()).hybrid_assume1}</li>
                    <li>{move || texts(lang.get()).hybrid_assume2}</li>
                    <li>{move || texts(lang.get()).hybrid_assume3}</li>
                    <li>{move || texts(lang.get()).hybrid_assume4}</li>
                    <li>{move || texts(lang.get()).hybrid_assume5}</li>
                </ul>
            </details>
            <div class="figure-tools figure-tools--foot">
                <EmbedButton widget=EmbedWidget::Hybrid state=Signal::derive(move || inputs.get().to_params())/>
                <ShareButtons of=".chart-canvas" info=share/>
            </div>
        </figure>
    }
    .into_any()
}
