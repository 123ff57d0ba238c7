//! A browser's cookie jar, following RFC 6265bis (draft-ietf-httpbis-rfc6265bis) on
//! the simulated clock: what a `Set-Cookie` line may store (§5.7), and which cookies a
//! request carries in its `Cookie` header (§5.8.3). It is sans-IO and knows no other
//! party: the browser that owns it says where each request goes and why.
//!
//! A **site** here is a scheme with the last two labels of the host. The simulation
//! has no public suffix list, so `auth.example` and `printer.example` are different
//! sites (as `auth.example.com` and `printer.example.com` would not be), and a
//! `Domain` without a dot (`Domain=example`) stands for a public suffix and is refused.
//!
//! Left out, because nothing in the simulation can see them: scripts (`HttpOnly`
//! cookies are stored and sent like any other; the flag only hides them from
//! `document.cookie`), the per-domain and total cookie limits, and the last-access
//! time. A session cookie (no `Max-Age` or `Expires`) lives as long as the jar.
//!
//! ```
//! use oauth_sim::sim::Method;
//! use oauth_sim::sim::cookie_jar::{CookieJar, RequestContext, Stored};
//! let now = "2026-01-01T09:00:00Z".parse().unwrap();
//! let login = url::Url::parse("https://auth.example/login").unwrap();
//! let typed = RequestContext::navigation(None, &login, Method::Get);
//! let mut jar = CookieJar::new();
//! let stored = jar.store(&login, "sid=abc; Secure; HttpOnly", now, typed);
//! assert_eq!(stored, Ok(Stored::Added("sid".to_owned())));
//! let authorize = url::Url::parse("https://auth.example/authorize").unwrap();
//! let from_client = url::Url::parse("https://printer.example/").unwrap();
//! let redirected = RequestContext::navigation(Some(&from_client), &authorize, Method::Get);
//! assert_eq!(jar.header_for(&authorize, now, redirected), Some("sid=abc".to_owned()));
//! ```

mod context;
mod cookie;
mod date;
mod outcome;
mod parse;
mod site;
#[cfg(test)]
mod tests;

use std::cmp::Reverse;

use chrono::{DateTime, Utc};
use url::Url;

pub use context::{RequestContext, SiteContext};
pub use cookie::{Cookie, SameSite};
pub use outcome::{Refused, Stored};

/// One browser's cookies, in the order they were first stored.
#[derive(Debug, Clone, Default)]
pub struct CookieJar {
    cookies: Vec<Cookie>,
}

impl CookieJar {
    pub fn new() -> Self {
        Self::default()
    }

    /// Stores one `Set-Cookie` line from the response to a request for `url` made in
    /// `context`, at `now` (§5.7).
    ///
    /// # Errors
    ///
    /// [`Refused`] says why the line was ignored entirely; the jar is unchanged.
    pub fn store(
        &mut self,
        url: &Url,
        set_cookie: &str,
        now: DateTime<Utc>,
        context: RequestContext,
    ) -> Result<Stored, Refused> {
        let host = url.host_str().ok_or(Refused::NoHost)?;
        let line = parse::set_cookie(set_cookie, url, now)?;
        let (domain, host_only) = cookie_domain(line.domain.as_deref(), host)?;
        let path_is_root = line.path.as_deref() == Some("/");
        let cookie = Cookie {
            path: line
                .path
                .unwrap_or_else(|| site::default_path(url).to_owned()),
            name: line.name,
            value: line.value,
            domain,
            host_only,
            secure: line.secure,
            http_only: line.http_only,
            same_site: line.same_site,
            expires: line.expires,
            created: now,
        };
        self.admit(&cookie, site::is_secure(url), context)?;
        check_prefixes(&cookie, path_is_root)?;
        Ok(self.put(cookie, now))
    }

    /// The `Cookie` header for a request to `url` at `now` (§5.8.3), or `None` when no
    /// cookie goes. Expired cookies are evicted first, silently: call
    /// [`Self::remove_expired`] before to learn which.
    pub fn header_for(
        &mut self,
        url: &Url,
        now: DateTime<Utc>,
        request: RequestContext,
    ) -> Option<String> {
        self.remove_expired(now);
        let host = url.host_str()?;
        let secure = site::is_secure(url);
        let mut sent: Vec<&Cookie> = self
            .cookies
            .iter()
            .filter(|cookie| cookie.goes_to(host, url.path(), secure))
            .filter(|cookie| request.carries(cookie.same_site))
            .collect();
        // Longer paths first, then earlier creation (§5.8.3 step 2). The sort is
        // stable and the jar keeps creation order, so cookies created in the same
        // simulated second keep the order they arrived in.
        sent.sort_by_key(|cookie| (Reverse(cookie.path.len()), cookie.created));
        let pairs: Vec<String> = sent.iter().map(|cookie| cookie.pair()).collect();
        (!pairs.is_empty()).then(|| pairs.join("; "))
    }

