//! The ladder: one bar per chip for the chosen measure, coloured by China status, with the
//! regulatory lines, a linear/log switch and a "relative to H200" switch.

use super::compare::{
    chips_shown, item_style, line_source, metric_label, outlets, plain, select_by_name, status_label, times, with_unit,
    ChipCard, CompareCaption, CompareCtx, CsvButton, LegendKeys, SelectChip, StateCheck, StatusLegend,
};
use crate::components::chart::ChartFigure;
use crate::components::chart_option::{self, merge, part, ChartOption, Part, Parts};
use crate::components::customise::Customise;
use crate::components::embed_dialog::EmbedButton;
use crate::components::share::{source_line, ShareButtons, ShareInfo};
use crate::components::source_line::{confidence_label, ConfidenceBadge};
use crate::i18n::{texts, Texts};
use crate::model::data::{dataset, Dataset};
use crate::model::embed::EmbedWidget;
use crate::model::specs::{self, ladder, reg_lines, CompareState, LadderRow, LineKind, Metric};
use crate::model::{format, share};
use crate::prefs::Prefs;
use crate::use_lang;
use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::font_settings::FontWeight;
use charming::element::{
    AxisPointer, AxisPointerType, AxisType, Label, LabelAlign, LabelPosition, LabelVerticalAlign, LineStyle,
    LineStyleType, MarkLineData, NameLocation, TextStyle, Tooltip, Trigger,
};
use charming::series::Bar;
use leptos::prelude::*;
use serde_json::{Map, Value};

/// The label shown on a bar: the value with its unit, or a multiple of the H200.
pub fn bar_label(t: &Texts, state: &CompareState, row: &LadderRow) -> String {
    if state.relative {
        times(t, row.shown)
    } else {
        with_unit(t, state.metric, row.shown)
    }
}

fn line_label(t: &Texts, kind: LineKind) -> &'static str {
    match kind {
        LineKind::Eccn3a090 => t.compare_line_eccn,
        LineKind::CaseByCase2026 => t.compare_line_ceiling,
    }
}

/// On a phone, a measure's name breaks before its parenthesis, so it fits under the narrow
/// plot instead of running off the chart: "TPP\n(total processing performance)".
fn two_lines(name: &str, narrow: bool) -> String {
    if !narrow {
        return name.to_string();
    }
    match name
        .find(" (")
        .map(|i| (i, 1))
        .or_else(|| name.find('（').map(|i| (i, 0)))
    {
        Some((i, skip)) => format!("{}\n{}", &name[..i], &name[i + skip..]),
        None => name.to_string(),
    }
}

/// Height of one row of rule-line labels above the plot, px.
const LINE_ROW: u32 = 17;

/// Where `v` falls across an axis from `lo` to `hi` (0–1), linear or log: rule-line labels in
/// the right half (and all of them on a phone, where the plot is narrower than a label) end at
/// their line instead of starting there, so they stay on the canvas.
fn axis_fraction(v: f64, lo: f64, hi: f64, log: bool) -> f64 {
    let f = if log {
        (v.ln() - lo.ln()) / (hi.ln() - lo.ln())
    } else {
        (v - lo) / (hi - lo)
    };
    if f.is_finite() {
        f
    } else {
        0.0
    }
}

/// A rule line across the ladder with its label set horizontally above the plot, in its own
/// row (`row`), so no two labels meet and none sits on a bar, a value or the axis.
fn rule_line(x: f64, label: String, row: u32, right: bool, colour: Option<&str>) -> Value {
    let mut text = Label::new()
        .formatter(label.as_str())
        .align(if right { LabelAlign::Right } else { LabelAlign::Left })
        .vertical_align(LabelVerticalAlign::Bottom);
    if colour.is_some() {
        text = text.color(chart_option::colour("text")).font_weight(FontWeight::Bold);
    }
    let text = part(&text)
        // The category axis is inverted, so the line starts at the top of the plot.
        .and("position", "start")
        .and("distance", vec![0, 4 + row * LINE_ROW])
        .and("padding", vec![0, 3]);
    let line = part(&MarkLineData::new().x_axis(x).name(label.as_str())).and("label", text);
    match colour {
        Some(c) => line.and(
            "lineStyle",
            part(
                &LineStyle::new()
                    .type_(LineStyleType::Solid)
                    .color(chart_option::colour(c))
                    .width(2),
            ),
        ),
        None => line,
    }
}

