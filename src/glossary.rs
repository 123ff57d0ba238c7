//! The glossary: the words of OAuth a student meets on screen, each with a short
//! definition and where the RFC says it, in every language of `locales/` (one
//! Fluent message per term in `locales/LANG/glossary.ftl`, its id
//! `glossary-` and the term's id, with the attributes `.definition` and `.rfc`).
//! This module knows the terms and searches them; the texts come from outside
//! ([`Texts`]): the app's text catalog, which compiles those files in with every
//! other `.ftl` file and checks them, or a table in a test.
//!
//! The search looks at every language at once: a Korean student finds "인가 코드"
//! while the screen is in English, and an English word finds the Korean entry.

use crate::text::{Catalog, Lang};

/// One glossary entry. The order is the lesson's: the roles, registration, the
/// owner's approval, the code, the tokens, the refresh.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Term {
    ResourceOwner,
    Client,
    AuthorizationServer,
    ResourceServer,
    AuthenticationVsAuthorization,
    ConfidentialClient,
    PublicClient,
    ClientId,
    ClientSecret,
    RedirectUri,
    FrontChannel,
    BackChannel,
    Scope,
    Consent,
    State,
    AuthorizationCode,
    Pkce,
    CodeVerifier,
    CodeChallenge,
    Grant,
    AccessToken,
    BearerToken,
    WwwAuthenticate,
    Introspection,
    Expiry,
    RefreshToken,
    TokenFamily,
    Revocation,
    // Issue 11, part A: the other grants.
    ClientCredentials,
    DeviceCode,
    UserCode,
}

impl Term {
    /// The id of the term, as its Fluent message names it after `glossary-`:
    /// `front-channel`.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The id of the term's Fluent message: `glossary-front-channel`.
    pub fn message_id(self) -> String {
        format!("glossary-{}", self.id())
    }

    /// Every term, in the glossary's order.
    pub fn all() -> impl Iterator<Item = Term> {
        <Self as strum::IntoEnumIterator>::iter()
    }
}

/// Where the words of the glossary come from: a term's name, definition and RFC in
/// a language, or nothing when that language lacks them.
pub trait Texts {
    fn entry(&self, term: Term, lang: Lang) -> Option<Entry<'_>>;
}

/// The compiled glossary: `locales/<code>/glossary.ftl`, read through the text
/// catalog without falling back to English, so a term a language lacks is not
/// found in it.
impl Texts for Catalog {
    fn entry(&self, term: Term, lang: Lang) -> Option<Entry<'_>> {
        let (id, locale) = (term.message_id(), lang.index());
        Some(Entry {
            name: self.message(locale, &id)?,
            definition: self.attribute(locale, &id, "definition")?,
            rfc: self.attribute(locale, &id, "rfc")?,
        })
    }
}

/// A term's name, definition and where to read more, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    pub name: &'a str,
    pub definition: &'a str,
    /// The sections that say it: `RFC 6749 §1.1`.
    pub rfc: &'a str,
}

/// How well a term matched a query, best first: a match in the term's name ranks
/// above one in its definition, so typing "scope" lists `scope` before every term
/// whose definition mentions a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// The name is the query.
    Name,
    /// The name starts with the query.
    NamePrefix,
    /// A word of the name starts with the query.
    WordPrefix,
    /// The query is inside the name.
    InName,
    /// The query is inside the definition.
    InDefinition,
}

/// The terms that match `query` in any of `languages`, best first and, among
/// equals, in the glossary's order. Case is ignored, and `_` and `-` count as
/// spaces (`client id` finds `client_id`). An empty query lists every term.
pub fn search(query: &str, languages: &[Lang], texts: &impl Texts) -> Vec<Term> {
    let query = normalize(query);
    let mut found: Vec<(Rank, Term)> = Term::all()
        .filter_map(|term| {
            languages
                .iter()
                .filter_map(|&lang| texts.entry(term, lang))
                .filter_map(|entry| rank(&query, &entry))
                .min()
                .map(|rank| (rank, term))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, term)| term).collect()
}

