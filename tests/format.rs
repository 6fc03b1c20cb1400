//! Numbers and dates are written the way each language writes them.

use h200_explainer::model::{format, lang::Lang};

#[test]
fn numbers_get_thousands_separators() {
    assert_eq!(format::number(15832.0, 0), "15,832");
    assert_eq!(format::number(400000.0, 0), "400,000");
    assert_eq!(format::number(999.0, 0), "999");
    assert_eq!(format::number(1234.567, 2), "1,234.57");
    assert_eq!(format::number(-4800.0, 0), "-4,800");
    assert_eq!(format::number(-0.0001, 1), "0.0");
}

#[test]
fn trailing_zeros_are_trimmed_on_request() {
    assert_eq!(format::number_trim(8.0, 2), "8");
    assert_eq!(format::number_trim(4.8, 2), "4.8");
    assert_eq!(format::number_trim(3.35, 2), "3.35");
    assert_eq!(format::number_trim(2039.0, 2), "2,039");
}

#[test]
fn dates_read_naturally_in_each_language() {
    assert_eq!(format::date(Lang::Ja, "2026-01-28"), "2026年1月28日");
    assert_eq!(format::date(Lang::En, "2026-01-28"), "28 Jan 2026");
    assert_eq!(format::date(Lang::Ja, "2025-12"), "2025年12月");
    assert_eq!(format::date(Lang::En, "2025-12"), "Dec 2025");
    assert_eq!(format::date(Lang::En, "2022"), "2022");
}

#[test]
fn text_that_is_not_a_date_is_left_alone() {
    assert_eq!(format::date(Lang::En, "mid-2026"), "mid-2026");
    assert_eq!(format::date(Lang::Ja, "2026-13-01"), "2026-13-01");
}

#[test]
fn counts_group_by_ten_thousand_in_japanese() {
    assert_eq!(format::count(Lang::Ja, 400_000.0), "40万");
    assert_eq!(format::count(Lang::En, 400_000.0), "400,000");
    assert_eq!(format::count(Lang::Ja, 75_000.0), "7.5万");
    assert_eq!(format::count(Lang::Ja, 2_000_000.0), "200万");
    assert_eq!(format::count(Lang::Ja, 2_368.0), "2,368");
    assert_eq!(format::count(Lang::Ja, 150_000_000_000.0), "1,500億");
}

#[test]
fn date_ranges_name_the_year_once() {
    assert_eq!(
        format::date_range(Lang::Ja, "2025-09-29", "2025-11-10"),
        "2025年9月29日〜11月10日"
    );
    assert_eq!(
        format::date_range(Lang::En, "2025-09-29", "2025-11-10"),
        "29 Sep – 10 Nov 2025"
    );
    assert_eq!(format::date_range(Lang::Ja, "2024-01", "2024-06"), "2024年1月〜6月");
    assert_eq!(
        format::date_range(Lang::En, "2024-01", "2024-06"),
        "Jan 2024 – Jun 2024"
    );
    assert_eq!(
        format::date_range(Lang::En, "2025-12-30", "2026-01-02"),
        "30 Dec 2025 – 2 Jan 2026"
    );
}
