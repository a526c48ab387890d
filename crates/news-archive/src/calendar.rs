//! Calendar dates from day counts, for the dates the tool writes, and the
//! time now in the company's time zone.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::content::COMPANY_UTC_OFFSET;

/// China Standard Time, which has no daylight saving.
const COMPANY_OFFSET_SECONDS: i64 = 8 * 3600;

/// Now, as an RFC 3339 time in the company's time zone.
pub fn company_now() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs() as i64);
    company_time(now)
}

/// `seconds` since 1970 as an RFC 3339 time in the company's time zone.
pub fn company_time(seconds: i64) -> String {
    let local = seconds + COMPANY_OFFSET_SECONDS;
    let (days, of_day) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}{COMPANY_UTC_OFFSET}",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
