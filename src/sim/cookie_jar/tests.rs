//! One test per rule of the jar, named for it: where a cookie goes (domain, path,
//! `Secure`), prefixes, order and refusals here; `SameSite` and lifetimes beside.

use chrono::{DateTime, Utc};
use url::Url;

use super::{CookieJar, Refused, RequestContext, SameSite, SiteContext, Stored};
use crate::sim::Method;

mod lifetime;
mod same_site;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

fn now() -> DateTime<Utc> {
    at("2026-01-01T09:00:00Z")
}

fn url(text: &str) -> Url {
    Url::parse(text).expect("a valid URL")
}

/// The user typed `target` into the address bar: a same-site top-level GET.
fn typed(target: &str) -> RequestContext {
    RequestContext::navigation(None, &url(target), Method::Get)
}

/// Stores `line` from a response to a typed request for `target`, at `now()`.
fn store(jar: &mut CookieJar, target: &str, line: &str) -> Result<Stored, Refused> {
    jar.store(&url(target), line, now(), typed(target))
}

/// The `Cookie` header of a typed request for `target` at `when`.
fn sent_at(jar: &mut CookieJar, target: &str, when: DateTime<Utc>) -> Option<String> {
    jar.header_for(&url(target), when, typed(target))
}

fn sent(jar: &mut CookieJar, target: &str) -> Option<String> {
    sent_at(jar, target, now())
}

fn added(name: &str) -> Stored {
    Stored::Added(name.to_owned())
}

fn header(text: &str) -> String {
    text.to_owned()
}

#[test]
fn a_cookie_without_domain_goes_only_to_the_host_that_set_it() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "sid=1"),
        Ok(added("sid"))
    );
    assert_eq!(
        sent(&mut jar, "https://auth.example/x"),
        Some(header("sid=1"))
    );
    assert_eq!(sent(&mut jar, "https://login.auth.example/"), None);
    assert!(jar.cookies().all(|cookie| cookie.host_only));
}

#[test]
fn a_cookie_with_domain_goes_to_that_domain_and_its_subdomains() {
    let mut jar = CookieJar::new();
    let stored = store(
        &mut jar,
        "https://login.auth.example/",
        "sid=1; Domain=.auth.example",
    );
    assert_eq!(stored, Ok(added("sid")));
    assert_eq!(
        sent(&mut jar, "https://auth.example/"),
        Some(header("sid=1"))
    );
    assert_eq!(
        sent(&mut jar, "https://api.auth.example/"),
        Some(header("sid=1"))
    );
    assert_eq!(sent(&mut jar, "https://evilauth.example/"), None);
}

#[test]
fn a_domain_that_does_not_cover_the_host_is_refused() {
    let mut jar = CookieJar::new();
    let refused = store(
        &mut jar,
        "https://attacker.example/",
        "sid=evil; Domain=auth.example",
    );
    assert_eq!(
        refused.map_err(|reason| reason.to_string()),
        Err(
            "Domain=auth.example does not cover the host attacker.example (RFC 6265bis §5.7)"
                .to_owned()
        )
    );
    assert_eq!(jar.cookies().count(), 0);
}

#[test]
fn a_domain_that_is_a_bare_top_level_name_is_refused() {
    let mut jar = CookieJar::new();
    let refused = store(
        &mut jar,
        "https://attacker.example/",
        "sid=evil; Domain=example",
    );
    assert_eq!(refused, Err(Refused::PublicSuffix("example".to_owned())));
    assert_eq!(
        refused.map_err(|reason| reason.to_string()),
        Err(
            "Domain=example is a public suffix: one site may not set cookies for all (RFC 6265bis §5.7)"
                .to_owned()
        )
    );
}

#[test]
fn a_domain_that_is_not_ascii_is_refused() {
    let mut jar = CookieJar::new();
    let refused = store(
        &mut jar,
        "https://auth.example/",
        "a=1; Domain=äuth.example",
    );
    assert_eq!(
        refused,
        Err(Refused::DomainNotAscii("äuth.example".to_owned()))
    );
}

#[test]
fn a_bare_domain_equal_to_the_host_makes_a_host_only_cookie() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "http://localhost/", "a=1; Domain=localhost"),
        Ok(added("a"))
    );
    assert!(jar.cookies().all(|cookie| cookie.host_only));
}

#[test]
fn a_cookie_without_path_gets_the_directory_of_the_request() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/login/form", "a=1"),
        Ok(added("a"))
    );
    let paths: Vec<&str> = jar.cookies().map(|cookie| cookie.path.as_str()).collect();
    assert_eq!(paths, ["/login"]);
    assert_eq!(
        sent(&mut jar, "https://auth.example/login"),
        Some(header("a=1"))
    );
    assert_eq!(
        sent(&mut jar, "https://auth.example/login/other"),
        Some(header("a=1"))
    );
    assert_eq!(sent(&mut jar, "https://auth.example/"), None);
    assert_eq!(sent(&mut jar, "https://auth.example/loginx"), None);
}

#[test]
fn a_path_attribute_limits_the_cookie_to_that_path_and_below() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "a=1; Path=/api"),
        Ok(added("a"))
    );
    assert_eq!(
        sent(&mut jar, "https://auth.example/api/photos"),
        Some(header("a=1"))
    );
    assert_eq!(sent(&mut jar, "https://auth.example/apis"), None);
    assert_eq!(sent(&mut jar, "https://auth.example/"), None);
}

#[test]
fn a_secure_cookie_from_an_insecure_origin_is_refused() {
    let mut jar = CookieJar::new();
    let refused = store(&mut jar, "http://auth.example/", "sid=1; Secure");
    assert_eq!(refused, Err(Refused::SecureOverInsecure));
}

