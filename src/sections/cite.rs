//! "Cite this": the explainer as a citation and as a BibTeX entry, each with a copy button, at
//! the end of the conclusion. The address of the page is only known where it is read, so the
//! build writes a placeholder that `src/page.js` fills from `location` (with the day it was
//! read); without JavaScript the placeholder says what belongs there. The copy buttons are
//! handled by `src/page.js` too (no wasm).

use crate::i18n::texts;
use crate::model::data::dataset;
use crate::model::share::{accessed_phrase, bibtex, citation, urldate_field};
use crate::use_lang;
use leptos::prelude::*;

/// Stands for the address while the strings are built, then is cut out for its `<span>`.
const URL: &str = "\u{E000}";

/// `text` with the address placeholder replaced by the element `src/page.js` fills, then the
/// element it fills with the day of reading (`template` with `%s` for the day; `iso` for
/// `YYYY-MM-DD`), then `tail`. One line of markup: no whitespace between the pieces.
fn filled(text: &str, fallback: &'static str, template: String, iso: bool, tail: &str) -> impl IntoView {
    let (before, after) = text.split_once(URL).unwrap_or((text, ""));
    let day = if iso { "iso" } else { "" };
    // An empty text would be written as a space.
    let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
    view! { {text(before)}<span class="cite-this__url" data-cite-url="">{fallback}</span>{text(after)}<span data-cite-accessed=day data-cite-template=template></span>{text(tail)} }
}

#[component]
pub fn CiteThis() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let t = texts(lang);
    let checked = dataset()
        .as_ref()
        .map(|d| d.currency.checked.clone())
        .unwrap_or_default();
    let title = t.site_title;
    let apa = citation(lang, title, &checked, URL, None);
    let entry = bibtex(lang, title, &checked, URL, None);
    let (entry, close) = entry.rsplit_once('\n').unwrap_or((&entry, ""));
    view! {
        <aside
            class="cite-this"
            id="cite-this"
            aria-labelledby="cite-this-heading"
            data-copied=t.section_cite_copied
            data-copy-failed=t.section_cite_copy_failed
        >
            <h3 id="cite-this-heading">{t.section_cite_heading}</h3>
            <p class="cite-this__lede">{t.section_cite_lede}</p>
            <p class="cite-this__label">{t.section_cite_citation}</p>
            <p class="cite-this__text" id="cite-apa">
                {filled(&apa, t.section_cite_url_fallback, accessed_phrase(lang, "%s"), false, "")}
            </p>
            <button type="button" class="chip-button cite-this__copy" data-copy="cite-apa">
                {t.section_cite_copy_citation}
            </button>
            // The BibTeX entry is for the few who need it: behind a disclosure, so the block
            // stays short (the page-height budget).
            <details class="cite-this__more">
                <summary class="cite-this__label">{t.section_cite_bibtex}</summary>
                <pre class="cite-this__bibtex" id="cite-bibtex" tabindex="0"><code>{filled(entry, t.section_cite_url_fallback, urldate_field("%s"), true, &format!("\n{close}"))}</code></pre>
                <button type="button" class="chip-button cite-this__copy" data-copy="cite-bibtex">
                    {t.section_cite_copy_bibtex}
                </button>
            </details>
            <p class="cite-this__status" role="status" aria-live="polite"></p>
        </aside>
    }
}
