//! The JA/EN switch: two toggle buttons; the pressed one is the language of the tree they are in.
//! Plain markup: the inline page script (`prerender::body_script`) acts on `data-lang-choice`,
//! so the switch works before the wasm has arrived and if it never does.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::use_lang;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let buttons = Lang::ALL
        .iter()
        .map(|&choice| {
            let label = match choice {
                Lang::Ja => texts(Lang::Ja).lang_ja,
                Lang::En => texts(Lang::En).lang_en,
            };
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
            }
        })
        .collect_view();
    view! {
        <div class="lang-switch" role="group" aria-label=texts(lang).lang_switch_label>
            {buttons}
        </div>
    }
}
