//! Section 2: what ByteDance, Alibaba and Tencent need the chips for, with a card per company.

use super::SectionShell;
use crate::components::rich::{rich_view, RichP};
use crate::components::source_line::ConfidenceBadge;
use crate::i18n::{lookup, texts, TextFn};
use crate::model::data::{dataset, Company, Confidence};
use crate::use_lang;
use leptos::prelude::*;

/// The rows of a company card: label, locale key suffix, and the row's confidence.
fn rows(c: &Company) -> [(TextFn, &'static str, Confidence); 4] {
    [
        (|t| t.company_row_business, "business", c.status.business),
        (|t| t.company_row_interest, "interest", c.status.interest),
        (|t| t.company_row_capex, "capex", c.status.capex),
        (|t| t.company_row_chips, "chips", c.status.chips),
    ]
}

#[component]
fn CompanyCard(company: &'static Company) -> impl IntoView {
    let lang = use_lang();
    let rows = rows(company)
        .into_iter()
        .map(|(label, row, confidence)| {
            let key = format!("company.{}.{row}", company.id);
            view! {
                <div class="company-card__row">
                    <dt>
                        {move || label(texts(lang.get()))}
                        " "
                        <ConfidenceBadge confidence/>
                    </dt>
                    <dd>
                        {move || {
                            let t = texts(lang.get());
                            rich_view(t, lookup(t, &key).unwrap_or_default())
                        }}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <article class="company-card" id=format!("company-{}", company.id) aria-labelledby=format!("company-{}-name", company.id)>
            <h3 id=format!("company-{}-name", company.id) lang="en">{company.name.clone()}</h3>
            <dl>{rows}</dl>
        </article>
    }
}

#[component]
pub fn Companies() -> impl IntoView {
    let cards = dataset()
        .as_ref()
        .map(|d| {
            d.companies
                .iter()
                .map(|company| view! { <CompanyCard company/> })
                .collect_view()
        })
        .ok();
    view! {
        <SectionShell id="companies" heading=|t| t.section_companies_heading>
            <RichP text=|t| t.section_companies_p1/>
            <RichP text=|t| t.section_companies_p2/>
            <div class="company-cards" data-split="">{cards}</div>
        </SectionShell>
    }
}
