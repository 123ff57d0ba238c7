//! Every style of the TUI in one place (architecture principle 5). Meaning never
//! rests on colour alone: errors also carry ✗ and bold, the selection is reversed,
//! the current step bold with ▶, so the screen reads the same under `NO_COLOR`
//! (<https://no-color.org>), where this theme keeps only the modifiers.

use ratatui::style::{Color, Modifier, Style};

/// The styles of one screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub dim: Style,
    pub border: Style,
    /// A lane's vertical line and its name.
    pub lane: Style,
    pub arrow: Style,
    /// A failed answer (4xx/5xx or an OAuth error) the scenario did not expect, an
    /// unmet expectation.
    pub failure: Style,
    /// A refusal the scenario expects (the 401 a lesson wants to show): marked `⊘`,
    /// not `✗`.
    pub expected: Style,
    /// A chapter's band across the diagram.
    pub band: Style,
    /// The rows of the current step (patched over the others).
    pub current: Style,
    /// The selected message, tab, picker entry or choice.
    pub selected: Style,
    /// Steps not yet reached.
    pub future: Style,
    /// A `wait`: the clock moving.
    pub wait: Style,
    /// A parameter, header or JSON key name.
    pub name: Style,
    pub value: Style,
    /// A credential: code, secret, token, password, verifier.
    pub secret: Style,
    pub added: Style,
    pub changed: Style,
    pub deleted: Style,
    pub met: Style,
    /// A key name in the footer and the help.
    pub key: Style,
}

impl Theme {
    /// The theme the environment asks for: plain when `NO_COLOR` is set and not empty.
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self::new(!no_color)
    }

    /// A theme with or without colours.
    pub fn new(color: bool) -> Self {
        let fg = |c: Color| {
            if color {
                Style::new().fg(c)
            } else {
                Style::new()
            }
        };
        Self {
            title: Style::new().add_modifier(Modifier::BOLD),
            dim: fg(Color::DarkGray).add_modifier(Modifier::DIM),
            border: fg(Color::DarkGray),
            lane: fg(Color::Blue),
            arrow: Style::new(),
            failure: fg(Color::Red).add_modifier(Modifier::BOLD),
            expected: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            band: fg(Color::Magenta).add_modifier(Modifier::BOLD),
            current: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            future: fg(Color::DarkGray).add_modifier(Modifier::DIM),
            wait: fg(Color::Yellow),
            name: fg(Color::Cyan),
            value: Style::new(),
            secret: fg(Color::Magenta).add_modifier(Modifier::ITALIC),
            added: fg(Color::Green),
            changed: fg(Color::Yellow),
            deleted: fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
            met: fg(Color::Green),
            key: fg(Color::Cyan).add_modifier(Modifier::BOLD),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plain_theme_has_no_colour_but_keeps_the_marks() {
        let theme = Theme::new(false);
        for style in [
            theme.failure,
            theme.expected,
            theme.secret,
            theme.lane,
            theme.deleted,
        ] {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
        assert!(theme.failure.add_modifier.contains(Modifier::BOLD));
        assert!(theme.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(theme.deleted.add_modifier.contains(Modifier::CROSSED_OUT));
    }
}
