"""Documents (titled tables, charts, letterhead) and the writers that turn them into Markdown, HTML, CSV,
xlsx and Word; the terminal writer lives with the command line."""
