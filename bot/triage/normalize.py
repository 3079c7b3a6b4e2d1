"""Text normalisation shared by every triage rule.

The canonical form every pattern in this package is written against:

- lower case, accents stripped (``é`` → ``e``), ``œ`` → ``oe``;
- runs of 3 or more identical letters collapsed to one (``mouuurir`` → ``mourir``), digits untouched;
- apostrophes (’ ' ` ´) unified, then elisions expanded: ``j'ai`` → ``je ai``, ``n'ai`` → ``ne ai``,
  ``l'hôpital`` → ``le hopital``, ``qu'il`` → ``que il``, ``c'est`` → ``ce est``; ``aujourd'hui`` → ``aujourdhui``;
- hyphens become spaces (``rendez-vous`` → ``rendez vous``);
- common SMS spellings expanded (``jveux`` → ``je veux``, ``g`` → ``je ai``, ``jpp`` → ``je en peux plus``);
- the text is cut into clauses at . ! ? ; : and new lines; a comma stays as a ``,`` token (it bounds the
  negation window).

So a pattern reads ``je ai avale`` for "j'ai avalé", "jai avalé", "g avalé".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import List, Tuple

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'"})

# SMS / spoken spellings → canonical words (whole tokens only, after accent stripping).
SMS = {
    "jai": "je ai", "jsuis": "je suis", "jsui": "je suis", "jss": "je suis", "chui": "je suis",
    "chuis": "je suis", "chu": "je suis", "jveux": "je veux", "jveu": "je veux", "jvx": "je veux",
    "jvoudrais": "je voudrais", "jvais": "je vais", "jvai": "je vais", "jv": "je vais", "jme": "je me",
    "jne": "je ne", "jpeux": "je peux", "jpeu": "je peux", "jpp": "je en peux plus", "jen": "je en",
    "jsp": "je sais pas", "jsais": "je sais", "chai": "je sais", "jsai": "je sais", "jcrois": "je crois",
    "jpense": "je pense", "jarrive": "je arrive", "jarrete": "je arrete", "jaimerais": "je aimerais",
    "g": "je ai", "ke": "que", "ki": "qui", "koi": "quoi", "kan": "quand", "kom": "comme", "pa": "pas",
    "pr": "pour", "ds": "dans", "tt": "tout", "tte": "toute", "ts": "tous", "bcp": "beaucoup",
    "mtn": "maintenant", "mnt": "maintenant", "maint": "maintenant", "auj": "aujourdhui",
    "ajd": "aujourdhui", "aujourdui": "aujourdhui", "ajourdhui": "aujourdhui", "2main": "demain",
    "dmain": "demain", "slt": "salut", "bjr": "bonjour", "stp": "sil te plait", "pk": "pourquoi",
    "pq": "pourquoi", "pkoi": "pourquoi", "vx": "veux", "veu": "veux", "envi": "envie", "anvie": "envie",
    "plu": "plus", "mouri": "mourir", "mourrir": "mourir", "mourire": "mourir", "mourire": "mourir",
    "mourrire": "mourir", "ct": "ce etait", "cest": "ce est", "ces": "ces", "ya": "il y a",
    "ptet": "peut etre", "tjr": "toujours", "tjrs": "toujours", "qqn": "quelque un", "qq1": "quelque un",
    "quelquun": "quelque un", "rdv": "rendez vous", "dc": "donc", "jamai": "jamais", "fo": "faut",
    "nn": "non", "ui": "oui", "vivr": "vivre", "viv": "vivre", "tuer": "tuer", "sucider": "suicider",
    "suisider": "suicider", "suiscider": "suicider", "suicde": "suicide", "sucide": "suicide",
    "suiside": "suicide", "suicid": "suicide", "mdr": "mdr", "ptdr": "mdr", "lol": "mdr",
    "svp": "sil vous plait", "moa": "moi", "toa": "toi", "o": "au", "hopitale": "hopital",
    "ospital": "hopital", "hopitall": "hopital", "nimporte": "ne importe", "ca": "ca", "sa": "sa",
    "jy": "je y", "metre": "mettre", "maintenan": "maintenant", "mieu": "mieux", "bocou": "beaucoup", "boucoup": "beaucoup", "tou": "tout", "tro": "trop", "ser": "sert", "dor": "dors", "ke": "que", "kil": "que il", "kel": "que elle", "jsui": "je suis", "jdor": "je dors", "jai": "je ai", "sa va": "ca va", "c": "ce", "j": "je", "m": "me", "n": "ne", "l": "le", "d": "de",
}

_ELIDED = {"j": "je", "m": "me", "t": "te", "s": "se", "n": "ne", "l": "le", "d": "de", "c": "ce"}
_TS = re.compile(r"\b(une|fait|faire|fais|refait|sa|ma|son|premiere|deuxieme|nouvelle|autre|derniere) ts\b")
_CLAUSE_SPLIT = re.compile(r"[.!?;:\n\r…]+|\s-\s|\s—\s")
_ELISION = re.compile(r"\b(j|m|t|s|n|l|d|c)'")
_QU_ELISION = re.compile(r"\b(\w*qu)'")
_REPEAT = re.compile(r"([a-z])\1{2,}")
_NON_WORD = re.compile(r"[^a-z0-9,' \u0600-\u06ff\u0400-\u04ff]+")  # Latin, Arabic and Cyrillic letters


def strip_accents(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _norm_clause(clause: str) -> str:
    c = clause.replace("aujourd'hui", "aujourdhui").replace("aujourd hui", "aujourdhui")
    c = c.replace("quelqu'un", "quelque un").replace("quelqu un", "quelque un")
    c = _ELISION.sub(lambda m: _ELIDED[m.group(1)] + " ", c)
    c = _QU_ELISION.sub(lambda m: m.group(1) + "e ", c)
    c = c.replace("-", " ").replace("_", " ")
    c = _TS.sub(lambda m: m.group(1) + " tentative de suicide", c)  # "une TS" is not SMS "ts" (tous)
    c = c.replace(",", " , ")
    c = _NON_WORD.sub(" ", c)
    c = c.replace("'", " ")
    tokens = c.split()
    if _looks_foreign(tokens):
        return " ".join(tokens)  # "o meu pai caiu" is no French SMS: "o" is not "au", "meu" not "me eu"
    tokens = [SMS.get(tok, tok) for tok in tokens]
    # phonetic / SMS spellings the table does not list ("lhopital", "sui", "frape", "ma enferme")
    from .spelling import repair_clause
    tokens = [SMS.get(t, t) for t in repair_clause(" ".join(tokens).split())]
    return " ".join(tokens)


# Function words of English, Spanish, Portuguese, German and Italian that French never uses (accents stripped).
# A clause with two of them and no word only French uses is not French: it is left as written, without the French
# SMS table and spelling repairs, so the danger rules of other languages (foreign.py) can read it.
FOREIGN_MARKERS = frozenset("""
the and my is are was were you he she we they his him her not with have has had this that what it of to at from
can cannot will please i am im dont don
el los las y mi mis tengo tiene estoy esta estan hijo hija madre padre marido muy con por para del pero ya
o os meu minha meus minhas nao um uma com estou ele ela filho filha mae pai muito tenho voce
ich und nicht der die das ist mein meine meinen mit ein eine wir er hat habe kann auf bin sind
mio mia miei sono ho ha che figlio figlia della per sta stanotte
""".split())


def _french_markers() -> frozenset:
    """The words only French uses (lang.FRENCH_ONLY), as normalize writes them: single words, accents stripped."""
    from .lang import FRENCH_ONLY
    return frozenset(strip_accents(w) for w in FRENCH_ONLY if w.isalpha())


FRENCH_MARKERS = _french_markers()


def _looks_foreign(tokens) -> bool:
    foreign = 0
    for t in tokens:
        if t in FRENCH_MARKERS:
            return False
        if t in FOREIGN_MARKERS:
            foreign += 1
    return foreign >= 2


@lru_cache(maxsize=4096)
def normalize(text: str) -> Tuple[str, ...]:
    """Return the clauses of ``text`` in canonical form (empty clauses dropped)."""
    if not text:
        return ()
    t = text.translate(_APOSTROPHES).lower()
    t = strip_accents(t)
    t = _REPEAT.sub(r"\1", t)
    clauses = []
    for raw in _CLAUSE_SPLIT.split(t):
        c = _norm_clause(raw)
        if c.strip(" ,"):
            clauses.append(c.strip(" ,").strip())
    return tuple(clauses)


def flat(text: str) -> str:
    """All clauses joined by ' . ' (for patterns that may span clauses)."""
    return " . ".join(normalize(text))


def words(text: str) -> List[str]:
    return [w for c in normalize(text) for w in c.split() if w != ","]
