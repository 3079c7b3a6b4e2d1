"""Tests of bot.geo: département lookup from chat text (data: bot/geo/data)."""

import gzip
import time
from pathlib import Path

import pytest

from bot.geo import (
    GeoMatch,
    departement_name,
    find_departement,
    is_valid_postal_code,
    parse_location_answer,
)

DATA = Path(__file__).resolve().parents[2] / "bot" / "geo" / "data"


def code(text):
    m = find_departement(text)
    return None if m is None else m.code


def answer(text):
    m = parse_location_answer(text)
    return None if m is None else m.code


# ----------------------------------------------------------------- data files


def test_data_files_small_and_complete():
    communes = DATA / "communes.tsv.gz"
    assert communes.stat().st_size < 1_000_000
    with gzip.open(communes, "rt", encoding="utf-8") as fh:
        rows = fh.read().splitlines()
    assert rows[0].split("\t") == ["nom_normalise", "nom", "departement", "codes_postaux", "population"]
    assert len(rows) - 1 > 34_000
    deps = (DATA / "departements.tsv").read_text(encoding="utf-8").splitlines()
    assert len(deps) - 1 >= 101
    licence = (DATA / "LICENCE.md").read_text(encoding="utf-8")
    assert "@etalab/decoupage-administratif" in licence and "6.0.0" in licence
    assert "Licence Ouverte" in licence


# ----------------------------------------------------------------- postal codes


@pytest.mark.parametrize(
    "text, expected",
    [
        ("44000", "44"),
        ("je suis au 53000", "53"),
        ("j'habite au 12 rue des Lilas 49000 Angers", "49"),
        ("20000", "2A"),
        ("20200", "2B"),
        ("CP 20090", "2A"),
        ("97400", "974"),
        ("97200 Fort-de-France", "972"),
        ("97600", "976"),
        ("75015", "75"),
        ("mon code postal est 72000", "72"),
        ("code postal 44 000", "44"),
    ],
)
def test_postal_codes(text, expected):
    assert code(text) == expected


def test_postal_code_commune_when_single():
    m = find_departement("44000")
    assert m.commune == "Nantes"
    assert m.signals and m.candidates == []


def test_postal_code_spanning_two_departements():
    m = find_departement("j'habite au 01200")
    assert m.code == "01"
    assert m.candidates == ["74"]
    assert any(s.startswith("ambigu: CP 01200 (01, 74) → 01") for s in m.signals)


def test_saint_barthelemy_postal_code_has_no_communaute_360():
    m = find_departement("97133")
    assert isinstance(m, GeoMatch)
    assert m.code is None
    assert "977: pas de Communauté 360" in m.signals
    assert m.commune == "Saint-Barthélemy"


def test_saint_martin_postal_code():
    m = find_departement("97150")
    assert m.code is None and "978: pas de Communauté 360" in m.signals


@pytest.mark.parametrize("text", ["99999", "00000", "j'ai eu 15000 euros de rappel", "dossier n° 44000"])
def test_invalid_or_non_postal_numbers(text):
    assert find_departement(text) is None


def test_is_valid_postal_code():
    assert is_valid_postal_code("53000")
    assert is_valid_postal_code(" 01200 ")
    assert is_valid_postal_code("97133")
    assert not is_valid_postal_code("99999")
    assert not is_valid_postal_code("5300")
    assert not is_valid_postal_code("53 000")
    assert not is_valid_postal_code("abcde")
    assert not is_valid_postal_code("")


# ----------------------------------------------------------------- numbers with context


@pytest.mark.parametrize(
    "text, expected",
    [
        ("dans le 49", "49"),
        ("Je suis dans le 49 depuis 10 ans", "49"),
        ("département 53", "53"),
        ("dpt 72", "72"),
        ("dép. 44", "44"),
        ("le 13", "13"),
        ("j'habite le 13", "13"),
        ("en 2A", "2A"),
        ("on est du 2B", "2B"),
        ("je suis du 974", "974"),
        ("dans l'01", "01"),
        ("Laval (53)", "53"),
        ("mon fils a 13 ans et on habite dans le 13", "13"),
    ],
)
def test_departement_numbers_with_context(text, expected):
    assert code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "j'ai 49 ans",
        "3 enfants",
        "10 ans",
        "nous avons 3 enfants dont 2 en situation de handicap",
        "ma fille a 10 ans, elle est en 6e",
        "le rendez-vous est le 15 mars à 14h",
        "le 13 mai",
        "on a une réunion à la MDPH le 12",
        "appelez le 17",
        "j'ai fait le 15",
        "nous sommes le 15",
        "je suis né en 75",
        "dans le 13e",
        "j'habite le 12 rue de la Paix",
        "je touche 900 euros",
        "je suis dans le 9 3",
        "il est en 3 ème",
        "49",  # a bare number in free text: not enough (could be an age)
    ],
)
def test_ages_counts_dates_are_not_departements(text):
    assert find_departement(text) is None


