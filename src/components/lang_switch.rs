//! The JA/EN switch: two toggle buttons; the pressed one is the current language.

use crate::i18n::texts;
use crate::model::lang::Lang;
use leptos::prelude::*;

#[component]
pub fn LangSwitch(lang: RwSignal<Lang>, on_choose: Callback<Lang>) -> impl IntoView {
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
                    lang=choice.code()
                    aria-pressed=move || (lang.get() == choice).to_string()
                    on:click=move |_| on_choose.run(choice)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="lang-switch" role="group" aria-label=move || texts(lang.get()).lang_switch_label>
            {buttons}
        </div>
    }
}
