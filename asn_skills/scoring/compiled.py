"""A scorer compiled for one questionnaire, for batches: plain records at a fraction of the cost.

`score_answers` builds validated Pydantic models, which is right for one person and too slow for a
million rows. This scorer follows the same rules step for step (a test checks it gives identical
records), works on item scores already looked up per cell, and memoises everything that depends only
on the role and the levels reached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import compress, islice, repeat
from operator import add, is_, itemgetter, mul
from typing import Any

from asn_skills.i18n import translate
from asn_skills.questionnaire.model import Questionnaire, Role
from asn_skills.scoring import rules
from asn_skills.scoring.result import DomainRecord, Record, instrument_of, iso_timestamp

DOMAIN_CACHE_LIMIT = 4_000
"""Answer patterns remembered per domain: real rounds repeat patterns, and memory stays bounded."""
ROLE_CACHE_LIMIT = 100_000
"""Verdicts remembered per (role, levels): at most roles x levels ** domains, bounded for large instruments."""
_LEVEL = itemgetter(1)
_ZERO: dict[Any, float] = {None: 0.0}
"""`_ZERO.get(item, default)`: 0.0 for an unanswered item, else `default` (a C-level way to skip None)."""


DomainPart = rules.DomainPart
"""What one answer pattern gives a domain; made once per pattern."""
_LEVEL_LOW = itemgetter(3)
_LEVEL_HIGH = itemgetter(4)


class CompiledScorer:
    def __init__(self, questionnaire: Questionnaire, lang: str) -> None:
        self.q = questionnaire
        self.lang = lang
        index = {question.id: position for position, question in enumerate(questionnaire.questions)}
        self.domains = [
            (
                domain.id,
                domain.weight,
                [(index[q.id], q.weight, q.is_self_rated) for q in questionnaire.questions if q.domain == domain.id],
            )
            for domain in questionnaire.domains
        ]
        self.domain_ids = [domain.id for domain in questionnaire.domains]
        self.min_answered = questionnaire.policy.min_answered
        self._by_levels: dict[tuple[Any, ...], rules.Verdict] = {}
        self._standings: dict[tuple[str, tuple[int | None, ...]], rules.Standing] = {}
        self._by_sums: dict[str, dict[tuple[Any, ...], DomainPart]] = {domain_id: {} for domain_id in self.domain_ids}
        self._pickers = [_picker([position for position, _, _ in members]) for _, _, members in self.domains]
        self._caches: list[dict[Any, DomainPart]] = [{} for _ in self.domains]
        self._domain_records: list[dict[Any, DomainRecord]] = [{} for _ in self.domains]
        self.instrument = instrument_of(questionnaire)
        """The questionnaire as every record names it (one dict, shared)."""
        self._levels: dict[float, int] = {}
        self._shapes = [_Shape.of(members) for _, _, members in self.domains]

    def level(self, score: float) -> int:
        found = self._levels.get(score)
        if found is None:
            found = rules.level_of(self.q.levels, score).level
            if len(self._levels) < DOMAIN_CACHE_LIMIT:
                self._levels[score] = found
        return found

    def domain_parts(self, item_rows: Sequence[tuple[float | None, ...]]) -> list[tuple[DomainPart, ...]]:
        """For each row of item scores, the part of every domain, in domain order.

        Column-wise: each domain's answer patterns are picked and looked up for all rows at once, and a
        domain is computed only for a pattern not seen before.
        """
        columns = []
        for (domain_id, _, members), pick, cache, shape in zip(
            self.domains, self._pickers, self._caches, self._shapes, strict=True
        ):
            keys = list(map(pick, item_rows))
            found: list[DomainPart | None] = list(map(cache.get, keys))
            if None in found:
                wanted = list(dict.fromkeys(compress(keys, map(is_, found, repeat(None)))))
                made = dict(zip(wanted, self._parts(domain_id, members, shape, wanted), strict=True))
                found = list(map(made.get, keys, found))
                room = DOMAIN_CACHE_LIMIT - len(cache)
                if room > 0:
                    cache.update(islice(made.items(), room))
            columns.append(found)
        return list(zip(*columns, strict=True))

    def record(
        self,
        parts: tuple[DomainPart, ...],
        role: Role,
        *,
        nip: str | None,
        name: str | None,
        unit: str | None,
        submitted_at: datetime | None,
        warnings: list[str],
    ) -> Record:
        """The result record of one person from the parts of their domains; `warnings` are all of its
        warnings (see `part_warnings` for those the parts give).

        Records share their per-domain dicts (a domain part with its requirement is built once): treat
        records as read-only.
        """
        verdict = self.role_part(role, *self.level_sets(parts))
        domains: dict[str, DomainRecord] = {}
        overall_total = 0.0
        overall_weight = 0.0
        incomplete = False
        for index, ((domain_id, domain_weight, _), found) in enumerate(zip(self.domains, parts, strict=True)):
            domains[domain_id] = self.domain_record(index, found, verdict.required[domain_id], verdict.gaps[domain_id])
            if found.score is None:
                incomplete = True
            else:
                overall_total += domain_weight * found.score
                overall_weight += domain_weight
        overall = rules.overall_score(overall_total, overall_weight) if overall_weight else None
        return {
            "nip": nip,
            "name": name,
            "unit": unit,
            "role": role.id,
            "submitted_at": iso_timestamp(submitted_at),
            "instrument": self.instrument,
            "domains": domains,
            **self.overall_fields(overall),  # type: ignore[typeddict-item]
            **self.verdict_fields(verdict, self.pooled(parts)),
            "incomplete": incomplete,
            "warnings": warnings,
        }

    @staticmethod
    def level_sets(parts: Sequence[DomainPart]) -> tuple[tuple[int | None, ...], ...]:
        """The levels reached, the low and the high levels of `parts`: what the verdict depends on."""
        return tuple(map(_LEVEL, parts)), tuple(map(_LEVEL_LOW, parts)), tuple(map(_LEVEL_HIGH, parts))

    def pooled(self, parts: Sequence[DomainPart]) -> bool | None:
        """The pooled over-estimation judgement (`rules.overestimates`)."""
        return rules.overestimates(parts, self.q.policy.overestimate_points)

    def domain_record(self, index: int, part: DomainPart, required: int | None, gap: int | None) -> DomainRecord:
        """The record of the `index`-th domain for its part and its requirement (built once per pattern)."""
        built = self._domain_records[index]
        key = (part, required, gap)
        domain = built.get(key)
        if domain is None:
            domain = {
                "score": part.score,
                "se": part.se,
                "level": part.level,
                "level_low": part.level_low,
                "level_high": part.level_high,
                "self": part.self_part,
                "knowledge": part.knowledge,
                "knowledge_se": part.knowledge_se,
                "required": required,
                "gap": gap,
            }
            if len(built) < DOMAIN_CACHE_LIMIT:
                built[key] = domain
        return domain

    def overall_fields(self, overall: float | None) -> dict[str, Any]:
        """The record's fields that follow from the overall score."""
        return {"overall": overall, "level": None if overall is None else self.level(overall)}

    @staticmethod
    def verdict_fields(verdict: rules.Verdict, overestimates: bool | None) -> dict[str, Any]:
        """The record's person fields that follow from the verdict (the role and the levels reached) and
        the pooled over-estimation judgement, in record order."""
        return {
            "jpm": verdict.jpm,
            "match": None if verdict.match is None else verdict.match.value,
            "needs_training": verdict.needs_training,
            "priority": verdict.priority.value,
            "to_confirm": list(verdict.to_confirm),
            "overestimates": overestimates,
            "trainings": list(verdict.trainings),
            "deferred": list(verdict.deferred),
        }

    def part_warnings(self, parts: Sequence[DomainPart]) -> list[str]:
        """The warnings `parts` give: each unscored domain, and how many knowledge items were left blank."""
        found = [
            translate("domain_unscored", self.lang, domain=domain_id, answered=part.answered, total=part.rated)
            for domain_id, part in zip(self.domain_ids, parts, strict=True)
            if part.score is None
        ]
        blanks = sum(part.blanks for part in parts)
        if blanks:
            found.append(translate("knowledge_blank", self.lang, count=blanks))
        return found

    def _parts(
        self, domain_id: str, members: list[tuple[int, float, bool]], shape: _Shape, keys: list[Any]
    ) -> list[DomainPart]:
        """The parts of one domain for answer patterns (item scores in member order, None = unanswered)
        not seen before, from their sums (`rules.domain_part`).

        Column-wise: an unanswered self item adds 0.0 to the sums, the weights and the squared weights,
        which leaves every sum exactly as adding only the answered items in member order would; a blank
        knowledge item adds 0.0 to the sum and its weight to the weights (it scores 0).
        """
        rows: list[tuple[float | None, ...]] = keys if len(members) > 1 else [(key,) for key in keys]
        count = len(rows)
        columns = list(zip(*rows, strict=True))

        def summed(lists: Iterable[Iterable[float]]) -> list[float]:
            total: Iterator[float] = repeat(0.0, count)
            for values in lists:
                total = map(add, total, values)
            return list(total)

        def products(items: tuple[int, ...]) -> Iterator[Iterator[float]]:
            return (
                map(mul, repeat(shape.weights[item]), map(_ZERO.get, columns[item], columns[item])) for item in items
            )

        rated = shape.self_items
        self_sums = zip(
            summed(products(rated)),
            summed(map(_ZERO.get, columns[item], repeat(shape.weights[item])) for item in rated),
            summed(map(_ZERO.get, columns[item], repeat(shape.weights[item] ** 2)) for item in rated),
            strict=True,
        )
        known_weight = known_square = 0.0
        for item in shape.known_items:
            known_weight += shape.weights[item]
            known_square += shape.weights[item] * shape.weights[item]
        known_totals = summed(products(shape.known_items))
        domain = self.q.domains_by_id[domain_id]
        known_items = len(shape.known_items)
        by_sums = self._by_sums[domain_id]
        parts: list[DomainPart] = []
        for row, own, known_total in zip(rows, self_sums, known_totals, strict=True):
            answered = len(rated) - sum(row[item] is None for item in rated)
            blanks = sum(row[item] is None for item in shape.known_items)
            # The part follows from the sums and counts alone, which many answer patterns share.
            key = (own, known_total, answered, blanks)
            part = by_sums.get(key)
            if part is None:
                part = rules.domain_part(
                    domain,
                    self.q.levels,
                    self.q.policy,
                    own,
                    (known_total, known_weight, known_square),
                    (answered, len(rated), blanks, known_items),
                )
                if len(by_sums) < DOMAIN_CACHE_LIMIT:
                    by_sums[key] = part
            parts.append(part)
        return parts

    def role_part(
        self,
        role: Role,
        levels: tuple[int | None, ...],
        lows: tuple[int | None, ...] | None = None,
        highs: tuple[int | None, ...] | None = None,
    ) -> rules.Verdict:
        """Gaps, JPM, band, decision, priority and courses (`rules.judge`): they depend only on the role,
        the levels reached and their ranges (the levels reached when not given). The standing at each set
        of levels is remembered apart, since many ranges share their levels; the same verdict is the same
        object (`Verdict` compares by identity), so callers may number them."""
        lows = levels if lows is None else lows
        highs = levels if highs is None else highs
        decided = rules.decision(self._standing(role, highs).flagged, self._standing(role, lows).flagged)
        confirming: tuple[str, ...] = ()
        if decided is rules.Decision.CONFIRM:
            at_levels = self._standing(role, levels)
            ids = self.domain_ids
            confirming = rules.to_confirm(
                at_levels.required, dict(zip(ids, lows, strict=True)), dict(zip(ids, highs, strict=True))
            )
        key = (role.id, levels, decided, confirming)
        found = self._by_levels.get(key)
        if found is None:
            found = rules.verdict(self._standing(role, levels), decided, confirming)
            if len(self._by_levels) < ROLE_CACHE_LIMIT:
                self._by_levels[key] = found
        return found

    def _standing(self, role: Role, levels: tuple[int | None, ...]) -> rules.Standing:
        key = (role.id, levels)
        found = self._standings.get(key)
        if found is None:
            found = rules.standing(self.q, role, dict(zip(self.domain_ids, levels, strict=True)))
            if len(self._standings) < ROLE_CACHE_LIMIT:
                self._standings[key] = found
        return found


@dataclass(frozen=True)
class _Shape:
    """A domain's items: their weights, and which are self-rated and which test knowledge."""

    weights: tuple[float, ...]
    self_items: tuple[int, ...]
    known_items: tuple[int, ...]

    @classmethod
    def of(cls, members: list[tuple[int, float, bool]]) -> _Shape:
        return cls(
            tuple(weight for _, weight, _ in members),
            tuple(index for index, (_, _, rated) in enumerate(members) if rated),
            tuple(index for index, (_, _, rated) in enumerate(members) if not rated),
        )


def _picker(positions: list[int]) -> Callable[[Sequence[float | None]], Any]:
    """A fast function returning the item scores at `positions` as a hashable key."""
    if len(positions) == 1:
        only = positions[0]
        return lambda items: items[only]
    return itemgetter(*positions)
