//! Sharing: downloaded images' file names, the distinct outlets of a sources line, and the
//! citation and BibTeX entry of "Cite this".

use h200_explainer::model::lang::Lang;
use h200_explainer::model::share::{bibtex, citation, distinct, file_stem, year};

#[test]
fn file_names_describe_the_figure_its_state_and_language() {
    assert_eq!(
        file_stem("gates", &["2026-01-28"], Lang::En),
        "h200-gates-2026-01-28-en"
    );
    assert_eq!(file_stem("ladder", &["tpp", "log"], Lang::Ja), "h200-ladder-tpp-log-ja");
    assert_eq!(file_stem("gates", &["us,china"], Lang::En), "h200-gates-us-china-en");
    // Empty parts vanish; anything but ASCII letters and digits becomes one hyphen.
    assert_eq!(
        file_stem("map", &["", "  NVIDIA / Huawei  "], Lang::En),
        "h200-map-nvidia-huawei-en"
    );
    assert_eq!(file_stem("hybrid", &["中国"], Lang::Ja), "h200-hybrid-ja");
}

#[test]
fn outlets_are_listed_once_in_order() {
    assert_eq!(
        distinct(["NVIDIA", "Huawei", "NVIDIA", "", "Reuters"]),
        vec!["NVIDIA", "Huawei", "Reuters"]
    );
}

#[test]
fn the_citation_names_author_year_title_checked_date_and_address() {
    let url = "https://example.org/h200/";
    assert_eq!(year("2026-11-25"), "2026");
    assert_eq!(
        citation(Lang::En, "China's H200 Approval, Explained", "2026-11-25", url, None),
        "h200-explainer. (2026). China's H200 Approval, Explained [Interactive explainer; facts checked 25 Nov 2026]. https://example.org/h200/"
    );
    assert_eq!(
        citation(Lang::En, "T", "2026-11-25", url, Some("2026-12-01")),
        "h200-explainer. (2026). T [Interactive explainer; facts checked 25 Nov 2026]. https://example.org/h200/ (accessed 1 Dec 2026)"
    );
    assert_eq!(
        citation(Lang::Ja, "中国のH200輸入承認を読み解く", "2026-11-25", url, Some("2026-12-01")),
        "h200-explainer（2026）「中国のH200輸入承認を読み解く」（インタラクティブ解説、事実の最終確認：2026年11月25日）https://example.org/h200/（2026年12月1日閲覧）"
    );
}

#[test]
fn the_bibtex_entry_is_a_misc_with_url_note_and_year() {
    let entry = bibtex(
        Lang::En,
        "China's H200 Approval, Explained & more_",
        "2026-11-25",
        "https://example.org/h200/",
        None,
    );
    assert_eq!(
        entry,
        "@misc{h200explainer2026,\n  author = {{h200-explainer}},\n  title = {China's H200 Approval, Explained \\& more\\_},\n  year = {2026},\n  howpublished = {\\url{https://example.org/h200/}},\n  note = {Facts last checked 25 Nov 2026}\n}"
    );
    let dated = bibtex(Lang::Ja, "題", "2026-11-25", "https://example.org/", Some("2026-12-01"));
    assert!(
        dated.contains("note = {事実の最終確認：2026年11月25日},\n  urldate = {2026-12-01}\n}"),
        "{dated}"
    );
    // Balanced braces: BibTeX would read past an unbalanced entry.
    for e in [entry, dated] {
        assert_eq!(e.matches('{').count(), e.matches('}').count(), "{e}");
    }
}
