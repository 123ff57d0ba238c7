//! Redirect URI rules: what may be registered (RFC 7591 §2, RFC 6749 §3.1.2) and
//! whether a requested URI matches a registered one (RFC 9700 §4.1.3, RFC 8252 §7.3).

use std::net::IpAddr;

use url::{Host, Url};

use crate::sim::topic::Topic;
use crate::sim::world::RedirectMatching;

/// Schemes that would run or read something in the browser instead of reaching an
/// application: never a place to send a code.
const DANGEROUS_SCHEMES: [&str; 4] = ["javascript", "data", "file", "vbscript"];

/// Why a URI may not be registered, if it may not: it must be an absolute URI
/// (RFC 3986 §4.3) without a fragment (RFC 6749 §3.1.2), https or plain http on a
/// loopback address (RFC 8252 §7.3), or an app's private-use scheme (§7.1).
pub fn registration_problem(uri: &str) -> Option<Topic> {
    let Ok(url) = Url::parse(uri) else {
        return Some(Topic::RegisterBadRedirectUri);
    };
    let scheme = url.scheme();
    let web = matches!(scheme, "http" | "https");
    let has_authority = uri
        .get(scheme.len()..)
        .and_then(|rest| rest.strip_prefix("://"))
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    let acceptable = match scheme {
        "https" => true,
        "http" => is_loopback(&url),
        _ => !DANGEROUS_SCHEMES.contains(&scheme),
    };
    let bad_text = uri.contains('#') || uri.chars().any(|c| c.is_whitespace() || c.is_control());
    if bad_text || !acceptable || (web && !has_authority) {
        return Some(Topic::RegisterBadRedirectUri);
    }
    None
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(Host::Domain(name)) => name == "localhost",
        None => false,
    }
}

/// A loopback IP literal (not `localhost`, RFC 8252 §8.3), for the any-port rule.
fn is_loopback_ip(url: &Url) -> bool {
    matches!(url.host(), Some(Host::Ipv4(ip)) if ip.is_loopback())
        || matches!(url.host(), Some(Host::Ipv6(ip)) if ip.is_loopback())
}

/// Where the authorization server may send its answer, or why it must not send one.
///
/// A missing or empty `redirect_uri` is allowed only when exactly one is registered
/// (RFC 6749 §3.1.2.3). A relative URI or one with a fragment never matches
/// (§3.1.2). Otherwise the comparison is a simple string comparison (RFC 9700
/// §4.1.3), except that a loopback IP redirect may use any port (RFC 8252 §7.3).
pub fn resolve(
    registered: &[String],
    requested: Option<&str>,
    matching: RedirectMatching,
) -> Result<String, Topic> {
    let Some(requested) = requested.filter(|r| !r.is_empty()) else {
        return match registered {
            [only] => Ok(only.clone()),
            _ => Err(Topic::RedirectUriRequired),
        };
    };
    if requested.contains('#') || Url::parse(requested).is_err() {
        return Err(Topic::RedirectUriMalformed);
    }
    let matches = |candidate: &String| match matching {
        RedirectMatching::Exact => {
            candidate == requested || same_except_loopback_port(candidate, requested)
        }
        RedirectMatching::Prefix => requested.starts_with(candidate.as_str()),
    };
    if registered.iter().any(matches) {
        Ok(requested.to_owned())
    } else {
        Err(Topic::RedirectUriMismatch)
    }
}

/// Whether two URIs are the same loopback IP redirect but for the port.
fn same_except_loopback_port(registered: &str, requested: &str) -> bool {
    let (Ok(a), Ok(b)) = (Url::parse(registered), Url::parse(requested)) else {
        return false;
    };
    a.scheme() == "http"
        && b.scheme() == "http"
        && is_loopback_ip(&a)
        && a.host() == b.host()
        && without_port(registered) == without_port(requested)
}

