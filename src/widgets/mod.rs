//! The interactive figures; each module is one widget, embeddable on its own. The build writes
//! each widget into the page inside a `Slot`; in the browser, `page` mounts the live widget
//! into that slot as it nears the viewport.

pub mod chip_map;
pub mod compare;
pub mod gates;
pub mod hybrid;
pub mod ladder;
pub mod timeline;

use leptos::prelude::*;

/// Counts the language switches whose regions are all in (`h200:swapped`): widgets that act on
/// article text outside their slot (the timeline's filter) do it again then.
#[derive(Clone, Copy)]
pub struct Swaps(pub RwSignal<u32>);

/// Every part of the page that runs code, by the name its slot carries (`data-widget`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    Gates,
    ChipFilters,
    Ladder,
    ChipMap,
    Hybrid,
    Timeline,
}

impl Widget {
    pub const ALL: [Widget; 6] = [
        Widget::Gates,
        Widget::ChipFilters,
        Widget::Ladder,
        Widget::ChipMap,
        Widget::Hybrid,
        Widget::Timeline,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Widget::Gates => "gates",
            Widget::ChipFilters => "chip-filters",
            Widget::Ladder => "ladder",
            Widget::ChipMap => "chip-map",
            Widget::Hybrid => "hybrid",
            Widget::Timeline => "timeline",
        }
    }

    pub fn from_code(code: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.code() == code)
    }

    /// The live widget (in the browser) or its first render (at build time): the same markup.
    pub fn view(self) -> AnyView {
        match self {
            Widget::Gates => view! { <gates::GateDiagram/> }.into_any(),
            Widget::ChipFilters => view! { <compare::ChipFilters/> }.into_any(),
            Widget::Ladder => view! { <ladder::Ladder/> }.into_any(),
            Widget::ChipMap => view! { <chip_map::ChipMap/> }.into_any(),
            Widget::Hybrid => view! { <hybrid::HybridModel/> }.into_any(),
            Widget::Timeline => view! { <timeline::Timeline/> }.into_any(),
        }
    }
}

/// Where a widget sits in the prerendered page. It holds the widget's first render, so the text
/// and layout are there before any code runs; the browser swaps in the live widget, with the
/// same markup, when the reader nears it. A plain block: it changes no layout.
#[component]
pub fn Slot(widget: Widget) -> impl IntoView {
    view! { <div class="widget-slot" data-widget=widget.code()>{widget.view()}</div> }
}
