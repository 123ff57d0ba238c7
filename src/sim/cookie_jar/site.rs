//! Where a cookie belongs: which hosts and paths it matches (RFC 6265bis §5.1.3,
//! §5.1.4), which origins are secure enough for a `Secure` cookie, and which URLs are
//! the same site (§5.2).

use std::net::Ipv4Addr;

use url::{Host, Url};

/// §5.1.3: `host` domain-matches `domain` when they are the same string, or when
/// `host` ends with `.` + `domain` and is a name, not an IP address (`1.2.3.4` does not
/// belong to `3.4`).
pub(super) fn domain_match(host: &str, domain: &str) -> bool {
    host == domain
        || (!is_ip(host)
            && host
                .strip_suffix(domain)
                .is_some_and(|head| head.ends_with('.')))
}

/// A canonical host as `Url` writes it is an IP address when it is an IPv6 literal in
/// brackets or a dotted IPv4 address.
fn is_ip(host: &str) -> bool {
    host.starts_with('[') || host.parse::<Ipv4Addr>().is_ok()
}

/// §5.1.4: a cookie for `/docs` goes to `/docs`, `/docs/` and `/docs/a`, never to
/// `/docsets`: the cookie's path must end where a path segment ends.
pub(super) fn path_match(request_path: &str, cookie_path: &str) -> bool {
    request_path
        .strip_prefix(cookie_path)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/') || cookie_path.ends_with('/'))
}

/// §5.1.4's default-path: the directory of the URL that set the cookie, so a cookie
/// set by `/login/form` without `Path` goes to everything under `/login`.
pub(super) fn default_path(url: &Url) -> &str {
    let path = url.path();
    match path.rfind('/') {
        Some(last) if last > 0 && path.starts_with('/') => &path[..last],
        _ => "/",
    }
}

/// Whether the jar treats a connection to `url` as secure: `https`, or a loopback
/// host, which browsers count as a "potentially trustworthy origin" (W3C Secure
/// Contexts §3.2) because the bytes never leave the machine. RFC 6265bis leaves
/// "secure" to the user agent (§5.7 step 13 note).
pub(super) fn is_secure(url: &Url) -> bool {
    url.scheme() == "https"
        || match url.host() {
            Some(Host::Domain(name)) => name == "localhost" || name.ends_with(".localhost"),
            Some(Host::Ipv4(address)) => address.is_loopback(),
            Some(Host::Ipv6(address)) => address.is_loopback(),
            None => false,
        }
}

/// Whether two URLs are the same site (HTML's schemeful "same site", which §5.2
/// uses): the same scheme and the same registrable domain. A URL without a host is
/// an opaque origin, the same site as nothing.
pub(super) fn same_site(a: &Url, b: &Url) -> bool {
    let site = |url: &Url| {
        url.host_str()
            .map(|host| (url.scheme().to_owned(), registrable_domain(host).to_owned()))
    };
    site(a).is_some_and(|site_a| site(b).is_some_and(|site_b| site_a == site_b))
}

/// The registrable domain of a host: its last two labels. The simulation has no
/// public suffix list, so `auth.example` and `printer.example` are two sites (as
/// `auth.example.com` and `printer.example.com` would not be), and `co.uk` would
/// count as registrable. An IP address is its own site.
fn registrable_domain(host: &str) -> &str {
    if is_ip(host) {
        return host;
    }
    host.rmatch_indices('.')
        .nth(1)
        .map_or(host, |(dot, _)| &host[dot + 1..])
}

/// Whether a `Domain` attribute names a whole top-level domain (`example`, `com`):
/// without a public suffix list, a name with no dot stands in for a public suffix,
/// which §5.7 step 9 refuses so one site cannot set cookies for every other.
pub(super) fn is_public_suffix(domain: &str) -> bool {
    !domain.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    #[test]
    fn a_host_domain_matches_itself_and_its_parents_only() {
        assert!(domain_match("auth.example", "auth.example"));
        assert!(domain_match("login.auth.example", "auth.example"));
        assert!(!domain_match("evilauth.example", "auth.example"));
        assert!(!domain_match("auth.example", "login.auth.example"));
        assert!(!domain_match("10.0.0.1", "0.0.1"));
        assert!(domain_match("10.0.0.1", "10.0.0.1"));
    }

    #[test]
    fn paths_match_on_segment_boundaries() {
        assert!(path_match("/docs", "/docs"));
        assert!(path_match("/docs/", "/docs"));
        assert!(path_match("/docs/a", "/docs"));
        assert!(path_match("/docs/a", "/docs/"));
        assert!(path_match("/anything", "/"));
        assert!(!path_match("/docsets", "/docs"));
        assert!(!path_match("/doc", "/docs"));
    }

    #[test]
    fn the_default_path_is_the_directory_of_the_request() {
        assert_eq!(default_path(&url("https://a.example/login/form")), "/login");
        assert_eq!(default_path(&url("https://a.example/login/")), "/login");
        assert_eq!(default_path(&url("https://a.example/login")), "/");
        assert_eq!(default_path(&url("https://a.example/")), "/");
        assert_eq!(default_path(&url("https://a.example/a/b/c?x=/y")), "/a/b");
    }

    #[test]
    fn https_and_loopback_are_secure_and_other_http_is_not() {
        assert!(is_secure(&url("https://auth.example/")));
        assert!(is_secure(&url("http://localhost:8080/")));
        assert!(is_secure(&url("http://app.localhost/")));
        assert!(is_secure(&url("http://127.0.0.1/")));
        assert!(is_secure(&url("http://[::1]/")));
        assert!(!is_secure(&url("http://auth.example/")));
        assert!(!is_secure(&url("http://10.0.0.1/")));
    }

    #[test]
    fn the_site_is_the_scheme_and_the_last_two_labels() {
        let auth = url("https://auth.example/authorize");
        assert!(same_site(&auth, &url("https://login.auth.example/")));
        assert!(!same_site(&auth, &url("https://printer.example/")));
        assert!(!same_site(&auth, &url("http://auth.example/")));
        assert!(same_site(
            &url("https://localhost/"),
            &url("https://localhost:8443/")
        ));
        assert!(!same_site(
            &url("https://10.0.0.1/"),
            &url("https://20.0.0.1/")
        ));
        assert!(!same_site(
            &url("data:text/plain,x"),
            &url("data:text/plain,x")
        ));
    }

    #[test]
    fn a_name_without_a_dot_stands_for_a_public_suffix() {
        assert!(is_public_suffix("example"));
        assert!(!is_public_suffix("auth.example"));
    }
}
