//! The terminal UI (being written).
use std::path::PathBuf;

use crate::explain::Lang;
use crate::scenario::Loaded;

/// Opens the TUI.
pub fn run(_loaded: Loaded, _lang: Lang, _dir: Option<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("the TUI is not built yet")
}