/// The ECharts option for the ladder: horizontal bars (names stay readable on a phone), first
/// chip on top, the H200 highlighted, pre-formatted labels, and the thresholds as dashed
/// vertical lines labelled above the plot. `narrow`: a phone (larger axis text; log scale
/// unless the reader chose).
pub fn ladder_option(
    t: &Texts,
    data: &Dataset,
    state: &CompareState,
    reduced_motion: bool,
    narrow: bool,
) -> ChartOption {
    let state = &state.drawn(data);
    let rows = ladder(data, state.metric, &state.filter, state.relative);
    let log = state.log_scale(narrow);
    let axis_name = if state.relative {
        t.compare_col_relative
    } else {
        metric_label(t, state.metric)
    };
    let subject = |id: &str| id == specs::REFERENCE_CHIP;
    let bars: Vec<Value> = rows
        .iter()
        .map(|r| {
            part(
                &DataPointItem::new(r.shown).name(r.name.as_str()).item_style(item_style(
                    r.status,
                    r.uncertain,
                    subject(&r.id),
                )),
            )
        })
        .collect();
    let categories: Vec<Value> = rows
        .iter()
        .map(|r| {
            if subject(&r.id) {
                let bold = TextStyle::new()
                    .font_weight(FontWeight::Bold)
                    .color(chart_option::colour("text"));
                Value::from(Map::new())
                    .and("value", r.name.as_str())
                    .and("textStyle", part(&bold))
            } else {
                Value::from(r.name.as_str())
            }
        })
        .collect();
    let reference = data
        .accelerator(specs::REFERENCE_CHIP)
        .and_then(|c| specs::value(c, state.metric))
        .map(|v| v.value);
    let to_shown = |v: f64| -> Option<f64> {
        if state.relative {
            reference.filter(|r| *r > 0.0).map(|r| v / r)
        } else {
            Some(v)
        }
    };
    let shown_text = |v: f64| {
        if state.relative {
            times(t, v)
        } else {
            with_unit(t, state.metric, v)
        }
    };
    // The axis extent, as ECharts will about draw it, to place the line labels.
    let (lo, hi) = rows
        .iter()
        .fold((f64::MAX, 0.0_f64), |(lo, hi), r| (lo.min(r.shown), hi.max(r.shown)));
    // On a linear axis, one bar far ahead of the rest is cut off (`cut_axis_at`): Rubin's
    // estimate squeezed the H20-to-H200 gap of the title into the plot's first sixth.
    let cut = (!log).then(|| specs::cut_axis_at(&rows)).flatten();
    let (lo, hi) = if log {
        (
            10f64.powf(lo.max(1e-9).log10().floor()),
            10f64.powf(hi.max(1e-9).log10().ceil()),
        )
    } else {
        (0.0, cut.unwrap_or(hi))
    };
    let mut lines: Vec<Value> = Vec::new();
    if state.lines {
        for l in reg_lines(state.metric) {
            if let Some(x) = to_shown(l.value) {
                let label = t.fmt_compare_line_value(line_label(t, l.kind), &shown_text(x));
                let right = narrow || axis_fraction(x, lo, hi, log) > 0.5;
                lines.push(rule_line(x, label, lines.len() as u32, right, None));
            }
        }
    }
    if state.relative && !rows.is_empty() {
        let row = lines.len() as u32;
        lines.push(rule_line(
            1.0,
            t.compare_line_reference.to_string(),
            row,
            narrow || axis_fraction(1.0, lo, hi, log) > 0.5,
            Some("highlight"),
        ));
    }
    let label_rows = lines.len() as u32;
    let grid = Grid::new()
        .left(8)
        .right(if narrow { 52 } else { 64 })
        .top(f64::from(12 + label_rows * LINE_ROW))
        .bottom(if narrow { 64 } else { 48 })
        .contain_label(true);
    let tooltip = Tooltip::new()
        .trigger(Trigger::Axis)
        .axis_pointer(AxisPointer::new().type_(AxisPointerType::Shadow));
    let mut x_axis = Axis::new()
        .type_(if log { AxisType::Log } else { AxisType::Value })
        .name(two_lines(axis_name, narrow))
        .name_location(NameLocation::Middle)
        .name_gap(30)
        .name_text_style(TextStyle::new().line_height(15))
        // Fewer ticks on a phone, so the numbers never touch.
        .split_number(if narrow { 3 } else { 5 });
    // A log axis starts at the power of ten below the smallest bar, not at 1, where every bar
    // would look alike.
    if log && lo > 0.0 && lo < f64::MAX {
        x_axis = x_axis.min(lo);
    }
    if let Some(cut) = cut {
        x_axis = x_axis.max(cut);
    }
    let x_axis = part(&x_axis).and("axisLabel", Value::from(Map::new()).and("hideOverlap", true));
    let y_axis = part(&Axis::new().type_(AxisType::Category).inverse(true)).and("data", categories);
    // A bar beyond the axis's end is drawn to the plot's edge (ECharts' `clip`, on by default).
    let series = part(&Bar::new().name(metric_label(t, state.metric)))
        .and("data", bars)
        .and("barMaxWidth", 22)
        .and("z", 2);
    let parts = Parts {
        grid,
        tooltip,
        x_axis,
        y_axis,
        series: vec![series],
    };
    let mut labels: Vec<String> = rows.iter().map(|r| bar_label(t, state, r)).collect();
    if let (Some(_), Some(first)) = (cut, labels.first_mut()) {
        *first = t.fmt_compare_cut(first);
    }
    let mut option = ChartOption::new(parts, reduced_motion)
        .label_items(0, &labels)
        .value_labels(0)
        .threshold_lines(0, lines)
        .styled_axes(narrow);
    // A value label sits on the page's background (figures are not boxes): a rule line passing
    // behind it stops short of the text rather than striking it through, and no box shows.
    if let Some(label) = option.0.pointer_mut("/series/0/label") {
        merge(
            label,
            part(&Label::new().background_color(chart_option::colour("bg"))).and("padding", vec![1, 2]),
        );
    }
    // The cut bar's value sits inside its end, where the plot stops.
    if cut.is_some() {
        if let Some(label) = option.0.pointer_mut("/series/0/data/0/label") {
            merge(label, part(&Label::new().position(LabelPosition::InsideRight)));
        }
    }
    if let Some(i) = rows.iter().position(|r| subject(&r.id)) {
        if let Some(label) = option.0.pointer_mut(&format!("/series/0/data/{i}/label")) {
            merge(label, part(&Label::new().font_weight(FontWeight::Bold)));
        }
    }
    option
}