/// How `entry` matches a `query` already normalized, if it does.
pub fn rank(query: &str, entry: &Entry<'_>) -> Option<Rank> {
    let name = normalize(entry.name);
    if query.is_empty() || name == query {
        return Some(Rank::Name);
    }
    if name.starts_with(query) {
        return Some(Rank::NamePrefix);
    }
    if name
        .split(|c: char| c.is_whitespace() || c == '(')
        .any(|word| word.starts_with(query))
    {
        return Some(Rank::WordPrefix);
    }
    if name.contains(query) {
        return Some(Rank::InName);
    }
    normalize(entry.definition)
        .contains(query)
        .then_some(Rank::InDefinition)
}

/// Lower case, `_` and `-` as spaces, runs of spaces as one, no spaces at the ends.
pub fn normalize(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c == '_' || c == '-' { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A term in a language, with its name and definition.
    type Row = ((Term, Lang), (&'static str, &'static str));

    struct Table(Vec<Row>);

    impl Texts for Table {
        fn entry(&self, term: Term, lang: Lang) -> Option<Entry<'_>> {
            self.0
                .iter()
                .find(|(key, _)| *key == (term, lang))
                .map(|&(_, (name, definition))| Entry {
                    name,
                    definition,
                    rfc: "RFC 6749",
                })
        }
    }

    fn table() -> Table {
        Table(vec![
            (
                (Term::Scope, Lang::EN),
                ("scope", "The permissions the client asks for."),
            ),
            (
                (Term::Scope, Lang::KO),
                ("scope (범위)", "클라이언트가 요청하는 권한의 목록입니다."),
            ),
            (
                (Term::AccessToken, Lang::EN),
                ("access token", "Opens the API within its scope."),
            ),
            (
                (Term::AuthorizationCode, Lang::EN),
                ("authorization code", "A single-use claim ticket."),
            ),
            (
                (Term::AuthorizationCode, Lang::KO),
                (
                    "authorization code (인가 코드)",
                    "한 번만 쓸 수 있는 교환권입니다.",
                ),
            ),
            (
                (Term::ClientId, Lang::EN),
                ("client_id", "The client's public identifier."),
            ),
        ])
    }

    #[test]
    fn a_match_in_the_name_ranks_above_one_in_the_definition() {
        assert_eq!(
            search("scope", &[Lang::EN], &table()),
            vec![Term::Scope, Term::AccessToken]
        );
    }

    #[test]
    fn a_korean_query_finds_a_term_while_the_screen_is_in_english() {
        assert_eq!(
            search("인가", &[Lang::EN, Lang::KO], &table()),
            vec![Term::AuthorizationCode]
        );
        assert_eq!(search("인가", &[Lang::EN], &table()), Vec::<Term>::new());
    }

    #[test]
    fn case_and_underscores_do_not_matter() {
        assert_eq!(
            search("CLIENT ID", &[Lang::EN], &table()),
            vec![Term::ClientId]
        );
        assert_eq!(
            search("client-i", &[Lang::EN], &table()),
            vec![Term::ClientId]
        );
    }

    #[test]
    fn a_word_prefix_ranks_above_a_substring() {
        let entry = Entry {
            name: "authorization code",
            definition: "",
            rfc: "",
        };
        assert_eq!(rank("code", &entry), Some(Rank::WordPrefix));
        assert_eq!(rank("ode", &entry), Some(Rank::InName));
        assert_eq!(rank("auth", &entry), Some(Rank::NamePrefix));
        assert_eq!(rank("authorization code", &entry), Some(Rank::Name));
        assert_eq!(rank("token", &entry), None);
    }

    #[test]
    fn an_empty_query_lists_every_term_with_words_in_order() {
        assert_eq!(
            search("  ", &[Lang::EN], &table()),
            vec![
                Term::ClientId,
                Term::Scope,
                Term::AuthorizationCode,
                Term::AccessToken
            ]
        );
    }

    #[test]
    fn term_ids_are_kebab_case_and_read_back() {
        assert_eq!(Term::FrontChannel.id(), "front-channel");
        assert_eq!(Term::WwwAuthenticate.id(), "www-authenticate");
        assert_eq!(Term::Pkce.message_id(), "glossary-pkce");
        assert_eq!("token-family".parse::<Term>(), Ok(Term::TokenFamily));
    }
}
