//! The approval-gate diagram: NVIDIA → US licence → China's approval and customs → contracts
//! and supply → the buyers' data centres, drawn as SVG. Each gate is a switch; chips flow up to
//! the first closed gate; dated presets restore the real state at the time, drawing a gate that
//! only reports say was open apart from one open on the record; the URL keeps the state
//! (`?gates=` for a reader's what-if, `?at=` for a dated moment).

use crate::components::embed_dialog::{widget_name, EmbedButton};
use crate::components::rich::anchor;
use crate::components::share::{source_line, ShareButtons, ShareInfo};
use crate::components::source_line::{confidence_label, ConfidenceBadge};
use crate::env;
use crate::i18n::{lookup, texts, TextFn, Texts};
use crate::model::data::dataset;
use crate::model::embed::EmbedWidget;
use crate::model::gates::{
    flow, lanes, preset_on, Gate, GatePreset, GateState, Level, Moment, Openness, Switch, DEFAULT_PRESET,
};
use crate::model::{format, share};
use crate::prefs::Prefs;
use crate::use_lang;
use leptos::prelude::*;

/// The preset the diagram opens on: the article's moment.
pub fn default_preset() -> Option<&'static GatePreset> {
    dataset()
        .as_ref()
        .ok()
        .and_then(|d| d.gate_presets.iter().find(|p| p.id == DEFAULT_PRESET))
}

/// The caption for a moment: where the chips stop or thin out, which gates rest on reports
/// only, and what happens to the domestic order.
///
/// A dated moment may have its own account of where the chips stood (`gates.caption.<id>` in
/// the locales), used where the generic sentence would claim more than the record shows. At a
/// dated moment whose domestic condition rests on reports only, the caption does not describe
/// domestic chips arriving, which no report describes; it says so instead.
pub fn caption(t: &Texts, moment: &Moment) -> String {
    let state = &moment.state;
    let f = flow(state);
    let own = moment.at.and_then(|p| lookup(t, &format!("gates.caption.{}", p.id)));
    let limited = limited_refs(t, state, f.blocked_at);
    let (main, limited) = match own {
        // A dated moment's own account already says which gates let only some chips through.
        Some(own) => (own, String::new()),
        None => (
            match f.blocked_at {
                Some(Gate::UsLicence) => t.gates_blocked_us,
                Some(Gate::ChinaApproval) => t.gates_blocked_china,
                Some(Gate::Contracts) => t.gates_blocked_contracts,
                None if f.narrowed_at.is_some() => t.gates_flowing_limited,
                None => t.gates_flowing,
            },
            if limited.is_empty() {
                String::new()
            } else {
                t.fmt_gates_limited_note(&limited.join(t.gates_list_sep))
            },
        ),
    };
    let extra = match (state.domestic, f.domestic, f.delivered()) {
        (Level::Limited, _, _) if moment.domestic_reported_only() => t.gates_domestic_unconfirmed,
        (Level::Limited, _, _) => t.gates_domestic_discussed,
        (_, Some(true), _) if moment.domestic_reported_only() => t.gates_domestic_unconfirmed,
        (_, Some(true), true) => t.gates_domestic_flowing,
        (_, Some(true), false) => t.gates_domestic_only,
        (_, Some(false), _) => t.gates_domestic_waiting,
        (_, None, _) => "",
    };
    let reported: Vec<&str> = moment.reported_only().into_iter().map(gate_ref(t)).collect();
    let reported = if reported.is_empty() {
        String::new()
    } else {
        t.fmt_gates_reported_note(&reported.join(t.gates_list_sep))
    };
    // Sentences are joined with a space in English and with nothing after a Japanese full stop.
    let mut out = String::new();
    for part in [main, limited.as_str(), reported.as_str(), extra]
        .into_iter()
        .filter(|s| !s.is_empty())
    {
        if !out.is_empty() && !out.ends_with('。') {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The limited gates the chips reach (those before `blocked_at`, or all), named for a sentence.
fn limited_refs(t: &Texts, state: &GateState, blocked_at: Option<Gate>) -> Vec<&'static str> {
    Gate::ALL
        .into_iter()
        .take_while(|g| Some(*g) != blocked_at)
        .filter(|g| state.level(*g) == Level::Limited)
        .map(gate_ref(t))
        .collect()
}

/// How a gate is named inside a sentence ("gate 2 (China's approval and customs)").
fn gate_ref(t: &Texts) -> impl Fn(Gate) -> &'static str + '_ {
    move |g| match g {
        Gate::UsLicence => t.gates_g1_ref,
        Gate::ChinaApproval => t.gates_g2_ref,
        Gate::Contracts => t.gates_g3_ref,
    }
}

/// The word for a gate's state, with "(reported only)" when it rests on reports alone: the one
/// vocabulary of the diagram, the lede graphic, the phone route, the cards and the downloads.
pub fn openness_word(t: &Texts, o: Openness) -> &'static str {
    match o {
        Openness::Open => t.gates_open,
        Openness::ReportedOpen => t.gates_open_reported,
        Openness::Limited => t.gates_limited,
        Openness::ReportedLimited => t.gates_limited_reported,
        Openness::Closed => t.gates_closed,
    }
}

/// The lede graphic's headline for a dated moment: its date and where the chips got to, as
/// sure as the gates it asserts (a status word is added unless they are all on the record).
/// The gate figure's headline (live, as the handle moves), the link card and the downloads.
pub fn finding(t: &Texts, lang: crate::model::lang::Lang, p: &GatePreset) -> String {
    finding_on(t, lang, p, &p.date)
}

/// The same answer for a day the handle was dragged to, where `p` is the moment in force: the
/// headline names the day the reader chose (the card says since when it has held).
pub fn finding_on(t: &Texts, lang: crate::model::lang::Lang, p: &GatePreset, iso: &str) -> String {
    let what = verdict(t, &p.state());
    let status = p.asserted_status();
    let what = if crate::model::status::hedges(lang, status).is_empty() {
        what
    } else {
        t.fmt_lede_finding_hedged(&what, confidence_label(t, status))
    };
    t.fmt_lede_graphic_title(&format::date(lang, iso), &what)
}

/// The CSS modifier of a gate's state (`open`, `limited`, `closed`), for every drawing of it.
pub fn openness_class(o: Openness) -> &'static str {
    o.level().key()
}