def test_le_20_is_corsica_ambiguous():
    m = find_departement("dans le 20")
    assert m.code in ("2A", "2B")
    assert sorted([m.code] + m.candidates) == ["2A", "2B"]
    assert any(s.startswith("ambigu") for s in m.signals)


def test_977_978_numbers():
    m = find_departement("je suis du 977")
    assert m.code is None and "977: pas de Communauté 360" in m.signals
    m = find_departement("dans le 978")
    assert m.code is None and "978: pas de Communauté 360" in m.signals


# ----------------------------------------------------------------- département names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("en Mayenne", "53"),
        ("dans le Vaucluse", "84"),
        ("Maine-et-Loire", "49"),
        ("maine et loire", "49"),
        ("j'habite en Maine & Loire", "49"),
        ("la Réunion", "974"),
        ("je vis à la réunion depuis 10 ans", "974"),
        ("Corse-du-Sud", "2A"),
        ("en haute corse", "2B"),
        ("je suis en Haute-Savoie", "74"),
        ("en hte savoie", "74"),
        ("en Savoie", "73"),
        ("dans le val d'oise", "95"),
        ("dans le val doise", "95"),
        ("dans les Bouches-du-Rhône", "13"),
        ("dans les bouches du rhone", "13"),
        ("en Seine-Saint-Denis", "93"),
        ("dans le 93 en seine st denis", "93"),
        ("je suis en guadeloupe", "971"),
        ("en Guyane", "973"),
        ("dans le Nord", "59"),
        ("dans l'Ain", "01"),
        ("on est dans le Cher", "18"),
        ("dans la Somme", "80"),
        ("en Corrèze", "19"),
        ("en correze", "19"),
        ("je suis en mayene", "53"),  # light typo
    ],
)
def test_departement_names(text, expected):
    assert code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "j'ai une réunion demain",
        "dans le nord de la ville",
        "en moyenne 3 fois par semaine",
        "nous sommes fatigués",
        "c'est un lot de couches",
        "mon cher ami",
        "il faut que ça vienne vite",
        "la somme est trop élevée",
    ],
)
def test_departement_names_false_friends(text):
    assert find_departement(text) is None


def test_corse_alone_is_ambiguous():
    m = find_departement("en Corse")
    assert sorted([m.code] + m.candidates) == ["2A", "2B"]


def test_saint_barthelemy_name():
    m = parse_location_answer("Saint-Barthélemy")
    assert m.code is None and "977: pas de Communauté 360" in m.signals


# ----------------------------------------------------------------- communes


@pytest.mark.parametrize(
    "text, expected, commune",
    [
        ("On habite à Laval", "53", "Laval"),
        ("j'habite Angers", "49", "Angers"),
        ("à Saint-Étienne", "42", "Saint-Étienne"),
        ("st etienne", "42", "Saint-Étienne"),
        ("Nantes", "44", "Nantes"),
        ("on habite près de Nantes", "44", "Nantes"),
        ("je vis sur Rennes", "35", "Rennes"),
        ("nous sommes à La Roche-sur-Yon", "85", "La Roche-sur-Yon"),
        ("j'habite a la roche sur yon", "85", "La Roche-sur-Yon"),
        ("je suis de Laval", "53", "Laval"),
        ("la ville de Cholet", "49", "Cholet"),
        ("j'habite au Mans", "72", "Le Mans"),
        ("j'habite aux Sables-d'Olonne", "85", "Les Sables-d'Olonne"),
        ("on vit à l'Haÿ-les-Roses", "94", "L'Haÿ-les-Roses"),
        ("j'habite à Ajaccio", "2A", "Ajaccio"),
        ("j'habite à Bastia", "2B", "Bastia"),
        ("j'habite à Mamoudzou", "976", "Mamoudzou"),
        ("j'habite à Saint-Martin-de-Ré", "17", "Saint-Martin-de-Ré"),
        ("à Vienne", "38", "Vienne"),  # the commune of the Isère, not the département 86
        ("je vis à Aix", "13", "Aix-en-Provence"),  # colloquial short name
        ("j'habite à Clermont", "63", "Clermont-Ferrand"),
        ("villeneuve dascq", "59", "Villeneuve-d'Ascq"),
        ("Bonjour, j'habite à Angers et mon fils a 12 ans", "49", "Angers"),
    ],
)
def test_communes(text, expected, commune):
    m = find_departement(text)
    assert m is not None and m.code == expected
    assert m.commune == commune


