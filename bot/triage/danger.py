"""The fast danger check: rules of rules.py applied to normalised clauses, with negation, figurative speech,
fiction/prevention context, subject detection (the writer or someone else) and combinations of weak clues
over the whole conversation. No spaCy, no langdetect, no geo: safe to run on every raw message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from . import model as M
from . import rules as R
from .normalize import normalize

# a past danger told as over ("avant je voulais mourir mais maintenant ça va mieux", "il y a 5 ans ...
# aujourd'hui je vais bien", "hier il a fait une crise, les pompiers sont venus, maintenant ça va")
_PAST_MARK = re.compile(r"\b(?:(?:me|le|la|les|nous|te) (?:battait|frappait|tapait|menacait|violait|maltraitait|enfermait)|(?:me|lui|leur) donnait|avait fugue|avais fugue|y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quelques) (?:ans|mois|semaines|jours)|depuis (?:\d+|des|plusieurs|deux|trois|cinq|dix) (?:ans|annees)|avant|autrefois|hier|il y a|en (?:19|20)\d\d|je avais des idees|avais des idees (?:noires|suicidaires)|le an dernier|le annee derniere|cet ete|ce ete|cet automne|ce printemps|le (?:ete|hiver|printemps|automne) dernier|au (?:printemps|debut de le annee)|cet hiver|on en a parle|nous en avons parle|on a pu en parler|plus jeune|quand je etais|a une epoque|dans le passe|a le epoque|pendant des annees|la semaine derniere|le mois dernier|ado je|enfant je|a failli|avait failli|(?:hospitalise|hospitalisee|opere|operee)\w* en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\b")
_RESOLVED = re.compile(r"\b(?:(?:je suis|nous sommes|on est|elle est|il est)(?: \w+){0,4} (?:maintenant |enfin |aujourdhui )?(?<!pas )(?<!plus )(?<!jamais )(?<!ne )en securite|on a eu (?:tres |vraiment |super )?peur|plus de peur que de mal|depuis (?:on|nous) (?:range|rangeons|fait attention|faisons attention)|(?:on|nous|la police|les gendarmes|les pompiers|le foyer|le etablissement) (?:le|la|les) (?:a|avons|ont|avait|avions|avaient) retrouve\w*|(?:a|ont) ete retrouve\w* (?:par|sain|saine|sains|dans|au|a|en)|retrouve\w* le soir meme|(?:on est|on etait|nous sommes|je suis|sommes|suis) (?:separes?|separees?|divorces?|divorcees?)|(?:il|elle) ne a plus (?:aucun )?contact|(?:aujourdhui|maintenant|depuis) (?:je ai|on a|nous avons) (?:mon|un|une|notre|enfin) (?:appart|appartement|logement|maison|chez moi|travail|toit|studio|chambre|hlm|t1|t2)|maintenant (?:ca|tout) va\b|(?:on|nous|je) (?:vit|vivons|vis) (?:tranquille\w*|bien|en securite|sereinement)|je suis partie?\b(?: [\w,]+){0,3} aujourdhui|au cas ou|(?:ca|tout) va (?:beaucoup |bien |nettement )?(?:mieux|bien)|je vais (?:beaucoup |bien )?(?:mieux|bien)|(?:il|elle) va (?:beaucoup |bien )?(?:mieux|bien)|ce est (?:fini|derriere (?:moi|nous)|du passe)|je me en suis sorti\w*|(?:il|elle) est parti\w*(?! (?:en|a|au|vers|sans|se|dans|de|du|pour|chercher|seule?|tout seul|toute seule))(?: \w+){0,3}(?: maintenant)?|(?:il|elle) ne (?:est|habite|vit) plus (?:la|avec nous|a la maison)|gueri\w*|stabilise\w*|(?:ce est|tout est|ca a ete|cela a ete) (?:repare|regle|reparee)|je en ai \d+ (?:aujourdhui|maintenant)|aujourdhui je (?:voudrais|souhaite|aimerais|veux) (?:devenir|travailler|temoigner|aider|trouver|faire|reprendre|creer|rejoindre|parler)|aujourdhui je cherche|(?:les pompiers?|le samu|les secours) (?:sont|est) (?:venus?|passes?)|tout se passe bien|ca se passe bien|aujourdhui je suis (?:maman|papa|mere|pere|adulte|grand mere|grand pere|marie|mariee|en couple|diplome|diplomee|salarie|salariee)|(?:est|sont) (?:suivi|suivie|suivis|suivies)(?: \w+){0,3} et (?:va|vont) (?:beaucoup |bien )?mieux|tout se passe (?:tres |plutot )?bien|(?:me|nous|le|la|lui) a (?:beaucoup |bien |vraiment |enormement )?aidee?s?(?: et)? maintenant|maintenant je (?:cherche|voudrais|souhaite|aimerais|veux) (?:un groupe|une association|un club|un travail|un emploi|une formation|un stage|reprendre|faire du|faire de la|aider|temoigner|devenir|rencontrer)|il va bien|elle va bien|(?:choque|choquee|secoue|secouee) mais (?:pas|sans etre) blesse\w*|(?:les pompiers|le samu|les secours|le smur|une ambulance) (?:viennent|vient) de (?:le|la|les) (?:emmener|prendre en charge|conduire)|(?:les pompiers|le samu|les secours) (?:le|la|les) ont (?:emmene\w*|pris en charge|conduit\w*))\b")
# a fall told as over by the writer: "elle a fait une chute, elle s'est relevée toute seule, elle va bien"
_UP_AGAIN = re.compile(r"\b(?:il|elle|je) (?:se est|me suis|se sont) releve\w*(?: \w+){0,3} (?:tout seul|toute seule|seule?|sans aide)\b(?:.*)\b(?:va bien|vais bien|ca va)\b")
_FOUND_AT_ONCE = re.compile(r"\b(?:fugue|parti|partie|perdu|perdue|disparu|disparue)\w* (?:\d+|quelques|dix|cinq|deux|trois|vingt) minutes\b(?: [\w,]+){0,6} (?:on|nous|je) (?:le|la|les) (?:a|avons|ai) (?:vite |tout de suite |rapidement )?retrouve\w*(?! (?:inconscient|inconsciente|blesse|blessee|par terre|au sol|en sang|mort|morte|noye|noyee|sans connaissance|evanoui|evanouie))|\bretrouve\w* (?:en \d+ minutes|tout de suite|aussitot|rapidement|vite|le soir meme|sain et sauf|saine et sauve|sains et saufs)\b|\b(?:on|nous) (?:se est|nous sommes) perdu\w* (?:\d+|quelques|dix|cinq) minutes\b|\ble gps nous a sauves?\b")
_NOW_THREAT = re.compile(r"\b(?:il y a des flammes|des flammes (?:sur|dans|partout)|pleine? de fumee|en feu|ne respire plus|ne repond plus|en ce moment|a le instant|ce soir|cette nuit|maintenant je (?:veux|vais) (?:mourir|en finir|me|crever|disparaitre)|de nouveau|encore envie|(?<!jamais )(?<!pas )(?<!plus )recommence|je ai peur que ca revienne|(?:pas|jamais|toujours pas) (?:revenu|revenue|rentre|rentree|reapparu|reapparue)|seule? depuis des heures|(?:je ai|jai) peur (?:de rentrer|de lui|de elle|que il|que elle|pour ma vie|pour moi|de retourner)|il va revenir|elle va revenir)\b")
# a carer's worry about the future ("ce qu'elle deviendra quand je ne serai plus là", "l'après moi"): a wish to
# plan, not a suicidal euphemism; the model, which reads "je ne serai plus là" as one, does not judge such a
# message (the rules still do)
_AFTER_ME = re.compile(r"\b(?:quand|lorsque|le jour ou|apres que) (?:je|nous|on) (?:ne )?(?:serai|serons|sera) plus la\b|\bapres (?:moi|nous|ma mort|notre mort|notre disparition|ma disparition)\b|\ble apres (?:moi|nous|parents)\b|\bquand (?:je|nous) (?:serai|serons) (?:mort|morte|morts|parti|partie|partis|trop vieux|trop vieille|trop ages?)\b")
_DEPENDANT_FUTURE = re.compile(r"\b(?:ce que (?:il|elle|ils|elles) (?:deviendra|deviendront|va devenir|vont devenir)|que (?:deviendra|va devenir) (?:mon|ma|mes|notre|nos|il|elle)|qui (?:se occupera|prendra le relais|prendra soin|veillera) (?:de|sur) (?:lui|elle|eux|mon|ma|mes|notre|nos)|(?:son|leur|notre) avenir|preparer (?:le|la|son|sa|leur) (?:avenir|suite)|mesure de protection|tutelle|curatelle|pense (?:beaucoup |souvent )?a le apres)\b")
SELF_CUES = {"je", "me", "moi", "my", "i", "mon coeur", "myself"}
OTHER_CUES = {
    "il", "elle", "ils", "elles", "lui", "fils", "fille", "enfant", "bebe", "fiston", "ado", "frere", "soeur",
    "pere", "mere", "papa", "maman", "mari", "femme", "epoux", "epouse", "conjoint", "conjointe", "compagnon",
    "compagne", "voisin", "voisine", "grand", "papi", "papy", "mamie", "oncle", "tante", "neveu", "niece",
    "cousin", "cousine", "resident", "residente", "usager", "usagere", "patient", "patiente", "eleve", "jeune",
    "monsieur", "madame", "dame", "homme", "personne", "quelque", "son", "sa", "ses", "he", "she", "his", "her",
    "someone", "amie", "ami", "copain", "copine", "beneficiaire", "locataire", "colocataire",
}
_DETERMINERS = {"une", "la", "cette", "quelle", "de", "autre", "seule", "chaque", "meme", "une autre", "la meme"}
_PLUS_NOT_NEG = {"de", "en", "le", "les", "au", "un", "non", "une", "des", "bien", "beaucoup"}
_TIME_MISSING = re.compile(r"\b(?:depuis|ce matin|cette nuit|hier|heures|introuvable|pas rentre|pas rentree|cherche|cherchons|toujours pas|disparu|partie?|sortie?|fugue|ce soir|tout a le heure|maintenant)\b")
_PARTNER_RE = re.compile(r"\b(?:mon |mon ex |son |ton )" + R.PARTNER + r"\b|\bviolences? conjugales?\b|\bmon ex\b")
_PARENT_RE = re.compile(r"\b(?:mon |ma |mes )" + R.PARENT_FIG + r"\b")
_CHILD_RE = re.compile(r"\b" + R.CHILD_NOUNS + r"\b")
_YOUNG_RE = re.compile(r"\b(?:enfant|enfants|bebe|petit|petite|ado|adolescent|adolescente|eleve|gamin|gamine|neveu|niece|mineur|mineure|fillette|garconnet|(?:[1-9]|1[0-9]|20) (?:ans|mois))\b")
_ESTAB_RE = re.compile(r"\b" + R.ESTAB + r"\b")
_ADULT_REL_RE = re.compile(r"\b(?:ma mere|mon pere|ma maman|mon papa|mon frere|ma soeur|mon oncle|ma tante|ma grand mere|mon grand pere|ma voisine|mon voisin|mon cousin|ma cousine|ma tante|mon mari|ma femme)\b")
_YOUNG_SELF = re.compile(r"\bje ai (?:[5-9]|1[0-9]|20) ans\b|\bje suis (?:mineur|mineure|au college|au lycee|en \d+e)\b")
_PAPERWORK_RE = re.compile(R.PAPERWORK)
_CARER_RE = re.compile(R.CARER_CUE)
_STRONG_CARER_RE = re.compile(
    r"\b(?:aidant|aidante|aidants|sa famille|ses parents|la famille|les parents|sa mere est|son pere est|je me occupe|je me en occupe|me occuper de|me occupe de|seule? avec (?:lui|elle|eux|mon|ma|mes)|"
    r"toute seule|tout seul|seule? a (?:me )?(?:en )?occuper|jour et nuit|24 ?h ?(?:sur|/) ?24|24h24|sans relais|"
    r"personne pour me relayer|sans aide|aucune aide|aucun relais|repit|souffler|me reposer|je le garde|je la garde|"
    r"je les garde|sans arret|non stop|h24)\b"
)


@dataclass(frozen=True)
class Hit:
    rule: R.Rule
    msg: int
    clause: int
    start: int
    end: int
    text: str
    kinds: Tuple[str, ...] = ()
    signal: str = ""
    level: str = ""
    flag: Optional[str] = None
    third_party: bool = False


@dataclass
class DangerAnalysis:
    urgency: str = "normale"
    danger_kinds: List[str] = field(default_factory=list)
    signals: List[str] = field(default_factory=list)
    flags: List[str] = field(default_factory=list)
    tags: Set[str] = field(default_factory=set)
    hits: List[Hit] = field(default_factory=list)
    danger_pairs: Set[Tuple[str, str]] = field(default_factory=set)  # (kind, signal) for is_new_danger
    figurative: List[str] = field(default_factory=list)
    # the model's highest P(vitale) over what it read (messages the rules left below vitale): a doubt
    # from model.T_DOUBT makes the public service ask the person whether there is a danger now
    doubt: float = 0.0


SUBJECTS = {"je", "il", "elle", "on", "nous", "vous", "ils", "elles", "tu", "i", "he", "she", "we"}


def _negated(clause: str, start: int, matched: str = "", end: Optional[int] = None) -> bool:
    """A negation word in the few words before the match, in the same clause and the same sub-clause,
    or "ne ... pas" around it ("il ne me frappe pas")."""
    if end is not None:
        after = clause[end:].split()[:1]
        before3 = clause[:start].split()[-3:]
        if after and after[0] in {"pas", "jamais", "plus", "point", "guere"} and "ne" in before3:
            return True
    prior = [t for t in clause[:start].split() if t not in ("ne", "le", "la", "les", "lui", "me", "te", "nous", "leur")][-2:]
    if prior and prior[-1] == "personne" and (len(prior) < 2 or prior[0] not in _DETERMINERS):
        return True  # "personne ne me frappe", "non personne me frappe" (not "une personne me frappe")
    first = matched.split(" ", 1)[0] if matched else ""
    if first in SUBJECTS:  # the match opens its own sub-clause ("je ne en peux plus je vais le laisser")
        return False
    before = clause[:start].split()
    steps = 0
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if tok in R.WINDOW_STOP:
            return False
        if tok in R.NEGATORS:
            prev = before[i - 1] if i > 0 else ""
            nxt = before[i + 1] if i + 1 < len(before) else ""
            if tok == "plus" and prev in _PLUS_NOT_NEG:
                pass
            elif tok == "pas" and nxt in {"mal", "a", "seulement", "que"}:
                pass
            elif tok == "jamais" and prev in {"que", "plus"}:
                pass
            elif tok == "non" and steps > 0:
                pass
            elif tok == "no" and nxt in {"one", "body"}:
                pass
            else:
                return True
        if tok in SUBJECTS and steps > 0:
            return False
        steps += 1
        if steps >= 4:
            return False
    return False


def _subject_is_other(clause: str, start: int, matched: str) -> bool:
    """True when the person in danger is someone else than the writer."""
    m = " " + matched + " "
    if " me " in m or " je " in m or " my " in m or " i " in m:
        return False
    if " se " in m or " il " in m or " elle " in m:
        return True
    before = clause[:start].split()
    for tok in reversed(before[-7:]):
        if tok in SELF_CUES:
            return False
        if tok in OTHER_CUES:
            return True
    words = clause.split()
    if any(w in OTHER_CUES for w in words) and "je" not in words:
        return True
    return "je" not in words and "me" not in words


def _refine_violence(hit_text: str, clause: str, message: str, kind: str, start: int) -> Tuple[str, ...]:
    before = clause[:start]
    if kind == "violence_autre?":
        if before.rstrip().endswith(" je") or before.rstrip() == "je" or re.search(r"\bje (?:\w+ )?$", before):
            return ("enfant",) if _CHILD_RE.search(message) else ("maltraitance",)
        if _YOUNG_RE.search(clause) or (_YOUNG_RE.search(message) and not _ADULT_REL_RE.search(clause)):
            return ("enfant",)
        if _CHILD_RE.search(clause) or (_CHILD_RE.search(message) and not _ADULT_REL_RE.search(clause)):
            # "mon fils", "ma fille": a child, or an adult with a disability
            return ("enfant", "maltraitance")
        if _ESTAB_RE.search(message) or _ADULT_REL_RE.search(clause):
            return ("maltraitance",)
        if _PARTNER_RE.search(clause):
            return ("violence",)
        return ("violence",)
    # the writer is the victim
    if _PARTNER_RE.search(clause) or _PARTNER_RE.search(message) and not _ESTAB_RE.search(clause):
        if "violences conjugales" in message or _PARTNER_RE.search(clause):
            return ("violence_femme",)
    if _ESTAB_RE.search(clause):
        return ("maltraitance",)
    kinds: Tuple[str, ...] = ("violence",)
    if _PARENT_RE.search(clause) or _YOUNG_SELF.search(message):
        kinds = ("violence", "enfant")
    elif _ESTAB_RE.search(message) and not _PARTNER_RE.search(message):
        kinds = ("maltraitance",)
    return kinds


# What may follow a death / despair phrase without meaning death, for every suicide rule (listed or generated):
# "disparaître de cette liste", "en finir avec ce dossier", "à quoi bon continuer les démarches",
# "se tuer à la tâche", "mourir chez elle plutôt qu'en EHPAD".
_LATER = re.compile(r"\b(?:le (?:[1-9]|[12]\d|3[01])(?! ?h)\b|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dans (?:\d+|deux|trois|quinze|quelques) (?:jours?|semaines?|mois)|la semaine prochaine|le mois prochain|a la fin du mois|fin du mois|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|bientot)\b")
_TONIGHT_RE = re.compile(r"\b(?:ce soir|cette nuit|pour la nuit|aujourdhui|maintenant|tout de suite|demain)\b")
_PAPER_OBJ = re.compile(r"^ (?:avec |les |ces |mes |ce |cette |le |la |des |de |du |a )?(?:\w+ )?" + R.PAPERWORK)
_PAPER_VERB = re.compile(r"^ a (?:envoyer|remplir|appeler|relancer|ecrire|faire des demarches|demander|chercher|expliquer|refaire|deposer|renvoyer|scanner|photocopier)\b")
_DEATH_TAIL = re.compile(r"(?:mourir|crever|disparaitre|en finir|continuer|me battre|se battre|tenir|essayer|me tuer|se tuer|arreter)$")
_DEATH_AFTER = re.compile(
    r"^ (?:a la tache|au travail|a le travail|a force de|a (?:bosser|travailler|reviser|lui dire|leur dire|repeter|expliquer))"
    r"|^ (?:de|du|des|quand|lorsque|pendant|derriere) (?!ce monde|la surface|la terre|cette terre|cette vie|ma vie|la vie|tout|pour)"
    r"|^ (?:chez (?:elle|lui|soi|moi|nous)|a la maison|a domicile|dans (?:son|mon|sa|ma) (?:lit|maison|chambre) plutot)"
    r"|^ avec (?!(?:la|ma|cette) vie|tout|moi|mes jours|mes souffrances|ca|cela|ce monde|le existence|mon existence)"
)


def _death_figurative(clause: str, matched: str, end: int) -> bool:
    if not _DEATH_TAIL.search(matched):
        return False
    after = clause[end:]
    if _PAPER_OBJ.match(after) or _PAPER_VERB.match(after):  # "à quoi bon continuer à envoyer ces papiers"
        return True
    if _DEATH_AFTER.match(after):
        return not re.match(r"^ (?:de|du|des) (?:me|le|la|les|lui) ", after) and not matched.endswith(("continuer", "tenir", "essayer"))
    return False


CACHE_MAX_CHARS = 4000  # longer texts (a pasted document) are scanned each time rather than kept in memory


def scan_message(text: str, msg: int = 0, guarded: Optional[List[str]] = None) -> List[Hit]:
    """All rule hits of one message (after negation, exclusion, fiction and past checks).

    ``guarded`` (if given) receives the ids of danger rules that matched but that a guard set aside
    (negation, figurative speech, fiction, past): the learned model must not overrule those.
    A message's scan depends on its text only: it is kept, so that each turn scans only the new message."""
    text = text or ""
    hits, set_aside = _scan_cached(text) if len(text) <= CACHE_MAX_CHARS else _scan(text)
    if guarded is not None:
        guarded.extend(set_aside)
    return [h if h.msg == msg else replace(h, msg=msg) for h in hits]


