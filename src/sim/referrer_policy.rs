//! The `Referrer-Policy` a page sets, and the `Referer` a browser sends under it
//! (W3C Referrer Policy). A callback URL carries the code and `state`, so what the
//! callback page lets its embeds see is the defense of RFC 9700 §4.2.4.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use url::{Host, Url};

/// The tokens of W3C Referrer Policy §3, exactly as a file or a header writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(schemars::JsonSchema)]
pub enum ReferrerPolicy {
    /// No `Referer` at all.
    NoReferrer,
    /// The whole URL, except from `https` to plain `http`.
    NoReferrerWhenDowngrade,
    /// The whole URL to the same origin, nothing elsewhere.
    SameOrigin,
    /// The origin alone, everywhere.
    Origin,
    /// The origin alone, except from `https` to plain `http`.
    StrictOrigin,
    /// The whole URL to the same origin, the origin elsewhere.
    OriginWhenCrossOrigin,
    /// The browsers' default (§3, "the default referrer policy"): the whole URL to the
    /// same origin, the origin elsewhere, nothing from `https` to plain `http`.
    StrictOriginWhenCrossOrigin,
    /// The whole URL, everywhere: the code travels with it (RFC 9700 §4.2.1).
    UnsafeUrl,
}

impl ReferrerPolicy {
    const ALL: [Self; 8] = [
        Self::NoReferrer,
        Self::NoReferrerWhenDowngrade,
        Self::SameOrigin,
        Self::Origin,
        Self::StrictOrigin,
        Self::OriginWhenCrossOrigin,
        Self::StrictOriginWhenCrossOrigin,
        Self::UnsafeUrl,
    ];

    /// The token, as the header carries it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoReferrer => "no-referrer",
            Self::NoReferrerWhenDowngrade => "no-referrer-when-downgrade",
            Self::SameOrigin => "same-origin",
            Self::Origin => "origin",
            Self::StrictOrigin => "strict-origin",
            Self::OriginWhenCrossOrigin => "origin-when-cross-origin",
            Self::StrictOriginWhenCrossOrigin => "strict-origin-when-cross-origin",
            Self::UnsafeUrl => "unsafe-url",
        }
    }

    /// The policy a `Referrer-Policy` header sets (§4.1, §8.1): the last token it
    /// knows, so a new token can be listed after an old fallback; a header with none
    /// leaves the default.
    pub fn from_header(value: Option<&str>) -> Self {
        value
            .into_iter()
            .flat_map(|v| v.split(','))
            .rev()
            .find_map(|token| {
                let token = token.trim();
                Self::ALL.into_iter().find(|p| p.as_str() == token)
            })
            .unwrap_or(Self::StrictOriginWhenCrossOrigin)
    }

    /// The `Referer` a request from the page at `page` to `target` carries (§8.3,
    /// "Determine request's Referrer"), without the page's fragment and user info.
    pub fn referer(self, page: &Url, target: &Url) -> Option<String> {
        let mut full = page.clone();
        full.set_fragment(None);
        let _ = full.set_username("");
        let _ = full.set_password(None);
        let full = full.to_string();
        let origin = format!("{}/", page.origin().ascii_serialization());
        let same_origin = page.origin() == target.origin();
        let downgrade = is_trustworthy(page) && !is_trustworthy(target);
        match self {
            Self::NoReferrer => None,
            Self::UnsafeUrl => Some(full),
            Self::NoReferrerWhenDowngrade => (!downgrade).then_some(full),
            Self::SameOrigin => same_origin.then_some(full),
            Self::OriginWhenCrossOrigin | Self::StrictOriginWhenCrossOrigin if same_origin => {
                Some(full)
            }
            Self::Origin | Self::OriginWhenCrossOrigin => Some(origin),
            Self::StrictOrigin | Self::StrictOriginWhenCrossOrigin => {
                (!downgrade).then_some(origin)
            }
        }
    }
}

