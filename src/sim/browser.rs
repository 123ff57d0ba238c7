//! A browser: Alice's, or the attacker's. It follows redirects, keeps cookies per
//! host, remembers the page it is on (a form is posted back to the origin that served
//! it), and fetches what a page embeds, sending a `Referer` as the page's
//! `Referrer-Policy` allows (RFC 9700 §4.2.1).

use chrono::{DateTime, Utc};
use url::Url;

use super::actor::Actor;
use super::authorization_server::ACCOUNT_CONSENTS_PATH;
use super::context::Ctx;
use super::cookie_jar::{CookieJar, RequestContext, SiteContext};
use super::ledger::{Describe, Ledger, Slot};
use super::memory::{ItemKind, Reason};
use super::message::{Body, Method, Request, Response};
use super::overrides::Overrides;
use super::params::Params;
use super::referrer_policy::ReferrerPolicy;
use super::world::UserConfig;

/// How a cookie in the jar shows in the browser's memory.
#[derive(Debug, Clone)]
pub struct Shown {
    name: String,
    host: String,
    expires: Option<DateTime<Utc>>,
}

impl Describe for Shown {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![("name", self.name.clone()), ("host", self.host.clone())]
    }
    fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.expires
    }
}

#[derive(Debug, Clone)]
pub struct Browser {
    user: UserConfig,
    /// The cookies, by RFC 6265bis rules on the simulated clock.
    jar: CookieJar,
    /// The jar as the State tab lists it.
    cookies: Ledger<Shown>,
    /// How the request in flight was made, which decides what cookies its answer may
    /// set (RFC 6265bis §5.7).
    in_flight: Option<RequestContext>,
    redirect: Slot,
    /// The last address it went to with a fragment, as the history keeps it: the
    /// fragment never travels in a request (RFC 3986 §3.5), but it stays here
    /// (RFC 9700 §4.3.2).
    history: Slot,
    /// The fragment of the address on screen, for the page's script to read.
    fragment: Option<String>,
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
    /// The app an account page's first form names.
    client_id: Option<String>,
    /// Addresses the page embeds (scripts, images), fetched as it renders.
    embeds: Vec<String>,
    referrer_policy: ReferrerPolicy,
}

impl Browser {
    pub fn new(me: Actor, user: UserConfig) -> Self {
        Self {
            user,
            jar: CookieJar::new(),
            cookies: Ledger::new(me, ItemKind::Cookie),
            in_flight: None,
            redirect: Slot::new(me, ItemKind::Redirect),
            history: Slot::new(me, ItemKind::History),
            fragment: None,
            page: None,
        }
    }

    /// Reads an answer to a request it sent: keeps cookies the host set, where a
    /// redirect points, and the page it now shows.
    pub fn receive(&mut self, request: &Request, response: &Response, ctx: &mut Ctx) {
        let url = Url::parse(&request.url()).ok();
        let context = self.in_flight.take();
        if let (Some(url), Some(context)) = (&url, context) {
            for (name, value) in &response.headers {
                if name.eq_ignore_ascii_case("Set-Cookie") {
                    let _ = self.jar.store(url, value, ctx.now, context);
                }
            }
            self.show_jar(Reason::Replaced, ctx);
        }
        // What a page embeds (an image, a script) neither moves the tab nor becomes
        // the page on screen: only a navigation does.
        if context.is_some_and(|c| !c.top_level) {
            return;
        }
        if let (302, Some(location)) = (response.status, response.location()) {
            self.redirect.set(location, ctx.journal);
        }
        if let (Body::Html(html), Some(url)) = (&response.body, url) {
            self.page = Some(Page {
                url,
                scope: attribute_after(html, "name=\"scope\" value=\""),
                client_id: attribute_after(html, "name=\"client_id\" value=\""),
                embeds: every_attribute(html, "src=\""),
                referrer_policy: ReferrerPolicy::from_header(
                    response.header_value("Referrer-Policy"),
                ),
            });
        }
    }

