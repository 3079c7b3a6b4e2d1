"""Repair of phonetic / SMS spellings, token by token, against the vocabulary the rules are written with.

The vocabulary is every word that appears in a pattern of rules.py, generative.py and fields.py plus common French
words, so the repair only ever turns an unknown token into a word some rule can read. Known tokens are never
touched. For an unknown token, in order:

- a missing apostrophe: ``lhopital`` → ``le hopital``, ``dexpulsion`` → ``de expulsion``, ``sarrete`` → ``se arrete``,
  ``jdor`` → ``je dors`` (the rest must repair to a known word);
- a missing silent ending: ``sui`` → ``suis``, ``veu`` → ``veux``, ``dehor`` → ``dehors``, ``boulo`` → ``boulot``;
- a single consonant for a double one: ``frape`` → ``frappe``, ``acroche`` → ``accroche``;
- ``k`` for ``qu``: ``diabetik`` → ``diabetique``; ``ai`` for ``ait``: ``cetai`` → ``ce etait``.

Grammar repairs on the clause: an infinitive after an auxiliary is a participle (``j'ai manger`` → ``je ai mange``),
``ma``/``ta`` before a participle of the violence family is ``m'a``/``t'a`` (``ma enferme`` → ``me a enferme``),
``je pe plu`` → ``je peux plus``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Optional

COMMON = """
je tu il elle on nous vous ils elles me te se le la les lui leur leurs un une des du de au aux et ou mais donc car ni
ne pas plus jamais rien personne que qui quoi dont ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre
vos tout toute tous toutes avec sans pour par dans sur sous chez vers entre avant apres depuis pendant comme si quand
est suis es sommes etes sont etait etais etaient ete etre ai as a avons avez ont avait avais avaient eu avoir fait fais
faire font va vais vas allons allez vont aller veux veut voulons voulez veulent vouloir peux peut pouvons pouvez
peuvent pouvoir dois doit devons doivent devoir sais sait savoir dit dis dire vu voir vois voit mis met mettre pris
prend prends prendre bien mal tres trop peu beaucoup encore deja aussi toujours souvent ici la oui non merci bonjour
moi toi soi eux sert sers servir y en plu pa mois moi temps fois jour jours nuit soir matin semaine semaines an ans annee heure heures
maman papa mere pere fils fille frere soeur mari femme ami amie copain copine famille enfant enfants bebe
aide aider besoin envie peur mort vie vivre mourir dormir manger boire partir rester venir sortir rentrer
""".split()

_PARTICIPLES = {
    "enferme", "enfermee", "frappe", "frappee", "tape", "tapee", "viole", "violee", "pousse", "poussee", "attache",
    "attachee", "menace", "menacee", "vire", "viree", "renvoye", "renvoyee", "laisse", "laissee", "quitte",
    "quittee", "vole", "volee", "giffle", "gifle", "giflee", "battu", "battue", "blesse", "blessee", "touche",
    "touchee", "insulte", "insultee", "secoue", "secouee", "etrangle", "etranglee", "mordu", "mordue", "cogne",
    "jete", "jetee", "mise", "mis", "dit", "fait", "pris", "donne", "promis", "abandonne", "abandonnee",
    "agresse", "agressee", "tabasse", "tabassee", "brule", "brulee", "prive", "privee", "oblige", "obligee",
    "force", "forcee", "enfermer", "frapper", "taper", "pousser", "menacer", "virer", "laisser", "voler",
}
_AUX = {"ai", "as", "avons", "avez", "ont", "suis", "es", "sommes", "sont", "etais", "etait"}
_AUX_A_SUBJ = {"il", "elle", "on", "qui", "me", "te", "le", "la", "les", "lui", "nous", "vous", "ca", "se"}
_ADV = {"tout", "deja", "bien", "pas", "plus", "jamais", "encore", "trop", "mal", "pa", "plu"}
# infinitives that must stay infinitives after "ai"/"suis" ("j'ai peur de", "je suis en train de")
_KEEP_ER = {"parler", "manger", "aller", "rester", "aider", "dormir", "mourir", "vivre"}

_vocab: Optional[FrozenSet[str]] = None
_WORD = re.compile(r"[a-z]{2,}")


# English / Spanish words the repairs would turn into French ("see" → "se ee", "large" → "le argent",
# "support" → "supporte", "quien" → "que ien"): kept as they are ("home" and "come" stay repairable: French typos)
FOREIGN_KEEP = {
    "that", "said", "use", "see", "than", "down", "did", "say", "line", "tell", "show", "set", "large", "men",
    "land", "plant", "group", "side", "sea", "hear", "let", "song", "support", "care", "autism", "cane",
    "esa", "tienen", "quien", "con", "ser", "sin", "por", "para", "pero", "muy", "hoy", "ahora",
}


def _build_vocab() -> FrozenSet[str]:
    from . import rules as R
    words = set(COMMON) | _PARTICIPLES | FOREIGN_KEEP
    pats: List[str] = [r.pattern.pattern for r in R.ALL_RULES]
    for r in R.ALL_RULES:
        for p in (r.exclude, r.require, r.after_exclude, r.before_exclude):
            if p is not None:
                pats.append(p.pattern)
    pats.append(R.FIGURATIVE.pattern)
    pats.append(R.FICTION.pattern)
    try:
        from . import fields as F
        for rules in F.DOMAIN_RULES.values():
            for inc, exc in rules:
                pats.append(inc.pattern)
                if exc is not None:
                    pats.append(exc.pattern)
        for name in dir(F):
            obj = getattr(F, name)
            if hasattr(obj, "pattern") and isinstance(getattr(obj, "pattern"), str):
                pats.append(obj.pattern)
    except Exception:  # pragma: no cover - fields is optional for the danger path
        pass
    for p in pats:
        # drop regex escapes (\b, \w, \d...) before collecting words
        # stems written with a wildcard ("scolar\w*", "dor\w+") are not words
        p = re.sub(r"[a-z]+\\w[*+?]?", " ", p)
        words.update(_WORD.findall(re.sub(r"\\[a-zA-Z]", " ", p)))
    from .normalize import SMS
    words.update(SMS)
    return frozenset(w for w in words if len(w) >= 2)


def vocab() -> FrozenSet[str]:
    global _vocab
    if _vocab is None:
        _vocab = _build_vocab()
    return _vocab


_ELIDE = {"l": "le", "d": "de", "j": "je", "m": "me", "s": "se", "c": "ce", "n": "ne", "t": "te"}
_ENDINGS = ("s", "x", "t", "e", "d", "es", "nt", "ent")


@lru_cache(maxsize=8192)
def _fix_word(tok: str) -> Optional[str]:
    """A known spelling for an unknown token (no elision split), or None."""
    V = vocab()
    for end in _ENDINGS:
        if tok + end in V:
            return tok + end
    if tok.endswith("ai") and tok + "t" in V:
        return tok + "t"
    if "k" in tok:
        c = re.sub(r"k$", "que", tok).replace("k", "qu")
        if c in V:
            return c
    # a single consonant for a double one
    for i in range(1, len(tok) - 1):
        ch = tok[i]
        if ch in "bcdfglmnprst" and tok[i - 1] != ch and tok[i + 1] != ch:
            c = tok[: i + 1] + ch + tok[i + 1:]
            if c in V:
                return c
            for end in ("s", "e", "t"):
                if c + end in V:
                    return c + end
    return None


@lru_cache(maxsize=16384)
def repair_token(tok: str) -> str:
    V = vocab()
    if tok in V or len(tok) < 3 or not tok.isalpha():
        return tok
    fixed = _fix_word(tok)
    if fixed:
        return fixed
    if tok.startswith("qu") and len(tok) > 4 and tok[2] in "aeiouh":
        rest = tok[2:]
        r = rest if rest in V else _fix_word(rest)
        if r and len(r) >= 2:
            return "que " + r
    head, rest = tok[0], tok[1:]
    if head in _ELIDE and (rest[0] in "aeiouyh" or head == "j") and len(rest) >= 2:
        r = rest if rest in V else _fix_word(rest)
        if r and r not in {"ai", "as", "es", "os", "us", "an", "ou", "oui"}:
            return _ELIDE[head] + " " + r
    return tok


def repair_clause(tokens: List[str]) -> List[str]:
    out: List[str] = []
    for tok in tokens:
        rep = repair_token(tok)
        out.extend(rep.split())
    # grammar repairs
    n = len(out)
    for i in range(n):
        w = out[i]
        if w == "moi" and i > 0 and (out[i - 1] in ("du", "ce", "chaque", "par", "un", "deux", "trois", "quelques", "plusieurs") or (out[i - 1] == "le" and i + 1 < n and out[i + 1] in ("prochain", "dernier"))):
            out[i] = "mois"
        if w in ("ma", "ta") and i + 1 < n and out[i + 1] in _PARTICIPLES and (i == 0 or out[i - 1] in _AUX_A_SUBJ | {"il", "elle", "on", "qui", ","} or out[i - 1] not in {"de", "a", "pour", "avec"}):
            # "ma enferme" is "m'a enfermé" (a possessive would need a noun)
            out[i] = "me a" if w == "ma" else "te a"
        if w.endswith("er") and len(w) > 4 and w not in _KEEP_ER and i > 0:
            j = i - 1
            while j >= 0 and out[j] in _ADV:
                j -= 1
            if j >= 0 and (out[j] in _AUX or (out[j] == "a" and j > 0 and out[j - 1] in _AUX_A_SUBJ)):
                out[i] = w[:-1]
        if w in ("pe", "peu") and i + 1 < n and out[i + 1] in ("plus", "plu", "pas", "pa") and i > 0 and out[i - 1] in ("je", "en", "ne"):
            out[i] = "peux"
    return " ".join(out).split()