pub fn gate_texts(gate: Gate) -> (TextFn, TextFn) {
    match gate {
        Gate::UsLicence => (|t| t.gates_g1_name, |t| t.gates_g1_detail),
        Gate::ChinaApproval => (|t| t.gates_g2_name, |t| t.gates_g2_detail),
        Gate::Contracts => (|t| t.gates_g3_name, |t| t.gates_g3_detail),
    }
}

pub fn gate_key(gate: Gate) -> &'static str {
    Switch::Gate(gate).key()
}

/// One three-way control: a radio group (open, limited, closed), so arrow keys, taps and
/// screen readers all work natively; at a dated moment whose state rests on reports only it
/// says so in words beside the choice.
#[component]
fn LevelSwitch(
    key: &'static str,
    name: TextFn,
    detail: TextFn,
    /// The words for open, limited and closed (for the domestic condition: imposed, under
    /// discussion, not raised).
    words: [TextFn; 3],
    level: Signal<Level>,
    reported: Signal<bool>,
    on_pick: Callback<Level>,
) -> impl IntoView {
    let lang = use_lang();
    let options = Level::ALL
        .into_iter()
        .zip(words)
        .map(|(l, word)| {
            view! {
                <label class=format!("level-switch__option level-switch__option--{}", l.key())>
                    <input
                        type="radio"
                        id=format!("gate-level-{key}-{}", l.key())
                        name=format!("gate-level-{key}")
                        value=l.key()
                        // The attribute for the prerendered HTML, the property once live.
                        checked=move || level.get_untracked() == l
                        prop:checked=move || level.get() == l
                        on:change=move |_| on_pick.run(l)
                    />
                    <span>{move || word(texts(lang.get()))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <li class="gate-switch">
            <div
                role="radiogroup"
                id=format!("gate-switch-{key}")
                class=move || if reported.get() { "level-switch level-switch--reported" } else { "level-switch" }
                data-level=move || level.get().key()
                aria-labelledby=format!("gate-name-{key}")
                aria-describedby=move || {
                    if reported.get() {
                        format!("gate-reported-{key} gate-detail-{key}")
                    } else {
                        format!("gate-detail-{key}")
                    }
                }
            >
                <span class="level-switch__name" id=format!("gate-name-{key}")>{move || name(texts(lang.get()))}</span>
                <span class="level-switch__options">{options}</span>
                // Hidden unless the state rests on reports (and then the only description that
                // names it): the same nodes in the prerender and live.
                <span class="level-switch__reported" id=format!("gate-reported-{key}") hidden=move || !reported.get()>
                    {move || texts(lang.get()).gates_reported_only}
                </span>
            </div>
            <p class="gate-switch__detail" id=format!("gate-detail-{key}")>{move || detail(texts(lang.get()))}</p>
        </li>
    }
}

/// The two sizes the route is drawn at: a column's width, and a phone's (shown below 480 px by
/// CSS), so its words stay at reading size on both instead of one drawing scaled down by half.
#[derive(Clone, Copy, PartialEq)]
struct Fit {
    width: f64,
    end_w: f64,
    gap: f64,
    /// The column's drawing (with the route's title and text alternative), or the phone's.
    wide: bool,
}

const WIDE: Fit = Fit {
    width: 640.0,
    end_w: 92.0,
    gap: 34.0,
    wide: true,
};
const NARROW: Fit = Fit {
    width: 340.0,
    end_w: 52.0,
    gap: 10.0,
    wide: false,
};

/// The lines of a two-part label (`US|licence`): one line where it fits `width` at `size` px
/// (joined by a space in English, by nothing in Japanese), else two.
fn label_lines(text: &str, width: f64, size: f64) -> Vec<String> {
    match text.split_once('|') {
        Some((a, b)) => {
            // Latin words are joined by a space; Japanese runs on.
            let sep = if a.chars().any(|c| c.is_ascii_alphabetic()) {
                " "
            } else {
                ""
            };
            let one = format!("{a}{sep}{b}");
            // Bold type is about a tenth wider than the estimate.
            if format::text_width(&one, size) * 1.1 <= width - 12.0 {
                vec![one]
            } else {
                vec![a.to_string(), b.to_string()]
            }
        }
        None => vec![text.to_string()],
    }
}

/// A gate's short name in the route and the lanes (`gates.pipe.g1` …).
fn pipe_key(g: Gate) -> &'static str {
    match g {
        Gate::UsLicence => "g1",
        Gate::ChinaApproval => "g2",
        Gate::Contracts => "g3",
    }
}

/// A box of the route with lines of text centred in it (`(text, class)`), top to bottom.
fn boxed(x: f64, y: f64, w: f64, h: f64, class: String, lines: Vec<(String, &'static str)>) -> impl IntoView {
    let step = 17.0;
    let top = y + h / 2.0 - step * (lines.len() as f64 - 1.0) / 2.0 + 5.0;
    let cx = x + w / 2.0;
    let texts = lines
        .into_iter()
        .enumerate()
        .map(|(i, (text, class))| {
            view! { <text x=cx y=top + step * i as f64 text-anchor="middle" class=class>{text}</text> }
        })
        .collect_view();
    view! {
        <g class=class>
            <rect x=x y=y width=w height=h rx="8"></rect>
            {texts}
        </g>
    }
}

/// The barrier across the route before a gate, upright: a full bar when closed, a bar with a
/// narrow gap when only some chips pass, two posts when open. The level is in the shape.
pub fn barrier(cx: f64, y: f64, level: Level) -> impl IntoView {
    let (half, gap) = (
        24.0,
        match level {
            Level::Closed => 0.0,
            Level::Limited => 5.0,
            Level::Open => 17.0,
        },
    );
    let class = format!("barrier barrier--{}", level.key());
    // A closed bar is one stroke (two meeting at the middle would leave a seam that reads as a gap).
    let top = if gap == 0.0 {
        format!("M{cx} {} V{}", y - half, y + half)
    } else {
        format!("M{cx} {} V{}", y - half, y - gap)
    };
    let bottom = if gap == 0.0 {
        String::new()
    } else {
        format!("M{cx} {} V{}", y + gap, y + half)
    };
    view! {
        <g class=class aria-hidden="true">
            <path d=top></path>
            <path d=bottom></path>
        </g>
    }
}

/// A leg of the route; moving dashes when chips flow along it (arrows only, under reduced motion).
fn leg(d: String, active: bool, extra: &'static str) -> impl IntoView {
    view! {
        <path
            d=d
            class=format!("leg {extra} {}", if active { "leg--active" } else { "leg--idle" })
            marker-end=if active { "url(#gate-arrow)" } else { "" }
        ></path>
    }
}

/// The route NVIDIA → gate 1 → gate 2 → gate 3 → data centres, left to right: the one drawing of
/// the gates on the page, in embeds, downloads and the link cards. Each gate says its state in
/// a word and by its barrier's shape; resting on reports only, it is dashed and says so; a chip
/// token stops before the first closed gate (it slides there unless motion is reduced).
fn pipeline_svg(t: &Texts, m: &Moment, fit: Fit) -> impl IntoView {
    let f = flow(&m.state);
    let gate_w = (fit.width - 2.0 * fit.end_w - 4.0 * fit.gap) / 3.0;
    let (top, box_h) = (10.0, if fit.wide { 84.0 } else { 92.0 });
    let mid = top + box_h / 2.0;
    // Left edge of node k (0 = NVIDIA … 4 = data centres).
    let x_of = |k: usize| match k {
        0 => 0.0,
        k => fit.end_w + fit.gap * k as f64 + gate_w * (k - 1) as f64,
    };
    let w_of = |k: usize| if k == 0 || k == 4 { fit.end_w } else { gate_w };
    let name_size = if fit.wide { 15.0 } else { 12.0 };
    let words = |key: &str| {
        label_lines(
            lookup(t, &format!("gates.pipe.{key}")).unwrap_or_default(),
            gate_w,
            name_size,
        )
    };
    // The ends are narrow: their names always take two lines where they have two parts.
    let end_lines = |key: &str| {
        label_lines(
            lookup(t, &format!("gates.pipe.{key}")).unwrap_or_default(),
            0.0,
            name_size,
        )
        .into_iter()
        .map(|l| (l, "node__name"))
        .collect::<Vec<_>>()
    };
    let reported: Vec<&str> = m.reported_only().into_iter().map(gate_key).collect();
    let limited: Vec<&str> = Gate::ALL
        .into_iter()
        .filter(|g| m.state.level(*g) == Level::Limited)
        .map(gate_key)
        .collect();
    let gates = Gate::ALL
        .into_iter()
        .enumerate()
        .map(|(i, g)| {
            let k = i + 1;
            let o = m.openness(g);
            let class = format!(
                "node gate gate--{}{}",
                openness_class(o),
                if o.reported() { " gate--reported" } else { "" }
            );
            let mut lines: Vec<(String, &'static str)> =
                words(pipe_key(g)).into_iter().map(|l| (l, "node__name")).collect();
            let level = match o.level() {
                Level::Open => t.gates_open,
                Level::Limited => t.gates_limited,
                Level::Closed => t.gates_closed,
            };
            lines.push((level.to_string(), "node__sub"));
            if o.reported() {
                lines.push((t.gates_pipe_reported.to_string(), "node__tag"));
            }
            view! {
                {boxed(x_of(k), top, gate_w, box_h, class, lines)}
                {barrier(x_of(k) - fit.gap / 2.0, mid, o.level())}
            }
        })
        .collect_view();
    let legs = (1..=4usize)
        .map(|k| {
            let thin = if k >= f.thin_from() { "leg--thin" } else { "" };
            // Each leg stops short of the barrier in it, so the bar reads on its own.
            let (from, to) = (x_of(k - 1) + w_of(k - 1) + 2.0, x_of(k) - 3.0);
            leg(format!("M{from} {mid} L{to} {mid}"), f.legs >= k, thin)
        })
        .collect_view();
    // The chip token: in the leg before the first closed gate, or in the last leg, arriving.
    let stop = if f.delivered() {
        x_of(4) - fit.gap / 2.0 - 2.0
    } else {
        x_of(f.legs) + w_of(f.legs) + 1.0
    };
    let token = format!("transform: translate({stop}px, {}px)", mid - 5.0);
    let domestic = m.domestic_moving().map(|moving| {
        let discussed = m.domestic_reported_only() || m.state.domestic != Level::Open;
        let word = match (m.state.domestic, m.domestic_reported_only()) {
            (Level::Open, false) => t.gates_node_imposed,
            (Level::Open, true) => t.gates_node_imposed_reported,
            (_, false) => t.gates_node_discussed,
            (_, true) => t.gates_node_discussed_reported,
        };
        let y = top + box_h + 14.0;
        let (x, w) = (x_of(1), x_of(4) - fit.gap - x_of(1));
        // On a phone the condition and its state take a line each: on one they overran the pill.
        let (lines, pill_h) = if fit.wide {
            (vec![(format!("{} {word}", t.gates_pipe_domestic), "node__sub")], 28.0)
        } else {
            (vec![(t.gates_pipe_domestic.to_string(), "node__sub"), (word.to_string(), "node__sub")], 40.0)
        };
        let class = if discussed {
            "node node--domestic node--discussed"
        } else {
            "node node--domestic"
        };
        let dest_x = x_of(4) + fit.end_w / 2.0;
        view! {
            <g class="domestic-lane">
                {boxed(x, y, w, pill_h, class.to_string(), lines)}
                {leg(format!("M{} {} L{dest_x} {} L{dest_x} {}", x + w, y + pill_h / 2.0, y + pill_h / 2.0, top + box_h + 4.0), moving, "leg--domestic")}
            </g>
        }
    });
    let pill_room = if fit.wide { 50.0 } else { 62.0 };
    let height = top + box_h + if domestic.is_some() { pill_room } else { 8.0 };
    let class = route_class(fit);
    let marker = if fit.wide { "gate-arrow" } else { "gate-arrow-narrow" };
    view! {
        <svg
            class=class
            viewBox=format!("0 0 {} {height}", fit.width)
            role="img"
            aria-labelledby=if fit.wide { "gate-svg-title gate-caption" } else { "gate-caption" }
            aria-hidden=if fit.wide { None } else { Some("true") }
            data-blocked=f.blocked_at.map(gate_key).unwrap_or("none")
            data-legs=f.legs.to_string()
            data-reported=reported.join(",")
            data-limited=limited.join(",")
        >
            {fit.wide.then(|| view! { <title id="gate-svg-title">{t.gates_svg_title}</title> })}
            <defs>
                <marker
                    id=marker
                    viewBox="0 0 10 10"
                    refX="8"
                    refY="5"
                    markerUnits="userSpaceOnUse"
                    markerWidth="10"
                    markerHeight="10"
                    orient="auto-start-reverse"
                >
                    <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head"></path>
                </marker>
            </defs>
            {boxed(x_of(0), top, fit.end_w, box_h, "node node--origin".into(), end_lines("origin"))}
            {legs}
            {gates}
            {boxed(x_of(4), top, fit.end_w, box_h, "node node--destination".into(), end_lines("destination"))}
            {domestic}
            <rect class="chip-token" width="10" height="10" rx="2" style=token></rect>
        </svg>
    }
}

fn route_class(fit: Fit) -> &'static str {
    if fit.wide {
        "gate-pipe gate-svg"
    } else {
        "gate-pipe gate-pipe--narrow"
    }
}

fn lanes_class(fit: LaneFit) -> &'static str {
    if fit.names_left {
        "gate-lanes"
    } else {
        "gate-lanes gate-lanes--narrow"
    }
}

/// Layout of the lanes: where the plot starts and ends across the drawing (the date handle is
/// laid over the same stretch by CSS, from these numbers).
#[derive(Clone, Copy)]
struct LaneFit {
    width: f64,
    plot_x: f64,
    /// Lane names sit left of the lanes (wide) or above each (narrow).
    names_left: bool,
}

const LANES_WIDE: LaneFit = LaneFit {
    width: 640.0,
    plot_x: 128.0,
    names_left: true,
};
const LANES_NARROW: LaneFit = LaneFit {
    width: 340.0,
    plot_x: 12.0,
    names_left: false,
};
/// Space kept right of the plot for the what-if column.
const WHATIF_W: f64 = 52.0;

/// Three lanes, one per gate, each a bar over time: full when open, thin when limited, an empty
/// outline when closed; hatched where the state rests on reports only. Dated moments are ticks
/// labelled where a gate changes; the chosen date is a line across the lanes; a reader's
/// what-if shows as its own column after the dates.
/// `whatif`: the reader's own combination, drawn as a column after the dates; `None` for a
/// dated moment, whose tick is marked and at whose day (`day`, the handle's) the cursor stands.
/// The drawing itself depends only on the language and `whatif`: the cursor and the marked tick
/// follow `at` and `day` as attributes, so dragging the handle touches two attributes, not a
/// new drawing (issue 24).
fn lanes_svg(
    t: &Texts,
    lang: crate::model::lang::Lang,
    whatif: Option<Moment<'static>>,
    at: RwSignal<Option<&'static GatePreset>>,
    day: RwSignal<i64>,
    fit: LaneFit,
) -> impl IntoView {
    let Ok(data) = dataset() else { return ().into_any() };
    let presets = &data.gate_presets;
    let l = lanes(presets);
    let plot_w = fit.width - fit.plot_x - WHATIF_W;
    // (Copy: the cursor below places the handle's day with it too.)
    let (start, end) = (l.start, l.end);
    let x = move |d: i64| fit.plot_x + (d - start) as f64 / (end - start).max(1) as f64 * plot_w;
    let (lane_h, lane_gap) = (18.0, if fit.names_left { 14.0 } else { 28.0 });
    // Annotations above the lanes, in rows so that no two labels touch.
    let label_size = if fit.names_left { 12.0 } else { 11.0 };
    let mut rows: Vec<f64> = Vec::new();
    let mut ticks = Vec::new();
    let mut last_state: Option<GateState> = None;
    for &(from, _, i) in &l.spans {
        let p = &presets[i];
        let changed = last_state.is_some_and(|s| s != p.state());
        last_state = Some(p.state());
        if !changed && i != 1 {
            continue;
        }
        let Some(label) = lookup(t, &format!("gates.tick.{}", p.id)) else {
            continue;
        };
        let width = format::text_width(label, label_size) + 6.0;
        let tx = x(from);
        // Labels start at their tick and run right, or end at it near the right edge.
        let left = if tx + width > fit.plot_x + plot_w + WHATIF_W {
            tx - width
        } else {
            tx
        };
        let row = rows.iter().position(|&r| r < left).unwrap_or(rows.len());
        if row == rows.len() {
            rows.push(0.0);
        }
        rows[row] = left + width;
        ticks.push((tx, left, row, label.to_string(), p.id.clone()));
    }
    let row_h = label_size + 5.0;
    let lanes_top = 6.0 + rows.len() as f64 * row_h + 6.0;
    let lane_y = |g: usize| lanes_top + if fit.names_left { 0.0 } else { 14.0 } + g as f64 * (lane_h + lane_gap);
    let bottom = lane_y(2) + lane_h;
    let tick_views = ticks
        .into_iter()
        .map(|(tx, left, row, label, id)| {
            let ty = 6.0 + row as f64 * row_h + label_size;
            let current = move || at.with(|a| a.is_some_and(|p| p.id == id));
            view! {
                <g class=move || if current() { "lanes__tick lanes__tick--current" } else { "lanes__tick" }>
                    <path d=format!("M{tx} {} V{bottom}", ty + 3.0)></path>
                    <text x=left + 3.0 y=ty>{label}</text>
                </g>
            }
        })
        .collect_view();
    let lanes_view = Gate::ALL
        .into_iter()
        .enumerate()
        .map(|(g_i, g)| {
            let y = lane_y(g_i);
            let name = lookup(t, &format!("gates.pipe.{}", pipe_key(g)))
                .unwrap_or_default()
                .replace('|', if lang == crate::model::lang::Lang::Ja { "" } else { " " });
            let name = format!("{} {name}", g_i + 1);
            let (nx, ny, anchor) = if fit.names_left {
                (fit.plot_x - 8.0, y + lane_h / 2.0 + 4.5, "end")
            } else {
                (fit.plot_x, y - 4.0, "start")
            };
            let spans = l
                .spans
                .iter()
                .map(|&(from, to, i)| {
                    let o = presets[i].openness(g);
                    let (x0, x1) = (x(from), x(to));
                    span_rect(x0, x1 - x0, y, lane_h, o, false)
                })
                .collect_view();
            // The what-if column: the reader's own setting for this gate, never hatched (no
            // evidence is claimed for it).
            let whatif = whatif.map(|m| {
                let x0 = fit.plot_x + plot_w + 10.0;
                span_rect(x0, WHATIF_W - 12.0, y, lane_h, m.openness(g), true)
            });
            view! {
                <g class="lane" data-gate=gate_key(g)>
                    <text class="lane__name" x=nx y=ny text-anchor=anchor>{name}</text>
                    {spans}
                    {whatif}
                </g>
            }
        })
        .collect_view();
    let cursor_x = move || match whatif {
        None => x(day.get().clamp(start, end)),
        Some(_) => fit.plot_x + plot_w + 10.0 + (WHATIF_W - 12.0) / 2.0,
    };
    let axis_y = bottom + 16.0;
    let months = (0..12)
        .filter_map(|k| {
            let (yy, mm) = (2025 + (11 + k) / 12, (11 + k) % 12 + 1);
            let iso = format!("{yy}-{mm:02}-01");
            let d = crate::model::timeline::day_number(&iso)?;
            (d >= l.start && d <= l.end).then(|| {
                // The year is named at January (the title names December 2025); a phone labels
                // every other month, without years.
                let name = format::month(lang, &iso[..7]);
                let text = if mm == 1 && fit.names_left {
                    match lang {
                        crate::model::lang::Lang::Ja => format!("{yy}年{name}"),
                        crate::model::lang::Lang::En => format!("{name} {yy}"),
                    }
                } else {
                    name.to_string()
                };
                let show = fit.names_left || mm % 2 == 0;
                view! {
                    <g class="lanes__month">
                        <path d=format!("M{} {bottom} v4", x(d))></path>
                        {show.then(|| view! { <text x=x(d) y=axis_y text-anchor="middle">{text}</text> })}
                    </g>
                }
            })
        })
        .collect_view();
    let whatif_label = whatif.map(|_| {
        let cx = fit.plot_x + plot_w + 10.0 + (WHATIF_W - 12.0) / 2.0;
        view! { <text class="lanes__whatif" x=cx y=axis_y text-anchor="middle">{t.gates_whatif_column}</text> }
    });
    let height = axis_y + 6.0;
    view! {
        <svg
            class=lanes_class(fit)
            viewBox=format!("0 0 {} {height}", fit.width)
            aria-hidden="true"
            data-cursor=move || format!("{:.1}", cursor_x())
        >
            <defs>
                <pattern id=format!("hatch-{}", fit.width) width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" class="hatch__ground"></rect>
                    <path d="M0 0 V6" class="hatch__line"></path>
                </pattern>
            </defs>
            {tick_views}
            {lanes_view}
            {months}
            {whatif_label}
            <path class="lanes__cursor" d=move || format!("M{} {} V{}", cursor_x(), lanes_top - 4.0, bottom + 4.0)></path>
        </svg>
    }
    .into_any()
}

/// One stretch of a lane in a gate's state: a full bar (open), a thin one (limited), an empty
/// outline (closed); hatched when it rests on reports only.
fn span_rect(x: f64, w: f64, y: f64, h: f64, o: Openness, whatif: bool) -> impl IntoView {
    let (dy, hh) = match o.level() {
        Level::Open | Level::Closed => (0.0, h),
        Level::Limited => (h * 0.3, h * 0.4),
    };
    let class = format!(
        "span span--{}{}{}",
        openness_class(o),
        if o.reported() { " span--reported" } else { "" },
        if whatif { " span--whatif" } else { "" }
    );
    view! { <rect class=class x=x + 0.5 y=y + dy width=(w - 1.0).max(1.0) height=hh></rect> }
}

#[component]
pub fn GateDiagram() -> impl IntoView {
    let lang = use_lang();
    let Ok(data) = dataset() else { return ().into_any() };
    let presets: &'static [GatePreset] = &data.gate_presets;
    let opening = default_preset();
    let state = RwSignal::new(opening.map(|p| p.state()).unwrap_or_default());
    // The dated moment the switches came from; `None` once the reader flips a switch.
    let at = RwSignal::new(opening);
    let l = lanes(presets);
    let day_of = move |p: &GatePreset| {
        crate::model::timeline::day_number(&p.date)
            .unwrap_or(l.start)
            .max(l.start)
    };
    // Where the date handle stands (a day): a dragged handle may sit between two moments.
    let day = RwSignal::new(opening.map(day_of).unwrap_or(l.end));
    // The handle's date, or the moment's own where the handle stands on it (the first moment
    // is drawn at the lanes' start, before its own date).
    let handle_iso = move |p: &GatePreset| {
        let d = day.get();
        if d == day_of(p) {
            p.date.clone()
        } else {
            crate::model::timeline::iso_of_day(d)
        }
    };
    // One memo: what reads the moment re-renders only when it really changes (a dragged
    // handle changes the day on every step, the moment only at a dated change).
    let moment_memo = Memo::new(move |_| Moment {
        state: state.get(),
        at: at.get(),
    });
    let moment = move || moment_memo.get();
    // The lanes' drawing changes with the language, and with the reader's own combination (its
    // "what if" column); a dated moment only moves the cursor and marks a tick (`lanes_svg`).
    let lanes_key = Memo::new(move |_| {
        let m = moment();
        (lang.get(), m.at.is_none().then_some(m))
    });
    // CSS shows one drawing of the route and one of the lanes per width (the column's or the
    // phone's, `prefs::NARROW_QUERY`). The live widget redraws the one the reader sees with the
    // change, inside the interaction's frame, and the hidden one a task later (and a task after
    // it mounts): a preset or a language switch rebuilt both, twice the work for the same
    // picture (issue 24). Until then the hidden one is an empty drawing of the same kind, so
    // the widget's markup keeps its shape (focus moves from the prerendered widget by position).
    // The prerender, which cannot know the width, writes both.
    let narrow = Prefs::use_context().narrow;
    let live = cfg!(target_arch = "wasm32");
    let later_route = RwSignal::new(None);
    let later_lanes = RwSignal::new(None);
    if live {
        Effect::new(move |_| {
            let now = (lang.get(), moment());
            env::next_task(move || later_route.set(Some(now)));
        });
        Effect::new(move |_| {
            let now = lanes_key.get();
            env::next_task(move || later_lanes.set(Some(now)));
        });
    }
    let seen = move |wide: bool| !live || wide != narrow.get();
    let route = move |fit: Fit| {
        let now = if seen(fit.wide) {
            Some((lang.get(), moment()))
        } else {
            later_route.get()
        };
        match now {
            Some((l, m)) => pipeline_svg(texts(l), &m, fit).into_any(),
            None => view! { <svg class=route_class(fit) aria-hidden="true"></svg> }.into_any(),
        }
    };
    let lanes_drawing = move |fit: LaneFit| {
        let now = if seen(fit.names_left) {
            Some(lanes_key.get())
        } else {
            later_lanes.get()
        };
        match now {
            Some((l, whatif)) => lanes_svg(texts(l), l, whatif, at, day, fit).into_any(),
            None => view! { <svg class=lanes_class(fit) aria-hidden="true"></svg> }.into_any(),
        }
    };

    // Read `?at=` and `?gates=` once mounted (never while rendering); invalid values keep
    // the default.
    Effect::new(move |_| {
        let url = env::url_state();
        if url.at.is_some() || url.gates.is_some() {
            let m = Moment::from_url(presets, url.at.as_deref(), url.gates);
            state.set(m.state);
            at.set(m.at);
            if let Some(p) = m.at {
                day.set(day_of(p));
            }
        }
    });
    // A dated moment is written as `?at=` alone; a what-if as `?gates=` alone.
    let pick = move |p: &'static GatePreset| {
        state.set(p.state());
        at.set(Some(p));
        env::replace_query_param("gates", None);
        env::replace_query_param("at", Some(&p.date));
    };
    let flip = move |s: GateState| {
        state.set(s);
        at.set(None);
        env::replace_query_param("at", None);
        env::replace_query_param("gates", Some(&s.to_param()));
    };
    let reported_at = move |sw: Switch| Signal::derive(move || moment().reported(sw));

    // The handle: dragging moves it day by day and shows the moment in force; arrow keys step
    // from one dated moment to the next (the days between change nothing).
    let on_handle = move |d: i64| {
        day.set(d);
        if let Some(p) = preset_on(presets, d).map(|i| &presets[i]) {
            if at.get_untracked().is_none_or(|a| a.id != p.id) {
                pick(p);
            }
        }
    };
    let step_to = move |forward: bool| {
        let now = day.get_untracked();
        let mut days: Vec<i64> = presets.iter().map(day_of).collect();
        days.sort_unstable();
        days.dedup();
        let next = if forward {
            days.iter().copied().find(|&d| d > now)
        } else {
            days.iter().rev().copied().find(|&d| d < now)
        };
        if let Some(d) = next {
            // Two moments on one day (none today) would both be reached by pressing their buttons.
            on_handle(d);
        }
    };
    let handle_text = move || {
        let l = lang.get();
        let t = texts(l);
        match at.get() {
            Some(p) => {
                let what = lookup(t, &format!("gates.preset.{}", p.id)).unwrap_or_default();
                let iso = handle_iso(p);
                if iso == p.date {
                    format!("{}: {what}", format::date(l, &p.date))
                } else {
                    t.fmt_gates_handle_between(&format::date(l, &iso), &format::date(l, &p.date), what)
                }
            }
            None => t.gates_whatif_title.to_string(),
        }
    };

    let pick_level = move |sw: Switch| {
        Callback::new(move |l: Level| {
            let mut s = state.get_untracked();
            s.set_switch(sw, l);
            flip(s);
        })
    };
    let gate_words: [TextFn; 3] = [|t| t.gates_open, |t| t.gates_limited, |t| t.gates_closed];
    // The what-if switches and the list of every moment are in closed disclosures: drawn a task
    // after the widget mounts (or at once when opened), so that mounting is not one long task
    // (issue 24: the gates embed's mount was 75–133 ms at 4× CPU). Nothing shown moves.
    let lists_in = RwSignal::new(!live);
    let show_lists = move || {
        if lists_in.try_get_untracked() == Some(false) {
            lists_in.set(true);
        }
    };
    if live {
        env::next_task(show_lists);
    }
    let switches = move || {
        Gate::ALL
            .into_iter()
            .map(|g| {
                let (name, detail) = gate_texts(g);
                view! {
                    <LevelSwitch
                        key=gate_key(g)
                        name
                        detail
                        words=gate_words
                        level=Signal::derive(move || state.get().level(g))
                        reported=reported_at(Switch::Gate(g))
                        on_pick=pick_level(Switch::Gate(g))
                    />
                }
            })
            .collect_view()
    };

    let sources_of = move |p: &'static GatePreset| {
        p.sources()
            .into_iter()
            .filter_map(|id| data.source_number(id).map(|n| (n, data.source(id))))
            .map(|(n, s)| {
                let (href, target) = anchor(&format!("ref-{n}"));
                view! {
                    <a class="ref-link" href=href target=target title=s.map(|s| s.outlet.clone())>
                        {format!("[{n}]")}
                    </a>
                }
            })
            .collect_view()
    };
    // One dated moment told in full: its date, what happened, its status and sources. The card
    // shows the moment the handle is on; the disclosure below lists them all, so without
    // JavaScript or with a screen reader the sequence is still there as text.
    let told = move |p: &'static GatePreset, l: crate::model::lang::Lang| {
        let t = texts(l);
        let (tl_href, tl_target) = anchor(&format!("tl-{}", p.timeline));
        view! {
            <p class="gate-card__when">
                <time datetime=p.date.clone()>{format::date(l, &p.date)}</time>
                " · "
                <span>{lookup(t, &format!("gates.preset.{}", p.id)).unwrap_or_default()}</span>
            </p>
            <p class="gate-card__note">{lookup(t, &format!("gates.note.{}", p.id)).unwrap_or_default()}</p>
            <p class="gate-card__meta">{badges(t, p)} " " {t.gates_preset_sources} ": " {sources_of(p)} " · " <a href=tl_href target=tl_target>{t.gates_timeline_link}</a></p>
        }
    };
    let card = move || {
        let l = lang.get();
        match at.get() {
            Some(p) => {
                // Dragged between two moments: the card is the last change before that day (only
                // this line follows the handle day by day; the rest changes with the moment).
                let lead = move || {
                    let iso = handle_iso(p);
                    (iso != p.date).then(|| {
                        view! { <p class="gate-card__lead">{texts(l).fmt_gates_last_change(&format::date(l, &iso))}</p> }
                    })
                };
                view! { {lead} {told(p, l)} }.into_any()
            }
            None => {
                let t = texts(l);
                view! {
                    <p class="gate-card__when">{t.gates_whatif_title}</p>
                    <p class="gate-card__note">{caption(t, &moment())}</p>
                    <p class="gate-card__meta">{t.gates_whatif_note}</p>
                }
                .into_any()
            }
        }
    };
    let all_moments = move || {
        let l = lang.get();
        presets
            .iter()
            .map(|p| view! { <li class="gate-step" data-at=p.id.clone()>{told(p, l)}</li> })
            .collect_view()
    };
    // The dated moments as buttons under the handle (the same as its arrow-key stops).
    let moments = presets
        .iter()
        .map(|p: &'static GatePreset| {
            let active = move || at.get().is_some_and(|a| a.id == p.id);
            view! {
                <li>
                    <button
                        type="button"
                        class="preset"
                        id=format!("gate-preset-{}", p.id)
                        aria-pressed=move || active().to_string()
                        aria-label=move || {
                            let l = lang.get();
                            format!("{}: {}", format::date(l, &p.date), lookup(texts(l), &format!("gates.preset.{}", p.id)).unwrap_or_default())
                        }
                        on:click=move |_| {
                            day.set(day_of(p));
                            pick(p);
                        }
                    >
                        <time datetime=p.date.clone()>{move || format::short_date(lang.get(), &p.date)}</time>
                    </button>
                </li>
            }
        })
        .collect_view();

    // The answer above the drawing: the date and where the chips got to, as sure as its
    // evidence; for a what-if, that it is one.
    let headline = move || {
        let l = lang.get();
        let t = texts(l);
        match at.get() {
            Some(p) => finding_on(t, l, p, &handle_iso(p)),
            None => format!("{}: {}", t.gates_whatif_title, verdict(t, &moment().state)),
        }
    };

    // What a downloaded image says: the dated moment (or a reader's own combination) and the
    // caption, with the sources of that moment.
    let share = Signal::derive(move || {
        let l = lang.get();
        let t = texts(l);
        let m = moment();
        let told = caption(t, &m);
        match m.at {
            Some(p) => {
                let outlets = share::distinct(
                    p.sources()
                        .into_iter()
                        .filter_map(|id| data.source(id))
                        .map(|s| s.outlet.as_str()),
                );
                ShareInfo {
                    title: finding(t, l, p),
                    state: told,
                    source: source_line(
                        t,
                        &format!("{} ({})", outlets.join("; "), confidence_label(t, p.status())),
                    ),
                    file: share::file_stem("gates", &[&p.date], l),
                }
            }
            None => ShareInfo {
                title: widget_name(t, EmbedWidget::Gates).to_string(),
                state: told,
                source: source_line(t, t.embed_image_source_whatif),
                file: share::file_stem("gates", &[&m.state.to_param()], l),
            },
        }
    });
    let days_max = l.end;
    let days_min = l.start;

    view! {
        <figure class="figure gate-figure" id="figure-gates" aria-labelledby="gate-answer">
            <div class="figure__head">
                <h2 class="figure__title gate-answer" id="gate-answer" aria-live="polite">{headline}</h2>
            </div>
            <div class="gate-diagram">
                {move || route(WIDE)}
                {move || route(NARROW)}
            </div>
            // The route's text alternative (its aria-labelledby): the headline and the card say
            // the same to sighted readers.
            <p class="gate-caption visually-hidden" id="gate-caption">{move || caption(texts(lang.get()), &moment())}</p>
            <div class="gate-time">
                <p class="gate-time__title">{move || texts(lang.get()).gates_lanes_title}</p>
                {move || lanes_drawing(LANES_WIDE)}
                {move || lanes_drawing(LANES_NARROW)}
                <input
                    type="range"
                    class="gate-handle"
                    id="gate-handle"
                    min=days_min
                    max=days_max
                    step="1"
                    value=move || day.get_untracked()
                    prop:value=move || day.get().to_string()
                    aria-label=move || texts(lang.get()).gates_handle_label
                    aria-valuetext=handle_text
                    on:input=move |ev| {
                        if let Ok(d) = event_target_value(&ev).parse::<i64>() {
                            on_handle(d);
                        }
                    }
                    on:keydown=move |ev| {
                        let forward = match ev.key().as_str() {
                            "ArrowRight" | "ArrowUp" => true,
                            "ArrowLeft" | "ArrowDown" => false,
                            _ => return,
                        };
                        ev.prevent_default();
                        step_to(forward);
                    }
                />
                <ul class="gate-time__legend">
                    {move || {
                        let t = texts(lang.get());
                        [("open", t.gates_open), ("limited", t.gates_limited), ("closed", t.gates_closed), ("reported", t.gates_reported_only)]
                            .into_iter()
                            .map(|(k, word)| view! { <li><span class=format!("lane-key lane-key--{k}") aria-hidden="true"></span>{word}</li> })
                            .collect_view()
                    }}
                </ul>
                <ol class="gate-moments" aria-label=move || texts(lang.get()).gates_moments_label>{moments}</ol>
            </div>
            <div class="gate-card" id="gate-card" aria-live="polite">{card}</div>
            <div class="figure-tools figure-tools--foot">
                <EmbedButton
                    widget=EmbedWidget::Gates
                    state=Signal::derive(move || match at.get() {
                        Some(p) => vec![("at".to_string(), p.date.clone())],
                        None => vec![("gates".to_string(), state.get().to_param())],
                    })
                />
                <ShareButtons of=".gate-svg" info=share/>
            </div>
            <details class="gate-whatif disclosure" on:toggle=move |_| show_lists()>
                <summary>{move || texts(lang.get()).gates_play_heading}</summary>
                <p class="gate-flow__hint">{move || texts(lang.get()).gates_play_hint}</p>
                <ul class="gate-switches" aria-label=move || texts(lang.get()).gates_play_heading>
                    {move || lists_in.get().then(|| view! {
                        {switches()}
                        <LevelSwitch
                            key="domestic"
                            name=|t| t.gates_domestic_name
                            detail=|t| t.gates_domestic_detail
                            words=[|t| t.gates_required, |t| t.gates_discussed, |t| t.gates_not_required]
                            level=Signal::derive(move || state.get().domestic)
                            reported=reported_at(Switch::Domestic)
                            on_pick=pick_level(Switch::Domestic)
                        />
                    })}
                </ul>
            </details>
            <details class="gate-all disclosure" on:toggle=move |_| show_lists()>
                <summary>{move || texts(lang.get()).gates_all_moments}</summary>
                <ol class="gate-steps">{move || lists_in.get().then(all_moments)}</ol>
            </details>
        </figure>
    }
    .into_any()
}

