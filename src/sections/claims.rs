//! The claim check: each main claim of the source article, paraphrased, with what the record
//! now says about it (a verdict, one line of why, its status and sources). Rows are
//! `data/claims.json`; their text is `claims.row.<id>.{claim,why}`.

use super::SectionShell;
use crate::components::rich::{rich_view, RichP};
use crate::components::source_line::ConfidenceBadge;
use crate::i18n::{lookup, texts, Texts};
use crate::model::data::{dataset, Claim, Verdict};
use crate::model::format;
use crate::use_lang;
use leptos::prelude::*;

/// The verdict's words, and the class that styles it (by border style as well as colour).
pub fn verdict_text(t: &Texts, v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::HeldUp => (t.claims_verdict_held_up, "verdict verdict--held-up"),
        Verdict::ReportedOnly => (t.claims_verdict_reported_only, "verdict verdict--reported-only"),
        Verdict::ChangedSince => (t.claims_verdict_changed_since, "verdict verdict--changed-since"),
        Verdict::NotSupported => (t.claims_verdict_not_supported, "verdict verdict--not-supported"),
    }
}

#[component]
fn ClaimRow(claim: &'static Claim) -> impl IntoView {
    let lang = use_lang();
    let claim_key = format!("claims.row.{}.claim", claim.id);
    let why_key = format!("claims.row.{}.why", claim.id);
    let cite = format!("[[{}]]", claim.sources.join(","));
    view! {
        <tr id=format!("claim-{}", claim.id)>
            <th scope="row">{move || lookup(texts(lang.get()), &claim_key).unwrap_or_default()}</th>
            <td>
                {move || {
                    let (text, class) = verdict_text(texts(lang.get()), claim.verdict);
                    view! { <span class=class>{text}</span> }
                }}
            </td>
            <td>
                {move || {
                    let t = texts(lang.get());
                    rich_view(t, &format!("{}{cite}", lookup(t, &why_key).unwrap_or_default()))
                }}
                " "
                <ConfidenceBadge confidence=claim.status/>
                " "
                <time class="claim__date" datetime=claim.date.clone()>
                    {move || format::date(lang.get(), &claim.date)}
                </time>
                <span class="changed-on" data-changed=claim.changed.clone()>
                    {move || {
                        let l = lang.get();
                        texts(l).fmt_method_changed(&format::date(l, &claim.changed))
                    }}
                </span>
            </td>
        </tr>
    }
}

/// "8 claims checked: 3 held up, 4 reported only, …", verdicts in a fixed order.
fn tally(t: &Texts) -> String {
    let Ok(data) = dataset() else { return String::new() };
    let items: Vec<String> = counts()
        .into_iter()
        .map(|(v, n)| t.fmt_claims_tally_item(&n.to_string(), verdict_text(t, v).0))
        .collect();
    t.fmt_claims_show(&items.join(t.claims_tally_sep), &data.claims.len().to_string())
}

/// How many claims have each verdict, in the verdicts' order, leaving out those with none.
fn counts() -> Vec<(Verdict, usize)> {
    let Ok(data) = dataset() else { return Vec::new() };
    [
        Verdict::HeldUp,
        Verdict::ReportedOnly,
        Verdict::ChangedSince,
        Verdict::NotSupported,
    ]
    .into_iter()
    .map(|v| (v, data.claims.iter().filter(|c| c.verdict == v).count()))
    .filter(|(_, n)| *n > 0)
    .collect()
}

#[component]
pub fn Claims() -> impl IntoView {
    let lang = use_lang();
    let rows = dataset()
        .as_ref()
        .ok()
        .map(|d| d.claims.iter().map(|claim| view! { <ClaimRow claim/> }).collect_view());
    view! {
        <SectionShell id="claims" heading=|t| t.claims_heading>
            // The tally is the finding (and the scorecard at the top shows it); the row-by-row
            // check and how it was made open beneath it.
            <details class="disclosure" id="claims-list">
            <summary>{move || tally(texts(lang.get()))}</summary>
            <RichP text=|t| t.claims_lede/>
            <div class="claims-scroll">
                <table class="claims">
                    <caption class="visually-hidden">{move || texts(lang.get()).claims_heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || texts(lang.get()).claims_col_claim}</th>
                            <th scope="col">{move || texts(lang.get()).claims_col_verdict}</th>
                            <th scope="col">{move || texts(lang.get()).claims_col_why}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            </details>
        </SectionShell>
    }
}

/// The claim check near the top: one mark per claim, its verdict in the mark's shape (a filled
/// disc held up, a half disc reported only, a triangle changed since, a cross not supported:
/// shapes no evidence badge uses), the tally in words, and a way into the table.
#[component]
pub fn Scorecard() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let t = texts(lang);
    let Ok(data) = dataset() else { return ().into_any() };
    let marks = data
        .claims
        .iter()
        .map(|c| {
            let claim = lookup(t, &format!("claims.row.{}.claim", c.id)).unwrap_or_default();
            let (word, _) = verdict_text(t, c.verdict);
            let key = verdict_key(c.verdict);
            view! {
                <li>
                    <a
                        class=format!("pip pip--{key}")
                        href=format!("#claim-{}", c.id)
                        title=format!("{claim} ({word})")
                        aria-label=format!("{claim}: {word}")
                    ></a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="scorecard" aria-labelledby="scorecard-heading">
            <h2 class="scorecard__heading" id="scorecard-heading">{t.claims_scorecard_heading}</h2>
            <ol class="scorecard__pips">{marks}</ol>
            <p class="scorecard__tally">
                {legend(t)} " "
                <a class="scorecard__more" href="#claims-list">{t.claims_scorecard_link}</a>
            </p>
        </div>
    }
    .into_any()
}

fn verdict_key(v: Verdict) -> &'static str {
    match v {
        Verdict::HeldUp => "held-up",
        Verdict::ReportedOnly => "reported-only",
        Verdict::ChangedSince => "changed-since",
        Verdict::NotSupported => "not-supported",
    }
}

/// The tally as a key: each verdict's mark, its count and its word.
fn legend(t: &'static Texts) -> impl IntoView {
    counts()
        .into_iter()
        .map(|(v, n)| {
            view! {
                <span class="scorecard__key">
                    <span class=format!("pip pip--{} pip--key", verdict_key(v)) aria-hidden="true"></span>
                    {t.fmt_claims_tally_item(&n.to_string(), verdict_text(t, v).0)}
                </span>
            }
        })
        .collect_view()
}
