//! The ladder: one bar per chip for the chosen measure, coloured by China status, with the
//! regulatory lines, a linear/log switch and a "relative to H200" switch.

use super::compare::{
    item_style, metric_label, plain, select_by_name, status_label, times, with_unit, ChipCard, CompareCaption,
    CompareCtx, CsvButton, SelectChip, StateCheck, StatusLegend,
};
use crate::components::chart::{base_option, ChartFigure, ChartOption};
use crate::components::embed_dialog::EmbedButton;
use crate::components::source_line::{confidence_label, ConfidenceBadge};
use crate::i18n::{texts, Texts};
use crate::model::data::{dataset, Dataset};
use crate::model::embed::EmbedWidget;
use crate::model::format;
use crate::model::specs::{self, ladder, reg_lines, CompareState, LadderRow, LineKind, Metric};
use crate::prefs::Prefs;
use crate::use_lang;
use leptos::prelude::*;
use serde_json::json;

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

/// The ECharts option for the ladder: horizontal bars (names stay readable on a phone), first
/// chip on top, pre-formatted labels, and the thresholds as dashed vertical lines.
pub fn ladder_option(t: &Texts, data: &Dataset, state: &CompareState, reduced_motion: bool) -> ChartOption {
    let rows = ladder(data, state.metric, &state.filter, state.relative);
    let axis_name = if state.relative {
        t.compare_col_relative
    } else {
        metric_label(t, state.metric)
    };
    let bars: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| json!({ "value": r.shown, "name": r.name, "itemStyle": item_style(r.status, r.uncertain) }))
        .collect();
    let mut chart = base_option(reduced_motion);
    chart["grid"] = json!([{ "left": 8, "right": 72, "top": 16, "bottom": 56, "containLabel": true }]);
    chart["tooltip"] = json!({ "trigger": "axis", "axisPointer": { "type": "shadow" } });
    chart["xAxis"] = json!({
        "type": if state.log { "log" } else { "value" },
        "name": axis_name,
        "nameLocation": "middle",
        "nameGap": 28
    });
    chart["yAxis"] = json!({
        "type": "category",
        "inverse": true,
        "data": rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>()
    });
    chart["series"] = json!([{ "type": "bar", "name": metric_label(t, state.metric), "data": bars }]);
    let labels: Vec<String> = rows.iter().map(|r| bar_label(t, state, r)).collect();
    let reference = data
        .accelerator(specs::REFERENCE_CHIP)
        .and_then(|c| specs::value(c, state.metric))
        .map(|v| v.value);
    let lines: Vec<serde_json::Value> = if state.lines {
        reg_lines(state.metric)
            .into_iter()
            .filter_map(|l| {
                let x = if state.relative { l.value / reference? } else { l.value };
                Some(json!({
                    "xAxis": x,
                    "name": line_label(t, l.kind),
                    "label": {
                        "formatter": line_label(t, l.kind),
                        // Opposite ends, so the two labels never collide on a narrow chart.
                        "position": if l.kind == LineKind::Eccn3a090 { "end" } else { "start" },
                        "fontSize": 11
                    }
                }))
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut option = ChartOption(chart)
        .label_items(0, &labels)
        .value_labels(0)
        .threshold_lines(0, lines);
    option.0["xAxis"]["axisLabel"] = json!({ "hideOverlap": true });
    option.0["series"][0]["barMaxWidth"] = json!(22);
    option
}

/// What a screen reader hears for the ladder.
pub fn ladder_summary(t: &Texts, data: &Dataset, state: &CompareState) -> String {
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

    let option = Memo::new(move |_| ladder_option(texts(lang.get()), data, &state.get(), prefs.reduced_motion.get()));
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
        t.fmt_compare_ratio_note(&r("b200", "h200"), &r("h200", "h20"))
    };

    let table: ChildrenFn = std::sync::Arc::new(move || {
        view! {
            {move || {
                let t = texts(lang.get());
                let s = state.get();
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

    view! {
        <figure class="figure" id="figure-ladder">
            <div class="figure__head">
                <h3 class="figure__title">{move || texts(lang.get()).compare_ladder_title}</h3>
                <EmbedButton
                    widget=EmbedWidget::Generations
                    state=Signal::derive(move || {
                        state.get().to_params().into_iter().filter_map(|(k, v)| v.map(|v| (k.to_string(), v))).collect()
                    })
                />
            </div>
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
                            aria-pressed=move || (!state.get().log).to_string()
                            on:click=move |_| state.update(|s| s.log = false)
                        >
                            {move || texts(lang.get()).compare_linear}
                        </button>
                        <button
                            type="button"
                            class="chip-button"
                            aria-pressed=move || state.get().log.to_string()
                            on:click=move |_| state.update(|s| s.log = true)
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
            <p class="notice" hidden=move || { let s = state.get(); !ladder(data, s.metric, &s.filter, s.relative).is_empty() }>
                {move || texts(lang.get()).compare_none}
            </p>
            <ChartFigure option=option summary table on_click class="chart-canvas--ladder"/>
            <StatusLegend/>
            <p class="lines-note" hidden=move || { let s = state.get(); !s.lines || reg_lines(s.metric).is_empty() }>
                {move || texts(lang.get()).compare_lines_note}
            </p>
            <p class="ratio-note">{ratio_note}</p>
            <CompareCaption text=|t| t.compare_ladder_caption/>
            <ChipCard selected/>
        </figure>
    }
    .into_any()
}
