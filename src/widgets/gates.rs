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
use crate::model::gates::{flow, Gate, GatePreset, GateState, Level, Moment, Openness, Switch, DEFAULT_PRESET};
use crate::model::{format, share};
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
/// Article text, written at build time (the lede graphic and the page card).
#[cfg(not(target_arch = "wasm32"))]
pub fn finding(t: &Texts, lang: crate::model::lang::Lang, p: &GatePreset) -> String {
    let state = p.state();
    let f = flow(&state);
    let limited = limited_refs(t, &state, None);
    let what = match f.blocked_at {
        Some(g) => t.fmt_lede_finding_stopped(gate_ref(t)(g)),
        None if limited.len() == Gate::ALL.len() => t.lede_finding_all_limited.to_string(),
        None if !limited.is_empty() => t.fmt_lede_finding_limited(&limited.join(t.gates_list_sep)),
        None => t.lede_finding_open.to_string(),
    };
    let status = p.asserted_status();
    let what = if crate::model::status::hedges(lang, status).is_empty() {
        what
    } else {
        t.fmt_lede_finding_hedged(&what, confidence_label(t, status))
    };
    t.fmt_lede_graphic_title(&format::date(lang, &p.date), &what)
}

/// The CSS modifier of a gate's state (`open`, `limited`, `closed`), for every drawing of it.
pub fn openness_class(o: Openness) -> &'static str {
    o.level().key()
}