/// The card's evidence, claim by claim: one badge for what it says of the three gates (as sure
/// as the gates the chips reach) and, where it differs, one for the domestic-chip condition,
/// so a moment on the record is not labelled by a report about something else (26 Aug 2026:
/// the filing is official, the condition only reported).
fn badges(t: &'static Texts, p: &GatePreset) -> impl IntoView {
    let gates = p.asserted_status();
    let domestic = p.evidence(Switch::Domestic).status;
    let split = domestic != gates;
    view! {
        {split.then(|| view! { <span class="gate-card__claim">{t.gates_card_gates}</span> " " })}
        <ConfidenceBadge confidence=gates/>
        {split.then(|| view! { " " <span class="gate-card__claim">{t.gates_card_domestic}</span> " " <ConfidenceBadge confidence=domestic/> })}
    }
}

/// Where the chips stop or thin out: the answer of a dated moment (`finding`) and of a what-if.
fn verdict(t: &Texts, state: &GateState) -> String {
    let limited = limited_refs(t, state, None);
    match flow(state).blocked_at {
        Some(g) => t.fmt_lede_finding_stopped(gate_ref(t)(g)),
        None if limited.is_empty() => t.lede_finding_open.to_string(),
        None if limited.len() == Gate::ALL.len() => t.lede_finding_all_limited.to_string(),
        None => t.fmt_lede_finding_limited(&limited.join(t.gates_list_sep)),
    }
}
