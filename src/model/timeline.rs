//! Which timeline entries a reader sees, and where the source article falls among them.

use super::data::{Actor, TimelineEntry};
use super::status::Confidence;

/// The actors switched on in the timeline's filter. All are on by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActorFilter {
    on: [bool; 3],
}

impl Default for ActorFilter {
    fn default() -> Self {
        Self { on: [true; 3] }
    }
}

/// The lane of an actor on the strip (its place in `Actor::ALL`).
pub fn lane(actor: Actor) -> usize {
    index(actor)
}

fn index(actor: Actor) -> usize {
    match actor {
        Actor::Us => 0,
        Actor::China => 1,
        Actor::Industry => 2,
    }
}

impl ActorFilter {
    pub fn allows(&self, actor: Actor) -> bool {
        self.on[index(actor)]
    }

    pub fn toggle(&mut self, actor: Actor) {
        self.on[index(actor)] = !self.on[index(actor)];
    }

    /// The entries shown, in order.
    pub fn apply<'a>(&self, entries: &'a [TimelineEntry]) -> Vec<&'a TimelineEntry> {
        entries.iter().filter(|e| self.allows(e.actor)).collect()
    }
}

/// How many entries come before the article's publication date: where its marker goes.
pub fn article_position(entries: &[TimelineEntry], article_date: &str) -> usize {
    entries.iter().take_while(|e| e.date.as_str() <= article_date).count()
}

impl ActorFilter {
    /// `us,china,industry` (the actors shown), or `none`.
    pub fn to_param(&self) -> String {
        let on: Vec<&str> = [
            (Actor::Us, "us"),
            (Actor::China, "china"),
            (Actor::Industry, "industry"),
        ]
        .into_iter()
        .filter_map(|(a, name)| self.allows(a).then_some(name))
        .collect();
        if on.is_empty() {
            "none".into()
        } else {
            on.join(",")
        }
    }

    /// Reads an `?actors=` value; anything unrecognised is `None` (all actors shown).
    pub fn from_param(s: &str) -> Option<ActorFilter> {
        if s.trim().eq_ignore_ascii_case("none") {
            return Some(ActorFilter { on: [false; 3] });
        }
        let mut f = ActorFilter { on: [false; 3] };
        for name in s.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let actor = match name {
                "us" => Actor::Us,
                "china" => Actor::China,
                "industry" => Actor::Industry,
                _ => return None,
            };
            f.on[index(actor)] = true;
        }
        (f != ActorFilter { on: [false; 3] }).then_some(f)
    }
}

/// Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). A month without a
/// day stands at its 15th and a bare year at 1 July: the middle of what the date says.
pub fn day_number(iso: &str) -> Option<i64> {
    let nums: Vec<i64> = iso.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let (y, m, d) = match nums.as_slice() {
        [y] => (*y, 7, 1),
        [y, m] => (*y, *m, 15),
        [y, m, d] => (*y, *m, *d),
        _ => return None,
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The ISO date (`YYYY-MM-DD`) of a `day_number`: where a dragged date handle stands.
pub fn iso_of_day(day: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The stretch of time the strip shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    /// Every event, 2022 to 2026, with a tick per year.
    All,
    /// From December 2025, where half the events crowd into a few months, with a tick per month.
    /// The default: the story the page tells happens here, and on the whole span these months
    /// are squeezed into the last seventh of the axis (design review 2026-12, item 10).
    #[default]
    Recent,
}

/// Where the `Recent` period starts.
pub const RECENT_FROM: &str = "2025-12-01";

impl Period {
    pub const ALL: [Period; 2] = [Period::All, Period::Recent];

    pub fn code(self) -> &'static str {
        match self {
            Period::All => "all",
            Period::Recent => "recent",
        }
    }

    /// Reads `?period=`; anything else is `None` (the default period).
    pub fn from_param(s: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.code() == s.trim())
    }
}

/// The two widths the strip is laid out for: below `WIDE_MIN_PX` of box the narrow layout is
/// shown (phones, 320 px up), from it the wide one. Positions along the axis are fractions of the
/// width, so a layout that has no overlap at its width has none at any greater width.
pub const LAYOUT_WIDTHS: [f64; 2] = [270.0, 600.0];
/// The box width from which the wide layout applies (CSS container query in `style/main.css`).
pub const WIDE_MIN_PX: f64 = 600.0;
/// The least distance between the centres of two dots of a lane (their radius is at most 5.5 and
/// the selection ring 8.5, so neighbours stay clear of each other's ring).
pub const DOT_SPACING: f64 = 14.0;

/// One event on the strip.
#[derive(Clone, Debug, PartialEq)]
pub struct StripDot {
    /// Index in the timeline.
    pub index: usize,
    /// Position along the axis, 0 (left) to 1 (right).
    pub x: f64,
    /// Its row within its lane, for each of `LAYOUT_WIDTHS`: dots that would collide stack.
    pub row: [u32; 2],
}

/// A tick on the time axis: a year (`2024`) or a month (`2026-01`).
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub iso: String,
    pub x: f64,
    /// Whether it is labelled, for each of `LAYOUT_WIDTHS` (narrow widths skip some months).
    pub labelled: [bool; 2],
    /// Whether the year is written under it, for each of `LAYOUT_WIDTHS`: under the first
    /// labelled tick of each year.
    pub year: [bool; 2],
}

