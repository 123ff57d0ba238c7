//! The parsed messages of every language, built once from Fluent sources.
//!
//! The binary builds its catalog from the files `build.rs` compiled in; the tests
//! build theirs, from the same files or from a fixture language, with the same
//! [`Catalog::build`], so what they prove about one holds for the other.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;

/// Every message of every language. Messages without variables are rendered here,
/// once, so that looking one up is a hash lookup that returns a borrowed `&str`.
pub struct Catalog {
    locales: Vec<Locale>,
}

/// One language: its code, its Fluent bundle for messages with variables, and
/// everything already rendered.
struct Locale {
    code: String,
    bundle: FluentBundle<FluentResource>,
    rendered: HashMap<String, Rendered>,
    /// Every `id` and `id.attribute` the language defines: the file it is in and
    /// the variables it uses.
    keys: BTreeMap<String, Key>,
}

/// A message's value and attributes, rendered when they use no variables.
#[derive(Default)]
struct Rendered {
    value: Option<String>,
    attributes: Vec<(String, String)>,
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
    /// (a syntax error with its file and line, an id defined twice) is returned
    /// beside it.
    pub fn build(sources: &[(&str, &[(&str, &str)])]) -> (Catalog, Vec<String>) {
        let mut problems = Vec::new();
        let locales = sources
            .iter()
            .map(|(code, files)| Locale::build(code, files, &mut problems))
            .collect();
        (Catalog { locales }, problems)
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
        self.rendered(locale, id)?.value.as_deref()
    }

    /// The attribute `attribute` of message `id`, when it has no variables.
    pub fn attribute(&self, locale: usize, id: &str, attribute: &str) -> Option<&str> {
        let rendered = self.rendered(locale, id)?;
        rendered
            .attributes
            .iter()
            .find(|(name, _)| name == attribute)
            .map(|(_, text)| text.as_str())
    }

    fn rendered(&self, locale: usize, id: &str) -> Option<&Rendered> {
        self.locales.get(locale)?.rendered.get(id)
    }

    /// Message `id` formatted with `args`, and any error Fluent met doing it (a
    /// variable missing from `args`).
    pub fn format(
        &self,
        locale: usize,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<(String, Vec<FluentError>)> {
        let bundle = &self.locales.get(locale)?.bundle;
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
    /// variables.
    pub fn keys(&self, locale: usize) -> Option<&BTreeMap<String, Key>> {
        self.locales.get(locale).map(|l| &l.keys)
    }
}

impl Locale {
    fn build(code: &str, files: &[(&str, &str)], problems: &mut Vec<String>) -> Locale {
        let id = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let mut keys = BTreeMap::new();
        for (file, source) in files {
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
            for (key, variables) in definitions(&resource) {
                let defined = Key {
                    file: (*file).to_owned(),
                    variables,
                };
                if let Some(before) = keys.insert(key.clone(), defined) {
                    problems.push(format!("{place}: `{key}` is already in {}", before.file));
                }
            }
            // Two definitions of one id are reported above, with both files.
            let _ = bundle.add_resource(resource);
        }
        let rendered = render(&bundle, &keys, problems, code);
        Locale {
            code: code.to_owned(),
            bundle,
            rendered,
            keys,
        }
    }
}

/// Renders every message and attribute that uses no variables.
fn render(
    bundle: &FluentBundle<FluentResource>,
    keys: &BTreeMap<String, Key>,
    problems: &mut Vec<String>,
    code: &str,
) -> HashMap<String, Rendered> {
    let mut rendered: HashMap<String, Rendered> = HashMap::new();
    for (key, Key { file, variables }) in keys {
        if !variables.is_empty() {
            continue;
        }
        let (id, attribute) = key
            .split_once('.')
            .map_or((key.as_str(), None), |(id, a)| (id, Some(a)));
        let Some(message) = bundle.get_message(id) else {
            continue;
        };
        let pattern = match attribute {
            None => message.value(),
            Some(name) => message.get_attribute(name).map(|a| a.value()),
        };
        let Some(pattern) = pattern else { continue };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        for error in errors {
            problems.push(format!("locales/{code}/{file}: `{key}`: {error}"));
        }
        let entry = rendered.entry(id.to_owned()).or_default();
        match attribute {
            None => entry.value = Some(text),
            Some(name) => entry.attributes.push((name.to_owned(), text)),
        }
    }
    rendered
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
