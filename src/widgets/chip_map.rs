//! The map: each chip placed by compute (TPP) and memory bandwidth, with the January 2026
//! case-by-case ceiling shaded across it.

use super::compare::{
    chips_shown, item_style, line_source, outlets, plain, select_by_name, status_label, ChipCard, CompareCaption,
    CompareCtx, CsvButton, LegendKeys, SelectChip, StatusLegend,
};
use crate::components::chart::{base_option, ChartFigure, ChartOption, VALUE_SIZE};
use crate::components::embed_dialog::EmbedButton;
use crate::components::palette;
use crate::components::share::{source_line, ShareButtons, ShareInfo};
use crate::i18n::{texts, Texts};
use crate::model::data::{dataset, Accelerator, Dataset, Generation};
use crate::model::embed::EmbedWidget;
use crate::model::specs::{self, map_points, LineKind, MapPoint, Metric};
use crate::model::{format, share};
use crate::prefs::Prefs;
use crate::use_lang;
use leptos::prelude::*;
use serde_json::json;

/// Whether a chip sits inside the 2026 case-by-case ceiling.
pub fn inside_ceiling(p: &MapPoint) -> bool {
    specs::inside_2026_ceiling(p.tpp, p.bandwidth)
}

/// The axes' extents. The bandwidth axis starts below the slowest chip (1.6 TB/s) so the
/// shaded region has a free band at its foot for its label.
const X_RANGE: (f64, f64) = (1_000.0, 200_000.0);
const Y_RANGE: (f64, f64) = (0.5, 30.0);

/// Chips drawn as one: the same bandwidth and TPP within 15 % (A100 and A800, H100 and H800,
/// B200 and GB200): the first of them carries all their names.
fn twins(a: &MapPoint, b: &MapPoint) -> bool {
    a.bandwidth == b.bandwidth && (a.tpp / b.tpp).ln().abs() < 0.15
}

/// Where a marker's name goes: to its right; to its left when a neighbour on the same row
/// sits just to the right; above it near the right edge, where a name would run off the chart.
fn label_positions(points: &[MapPoint]) -> Vec<&'static str> {
    let fraction = |v: f64| (v / X_RANGE.0).ln() / (X_RANGE.1 / X_RANGE.0).ln();
    let near = |a: &MapPoint, b: &MapPoint| {
        a.id != b.id
            && !twins(a, b)
            && (a.bandwidth / b.bandwidth).ln().abs() < 0.15
            && (a.tpp / b.tpp).ln().abs() < 0.6
    };
    points
        .iter()
        .map(|p| {
            if fraction(p.tpp) > 0.7 {
                "top"
            } else if points.iter().any(|q| near(p, q) && q.tpp > p.tpp) {
                "left"
            } else {
                "right"
            }
        })
        .collect()
}

