### The language itself, for the TUI's language key and its help row.

language-name = 한국어
language-switch = 한국어로 보기
