//! Entry point: resolve the language from the URL, storage and browser, then mount the app over
//! the prerendered article (same markup, so nothing moves).

use h200_explainer::{env, model::lang, App};
use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    let url = env::url_state();
    let initial_lang = lang::resolve(
        url.lang.map(|l| l.code()),
        env::stored_lang().as_deref(),
        &env::navigator_languages(),
    );
    let (embed, theme) = (url.embed, url.theme);
    // The bootstrap (tools/assemble.mjs) starts us only once the prerender has been painted.
    let prerender = env::Prerender::find();
    let progressive = prerender.is_some();
    leptos::mount::mount_to_body(move || match embed {
        Some(widget) => view! { <App initial_lang embed=widget theme/> }.into_any(),
        None => view! { <App initial_lang theme progressive/> }.into_any(),
    });
    if let Some(p) = prerender {
        p.replace();
    }
    // Tells tests (and styles) that the controls are live now.
    env::set_root_attribute("data-app", Some("mounted"));
}
