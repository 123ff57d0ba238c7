//! The text layer: every sentence and label the program shows, kept as data.
//!
//! The words live in Fluent files, one folder per language (`locales/en/`,
//! `locales/ko/`, one file per area: `tui.ftl`, `explain.ftl`, …), compiled into the
//! binary by `build.rs`. A teacher edits a sentence without touching Rust, and a
//! language is added by adding a folder (README, "Adding a language").
//!
//! Neither the simulation nor the views own words: the core names a [`crate::sim::Topic`]
//! or a fact, and the views ask this module for its text in a [`Lang`] they pass on
//! every call. There is no "current language": the [`Catalog`] below is built once,
//! never changes, and is shared like any other constant.
//!
//! Ids follow one scheme: `<area>-<name>` in kebab case, the name being the Rust
//! variant it stands for (`tui-tab-message` for `Key::TabMessage`); an explanation is
//! one message whose value is the headline and whose `.why` and `.next` attributes
//! are the rest. A message without variables is read from its parsed file without a
//! copy (a hash lookup, about a tenth of a microsecond) and returned as
//! `&'static str`; one with variables (`{ $seconds }`) is formatted on each call by
//! [`format`].

mod catalog;
mod check;
mod josa;
mod lang;
#[cfg(test)]
mod tests;

use std::sync::LazyLock;

pub use catalog::Catalog;
pub use fluent_bundle::FluentValue as Arg;
pub use lang::{Lang, UnknownLang};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The compiled catalog: each language is parsed on its first use (about 1 ms and
/// half a megabyte each). The tests prove that every compiled file parses, so the
/// problems [`Catalog::build`] could report are none.
static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::compiled(LOCALES));

/// The catalog of the compiled languages.
pub fn catalog() -> &'static Catalog {
    &CATALOG
}

/// The message `id` in `lang`, a message without variables. A message missing from
/// `lang` falls back to English, and one missing everywhere shows as its id (and
/// fails debug builds), so a gap the completeness tests let through is visible
/// rather than blank.
pub fn message(lang: Lang, id: &'static str) -> &'static str {
    let found = catalog()
        .message(lang.index(), id)
        .or_else(|| catalog().message(Lang::EN.index(), id));
    debug_assert!(found.is_some(), "no message `{id}` in locales/en/");
    found.unwrap_or(id)
}

/// The language's own name, as the TUI's language key offers it
/// (`language-name`), read when the program was built.
pub fn language_name(lang: Lang) -> &'static str {
    plain_name(lang, |names| names.0, "language-name")
}

/// The help's invitation to switch to the language, in that language
/// (`language-switch`), read when the program was built.
pub fn language_switch(lang: Lang) -> &'static str {
    plain_name(lang, |names| names.1, "language-switch")
}

/// A name from the build-time table [`NAMES`], or the message `id` where the table
/// has none: naming a language never builds its messages unless it must.
fn plain_name(
    lang: Lang,
    pick: impl Fn(&(&'static str, &'static str)) -> &'static str,
    id: &'static str,
) -> &'static str {
    NAMES
        .get(lang.index())
        .map(pick)
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| message(lang, id))
}

/// The message `id` in `lang` with its variables set from `args`. A variable the
/// message uses and `args` lacks shows as `{$name}`, Fluent's own mark, and fails
/// debug builds: the tests format every such message.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let english = || catalog().format(Lang::EN.index(), id, args);
    let formatted = catalog().format(lang.index(), id, args).or_else(english);
    debug_assert!(
        formatted
            .as_ref()
            .is_some_and(|(_, errors)| errors.is_empty()),
        "{id}: {formatted:?}"
    );
    formatted.map_or_else(|| id.to_owned(), |(text, _)| text)
}

/// The message `<area>-<name>` in `lang`: `name` is a Rust name in snake or kebab
/// case (`tab_message`, `tab-message`), read with dashes, as every id is written.
pub fn named(lang: Lang, area: &str, name: &'static str) -> &'static str {
    let found = with_id(area, name, |id| {
        catalog()
            .message(lang.index(), id)
            .or_else(|| catalog().message(Lang::EN.index(), id))
    });
    debug_assert!(found.is_some(), "no message `{area}-{name}` in locales/en/");
    found.unwrap_or(name)
}

/// The attribute `attribute` of message `<area>-<name>`, as [`named`] finds it.
pub fn named_attribute(
    lang: Lang,
    area: &str,
    name: &'static str,
    attribute: &str,
) -> &'static str {
    let found = with_id(area, name, |id| {
        catalog()
            .attribute(lang.index(), id, attribute)
            .or_else(|| catalog().attribute(Lang::EN.index(), id, attribute))
    });
    debug_assert!(
        found.is_some(),
        "no `{area}-{name}.{attribute}` in locales/en/"
    );
    found.unwrap_or(name)
}

/// The message `<area>-<name>` in `lang` if that language has it, without falling
/// back: for names that have words only sometimes (a detail's name is translated,
/// a protocol parameter's is not).
pub fn find(lang: Lang, area: &str, name: &str) -> Option<&'static str> {
    with_id(area, name, |id| catalog().message(lang.index(), id))
}

/// The id `<area>-<name>`, written with dashes.
pub fn id(area: &str, name: &str) -> String {
    let mut id = String::with_capacity(area.len() + 1 + name.len());
    id.push_str(area);
    id.push('-');
    id.extend(name.chars().map(|c| if c == '_' { '-' } else { c }));
    id
}

/// Calls `f` with the id `<area>-<name>` built on the stack: lookups of labels run
/// on every frame and every step, and need no allocation. An id longer than the
/// buffer is no id of ours, and finds nothing.
fn with_id<'a>(area: &str, name: &str, f: impl FnOnce(&str) -> Option<&'a str>) -> Option<&'a str> {
    const MAX: usize = 128;
    let (area, name) = (area.as_bytes(), name.as_bytes());
    let length = area.len() + 1 + name.len();
    if length > MAX {
        return None;
    }
    let mut buffer = [0_u8; MAX];
    buffer[..area.len()].copy_from_slice(area);
    buffer[area.len()] = b'-';
    for (slot, byte) in buffer[area.len() + 1..length].iter_mut().zip(name) {
        *slot = if *byte == b'_' { b'-' } else { *byte };
    }
    std::str::from_utf8(&buffer[..length]).ok().and_then(f)
}
