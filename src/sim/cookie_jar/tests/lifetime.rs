//! Expiry on the simulated clock, deletion and replacement (RFC 6265bis §5.6, §5.7).

use super::*;

#[test]
fn max_age_wins_over_expires_wherever_it_stands() {
    let mut jar = CookieJar::new();
    let line = "a=1; Max-Age=60; Expires=Thu, 01 Jan 2026 10:00:00 GMT";
    assert_eq!(
        store(&mut jar, "https://auth.example/", line),
        Ok(added("a"))
    );
    let line = "b=1; Expires=Thu, 01 Jan 2026 10:00:00 GMT; Max-Age=60";
    assert_eq!(
        store(&mut jar, "https://auth.example/", line),
        Ok(added("b"))
    );
    let expiries: Vec<_> = jar.cookies().map(|cookie| cookie.expires).collect();
    assert_eq!(expiries, [Some(at("2026-01-01T09:01:00Z")); 2]);
}

#[test]
fn a_cookie_expires_on_the_simulated_clock_and_is_evicted() {
    let mut jar = CookieJar::new();
    let line = "a=1; Expires=Thu, 01 Jan 2026 10:00:00 GMT";
    assert_eq!(
        store(&mut jar, "https://auth.example/", line),
        Ok(added("a"))
    );
    assert_eq!(
        store(&mut jar, "https://auth.example/", "b=2; Max-Age=60"),
        Ok(added("b"))
    );
    let before = at("2026-01-01T09:00:59Z");
    assert_eq!(
        sent_at(&mut jar, "https://auth.example/", before),
        Some(header("a=1; b=2"))
    );
    let at_expiry = at("2026-01-01T09:01:00Z");
    assert_eq!(
        sent_at(&mut jar, "https://auth.example/", at_expiry),
        Some(header("a=1"))
    );
    assert_eq!(jar.cookies().count(), 1);
}

#[test]
fn no_cookie_lives_longer_than_400_days() {
    let mut jar = CookieJar::new();
    let line = "a=1; Max-Age=999999999";
    assert_eq!(
        store(&mut jar, "https://auth.example/", line),
        Ok(added("a"))
    );
    let line = "b=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT";
    assert_eq!(
        store(&mut jar, "https://auth.example/", line),
        Ok(added("b"))
    );
    let expiries: Vec<_> = jar.cookies().map(|cookie| cookie.expires).collect();
    assert_eq!(expiries, [Some(at("2027-02-05T09:00:00Z")); 2]);
}

#[test]
fn max_age_zero_deletes_the_cookie() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "sid=1"),
        Ok(added("sid"))
    );
    let deleted = store(&mut jar, "https://auth.example/", "sid=; Max-Age=0");
    assert_eq!(deleted, Ok(Stored::Deleted("sid".to_owned())));
    assert_eq!(sent(&mut jar, "https://auth.example/"), None);
    let again = store(&mut jar, "https://auth.example/", "sid=; Max-Age=0");
    assert_eq!(again, Ok(Stored::Discarded("sid".to_owned())));
}

#[test]
fn an_expires_in_the_past_deletes_the_cookie() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "sid=1"),
        Ok(added("sid"))
    );
    let line = "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
    let deleted = store(&mut jar, "https://auth.example/", line);
    assert_eq!(deleted, Ok(Stored::Deleted("sid".to_owned())));
    assert_eq!(jar.cookies().count(), 0);
}

#[test]
fn deletion_removes_only_the_cookie_of_the_same_domain_and_path() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "sid=1; Path=/a"),
        Ok(added("sid"))
    );
    let other_path = store(&mut jar, "https://auth.example/", "sid=; Max-Age=0");
    assert_eq!(other_path, Ok(Stored::Discarded("sid".to_owned())));
    assert_eq!(jar.cookies().count(), 1);
}

#[test]
fn replacing_a_cookie_keeps_its_creation_time() {
    let mut jar = CookieJar::new();
    let url_a = url("https://auth.example/");
    let context = typed("https://auth.example/");
    assert_eq!(jar.store(&url_a, "a=1", now(), context), Ok(added("a")));
    let later = at("2026-01-01T09:05:00Z");
    assert_eq!(jar.store(&url_a, "b=1", later, context), Ok(added("b")));
    let replaced = jar.store(&url_a, "a=2; HttpOnly", later, context);
    assert_eq!(replaced, Ok(Stored::Replaced("a".to_owned())));
    let created: Vec<_> = jar
        .cookies()
        .map(|c| (c.value.as_str(), c.created))
        .collect();
    assert_eq!(created, [("2", now()), ("1", later)]);
    assert_eq!(
        jar.header_for(&url_a, later, context),
        Some(header("a=2; b=1"))
    );
}

#[test]
fn remove_expired_returns_what_it_removed() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "short=1; Max-Age=10"),
        Ok(added("short"))
    );
    assert_eq!(
        store(&mut jar, "https://auth.example/", "session=1"),
        Ok(added("session"))
    );
    assert!(jar.remove_expired(at("2026-01-01T09:00:09Z")).is_empty());
    let removed = jar.remove_expired(at("2026-01-01T09:00:10Z"));
    let names: Vec<&str> = removed.iter().map(|cookie| cookie.name.as_str()).collect();
    assert_eq!(names, ["short"]);
    let left: Vec<&str> = jar.cookies().map(|cookie| cookie.name.as_str()).collect();
    assert_eq!(left, ["session"]);
}
