"""Deployments of a questionnaire: the files a survey tool, a spreadsheet or a printer takes, each scoring back
through `score` without a column map (`targets.TARGETS` lists them); and survey structures read back as drafts."""
