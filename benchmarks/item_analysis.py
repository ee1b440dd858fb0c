"""How long `report --items`'s item analysis takes on a large simulated round (and the earlier one it is
compared with): `PYTHONPATH=. python benchmarks/item_analysis.py [PEOPLE] [ITEMS]`."""

from __future__ import annotations

import math
import random
import sys
import time

from asn_skills.questionnaire.model import Kind, Option, Question, Questionnaire
from asn_skills.reports.items import RoundAnswers, analyse_items
from asn_skills.reports.items.responses import Person


def instrument(items: int) -> Questionnaire:
    """A questionnaire of `items` four-option single-choice items, option a keyed."""
    options = tuple(Option(value=value, label={"en": value}, correct=value == "a") for value in ("a", "b", "c", "d"))
    questions = tuple(
        Question(id=f"Q{index}", domain="d", kind=Kind.CHOICE, text={"en": "?"}, options=options)
        for index in range(items)
    )
    return Questionnaire.model_validate(
        {
            "format": 1,
            "id": "bench",
            "version": "1",
            "languages": ["en"],
            "title": {"en": "bench"},
            "levels": [{"level": 1, "name": {"en": "one"}, "min": 0}],
            "domains": [{"id": "d", "name": {"en": "d"}}],
            "roles": [{"id": "r", "name": {"en": "r"}, "required": {"d": 1}, "default": True}],
            "questions": [question.model_dump() for question in questions],
        }
    )


def simulated(questionnaire: Questionnaire, people: int, seed: int) -> RoundAnswers:
    difficulty = [random.Random(index).uniform(-2, 2) for index in range(len(questionnaire.questions))]
    rng = random.Random(seed)
    answers, persons = [], []
    for index in range(people):
        theta = rng.gauss(0, 1)
        answers.append(
            {
                question.id: "a" if rng.random() < 1 / (1 + math.exp(b - theta)) else rng.choice("bcd")
                for question, b in zip(questionnaire.questions, difficulty, strict=True)
            }
        )
        persons.append(Person("men" if index % 2 else "women", ("staf", "pimpinan", "fungsional")[index % 3]))
    return RoundAnswers(str(seed), answers, persons)


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    items = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    questionnaire = instrument(items)
    earlier, current = simulated(questionnaire, people, 1), simulated(questionnaire, people, 2)
    started = time.perf_counter()
    analysis = analyse_items(questionnaire, current, earlier)
    seconds = time.perf_counter() - started
    print(f"{people} people x {items} items, compared with an earlier round: {seconds:.1f} s")
    print(f"Rasch on {analysis.rasch.people} people; {len(analysis.dif)} DIF comparisons")


if __name__ == "__main__":
    main()
