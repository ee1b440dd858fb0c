"""Deployments: a questionnaire written as the survey tools take it, and survey structures read back as drafts."""
