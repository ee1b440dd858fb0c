"""The privacy notice every form carries and `assess` shows first (UU 27/2022 on personal data protection):
who controls the data, why it is collected, what is collected, how long it is kept, who sees it, the
respondent's rights and whom to contact. The agency file names the controller and may replace the text."""

from __future__ import annotations

from asn_skills.i18n import translate
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.agency import Agency


def privacy_notice(questionnaire: Questionnaire, agency: Agency | None, lang: str) -> list[str]:
    """The notice as paragraphs in `lang`: the agency's own text when its file gives one, else ours filled in
    with the agency's name, retention and contact (generic words where the file is missing)."""
    title = translate("privacy_title", lang)
    own = agency.privacy_notice_in(lang) if agency else ""
    if own:
        return [title, *(paragraph.strip() for paragraph in own.split("\n\n") if paragraph.strip())]
    controller = _controller(agency, lang)
    retention = agency.retention if agency and agency.retention else translate("privacy_retention_default", lang)
    contact = agency.privacy_contact if agency and agency.privacy_contact else controller
    return [
        title,
        translate("privacy_controller", lang, controller=controller),
        translate("privacy_purpose", lang),
        translate("privacy_collected", lang),
        translate("privacy_retention", lang, retention=retention),
        translate("privacy_access", lang, minimum=questionnaire.policy.min_group_size),
        translate("privacy_rights", lang),
        translate("privacy_contact", lang, contact=contact),
        translate("privacy_consent", lang),
    ]


def _controller(agency: Agency | None, lang: str) -> str:
    if agency is None:
        return translate("privacy_controller_unnamed", lang)
    return ", ".join(part for part in (agency.unit, agency.name) if part)
