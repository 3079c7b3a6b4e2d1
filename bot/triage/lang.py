"""Language of a message (ISO 639-1).

langdetect is slow (~125 messages/s), random unless seeded, wrong on short French and raises on digits-only
text. So: "fr" for short texts (fewer than ``MIN_WORDS`` words), for texts holding a word found only in French
(or French SMS), and for texts without letters; langdetect (seeded) only on the rest. langdetect is imported
lazily, on first use.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from typing import List, Optional

MIN_WORDS = 3  # fewer alphabetic words than this → "fr"

# Words found in French and not in Spanish, Italian, Portuguese, English, German (as written, accents kept
# or stripped). Not: de, la, que, le, un, en, a, qui, son, con, me, te, se, mi.
FRENCH_ONLY = {
    "je", "j", "vous", "suis", "est", "les", "une", "pas", "dans", "nous", "avec", "pour", "mon", "c'est", "cest",
    "et", "au", "aux", "n", "qu", "oui", "bonjour", "merci", "sont", "avoir", "être", "etre", "ai", "fils", "aider",
    "besoin", "voudrais", "veux", "peux", "où", "très", "ça", "cette", "ces", "leur", "leurs", "notre", "votre", "moi",
    "toi", "eux", "elle", "elles", "ils", "ses", "tes", "aussi", "rien", "tout", "tous", "toute", "toutes", "fait",
    "faire", "quoi", "pourquoi", "quand", "parce", "salut", "coucou", "bonsoir", "svp", "stp", "slt", "bjr", "mdr",
    "jsp", "jpp", "tkt", "pk", "g", "chui", "jsuis", "jveux", "kestion", "keske", "koi", "ke", "bcp", "dac",
    "d'accord", "daccord", "handicapé", "handicapée", "logement", "travail", "école", "ecole", "collège", "mère",
    "père", "frère", "sœur", "soeur", "enfant", "fille", "aujourd'hui", "demain", "soir", "maintenant", "voilà",
    "voila", "alors", "donc", "déjà", "peut", "été", "avez", "avons", "sommes", "êtes", "etes", "était", "etait",
    "cela", "ceci", "celui", "celle", "ans", "moyen", "qqn", "parler", "j'ai",
    "jai", "n'ai", "m'aider", "qu'il", "qu'elle", "s'il", "l'école", "d'un", "d'une", "beaucoup", "fauteuil",
    "aidant", "aidante", "maison", "jusqu", "quelqu", "aujourd", "avoir", "être", "suis", "vais", "voudrait",
    "formulaire", "formulaires", "dossier", "dossiers", "démarches", "démarche", "rendez", "galère", "ouais",
    "bisous", "autiste", "emploi", "santé", "soins", "répit", "loisirs", "sourd", "sourde", "aveugle",
    "aimerais", "voudrions", "cherche", "cherchons", "trouver", "quelle", "quel", "quels", "quelles", "combien",
    "toujours", "jamais", "personne", "fou", "folle", "marre", "crevé", "crevée", "épuisé", "épuisée", "moi-même",
    "papiers", "allocation", "allocations", "fauteuil", "infirmière", "médecin", "hôpital", "ça", "cet",
    "sont", "peux", "veut", "veux", "dois", "doit", "faut", "vraiment", "aussi", "encore",
}
# Names of French services and benefits: people writing in any language use them ("Quisiera trabajar en un
# ESAT", "the MDPH form"), so they are no evidence of French and are left out of what langdetect reads.
SERVICE_WORDS = {
    "mdph", "mda", "aah", "pch", "rqth", "aesh", "avs", "caf", "cpam", "ime", "esat", "sessad", "ulis", "savs",
    "samsah", "fam", "mas", "cmi", "gem", "lsf", "itep", "iem", "ehpad", "pco", "tnd", "ccas", "cmp", "cmpp",
    "camsp", "ase", "rsa", "foyer", "creton", "pag", "c360",
}
_SERVICE_RE = re.compile(r"\b(?:" + "|".join(sorted(SERVICE_WORDS)) + r")\b", re.IGNORECASE)
# Letters of other scripts than Latin and Arabic (Cyrillic, Greek, Hebrew, Indic, Thai, CJK, Hangul...)
_OTHER_SCRIPT = re.compile(r"[\u0370-\u052f\u0590-\u05ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TOKEN = re.compile(r"[a-zA-Zà-öø-ÿœæ'’\u0600-\u06ff]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LOCK = threading.Lock()
_DETECT = None

# langdetect codes that are not 2 letters
_CODE_MAP = {"zh-cn": "zh", "zh-tw": "zh"}
# Languages commonly written to French public services (migration, neighbours, tourism).
LIKELY = {"fr", "en", "es", "pt", "de", "it", "ar", "nl", "ro", "pl", "ru", "uk", "tr", "zh", "vi", "fa", "ta", "bg",
          "sq", "hr", "el", "ja", "ko", "hi", "ur", "bn", "he", "th"}


def _detector():
    global _DETECT
    if _DETECT is None:
        with _LOCK:
            if _DETECT is None:
                from langdetect import DetectorFactory, detect_langs  # lazy: slow import

                DetectorFactory.seed = 0
                _DETECT = detect_langs
    return _DETECT


def _strip(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def detect_language(text: str) -> str:
    """ISO 639-1 code; "fr" unless the text is clearly in another language."""
    if not text or not text.strip():
        return "fr"
    if _ARABIC.search(text) and len(_ARABIC.findall(text)) > len(re.findall(r"[a-zA-Z]", text)):
        return "ar"
    if len(_OTHER_SCRIPT.findall(text)) > len(re.findall(r"[a-zA-Z]", text)):
        return _langdetect(text, other_script=True)
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]
    kept = [t for t in tokens if _strip(t) not in SERVICE_WORDS]
    if len(kept) < MIN_WORDS:
        return "fr"
    tokens = kept
    parts: List[str] = []
    for t in tokens:
        parts.append(t)
        if "'" in t:
            parts.extend(p for p in t.split("'") if p)
    for p in parts:
        if p in FRENCH_ONLY or _strip(p) in FRENCH_ONLY:
            return "fr"
    return _langdetect(_SERVICE_RE.sub(" ", text))


def _langdetect(text: str, other_script: bool = False) -> str:
    try:
        langs = _detector()(text)
    except Exception:  # langdetect raises LangDetectException on texts without features
        return "fr"
    if not langs:
        return "fr"
    # a French service: French wins whenever langdetect gives it a fair chance ("ce formulaire va me rendre fou"
    # → ro 0.57, fr 0.29)
    if any(c.lang == "fr" and c.prob >= 0.2 for c in langs):
        return "fr"
    # langdetect confuses close languages on short texts ("Mi hijo tiene autismo" → lt 0.86, es 0.14):
    # prefer the languages people actually write in to a French service, unless another one is certain.
    for cand in langs:
        code = _CODE_MAP.get(cand.lang, cand.lang)[:2]
        if code in LIKELY or cand.prob >= 0.95 or other_script:
            return code if cand.prob >= 0.1 else "fr"
    return "fr"


def is_french(text: str) -> bool:
    return detect_language(text) == "fr"
