"""Find the French département of a user from free chat text.

Data: ``bot/geo/data/communes.tsv.gz`` and ``departements.tsv``, built from the
npm package ``@etalab/decoupage-administratif`` by ``scripts/build_geo_table.py``
(see ``bot/geo/data/LICENCE.md``). Loaded once, lazily, on first use.

Order of priority in :func:`find_departement`:

1. postal code (5 digits that exist in the table; CEDEX-like unknown codes only
   after "code postal"/"CP");
2. département number with a context word ("dans le 49", "département 53",
   "je suis du 974", "en 2A", "le 13", "Laval (53)"): never a bare number, never
   a number followed by a unit ("49 ans", "3 enfants", "le 13 mai", "13h");
3. département name ("en Mayenne", "maine et loire", "la Réunion"); names that
   are also common words (Nord, Cher, Lot, Somme, Manche...) only after a cue
   ("dans le Nord", "en Somme") or as the whole message;
4. commune name, only after a locative cue ("à", "habite", "sur", "près de",
   "ville de"...) or as the whole message, length >= 3, not in a stop-list of
   common words.

Ambiguities (a postal code or a commune name in several départements, "Corse",
"le 20") pick the most populated département; ``signals`` says
"ambigu: ...", ``candidates`` holds the *other* codes, most populated first.
Collectivités d'outre-mer without a Communauté 360 (Saint-Barthélemy 977,
Saint-Martin 978, and 975, 984, 986-989) give ``code=None`` with the signal
"977: pas de Communauté 360".
"""

from __future__ import annotations

import gzip
import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .normalize import normalize, strip_accents

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Codes of the departements table that have no Communauté 360: GeoMatch.code is None.
#: The brief names 977 and 978; the other collectivités d'outre-mer are outside
#: the French disability policy framework too (to confirm with the project).
NO_COMMUNAUTE_360 = frozenset({"975", "977", "978", "984", "986", "987", "988", "989"})


@dataclass
class GeoMatch:
    code: str | None
    signals: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    commune: str | None = None


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Commune:
    name: str
    dep: str
    pop: int