/// The ECharts option: log axes (the chips span two orders of magnitude), one marker size
/// (memory, once the size, had no key: it is in the table and the tooltip), the H200
/// highlighted and always named, chips with identical figures named together, and the 2026
/// ceiling as a shaded, labelled region.
pub fn map_option(t: &Texts, points: &[MapPoint], reduced_motion: bool, narrow: bool) -> ChartOption {
    let positions = label_positions(points);
    let data: Vec<serde_json::Value> = points
        .iter()
        .zip(&positions)
        .enumerate()
        .map(|(i, (p, pos))| {
            let subject = p.id == specs::REFERENCE_CHIP;
            // Chips drawn as one share one label.
            let names: Vec<&str> = points.iter().filter(|q| twins(p, q)).map(|q| q.name.as_str()).collect();
            let first = points.iter().position(|q| twins(p, q)) == Some(i);
            let mut label = json!({
                "show": first,
                "formatter": names.join(" / "),
                "position": pos,
                "color": palette::var("text")
            });
            if subject {
                label["fontWeight"] = json!("bold");
            }
            json!({
                "value": [p.tpp, p.bandwidth, p.memory],
                "name": p.name,
                "symbolSize": if subject { 15 } else { 10 },
                "itemStyle": item_style(p.status, p.uncertain, subject),
                "label": label,
                "z": if subject { 3 } else { 2 }
            })
        })
        .collect();
    let mut chart = base_option(reduced_motion);
    chart["grid"] = json!([{ "left": 8, "right": 24, "top": 48, "bottom": 40, "containLabel": true }]);
    chart["tooltip"] = json!({ "trigger": "item" });
    chart["xAxis"] = json!({
        "type": "log",
        "name": t.compare_map_x,
        "nameLocation": "middle",
        "nameGap": 28,
        "min": X_RANGE.0,
        "max": X_RANGE.1,
        "axisLabel": { "hideOverlap": true }
    });
    chart["yAxis"] = json!({
        "type": "log",
        // The short name on a phone, where the long one would run off the chart.
        "name": if narrow { t.compare_col_bandwidth } else { t.compare_map_y },
        "nameGap": 10,
        "nameTextStyle": { "align": "left" },
        "min": Y_RANGE.0,
        "max": Y_RANGE.1
    });
    let tip = format!(
        "{{b}}: TPP {{@[0]}}, {}, {}",
        t.fmt_unit_tbs("{@[1]}"),
        t.fmt_unit_gb("{@[2]}")
    );
    let region_label_width = if narrow { 104 } else { 220 };
    chart["series"] = json!([{
        "type": "scatter",
        "name": t.compare_map_title,
        "data": data,
        "label": { "show": true, "fontSize": VALUE_SIZE, "distance": 6 },
        // What still meets another label is hidden, the smaller marker's first (the H200's
        // is the largest, so it keeps its name).
        "labelLayout": { "hideOverlap": true },
        "tooltip": { "formatter": tip },
        "markArea": {
            "silent": true,
            "itemStyle": { "color": palette::var_alpha("status-licence", 0.1) },
            "label": {
                "position": "insideBottomLeft",
                "color": palette::var("text"),
                "fontSize": VALUE_SIZE,
                "width": region_label_width,
                "overflow": "break",
                "lineHeight": 15,
                "padding": [0, 4, 4, 4]
            },
            "data": [[
                { "name": t.compare_map_region, "coord": [X_RANGE.0, Y_RANGE.0] },
                { "coord": [specs::CEILING_2026_TPP, specs::CEILING_2026_BANDWIDTH] }
            ]]
        }
    }]);
    let tpp_fraction = (specs::CEILING_2026_TPP / X_RANGE.0).ln() / (X_RANGE.1 / X_RANGE.0).ln();
    ChartOption(chart)
        .threshold_lines(
            0,
            vec![
                json!({
                    "xAxis": specs::CEILING_2026_TPP,
                    "label": {
                        "formatter": format!("TPP {}", format::number_trim(specs::CEILING_2026_TPP, 0)),
                        // Horizontal, above the plot, in a row above the bandwidth axis' name.
                        "position": "end",
                        "distance": [0, 24],
                        "align": if tpp_fraction > 0.5 { "right" } else { "left" },
                        "verticalAlign": "bottom",
                        "padding": [0, 3]
                    }
                }),
                json!({
                    "yAxis": specs::CEILING_2026_BANDWIDTH,
                    "label": {
                        "formatter": t.fmt_unit_tbs(&format::number_trim(specs::CEILING_2026_BANDWIDTH, 1)),
                        // Under the line, inside the box: above it sit the Blackwell names.
                        "position": "insideStartBottom"
                    }
                }),
            ],
        )
        .styled_axes(narrow)
}

/// The figure's title: the finding, if the data bear it out (the H200 inside the ceiling,
/// every Blackwell and Rubin chip outside it), or the plain title.
pub fn map_headline(t: &Texts, data: &Dataset) -> String {
    let points = map_points(data, &specs::ChipFilter::default());
    let h200_inside = points
        .iter()
        .any(|p| p.id == specs::REFERENCE_CHIP && inside_ceiling(p));
    let newer_outside = data
        .accelerators
        .iter()
        .filter(|c| matches!(c.generation, Generation::Blackwell | Generation::Rubin))
        .all(|c| points.iter().any(|p| p.id == c.id && !inside_ceiling(p)));
    if h200_inside && newer_outside {
        t.compare_map_headline.to_string()
    } else {
        t.compare_map_title.to_string()
    }
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

    let option = Memo::new(move |_| {
        filtered.with(|p| map_option(texts(lang.get()), p, prefs.reduced_motion.get(), prefs.narrow.get()))
    });
    let keys = Signal::derive(move || filtered.with(|p| LegendKeys::of(p.iter().map(|p| (p.status, p.uncertain)))));
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
    // What a downloaded image says: the chips shown, and the outlets behind the values drawn
    // and the ceiling.
    let share = Signal::derive(move || {
        let l = lang.get();
        let t = texts(l);
        let s = state.get();
        let shown: Vec<&Accelerator> = data.accelerators.iter().filter(|c| s.filter.shows(c)).collect();
        let ids = shown
            .iter()
            .flat_map(|c| {
                let tpp = specs::tpp(c).map(|v| v.sources).unwrap_or_default();
                tpp.into_iter().chain(c.bandwidth_tbs.iter().map(|b| b.source.clone()))
            })
            .collect::<Vec<String>>();
        let ids = ids
            .iter()
            .map(String::as_str)
            .chain([line_source(LineKind::CaseByCase2026)]);
        ShareInfo {
            title: map_headline(t, data),
            state: chips_shown(t, &s.filter),
            source: source_line(t, &outlets(data, ids)),
            file: share::file_stem("map", &[], l),
        }
    });
    view! {
        <figure class="figure" id="figure-map">
            <div class="figure__head">
                <h3 class="figure__title">{move || map_headline(texts(lang.get()), data)}</h3>
                <div class="figure-tools">
                    <EmbedButton widget=EmbedWidget::Map state=Signal::stored(Vec::new())/>
                    <ShareButtons of=".chart-canvas" info=share/>
                </div>
            </div>
            <ChartFigure option=option summary table on_click class="chart-canvas--map"/>
            <StatusLegend keys/>
            <CompareCaption text=|t| t.compare_map_caption/>
            <ChipCard selected/>
        </figure>
    }
    .into_any()
}