@lru_cache(maxsize=4096)
def _scan_cached(text: str) -> Tuple[Tuple[Hit, ...], Tuple[str, ...]]:
    return _scan(text)


def _scan(text: str) -> Tuple[Tuple[Hit, ...], Tuple[str, ...]]:
    """The hits of one message (as message 0) and the ids its guards set aside."""
    msg = 0
    guarded: List[str] = []
    clauses = normalize(text or "")
    if not clauses:
        return (), ()
    if any(R.IDIOMS.search(c) for c in clauses):
        clauses = tuple(R.IDIOMS.sub(lambda m: " " * len(m.group(0)), c) for c in clauses)
        guarded.append("idiome")  # the model reads the words, not the idiom: it needs more to overrule
    message = " . ".join(clauses)
    hits: List[Hit] = []
    fiction_all = bool(R.FICTION_MESSAGE.search(message))
    fiction_clauses = [fiction_all or bool(R.FICTION.search(c)) for c in clauses]
    if any(fiction_clauses):
        guarded.append("fiction")  # a story, a song, a question about numbers: the model alone needs more
    # a joke ("mdr", "pour jouer", 😂) sets aside threats and other dangers, never suicidal words nor a
    # medical emergency: "mdr je vais me jeter du pont ce soir" may be a cry for help told lightly
    joke_all = bool(R.JOKE_EMOJI.search(text))
    joke_clauses = [joke_all or bool(R.JOKE.search(c)) for c in clauses]
    past_clauses = [bool(re.search(R.PAST_LONG, c)) for c in clauses]
    for ci, clause in enumerate(clauses):
        for rule in R.ALL_RULES:
            for m in rule.pattern.finditer(clause):
                start, end = m.start(), m.end()
                if end == start:
                    continue
                if rule.require is not None and not rule.require.search(message):
                    if rule.level == "vitale" and rule.require_guards:
                        guarded.append(rule.id)  # a danger word whose context the rules found lacking
                    continue
                joke = joke_clauses[ci] and rule.fiction and rule.kind not in ("suicide", "medical?", "medical") \
                    and rule.family not in ("means", "plan", "time", "distress")
                if _guarded(rule, clause, m, start, end, fiction_clauses[ci]) or joke:
                    if rule.level in ("vitale", "weak"):
                        guarded.append(rule.id)
                    continue
                level, signal, flag = rule.level, rule.signal, rule.flag
                kinds: Tuple[str, ...] = (rule.kind,) if rule.kind else ()
                third = False
                if rule.past and past_clauses[ci]:
                    if rule.level in ("vitale", "weak"):
                        guarded.append(rule.id)
                    if rule.kind == "suicide":
                        level, signal, kinds = "haute", "antécédent de tentative de suicide", ()
                    else:
                        continue
                if rule.kind == "medical?":
                    if R.MEDICAL_PAST.search(clause) and not R.MEDICAL_NOW.search(clause):
                        guarded.append(rule.id)
                        continue  # yesterday's fall or malaise, nothing said about now
                    third = _subject_is_other(clause, start, m.group(0))
                    kinds = ("autrui",) if third else ("medical",)
                elif rule.kind in ("violence?", "violence_autre?"):
                    kinds = _refine_violence(m.group(0), clause, message, rule.kind, start)
                    third = rule.kind == "violence_autre?"
                elif rule.kind == "suicide":
                    third = rule.id in ("third_suicide", "g_other_death")
                    if rule.id in ("means_pills", "swallowed_self"):
                        kinds = ("suicide", "medical")
                elif rule.id == "swallowed_other" and re.search(r"\b(?:tous|toutes|toute|tout|plein|trop|boite|plaquette|beaucoup)\b", m.group(0)) \
                        and re.search(r"\b" + R.MEDS + r"\b", m.group(0)):
                    kinds = ("autrui", "suicide")
                if kinds == ("abri",) and _LATER.search(message) and not _TONIGHT_RE.search(message):
                    # nowhere to sleep *later* ("je sors de prison le 12 et j'ai rien pour dormir"): a rupture, not tonight
                    level, kinds, flag, signal = "haute", (), "expulsion", "bientôt sans logement"
                hits.append(Hit(rule=rule, msg=msg, clause=ci, start=start, end=end, text=m.group(0),
                                kinds=kinds, signal=signal, level=level, flag=flag, third_party=third))
                if level != "weak":
                    break  # one hit per rule and clause is enough (weak clues are counted)
    return tuple(hits), tuple(guarded)


