//! What `run` and `check` are given on the command line: built-in names, scenario
//! files, and directories, each of which stands for the `.json` files directly in it.
//!
//! A directory is not searched recursively: a CI job names each folder it means, and
//! a folder of fixtures beside the scenarios is not run by surprise. Its files come
//! sorted by name (byte order), so the same folder gives the same run on every
//! machine, whatever order the file system lists them in. A name ending in `.json`
//! always names a scenario file, even when it is a directory: it is then refused as
//! one ("is a directory, not a scenario file").

use std::ffi::OsStr;
use std::path::Path;

use crate::scenario::ScenarioError;

/// The scenario arguments, each directory replaced by its `.json` files; a directory
/// that cannot be read or holds no `.json` file is the error in its place.
pub fn expand(arguments: &[String]) -> Vec<Result<String, ScenarioError>> {
    let mut expanded = Vec::with_capacity(arguments.len());
    for argument in arguments {
        let path = Path::new(argument);
        if path.is_dir() && !is_json(path) {
            match json_files(path) {
                Ok(files) => expanded.extend(files.into_iter().map(Ok)),
                Err(error) => expanded.push(Err(error)),
            }
        } else {
            expanded.push(Ok(argument.clone()));
        }
    }
    expanded
}

/// The `.json` entries directly in `dir`, sorted by name, as paths under `dir`.
fn json_files(dir: &Path) -> Result<Vec<String>, ScenarioError> {
    let shown = dir.display().to_string();
    let unreadable = |error: std::io::Error| {
        ScenarioError::file(&shown, format!("cannot read the directory: {error}"))
    };
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let name = entry.map_err(unreadable)?.file_name();
        if is_json(Path::new(&name)) {
            names.push(name);
        }
    }
    if names.is_empty() {
        return Err(ScenarioError::file(
            &shown,
            "no .json files in this directory (only the .json files directly in it are \
             read, not those in its subdirectories)",
        ));
    }
    names.sort();
    Ok(names
        .iter()
        .map(|name| dir.join(name).display().to_string())
        .collect())
}

/// Whether the name ends in `.json` (in any case, as the loader takes it).
fn is_json(path: &Path) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|extension| extension.eq_ignore_ascii_case("json"))
}
