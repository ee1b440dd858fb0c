"""The privacy notice every form carries and `assess` shows first (UU 27/2022 on personal data protection):
who controls the data, why it is collected, what is collected, how long it is kept, who sees it, the
respondent's rights and whom to contact. The agency file names the controller and may replace the text."""

from __future__ import annotations

from asn_skills.deploy.wording import wording
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.agency import Agency


def privacy_notice(questionnaire: Questionnaire, agency: Agency | None, lang: str) -> list[str]:
    """The notice as paragraphs in `lang`: the agency's own text when its file gives one, else ours filled in
    with the agency's name, retention and contact (generic words where the file is missing)."""
    title = wording("privacy_title", lang)
    own = agency.privacy_notice_in(lang) if agency else ""
    if own:
        return [title, *(paragraph.strip() for paragraph in own.split("\n\n") if paragraph.strip())]
    controller = _controller(agency, lang)
    retention = agency.retention if agency and agency.retention else wording("privacy_retention_default", lang)
    contact = agency.privacy_contact if agency and agency.privacy_contact else controller
    return [
        title,
        wording("privacy_controller", lang, controller=controller),
        wording("privacy_purpose", lang),
        wording("privacy_collected", lang),
        wording("privacy_retention", lang, retention=retention),
        wording("privacy_access", lang, minimum=questionnaire.policy.min_group_size),
        wording("privacy_rights", lang),
        wording("privacy_contact", lang, contact=contact),
        wording("privacy_consent", lang),
    ]


def _controller(agency: Agency | None, lang: str) -> str:
    if agency is None:
        return wording("privacy_controller_unnamed", lang)
    return ", ".join(part for part in (agency.unit, agency.name) if part)


def privacy_notices(questionnaire: Questionnaire, agency: Agency | None) -> dict[str, list[str]]:
    """The notice in every language of the questionnaire (a form shows the one of its language)."""
    return {lang: privacy_notice(questionnaire, agency, lang) for lang in questionnaire.languages}


def notice_text(paragraphs: list[str]) -> str:
    """The notice as one text: paragraphs apart by an empty line."""
    return "\n\n".join(paragraphs)