#[test]
fn a_secure_cookie_is_sent_over_https_only() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "sid=1; Secure"),
        Ok(added("sid"))
    );
    assert_eq!(
        sent(&mut jar, "https://auth.example/"),
        Some(header("sid=1"))
    );
    assert_eq!(sent(&mut jar, "http://auth.example/"), None);
}

#[test]
fn loopback_http_counts_as_secure() {
    let mut jar = CookieJar::new();
    let stored = store(&mut jar, "http://localhost:8080/", "sid=1; Secure");
    assert_eq!(stored, Ok(added("sid")));
    assert_eq!(
        sent(&mut jar, "http://localhost:8080/"),
        Some(header("sid=1"))
    );
}

#[test]
fn an_insecure_origin_cannot_overwrite_a_secure_cookie() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "sid=good; Secure"),
        Ok(added("sid"))
    );
    let refused = store(&mut jar, "http://auth.example/", "sid=evil");
    assert_eq!(refused, Err(Refused::ShadowsSecure("sid".to_owned())));
    assert_eq!(
        sent(&mut jar, "https://auth.example/"),
        Some(header("sid=good"))
    );
}

#[test]
fn an_http_only_cookie_is_stored_and_sent() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "sid=1; HttpOnly"),
        Ok(added("sid"))
    );
    assert!(jar.cookies().all(|cookie| cookie.http_only));
    assert_eq!(
        sent(&mut jar, "https://auth.example/"),
        Some(header("sid=1"))
    );
}

#[test]
fn a_secure_prefix_requires_secure() {
    let mut jar = CookieJar::new();
    let refused = store(&mut jar, "https://auth.example/", "__Secure-sid=1");
    assert_eq!(refused, Err(Refused::SecurePrefix));
    let stored = store(&mut jar, "https://auth.example/", "__secure-sid=1; Secure");
    assert_eq!(stored, Ok(added("__secure-sid")));
}

#[test]
fn a_host_prefix_requires_secure_path_root_and_no_domain() {
    let mut jar = CookieJar::new();
    for line in [
        "__Host-sid=1; Path=/",
        "__Host-sid=1; Secure",
        "__Host-sid=1; Secure; Path=/login",
        "__Host-sid=1; Secure; Path=/; Domain=auth.example",
        "__HOST-sid=1; Path=/",
    ] {
        let refused = store(&mut jar, "https://auth.example/", line);
        assert_eq!(refused, Err(Refused::HostPrefix), "{line}");
    }
    let stored = store(
        &mut jar,
        "https://auth.example/",
        "__Host-sid=1; Secure; Path=/",
    );
    assert_eq!(stored, Ok(added("__Host-sid")));
}

#[test]
fn a_nameless_cookie_cannot_pretend_to_have_a_prefix() {
    let mut jar = CookieJar::new();
    let refused = store(&mut jar, "https://auth.example/", "=__Host-sid=1; Secure");
    assert_eq!(refused, Err(Refused::NamelessPrefix));
}

#[test]
fn a_nameless_cookie_is_sent_as_its_bare_value() {
    let mut jar = CookieJar::new();
    assert_eq!(
        store(&mut jar, "https://auth.example/", "token"),
        Ok(added(""))
    );
    assert_eq!(
        store(&mut jar, "https://auth.example/", "empty="),
        Ok(added("empty"))
    );
    assert_eq!(
        sent(&mut jar, "https://auth.example/"),
        Some(header("token; empty="))
    );
}

#[test]
fn cookies_with_longer_paths_come_first_then_the_older() {
    let mut jar = CookieJar::new();
    let site = url("https://auth.example/");
    let context = typed("https://auth.example/");
    let later = at("2026-01-01T09:05:00Z");
    for (line, when) in [
        ("root_old=1; Path=/", now()),
        ("deep=1; Path=/a/b", later),
        ("mid=1; Path=/a", now()),
        ("root_new=1; Path=/", later),
        ("root_same_second=1; Path=/", later),
    ] {
        assert!(jar.store(&site, line, when, context).is_ok(), "{line}");
    }
    let target = url("https://auth.example/a/b/c");
    assert_eq!(
        jar.header_for(&target, later, context),
        Some(header(
            "deep=1; mid=1; root_old=1; root_new=1; root_same_second=1"
        ))
    );
}

#[test]
fn an_invalid_set_cookie_is_ignored_with_its_reason() {
    let mut jar = CookieJar::new();
    let long = format!("a={}", "x".repeat(4096));
    for (line, reason) in [
        (
            "a=1\u{7}",
            "the line holds a control character (RFC 6265bis §5.6)",
        ),
        (
            "a=1\r\nSet-Cookie: b=2",
            "the line holds a control character (RFC 6265bis §5.6)",
        ),
        (
            " = ; Secure",
            "the cookie has neither a name nor a value (RFC 6265bis §5.6)",
        ),
        (
            &long,
            "name and value together exceed 4096 bytes (RFC 6265bis §5.6)",
        ),
    ] {
        let refused = store(&mut jar, "https://auth.example/", line);
        assert_eq!(
            refused.map_err(|r| r.to_string()),
            Err(reason.to_owned()),
            "{line}"
        );
    }
    let no_host = jar.store(
        &url("data:text/plain,x"),
        "a=1",
        now(),
        typed("https://a.example/"),
    );
    assert_eq!(no_host, Err(Refused::NoHost));
    assert_eq!(jar.cookies().count(), 0);
}

#[test]
fn a_request_with_no_matching_cookie_has_no_cookie_header() {
    let mut jar = CookieJar::new();
    assert_eq!(sent(&mut jar, "https://auth.example/"), None);
}
