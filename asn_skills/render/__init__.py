"""Documents (titled tables, bar charts, letterhead) and the writers that turn them into Markdown, HTML, CSV
and xlsx; the terminal writer lives with the command line."""