def _guarded(rule: R.Rule, clause: str, m: "re.Match", start: int, end: int, fiction: bool) -> bool:
    """True when a guard sets this match aside: negation, exclusions, fiction, figurative death words."""
    if rule.negatable and _negated(clause, start, m.group(0), end):
        return True
    if rule.exclude is not None and rule.exclude.search(clause):
        return True
    if rule.after_exclude is not None and rule.after_exclude.search(clause[end:]):
        return True
    if rule.before_exclude is not None and rule.before_exclude.search(clause[:start]):
        return True
    if rule.fiction and fiction:
        return True
    return (rule.kind == "suicide" or rule.family in ("means", "plan")) and _death_figurative(clause, m.group(0), end)


def _add(lst: List[str], item: Optional[str]) -> None:
    if item and item not in lst:
        lst.append(item)


def analyse(texts: Sequence[str]) -> DangerAnalysis:
    """Danger, rupture flags and urgency of a conversation (all user turns so far, oldest first).

    The same conversation is analysed several times a turn (the gateway's check, the policy's triage,
    which kinds are new): the result is kept, keyed by the texts and by whether the model is on, and each
    caller gets its own copy (callers may change its lists)."""
    msgs = tuple(t or "" for t in texts)
    if sum(len(t) for t in msgs) > 4 * CACHE_MAX_CHARS:
        return _analyse(msgs)
    return _copy(_analyse_cached(msgs, M.load() is not None))


