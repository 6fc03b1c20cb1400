//! The map: each chip placed by compute (TPP) and memory bandwidth, with the January 2026
//! case-by-case ceiling shaded across it.

use super::compare::{
    chips_shown, item_style, line_source, outlets, plain, select_by_name, status_label, ChipCard, CompareCaption,
    CompareCtx, CsvButton, LegendKeys, SelectChip, StatusLegend,
};
use crate::components::chart::ChartFigure;
use crate::components::chart_option::{self, part, ChartOption, Part, Parts, VALUE_SIZE};
use crate::components::embed_dialog::EmbedButton;
use crate::components::share::{source_line, ShareButtons, ShareInfo};
use crate::i18n::{texts, Texts};
use crate::model::data::{dataset, Accelerator, Dataset, Generation};
use crate::model::embed::EmbedWidget;
use crate::model::specs::{self, map_points, LineKind, MapPoint, Metric};
use crate::model::{format, share};
use crate::prefs::Prefs;
use crate::use_lang;
use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::font_settings::FontWeight;
use charming::element::{
    AxisType, BorderType, ItemStyle, Label, LabelAlign, LabelLayout, LabelPosition, LabelVerticalAlign, MarkArea,
    MarkLineData, NameLocation, TextStyle, Tooltip, Trigger,
};
use charming::series::Scatter;
use leptos::prelude::*;
use serde_json::{Map, Value};

/// Whether a chip sits inside the 2026 case-by-case ceiling.
pub fn inside_ceiling(p: &MapPoint) -> bool {
    specs::inside_2026_ceiling(p.tpp, p.bandwidth)
}

/// The axes' extents. The bandwidth axis starts below the slowest chip (1.6 TB/s) so the
/// shaded region has a free band at its foot for its label.
const X_RANGE: (f64, f64) = (1_000.0, 200_000.0);
const Y_RANGE: (f64, f64) = (0.5, 30.0);

/// How far apart, px, the markers of chips drawn as one sit.
const TWIN_GAP: f64 = 7.0;

/// Chips drawn as one: the same bandwidth and TPP within 15 % (A100 and A800, H100 and H800,
/// B200 and GB200): the first of them carries all their names.
fn twins(a: &MapPoint, b: &MapPoint) -> bool {
    a.bandwidth == b.bandwidth && (a.tpp / b.tpp).ln().abs() < 0.15
}

/// Where a marker's name goes: to its right; to its left when a neighbour on the same row
/// sits just to the right; above it near the right edge, where a name would run off the chart.
fn label_positions(points: &[MapPoint]) -> Vec<LabelPosition> {
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
                LabelPosition::Top
            } else if points.iter().any(|q| near(p, q) && q.tpp > p.tpp) {
                LabelPosition::Left
            } else {
                LabelPosition::Right
            }
        })
        .collect()
}

/// The ECharts option: log axes (the chips span two orders of magnitude), one marker size
/// (memory, once the size, had no key: it is in the table and the tooltip), the H200
/// highlighted and always named, chips with identical figures named together, and the 2026
/// ceiling as a shaded, labelled region.
/// Breaks a label at its phrases: `|` in the text marks where a line may end (Japanese, which
/// ECharts would break between any two characters, 「ベー／ス」 or before a 「、」); segments
/// are joined greedily while they fit in `max` px, counting an ideograph or kana as one em and
/// anything else as 0.6 em. Text without `|` is left to ECharts, which breaks at spaces.
pub fn phrase_lines(text: &str, max: f64, size: f64) -> String {
    if !text.contains('|') {
        return text.to_string();
    }
    let width = |s: &str| s.chars().map(|c| if c.is_ascii() { 0.6 } else { 1.0 }).sum::<f64>() * size;
    let mut lines: Vec<String> = Vec::new();
    for seg in text.split('|') {
        match lines.last_mut() {
            Some(line) if width(line) + width(seg) <= max => line.push_str(seg),
            _ => lines.push(seg.to_string()),
        }
    }
    lines.join("\n")
}