class _Tables:
    def __init__(self, data_dir: Path = DATA_DIR):
        self.dep_name: dict[str, str] = {}
        self.dep_region: dict[str, str] = {}
        with open(data_dir / "departements.tsv", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                code, nom, _region, region_nom = line.rstrip("\n").split("\t")
                self.dep_name[code] = nom
                self.dep_region[code] = region_nom

        self.by_name: dict[str, list[_Commune]] = defaultdict(list)
        cp_communes: dict[str, list[_Commune]] = defaultdict(list)
        self.dep_pop: dict[str, int] = defaultdict(int)
        with gzip.open(data_dir / "communes.tsv.gz", "rt", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                norm, nom, dep, cps, pop = line.rstrip("\n").split("\t")
                c = _Commune(nom, dep, int(pop or 0))
                self.by_name[norm].append(c)
                glued = _glue_elisions(norm)
                if glued != norm:
                    self.by_name[glued].append(c)
                self.dep_pop[dep] += c.pop
                for cp in cps.split(",") if cps else ():
                    cp_communes[cp].append(c)
        for lst in self.by_name.values():
            lst.sort(key=lambda c: (-c.pop, c.dep, c.name))
        self.by_name = dict(self.by_name)
        self.max_tokens = max(k.count(" ") + 1 for k in self.by_name)

        # postal code -> [(dep, population of its communes in dep)], most populated first
        self.cp: dict[str, list[tuple[str, int]]] = {}
        self.cp_commune: dict[str, str | None] = {}
        for cp, communes in cp_communes.items():
            pops: dict[str, int] = defaultdict(int)
            for c in communes:
                pops[c.dep] += c.pop
            self.cp[cp] = sorted(pops.items(), key=lambda kv: (-kv[1], kv[0]))
            self.cp_commune[cp] = communes[0].name if len(communes) == 1 else None

        # Colloquial short names: "Aix" -> Aix-en-Provence, "Clermont" -> Clermont-Ferrand.
        prefix: dict[str, list[_Commune]] = defaultdict(list)
        for norm, communes in self.by_name.items():
            toks = norm.split()
            if len(toks) < 2:
                continue
            for c in communes:
                if c.pop < 10000:
                    continue
                for k in range(1, len(toks)):
                    head = toks[:k]
                    if head[-1] in _CONNECTORS or all(t in _GENERIC_HEADS for t in head):
                        continue
                    key = " ".join(head)
                    if c not in prefix[key]:
                        prefix[key].append(c)
        for lst in prefix.values():
            lst.sort(key=lambda c: (-c.pop, c.dep, c.name))
        self.prefix = dict(prefix)

        # département names -> code
        self.dep_keys: dict[str, str] = {}
        for code, nom in self.dep_name.items():
            for key in _name_variants(normalize(nom)):
                self.dep_keys.setdefault(key, code)
        for key, code in _DEP_ALIASES.items():
            self.dep_keys[key] = code
        self.dep_max_tokens = max(k.count(" ") + 1 for k in self.dep_keys)
        corse = sorted(("2A", "2B"), key=lambda c: (-self.dep_pop[c], c))
        self.corse_order = corse

        self._fuzzy_dep: dict[str, set[str]] | None = None
        self._big_names: set[str] | None = None
        self.fuzzy_dep()
        self.big_names()

    # fuzzy (edit distance 1) indexes, built on first need
    def fuzzy_dep(self) -> dict[str, set[str]]:
        if self._fuzzy_dep is None:
            self._fuzzy_dep = _deletion_index(k for k in self.dep_keys if len(k.replace(" ", "")) >= 6)
        return self._fuzzy_dep

    def big_names(self) -> set[str]:
        """Names of communes of 20,000+ inhabitants (targets of typo correction)."""
        if self._big_names is None:
            self._big_names = {k for k, v in self.by_name.items() if v[0].pop >= 20000}
        return self._big_names


_CONNECTORS = {"le", "la", "les", "l", "de", "du", "des", "d", "en", "sur", "sous", "et", "aux", "au", "a", "lez"}
_GENERIC_HEADS = {"saint", "sainte", "saints", "saintes", "le", "la", "les", "l", "mont", "port", "pont", "val"}

_DEP_ALIASES = {
    "corse": "20",  # resolved to 2A/2B by population, with an "ambigu" signal
    "reunion": "974",
    "ile de la reunion": "974",
    "guyane francaise": "973",
    "polynesie": "987",
    "clipperton": "989",
    "saint barth": "977",
    "saint barts": "977",
    "belfort": "90",
    "territoire de belfort": "90",
    "seine st denis": "93",
    "haute corse": "2B",
    "corse du sud": "2A",
    "sud corse": "2A",
    "pyrenees orientales": "66",
    "alpes de haute provence": "04",
    "alpes haute provence": "04",
    "cote d or": "21",
    "cotes d armor": "22",
}

#: Département names that are also common words or first names: only after a cue or alone.
_RISKY_DEP_KEYS = {
    "saint martin", "saint barthelemy", "nord", "cher", "lot", "var", "ain", "manche", "somme",
    "allier", "creuse", "aube", "vienne", "orne", "loire", "marne", "aude", "gard", "indre", "jura", "eure", "oise", "reunion",
    "la reunion", "corse", "paris", "landes", "meuse", "doubs", "gers", "tarn", "drome", "savoie",
}
#: French words (Debian wfrench list) at edit distance 1 of a département name of 6+ letters:
#: never a fuzzy match.
_FUZZY_DEP_EXCLUDED = frozenset(
    """
    ablier abrege abriee agrege ailier ailler aliter allers alliee alliera allies alliez altier amanche
    anches aniere anodes ardentes areage ariennes arisee arpege aryenne aryennes aurige averons avoine
    baller banche bandes bessonne bievre calier canche canota cantals captal cariee ceruse chanta
    chargent charment charpente chatrent cireuse clande correle courrez cranta crepue crepus creusa
    creusee creuser creuses creuset creusez crieuse crusse daller emanche endeve enivre fayotte fievre
    flanes garennes gindre girond girondes gironds gironne glande glandes glands glanes gloire gronde
    grondee gronder grondes grondez hallier hanche heraut herauts iguane indure insere ladies ladres
    laides laines lances langes lardes laudes lianes lievre lisere livret machee macher maches machez
    manches mancie mandes marche marennes mariee marine marnee marner marnes marnez marotte matche
    meduse mesuse mienne mievre ministere misere moelle moelles morelle moyenne muance muselle nierez
    nizere ocreuse oindre oiselle oseille palier pallie pallier parais parfis parias pariee paries
    parois partis parvis planes raller rallie rallier ranche recuse refuse resonne rieuse santal saviez
    savoir sienne sommee sommer sommes sommet sommez sparte spathe taller tanche tienne variee veinee
    vendeen vendes vendez vendre vendue venees venere vengee ventee viennes vogues
    """.split()
)


def _parse_stop_words(block: str) -> frozenset[str]:
    """Entries are single words, or 2-3 word phrases starting with an article."""
    out: set[str] = set()
    for line in block.strip().splitlines():
        toks = line.split()
        i = 0
        while i < len(toks):
            t = toks[i]
            if t in ("le", "la", "les", "l") and i + 1 < len(toks):
                out.add(f"{t} {toks[i + 1]}")
                i += 2
            elif t == "entre" and i + 1 < len(toks) and toks[i + 1] == "deux":
                out.add("entre deux")
                i += 2
            else:
                out.add(t)
                i += 1
    return frozenset(out)


#: Common French words (and first names) that are also commune names: never a commune in
#: free text. Keys are normalised (see normalize()).
STOP_WORDS = _parse_stop_words(
    """
    y eu bu ri us sus lue vue vu mars avril mai juin sept quarante cent mille vingt trente
    bonjour bonsoir salut merci oui non vous nous moi toi lui eux elle elles tout tous toute
    toutes rien personne aucun aucune cela ceci ici parce contre entre deux son sa ses
    place ville villes campagne mer montagne ecole fille fils mere pere parent parents hommes
    femme maire marie mathieu romain rene germaine julienne servais florentin aubin martin
    charge force faux bonne bonnes grand grande long moyen simple riche pauvres doux vif lent
    chateau bois le bourg cours le cours plan le plan pas le pas mas le mas pont le pont
    mont le mont monte rue routes chemin le chemin port ligne change confort devise don job
    frais four fosse lance jardin sure piano bus cars bar gars baby jury plaisirs viens vire
    allons appelle espere irai irais saurais sache serez sers soyons aurons rions priez louer
    lutter trimer taller passa porta vira cesse cesseras omet mire pende pleure moisson
    corps couches la table la cote la force la montagne la plaine la marche la creche
    la garde la tour la riviere la vallee la salle la chambre la touche la ronde la loupe
    la tache la demie la machine la pierre la douze la compote la mouche la grange la loge
    la quinte la quarte la serre la chapelle la motte
    le quartier le parc le passage le titre le syndicat le temple le pin le vert le cause
    le bernard le saint le bouchon le chene le miroir le manoir le palais
    l hopital l escale l etoile l echelle l ecole l union l epine l oie l aigle
    les halles les places les plans les pres les allies les attaques les deserts les ventes
    les menus les touches les sieges les fins les cars les mars les choux les granges les forges
    les loges les salles les rives les combes parent angoisse village
    saint sainte bretagne champagne anjou beauce brie suisse normandie provence alsace lorraine
    picardie auvergne bourgogne limousin aquitaine occitanie
    """
)

#: In a form answer ("Dans quelle commune ?") only conversational words are refused.
ANSWER_STOP_WORDS = _parse_stop_words(
    """
    y eu bu ri us oui non merci bonjour bonsoir salut vous nous moi toi tout tous rien personne
    aucun aucune cela ceci ici parce contre saint sainte bretagne champagne anjou beauce suisse
    """
)

_ANSWER_STOP: frozenset[str] | None = None


def _answer_stop() -> frozenset[str]:
    """In a form answer, the stop-list less the names of communes of 5,000+ inhabitants
    ("La Crèche", "Entre-Deux", "Mer"), plus the conversational words."""
    global _ANSWER_STOP
    if _ANSWER_STOP is None:
        t = _tables()
        _ANSWER_STOP = frozenset(
            w for w in STOP_WORDS if not (w in t.by_name and t.by_name[w][0].pop >= 5000)
        ) | ANSWER_STOP_WORDS
    return _ANSWER_STOP


_TABLES: _Tables | None = None
_LOCK = threading.Lock()


def _tables() -> _Tables:
    global _TABLES
    if _TABLES is None:
        with _LOCK:
            if _TABLES is None:
                _TABLES = _Tables()
    return _TABLES


# --------------------------------------------------------------------------- helpers

_ELISION = re.compile(r"\b([dl]) (?=[aeiouyh])")


def _glue_elisions(norm: str) -> str:
    """Glue elided articles: "villeneuve d ascq" -> "villeneuve dascq" (as users type it)."""
    return _ELISION.sub(r"\1", norm)


def _name_variants(norm: str) -> set[str]:
    out = {norm, _glue_elisions(norm)}
    if " et " in norm:
        out.add(norm.replace(" et ", " "))
    return out


def _deletion_index(keys) -> dict[str, set[str]]:
    idx: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        idx[k].add(k)
        for i in range(len(k)):
            idx[k[:i] + k[i + 1:]].add(k)
    return dict(idx)


def _fuzzy(idx: dict[str, set[str]], query: str) -> set[str]:
    hits = set(idx.get(query, ()))
    for i in range(len(query)):
        hits |= idx.get(query[:i] + query[i + 1:], set())
    return hits


_TOKEN_ALIASES = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes", "hte": "haute",
                  "htes": "hautes", "mt": "mont"}


def _tokens(text: str) -> list[str]:
    return [_TOKEN_ALIASES.get(t, t) for t in normalize(text).split()]


def _fold(text: str) -> str:
    """Lower case, no accents, typographic apostrophes -> "'", punctuation kept."""
    return strip_accents(text).lower().replace("\u2019", "'").replace("`", "'")


def _pad(code: str) -> str:
    code = code.upper().replace(" ", "")
    return "0" + code if len(code) == 1 else code


def _com_signal(code: str | None, signals: list[str]) -> str | None:
    if code in NO_COMMUNAUTE_360:
        signals.append(f"{code}: pas de Communauté 360")
        return None
    return code


def _resolve_corse(t: _Tables, what: str, signals: list[str], candidates: list[str]) -> str:
    first, second = t.corse_order
    signals.append(f"ambigu: {what} (2A, 2B) → {first}")
    candidates.append(second)
    return first


# --------------------------------------------------------------------------- 1. postal codes

_CP_RE = re.compile(r"(?<![0-9a-z])(\d{5})(?!\d)")
_CP_SPACED_RE = re.compile(r"(?:code\s+postal|\bcp)\s*:?\s*(\d{2})\s(\d{3})(?!\d)")
_CP_CUE_RE = re.compile(r"(?:code\s+postal|\bcp)\s*:?\s*(?:est\s+(?:le\s+)?)?$")
_CP_NOT_AFTER = re.compile(
    r"(?:n\s*°|\bno|numero|\bnum|dossier|\bref|reference|allocataire|\btel|telephone|siret|siren|"
    r"montant|somme|salaire|revenus?|\+)\s*:?\s*$"
)
_CP_NOT_BEFORE = re.compile(r"^\s*(?:€|\$|%|k\b|k€|euros?\b|eur\b|e\b|habitants\b|km\b|m2\b|personnes\b|ans\b)")


def _postal_hits(t: _Tables, folded: str) -> list[tuple[int, str, bool]]:
    """(position, code, known) for each plausible postal code in the text."""
    hits = []
    for m in _CP_RE.finditer(folded):
        before, after = folded[: m.start()], folded[m.end():]
        if _CP_NOT_AFTER.search(before[-25:]) or _CP_NOT_BEFORE.match(after):
            continue
        cp = m.group(1)
        if cp in t.cp:
            hits.append((m.start(), cp, True))
        elif _CP_CUE_RE.search(before[-20:]):
            hits.append((m.start(), cp, False))
    for m in _CP_SPACED_RE.finditer(folded):
        cp = m.group(1) + m.group(2)
        hits.append((m.start(1), cp, cp in t.cp))
    # "cp 1200" (leading zero forgotten)
    for m in re.finditer(r"(?:code\s+postal|\bcp)\s*:?\s*(\d{4})(?!\d)", folded):
        cp = "0" + m.group(1)
        hits.append((m.start(1), cp, cp in t.cp))
    hits.sort()
    return hits


def _match_postal(t: _Tables, cp: str, known: bool) -> GeoMatch | None:
    signals: list[str] = []
    candidates: list[str] = []
    if known:
        deps = t.cp[cp]
        code = deps[0][0]
        if len(deps) > 1:
            listed = ", ".join(sorted(d for d, _ in deps))
            signals.append(f"ambigu: CP {cp} ({listed}) → {code}")
            candidates = [d for d, _ in deps[1:]]
        else:
            signals.append(f"cp: {cp} → {code}")
        commune = t.cp_commune.get(cp)
    else:
        prefix = cp[:3] if cp.startswith("97") else cp[:2]
        if prefix not in t.dep_name or prefix == "20" or cp.startswith("98"):
            return None
        code = prefix
        commune = None
        signals.append(f"cp inconnu: {cp} → {code} (préfixe)")
    code = _com_signal(code, signals)
    return GeoMatch(code=code, signals=signals, candidates=candidates, commune=commune)


# --------------------------------------------------------------------------- 2. numbers

_NUM_RE = re.compile(r"(?<![\w/.,:°-])(2\s?[ab]|\d{1,3})(?![\w/:°-]|[.,]\d)")
_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fev|sept|oct|nov|dec"
_UNIT_AFTER = re.compile(
    r"^\s*(?:%|€|\$|°|\+|/|:|-\s*\d|\d|x\b|h\b|h\d|[.,]\d|(?:et|ou|a|au)\s+\d|"
    r"(?:e|er|ere|eme|em|ieme|iemes|emes|nd|nde|ans?|annees?|mois|jours?|j|semaines?|sem|heures?|"
    r"minutes?|mins?|mn|secondes?|s|fois|enfants?|gosses?|bebes?|petits?|petites?|personnes?|pers|"
    r"adultes?|gens|euros?|eur|centimes?|cts?|k|kg|kilos?|grammes?|g|km|kms|metres?|m|m2|cm|mm|mg|ml|"
    r"l|litres?|rue|avenue|av|bd|boulevard|chemin|allee|place|impasse|route|quai|cours|square|bis|ter|"
    r"pieces?|etages?|points?|pts?|ados?|adolescents?|freres?|soeurs?|filles?|fils|garcons?|nuits?|"
    r"dossiers?|demandes?|places?|lits?|eleves?|classes?|salaries?|employes?|chats?|chiens?|"
    r"medicaments?|comprimes?|cachets?|pages?|lignes?|numeros?|sur\s+\d+|pour\s*cent|"
    + _MONTHS
    + r")\b)"
)
_STRONG_BEFORE = re.compile(
    r"(?:\b(?:departement|departements|dept|dpt|dep|depart|depts)\.?\s*(?:n\s*°\s*|n\s*o\.?\s*|numero\s*|no\.?\s*)?"
    r"(?:du\s+|de\s+la\s+|de\s+l'\s*|de\s+|d'\s*|:\s*|est\s+(?:le\s+)?)?"
    r"|\bdans\s+(?:le|l')\s*"
    r"|\b(?:habite|habites|habitons|habitez|habitent|habiter|vis|vit|vivons|vivez|vivent|vivre|reside|"
    r"residons|residez|resident|suis|sommes|originaire|viens|venons|venez|installes?|installees?|"
    r"demenage|demenages|demenagee?s?)\s+(?:du|dans\s+le|dans\s+l'|en)\s*)$"
)
_WEAK_BEFORE = re.compile(r"\b(le|en|du)\s*$")
_LOCATIVE_WORDS = re.compile(
    r"\b(?:habite|habites|habitons|habitez|habitent|habiter|vis|vit|vivons|vivez|vivent|vivre|reside|"
    r"residons|residez|resident|suis|sommes|originaire|viens|venons|venez|installes?|installees?|"
    r"demenage|demenages|demenagee?s?|departement|secteur|coin|region|est)\b"
)


def _weak_context_ok(word: str, before: str, after: str) -> bool:
    """ "en 2A" is enough; "le 13"/"du 13" need a locative word shortly before, or to be the
    whole message ("le 13", "du 49 !"): else dates ("MDPH le 12") and phone numbers
    ("appelez le 17")."""
    if word == "en":
        return True
    if not re.sub(r"[\s.!?,;)]+", "", after) and re.fullmatch(r"\s*(?:le|du)\s*", before):
        return True
    return bool(_LOCATIVE_WORDS.search(" ".join(before.split()[-6:-1])))
_WEAK_BEFORE_EXCLUDED = re.compile(
    r"\b(?:depuis|avant|apres|jusqu'?|jusque|partir|rdv|rendez-vous|rendez vous|prevue?s?|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|nee?s?|annees?|pour|vers|ce|fin|debut|mi|date|naissance|"
    r"datee?|seance|reunion|consultation|passage|retour|sortie|entree|classe|niveau|page|article|"
    r"numero|chambre|bus|ligne|tram|train|vol|porte|bureau|salle|cote|note|code|taille|pointure|"
    r"semaine|mois|jusqu'au)"
    r"\s+(?:le|en|du)\s*$"
    r"|\b(?:sommes|est|sera|serai|etait|aujourd'hui|demain|hier)\s+le\s*$"
)
_WEAK_AFTER_OK = re.compile(
    r"^\s*(?:$|[.!?;,)]|(?:et|ou|mais|depuis|donc|car|je|j'|on|nous|pour|aussi|merci|svp|stp|"
    r"c'est|moi|ici|la-bas|avec|chez|d'ou|alors|oui|non|voila|quoi|hein|a\s+cote|pres|precisement|"
    r"exactement|normalement|actuellement|maintenant)\b)"
)


def _number_code(t: _Tables, raw: str) -> str | None:
    raw = raw.replace(" ", "").upper()
    if raw in ("2A", "2B"):
        return raw
    if not raw.isdigit():
        return None
    n = int(raw)
    if len(raw) == 3 and raw.startswith("0"):
        return None
    if n == 20:
        return "20"
    code = f"{n:02d}" if n < 100 else str(n)
    return code if code in t.dep_name else None


def _number_hits(t: _Tables, folded: str, answer: bool) -> list[tuple[int, str, str]]:
    """(position, code, how) for each département number with context."""
    hits = []
    for m in _NUM_RE.finditer(folded):
        code = _number_code(t, m.group(1))
        if code is None:
            continue
        before, after = folded[: m.start()], folded[m.end():]
        if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
            hits.append((m.start(), code, "parenthèses"))
            continue
        if _UNIT_AFTER.match(after):
            continue
        tail = before[-60:]
        if _STRONG_BEFORE.search(tail):
            hits.append((m.start(), code, "contexte"))
        elif (wb := _WEAK_BEFORE.search(tail)) and not _WEAK_BEFORE_EXCLUDED.search(tail) \
                and _WEAK_AFTER_OK.match(after) and _weak_context_ok(wb.group(1), before, after):
            hits.append((m.start(), code, "contexte"))
        elif answer and len(folded.split()) <= 5:
            hits.append((m.start(), code, "réponse"))
    return hits


def _match_number(t: _Tables, code: str, raw_how: str) -> GeoMatch:
    signals: list[str] = []
    candidates: list[str] = []
    if code == "20":
        code = _resolve_corse(t, "20", signals, candidates)
    else:
        signals.append(f"numéro: {code} ({raw_how})")
    code = _com_signal(code, signals)
    return GeoMatch(code=code, signals=signals, candidates=candidates)


# --------------------------------------------------------------------------- 3./4. names

_DEP_CUES = frozenset({
    ("dans", "le"), ("dans", "la"), ("dans", "l"), ("dans", "les"), ("en",), ("du",), ("de", "la"),
    ("de", "l"), ("des",), ("departement",), ("habite",), ("habitons",), ("vis",), ("vit",), ("vivons",),
    ("a", "la"), ("sur", "la"), ("ile", "de", "la"), ("suis", "de", "la"), ("originaire", "de", "la"),
})
_LIVING_VERBS = {
    "habite", "habites", "habitons", "habitez", "habitent", "habiter", "vis", "vit", "vivons", "vivez",
    "vivent", "vivre", "reside", "residons", "residez", "resident", "residant", "habitant", "demeure",
    "demeurons", "installe", "installes", "installee", "installees",
}
#: Cues after which a commune name is accepted: (tokens before the name, strength).
_COMMUNE_CUES: dict[tuple[str, ...], str] = {
    **{(v,): "strong" for v in _LIVING_VERBS},
    ("ville", "de"): "strong", ("ville", "d"): "strong", ("commune", "de"): "strong",
    ("commune", "d"): "strong", ("mairie", "de"): "strong", ("mairie", "d"): "strong",
    ("originaire", "de"): "strong", ("originaire", "d"): "strong", ("suis", "de"): "strong",
    ("suis", "d"): "strong", ("sommes", "de"): "strong", ("sommes", "d"): "strong",
    ("a",): "weak", ("au",): "weak", ("aux",): "weak", ("sur",): "weak", ("vers",): "weak",
    ("pres", "de"): "weak", ("pres", "d"): "weak", ("proche", "de"): "weak", ("proche", "d"): "weak",
    ("cote", "de"): "weak", ("cote", "d"): "weak", ("autour", "de"): "weak", ("autour", "d"): "weak",
    ("environs", "de"): "weak", ("environs", "d"): "weak", ("region", "de"): "weak",
    ("region", "d"): "weak", ("secteur", "de"): "weak", ("secteur", "d"): "weak",
    ("loin", "de"): "weak", ("loin", "d"): "weak", ("agglomeration", "de"): "weak",
    ("agglomeration", "d"): "weak", ("agglo", "de"): "weak", ("agglo", "d"): "weak",
    ("metropole", "de"): "weak", ("metropole", "d"): "weak",
}
_LEADING_FILLERS = {
    "bonjour", "bonsoir", "salut", "oui", "ok", "alors", "euh", "heu", "ben", "bah", "donc", "c", "est",
    "cest", "moi", "je", "j", "on", "nous", "suis", "sommes", "ma", "commune", "ville", "mon",
    "departement", "habite", "habitons", "vis", "vit", "vivons", "reside", "a", "sur",
    "voila", "eh", "bien", "ah",
}
_TRAILING_FILLERS = {"merci", "svp", "stp", "beaucoup", "voila", "s", "il", "vous", "te", "plait", "bonne",
                     "journee", "soiree", "cordialement", "ok"}


def _core_bounds(tokens: list[str]) -> tuple[int, int]:
    """tokens[i:j] is the message less greetings, "je suis à"... and "merci"."""
    i, j = 0, len(tokens)
    while j > i and tokens[j - 1] in _TRAILING_FILLERS:
        j -= 1
    while i < j and tokens[i] in _LEADING_FILLERS:
        i += 1
    return i, j


def _strip_fillers(tokens: list[str]) -> list[str]:
    i, j = _core_bounds(tokens)
    core = tokens[i:j]
    if core and core[0] == "au":
        core = ["le"] + core[1:]
    elif core and core[0] == "aux":
        core = ["les"] + core[1:]
    return core


def _cue_before(tokens: list[str], i: int, cues) -> tuple[str, ...] | None:
    """The longest cue (a set or dict of token tuples) that ends just before tokens[i]."""
    for n in (3, 2, 1):
        if i >= n:
            cue = tuple(tokens[i - n:i])
            if cue in cues:
                return cue
    return None


def _commune_spans(t: _Tables, tokens: list[str]) -> list[tuple[int, int]]:
    """Spans of multi-word commune names (to ignore "Saint-Martin" in "Saint-Martin-de-Ré")."""
    spans = []
    n = len(tokens)
    for i in range(n):
        for L in range(min(t.max_tokens, n - i), 1, -1):
            if " ".join(tokens[i:i + L]) in t.by_name:
                spans.append((i, i + L))
                break
    return spans


def _inside_longer_commune(spans, i: int, j: int, tokens: list[str]) -> bool:
    for a, b in spans:
        if a <= i and j <= b and (a, b) != (i, j):
            starts_with_article = a < i and all(tok in ("le", "la", "les", "l") for tok in tokens[a:i])
            if b > j or not starts_with_article:
                return True
    return False


def _dep_name_hits(t: _Tables, tokens: list[str], original: str, answer: bool) -> list[tuple[int, str, str]]:
    hits = []
    n = len(tokens)
    core_start, core_end = _core_bounds(tokens)
    core = tokens[core_start:core_end]
    core_key = " ".join(core)
    if core and core[0] in ("le", "la", "les", "l") and len(core) > 1 and core_key not in t.dep_keys:
        core_key = " ".join(core[1:])
        core_start += 1
    spans = None
    i = 0
    while i < n:
        found = None
        for L in range(min(t.dep_max_tokens, n - i), 0, -1):
            key = " ".join(tokens[i:i + L])
            if key in t.dep_keys:
                found = (key, L, False)
                break
        cue = _cue_before(tokens, i, _DEP_CUES)
        if found is None and (cue or i == core_start):
            # light typos: edit distance 1, long names, after a cue or as the whole answer
            for L in range(min(t.dep_max_tokens, n - i), 0, -1):
                key = " ".join(tokens[i:i + L])
                if len(key.replace(" ", "")) < 6 or key in _FUZZY_DEP_EXCLUDED or key in t.by_name:
                    continue
                if not (cue or key == core_key):
                    continue
                fz = [k for k in _fuzzy(t.fuzzy_dep(), key) if k not in _RISKY_DEP_KEYS]
                codes = {t.dep_keys[k] for k in fz}
                if len(codes) == 1:
                    found = (sorted(fz)[0], L, True)
                    break
        if found is None:
            i += 1
            continue
        key, L, fuzzy = found
        whole = " ".join(tokens[i:i + L]) == core_key
        ok = True
        if key in _RISKY_DEP_KEYS and not whole:
            # "dans le nord de la ville", "au sud-est": a direction, not the Nord
            ok = cue is not None and (i + L >= n or tokens[i + L] not in ("de", "du", "des", "d", "est", "ouest"))
            if key in ("reunion", "la reunion"):
                ok = _reunion_ok(tokens, i, original)
        # "à Vienne", "à Paris": the commune of that name, handled at the commune stage
        if ok and i >= 1 and tokens[i - 1] == "a" and key in t.by_name \
                and not key.startswith(("la ", "le ", "les ")) and t.by_name[key][0].pop >= 5000:
            ok = False
        if ok:
            if spans is None:
                spans = _commune_spans(t, tokens)
            if _inside_longer_commune(spans, i, i + L, tokens):
                ok = False
        if ok:
            how = f"approx: {' '.join(tokens[i:i + L])} → {key}" if fuzzy else key  # parsed back
            hits.append((i, t.dep_keys[key], how))
            i += L
        else:
            i += 1
    return hits


def _reunion_ok(tokens: list[str], i: int, original: str) -> bool:
    """ "la réunion" is also "the meeting": need a capital R, "île de la", or a living verb."""
    if re.search(r"R[ée]union", original):
        return True
    j = i - 1 if tokens[i] == "reunion" else i
    prev = tokens[max(0, j - 3):j]
    return bool(prev) and (prev[-2:] == ["ile", "de"] or any(p in _LIVING_VERBS or p in ("suis", "sommes") for p in prev))


def _match_dep_name(t: _Tables, code: str, how: str) -> GeoMatch:
    signals: list[str] = []
    candidates: list[str] = []
    key = how
    if how.startswith("approx: "):
        signals.append(how)
        key = how.rsplit(" → ", 1)[1]
    if code == "20":
        code = _resolve_corse(t, "Corse", signals, candidates)
    else:
        name = t.dep_name[code]
        others = []
        for c in t.by_name.get(key, ()):  # "Vienne" is also a commune of the Isère
            if c.dep != code and c.dep not in others:
                others.append(c.dep)
        if others:
            signals.append(f"ambigu: nom {name} ({', '.join(sorted([code] + others))}) → {code}")
            candidates.extend(others)
        else:
            signals.append(f"nom: {name} → {code}")
    code = _com_signal(code, signals)
    return GeoMatch(code=code, signals=signals, candidates=candidates)


def _commune_lookup(t: _Tables, key: str) -> list[_Commune] | None:
    """Exact name, or a colloquial short name far more populated ("Aix", "Clermont")."""
    exact = t.by_name.get(key)
    pref = t.prefix.get(key)
    if exact and pref and pref[0].pop > 5 * exact[0].pop:
        merged = pref + [c for c in exact if c not in pref]
        return merged
    return exact or pref


def _commune_hits(t: _Tables, tokens: list[str], original: str, answer: bool):
    """(position, communes, how) for commune names after a cue or as the whole message."""
    stop = _answer_stop() if answer else STOP_WORDS
    hits = []
    n = len(tokens)
    core = _strip_fillers(tokens)
    core_key = " ".join(core)
    if core_key and core_key not in stop and len(core_key.replace(" ", "")) >= 3:
        communes = _commune_lookup(t, core_key)
        if communes:
            hits.append((-1, communes, "seul"))
            return hits
    for i in range(n):
        cue = _cue_before(tokens, i, _COMMUNE_CUES)
        if cue is None:
            continue
        strength = _COMMUNE_CUES[cue]
        if strength == "weak" and any(tok in _LIVING_VERBS for tok in tokens[max(0, i - 5):i]):
            strength = "strong"
        head = tokens[i:]
        if cue == ("au",):
            head = ["le"] + head
        elif cue == ("aux",):
            head = ["les"] + head
        for L in range(min(t.max_tokens, len(head)), 0, -1):
            key = " ".join(head[:L])
            if key in stop or len(key.replace(" ", "")) < 3:
                continue
            communes = _commune_lookup(t, key)
            if not communes:
                continue
            if strength == "weak" and L == 1 and communes[0].pop < 1000:
                break
            hits.append((i, communes, " ".join(cue)))
            break
    return hits


def _typo_variants(q: str) -> set[str]:
    """Frequent typos only: last letter missing ("nante", "anger", "bordeau") or a doubled
    letter written once / a letter doubled ("marseile", "lile", "renes", "nantess")."""
    out = set()
    for i in range(1, len(q)):
        if q[i] == q[i - 1]:
            out.add(q[:i] + q[i + 1:])  # "nantess" -> "nantes"
    for i in range(len(q)):
        if q[i].isalpha():
            out.add(q[:i + 1] + q[i] + q[i + 1:])  # "marseile" -> "marseille"
    return out


def _fuzzy_commune_hit(t: _Tables, tokens: list[str], answer: bool):
    """A misspelt name of a commune of 20,000+ inhabitants: in a form answer, or when the
    whole message is the name. Only the frequent typos of _typo_variants, or a missing
    last letter."""
    stop = _answer_stop() if answer else STOP_WORDS
    core = _strip_fillers(tokens) if answer else tokens
    key = " ".join(core)
    if not core or len(key.replace(" ", "")) < 4 or key in stop or key in _FUZZY_DEP_EXCLUDED:
        return None
    big = t.big_names()
    names = {key + c for c in "abcdefghijklmnopqrstuvwxyz" if len(key) >= 5 and key + c in big}
    names |= {v for v in _typo_variants(key) if v in big}
    if not names:
        return None
    communes = sorted((c for k in names for c in t.by_name[k]), key=lambda c: (-c.pop, c.dep, c.name))
    return communes, key


def _match_communes(communes: list[_Commune], label: str, extra_signal: str | None = None) -> GeoMatch:
    signals: list[str] = []
    if extra_signal:
        signals.append(extra_signal)
    best = communes[0]
    deps: list[str] = []
    for c in communes:
        if c.dep not in deps:
            deps.append(c.dep)
    code = best.dep
    candidates = deps[1:]
    if len(deps) > 1:
        signals.append(f"ambigu: commune {label} ({', '.join(sorted(deps))}) → {code}")
    else:
        signals.append(f"commune: {best.name} → {code}")
    code = _com_signal(code, signals)
    return GeoMatch(code=code, signals=signals, candidates=candidates, commune=best.name)


# --------------------------------------------------------------------------- public API


def _others(first: GeoMatch, others: list[str], signals_prefix: str = "plusieurs lieux") -> GeoMatch:
    extra = [c for c in others if c != first.code and c not in first.candidates]
    if extra:
        first.signals.append(f"{signals_prefix}: {', '.join([first.code or '?'] + extra)} → {first.code or '?'}")
        first.candidates.extend(extra)
    return first


def _find(text: str, answer: bool) -> GeoMatch | None:
    if not text or not text.strip():
        return None
    t = _tables()
    folded = _fold(text)

    # 1. postal codes
    results = [r for r in (_match_postal(t, cp, known) for _, cp, known in _postal_hits(t, folded)) if r]
    if results:
        return _others(results[0], [r.code for r in results[1:] if r.code])

    # 2. département numbers with context
    nums = _number_hits(t, folded, answer)
    if nums:
        first = _match_number(t, nums[0][1], nums[0][2])
        return _others(first, [c if c != "20" else t.corse_order[0] for _, c, _ in nums[1:]])

    tokens = _tokens(text)
    if not tokens:
        return None

    # 3. département names
    names = _dep_name_hits(t, tokens, text, answer)
    if names:
        first = _match_dep_name(t, names[0][1], names[0][2])
        return _others(first, [c if c != "20" else t.corse_order[0] for _, c, _ in names[1:]])

    # 4. communes
    hits = _commune_hits(t, tokens, text, answer)
    if hits:
        _, communes, _how = hits[0]
        first = _match_communes(communes, _label(communes))
        return _others(first, [h[1][0].dep for h in hits[1:]])

    # light typo on a bare commune name (form answer, or a message that is only a name)
    fz = _fuzzy_commune_hit(t, tokens, answer)
    if fz:
        communes, key = fz
        return _match_communes(communes, _label(communes), extra_signal=f"approx: {key} → {communes[0].name}")
    return None


def _label(communes: list[_Commune]) -> str:
    names = []
    for c in communes:
        if c.name not in names:
            names.append(c.name)
    return names[0] if len(names) == 1 else "/".join(names[:3]) + ("/…" if len(names) > 3 else "")


def find_departement(text: str) -> GeoMatch | None:
    """The département mentioned in a free French chat message, or None.

    See the module docstring for the rules. ``code`` is None (with a signal) for the
    collectivités without a Communauté 360; ``candidates`` holds the other possible codes.
    """
    return _find(text, answer=False)


def parse_location_answer(text: str) -> GeoMatch | None:
    """Answer to "Dans quel département ou quelle commune habitez-vous ?".

    Accepts a bare number ("53", "2a", "974", "5"), a bare postal code, a bare
    département or commune name (light typos tolerated), and anything
    :func:`find_departement` understands.
    """
    if not text or not text.strip():
        return None
    t = _tables()
    folded = _fold(text).strip()
    m = re.fullmatch(
        r"(?:(?:le|dans\s+le|en|du|departement|dept|dep|n°|no)\s*)?(2\s?[ab]|\d{1,3})\s*[.!)]*\s*(?:merci.*)?",
        folded,
    )
    if m:
        code = _number_code(t, m.group(1))
        if code is None:
            return None
        return _match_number(t, code, "réponse")
    m = re.fullmatch(r"(\d{4})\s*[.!]*", folded)  # postal code without its leading zero
    if m and ("0" + m.group(1)) in t.cp:
        r = _match_postal(t, "0" + m.group(1), True)
        if r:
            r.signals.insert(0, f"cp sans zéro: {m.group(1)} → 0{m.group(1)}")
        return r
    return _find(text, answer=True)


def departement_name(code: str) -> str:
    """Name of a département or collectivité ("53" -> "Mayenne", "2a" -> "Corse-du-Sud").

    Raises KeyError for an unknown code.
    """
    return _tables().dep_name[_pad(str(code).strip())]


def is_valid_postal_code(s: str) -> bool:
    """True for 5 digits that are the postal code of at least one commune in the table."""
    s = (s or "").strip()
    return len(s) == 5 and s.isdigit() and s in _tables().cp
