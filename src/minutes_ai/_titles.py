"""Titles written before a person's name ("Dr Hannah Oduya", "Cllr Nash", "Sr Ward", "Fr. Tom").

One list for everything that reads names: the offline engine's owners and the evaluator that
compares them. Lower case, without the full stop some writers add.
"""

from __future__ import annotations

NAME_TITLES: tuple[str, ...] = (
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr", "councillor", "councilmember",
    "rev", "revd", "sir", "sr", "fr",
)
# the titles as a regular-expression alternation, each with an optional full stop after it
TITLE_PATTERN = r"(?:" + "|".join(NAME_TITLES) + r")\.?"
