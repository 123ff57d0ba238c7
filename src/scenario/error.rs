//! The one error a scenario file can have, worded for the person who wrote it:
//! `file:line:col: field.path: what is wrong (and what was probably meant)`.

use std::fmt;

use crate::escape::visible_line;

/// A scenario that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ScenarioError {
    /// The file path, or `builtin:NAME`.
    pub file: String,
    /// 1-based line and column, when the problem has a place in the text.
    pub position: Option<(usize, usize)>,
    /// The field path, e.g. `steps[1].with.code`.
    pub path: Option<String>,
    pub message: String,
}

impl ScenarioError {
    /// An error about the file as a whole.
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            position: None,
            path: None,
            message: message.into(),
        }
    }
}

/// On one line, with control characters escaped: the file name, the path and the
/// message may all quote the file or the command line.
impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", visible_line(&self.file))?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(path) = &self.path {
            write!(f, ": {}", visible_line(path))?;
        }
        write!(f, ": {}", visible_line(&self.message))
    }
}
