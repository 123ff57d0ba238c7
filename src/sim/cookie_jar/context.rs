//! Where a request comes from, as far as cookies care (RFC 6265bis §5.2): the same
//! site or another, a whole-page navigation or not, and its method.

use url::Url;

use super::super::Method;
use super::{SameSite, site};

/// Whether a request goes to the site its initiator is on (§5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteContext {
    SameSite,
    CrossSite,
}

impl SiteContext {
    /// Compares the site of the page that started the request with the target's.
    pub fn between(initiator: &Url, target: &Url) -> Self {
        if site::same_site(initiator, target) {
            Self::SameSite
        } else {
            Self::CrossSite
        }
    }
}

/// What the jar needs to know about a request, both to attach cookies to it and to
/// store the cookies its response sets. In a redirect chain each hop is compared
/// with the page that started the chain, and once a hop is cross-site the rest of
/// the chain is too (§5.2.1): so the redirect from `auth.example` back to a client's
/// `/callback` is cross-site, and the client's `Strict` cookies do not come along.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestContext {
    pub site: SiteContext,
    /// The request loads a new page into the tab (a link, a redirect, a form that
    /// leaves the page), as opposed to a frame, an image or a `fetch`.
    pub top_level: bool,
    pub method: Method,
}

impl RequestContext {
    /// A top-level navigation to `target`, from a page at `from`; `None` when the
    /// user typed the address or opened a bookmark, which is same-site (§5.2.1).
    pub fn navigation(from: Option<&Url>, target: &Url, method: Method) -> Self {
        Self {
            site: from.map_or(SiteContext::SameSite, |from| {
                SiteContext::between(from, target)
            }),
            top_level: true,
            method,
        }
    }

    /// A request a page at `page` makes without leaving itself.
    pub fn subresource(page: &Url, target: &Url, method: Method) -> Self {
        Self {
            site: SiteContext::between(page, target),
            top_level: false,
            method,
        }
    }

    /// §5.8.3: a `Strict` cookie goes only to same-site requests; a `Lax` one also
    /// to cross-site top-level navigations with a safe method; `None` goes always.
    pub(super) fn carries(self, same_site: SameSite) -> bool {
        match (self.site, same_site) {
            (SiteContext::SameSite, _) | (_, SameSite::None) => true,
            (SiteContext::CrossSite, SameSite::Lax) => self.top_level && is_safe(self.method),
            (SiteContext::CrossSite, SameSite::Strict) => false,
        }
    }
}

/// RFC 9110 §9.2.1: a safe method asks only to read. A cross-site POST is what a
/// CSRF attack sends, so `Lax` cookies stay home for it.
fn is_safe(method: Method) -> bool {
    match method {
        Method::Get => true,
        Method::Post => false,
    }
}
