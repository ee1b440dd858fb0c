"""Documents written out: the document model and its writers (HTML, Markdown, CSV, workbooks, Word), and charts."""
