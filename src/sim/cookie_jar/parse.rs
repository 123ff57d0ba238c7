//! Reading one `Set-Cookie` line (RFC 6265bis §5.6) the lenient way browsers do: an
//! attribute the browser cannot read is ignored, not the cookie; only a control
//! character, a missing name and value, or an oversized pair loses the whole line.

use chrono::{DateTime, TimeDelta, Utc};
use url::Url;

use super::super::clock;
use super::{Refused, SameSite, date, site};

/// §5.6 step 6 and §5.7 step 4: name and value together may hold 4096 bytes.
const MAX_PAIR: usize = 4096;
/// §5.6: an attribute value longer than 1024 bytes is ignored.
const MAX_ATTRIBUTE: usize = 1024;
/// §5.5: no cookie lives longer than 400 days, whatever the server asks.
const MAX_LIFETIME_SECONDS: u64 = 400 * 24 * 60 * 60;

/// What one `Set-Cookie` line asks for, its times already on the simulated clock.
#[derive(Debug, PartialEq)]
pub(super) struct SetCookie {
    pub name: String,
    pub value: String,
    /// When it expires: the last valid `Max-Age`, else the last valid `Expires`
    /// (§5.7 step 6); `None` for a session cookie.
    pub expires: Option<DateTime<Utc>>,
    /// The last non-empty `Domain`, lower-cased, without a leading dot.
    pub domain: Option<String>,
    /// The last `Path` attribute (the default path where its value is no path).
    pub path: Option<String>,
    pub secure: bool,
    pub http_only: bool,
    pub same_site: SameSite,
}

/// Parses `line`, received from `url` at `now`.
pub(super) fn set_cookie(line: &str, url: &Url, now: DateTime<Utc>) -> Result<SetCookie, Refused> {
    if line
        .bytes()
        .any(|byte| byte.is_ascii_control() && byte != b'\t')
    {
        return Err(Refused::ControlCharacter);
    }
    let (pair, attributes) = line.split_once(';').unwrap_or((line, ""));
    let (name, value) = pair.split_once('=').unwrap_or(("", pair));
    let (name, value) = (trim(name), trim(value));
    if name.is_empty() && value.is_empty() {
        return Err(Refused::NoNameOrValue);
    }
    if name.len() + value.len() > MAX_PAIR {
        return Err(Refused::TooLong);
    }
    let mut cookie = SetCookie {
        name: name.to_owned(),
        value: value.to_owned(),
        expires: None,
        domain: None,
        path: None,
        secure: false,
        http_only: false,
        same_site: SameSite::Lax,
    };
    let mut max_age = None;
    for attribute in attributes.split(';') {
        let (key, value) = attribute.split_once('=').unwrap_or((attribute, ""));
        let value = trim(value);
        if value.len() <= MAX_ATTRIBUTE {
            cookie.apply(trim(key), value, url, now, &mut max_age);
        }
    }
    cookie.expires = max_age.or(cookie.expires);
    Ok(cookie)
}

impl SetCookie {
    /// Applies one attribute (§5.6.1 to §5.6.7); a later one of the same name wins.
    /// `Max-Age` is kept apart because it wins over `Expires` wherever it stands.
    fn apply(
        &mut self,
        key: &str,
        value: &str,
        url: &Url,
        now: DateTime<Utc>,
        max_age: &mut Option<DateTime<Utc>>,
    ) {
        match key.to_ascii_lowercase().as_str() {
            "expires" => {
                if let Some(at) = date::parse(value) {
                    self.expires = Some(at.min(clock::later(now, MAX_LIFETIME_SECONDS)));
                }
            }
            "max-age" => {
                if let Some(at) = max_age_expiry(value, now) {
                    *max_age = Some(at);
                }
            }
            "domain" if !value.is_empty() => {
                let domain = value.strip_prefix('.').unwrap_or(value);
                self.domain = Some(domain.to_lowercase());
            }
            "path" => {
                self.path = Some(if value.starts_with('/') {
                    value.to_owned()
                } else {
                    site::default_path(url).to_owned()
                });
            }
            "secure" => self.secure = true,
            "httponly" => self.http_only = true,
            "samesite" => self.same_site = SameSite::from_attribute(value),
            _ => {}
        }
    }
}

/// §5.6.2: `Max-Age` is an optional `-` and digits, or it is ignored. Zero or less
/// means "already expired" (the earliest representable time); more than 400 days
/// is cut to 400 days. Digits beyond `u64` are still "more than 400 days".
fn max_age_expiry(value: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let (negative, digits) = match value.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, value),
    };
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let seconds = digits.parse::<u64>().unwrap_or(u64::MAX);
    if negative || seconds == 0 {
        return Some(DateTime::<Utc>::MIN_UTC);
    }
    let seconds = seconds.min(MAX_LIFETIME_SECONDS);
    Some(
        TimeDelta::try_seconds(i64::try_from(seconds).ok()?)
            .and_then(|lifetime| now.checked_add_signed(lifetime))
            .unwrap_or_else(clock::limit),
    )
}

/// Strips the whitespace §5.6 strips: spaces and horizontal tabs.
fn trim(text: &str) -> &str {
    text.trim_matches([' ', '\t'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_767_258_000, 0).unwrap_or_default()
    }

    fn parse(line: &str) -> Result<SetCookie, Refused> {
        let url = Url::parse("https://auth.example/login/form").expect("a valid URL");
        set_cookie(line, &url, now())
    }

    #[test]
    fn name_value_and_attributes_are_trimmed_and_case_insensitive() {
        let cookie =
            parse(" sid = abc ; SECURE;httponly ; SameSite = strict; DOMAIN=.Auth.Example");
        assert_eq!(
            cookie,
            Ok(SetCookie {
                name: "sid".to_owned(),
                value: "abc".to_owned(),
                expires: None,
                domain: Some("auth.example".to_owned()),
                path: None,
                secure: true,
                http_only: true,
                same_site: SameSite::Strict,
            })
        );
    }

    #[test]
    fn a_pair_without_equals_is_a_value_with_an_empty_name() {
        let cookie = parse("lonely").map(|c| (c.name, c.value));
        assert_eq!(cookie, Ok((String::new(), "lonely".to_owned())));
    }

    #[test]
    fn an_unreadable_attribute_is_ignored_and_the_cookie_kept() {
        let cookie =
            parse("a=1; Max-Age=soon; Expires=tomorrow; Domain=; Path=relative; SameSite=Maybe");
        let cookie = cookie.map(|c| (c.expires, c.domain, c.path, c.same_site));
        assert_eq!(
            cookie,
            Ok((None, None, Some("/login".to_owned()), SameSite::Lax))
        );
    }

    #[test]
    fn an_attribute_value_over_1024_bytes_is_ignored() {
        let line = format!("a=1; Path=/{}", "p".repeat(1024));
        assert_eq!(parse(&line).map(|c| c.path), Ok(None));
    }

    #[test]
    fn max_age_accepts_only_an_optional_minus_and_digits() {
        assert_eq!(max_age_expiry("+5", now()), None);
        assert_eq!(max_age_expiry("5s", now()), None);
        assert_eq!(max_age_expiry("-", now()), None);
        assert_eq!(max_age_expiry("-1", now()), Some(DateTime::<Utc>::MIN_UTC));
        assert_eq!(
            max_age_expiry("60", now()),
            now().checked_add_signed(TimeDelta::seconds(60))
        );
        assert_eq!(
            max_age_expiry("99999999999999999999999", now()),
            Some(clock::later(now(), MAX_LIFETIME_SECONDS))
        );
    }
}
