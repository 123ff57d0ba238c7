//! The parsed messages of every language, built once from Fluent sources.
//!
//! The binary builds its catalog from the files `build.rs` compiled in; the tests
//! build theirs, from the same files or from a fixture language, with the same
//! [`Locale::build`], so what they prove about one holds for the other. The binary's
//! catalog ([`Catalog::compiled`]) builds each language on its first use: a class
//! that never switches language never pays for the others' parsed files (issue 6,
//! the TUI's memory), and the tests' [`Catalog::build`] builds every one at once to
//! report every problem.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;

/// Every message of every language. A message without variables is read straight
/// from its parsed file, without a copy: Fluent gives back a borrowed `&str` for a
/// pattern that is one piece of text, and the few that are not (a `{" "}` at an
/// end) are rendered once, here.
pub struct Catalog {
    locales: Vec<Slot>,
}

/// A language of the catalog: its code, and its messages once built.
struct Slot {
    code: String,
    /// The compiled-in files a language is built from on first use; none when it
    /// was built with the catalog.
    sources: &'static [(&'static str, &'static str)],
    locale: OnceLock<Locale>,
}

/// One language: its files and the Fluent bundle over them.
struct Locale {
    files: Vec<(String, Arc<FluentResource>)>,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// Patterns without variables that are more than one piece of text, rendered,
    /// by the address of the pattern (which never moves: the files are shared and
    /// never change).
    rendered: HashMap<usize, String>,
}

/// Where a message or attribute is defined and which variables it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub file: String,
    pub variables: BTreeSet<String>,
}

impl Catalog {
    /// Builds a catalog from `(code, [(file name, Fluent source)])`, one entry per
    /// language, English first. What Fluent could parse is kept; every problem
    /// (a syntax error with its file and line, an id defined twice, a message that
    /// cannot be rendered) is returned beside it.
    pub fn build(sources: &[(&str, &[(&str, &str)])]) -> (Catalog, Vec<String>) {
        let mut problems = Vec::new();
        let locales = sources
            .iter()
            .map(|(code, files)| Slot {
                code: (*code).to_owned(),
                sources: &[],
                locale: OnceLock::from(Locale::build(code, files, &mut problems)),
            })
            .collect();
        (Catalog { locales }, problems)
    }

    /// The catalog of the compiled-in languages, each built on its first use. The
    /// tests build the same files with [`Catalog::build`] and prove they have no
    /// problem, so none is lost here.
    pub fn compiled(
        sources: &'static [(&'static str, &'static [(&'static str, &'static str)])],
    ) -> Catalog {
        let locales = sources
            .iter()
            .map(|(code, files)| Slot {
                code: (*code).to_owned(),
                sources: files,
                locale: OnceLock::new(),
            })
            .collect();
        Catalog { locales }
    }

    /// Whether language `index` has been built.
    #[cfg(test)]
    pub(super) fn is_built(&self, index: usize) -> bool {
        self.locales
            .get(index)
            .is_some_and(|slot| slot.locale.get().is_some())
    }

    /// Language `index`, built now if it was not yet.
    fn locale(&self, index: usize) -> Option<&Locale> {
        let slot = self.locales.get(index)?;
        Some(
            slot.locale
                .get_or_init(|| Locale::build(&slot.code, slot.sources, &mut Vec::new())),
        )
    }

    /// [`Catalog::build`], refusing sources with any problem.
    ///
    /// # Errors
    ///
    /// Every problem, one per line.
    pub fn from_sources(sources: &[(&str, &[(&str, &str)])]) -> Result<Catalog, String> {
        match Catalog::build(sources) {
            (catalog, problems) if problems.is_empty() => Ok(catalog),
            (_, problems) => Err(problems.join("\n")),
        }
    }