    /// What the jar holds, in the order the cookies were first stored. Cookies that
    /// expired since the last [`Self::remove_expired`] are still listed.
    pub fn cookies(&self) -> impl Iterator<Item = &Cookie> {
        self.cookies.iter()
    }

    /// Evicts the cookies expired at `now` and returns them, so the memory view can
    /// say what the browser deleted.
    pub fn remove_expired(&mut self, now: DateTime<Utc>) -> Vec<Cookie> {
        self.cookies
            .extract_if(.., |cookie| cookie.has_expired(now))
            .collect()
    }

    /// The checks of §5.7 steps 13 to 19 that depend on the connection and on what
    /// the jar already holds.
    fn admit(&self, cookie: &Cookie, secure: bool, context: RequestContext) -> Result<(), Refused> {
        if cookie.secure && !secure {
            return Err(Refused::SecureOverInsecure);
        }
        if !cookie.secure && !secure && self.cookies.iter().any(|old| cookie.shadows(old)) {
            return Err(Refused::ShadowsSecure(cookie.name.clone()));
        }
        if cookie.same_site != SameSite::None
            && context.site == SiteContext::CrossSite
            && !context.top_level
        {
            return Err(Refused::CrossSite(cookie.same_site));
        }
        if cookie.same_site == SameSite::None && !cookie.secure {
            return Err(Refused::NoneWithoutSecure);
        }
        Ok(())
    }

    /// §5.7 steps 23 to 25: the new cookie takes the place (and creation time) of
    /// one with the same name, domain, host-only flag and path; an expired one only
    /// removes it.
    fn put(&mut self, mut cookie: Cookie, now: DateTime<Utc>) -> Stored {
        let old = self.cookies.iter().position(|old| old.same_slot(&cookie));
        let name = cookie.name.clone();
        match (old, cookie.has_expired(now)) {
            (Some(index), true) => {
                self.cookies.remove(index);
                Stored::Deleted(name)
            }
            (None, true) => Stored::Discarded(name),
            (Some(index), false) => {
                cookie.created = self.cookies[index].created;
                self.cookies[index] = cookie;
                Stored::Replaced(name)
            }
            (None, false) => {
                self.cookies.push(cookie);
                Stored::Added(name)
            }
        }
    }
}

/// §5.7 steps 7 to 10: a cookie without `Domain` is host-only; a `Domain` must
/// cover the host and may not be a public suffix, unless it is the host itself.
fn cookie_domain(domain: Option<&str>, host: &str) -> Result<(String, bool), Refused> {
    match domain {
        None => Ok((host.to_owned(), true)),
        Some(domain) if !domain.is_ascii() => Err(Refused::DomainNotAscii(domain.to_owned())),
        Some(domain) if domain == host && site::is_public_suffix(domain) => {
            Ok((host.to_owned(), true))
        }
        Some(domain) if site::is_public_suffix(domain) => {
            Err(Refused::PublicSuffix(domain.to_owned()))
        }
        Some(domain) if site::domain_match(host, domain) => Ok((domain.to_owned(), false)),
        Some(domain) => Err(Refused::DomainMismatch {
            domain: domain.to_owned(),
            host: host.to_owned(),
        }),
    }
}

/// §5.7 steps 20 to 22 (the prefixes of §5.4, matched case-insensitively): a
/// `__Secure-` name promises `Secure`; a `__Host-` name also promises one host and
/// every path, so a sibling subdomain cannot plant it.
fn check_prefixes(cookie: &Cookie, path_is_root: bool) -> Result<(), Refused> {
    if has_prefix(&cookie.name, "__Secure-") && !cookie.secure {
        return Err(Refused::SecurePrefix);
    }
    if has_prefix(&cookie.name, "__Host-") && !(cookie.secure && cookie.host_only && path_is_root) {
        return Err(Refused::HostPrefix);
    }
    if cookie.name.is_empty()
        && (has_prefix(&cookie.value, "__Secure-") || has_prefix(&cookie.value, "__Host-"))
    {
        return Err(Refused::NamelessPrefix);
    }
    Ok(())
}

fn has_prefix(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}
