//! One test per rule of the jar, named for it.

use chrono::{DateTime, Utc};
use url::Url;

use super::{CookieJar, Refused, RequestContext, SameSite, SiteContext, Stored};
use crate::sim::Method;

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

/// The jar after the authorization server set `name` with `SameSite=<same_site>`.
fn jar_with(same_site: &str) -> CookieJar {
    let mut jar = CookieJar::new();
    let line = format!("sid=1; Secure; SameSite={same_site}");
    assert_eq!(
        store(&mut jar, "https://auth.example/", &line),
        Ok(added("sid"))
    );
    jar
}

/// Requests to the authorization server: from its own page, and from
/// printer.example (another site) as a link, a form POST and an image.
fn from_each_context(jar: &mut CookieJar) -> [Option<String>; 4] {
    let target = url("https://auth.example/authorize");
    let own = url("https://auth.example/");
    let other = url("https://printer.example/");
    [
        RequestContext::navigation(Some(&own), &target, Method::Post),
        RequestContext::navigation(Some(&other), &target, Method::Get),
        RequestContext::navigation(Some(&other), &target, Method::Post),
        RequestContext::subresource(&other, &target, Method::Get),
    ]
    .map(|context| jar.header_for(&target, now(), context))
}

#[test]
fn same_site_strict_is_sent_on_same_site_requests_only() {
    let mut jar = jar_with("Strict");
    assert_eq!(
        from_each_context(&mut jar),
        [Some(header("sid=1")), None, None, None]
    );
}

#[test]
fn same_site_lax_is_also_sent_on_cross_site_top_level_get_navigations() {
    let mut jar = jar_with("Lax");
    let sid = Some(header("sid=1"));
    assert_eq!(from_each_context(&mut jar), [sid.clone(), sid, None, None]);
}

#[test]
fn same_site_none_is_sent_on_every_request() {
    let mut jar = jar_with("None");
    assert_eq!(
        from_each_context(&mut jar),
        [(); 4].map(|()| Some(header("sid=1")))
    );
}

#[test]
fn same_site_defaults_to_lax() {
    let mut jar = jar_with("Sometimes");
    assert!(
        jar.cookies()
            .all(|cookie| cookie.same_site == SameSite::Lax)
    );
    let sid = Some(header("sid=1"));
    assert_eq!(from_each_context(&mut jar), [sid.clone(), sid, None, None]);
}

#[test]
fn same_site_none_without_secure_is_refused() {
    let mut jar = CookieJar::new();
    let refused = store(&mut jar, "https://auth.example/", "sid=1; SameSite=None");
    assert_eq!(refused, Err(Refused::NoneWithoutSecure));
}

#[test]
fn a_cross_site_subresource_cannot_set_a_lax_cookie_but_a_navigation_can() {
    let mut jar = CookieJar::new();
    let target = url("https://auth.example/");
    let other = url("https://printer.example/");
    let image = RequestContext::subresource(&other, &target, Method::Get);
    assert_eq!(
        jar.store(&target, "a=1", now(), image),
        Err(Refused::CrossSite(SameSite::Lax))
    );
    assert_eq!(
        jar.store(&target, "b=1; Secure; SameSite=None", now(), image),
        Ok(added("b"))
    );
    let link = RequestContext::navigation(Some(&other), &target, Method::Post);
    assert_eq!(
        jar.store(&target, "c=1; SameSite=Strict", now(), link),
        Ok(added("c"))
    );
}

#[test]
fn sites_are_the_scheme_and_the_last_two_labels() {
    let auth = url("https://auth.example/");
    let site = |other: &str| SiteContext::between(&url(other), &auth);
    assert_eq!(site("https://login.auth.example/"), SiteContext::SameSite);
    assert_eq!(site("https://printer.example/"), SiteContext::CrossSite);
    assert_eq!(site("http://auth.example/"), SiteContext::CrossSite);
}

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

#[test]
fn a_request_with_no_matching_cookie_has_no_cookie_header() {
    let mut jar = CookieJar::new();
    assert_eq!(sent(&mut jar, "https://auth.example/"), None);
}
