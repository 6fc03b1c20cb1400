//! ECharts options built with charming's typed builders, natively (the build draws every chart's
//! first state: `crate::prerender`) and in the wasm (every later state).
//!
//! Each part (grid, tooltip, axis, series, label, mark line…) is a charming type, serialised on
//! its own and placed in the option here, rather than assembled into charming's `Chart` and
//! serialised whole: `Chart` holds every series type ECharts has, and serialising it was the
//! largest function in the wasm (69 KB of code in round 2); a part pulls in only its own type.
//!
//! charming 0.6 has no field for a few keys these charts need (a per-item label, a marker's own
//! size, a bar's maximum width, a label's line height…). Those keys, and only those, are added
//! to the serialised part with [`Part::and`], each named in [`BEYOND_CHARMING`] with the reason,
//! and a test (`tests/chart_options.rs`) fails if an option carries a key that is neither
//! charming's nor on that list.

use crate::components::palette;
use charming::component::{Aria, Grid};
use charming::element::{
    AxisLabel, AxisTick, Color, Label, LabelPosition, LineStyle, LineStyleType, MarkLine, SplitLine, TextStyle,
};
use serde::Serialize;
use serde_json::{Map, Value};

/// Every key placed with [`Part::and`], and why charming 0.6 cannot place it itself. A test
/// (`tests/chart_options.rs`) reads the sources and fails on a key placed that is not here.
pub const BEYOND_CHARMING: [(&str, &str); 35] = [
    // The option's top level: `Chart` is not serialised (see above), so its parts are placed here.
    ("aria", "top level: charming's Aria"),
    ("backgroundColor", "top level"),
    (
        "textStyle",
        "top level: charming's TextStyle; also a category's own style (Axis data are strings only)",
    ),
    ("animation", "top level; MarkLine has no animation"),
    ("grid", "top level: charming's Grid"),
    ("tooltip", "top level: charming's Tooltip; Scatter has no tooltip"),
    ("xAxis", "top level: charming's Axis"),
    ("yAxis", "top level: charming's Axis"),
    ("series", "top level: charming's Bar and Scatter"),
    // Items and parts charming has, but without these keys.
    (
        "data",
        "series, mark line and mark area data: items charming cannot give the keys below",
    ),
    ("value", "a category with its own style, or a bare value given a label"),
    (
        "name",
        "a mark area corner (MarkAreaData has no coord, so corners are placed whole)",
    ),
    ("coord", "MarkAreaData has no coord"),
    (
        "label",
        "DataPointItem and MarkLineData label-less items; a part's label replaced whole",
    ),
    ("symbolSize", "DataPointItem has no symbolSize"),
    (
        "symbolOffset",
        "DataPointItem has no symbolOffset (twin chips side by side)",
    ),
    ("z", "DataPointItem, Bar and Scatter have no z"),
    ("barMaxWidth", "Bar has no barMaxWidth"),
    (
        "labelLayout",
        "Scatter has no labelLayout (the value is charming's LabelLayout)",
    ),
    ("markArea", "its data need coord (the frame is charming's MarkArea)"),
    (
        "markLine",
        "its data need the keys here (the frame is charming's MarkLine)",
    ),
    (
        "symbol",
        "MarkLine's symbol is a list; ECharts reads one 'none' for both ends",
    ),
    (
        "lineStyle",
        "MarkLineData has no lineStyle; AxisLine's is gauge colour segments",
    ),
    (
        "axisLine",
        "AxisLine's lineStyle takes gauge colour segments, not one colour",
    ),
    ("axisLabel", "AxisLabel has no hideOverlap"),
    ("axisTick", "placed beside axisLine in the shared axis style"),
    ("splitLine", "placed beside axisLine in the shared axis style"),
    ("nameTextStyle", "placed beside axisLine in the shared axis style"),
    ("hideOverlap", "AxisLabel has no hideOverlap"),
    (
        "distance",
        "Label's distance is one number; a mark line label takes [along, across]",
    ),
    ("position", "LabelPosition has no 'end' and no [x, y]"),
    (
        "padding",
        "Label's padding is four numbers; ECharts' two-number form is kept",
    ),
    ("width", "Label has no width"),
    ("overflow", "Label has no overflow"),
    ("lineHeight", "Label has no lineHeight"),
];

/// An ECharts option, as the JSON ECharts reads, with colours as palette placeholders that are
/// resolved when it is drawn (the page's light or dark values, or the build's).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartOption(pub Value);

/// A charming part as JSON, ready to place.
pub fn part<T: Serialize>(p: &T) -> Value {
    serde_json::to_value(p).unwrap_or(Value::Null)
}

/// Adding a key that charming's type for a part does not have (see [`BEYOND_CHARMING`]).
pub trait Part {
    fn and(self, key: &str, value: impl Into<Value>) -> Value;
}

impl Part for Value {
    fn and(mut self, key: &str, value: impl Into<Value>) -> Value {
        if !self.is_object() {
            self = Value::Object(Map::new());
        }
        if let Value::Object(m) = &mut self {
            m.insert(key.to_string(), value.into());
        }
        self
    }
}

