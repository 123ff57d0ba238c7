//! A browser: Alice's, or the attacker's. It follows redirects, keeps cookies per
//! host, remembers the page it is on (a form is posted back to the origin that served
//! it), and fetches what a page embeds, sending a `Referer` as the page's
//! `Referrer-Policy` allows (RFC 9700 §4.2.1).

use url::Url;

use super::actor::Actor;
use super::context::Ctx;
use super::ledger::{Describe, Ledger, Slot};
use super::memory::{ItemKind, Reason};
use super::message::{Body, Method, Request, Response};
use super::overrides::Overrides;
use super::params::Params;
use super::world::UserConfig;

/// A cookie as the browser keeps it: which host set it, under which name.
#[derive(Debug, Clone)]
pub struct Cookie {
    name: String,
    host: String,
}

impl Describe for Cookie {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![("name", self.name.clone()), ("host", self.host.clone())]
    }
}

#[derive(Debug, Clone)]
pub struct Browser {
    user: UserConfig,
    cookies: Ledger<Cookie>,
    redirect: Slot,
    /// The page on screen, and what it embeds and asks (no memory item: it is what
    /// the user sees, not something kept).
    page: Option<Page>,
}

/// What the browser shows.
#[derive(Debug, Clone)]
struct Page {
    url: Url,
    /// The scopes a consent page lists, as its form will send them back.
    scope: Option<String>,
    /// Addresses the page embeds (scripts, images), fetched as it renders.
    embeds: Vec<String>,
    referrer_policy: Option<String>,
}

impl Browser {
    pub fn new(me: Actor, user: UserConfig) -> Self {
        Self {
            user,
            cookies: Ledger::new(me, ItemKind::Cookie),
            redirect: Slot::new(me, ItemKind::Redirect),
            page: None,
        }
    }

    /// Reads an answer to a request it sent: keeps cookies the host set, where a
    /// redirect points, and the page it now shows.
    pub fn receive(&mut self, request: &Request, response: &Response, ctx: &mut Ctx) {
        for (name, value) in &response.headers {
            if name.eq_ignore_ascii_case("Set-Cookie") {
                self.store_cookie(&request.host, value, ctx);
            }
        }
        if let (302, Some(location)) = (response.status, response.location()) {
            self.redirect.set(location, ctx.journal);
        }
        if let (Body::Html(html), Ok(url)) = (&response.body, Url::parse(&request.url())) {
            self.page = Some(Page {
                url,
                scope: attribute_after(html, "name=\"scope\" value=\""),
                embeds: every_attribute(html, "src=\""),
                referrer_policy: response.header_value("Referrer-Policy").map(str::to_owned),
            });
        }
    }

    /// Keeps one `Set-Cookie` (its `name=value`; attributes are the jar's business).
    fn store_cookie(&mut self, host: &str, header: &str, ctx: &mut Ctx) {
        let pair = header.split(';').next().unwrap_or_default();
        let Some((name, value)) = pair.trim().split_once('=') else {
            return;
        };
        let stale: Vec<String> = self
            .cookies
            .iter()
            .filter(|(_, c)| c.name == name && c.host == host)
            .map(|(key, _)| key.to_owned())
            .collect();
        for key in stale {
            self.cookies.remove(&key, Reason::Replaced, ctx.journal);
        }
        let cookie = Cookie {
            name: name.to_owned(),
            host: host.to_owned(),
        };
        self.cookies.insert(value.to_owned(), cookie, ctx.journal);
    }

    /// Adds the `Cookie` header for the request's host, if it holds any.
    fn with_cookies(&self, request: Request) -> Request {
        let pairs: Vec<String> = self
            .cookies
            .iter()
            .filter(|(_, c)| c.host == request.host)
            .map(|(value, c)| format!("{}={value}", c.name))
            .collect();
        if pairs.is_empty() {
            request
        } else {
            let header = pairs.join("; ");
            request.header("Cookie", header)
        }
    }

