//! The map: each chip placed by compute (TPP) and memory bandwidth, sized by memory, with the
//! January 2026 case-by-case ceiling drawn across it.

use super::compare::{
    item_style, plain, select_by_name, status_label, ChipCard, CompareCaption, CompareCtx, CsvButton, SelectChip,
    StatusLegend,
};
use crate::components::chart::{base_option, ChartFigure, ChartOption};
use crate::components::embed_dialog::EmbedButton;
use crate::i18n::{texts, Texts};
use crate::model::data::dataset;
use crate::model::embed::EmbedWidget;
use crate::model::format;
use crate::model::specs::{self, map_points, MapPoint, Metric};
use crate::prefs::Prefs;
use crate::use_lang;
use leptos::prelude::*;
use serde_json::json;

const TPP_CEILING: f64 = 21_000.0;
const BANDWIDTH_CEILING: f64 = 6.5;

/// Whether a chip sits inside the 2026 case-by-case ceiling.
pub fn inside_ceiling(p: &MapPoint) -> bool {
    p.tpp < TPP_CEILING && p.bandwidth < BANDWIDTH_CEILING
}

/// The ECharts option: log axes (the chips span two orders of magnitude), marker size from
/// memory through a hidden visualMap, names as labels, and the ceiling as dashed lines.
pub fn map_option(t: &Texts, points: &[MapPoint], reduced_motion: bool) -> ChartOption {
    let data: Vec<serde_json::Value> = points
        .iter()
        .map(|p| {
            json!({
                "value": [p.tpp, p.bandwidth, p.memory],
                "name": p.name,
                "itemStyle": item_style(p.status, p.uncertain)
            })
        })
        .collect();
    let mut chart = base_option(reduced_motion);
    chart["grid"] = json!([{ "left": 8, "right": 56, "top": 24, "bottom": 40, "containLabel": true }]);
    chart["tooltip"] = json!({ "trigger": "item" });
    chart["xAxis"] = json!({
        "type": "log",
        "name": t.compare_map_x,
        "nameLocation": "middle",
        "nameGap": 26,
        "min": 1000,
        "max": 200_000
    });
    chart["yAxis"] = json!({
        "type": "log",
        "name": t.compare_map_y,
        "nameTextStyle": { "align": "left" },
        "min": 1,
        "max": 30
    });
    chart["series"] = json!([{ "type": "scatter", "name": t.compare_map_title, "data": data }]);
    let labels: Vec<String> = points.iter().map(|p| p.name.clone()).collect();
    let (min_mem, max_mem) = points
        .iter()
        .fold((f64::MAX, 0.0_f64), |(lo, hi), p| (lo.min(p.memory), hi.max(p.memory)));
    let mut option = ChartOption(chart).label_items(0, &labels);
    option.0["xAxis"]["axisLabel"] = json!({ "hideOverlap": true });
    let mut option = option.with(
        "visualMap",
        json!([{
            "show": false,
            "type": "continuous",
            "seriesIndex": 0,
            "dimension": 2,
            "min": if min_mem < max_mem { min_mem } else { 0.0 },
            "max": max_mem.max(1.0),
            "inRange": { "symbolSize": [12, 40] }
        }]),
    );
    let tip = format!(
        "{{b}}: TPP {{@[0]}}, {}, {}",
        t.fmt_unit_tbs("{@[1]}"),
        t.fmt_unit_gb("{@[2]}")
    );
    // Chips with identical specs (A100/A800, H100/H800) would print over each other.
    option.0["series"][0]["labelLayout"] = json!({ "hideOverlap": true });
    option.0["series"][0]["tooltip"] = json!({ "formatter": tip });
    option.value_labels(0).threshold_lines(
        0,
        vec![
            json!({ "xAxis": TPP_CEILING, "label": { "formatter": "TPP 21,000", "position": "insideEndTop" } }),
            json!({ "yAxis": BANDWIDTH_CEILING, "label": { "formatter": t.fmt_unit_tbs("6.5"), "position": "insideEndTop" } }),
        ],
    )
}

pub fn map_summary(t: &Texts, points: &[MapPoint]) -> String {
    let inside: Vec<&str> = points
        .iter()
        .filter(|p| inside_ceiling(p))
        .map(|p| p.name.as_str())
        .collect();
    t.fmt_compare_map_aria(&points.len().to_string(), &inside.join(", "))
}

/// The table (and CSV) of exactly the markers shown.
pub fn map_table(t: &Texts, points: &[MapPoint]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec![
        t.compare_col_chip,
        t.compare_col_tpp,
        t.compare_col_bandwidth,
        t.compare_col_memory,
        t.compare_col_status,
    ];
    let rows = points
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                plain(Metric::Tpp, p.tpp),
                format::number_trim(p.bandwidth, 3),
                plain(Metric::Memory, p.memory),
                p.status.map(|s| status_label(t, s)).unwrap_or_default().to_string(),
            ]
        })
        .collect();
    (header, rows)
}

#[component]
pub fn ChipMap() -> impl IntoView {
    let lang = use_lang();
    let prefs = Prefs::use_context();
    let ctx = CompareCtx::use_context();
    let state = ctx.state;
    let selected = RwSignal::new(None::<String>);
    let Ok(data) = dataset() else { return ().into_any() };
    let filtered = Memo::new(move |_| map_points(data, &state.get().filter));

    let option = Memo::new(move |_| filtered.with(|p| map_option(texts(lang.get()), p, prefs.reduced_motion.get())));
    let summary = Signal::derive(move || filtered.with(|p| map_summary(texts(lang.get()), p)));
    let csv = Signal::derive(move || {
        let (header, rows) = filtered.with(|p| map_table(texts(lang.get()), p));
        specs::csv(&header, &rows)
    });
    let on_click = select_by_name(data, selected);
    let table: ChildrenFn = std::sync::Arc::new(move || {
        view! {
            {move || {
                let t = texts(lang.get());
                let pts = filtered.get();
                let (header, rows) = map_table(t, &pts);
                view! {
                    <table>
                        <caption>{t.compare_map_title}</caption>
                        <thead>
                            <tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>
                            {pts
                                .iter()
                                .zip(rows)
                                .map(|(p, row)| {
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <SelectChip id=p.id.clone() name=p.name.clone() selected/>
                                            </th>
                                            {row
                                                .into_iter()
                                                .skip(1)
                                                .enumerate()
                                                .map(|(i, cell)| {
                                                    view! { <td class=if i < 3 { "num" } else { "" }>{cell}</td> }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
            }}
            <CsvButton name=Signal::stored("h200-explainer-map.csv".to_string()) csv/>
        }
        .into_any()
    });
    view! {
        <figure class="figure" id="figure-map">
            <div class="figure__head">
                <h3 class="figure__title">{move || texts(lang.get()).compare_map_title}</h3>
                <EmbedButton widget=EmbedWidget::Map state=Signal::stored(Vec::new())/>
            </div>
            <ChartFigure option=option summary table on_click class="chart-canvas--map"/>
            <StatusLegend/>
            <CompareCaption text=|t| t.compare_map_caption/>
            <ChipCard selected/>
        </figure>
    }
    .into_any()
}
