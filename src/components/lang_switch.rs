//! The JA/EN switch: two toggle buttons; the pressed one is the language of the tree they are in.
//! Plain markup: the inline page script (`prerender::body_script`) acts on `data-lang-choice`,
//! so the switch works before the wasm has arrived and if it never does. With JavaScript off the
//! buttons give way to a link to the page in the other language (each page carries one).

use crate::i18n::texts;
use crate::model::embed::{page_href, EmbedWidget};
use crate::model::lang::Lang;
use crate::use_lang;
use leptos::prelude::*;

/// `embed`: the widget whose page this is (its other-language page is the link's target).
#[component]
pub fn LangSwitch(#[prop(optional)] embed: Option<EmbedWidget>) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let buttons = Lang::ALL
        .iter()
        .map(|&choice| {
            let label = match choice {
                Lang::Ja => texts(Lang::Ja).lang_ja,
                Lang::En => texts(Lang::En).lang_en,
            };
            // Where the button needs the page script, the link stands in its place.
            let link = (choice != lang).then(|| {
                view! {
                    <noscript>
                        <a class="lang-switch__link" href=page_href(embed, choice) hreflang=choice.code() lang=choice.code()>
                            {label}
                        </a>
                    </noscript>
                }
            });
            view! {
                <button
                    type="button"
                    class="lang-switch__option"
                    id=format!("lang-{}", choice.code())
                    lang=choice.code()
                    data-lang-choice=choice.code()
                    aria-pressed=(lang == choice).to_string()
                >
                    {label}
                </button>
                {link}
            }
        })
        .collect_view();
    view! {
        <div class="lang-switch" role="group" aria-label=texts(lang).lang_switch_label>
            {buttons}
        </div>
    }
}