/// The strip's layout for one period: its dots, the number of rows of each lane (in `Actor::ALL`
/// order) at each width, the axis ticks, the source article's date and how many events fall
/// before the period.
#[derive(Clone, Debug, PartialEq)]
pub struct Strip {
    pub period: Period,
    pub dots: Vec<StripDot>,
    pub rows: [[u32; 3]; 2],
    pub ticks: Vec<Tick>,
    pub article_x: Option<f64>,
    pub earlier: usize,
}

impl Strip {
    /// What the count line says: the events of this period that the actor filter shows, and all
    /// the events of this period (not of the whole timeline: "Since Dec 2025" counts its own).
    pub fn count(&self, entries: &[TimelineEntry], filter: &ActorFilter) -> (usize, usize) {
        let shown = self
            .dots
            .iter()
            .filter(|d| entries.get(d.index).is_some_and(|e| filter.allows(e.actor)))
            .count();
        (shown, self.dots.len())
    }
}

/// Lays out the strip: each event at its date on a linear axis, in its actor's lane; dots of a
/// lane that would come closer than `DOT_SPACING` at a layout width go on the next free row.
pub fn strip(entries: &[TimelineEntry], article_date: &str, period: Period) -> Strip {
    let days: Vec<Option<i64>> = entries.iter().map(|e| day_number(&e.date)).collect();
    let known: Vec<i64> = days.iter().flatten().copied().collect();
    let (first, last) = (
        known.iter().copied().min().unwrap_or(0),
        known.iter().copied().max().unwrap_or(0),
    );
    let (from, to) = match period {
        Period::All => (first - 60, last + 60),
        Period::Recent => (day_number(RECENT_FROM).unwrap_or(first) - 12, last + 20),
    };
    let span = (to - from).max(1) as f64;
    let x_of = |day: i64| (day - from) as f64 / span;
    let start = match period {
        Period::All => i64::MIN,
        Period::Recent => day_number(RECENT_FROM).unwrap_or(i64::MIN),
    };
    let mut dots: Vec<StripDot> = Vec::new();
    let mut earlier = 0;
    for (index, day) in days.iter().enumerate() {
        match day {
            Some(d) if *d >= start => dots.push(StripDot {
                index,
                x: x_of(*d),
                row: [0, 0],
            }),
            _ => earlier += 1,
        }
    }
    // Left to right (the data are in date order, but the layout should not depend on it).
    dots.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.index.cmp(&b.index)));
    let mut rows = [[0u32; 3]; 2];
    for (w, width) in LAYOUT_WIDTHS.iter().enumerate() {
        // Per lane, the x (px) of the last dot on each row.
        let mut ends: [Vec<f64>; 3] = Default::default();
        for dot in &mut dots {
            let lane = index(entries[dot.index].actor);
            let px = dot.x * width;
            let row = match ends[lane].iter().position(|end| px - end >= DOT_SPACING) {
                Some(r) => r,
                None => {
                    ends[lane].push(f64::NEG_INFINITY);
                    ends[lane].len() - 1
                }
            };
            ends[lane][row] = px;
            dot.row[w] = row as u32;
        }
        for lane in 0..3 {
            rows[w][lane] = ends[lane].len() as u32;
        }
    }
    Strip {
        period,
        ticks: ticks(period, from, to),
        article_x: day_number(article_date).filter(|d| (from..=to).contains(d)).map(x_of),
        dots,
        rows,
        earlier,
    }
}

/// Years for the whole span; months for the recent period, every other one labelled when narrow.
fn ticks(period: Period, from: i64, to: i64) -> Vec<Tick> {
    let span = (to - from).max(1) as f64;
    let year_of = |day: i64| {
        // Good enough for finding the years in range: refined by `day_number` below.
        1970 + (day as f64 / 365.2425).floor() as i64
    };
    let mut out = Vec::new();
    match period {
        Period::All => {
            for y in year_of(from) - 1..=year_of(to) + 1 {
                let Some(d) = day_number(&format!("{y}-01-01")) else {
                    continue;
                };
                if (from..=to).contains(&d) {
                    out.push(Tick {
                        iso: y.to_string(),
                        x: (d - from) as f64 / span,
                        labelled: [true, true],
                        year: [false, false],
                    });
                }
            }
        }
        Period::Recent => {
            for y in year_of(from) - 1..=year_of(to) + 1 {
                for m in 1..=12 {
                    let Some(d) = day_number(&format!("{y}-{m:02}-01")) else {
                        continue;
                    };
                    if (from..=to).contains(&d) {
                        let n = out.len();
                        out.push(Tick {
                            iso: format!("{y}-{m:02}"),
                            x: (d - from) as f64 / span,
                            labelled: [n % 2 == 0, true],
                            year: [false, false],
                        });
                    }
                }
            }
        }
    }
    for w in 0..2 {
        let mut last_year = None;
        for tick in out.iter_mut().filter(|t| t.iso.len() > 4 && t.labelled[w]) {
            let year = tick.iso.get(..4).map(str::to_string);
            tick.year[w] = year != last_year;
            last_year = year;
        }
    }
    out
}

/// The event the strip and its card open on: the latest confirmed one — on the record, and an
/// event rather than a recorded absence — so a reader lands where things stand now (design
/// review 2026-12: it opened in January, on the source article's moment); the latest entry if
/// none is on the record.
pub fn opening_event(entries: &[TimelineEntry]) -> Option<usize> {
    let latest = |only_confirmed: bool| {
        entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !only_confirmed || (e.status == Confidence::Official && !e.absence))
            .max_by(|(i, a), (j, b)| a.date.cmp(&b.date).then(i.cmp(j)))
            .map(|(i, _)| i)
    };
    latest(true).or_else(|| latest(false))
}
