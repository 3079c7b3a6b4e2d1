"""Text normalisation shared by the table builder and the lookup.

``normalize("Saint-Étienne")`` -> ``"saint etienne"``; ``"L'Haÿ-les-Roses"`` ->
``"l hay les roses"``. Lower case, accents removed, ligatures expanded, every
run of characters other than ASCII letters and digits becomes one space.

The table stores names normalised with this function: change it, rebuild the
table (``scripts/build_geo_table.py``).
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def strip_accents(text: str) -> str:
    text = text.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def normalize(text: str) -> str:
    """Lower case, no accents, only ``[a-z0-9]`` words separated by one space."""
    return _NON_ALNUM.sub(" ", strip_accents(text).lower()).strip()