def _copy(a: DangerAnalysis) -> DangerAnalysis:
    return replace(a, danger_kinds=list(a.danger_kinds), signals=list(a.signals), flags=list(a.flags),
                   tags=set(a.tags), hits=list(a.hits), danger_pairs=set(a.danger_pairs),
                   figurative=list(a.figurative))


@lru_cache(maxsize=1024)
def _analyse_cached(msgs: Tuple[str, ...], model_on: bool) -> DangerAnalysis:
    return _analyse(msgs)


def _analyse(texts: Sequence[str]) -> DangerAnalysis:
    out = DangerAnalysis()
    all_hits: List[Hit] = []
    msgs = [t or "" for t in texts]
    guarded: Dict[int, List[str]] = {}
    for i, t in enumerate(msgs):
        all_hits.extend(scan_message(t, i, guarded.setdefault(i, [])))
    out.hits = all_hits
    flat_msgs = [" . ".join(normalize(t)) for t in msgs]
    conv = " . ".join(flat_msgs)
    for i, t in enumerate(flat_msgs):
        for fm in R.FIGURATIVE.finditer(t):
            _add(out.figurative, fm.group(0))
            guarded[i].append("figuratif")

    haute = False
    vital_signals: List[str] = []
    other_signals: List[str] = []
    families: Dict[str, List[Hit]] = {}
    resolved_msgs = {i for i, t in enumerate(flat_msgs)
                     if (_PAST_MARK.search(t) and _RESOLVED.search(t) or _FOUND_AT_ONCE.search(t) or _UP_AGAIN.search(t))
                     and not _NOW_THREAT.search(t)}
    for h in all_hits:
        rule = h.rule
        if h.msg in resolved_msgs and h.level in ("vitale", "weak", "haute") and not h.flag:
            _add(other_signals, "danger passé, dit résolu: " + h.text)
            continue
        if h.level == "vitale":
            for k in h.kinds:
                _add(out.danger_kinds, k)
                out.danger_pairs.add((k, h.signal))
            sig = h.signal + (" (un proche)" if h.third_party and "proche" not in h.signal and "autre" not in h.signal else "")
            _add(vital_signals, sig)
        elif h.level == "weak":
            if rule.family == "distress":
                clause = normalize(msgs[h.msg])[h.clause]
                if _PAPERWORK_RE.search(clause) and not _STRONG_CARER_RE.search(flat_msgs[h.msg]):
                    continue  # "j'en peux plus de ces démarches": tiredness with paperwork
            families.setdefault(rule.family or "", []).append(h)
        elif h.level == "haute":
            if "exhaustion" in rule.tags:
                clause = normalize(msgs[h.msg])[h.clause]
                strong_carer = bool(_STRONG_CARER_RE.search(flat_msgs[h.msg]))
                if _PAPERWORK_RE.search(clause) and not strong_carer:
                    _add(other_signals, "fatigue administrative (pas d'urgence)")
                    continue
                if strong_carer or _CARER_RE.search(conv):
                    _add(out.flags, "aidant_epuise")
                    _add(other_signals, "aidant épuisé")
                else:
                    _add(other_signals, "épuisement")
                haute = True
                out.tags.add("exhaustion")
                continue
            if "distress" in rule.tags:
                out.tags.add("distress")
            haute = True
            _add(out.flags, h.flag)
            _add(other_signals, h.signal)
        elif h.level == "flag":
            if "tired" in rule.tags:
                if _STRONG_CARER_RE.search(flat_msgs[h.msg]) and not _PAPERWORK_RE.search(normalize(msgs[h.msg])[h.clause]):
                    _add(out.flags, "aidant_epuise")
                    _add(other_signals, "aidant épuisé")
                    out.tags.add("exhaustion")
                    haute = True
                continue
            if rule.flag == "sortie_hopital":
                _add(out.flags, "sortie_hopital")
                ctx = flat_msgs[h.msg]
                if re.search(R.NEAR, ctx) or re.search(R.NOTHING_AFTER, ctx):
                    haute = True
                    _add(other_signals, "sortie d'hôpital sans solution après")
                else:
                    _add(other_signals, "sortie d'hôpital")
                continue
            _add(out.flags, h.flag)
            for t in rule.tags:
                out.tags.add(t)
            _add(other_signals, h.signal)

    # combinations of weak clues, over the whole conversation
    means = families.get("means", [])
    plan = families.get("plan", [])
    time_ = families.get("time", [])
    distress = families.get("distress", [])
    missing = families.get("missing", [])
    soft = families.get("means_soft", [])
    strong_plan = [p for p in plan if p.rule.farewell]
    if soft and strong_plan and not means:
        means = soft  # a named place (cliff, river) with a farewell / plan cue
    if means and (plan or time_ or distress):
        other = (plan or time_ or distress)[0]
        _add(out.danger_kinds, "suicide")
        sig = f"{means[0].signal} + {other.signal}"
        out.danger_pairs.add(("suicide", "combinaison: " + sig))
        _add(vital_signals, sig)
    elif len({p.text for p in strong_plan}) >= 2:
        # two different farewell / plan words ("j'ai tout préparé" … "ce soir je le fais, adieu")
        _add(out.danger_kinds, "suicide")
        texts_ = sorted({p.text for p in strong_plan})
        sig = "projet / adieu: " + " + ".join(texts_[:2])
        out.danger_pairs.add(("suicide", "combinaison: " + sig))
        _add(vital_signals, sig)
    elif strong_plan and distress:
        _add(out.danger_kinds, "suicide")
        sig = f"{distress[0].signal} + {plan[0].signal}"
        out.danger_pairs.add(("suicide", "combinaison: " + sig))
        _add(vital_signals, sig)
    elif means and not out.danger_kinds:
        _add(other_signals, means[0].signal + " (seul)")
    if missing and _TIME_MISSING.search(conv):
        _add(out.danger_kinds, "disparition")
        out.danger_pairs.add(("disparition", missing[0].signal))
        _add(vital_signals, missing[0].signal)
    elif missing:
        _add(other_signals, missing[0].signal)
    if distress and not out.danger_kinds:
        haute = True
        _add(other_signals, distress[0].signal)

    # the model reads only the messages the rules leave open (it adds recall, never other kinds): not those told as
    # past and resolved, not those where a rule found the danger, not a parent's worry about the future ("quand je
    # ne serai plus là, qui s'occupera de lui"), not the parts of a danger the rules combined across messages
    danger_found = {h.msg for h in all_hits if h.level == "vitale" and h.msg not in resolved_msgs}
    future_worry = {i for i, t in enumerate(flat_msgs) if _AFTER_ME.search(t) and _DEPENDANT_FUTURE.search(t)}
    combined = {h.msg for fam in ("means", "plan", "time", "distress", "missing", "means_soft")
                for h in families.get(fam, [])} if out.danger_kinds else set()
    left_to_rules = resolved_msgs | danger_found | future_worry | combined
    haute = _model_boost(msgs, left_to_rules, guarded, out, vital_signals, other_signals,
                         haute or bool(out.danger_kinds)) or haute
    if len(out.danger_kinds) > 1 and GENERIC_KIND in out.danger_kinds:
        out.danger_kinds.remove(GENERIC_KIND)  # the rules named the danger: their numbers fit better
    out.signals = vital_signals + [s for s in other_signals if s not in vital_signals]
    if out.figurative and not out.danger_kinds:
        _add(out.signals, "langage figuré: " + out.figurative[0])
    if out.danger_kinds:
        out.urgency = "vitale"
    elif haute:
        out.urgency = "haute"
    else:
        out.urgency = "normale"
    return out


