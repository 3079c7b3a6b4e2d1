"""Triage of what a person writes to the Communauté 360 assistant — pure Python, no Rasa, no spaCy.

Entry points:
- ``triage_message(text)`` → ``TriageResult`` for one message;
- ``triage_conversation(texts)`` → ``TriageResult`` for all user turns so far (the one that counts: danger
  spread over two messages is caught; urgency never goes below the most urgent message);
- ``danger_check(texts)`` → fast result (urgency, danger kinds, signals, flags only; no geo, no langdetect),
  for the web gate on every raw message and for the Rasa policy;
- ``is_new_danger(previous_texts, new_text)`` → danger kinds brought by ``new_text`` (alone or in combination).

Definitions: shared/eval/README.md (labelling guide). Numbers: ``bot.triage.emergency``. See docs/TRIAGE.md.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from . import fields as F
from . import model as M
from . import rules as RULES
from .danger import DangerAnalysis, analyse, new_danger_kinds
from .emergency import DANGER_KINDS, EMERGENCY_KINDS, numbers_for
from .lang import detect_language
from .normalize import normalize

try:  # bot.geo is built by another module; without it, no département
    from bot.geo import find_departement as _find_departement
except ImportError:  # pragma: no cover - only while bot.geo does not exist
    _find_departement = None

__all__ = ["TriageResult", "triage_message", "triage_conversation", "danger_check", "is_new_danger",
           "EMERGENCY_KINDS", "DANGER_KINDS", "numbers_for", "CONTRACT_KEYS", "URGENCY_RANK", "max_urgency"]

_CHILD_SERVICES = re.compile(r"\b(?:ime|sessad|itep|iem|impro|creton|adulte|adultes|esat|fam|mas|foyer|savs|samsah|18 ans|20 ans|majorite|majeur|majeure)\b")
PROTECTION_KINDS = {"violence", "violence_femme", "enfant", "maltraitance", "abandon", "abri"}
CONTRACT_KEYS = ["urgency", "domains", "requester", "age_stage", "departement", "complexity", "language", "signals"]
URGENCY_RANK = {"vitale": 0, "haute": 1, "normale": 2}


def max_urgency(*values: Optional[str]) -> str:
    present = [v for v in values if v in URGENCY_RANK]
    return min(present, key=URGENCY_RANK.__getitem__) if present else "normale"


@dataclass
class TriageResult:
    urgency: str = "normale"  # vitale | haute | normale
    domains: List[str] = field(default_factory=list)
    requester: str = "inconnu"  # personne | aidant | professionnel | inconnu
    age_stage: str = "inconnu"  # moins_16 | 16_21 | plus_21 | inconnu
    departement: Optional[str] = None
    complexity: int = 1
    language: str = "fr"
    signals: List[str] = field(default_factory=list)
    danger_kinds: List[str] = field(default_factory=list)
    flags: List[str] = field(default_factory=list)
    full: bool = True  # False for danger_check results (other fields left at their defaults)
    doubt: float = 0.0  # the model's highest P(vitale) where no danger was found (see asks_safety_question)

    @property
    def asks_safety_question(self) -> bool:
        """No danger found, but the model is not sure: the person is asked whether there is a danger now."""
        return self.urgency != "vitale" and self.doubt >= M.T_DOUBT

    @property
    def numbers(self) -> List[str]:
        """Emergency numbers fitting the danger kinds, in order of display."""
        return numbers_for(self.danger_kinds)

    def to_contract(self) -> Dict[str, Any]:
        """The `c360 triage` output: the contract keys, then danger_kinds, flags and numbers."""
        d = {k: getattr(self, k) for k in CONTRACT_KEYS}
        d["domains"] = list(self.domains)
        d["signals"] = list(self.signals)
        d["danger_kinds"] = list(self.danger_kinds)
        d["flags"] = list(self.flags)
        d["numbers"] = self.numbers
        return d

    def to_dict(self) -> Dict[str, Any]:
        d = asdict(self)
        d["numbers"] = self.numbers
        return d


def _as_list(texts: Union[str, Sequence[str], None]) -> List[str]:
    if texts is None:
        return []
    if isinstance(texts, str):
        return [texts]
    return [t if isinstance(t, str) else str(t) for t in texts]


_DE_PLACE = re.compile(r"\b(?:d['’]|de |du )((?:Saint|Sainte|Le|La|Les|L['’])?[- ]?[A-ZÉÈÎ][\w\-éèêëàâîïôûç'’]+(?:[- ](?:sur|sous|en|le|la|les|de|du|des|lès)[- ][A-ZÉÈ][\w\-éèêàâç]+|[- ][A-ZÉÈ][\w\-éèêàâç]+)*)")
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s*")


def _geo_one(text: str):
    try:
        return _find_departement(text)
    except Exception:  # a geo bug must never break triage
        return None


def _geo(texts: List[str]):
    """The département of the latest message that names one (the person may correct).

    A message is tried whole, then sentence by sentence (a sentence that is only a place name, as in
    "... un logement adapté. Bastia.", counts as an answer naming the place).
    """
    if _find_departement is None:
        return None
    for t in reversed(texts):
        if not t:
            continue
        g = _geo_one(t)
        if g is not None:
            return g
        parts = [p.strip(" .!?;") for p in _SENTENCE.split(t) if p.strip(" .!?;")]
        if len(parts) > 1:
            for p in reversed(parts):
                g = _geo_one(p)
                if g is not None:
                    return g
        # "la mission locale d'Angers", "au CCAS de Rennes": a capitalised place after de / d' / du
        for name in reversed(_DE_PLACE.findall(t)):
            g = _geo_one("à " + name)
            if g is not None:
                g.signals = [s + " (après « de »)" for s in (g.signals or [])]
                return g
    return None


def danger_check(texts: Union[str, Sequence[str]]) -> TriageResult:
    """Fast path: urgency, danger kinds, signals and flags of the conversation so far (no geo, no langdetect)."""
    a = analyse(_as_list(texts))
    return TriageResult(urgency=a.urgency, danger_kinds=list(a.danger_kinds), signals=list(a.signals),
                        flags=list(a.flags), full=False, doubt=round(a.doubt, 3))


def is_new_danger(previous_texts: Union[str, Sequence[str], None], new_text: str) -> List[str]:
    """Danger kinds that appear (alone or by combination with earlier turns) when ``new_text`` is added.

    A repeated identical danger signal returns []; a new kind, or a new danger signal of a kind already seen
    (e.g. a means after suicidal words), returns that kind.
    """
    return new_danger_kinds(_as_list(previous_texts), new_text or "")


def _full(texts: List[str]) -> TriageResult:
    a: DangerAnalysis = analyse(texts)
    clauses: List[str] = [c for t in texts for c in normalize(t or "")]
    signals: List[str] = list(a.signals)
    flags: List[str] = list(a.flags)

    # blank the spans of danger words before looking for domains ("sous un train" is no transport request)
    blanked = _blank(texts, a)
    if "suicide" in a.danger_kinds:  # pills are the means there, not a care request ("j'ai les médocs de ma grand-mère")
        blanked = [_MEDS_RE.sub(lambda m: " " * len(m.group(0)), c) for c in blanked]
    domains, dom_signals = F.detect_domains(blanked, a.danger_kinds, flags, a.tags)
    domains, model_signals = _vote_domains(blanked, domains)
    signals.extend(model_signals)
    requester, req_signals = F.detect_requester(clauses)
    story = _model_story(clauses) if M.word_count(clauses) >= M.MIN_WORDS_FIELDS else None
    model_requester = story.field("requester", M.T_REQUESTER) if story else None
    if model_requester and model_requester != requester:
        req_signals.insert(0, f"demandeur: {model_requester} (modèle)")
        requester = model_requester
    age_stage, age_signals = F.detect_age(clauses, requester)
    # a victim known to be an adult: 3977 (maltreatment of adults with disabilities) rather than 119
    if age_stage == "plus_21" and "enfant" in a.danger_kinds and requester != "personne":
        a.danger_kinds = [k for k in a.danger_kinds if k != "enfant"]
        if "maltraitance" not in a.danger_kinds:
            a.danger_kinds.append("maltraitance")
    elif age_stage in ("moins_16", "16_21") and "enfant" in a.danger_kinds and "maltraitance" in a.danger_kinds:
        a.danger_kinds = [k for k in a.danger_kinds if k != "maltraitance"]
    elif age_stage == "moins_16" and "maltraitance" in a.danger_kinds:
        # a child abused by a driver, a coach or in an establishment: 119 (child in danger), not 3977 (adults)
        a.danger_kinds = ["enfant" if k == "maltraitance" else k for k in a.danger_kinds]
    # violence against a young writer, or violence where the person concerned is a child: 119 as well
    if "violence" in a.danger_kinds and "enfant" not in a.danger_kinds and (
            (requester == "personne" and age_stage in ("moins_16", "16_21")) or age_stage == "moins_16"):
        a.danger_kinds.append("enfant")
    if age_stage == "16_21" and "transition_16_21" not in flags and \
            set(flags) & {"sans_solution", "fin_accompagnement", "creton"} and _CHILD_SERVICES.search(" . ".join(clauses)):
        flags.append("transition_16_21")
    complexity, cx_signals = F.detect_complexity(domains, flags, a.tags)
    model_complexity = story.field("complexity", M.T_COMPLEXITY) if story else None
    if model_complexity and int(model_complexity) != complexity:
        complexity = int(model_complexity)
        cx_signals = [f"complexité {complexity} (modèle)"] + cx_signals
    if complexity < 2 and set(a.danger_kinds) & PROTECTION_KINDS:
        complexity = 2  # protection needs several partners (police, 3977 or 119, social services)
        cx_signals.append("complexité 2: protection de la personne")

    departement = None
    g = _geo(texts)
    if g is not None:
        departement = getattr(g, "code", None)
        for s in getattr(g, "signals", []) or []:
            if s not in signals:
                signals.append(s)
    language = detect_language(" ".join(t for t in texts if t))
    if language != "fr":
        signals.append(f"langue: {language}")
    signals.extend(s for s in req_signals[:1] + age_signals[:1] + cx_signals if s not in signals)
    return TriageResult(urgency=a.urgency, domains=domains, requester=requester, age_stage=age_stage,
                        departement=departement, complexity=complexity, language=language, signals=signals,
                        danger_kinds=list(a.danger_kinds), flags=flags, full=True, doubt=round(a.doubt, 3))


def _model_story(clauses: List[str]):
    """The model's reading of the whole story (all user turns), for the narrative fields."""
    return M.predict_clauses(tuple(clauses)) if clauses else None