def test_ambiguous_commune_saint_denis():
    m = find_departement("j'habite à Saint-Denis")
    # Saint-Denis (974, 155,634 inhabitants) is more populated than Saint-Denis (93, 149,077)
    assert m.code == "974"
    assert m.candidates[0] == "93"
    assert set(m.candidates) == {"93", "11", "30"}
    assert any(s.startswith("ambigu: commune Saint-Denis") and s.endswith("→ 974") for s in m.signals)


def test_ambiguous_commune_valence():
    m = find_departement("On habite à Valence")
    assert m.code == "26"  # Valence (Drôme) is far bigger than those of 82 and 16
    assert m.candidates == ["82", "16"]
    assert "ambigu: commune Valence (16, 26, 82) → 26" in m.signals


@pytest.mark.parametrize(
    "text",
    [
        "Y", "Eu", "Mars", "Vous", "Sept", "Bonjour", "Merci", "oui",
        "il y a eu un problème",
        "jusqu'à mars",
        "je l'ai dit à Marie hier",
        "on habite à la campagne",
        "on vit au bord de la mer",
        "je suis sur place",
        "il va à l'école à pied",
        "elle est à l'hôpital depuis le 3",
        "au cours de l'année dernière",
        "je suis à charge de ma fille",
        "je suis en Bretagne",
        "j'habite seule depuis le décès de mon mari",
        "il est sur un fauteuil roulant",
    ],
)
def test_common_words_are_not_communes(text):
    assert find_departement(text) is None


def test_priority_postal_code_over_name_and_commune():
    m = find_departement("j'habite à Angers en Mayenne, 44000")
    assert m.code == "44"


def test_priority_number_over_name_and_name_over_commune():
    assert code("j'habite à Angers, dans le 53") == "53"
    assert code("j'habite à Angers en Mayenne") == "53"


# ----------------------------------------------------------------- form answers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("53", "53"),
        ("2a", "2A"),
        ("2B", "2B"),
        ("974", "974"),
        ("5", "05"),
        ("01", "01"),
        ("le 49", "49"),
        ("53 merci", "53"),
        ("53000", "53"),
        ("1200", "01"),  # postal code without its leading zero
        ("Mayenne", "53"),
        ("la mayenne", "53"),
        ("mayene", "53"),
        ("Maine et loir", "49"),
        ("laval", "53"),
        ("c'est à Laval", "53"),
        ("Nante", "44"),
        ("marseile", "13"),
        ("La Crèche", "79"),
        ("Entre-Deux", "974"),
        ("Le Nord", "59"),
        ("réunion", "974"),
    ],
)
def test_parse_location_answer(text, expected):
    assert answer(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "99", "0", "100", "oui", "je ne sais pas", "49 ans", "Bretagne"])
def test_parse_location_answer_rejects(text):
    assert parse_location_answer(text) is None


def test_parse_location_answer_977_978():
    m = parse_location_answer("977")
    assert m.code is None and m.signals[-1] == "977: pas de Communauté 360"
    m = parse_location_answer("978")
    assert m.code is None and m.signals[-1] == "978: pas de Communauté 360"


def test_parse_location_answer_ambiguous_name_lists_candidates():
    m = parse_location_answer("Saint Denis")
    assert m.code == "974" and "93" in m.candidates
    m = parse_location_answer("Vienne")  # the département (86); a commune of the Isère too
    assert m.code == "86" and m.candidates == ["38"]


# ----------------------------------------------------------------- names and speed


def test_departement_name():
    assert departement_name("53") == "Mayenne"
    assert departement_name("2a") == "Corse-du-Sud"
    assert departement_name("2B") == "Haute-Corse"
    assert departement_name("974") == "La Réunion"
    assert departement_name("1") == "Ain"
    assert departement_name("977") == "Saint-Barthélemy"
    with pytest.raises(KeyError):
        departement_name("99")


def test_lookup_is_fast():
    find_departement("warm up 44000")
    msgs = ["j'habite à Saint-Denis", "dans le 49", "44000", "en Mayenne", "j'ai 49 ans", "Nantes"] * 50
    t0 = time.perf_counter()
    for m in msgs:
        find_departement(m)
    per_call = (time.perf_counter() - t0) / len(msgs)
    assert per_call < 0.002, per_call  # typically ~0.05 ms