    /// The codes of the languages, in the order they were given.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.code.as_str())
    }

    /// The position of the language `code`.
    pub fn index_of(&self, code: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.code == code)
    }

    /// The value of message `id`, when it has no variables.
    pub fn message(&self, locale: usize, id: &str) -> Option<&str> {
        let locale = self.locale(locale)?;
        locale.plain(locale.bundle.get_message(id)?.value()?)
    }

    /// The attribute `attribute` of message `id`, when it has no variables.
    pub fn attribute(&self, locale: usize, id: &str, attribute: &str) -> Option<&str> {
        let locale = self.locale(locale)?;
        let message = locale.bundle.get_message(id)?;
        locale.plain(message.get_attribute(attribute)?.value())
    }

    /// Message `id` formatted with `args`, and any error Fluent met doing it (a
    /// variable missing from `args`).
    pub fn format(
        &self,
        locale: usize,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<(String, Vec<FluentError>)> {
        let bundle = &self.locale(locale)?.bundle;
        let pattern = bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some((text.into_owned(), errors))
    }

    /// Every `id` and `id.attribute` language `locale` defines, with its file and
    /// variables: what the completeness checks compare.
    pub fn keys(&self, locale: usize) -> Option<BTreeMap<String, Key>> {
        let locale = self.locale(locale)?;
        let mut keys = BTreeMap::new();
        for (file, resource) in &locale.files {
            for (key, variables) in definitions(resource) {
                let file = file.clone();
                keys.entry(key).or_insert(Key { file, variables });
            }
        }
        Some(keys)
    }
}

impl Locale {
    fn build(code: &str, sources: &[(&str, &str)], problems: &mut Vec<String>) -> Locale {
        let id = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        // A new bundle has no functions, so the name is free.
        let _ = bundle.add_function(super::josa::NAME, super::josa::josa);
        let mut files = Vec::new();
        let mut defined: HashMap<String, String> = HashMap::new();
        for (file, source) in sources {
            let place = format!("locales/{code}/{file}");
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(
                |(resource, errors)| {
                    for error in errors {
                        let line = source[..error.pos.start.min(source.len())].lines().count();
                        problems.push(format!("{place}:{line}: {}", error.kind));
                    }
                    resource
                },
            );
            for (key, _) in definitions(&resource) {
                if let Some(before) = defined.insert(key.clone(), (*file).to_owned()) {
                    problems.push(format!("{place}: `{key}` is already in {before}"));
                }
            }
            let resource = Arc::new(resource);
            // Two definitions of one id are reported above, with both files.
            let _ = bundle.add_resource(Arc::clone(&resource));
            files.push(((*file).to_owned(), resource));
        }
        let mut locale = Locale {
            files,
            bundle,
            rendered: HashMap::new(),
        };
        locale.render(code, problems);
        locale
    }

    /// Renders every pattern without variables once: to report those Fluent cannot
    /// render, and to keep those that are not one borrowed piece of text.
    fn render(&mut self, code: &str, problems: &mut Vec<String>) {
        let mut rendered = HashMap::new();
        for (file, resource) in &self.files {
            for entry in resource.entries() {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns.filter(|p| variables(p).is_empty()) {
                    let mut errors = Vec::new();
                    let text = self.bundle.format_pattern(pattern, None, &mut errors);
                    for error in errors {
                        let id = message.id.name;
                        problems.push(format!("locales/{code}/{file}: `{id}`: {error}"));
                    }
                    if let Cow::Owned(text) = text {
                        rendered.insert(std::ptr::from_ref(pattern) as usize, text);
                    }
                }
            }
        }
        self.rendered = rendered;
    }

    /// A pattern without variables as text: borrowed from its file, or rendered.
    fn plain<'a>(&'a self, pattern: &'a ast::Pattern<&'a str>) -> Option<&'a str> {
        if let Some(text) = self.rendered.get(&(std::ptr::from_ref(pattern) as usize)) {
            return Some(text);
        }
        let mut errors = Vec::new();
        match self.bundle.format_pattern(pattern, None, &mut errors) {
            Cow::Borrowed(text) if errors.is_empty() => Some(text),
            _ => None,
        }
    }
}

/// Every `id` and `id.attribute` a resource defines, with the variables it uses.
fn definitions(resource: &FluentResource) -> Vec<(String, BTreeSet<String>)> {
    let mut found = Vec::new();
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        if let Some(value) = &message.value {
            found.push((id.to_owned(), variables(value)));
        }
        for attribute in &message.attributes {
            let key = format!("{id}.{}", attribute.id.name);
            found.push((key, variables(&attribute.value)));
        }
    }
    found
}

/// The variables a pattern uses, in its placeables and selectors.
fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    collect_pattern(pattern, &mut found);
    found
}

fn collect_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, found);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, found),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, found);
            for variant in variants {
                collect_pattern(&variant.value, found);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, found);
            }
            for named in &arguments.named {
                collect_inline(&named.value, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, found),
        _ => {}
    }
}