/// A palette colour for charming: the placeholder `var(--token)`.
pub fn colour(token: &str) -> Color {
    Color::from(palette::var(token).as_str())
}

/// A palette colour at `alpha` opacity.
pub fn colour_alpha(token: &str, alpha: f64) -> Color {
    Color::from(palette::var_alpha(token, alpha).as_str())
}

/// Value labels and rule-line labels, px.
pub const VALUE_SIZE: u32 = 12;

/// Axis labels and names, px: 12, or 13 on a narrow screen.
pub fn axis_size(narrow: bool) -> u32 {
    if narrow {
        13
    } else {
        12
    }
}

/// The parts every chart has, in the order ECharts reads them.
pub struct Parts {
    pub grid: Grid,
    pub tooltip: charming::element::Tooltip,
    pub x_axis: Value,
    pub y_axis: Value,
    pub series: Vec<Value>,
}

impl ChartOption {
    /// The option every chart starts from: accessible description on, transparent background
    /// (the page supplies light or dark), the page's ink for text (its font is added at draw
    /// time, from the chart's element), no animation for readers who asked for less motion.
    pub fn new(parts: Parts, reduced_motion: bool) -> Self {
        let text = TextStyle::new().color(colour("text")).font_size(VALUE_SIZE);
        let option = Value::Object(Map::new())
            .and("aria", part(&Aria::new().enabled(true)))
            .and("backgroundColor", "transparent")
            .and("textStyle", part(&text))
            .and("animation", !reduced_motion)
            .and("grid", vec![part(&parts.grid)])
            .and("tooltip", part(&parts.tooltip))
            .and("xAxis", parts.x_axis)
            .and("yAxis", parts.y_axis)
            .and("series", parts.series);
        ChartOption(option)
    }

    /// Gives data item `i` of series `series` its own, already formatted label text.
    pub fn label_items(mut self, series: usize, labels: &[String]) -> Self {
        if let Some(data) = self
            .0
            .pointer_mut(&format!("/series/{series}/data"))
            .and_then(|d| d.as_array_mut())
        {
            for (item, label) in data.iter_mut().zip(labels) {
                let base = if item.is_object() {
                    item.take()
                } else {
                    Value::Object(Map::new()).and("value", item.take())
                };
                *item = base.and("label", part(&Label::new().formatter(label.as_str())));
            }
        }
        self
    }

    /// Shows each bar's or marker's label to its right, in the size and ink all charts use.
    pub fn value_labels(mut self, series: usize) -> Self {
        if let Some(s) = self.0.pointer_mut(&format!("/series/{series}")) {
            let label = Label::new()
                .show(true)
                .position(LabelPosition::Right)
                .font_size(VALUE_SIZE)
                .color(colour("text"));
            *s = s.take().and("label", part(&label));
        }
        self
    }

    /// Draws dashed rule lines (charming `MarkLineData`, each with its own label) across series
    /// `series`, in the threshold colour; they ignore the mouse. They sit under the series
    /// (`z`), so a bar or a value label is never crossed by one.
    pub fn threshold_lines(mut self, series: usize, lines: Vec<Value>) -> Self {
        if let Some(s) = self.0.pointer_mut(&format!("/series/{series}")) {
            let mark = MarkLine::new()
                .silent(true)
                .z(1)
                .line_style(
                    LineStyle::new()
                        .type_(LineStyleType::Dashed)
                        .width(1.5)
                        .color(colour("threshold")),
                )
                .label(Label::new().font_size(VALUE_SIZE).color(colour("threshold")));
            let mark = part(&mark)
                .and("symbol", "none")
                .and("animation", false)
                .and("data", lines);
            *s = s.take().and("markLine", mark);
        }
        self
    }

    /// Axis ink and type for every axis: labels 12 px (13 px on a phone, where they are read at
    /// arm's length), muted; hairlines in the border colour.
    pub fn styled_axes(mut self, narrow: bool) -> Self {
        let hairline = || LineStyle::new().color(colour("border"));
        let size = axis_size(narrow);
        let style = Value::Object(Map::new())
            .and(
                "axisLabel",
                part(&AxisLabel::new().font_size(size).color(colour("muted"))),
            )
            .and(
                "nameTextStyle",
                part(&TextStyle::new().font_size(size).color(colour("muted"))),
            )
            // charming's AxisLine colours are gauge segments: the plain line colour is a LineStyle.
            .and(
                "axisLine",
                Value::Object(Map::new()).and("lineStyle", part(&hairline())),
            )
            .and("axisTick", part(&AxisTick::new().line_style(hairline())))
            .and("splitLine", part(&SplitLine::new().line_style(hairline())));
        for axis in ["xAxis", "yAxis"] {
            if let Some(a) = self.0.get_mut(axis) {
                let mut merged = style.clone();
                merge(&mut merged, a.take());
                *a = merged;
            }
        }
        self
    }
}

/// Copies `src` into `dst`, object keys recursively (`src` wins).
pub fn merge(dst: &mut Value, src: Value) {
    match (dst, src) {
        (Value::Object(d), Value::Object(s)) => {
            for (k, v) in s {
                merge(d.entry(k).or_insert(Value::Null), v);
            }
        }
        (d, s) => *d = s,
    }
}