/// A "potentially trustworthy" URL (W3C Secure Contexts §3.1), as far as the
/// simulation has them: `https`, `wss`, or a loopback host.
fn is_trustworthy(url: &Url) -> bool {
    match url.host() {
        _ if matches!(url.scheme(), "https" | "wss") => true,
        Some(Host::Domain(name)) => name == "localhost" || name.ends_with(".localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CALLBACK: &str = "https://printer.example/callback?code=c0de&state=s#top";

    fn referer(policy: ReferrerPolicy, target: &str) -> Option<String> {
        let page = Url::parse(CALLBACK).unwrap_or_else(|e| panic!("{e}"));
        let target = Url::parse(target).unwrap_or_else(|e| panic!("{e}"));
        policy.referer(&page, &target)
    }

    const FULL: &str = "https://printer.example/callback?code=c0de&state=s";
    const ORIGIN: &str = "https://printer.example/";

    #[test]
    fn only_unsafe_url_and_no_referrer_when_downgrade_give_a_code_to_another_site() {
        let elsewhere = "https://attacker.example/pixel.gif";
        let leaks: Vec<&str> = ReferrerPolicy::ALL
            .into_iter()
            .filter(|p| referer(*p, elsewhere).as_deref() == Some(FULL))
            .map(ReferrerPolicy::as_str)
            .collect();
        assert_eq!(leaks, ["no-referrer-when-downgrade", "unsafe-url"]);
    }

    #[test]
    fn each_policy_sends_what_section_8_3_says_to_another_https_site() {
        let elsewhere = "https://attacker.example/pixel.gif";
        let sent: Vec<(&str, Option<String>)> = ReferrerPolicy::ALL
            .into_iter()
            .map(|p| (p.as_str(), referer(p, elsewhere)))
            .collect();
        let origin = Some(ORIGIN.to_owned());
        let full = Some(FULL.to_owned());
        assert_eq!(
            sent,
            [
                ("no-referrer", None),
                ("no-referrer-when-downgrade", full.clone()),
                ("same-origin", None),
                ("origin", origin.clone()),
                ("strict-origin", origin.clone()),
                ("origin-when-cross-origin", origin.clone()),
                ("strict-origin-when-cross-origin", origin),
                ("unsafe-url", full),
            ]
        );
    }

    #[test]
    fn the_strict_policies_send_nothing_from_https_to_plain_http() {
        let downgraded = "http://tracker.example/p.gif";
        for policy in [
            ReferrerPolicy::NoReferrerWhenDowngrade,
            ReferrerPolicy::StrictOrigin,
            ReferrerPolicy::StrictOriginWhenCrossOrigin,
        ] {
            assert_eq!(referer(policy, downgraded), None, "{}", policy.as_str());
        }
        assert_eq!(
            referer(ReferrerPolicy::Origin, downgraded).as_deref(),
            Some(ORIGIN)
        );
    }

    #[test]
    fn the_same_origin_gets_the_whole_url_without_its_fragment() {
        let same = "https://printer.example/logo.png";
        for policy in [
            ReferrerPolicy::SameOrigin,
            ReferrerPolicy::OriginWhenCrossOrigin,
            ReferrerPolicy::StrictOriginWhenCrossOrigin,
        ] {
            assert_eq!(referer(policy, same).as_deref(), Some(FULL));
        }
    }

    #[test]
    fn a_header_sets_its_last_known_token_and_otherwise_the_default() {
        let parse = |value| ReferrerPolicy::from_header(value);
        assert_eq!(
            parse(Some("unsafe-url, no-referrer")),
            ReferrerPolicy::NoReferrer
        );
        assert_eq!(
            parse(Some("no-referrer, made-up")),
            ReferrerPolicy::NoReferrer
        );
        assert_eq!(parse(None), ReferrerPolicy::StrictOriginWhenCrossOrigin);
    }
}