/// The figure's title: its finding, with the ratio computed from the data, or a plain title
/// if the data no longer bear the finding out.
pub fn ladder_headline(t: &Texts, data: &Dataset) -> String {
    let ratio = specs::ratio(data, Metric::Tpp, "h200", "h20");
    let inside = data
        .accelerator(specs::REFERENCE_CHIP)
        .and_then(|c| Some((specs::tpp(c)?.value, c.bandwidth_tbs.as_ref()?.value)))
        .map(|(tpp, bw)| specs::inside_2026_ceiling(tpp, bw))
        .unwrap_or(false);
    match ratio {
        Some(r) if inside => t.fmt_compare_ladder_headline(&format::number_trim(r, 1)),
        _ => t.compare_ladder_title.to_string(),
    }
}

/// What a screen reader hears for the ladder.
pub fn ladder_summary(t: &Texts, data: &Dataset, state: &CompareState) -> String {
    let state = &state.drawn(data);
    let rows = ladder(data, state.metric, &state.filter, state.relative);
    let top = rows
        .iter()
        .max_by(|a, b| a.shown.total_cmp(&b.shown))
        .map(|r| format!("{} {}", r.name, bar_label(t, state, r)))
        .unwrap_or_default();
    let h200 = rows
        .iter()
        .find(|r| r.id == specs::REFERENCE_CHIP)
        .map(|r| bar_label(t, state, r))
        .unwrap_or_else(|| "—".to_string());
    t.fmt_compare_ladder_aria(&rows.len().to_string(), &h200, metric_label(t, state.metric), &top)
}