/// The raw URI text with the authority's port removed, so the rest still compares
/// as a plain string (no normalisation sneaks in).
fn without_port(uri: &str) -> Option<String> {
    let rest = uri.strip_prefix("http://")?;
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') {
        return None;
    }
    let host = match authority.rfind(':') {
        Some(colon) if !authority[colon..].contains(']') => &authority[..colon],
        _ => authority,
    };
    Some(format!("http://{host}{tail}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CALLBACK: &str = "https://printer.example/callback";

    fn registered() -> Vec<String> {
        vec![CALLBACK.to_owned()]
    }

    fn exact(requested: &str) -> Result<String, Topic> {
        resolve(&registered(), Some(requested), RedirectMatching::Exact)
    }

    #[test]
    fn redirect_uri_must_match_exactly() {
        assert_eq!(exact(CALLBACK), Ok(CALLBACK.to_owned()));
        assert_eq!(
            exact("https://printer.example/callback/"),
            Err(Topic::RedirectUriMismatch)
        );
        assert_eq!(
            exact("https://PRINTER.example/callback"),
            Err(Topic::RedirectUriMismatch)
        );
        assert_eq!(
            exact("https://printer.example/callback?x=1"),
            Err(Topic::RedirectUriMismatch)
        );
        assert_eq!(
            exact("https://printer.example/callbackx"),
            Err(Topic::RedirectUriMismatch)
        );
    }

    #[test]
    fn redirect_uri_with_fragment_or_relative_never_matches() {
        assert_eq!(
            exact("https://printer.example/callback#x"),
            Err(Topic::RedirectUriMalformed)
        );
        assert_eq!(exact("/callback"), Err(Topic::RedirectUriMalformed));
        let prefix = resolve(
            &registered(),
            Some("https://printer.example/callback#x"),
            RedirectMatching::Prefix,
        );
        assert_eq!(prefix, Err(Topic::RedirectUriMalformed));
    }

    #[test]
    fn missing_redirect_uri_is_allowed_only_with_one_registered() {
        assert_eq!(
            resolve(&registered(), None, RedirectMatching::Exact),
            Ok(CALLBACK.to_owned())
        );
        assert_eq!(
            resolve(&registered(), Some(""), RedirectMatching::Exact),
            Ok(CALLBACK.to_owned())
        );
        let two = vec![
            CALLBACK.to_owned(),
            "https://printer.example/other".to_owned(),
        ];
        assert_eq!(
            resolve(&two, None, RedirectMatching::Exact),
            Err(Topic::RedirectUriRequired)
        );
    }

    #[test]
    fn loopback_ip_redirect_matches_any_port() {
        let native = vec![
            "http://127.0.0.1/callback".to_owned(),
            "http://[::1]:8080/cb".to_owned(),
        ];
        let ok = |uri: &str| resolve(&native, Some(uri), RedirectMatching::Exact).is_ok();
        assert!(ok("http://127.0.0.1:49152/callback"));
        assert!(ok("http://[::1]:5000/cb"));
        assert!(!ok("http://127.0.0.1:49152/other"));
        assert!(!ok("http://localhost:49152/callback"));
        assert!(!ok("https://127.0.0.1:49152/callback"));
    }

    #[test]
    fn prefix_policy_accepts_what_exact_refuses() {
        let evil = "https://printer.example/callback.evil/steal";
        assert!(resolve(&registered(), Some(evil), RedirectMatching::Prefix).is_ok());
        assert!(exact(evil).is_err());
    }

    #[test]
    fn registration_refuses_fragments_relative_and_plain_http() {
        assert_eq!(registration_problem(CALLBACK), None);
        assert_eq!(registration_problem("http://127.0.0.1:8080/cb"), None);
        assert_eq!(registration_problem("http://localhost/cb"), None);
        assert_eq!(registration_problem("com.example.app:/oauth"), None);
        assert!(registration_problem("http://printer.example/callback").is_some());
        assert!(registration_problem("https://printer.example/cb#frag").is_some());
        assert!(registration_problem("/callback").is_some());
        assert!(registration_problem("https://printer.example/c b").is_some());
        assert!(registration_problem("https:///cb").is_some());
        assert!(registration_problem("javascript:alert(1)").is_some());
        assert!(registration_problem("data:text/html,x").is_some());
    }
}