GENERIC_KIND = "danger"  # the model sees a danger the rules cannot name: the general numbers
MODEL_VITALE_SIGNAL = "modèle: danger probable"
MODEL_HAUTE_SIGNAL = "modèle: rupture possible"


def _model_boost(msgs: Sequence[str], left_to_rules: Set[int], guarded: Dict[int, List[str]], out: DangerAnalysis,
                 vital_signals: List[str], other_signals: List[str], raised: bool) -> bool:
    """The learned model (bot/triage/model.py) may only raise urgency: a message the rules leave below
    vitale is read in windows, and a window the model finds dangerous adds a danger (its kinds, or the
    generic kind) with a signal naming the words that weighed most. Messages told as past and resolved
    are left to the rules; where a guard of the rules set a danger word aside (negation, figurative
    speech, fiction, past), the model needs a higher probability (``T_VITALE_GUARDED``).
    Returns True when it raised a message to haute."""
    if M.load() is None:
        return False
    to_haute = False
    for i, t in enumerate(msgs):
        if i in left_to_rules or not t:
            continue
        clauses = normalize(t)
        wins = M.windows(clauses)[:M.MAX_WINDOWS]
        # a story short enough to be read whole (its first window): a part of it counts only if the whole is not
        # plainly ordinary
        whole = M.predict_clauses(wins[0]) if wins and len(wins) > 1 and len(wins[0]) == len(clauses) else None
        for win in wins:
            p = M.predict_clauses(win)
            if p is None:
                continue
            is_part = len(win) != len(clauses)
            # the doubt reads whole messages only (parts of a story read out of context often look darker), and
            # not a short answer ("je ne sais pas")
            if not is_part and M.word_count(win) >= M.MIN_WORDS_DOUBT:
                out.doubt = max(out.doubt, p.p_vitale)
            if guarded.get(i):
                threshold = M.T_VITALE_GUARDED
            else:  # a part of a long text, read out of its context, needs more
                threshold = M.T_VITALE_PART if is_part else M.T_VITALE
            # a part of a story whose whole reads ordinary does not raise it alone
            story_ordinary = whole is not None and is_part and whole.p_vitale < M.T_VITALE_STORY
            story_no_rupture = whole is not None and is_part and whole.p_haute_or_above < M.T_HAUTE_STORY
            if p.p_vitale >= threshold and not story_ordinary:
                kinds = p.kinds() or [GENERIC_KIND]
                words = ", ".join("« " + w + " »" for w in p.top_words())
                sig = f"{MODEL_VITALE_SIGNAL} ({p.p_vitale:.2f}{': ' + words if words else ''})"
                for k in kinds:
                    _add(out.danger_kinds, k)
                    out.danger_pairs.add((k, sig))
                _add(vital_signals, sig)
            elif not raised and not story_no_rupture and p.p_haute_or_above >= M.T_HAUTE \
                    and M.word_count(win) >= M.MIN_WORDS_HAUTE:
                _add(other_signals, f"{MODEL_HAUTE_SIGNAL} ({p.p_haute_or_above:.2f})")
                to_haute = True
    return to_haute


def new_danger_kinds(previous: Sequence[str], new_text: str) -> List[str]:
    before = analyse(list(previous))
    after = analyse(list(previous) + [new_text])
    out: List[str] = [k for k in after.danger_kinds if k not in before.danger_kinds]
    alone = analyse([new_text])
    # what the new message shows alone counts when the conversation keeps it (the model reads a message
    # only where the rules found nothing: "je vais tous les prendre ce soir" after "j'ai gardé des
    # médicaments" is the rules' suicide, not a second kind the model would name for the message alone)
    for kind, sig in sorted((alone.danger_pairs & after.danger_pairs) | (after.danger_pairs - before.danger_pairs)):
        if (kind, sig) not in before.danger_pairs and kind not in out:
            out.append(kind)
    # keep the display order of the conversation result
    order = {k: i for i, k in enumerate(after.danger_kinds)}
    return sorted(out, key=lambda k: order.get(k, 99))