/// The table (and CSV) of exactly the bars shown.
pub fn ladder_table(t: &Texts, data: &Dataset, state: &CompareState) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let state = &state.drawn(data);
    let rows = ladder(data, state.metric, &state.filter, state.relative);
    let value_col = if state.relative {
        t.compare_col_relative
    } else {
        metric_label(t, state.metric)
    };
    let header = vec![
        t.compare_col_chip,
        value_col,
        t.compare_col_confidence,
        t.compare_col_status,
    ];
    let body = rows
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                if state.relative {
                    format::number_trim(r.shown, 2)
                } else {
                    plain(state.metric, r.shown)
                },
                confidence_label(t, r.value.confidence).to_string(),
                r.status.map(|s| status_label(t, s)).unwrap_or_default().to_string(),
            ]
        })
        .collect();
    (header, body)
}

#[component]
pub fn Ladder() -> impl IntoView {
    let lang = use_lang();
    let prefs = Prefs::use_context();
    let ctx = CompareCtx::use_context();
    let state = ctx.state;
    let selected = RwSignal::new(None::<String>);
    let Ok(data) = dataset() else { return ().into_any() };

    let option = Memo::new(move |_| {
        ladder_option(
            texts(lang.get()),
            data,
            &state.get(),
            prefs.reduced_motion.get(),
            prefs.narrow.get(),
        )
    });
    let keys = Signal::derive(move || {
        let s = state.get();
        LegendKeys::of(
            ladder(data, s.metric, &s.filter, s.relative)
                .iter()
                .map(|r| (r.status, r.uncertain)),
        )
    });
    let summary = Signal::derive(move || ladder_summary(texts(lang.get()), data, &state.get()));
    let csv = Signal::derive(move || {
        let (header, rows) = ladder_table(texts(lang.get()), data, &state.get());
        specs::csv(&header, &rows)
    });
    let csv_name = Signal::derive(move || format!("h200-explainer-{}.csv", state.get().metric.code()));
    let on_click = select_by_name(data, selected);
    let ratio_note = move || {
        let t = texts(lang.get());
        let r = |a, b| {
            specs::ratio(data, Metric::Tpp, a, b)
                .map(|v| format::number_trim(v, 1))
                .unwrap_or_default()
        };
        t.fmt_compare_ratio_note(&r("b200", "h200"))
    };

    let table: ChildrenFn = std::sync::Arc::new(move || {
        view! {
            {move || {
                let t = texts(lang.get());
                let s = state.get().drawn(data);
                let rows = ladder(data, s.metric, &s.filter, s.relative);
                let (header, _) = ladder_table(t, data, &s);
                view! {
                    <table>
                        <caption>{metric_label(t, s.metric)}</caption>
                        <thead>
                            <tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|r| {
                                    let label = bar_label(t, &s, &r);
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <SelectChip id=r.id.clone() name=r.name.clone() selected/>
                                            </th>
                                            <td class="num">{label}</td>
                                            <td><ConfidenceBadge confidence=r.value.confidence/></td>
                                            <td>{r.status.map(|st| status_label(t, st)).unwrap_or_default()}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
            }}
            <CsvButton name=csv_name csv/>
        }
        .into_any()
    });

    let metric_options = Metric::ALL
        .into_iter()
        .map(|m| {
            view! {
                <option value=m.code() selected=move || state.get().metric == m>
                    {move || metric_label(texts(lang.get()), m)}
                </option>
            }
        })
        .collect_view();

    // What a downloaded image says: the measure, scale and chips shown, and the outlets behind
    // the values drawn (and the lines, when drawn).
    let share = Signal::derive(move || {
        let l = lang.get();
        let t = texts(l);
        let s = state.get().drawn(data);
        let log = s.log_scale(prefs.narrow.get());
        let mut state_line = format!(
            "{}{}{}{}{}",
            metric_label(t, s.metric),
            t.embed_image_sep,
            t.compare_scale_label,
            t.embed_image_colon,
            if log { t.compare_log } else { t.compare_linear }
        );
        if s.relative {
            state_line = format!("{state_line}{}{}", t.embed_image_sep, t.embed_image_relative);
        }
        let rows = ladder(data, s.metric, &s.filter, s.relative);
        let lines = if s.lines { reg_lines(s.metric) } else { Vec::new() };
        let ids = rows
            .iter()
            .flat_map(|r| r.value.sources.iter().map(String::as_str))
            .chain(lines.iter().map(|l| line_source(l.kind)));
        ShareInfo {
            title: ladder_headline(t, data),
            state: format!("{state_line}\n{}", chips_shown(t, &s.filter)),
            source: source_line(t, &outlets(data, ids)),
            file: share::file_stem(
                "ladder",
                &[
                    s.metric.code(),
                    if log { "log" } else { "linear" },
                    if s.relative { "rel" } else { "" },
                ],
                l,
            ),
        }
    });

    view! {
        <figure class="figure" id="figure-ladder">
            <div class="figure__head">
                <h3 class="figure__title">{move || ladder_headline(texts(lang.get()), data)}</h3>
            </div>
            <Customise id="ladder-controls" state=Signal::derive(move || {
                let t = texts(lang.get());
                let st = state.get();
                let mut parts = vec![
                    metric_label(t, st.metric).to_string(),
                    if st.log_scale(prefs.narrow.get()) { t.compare_log } else { t.compare_linear }.to_string(),
                ];
                if st.relative {
                    parts.push(t.compare_relative.to_string());
                }
                parts.join(" · ")
            })>
            <div class="controls">
                <label class="control">
                    <span>{move || texts(lang.get()).compare_metric_label}</span>
                    <select
                        id="ladder-metric"
                        on:change=move |ev| {
                            if let Some(m) = Metric::parse(&event_target_value(&ev)) {
                                state.update(|s| s.metric = m);
                            }
                        }
                    >
                        {metric_options}
                    </select>
                </label>
                <div class="control" role="group" aria-labelledby="ladder-scale-label">
                    <span id="ladder-scale-label">{move || texts(lang.get()).compare_scale_label}</span>
                    <div class="segmented">
                        <button
                            type="button"
                            class="chip-button"
                            aria-pressed=move || (!state.get().log_scale(prefs.narrow.get())).to_string()
                            on:click=move |_| state.update(|s| s.log = Some(false))
                        >
                            {move || texts(lang.get()).compare_linear}
                        </button>
                        <button
                            type="button"
                            class="chip-button"
                            aria-pressed=move || state.get().log_scale(prefs.narrow.get()).to_string()
                            on:click=move |_| state.update(|s| s.log = Some(true))
                        >
                            {move || texts(lang.get()).compare_log}
                        </button>
                    </div>
                </div>
                <StateCheck
                    id="ladder-relative"
                    label=|t| t.compare_relative
                    get=|s| s.relative
                    set=|s, on| s.relative = on
                />
                <StateCheck id="ladder-lines" label=|t| t.compare_lines get=|s| s.lines set=|s, on| s.lines = on/>
            </div>
            </Customise>
            <p
                class="notice"
                id="ladder-relative-unavailable"
                hidden=move || { let s = state.get(); !s.relative || CompareState::relative_possible(data, s.metric) }
            >
                {move || { let t = texts(lang.get()); t.fmt_compare_relative_unavailable(metric_label(t, state.get().metric)) }}
            </p>
            <p class="notice" hidden=move || { let s = state.get(); !ladder(data, s.metric, &s.filter, s.relative).is_empty() }>
                {move || texts(lang.get()).compare_none}
            </p>
            <ChartFigure option=option summary table on_click class="chart-canvas--ladder"/>
            <StatusLegend keys/>
            <p class="lines-note" hidden=move || { let s = state.get(); !s.lines || reg_lines(s.metric).is_empty() }>
                {move || texts(lang.get()).compare_lines_note}
            </p>
            <p class="ratio-note">{ratio_note}</p>
            <CompareCaption text=|t| t.compare_ladder_caption/>
            <div class="figure-tools figure-tools--foot">
                <EmbedButton
                    widget=EmbedWidget::Generations
                    state=Signal::derive(move || {
                        state.get().to_params().into_iter().filter_map(|(k, v)| v.map(|v| (k.to_string(), v))).collect()
                    })
                />
                <ShareButtons of=".chart-canvas" info=share/>
            </div>
            <ChipCard selected/>
        </figure>
    }
    .into_any()
}
