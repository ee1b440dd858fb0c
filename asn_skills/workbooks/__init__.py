""".xlsx workbooks: `reader` turns a sheet into the CSV the batch reader takes, `writer` writes the workbooks
our reports and results are (XlsxWriter)."""