    /// Brings the memory view in line with the jar: what left it is forgotten for
    /// `reason`, what arrived is added.
    fn show_jar(&mut self, reason: Reason, ctx: &mut Ctx) {
        let gone: Vec<String> =
            self.cookies
                .iter()
                .filter(|(value, shown)| {
                    !self.jar.cookies().any(|c| {
                        c.value == *value && c.name == shown.name && c.domain == shown.host
                    })
                })
                .map(|(value, _)| value.to_owned())
                .collect();
        for value in gone {
            self.cookies.remove(&value, reason, ctx.journal);
        }
        let new: Vec<(String, Shown)> = self
            .jar
            .cookies()
            .filter(|c| !self.cookies.contains(&c.value))
            .map(|c| {
                let shown = Shown {
                    name: c.name.clone(),
                    host: c.domain.clone(),
                    expires: c.expires,
                };
                (c.value.clone(), shown)
            })
            .collect();
        for (value, shown) in new {
            self.cookies.insert(value, shown, ctx.journal);
        }
    }

    /// Sends a request with the cookies the jar gives it, in `context`; cookies
    /// that expired are dropped first, and the memory view says so.
    fn send(&mut self, request: Request, context: RequestContext, ctx: &mut Ctx) -> Request {
        if !self.jar.remove_expired(ctx.now).is_empty() {
            self.show_jar(Reason::Expired, ctx);
        }
        self.in_flight = Some(context);
        let header = Url::parse(&request.url())
            .ok()
            .and_then(|url| self.jar.header_for(&url, ctx.now, context));
        match header {
            Some(value) => request.header("Cookie", value),
            None => request,
        }
    }

    /// Opens an address from outside any page (a link in an e-mail, a typed URL):
    /// a same-site navigation (RFC 6265bis §5.2.1).
    pub fn open(&mut self, url: &str, ctx: &mut Ctx) -> Request {
        self.fragment = None;
        let request = request_for(url);
        let context = navigation(None, &request);
        self.send(request, context, ctx)
    }

    /// Takes the address the last redirect pointed to, without going there: what an
    /// attacker copies out of its own address bar.
    pub fn take_redirect(&mut self, ctx: &mut Ctx) -> Option<String> {
        self.redirect.take(Reason::Progressed, ctx.journal)
    }

    /// Follows the last redirect, or goes to `fallback` when there is none, with
    /// `method` when a step says (a form posted across sites, as `form_post` does);
    /// the hop is compared with the page the browser was on, and its method decides
    /// which cookies go (across sites a `SameSite=Lax` cookie goes only with a safe
    /// method, RFC 6265bis §5.8.3).
    pub fn follow(&mut self, fallback: &str, method: Option<Method>, ctx: &mut Ctx) -> Request {
        let location = self.redirect.take(Reason::Progressed, ctx.journal);
        let address = location.as_deref().unwrap_or(fallback);
        self.fragment = address.split_once('#').map(|(_, f)| f.to_owned());
        if self.fragment.is_some() {
            self.history.set(address, ctx.journal);
        }
        let mut request = request_for(address);
        if let Some(method) = method {
            request.method = method;
        }
        let context = navigation(self.page.as_ref().map(|p| &p.url), &request);
        self.send(request, context, ctx)
    }

    /// Takes the fragment of the address on screen: what the page's script reads
    /// (RFC 6749 §4.2.2).
    pub fn take_fragment(&mut self) -> Option<String> {
        self.fragment.take()
    }

    /// The user types their own username and password into an app's sign-in form
    /// at `url`: what the password grant asks of them (RFC 6749 §4.3.1).
    pub fn password_form(&mut self, url: &str, ctx: &mut Ctx) -> Request {
        let mut form = Params::new();
        form.push("username", self.user.username.clone());
        form.push("password", self.user.password.clone());
        self.fragment = None;
        let mut request = request_for(url);
        request.method = Method::Post;
        request.body = Body::Form(form);
        let context = navigation(None, &request);
        self.send(request, context, ctx)
    }

