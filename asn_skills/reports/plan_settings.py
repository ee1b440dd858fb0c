"""How an agency plans its yearly development plan (AKPK): the decree the plan is attached to, the classes a
quarter can hold and its own course costs, read from the `[plan]` table of the agency file."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_skills.errors import AsnSkillsError
from asn_skills.settings_file import read_settings
from asn_skills.suggest import quoted


@dataclass(frozen=True)
class CourseCost:
    """An agency's own cost figures for one course (rupiah); either or both may be set."""

    per_participant: float | None = None
    per_class: float | None = None


@dataclass(frozen=True)
class PlanSettings:
    """The `[plan]` table: what the yearly plan (AKPK) is attached to and the limits it is planned within."""

    decree: str = ""
    """The letter or decree the plan is an attachment (lampiran) of, e.g. "Keputusan Kepala BKPSDM"."""
    number: str = ""
    """The decree's number (nomor), left as a blank to fill in where not known."""
    date: str = ""
    """The decree's date (tanggal) as printed."""
    quarter_capacity: int | None = None
    """Classes the agency can run in one quarter; None spreads the classes evenly over the year."""
    costs: Mapping[str, CourseCost] = field(default_factory=dict)
    """Cost per course id, overriding the catalogue's."""


_PLAN_TEXTS = ("decree", "number", "date")


def read_plan_settings(path: Path) -> PlanSettings:
    """The `[plan]` table of an agency file (every setting at its default when the table is absent); the
    `[agency]` table is read with the letterhead."""
    file = str(path)
    plan = read_settings(path, "agency_file_missing").get("plan", {})
    if not isinstance(plan, dict):
        raise AsnSkillsError("agency_not_table", file=file, field="plan")
    return _plan_settings(file, plan)


def _plan_settings(file: str, table: dict[str, Any]) -> PlanSettings:
    known = [*_PLAN_TEXTS, "quarter_capacity", "costs"]
    texts: dict[str, str] = {}
    for key, value in table.items():
        if key not in known:
            raise AsnSkillsError("agency_unknown_key", file=file, name=f"plan.{key}", known=quoted(known))
        if key in _PLAN_TEXTS:
            if not isinstance(value, str):
                raise AsnSkillsError("agency_not_text", file=file, field=f"plan.{key}", name=key)
            texts[key] = value.strip()
    capacity = table.get("quarter_capacity")
    if capacity is not None and (isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1):
        raise AsnSkillsError("agency_capacity", file=file)
    costs = table.get("costs", {})
    if not isinstance(costs, dict):
        raise AsnSkillsError("agency_not_table", file=file, field="plan.costs")
    return PlanSettings(
        decree=texts.get("decree", ""),
        number=texts.get("number", ""),
        date=texts.get("date", ""),
        quarter_capacity=capacity,
        costs={course: _course_cost(file, course, value) for course, value in costs.items()},
    )


def _course_cost(file: str, course: str, value: object) -> CourseCost:
    if not isinstance(value, dict) or not value:
        raise AsnSkillsError("agency_cost_form", file=file, course=course)
    amounts: dict[str, float] = {}
    for key, amount in value.items():
        if key not in ("per_participant", "per_class"):
            raise AsnSkillsError(
                "agency_unknown_key",
                file=file,
                name=f"plan.costs.{course}.{key}",
                known=quoted(("per_participant", "per_class")),
            )
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or not math.isfinite(amount) or amount < 0:
            raise AsnSkillsError("agency_cost_amount", file=file, field=f"plan.costs.{course}.{key}")
        amounts[key] = float(amount)
    return CourseCost(**amounts)
