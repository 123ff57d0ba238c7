//! The scenario picker's state: the built-ins, grouped by what they are about
//! ([`Group`]), and the `.json` files of a directory; typing filters the list by name
//! and by title in both languages. A file that cannot be used is reported with the
//! same text as the headless runner (`ScenarioError`'s Display after `error: `) and
//! the current scenario stays open.

use std::path::{Path, PathBuf};

use crate::explain::Lang;
use crate::scenario::Group;
use crate::scenario::{self, Loaded, ScenarioError};

/// Where a listed scenario comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Builtin(&'static str),
    File(PathBuf),
}

/// One line of the picker.
#[derive(Debug, Clone)]
pub struct Entry {
    pub source: Source,
    /// The built-in's name and title, or the file's name.
    pub label: String,
    /// What a built-in is about; none for a file, which is listed unread.
    pub group: Option<Group>,
    /// What the filter looks in, lower case: the name and the titles in every
    /// language.
    haystack: String,
}

/// The open picker.
#[derive(Debug, Clone)]
pub struct Picker {
    entries: Vec<Entry>,
    selected: usize,
    dir: Option<PathBuf>,
    error: Option<String>,
    /// What was typed: only entries that contain it are listed.
    filter: String,
}

impl Picker {
    /// Lists the built-ins, then the files of `dir`, with `current` (a `Loaded::file`)
    /// selected when it is listed.
    pub fn open(dir: Option<&Path>, current: &str, lang: Lang) -> Self {
        let names = scenario::builtin_names().map(str::len).max().unwrap_or(0);
        let mut entries: Vec<Entry> = scenario::builtin_names()
            .map(|name| builtin_entry(name, names, lang))
            .collect();
        // Grouped, and by name within a group (the sort is stable).
        entries.sort_by_key(|e| e.group);
        let mut error = None;
        if let Some(dir) = dir {
            match json_files(dir) {
                Ok(files) => entries.extend(files),
                Err(e) => error = Some(format!("error: {}: {e}", dir.display())),
            }
        }
        let selected = entries
            .iter()
            .position(|e| file_of(&e.source) == current)
            .unwrap_or(0);
        Self {
            entries,
            selected,
            dir: dir.map(Path::to_path_buf),
            error,
            filter: String::new(),
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// What was typed to filter the list.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Whether entry `i` is listed under the filter.
    pub fn shows(&self, i: usize) -> bool {
        self.entries
            .get(i)
            .is_some_and(|e| e.haystack.contains(&self.filter.to_lowercase()))
    }

    /// The indices of the entries listed under the filter, in order.
    pub fn visible(&self) -> Vec<usize> {
        (0..self.entries.len()).filter(|&i| self.shows(i)).collect()
    }

    /// Adds `c` to the filter; the selection moves to the first entry listed when
    /// it is no longer.
    pub fn type_char(&mut self, c: char) {
        self.filter.push(c);
        self.keep_selection_listed();
    }

    /// Takes the last character off the filter.
    pub fn erase(&mut self) {
        self.filter.pop();
        self.keep_selection_listed();
    }

    fn keep_selection_listed(&mut self) {
        if !self.shows(self.selected)
            && let Some(&first) = self.visible().first()
        {
            self.selected = first;
        }
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The directory whose files are listed.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The last error, worded as the headless runner words it.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The index of the first file entry, which starts the files' section.
    pub fn first_file(&self) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| matches!(e.source, Source::File(_)))
    }

    /// Moves the selection by `delta` listed entries, stopping at the ends.
    pub fn select_by(&mut self, delta: isize) {
        let visible = self.visible();
        let at = visible
            .iter()
            .position(|&i| i == self.selected)
            .unwrap_or(0);
        let last = visible.len().saturating_sub(1);
        if let Some(&entry) = visible.get(at.saturating_add_signed(delta).min(last)) {
            self.selected = entry;
        }
    }

    /// Loads the selected scenario when it is listed; on failure keeps the error to
    /// show it.
    pub fn load(&mut self) -> Option<Loaded> {
        if !self.shows(self.selected) {
            return None;
        }
        let source = &self.entries.get(self.selected)?.source;
        match load(source) {
            Ok(loaded) => Some(loaded),
            Err(error) => {
                self.error = Some(format!("error: {error}"));
                None
            }
        }
    }
}

/// A built-in's line: its name and title in `lang`, its group, and its title in every
/// language the file gives for the filter.
fn builtin_entry(name: &'static str, names: usize, lang: Lang) -> Entry {
    let Some(Ok(loaded)) = scenario::builtin(name) else {
        return Entry {
            source: Source::Builtin(name),
            label: name.to_owned(),
            group: None,
            haystack: name.to_lowercase(),
        };
    };
    let scenario = &loaded.scenario;
    let mut haystack = name.to_owned();
    for title in scenario.title_words().texts() {
        haystack.push('\n');
        haystack.push_str(title);
    }
    Entry {
        source: Source::Builtin(name),
        label: format!("{name:<names$}  {}", scenario.title_in(lang)),
        group: Some(Group::of(scenario)),
        haystack: haystack.to_lowercase(),
    }
}

fn load(source: &Source) -> Result<Loaded, ScenarioError> {
    match source {
        Source::Builtin(name) => scenario::builtin(name)
            .unwrap_or_else(|| Err(ScenarioError::file(name, "no such built-in scenario"))),
        Source::File(path) => scenario::load_file(path),
    }
}

/// How `Loaded::file` names a source.
fn file_of(source: &Source) -> String {
    match source {
        Source::Builtin(name) => format!("builtin:{name}"),
        Source::File(path) => path.display().to_string(),
    }
}

/// The `.json` files of `dir`, sorted by name: only regular files (or links to
/// them), so a FIFO or a device named `*.json` is not offered. Listing opens
/// nothing, and loading checks the type again on the open file.
fn json_files(dir: &Path) -> std::io::Result<Vec<Entry>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file()))
        .collect();
    paths.sort();
    Ok(paths
        .into_iter()
        .map(|path| {
            let label = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            Entry {
                haystack: label.to_lowercase(),
                label,
                group: None,
                source: Source::File(path),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_is_reported_like_the_headless_runner_does() {
        let dir = std::env::temp_dir().join(format!("oauth-sim-picker-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("broken.json"), "{}").expect("write");
        let mut picker = Picker::open(Some(&dir), "builtin:standard-flow", Lang::EN);
        assert_eq!(
            picker.entries()[picker.selected()].source,
            Source::Builtin("standard-flow")
        );
        let first_file = picker.first_file().expect("the file is listed");
        picker.select_by(isize::MAX);
        assert_eq!(picker.selected(), first_file, "the file is listed last");
        assert!(picker.load().is_none());
        let expected = scenario::load_file(&dir.join("broken.json"))
            .err()
            .map(|e| format!("error: {e}"));
        assert_eq!(picker.error().map(str::to_owned), expected);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_listed_so_fifos_and_devices_are_never_opened() {
        let dir =
            std::env::temp_dir().join(format!("oauth-sim-picker-fifo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("good.json"), r#"{"title": "t"}"#).expect("write");
        let fifo =
            std::ffi::CString::new(dir.join("fifo.json").into_os_string().into_encoded_bytes())
                .expect("a path without NUL");
        // SAFETY: `fifo` is a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0, "mkfifo");
        std::os::unix::fs::symlink("/dev/zero", dir.join("zero.json")).expect("symlink");
        std::os::unix::fs::symlink(dir.join("good.json"), dir.join("link.json")).expect("symlink");
        std::fs::create_dir_all(dir.join("folder.json")).expect("a directory named .json");
        let picker = Picker::open(Some(&dir), "builtin:standard-flow", Lang::EN);
        let files: Vec<&str> = picker
            .entries()
            .iter()
            .filter(|e| matches!(e.source, Source::File(_)))
            .map(|e| e.label.as_str())
            .collect();
        assert_eq!(files, ["good.json", "link.json"]);
        std::fs::remove_dir_all(&dir).ok();
    }
}
