//! The `Expires` date as browsers read it (RFC 6265bis §5.1.1): not strictly an
//! HTTP-date, but any text in which a time, a day, a month and a year can be found,
//! because servers have sent every date format there is. `Thu, 01 Jan 2026 09:00:00
//! GMT`, `Thursday, 01-Jan-26 09:00:00 GMT` and `Thu Jan  1 09:00:00 2026` all work.

use chrono::{DateTime, NaiveDate, Utc};

/// Reads a cookie date, or `None` where §5.1.1 says to fail (a part missing, a field
/// out of range, a day the month does not have, a year before 1601).
pub(super) fn parse(text: &str) -> Option<DateTime<Utc>> {
    let mut found = Found::default();
    text.as_bytes()
        .split(|byte| is_delimiter(*byte))
        .filter(|token| !token.is_empty())
        .for_each(|token| found.take(token));
    found.date()
}

/// §5.1.1's `delimiter`: every printable ASCII character except digits, letters and
/// `:`, plus HTAB. Everything else belongs to a date token.
fn is_delimiter(byte: u8) -> bool {
    matches!(byte, 0x09 | 0x20..=0x2F | 0x3B..=0x40 | 0x5B..=0x60 | 0x7B..=0x7E)
}

/// The parts found so far; each takes the first token that fits it (§5.1.1 step 2).
#[derive(Default)]
struct Found {
    time: Option<(u32, u32, u32)>,
    day: Option<u32>,
    month: Option<u32>,
    year: Option<u32>,
}

impl Found {
    /// Tries the token as a time, then a day, a month, a year, in the RFC's order.
    fn take(&mut self, token: &[u8]) {
        if self.time.is_none()
            && let Some(time) = time(token)
        {
            self.time = Some(time);
        } else if self.day.is_none()
            && let Some(day) = number(token, 1, 2)
        {
            self.day = Some(day);
        } else if self.month.is_none()
            && let Some(month) = month(token)
        {
            self.month = Some(month);
        } else if self.year.is_none() {
            self.year = number(token, 2, 4);
        }
    }

    /// §5.1.1 steps 3 to 6: two-digit years, the range checks, and the calendar.
    fn date(&self) -> Option<DateTime<Utc>> {
        let (hour, minute, second) = self.time?;
        let year = match self.year? {
            year @ 70..=99 => year + 1900,
            year @ 0..=69 => year + 2000,
            year => year,
        };
        if year < 1601 || hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        let day = self.day.filter(|day| (1..=31).contains(day))?;
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, self.month?, day)?
            .and_hms_opt(hour, minute, second)
            .map(|naive| naive.and_utc())
    }
}

/// `hms-time`: three fields of one or two digits separated by `:`, then nothing or a
/// non-digit.
fn time(token: &[u8]) -> Option<(u32, u32, u32)> {
    let (hour, rest) = leading_digits(token, 1, 2)?;
    let (minute, rest) = leading_digits(rest.strip_prefix(b":")?, 1, 2)?;
    let (second, _) = leading_digits(rest.strip_prefix(b":")?, 1, 2)?;
    Some((hour, minute, second))
}

/// The first three letters of a month's English name, in any case, then anything.
fn month(token: &[u8]) -> Option<u32> {
    const MONTHS: [&[u8; 3]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    let prefix = token.get(..3)?;
    let index = MONTHS
        .iter()
        .position(|name| prefix.eq_ignore_ascii_case(*name))?;
    u32::try_from(index + 1).ok()
}

/// A token that starts with `min` to `max` digits followed by nothing or a non-digit
/// (`day-of-month`, `year`).
fn number(token: &[u8], min: usize, max: usize) -> Option<u32> {
    leading_digits(token, min, max).map(|(value, _)| value)
}

/// The value of the run of digits `token` starts with, when it is `min` to `max`
/// digits long, and what follows it. At most four digits, so it cannot overflow.
fn leading_digits(token: &[u8], min: usize, max: usize) -> Option<(u32, &[u8])> {
    let length = token
        .iter()
        .take_while(|byte| byte.is_ascii_digit())
        .count();
    if !(min..=max).contains(&length) {
        return None;
    }
    let (digits, rest) = token.split_at(length);
    let value = digits
        .iter()
        .fold(0, |value, digit| value * 10 + u32::from(digit - b'0'));
    Some((value, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<String> {
        parse(text).map(|date| date.to_rfc3339())
    }

    #[test]
    fn the_three_http_date_formats_are_read() {
        let expected = Some("2026-01-01T09:00:00+00:00".to_owned());
        assert_eq!(at("Thu, 01 Jan 2026 09:00:00 GMT"), expected);
        assert_eq!(at("Thursday, 01-Jan-26 09:00:00 GMT"), expected);
        assert_eq!(at("Thu Jan  1 09:00:00 2026"), expected);
    }

    #[test]
    fn two_digit_years_from_70_are_the_1900s_and_below_are_the_2000s() {
        assert_eq!(
            at("1 Jan 70 00:00:00"),
            Some("1970-01-01T00:00:00+00:00".to_owned())
        );
        assert_eq!(
            at("1 Jan 69 00:00:00"),
            Some("2069-01-01T00:00:00+00:00".to_owned())
        );
    }

    #[test]
    fn a_date_missing_a_part_or_out_of_range_is_no_date() {
        for text in [
            "Thu, 01 Jan 2026",
            "01 Jan 2026 24:00:00",
            "01 Jan 2026 09:60:00",
            "32 Jan 2026 09:00:00",
            "00 Jan 2026 09:00:00",
            "30 Feb 2026 09:00:00",
            "01 Jan 1600 09:00:00",
            "01 Foo 2026 09:00:00",
            "",
            "tomorrow",
        ] {
            assert_eq!(at(text), None, "{text}");
        }
    }

    #[test]
    fn each_part_is_the_first_token_that_fits_it() {
        // "2026" has too many digits for a day, so it is the year; "Decimal" is a month.
        assert_eq!(
            at("2026 12 Decimal 9:5:1"),
            Some("2026-12-12T09:05:01+00:00".to_owned())
        );
    }
}
