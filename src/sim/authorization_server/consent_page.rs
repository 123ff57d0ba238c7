//! The consent page: what Alice sees before she decides (RFC 6749 §3.3, §4.1.1).
//! It names the app as it registered (`client_name`, RFC 7591 §2; the `client_id`
//! when it gave none), lists each scope the app asks for with what that scope lets
//! it do, and offers Allow and Deny in one form posted to `/consent`. The requested
//! scope rides along in a hidden field, so the browser sends back what the page
//! offered (she may grant less, §3.3). The page is a few short lines, so it reads
//! whole in the Message tab at 80 columns.

use std::fmt::Write as _;

use crate::sim::answers::unframed_page;
use crate::sim::message::{Body, Response};
use crate::sim::scope::Scope;
use crate::sim::topic::Topic;

/// What a scope this server knows lets the app do, in the page's words; a scope
/// without a description is shown by its name alone.
fn describe(scope: &str) -> Option<&'static str> {
    match scope {
        "photos.read" => Some("View your photos"),
        "photos.write" => Some("Add and change your photos"),
        "photos.delete" => Some("Delete your photos"),
        "profile" => Some("See your name and profile"),
        _ => None,
    }
}

/// The page for `app` (its registered name, or its `client_id`) asking for `scope`,
/// answered for `topic` (the owner just signed in, or already was).
pub fn page(topic: Topic, app: &str, scope: &Scope) -> Response {
    let mut html = format!("<h1>Allow {} to use your account?</h1>\n<ul>\n", text(app));
    for value in scope.values() {
        let _ = match describe(value) {
            Some(what) => writeln!(html, "<li>{}: {what}</li>", text(value)),
            None => writeln!(html, "<li>{}</li>", text(value)),
        };
    }
    let _ = write!(
        html,
        "</ul>\n<form method=\"post\" action=\"/consent\">\n\
         <input type=\"hidden\" name=\"scope\" value=\"{}\">\n\
         <button name=\"decision\" value=\"allow\">Allow</button>\n\
         <button name=\"decision\" value=\"deny\">Deny</button>\n\
         </form>",
        text(&scope.to_string())
    );
    let mut response = unframed_page(200, topic);
    response.body = Body::Html(html);
    response
}

/// `value` as HTML text or attribute value: a registered name is the client's to
/// choose, so it could hold markup.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(response: &Response) -> &str {
        match &response.body {
            Body::Html(html) => html,
            _ => "",
        }
    }

    #[test]
    fn the_page_names_the_app_and_says_what_each_scope_allows() {
        let scope = Scope::parse("photos.read profile photos.print");
        let page = page(Topic::LoggedIn, "Photo Printer", &scope);
        let html = html(&page);
        assert!(
            html.contains("Allow Photo Printer to use your account?"),
            "{html}"
        );
        assert!(
            html.contains("<li>photos.read: View your photos</li>"),
            "{html}"
        );
        assert!(
            html.contains("<li>profile: See your name and profile</li>"),
            "{html}"
        );
        assert!(
            html.contains("<li>photos.print</li>"),
            "unknown shown as is: {html}"
        );
        assert!(!html.contains("Signed in"), "{html}");
    }

    #[test]
    fn its_form_posts_the_scope_with_allow_or_deny() {
        let page = page(Topic::ConsentPageShown, "app", &Scope::parse("photos.read"));
        let html = html(&page);
        assert!(html.contains("<form method=\"post\" action=\"/consent\">"));
        assert!(
            html.contains("name=\"scope\" value=\"photos.read\""),
            "{html}"
        );
        assert!(html.contains("name=\"decision\" value=\"allow\">Allow</button>"));
        assert!(html.contains("name=\"decision\" value=\"deny\">Deny</button>"));
        assert_eq!(page.status, 200);
    }

    #[test]
    fn markup_in_a_registered_name_is_shown_as_text() {
        let page = page(Topic::LoggedIn, "<b>\"Evil\" & co</b>", &Scope::default());
        let html = html(&page);
        assert!(
            html.contains("Allow &lt;b&gt;&quot;Evil&quot; &amp; co&lt;/b&gt; to"),
            "{html}"
        );
    }

    #[test]
    fn every_line_fits_the_message_tab_at_80_columns() {
        let scope = Scope::parse("photos.read photos.write profile");
        let page = page(Topic::LoggedIn, "Photo Printer", &scope);
        for line in html(&page).lines() {
            assert!(line.chars().count() <= 76, "{line}");
        }
    }
}