pub fn map_option(t: &Texts, points: &[MapPoint], reduced_motion: bool, narrow: bool) -> ChartOption {
    let positions = label_positions(points);
    let data: Vec<Value> = points
        .iter()
        .zip(&positions)
        .enumerate()
        .map(|(i, (p, pos))| {
            let subject = p.id == specs::REFERENCE_CHIP;
            // Chips drawn as one share one label.
            let names: Vec<&str> = points.iter().filter(|q| twins(p, q)).map(|q| q.name.as_str()).collect();
            let first = points.iter().position(|q| twins(p, q)) == Some(i);
            // Chips drawn as one sit side by side, each in its own colour at full strength: over
            // each other, a licensed blue and a banned orange blended into a brown the key does
            // not have (design review 2026-12).
            let twin_at = points[..i].iter().filter(|q| twins(p, q)).count() as f64;
            let offset = (twin_at - (names.len() as f64 - 1.0) / 2.0) * TWIN_GAP;
            let mut label = Label::new()
                .show(first)
                .formatter(names.join(" / ").as_str())
                .position(*pos)
                .color(chart_option::colour("text"));
            if subject {
                label = label.font_weight(FontWeight::Bold);
            }
            // On the page's background: the 21,000 TPP line passes behind a name, not through it.
            label = label.background_color(chart_option::colour("bg"));
            // A name to the right of twins starts after the last of their markers.
            if names.len() > 1 && *pos == LabelPosition::Right {
                label = label.distance(6.0 + TWIN_GAP * (names.len() as f64 - 1.0));
            }
            let style = item_style(p.status, p.uncertain, subject);
            let style = if names.len() > 1 { style.opacity(1.0) } else { style };
            // A dashed outline on a 10-px marker reads as a broken "C": an estimate is a pale
            // disc in a solid ring here (the bars of the ladder keep the dashes).
            let style = if p.uncertain && !subject {
                style.border_type(BorderType::Solid).border_width(1.5)
            } else {
                style
            };
            let item = part(
                &DataPointItem::new(vec![p.tpp, p.bandwidth, p.memory])
                    .name(p.name.as_str())
                    .item_style(style),
            )
            .and("symbolSize", if subject { 15 } else { 10 });
            let item = if names.len() > 1 {
                item.and("symbolOffset", vec![offset, 0.0])
            } else {
                item
            };
            item.and("label", part(&label).and("padding", vec![1, 2]))
                .and("z", if subject { 3 } else { 2 })
        })
        .collect();
    let grid = Grid::new().left(8).right(24).top(48).bottom(40).contain_label(true);
    let x_axis = part(
        &Axis::new()
            .type_(AxisType::Log)
            .name(t.compare_map_x)
            .name_location(NameLocation::Middle)
            .name_gap(28)
            .min(X_RANGE.0)
            .max(X_RANGE.1),
    )
    .and("axisLabel", Value::from(Map::new()).and("hideOverlap", true));
    let y_axis = part(
        &Axis::new()
            .type_(AxisType::Log)
            // The short name on a phone, where the long one would run off the chart.
            .name(if narrow {
                t.compare_col_bandwidth
            } else {
                t.compare_map_y
            })
            .name_gap(10)
            .name_text_style(TextStyle::new().align("left"))
            .min(Y_RANGE.0)
            .max(Y_RANGE.1),
    );
    let tip = format!(
        "{{b}}: TPP {{@[0]}}, {}, {}",
        t.fmt_unit_tbs("{@[1]}"),
        t.fmt_unit_gb("{@[2]}")
    );
    let region_label_width = if narrow { 104 } else { 220 };
    let region_label = part(
        &Label::new()
            .position(LabelPosition::InsideBottomLeft)
            .color(chart_option::colour("text"))
            .font_size(VALUE_SIZE),
    )
    .and("width", region_label_width)
    .and("overflow", "break")
    .and("lineHeight", 15)
    .and("padding", vec![0, 4, 4, 4]);
    let corner = |coord: Vec<f64>| Value::from(Map::new()).and("coord", coord);
    let region = part(
        &MarkArea::new()
            .silent(true)
            .item_style(ItemStyle::new().color(chart_option::colour_alpha("status-licence", 0.1))),
    )
    .and("label", region_label)
    .and(
        "data",
        vec![Value::from(vec![
            corner(vec![X_RANGE.0, Y_RANGE.0]).and(
                "name",
                phrase_lines(
                    t.compare_map_region,
                    f64::from(region_label_width - 8),
                    f64::from(VALUE_SIZE),
                ),
            ),
            corner(vec![specs::CEILING_2026_TPP, specs::CEILING_2026_BANDWIDTH]),
        ])],
    );
    let series = part(
        &Scatter::new()
            .name(t.compare_map_title)
            .label(Label::new().show(true).font_size(VALUE_SIZE).distance(6)),
    )
    .and("data", data)
    // What still meets another label is hidden, the smaller marker's first (the H200's
    // is the largest, so it keeps its name).
    .and("labelLayout", part(&LabelLayout::new().hide_overlap(true)))
    .and("tooltip", part(&Tooltip::new().formatter(tip.as_str())))
    .and("markArea", region);
    let parts = Parts {
        grid,
        tooltip: Tooltip::new().trigger(Trigger::Item),
        x_axis,
        y_axis,
        series: vec![series],
    };
    let tpp_fraction = (specs::CEILING_2026_TPP / X_RANGE.0).ln() / (X_RANGE.1 / X_RANGE.0).ln();
    let tpp_label = part(
        &Label::new()
            .formatter(format!("TPP {}", format::number_trim(specs::CEILING_2026_TPP, 0)).as_str())
            .align(if tpp_fraction > 0.5 {
                LabelAlign::Right
            } else {
                LabelAlign::Left
            })
            .vertical_align(LabelVerticalAlign::Bottom),
    )
    // Horizontal, above the plot, in a row above the bandwidth axis' name.
    .and("position", "end")
    .and("distance", vec![0, 24])
    .and("padding", vec![0, 3]);
    let bandwidth_label = Label::new()
        .formatter(
            t.fmt_unit_tbs(&format::number_trim(specs::CEILING_2026_BANDWIDTH, 1))
                .as_str(),
        )
        // Under the line, inside the box: above it sit the Blackwell names.
        .position(LabelPosition::InsideStartBottom);
    ChartOption::new(parts, reduced_motion)
        .threshold_lines(
            0,
            vec![
                part(&MarkLineData::new().x_axis(specs::CEILING_2026_TPP)).and("label", tpp_label),
                part(
                    &MarkLineData::new()
                        .y_axis(specs::CEILING_2026_BANDWIDTH)
                        .label(bandwidth_label),
                ),
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
            </div>
            <ChartFigure option=option summary table on_click class="chart-canvas--map"/>
            <StatusLegend keys/>
            <CompareCaption text=|t| t.compare_map_caption/>
            <div class="figure-tools figure-tools--foot">
                <EmbedButton widget=EmbedWidget::Map state=Signal::stored(Vec::new())/>
                <ShareButtons of=".chart-canvas" info=share/>
            </div>
            <ChipCard selected/>
        </figure>
    }
    .into_any()
}
