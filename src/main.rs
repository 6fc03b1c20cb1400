//! Entry point: the article is already on the page (prerendered HTML); bring its widgets to
//! life (see `page`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // In a task of its own: the module's compilation and instantiation end in one long task,
    // and starting the page in it made that task longer still (issue 24: embeds' TBT).
    h200_explainer::env::next_task(|| {
        h200_explainer::page::start();
        // Tells tests (and styles) that the code is running; each slot says when its widget is live.
        h200_explainer::env::set_root_attribute("data-app", Some("mounted"));
    });
}

/// The app runs only in the browser; natively there is nothing to run (the prerender is
/// `src/bin/prerender.rs`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
