### The language itself, for the TUI's language key and its help row.

# The language's own name, as the TUI's language key offers it.
language-name = English
# The help overlay's line for the language key, in this language: shown in the help
# of the language before this one, as an invitation to switch.
language-switch = view in English
