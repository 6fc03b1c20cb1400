//! Memory bandwidth of the H100, H200 and B200: the H200's one clear gain over the H100, and
//! how far Blackwell moves beyond it.

use crate::components::chart::{base_option, ChartFigure};
use crate::components::source_line::{confidence_label, SourceLine};
use crate::i18n::{texts, Texts};
use crate::model::data::{dataset, Confidence, Dataset, Source};
use crate::model::format;
use crate::prefs::Prefs;
use crate::use_lang;
use charming::{
    component::{Axis, Grid},
    element::{AxisType, Label, LabelPosition, TextStyle, Tooltip, Trigger},
    series::Bar,
    Chart,
};
use leptos::prelude::*;

/// The chips compared, in the order shown.
pub const CHIPS: [&str; 3] = ["h100", "h200", "b200"];

/// One bar: a chip's bandwidth and where the figure comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    pub value: f64,
    pub confidence: Confidence,
    pub source: Source,
}

/// The bars, from the data files; chips without a bandwidth figure are left out.
pub fn rows(data: &Dataset) -> Vec<Row> {
    CHIPS
        .iter()
        .filter_map(|id| {
            let chip = data.accelerator(id)?;
            let fig = chip.memory_bandwidth_tbs.as_ref()?;
            Some(Row {
                name: chip.name.clone(),
                value: fig.value,
                confidence: fig.confidence,
                source: data.source(&fig.source)?.clone(),
            })
        })
        .collect()
}

/// `4.8 TB/s` / `4.8 TB/秒`.
fn tbs(t: &Texts, value: f64) -> String {
    t.fmt_chart_unit_tbs(&format::number_trim(value, 2))
}

/// The ECharts option. Labels use a string template, never a JS function (strict CSP).
pub fn chart_option(t: &Texts, rows: &[Row], reduced_motion: bool) -> Chart {
    base_option(reduced_motion)
        .grid(Grid::new().left(8).right(16).top(40).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(rows.iter().map(|r| r.name.clone()).collect()),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(t.chart_bandwidth_axis)
                // Start the name at the axis so it is never clipped at the chart's left edge.
                .name_text_style(TextStyle::new().align("left")),
        )
        .series(
            Bar::new()
                .name(t.chart_bandwidth_axis)
                .data(rows.iter().map(|r| r.value).collect())
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Top)
                        .formatter(t.fmt_chart_unit_tbs("{c}").as_str()),
                ),
        )
}

/// What a screen reader hears for the chart.
pub fn summary(t: &Texts, rows: &[Row]) -> String {
    let value = |name: &str| {
        rows.iter()
            .find(|r| r.name == name)
            .map(|r| tbs(t, r.value))
            .unwrap_or_default()
    };
    t.fmt_chart_bandwidth_aria(&value("B200"), &value("H100"), &value("H200"))
}

#[component]
pub fn BandwidthChart() -> impl IntoView {
    let lang = use_lang();
    let prefs = Prefs::use_context();
    let Ok(data) = dataset() else { return ().into_any() };
    let rows = rows(data);
    let sources: Vec<(Source, Confidence)> = rows.iter().map(|r| (r.source.clone(), r.confidence)).collect();
    let option = {
        let rows = rows.clone();
        Signal::derive_local(move || chart_option(texts(lang.get()), &rows, prefs.reduced_motion.get()))
    };
    let summary_text = {
        let rows = rows.clone();
        Signal::derive(move || summary(texts(lang.get()), &rows))
    };
    let table: ChildrenFn = std::sync::Arc::new(move || {
        let rows = rows.clone();
        view! {
            <table>
                <caption>{move || texts(lang.get()).chart_bandwidth_title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || texts(lang.get()).chart_col_chip}</th>
                        <th scope="col">{move || texts(lang.get()).chart_bandwidth_axis}</th>
                        <th scope="col">{move || texts(lang.get()).chart_col_status}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            view! {
                                <tr>
                                    <th scope="row">{r.name.clone()}</th>
                                    <td class="num">{format::number_trim(r.value, 2)}</td>
                                    <td>{move || confidence_label(texts(lang.get()), r.confidence)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    });
    view! {
        <figure class="figure" id="figure-bandwidth">
            <h3 class="figure__title">{move || texts(lang.get()).chart_bandwidth_title}</h3>
            <ChartFigure option=option summary=summary_text table/>
            <figcaption>{move || texts(lang.get()).chart_bandwidth_caption}</figcaption>
            <SourceLine sources/>
        </figure>
    }
    .into_any()
}
