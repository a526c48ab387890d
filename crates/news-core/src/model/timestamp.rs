//! RFC 3339 date-times as JSON Feed uses them. The app only validates, orders
//! and prints calendar dates, which does not justify a date library in the wasm.

use std::cmp::Ordering;

/// A calendar date as the publisher wrote it (their local date, not UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A validated RFC 3339 date-time that keeps its original text for `<time datetime>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timestamp {
    text: String,
    date: CalendarDate,
    seconds_since_epoch: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidTimestamp;

impl Timestamp {
    pub fn parse(text: &str) -> Result<Self, InvalidTimestamp> {
        let bytes = text.as_bytes();
        let year = number(bytes, 0, 4)?;
        separator(bytes, 4, b"-")?;
        let month = number(bytes, 5, 2)?;
        separator(bytes, 7, b"-")?;
        let day = number(bytes, 8, 2)?;
        separator(bytes, 10, b"Tt")?;
        let hour = number(bytes, 11, 2)?;
        separator(bytes, 13, b":")?;
        let minute = number(bytes, 14, 2)?;
        separator(bytes, 16, b":")?;
        let second = number(bytes, 17, 2)?;
        let offset_start = skip_fraction(bytes, 19)?;
        let offset_minutes = utc_offset_minutes(bytes, offset_start)?;

        let valid = (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
            && hour <= 23
            && minute <= 59
            && second <= 60;
        if !valid {
            return Err(InvalidTimestamp);
        }
        let days = days_since_epoch(i64::from(year), i64::from(month), i64::from(day));
        let seconds_of_day = i64::from(hour * 3600 + minute * 60 + second);
        Ok(Self {
            text: text.to_owned(),
            date: CalendarDate {
                year: year as u16,
                month: month as u8,
                day: day as u8,
            },
            seconds_since_epoch: days * 86_400 + seconds_of_day - offset_minutes * 60,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn date(&self) -> CalendarDate {
        self.date
    }

    /// The year as written (`2023`): what the archive by year is named and
    /// filtered by. Parsing checked that the text starts with four digits.
    pub fn year_text(&self) -> &str {
        self.text.get(..4).unwrap_or_default()
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.seconds_since_epoch
            .cmp(&other.seconds_since_epoch)
            .then_with(|| self.text.cmp(&other.text))
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn number(bytes: &[u8], at: usize, len: usize) -> Result<u32, InvalidTimestamp> {
    let digits = bytes.get(at..at + len).ok_or(InvalidTimestamp)?;
    digits.iter().try_fold(0, |value, &byte| {
        if byte.is_ascii_digit() {
            Ok(value * 10 + u32::from(byte - b'0'))
        } else {
            Err(InvalidTimestamp)
        }
    })
}

fn separator(bytes: &[u8], at: usize, allowed: &[u8]) -> Result<(), InvalidTimestamp> {
    match bytes.get(at) {
        Some(byte) if allowed.contains(byte) => Ok(()),
        _ => Err(InvalidTimestamp),
    }
}

/// Returns where the UTC offset starts, after optional fractional seconds.
fn skip_fraction(bytes: &[u8], at: usize) -> Result<usize, InvalidTimestamp> {
    if bytes.get(at) != Some(&b'.') {
        return Ok(at);
    }
    let digits = bytes[at + 1..]
        .iter()
        .take_while(|byte| byte.is_ascii_digit())
        .count();
    if digits == 0 {
        return Err(InvalidTimestamp);
    }
    Ok(at + 1 + digits)
}

fn utc_offset_minutes(bytes: &[u8], at: usize) -> Result<i64, InvalidTimestamp> {
    match bytes.get(at..) {
        Some([b'Z' | b'z']) => Ok(0),
        Some([sign @ (b'+' | b'-'), _, _, b':', _, _]) => {
            let hours = number(bytes, at + 1, 2)?;
            let minutes = number(bytes, at + 4, 2)?;
            if hours > 23 || minutes > 59 {
                return Err(InvalidTimestamp);
            }
            let offset = i64::from(hours * 60 + minutes);
            Ok(if *sign == b'-' { -offset } else { offset })
        }
        _ => Err(InvalidTimestamp),
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
fn days_since_epoch(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    type Outcome = Result<(), InvalidTimestamp>;

    fn parse(text: &str) -> Result<Timestamp, InvalidTimestamp> {
        Timestamp::parse(text)
    }

    #[test]
    fn keeps_the_publishers_calendar_date_and_text() -> Outcome {
        let stamp = parse("2021-05-14T09:30:00+08:00")?;
        let expected = CalendarDate {
            year: 2021,
            month: 5,
            day: 14,
        };
        assert_eq!(stamp.date(), expected);
        assert_eq!(stamp.as_str(), "2021-05-14T09:30:00+08:00");
        // The publisher's year, even where the instant falls in another in UTC.
        assert_eq!(parse("2024-01-01T07:00:00+08:00")?.year_text(), "2024");
        Ok(())
    }

    #[test]
    fn counts_seconds_from_the_epoch_in_utc() -> Outcome {
        assert_eq!(parse("1970-01-01T00:00:00Z")?.seconds_since_epoch, 0);
        assert_eq!(parse("1970-01-01T08:00:00+08:00")?.seconds_since_epoch, 0);
        assert_eq!(parse("1969-12-31T19:00:00-05:00")?.seconds_since_epoch, 0);
        assert_eq!(
            parse("2000-03-01T00:00:00Z")?.seconds_since_epoch,
            951_868_800
        );
        assert_eq!(
            parse("2021-05-14T00:00:00Z")?.seconds_since_epoch,
            1_620_950_400
        );
        Ok(())
    }

    #[test]
    fn orders_by_instant_not_by_text() -> Outcome {
        let beijing_morning = parse("2024-01-02T07:00:00+08:00")?;
        let london_night = parse("2024-01-01T23:30:00Z")?;
        assert!(london_night > beijing_morning);
        Ok(())
    }

    #[test]
    fn accepts_fractions_lowercase_separators_leap_days_and_seconds() -> Outcome {
        parse("2019-12-31t23:59:59.123456z")?;
        parse("2016-12-31T23:59:60-05:00")?;
        parse("2024-02-29T12:00:00Z")?;
        parse("2000-02-29T12:00:00Z")?;
        Ok(())
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in [
            "",
            "2021-05-14",
            "14/05/2021",
            "2021-5-14T00:00:00Z",
            "2021-05-14 00:00:00Z",
            "2021-05-14T00:00:00",
            "2021-13-01T00:00:00Z",
            "2021-00-10T00:00:00Z",
            "2021-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "2021-04-31T00:00:00Z",
            "2021-05-00T00:00:00Z",
            "2021-05-14T24:00:00Z",
            "2021-05-14T12:60:00Z",
            "2021-05-14T12:00:61Z",
            "2021-05-14T12:00:00.Z",
            "2021-05-14T12:00:00+8:00",
            "2021-05-14T12:00:00+24:00",
            "2021-05-14T12:00:00Z trailing",
            "\u{ff12}\u{ff10}21-05-14T00:00:00Z",
        ] {
            assert_eq!(parse(bad), Err(InvalidTimestamp), "{bad:?} was accepted");
        }
    }
}