    /// The value of the cookie `name` it holds for `host`: what a test checks.
    #[cfg(test)]
    pub fn cookie(&self, host: &str, name: &str) -> Option<&str> {
        self.cookies
            .iter()
            .find(|(_, c)| c.host == host && c.name == name)
            .map(|(value, _)| value)
    }

    /// Opens an address (a link, a typed URL, a bookmark).
    pub fn open(&self, url: &str) -> Request {
        let request = Url::parse(url).map_or_else(
            |_| Request::new(Method::Get, "", "/"),
            |url| Request::get_url(&url),
        );
        self.with_cookies(request)
    }

    /// Follows the last redirect, or goes to `fallback` when there is none.
    pub fn follow(&mut self, fallback: &str, ctx: &mut Ctx) -> Request {
        let location = self.redirect.take(Reason::Progressed, ctx.journal);
        self.open(location.as_deref().unwrap_or(fallback))
    }

    /// Posts a form of the page on screen back to the origin that served it, or to
    /// `default_host` when no page is open.
    fn submit(&self, path: &str, form: Params, default_host: &str) -> Request {
        let host = self
            .page
            .as_ref()
            .and_then(|p| p.url.host_str())
            .unwrap_or(default_host);
        self.with_cookies(Request::new(Method::Post, host, path).body(Body::Form(form)))
    }

    /// The login form: the user types their name and password into whichever page
    /// asks for it, which is why a phishing page works (RFC 6749 §10.11).
    pub fn login_request(&self, default_host: &str, overrides: &Overrides) -> Request {
        let mut form = Params::new();
        form.push("username", self.user.username.clone());
        form.push("password", self.user.password.clone());
        overrides.apply(&mut form);
        self.submit("/login", form, default_host)
    }

    /// The consent form: allow the scopes the page listed.
    pub fn consent_request(&self, default_host: &str, overrides: &Overrides) -> Request {
        let mut form = Params::new();
        form.push("decision", "allow");
        form.push_some("scope", self.page.as_ref().and_then(|p| p.scope.as_deref()));
        overrides.apply(&mut form);
        self.submit("/consent", form, default_host)
    }

    /// The form on Alice's account page that withdraws her consent to a client.
    pub fn withdraw_request(
        &self,
        host: &str,
        client_id: Option<&str>,
        overrides: &Overrides,
    ) -> Request {
        let mut form = Params::new();
        form.push_some("client_id", client_id);
        overrides.apply(&mut form);
        self.with_cookies(
            Request::new(Method::Post, host, "/account/consents").body(Body::Form(form)),
        )
    }

    /// Takes the addresses the page on screen embeds, each as the request the
    /// browser sends for it, with the `Referer` its policy allows.
    pub fn embedded_requests(&mut self) -> Vec<Request> {
        let Some(page) = self.page.as_mut() else {
            return Vec::new();
        };
        let referer = referer(&page.url, page.referrer_policy.as_deref());
        std::mem::take(&mut page.embeds)
            .iter()
            .map(|src| {
                let request = self.open(src);
                match &referer {
                    Some(value) => request.header("Referer", value.clone()),
                    None => request,
                }
            })
            .collect()
    }
}

/// The `Referer` a page sends to another origin (W3C Referrer Policy §3): the whole
/// URL, code and all, only under `unsafe-url`; the origin alone under the browsers'
/// default `strict-origin-when-cross-origin`; nothing under `no-referrer`.
fn referer(page: &Url, policy: Option<&str>) -> Option<String> {
    match policy.unwrap_or("strict-origin-when-cross-origin") {
        "no-referrer" => None,
        "unsafe-url" => {
            let mut url = page.clone();
            url.set_fragment(None);
            Some(url.to_string())
        }
        _ => Some(format!("{}/", page.origin().ascii_serialization())),
    }
}

/// The text after `marker` up to the next `"`.
fn attribute_after(html: &str, marker: &str) -> Option<String> {
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_owned())
}

/// Every value after `marker`, in page order.
fn every_attribute(html: &str, marker: &str) -> Vec<String> {
    html.match_indices(marker)
        .filter_map(|(at, _)| attribute_after(&html[at..], marker))
        .collect()
}
