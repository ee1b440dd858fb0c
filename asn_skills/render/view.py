"""What a report shows, ready for any writer: the document for people, the data for machines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from asn_skills.render.document import Document, Section


@dataclass(frozen=True)
class View:
    """The same content for people (`document`) and for machines (`data`, written as JSON)."""

    document: Document
    data: object
    table: Section | None = None
    """The one table a CSV holds; None where the view has no table."""
    sheets: Callable[[], Document] | None = None
    """Makes what a workbook holds, a sheet per table (one value per cell), when one is written; None for
    `document`."""