pub fn gate_texts(gate: Gate) -> (TextFn, TextFn, TextFn) {
    match gate {
        Gate::UsLicence => (|t| t.gates_g1_name, |t| t.gates_g1_short, |t| t.gates_g1_detail),
        Gate::ChinaApproval => (|t| t.gates_g2_name, |t| t.gates_g2_short, |t| t.gates_g2_detail),
        Gate::Contracts => (|t| t.gates_g3_name, |t| t.gates_g3_short, |t| t.gates_g3_detail),
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

/// A box in the diagram with one or two lines of text.
fn node(x: f64, y: f64, w: f64, h: f64, class: &'static str, line1: String, line2: Option<String>) -> impl IntoView {
    let cx = x + w / 2.0;
    let (y1, y2) = if line2.is_some() {
        (y + h / 2.0 - 7.0, y + h / 2.0 + 11.0)
    } else {
        (y + h / 2.0 + 5.0, 0.0)
    };
    view! {
        <g class=class>
            <rect x=x y=y width=w height=h rx="8"></rect>
            <text x=cx y=y1 text-anchor="middle">{line1}</text>
            {line2.map(|l| view! { <text x=cx y=y2 text-anchor="middle" class="node__sub">{l}</text> })}
        </g>
    }
}

/// The barrier drawn across the route just above a gate: a full bar when it is closed, a bar
/// with a narrow gap when it lets only some chips through, two posts when it is open.
pub fn barrier(cx: f64, y: f64, level: Level) -> impl IntoView {
    let (half, gap) = (
        34.0,
        match level {
            Level::Closed => 0.0,
            Level::Limited => 6.0,
            Level::Open => 26.0,
        },
    );
    let class = format!("barrier barrier--{}", level.key());
    // A closed bar is one stroke (two meeting at the middle would leave a seam that reads as a gap).
    let left = if gap == 0.0 {
        format!("M{} {y} H{}", cx - half, cx + half)
    } else {
        format!("M{} {y} H{}", cx - half, cx - gap)
    };
    let right = if gap == 0.0 {
        String::new()
    } else {
        format!("M{} {y} H{}", cx + gap, cx + half)
    };
    view! {
        <g class=class aria-hidden="true">
            <path d=left></path>
            <path d=right></path>
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

#[component]
pub fn GateDiagram() -> impl IntoView {
    let lang = use_lang();
    let Ok(data) = dataset() else { return ().into_any() };
    let opening = default_preset();
    let state = RwSignal::new(opening.map(|p| p.state()).unwrap_or_default());
    // The dated moment the switches came from; `None` once the reader flips a switch.
    let at = RwSignal::new(opening);
    let moment = move || Moment {
        state: state.get(),
        at: at.get(),
    };

    // Read `?at=` and `?gates=` once mounted (never while rendering); invalid values keep
    // the default.
    Effect::new(move |_| {
        let url = env::url_state();
        if url.at.is_some() || url.gates.is_some() {
            let m = Moment::from_url(&data.gate_presets, url.at.as_deref(), url.gates);
            state.set(m.state);
            at.set(m.at);
        }
    });
    // A dated moment is written as `?at=` alone; a what-if as `?gates=` alone.
    let pick = move |p: &'static GatePreset| {
        chosen_here();
        state.set(p.state());
        at.set(Some(p));
        env::replace_query_param("gates", None);
        env::replace_query_param("at", Some(&p.date));
    };
    let flip = move |s: GateState| {
        chosen_here();
        state.set(s);
        at.set(None);
        env::replace_query_param("at", None);
        env::replace_query_param("gates", Some(&s.to_param()));
    };
    let reported_at = move |sw: Switch| Signal::derive(move || moment().reported(sw));

    // Scrolling: the step crossing the middle of the window sets the diagram to its moment. The
    // address is left alone (a reader scrolling has not chosen anything to share).
    let story = NodeRef::<leptos::html::Div>::new();
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        if let Some(el) = story.get() {
            scroll_steps(&el, move |id| {
                if let Some(p) = data.gate_presets.iter().find(|p| p.id == id) {
                    if at.get_untracked().is_none_or(|a| a.id != p.id) {
                        state.set(p.state());
                        at.set(Some(p));
                    }
                }
            });
        }
    });

    let pick_level = move |sw: Switch| {
        Callback::new(move |l: Level| {
            let mut s = state.get_untracked();
            s.set_switch(sw, l);
            flip(s);
        })
    };
    let gate_words: [TextFn; 3] = [|t| t.gates_open, |t| t.gates_limited, |t| t.gates_closed];
    let switches = Gate::ALL
        .into_iter()
        .map(|g| {
            let (name, _, detail) = gate_texts(g);
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
        .collect_view();

    // The dated moments as steps of the story: each is text that stands on its own (date,
    // what happened, its status and sources), so without JavaScript, with reduced motion or with
    // a screen reader the steps tell the whole sequence; scrolling one to the middle of the
    // window, or pressing its button, puts the diagram in that state.
    let steps = data
        .gate_presets
        .iter()
        .map(|p: &'static GatePreset| {
            let label_key = format!("gates.preset.{}", p.id);
            let note_key = format!("gates.note.{}", p.id);
            let sources = p
                .sources()
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
                .collect_view();
            let (tl_href, tl_target) = anchor(&format!("tl-{}", p.timeline));
            let active = move || at.get().is_some_and(|a| a.id == p.id);
            view! {
                <li class=move || if active() { "gate-step gate-step--active" } else { "gate-step" } data-at=p.id.clone()>
                    <button
                        type="button"
                        class="preset"
                        id=format!("gate-preset-{}", p.id)
                        aria-pressed=move || active().to_string()
                        on:click=move |_| pick(p)
                    >
                        <time datetime=p.date.clone()>{move || format::date(lang.get(), &p.date)}</time>
                        <span>{move || lookup(texts(lang.get()), &label_key).unwrap_or_default()}</span>
                    </button>
                    <p class="gate-step__note">{move || lookup(texts(lang.get()), &note_key).unwrap_or_default()}</p>
                    <p class="gate-step__meta">
                        <ConfidenceBadge confidence=p.status()/>
                        " " {move || texts(lang.get()).gates_preset_sources} ": " {sources} " · "
                        <a href=tl_href target=tl_target>{move || texts(lang.get()).gates_timeline_link}</a>
                    </p>
                </li>
            }
        })
        .collect_view();

    // The compact route a phone keeps in view above the steps and the switches (the full
    // diagram would fill the screen). Decorative: the caption under it says the same in words.
    let mini = move || {
        let t = texts(lang.get());
        let m = moment();
        let f = flow(&m.state);
        let leg = move |i: usize| {
            let class = match (f.legs >= i, i >= f.thin_from()) {
                (true, true) => "gate-mini__leg gate-mini__leg--active gate-mini__leg--thin",
                (true, false) => "gate-mini__leg gate-mini__leg--active",
                (false, _) => "gate-mini__leg",
            };
            view! { <span class=class></span> }
        };
        let gate = |g: Gate, i: usize| {
            let o = m.openness(g);
            let class = format!(
                "gate-mini__gate gate-mini__gate--{}{}",
                openness_class(o),
                if o.reported() { " gate-mini__gate--reported" } else { "" }
            );
            let mini = match g {
                Gate::UsLicence => t.gates_g1_mini,
                Gate::ChinaApproval => t.gates_g2_mini,
                Gate::Contracts => t.gates_g3_mini,
            };
            view! {
                <span class=class>
                    <span class="gate-mini__mark"></span>
                    <span class="gate-mini__label">{format!("{i} {mini}")}</span>
                </span>
            }
        };
        view! {
            <span class="gate-mini__end">{t.gates_origin_short}</span>
            {leg(1)}
            {gate(Gate::UsLicence, 1)}
            {leg(2)}
            {gate(Gate::ChinaApproval, 2)}
            {leg(3)}
            {gate(Gate::Contracts, 3)}
            {leg(4)}
            <span class="gate-mini__end">{t.gates_destination_mini}</span>
        }
    };

    let diagram = move || {
        let t = texts(lang.get());
        let m = moment();
        let f = flow(&m.state);
        let reported: Vec<&str> = m.reported_only().into_iter().map(gate_key).collect();
        let reported = reported.join(",");
        let limited: Vec<&str> = Gate::ALL
            .into_iter()
            .filter(|g| m.state.level(*g) == Level::Limited)
            .map(gate_key)
            .collect();
        let limited = limited.join(",");
        let gate_box = |g: Gate, y: f64| {
            let (_, short, _) = gate_texts(g);
            let o = m.openness(g);
            // A dashed outline and its own words for "reported only", and a barrier across the
            // route whose gap shows the level: so neither difference is carried by colour.
            let class = match (o.level(), o.reported()) {
                (Level::Open, false) => "node gate gate--open",
                (Level::Open, true) => "node gate gate--open gate--reported",
                (Level::Limited, false) => "node gate gate--limited",
                (Level::Limited, true) => "node gate gate--limited gate--reported",
                (Level::Closed, _) => "node gate gate--closed",
            };
            view! {
                {barrier(110.0, y - 9.0, o.level())}
                {node(10.0, y, 200.0, 50.0, class, short(t).to_string(), Some(openness_word(t, o).to_string()))}
            }
        };
        let thin = |i: usize| if i >= f.thin_from() { "leg--thin" } else { "" };
        view! {
            <svg
                class="gate-svg"
                viewBox="0 0 360 470"
                role="img"
                aria-labelledby="gate-svg-title gate-caption"
                data-blocked=f.blocked_at.map(gate_key).unwrap_or("none")
                data-legs=f.legs.to_string()
                data-reported=reported
                data-limited=limited
            >
                <title id="gate-svg-title">{t.gates_svg_title}</title>
                <defs>
                    <marker
                        id="gate-arrow"
                        viewBox="0 0 10 10"
                        refX="8"
                        refY="5"
                        markerUnits="userSpaceOnUse"
                        markerWidth="12"
                        markerHeight="12"
                        orient="auto-start-reverse"
                    >
                        <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head"></path>
                    </marker>
                </defs>
                {node(10.0, 10.0, 200.0, 50.0, "node node--origin", t.gates_origin_short.to_string(), Some(t.gates_origin_sub.to_string()))}
                {leg("M110 60 L110 108".into(), f.legs >= 1, thin(1))}
                {gate_box(Gate::UsLicence, 110.0)}
                {leg("M110 160 L110 208".into(), f.legs >= 2, thin(2))}
                {gate_box(Gate::ChinaApproval, 210.0)}
                {leg("M110 260 L110 308".into(), f.legs >= 3, thin(3))}
                {gate_box(Gate::Contracts, 310.0)}
                {leg("M110 360 L110 408".into(), f.legs >= 4, thin(4))}
                {node(10.0, 410.0, 200.0, 50.0, "node node--destination", t.gates_destination_short.to_string(), None)}
                {m.domestic_moving().map(|moving| {
                    // Its state in words, and dashed when only discussed or only reported, as a
                    // gate resting on reports is.
                    let reported = m.domestic_reported_only();
                    let (class, word) = match (m.state.domestic, reported) {
                        (Level::Open, false) => ("node node--domestic", t.gates_node_imposed),
                        (Level::Open, true) => ("node node--domestic node--discussed", t.gates_node_imposed_reported),
                        (_, false) => ("node node--domestic node--discussed", t.gates_node_discussed),
                        (_, true) => ("node node--domestic node--discussed", t.gates_node_discussed_reported),
                    };
                    view! {
                    <g class="domestic-lane">
                        {node(222.0, 210.0, 134.0, 50.0, class, t.gates_domestic_short.to_string(), Some(word.to_string()))}
                        {leg("M289 260 L289 435 L214 435".into(), moving, "leg--domestic")}
                    </g>
                    }
                })}
            </svg>
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
                let label = lookup(t, &format!("gates.preset.{}", p.id)).unwrap_or_default();
                let outlets = share::distinct(
                    p.sources()
                        .into_iter()
                        .filter_map(|id| data.source(id))
                        .map(|s| s.outlet.as_str()),
                );
                ShareInfo {
                    title: widget_name(t, EmbedWidget::Gates).to_string(),
                    state: format!("{}{}{label}\n{told}", format::date(l, &p.date), t.embed_image_colon),
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

    view! {
        <figure class="figure gate-figure" id="figure-gates">
            <div class="figure__head">
                <h3 class="figure__title">{move || texts(lang.get()).gates_title}</h3>
                <div class="figure-tools">
                    <EmbedButton
                        widget=EmbedWidget::Gates
                        state=Signal::derive(move || match at.get() {
                            Some(p) => vec![("at".to_string(), p.date.clone())],
                            None => vec![("gates".to_string(), state.get().to_param())],
                        })
                    />
                    <ShareButtons of=".gate-svg" info=share/>
                </div>
            </div>
            <p class="figure__intro">{move || texts(lang.get()).gates_intro}</p>
            <div class="gate-story" node_ref=story>
                <div class="gate-stage">
                    <div class="gate-diagram">{diagram}</div>
                    <div class="gate-mini" aria-hidden="true">{mini}</div>
                    <p class="gate-caption" id="gate-caption" aria-live="polite">
                        {move || caption(texts(lang.get()), &moment())}
                    </p>
                </div>
                <div class="gate-flow">
                    <h4 class="gate-flow__heading" id="gate-presets-label">{move || texts(lang.get()).gates_presets_label}</h4>
                    <ol class="gate-steps" aria-labelledby="gate-presets-label">{steps}</ol>
                    <h4 class="gate-flow__heading" id="gate-switches-heading">{move || texts(lang.get()).gates_play_heading}</h4>
                    <p class="gate-flow__hint">{move || texts(lang.get()).gates_play_hint}</p>
                    <ul class="gate-switches" aria-labelledby="gate-switches-heading">
                        {switches}
                        <LevelSwitch
                            key="domestic"
                            name=|t| t.gates_domestic_name
                            detail=|t| t.gates_domestic_detail
                            words=[|t| t.gates_required, |t| t.gates_discussed, |t| t.gates_not_required]
                            level=Signal::derive(move || state.get().domestic)
                            reported=reported_at(Switch::Domestic)
                            on_pick=pick_level(Switch::Domestic)
                        />
                    </ul>
                </div>
            </div>
        </figure>
    }
    .into_any()
}

thread_local! {
    /// Where the page was scrolled when the reader last pressed a step or flipped a switch.
    static CHOSEN_AT: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

fn scroll_y() -> Option<f64> {
    web_sys::window().and_then(|w| w.scroll_y().ok())
}

/// Remembers that the reader chose a state here (a step's button or a switch).
fn chosen_here() {
    CHOSEN_AT.with(|c| c.set(scroll_y()));
}

/// Whether the page has scrolled since the reader's last choice. The observer reports a frame
/// after the scroll that brought a step to the middle; a choice made in between (a tap right
/// after a scroll) wins until the reader scrolls again.
#[cfg(target_arch = "wasm32")]
fn moved_since_choice() -> bool {
    CHOSEN_AT.with(|c| c.get().is_none() || c.get() != scroll_y())
}

/// Calls `show` with a step's id (`data-at`) when that step reaches the middle band of the
/// window. The observer's first report (where the steps are when the widget mounts) is ignored,
/// so a shared `?at=` or `?gates=` is not overridden by where the page happens to open.
#[cfg(target_arch = "wasm32")]
fn scroll_steps(story: &web_sys::HtmlDivElement, show: impl Fn(String) + 'static) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let first = std::cell::Cell::new(true);
    // No gloo crate wraps IntersectionObserver: its callback is a hand-made closure.
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if first.replace(false) || !moved_since_choice() {
            return;
        }
        for entry in entries.iter() {
            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
            if entry.is_intersecting() {
                if let Some(id) = entry.target().get_attribute("data-at") {
                    show(id);
                }
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    // A band a tenth of the window high, a little above the middle.
    options.set_root_margin("-40% 0px -50% 0px");
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options)
    else {
        return;
    };
    on_change.forget();
    if let Ok(steps) = story.query_selector_all(".gate-step") {
        for i in 0..steps.length() {
            if let Some(step) = steps.item(i) {
                observer.observe(step.unchecked_ref());
            }
        }
    }
}
