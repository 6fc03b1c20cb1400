//! Section 2: what ByteDance, Alibaba and Tencent need the chips for, with a card per company.

use super::{More, SectionShell};
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

/// The companies side by side: a row per question, a column per company, so readers can
/// compare across them (on a phone each row's answers stack, each labelled with its company).
#[component]
fn CompanyTable(companies: &'static [Company]) -> impl IntoView {
    let lang = use_lang();
    let t = texts(lang.get_untracked());
    let head = companies
        .iter()
        .map(|c| view! { <th scope="col" id=format!("company-{}", c.id) lang="en">{c.name.clone()}</th> })
        .collect_view();
    let body = rows(&companies[0])
        .into_iter()
        .enumerate()
        .map(|(i, (label, row, _))| {
            let cells = companies
                .iter()
                .map(|c| {
                    let key = format!("company.{}.{row}", c.id);
                    let confidence = rows(c)[i].2;
                    view! {
                        <td data-company=c.name.clone()>
                            {rich_view(t, lookup(t, &key).unwrap_or_default())}
                            " "
                            <ConfidenceBadge confidence/>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{label(t)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="company-table">
            <caption class="visually-hidden">{t.company_table_caption}</caption>
            <thead>
                <tr>
                    <td></td>
                    {head}
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

#[component]
pub fn Companies() -> impl IntoView {
    let table = dataset()
        .as_ref()
        .ok()
        .filter(|d| !d.companies.is_empty())
        .map(|d| view! { <CompanyTable companies=&d.companies/> });
    view! {
        <SectionShell id="companies" heading=|t| t.section_companies_heading>
            <RichP text=|t| t.section_companies_p1/>
            <More id="companies" label=|t| t.section_more_companies>
                <RichP text=|t| t.section_companies_p2/>
                <RichP text=|t| t.section_companies_p2b/>
                {table}
            </More>
        </SectionShell>
    }
}
