//! `SameSite` and what counts as the same site (RFC 6265bis §5.2, §5.7, §5.8.3).

use super::*;

/// The jar after the authorization server set `sid` with `SameSite=<same_site>`.
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
