//! Embed mode (`embed-<widget>.html`): one widget with a compact header, a credit line and a
//! link to the full explainer. The frame is written at build time (`EmbedFrame`); in the browser
//! the widget is mounted into its slot like any other. The page script (`src/page.js`) reports
//! the page's height to the host, in the model's formats (`model::embed::height_messages`),
//! whenever it changes and again for a host that listens late; it listens to no message from
//! the host.

use crate::model::embed::EmbedWidget;
use leptos::prelude::*;

/// The slots of an embedded widget, in page order.
pub fn slots(widget: EmbedWidget) -> &'static [crate::widgets::Widget] {
    use crate::widgets::Widget;
    match widget {
        EmbedWidget::Funnel => &[],
        EmbedWidget::Gates => &[Widget::Gates],
        EmbedWidget::Generations => &[Widget::ChipFilters, Widget::Ladder],
        EmbedWidget::Map => &[Widget::ChipFilters, Widget::ChipMap],
        EmbedWidget::Hybrid => &[Widget::Hybrid],
        EmbedWidget::Timeline => &[Widget::Timeline],
    }
}

/// The frame as the build writes it: title, language switch, the widget's slots, credit.
#[component]
pub fn EmbedFrame(widget: EmbedWidget) -> impl IntoView {
    use crate::components::embed_dialog::widget_name;
    use crate::components::lang_switch::LangSwitch;
    use crate::components::rich::InEmbed;
    use crate::i18n::texts;
    use crate::model::specs::CompareState;
    use crate::use_lang;
    use crate::widgets::compare::CompareCtx;
    use crate::widgets::Slot;
    provide_context(InEmbed);
    provide_context(CompareCtx {
        state: RwSignal::new(CompareState::default()),
    });
    let lang = use_lang().get_untracked();
    let t = texts(lang);
    let body = slots(widget).iter().map(|&w| view! { <Slot widget=w/> }).collect_view();
    // The timeline's card is text outside its slot (see `widgets::timeline`): the strip, the
    // card and the footer's link to the whole timeline (the latest eight entries took it to
    // 2,300 px, more than any blog column holds).
    let entries = (widget == EmbedWidget::Timeline).then(|| {
        use crate::widgets::timeline::{EmbedEntries, TimelineCard};
        view! {
            <TimelineCard/>
            <EmbedEntries/>
        }
    });
    // Every other widget carries its own title; in the article the timeline's is its section's
    // heading, so the embed gives it one, and a line on how to read it.
    let timeline_title = (widget == EmbedWidget::Timeline).then(|| {
        view! {
            <h2 class="figure__title embed__figure-title">{t.embed_timeline_title}</h2>
            <p class="figure__subtitle">{t.embed_timeline_dek}</p>
        }
    });
    // The funnel is article text, not a widget: the same figure, written here too.
    let funnel = (widget == EmbedWidget::Funnel).then(|| view! { <crate::components::key_figures::Funnel/> });
    let full = format!("./?lang={}#{}", lang.code(), widget.section());
    view! {
        <div class="embed" id="embed-root">
            <header class="embed__header">
                <p class="embed__title">
                    <span class="embed__site">{t.site_title}</span>
                    <span class="embed__widget">{widget_name(t, widget)}</span>
                </p>
                <LangSwitch embed=widget/>
            </header>
            <main class="embed__body">{funnel} {timeline_title} {body} {entries}</main>
            <footer class="embed__footer">
                <span>{t.embed_credit}</span>
                " "
                <crate::components::new_tab_link::NewTabLink href=full text=t.embed_open_full/>
            </footer>
        </div>
    }
}