_MEDS_RE = re.compile(r"\b" + RULES.MEDS + r"\b")


def _vote_domains(blanked: List[str], rule_domains: List[str]) -> Tuple[List[str], List[str]]:
    """Rules and model vote on the life domains: a domain the rules found stays unless the model finds it
    unlikely (P below the domain's drop threshold in ``T_DOMAIN``); a domain the rules missed is added when
    the model is confident (P at or above its add threshold). The model reads the whole conversation as one
    story, with the danger words blanked as for the rules ("j'ai avalé mes médicaments" asks for no care domain by itself)."""
    story = _model_story(blanked)
    if story is None:
        return rule_domains, []
    best = story.domain_proba
    kept = [d for d in rule_domains if best.get(d, 1.0) >= M.T_DOMAIN[d][0]]
    added = [d for d in F.DOMAINS if d not in rule_domains and best.get(d, 0.0) >= M.T_DOMAIN[d][1]]
    signals = [f"{d}: modèle ({best[d]:.2f})" for d in added]
    return [d for d in F.DOMAINS if d in kept or d in added], signals


def _blank(texts: List[str], a: DangerAnalysis) -> List[str]:
    by_key = {}
    for h in a.hits:
        if h.rule.id in F.BLANK_RULES:
            by_key.setdefault((h.msg, h.clause), []).append((h.start, h.end))
    out: List[str] = []
    for mi, t in enumerate(texts):
        for ci, c in enumerate(normalize(t or "")):
            spans = by_key.get((mi, ci))
            if spans:
                chars = list(c)
                for s, e in spans:
                    for i in range(s, e):
                        chars[i] = " "
                c = "".join(chars)
            out.append(c)
    return out


def triage_message(text: str) -> TriageResult:
    """Full triage of one message."""
    return _full(_as_list(text))


def triage_conversation(texts: Sequence[str]) -> TriageResult:
    """Full triage of a conversation (all user turns so far, oldest first).

    Danger clues combine across turns; the urgency is never below the most urgent single message.
    """
    lst = _as_list(texts)
    res = _full(lst)
    for t in lst:  # every hit of every message is already in the conversation analysis; belt and braces
        res.urgency = max_urgency(res.urgency, analyse([t]).urgency)
    return res
