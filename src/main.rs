//! Entry point: resolve the language from the URL, storage and browser, then mount the app.

use h200_explainer::{env, model::lang, model::query, App};
use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    let search = env::search();
    let initial_lang = lang::resolve(
        query::get(&search, "lang").as_deref(),
        env::stored_lang().as_deref(),
        &env::navigator_languages(),
    );
    leptos::mount::mount_to_body(move || view! { <App initial_lang/> });
}