    /// Posts a form of the page on screen, with the step's changes, back to the
    /// origin that served it, or to `default_host` when no page is open.
    fn submit(
        &mut self,
        path: &str,
        mut form: Params,
        overrides: &Overrides,
        default_host: &str,
        ctx: &mut Ctx,
    ) -> Request {
        overrides.apply(&mut form);
        let host = self
            .page
            .as_ref()
            .and_then(|p| p.url.host_str())
            .unwrap_or(default_host);
        let request = Request::new(Method::Post, host, path).body(Body::Form(form));
        let context = navigation(self.page.as_ref().map(|p| &p.url), &request);
        self.send(request, context, ctx)
    }

    /// The value of the cookie `name` it holds for `host`: what a test checks.
    #[cfg(test)]
    pub fn cookie(&self, host: &str, name: &str) -> Option<&str> {
        self.jar
            .cookies()
            .find(|c| c.domain == host && c.name == name)
            .map(|c| c.value.as_str())
    }

    /// The login form: the user types a name and password (their own, unless told
    /// another account) into whichever page asks for it, which is why a phishing
    /// page works (RFC 6749 §10.11).
    pub fn login_request(
        &mut self,
        default_host: &str,
        account: Option<&UserConfig>,
        overrides: &Overrides,
        ctx: &mut Ctx,
    ) -> Request {
        let account = account.unwrap_or(&self.user);
        let mut form = Params::new();
        form.push("username", account.username.clone());
        form.push("password", account.password.clone());
        self.submit("/login", form, overrides, default_host, ctx)
    }

    /// The consent form: allow the scopes the page listed.
    pub fn consent_request(
        &mut self,
        default_host: &str,
        overrides: &Overrides,
        ctx: &mut Ctx,
    ) -> Request {
        let mut form = Params::new();
        form.push("decision", "allow");
        form.push_some("scope", self.page.as_ref().and_then(|p| p.scope.as_deref()));
        self.submit("/consent", form, overrides, default_host, ctx)
    }

    /// The first form on Alice's account page, which withdraws her consent to the
    /// app it names.
    pub fn withdraw_request(
        &mut self,
        default_host: &str,
        overrides: &Overrides,
        ctx: &mut Ctx,
    ) -> Request {
        let mut form = Params::new();
        form.push_some(
            "client_id",
            self.page.as_ref().and_then(|p| p.client_id.as_deref()),
        );
        self.submit(ACCOUNT_CONSENTS_PATH, form, overrides, default_host, ctx)
    }

    /// Takes the addresses the page on screen embeds, each as the request the
    /// browser sends for it, with the `Referer` its policy allows.
    pub fn embedded_requests(&mut self, ctx: &mut Ctx) -> Vec<Request> {
        let Some(page) = self.page.as_mut() else {
            return Vec::new();
        };
        let url = page.url.clone();
        let policy = page.referrer_policy;
        std::mem::take(&mut page.embeds)
            .iter()
            .map(|src| {
                let request = request_for(src);
                let target = Url::parse(&request.url()).ok();
                let context = target
                    .as_ref()
                    .map_or(navigation(Some(&url), &request), |t| {
                        RequestContext::subresource(&url, t, Method::Get)
                    });
                let referer = target.and_then(|t| policy.referer(&url, &t));
                let request = self.send(request, context, ctx);
                match referer {
                    Some(value) => request.header("Referer", value),
                    None => request,
                }
            })
            .collect()
    }
}

/// A GET of a URL; an address that does not parse goes nowhere (`/` on no host).
fn request_for(url: &str) -> Request {
    Url::parse(url).map_or_else(
        |_| Request::new(Method::Get, "", "/"),
        |url| Request::get_url(&url),
    )
}

/// A top-level navigation from the page at `from` (none: typed or from outside).
fn navigation(from: Option<&Url>, request: &Request) -> RequestContext {
    match Url::parse(&request.url()) {
        Ok(target) => RequestContext::navigation(from, &target, request.method),
        Err(_) => RequestContext {
            site: SiteContext::SameSite,
            top_level: true,
            method: request.method,
        },
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
