"""Typed answers are understood; wrong ones are refused (and the form asks again)."""
import pytest

from actions import parsing


@pytest.mark.parametrize("text,intent,expected", [
    ("/role_personne", "role_personne", "personne"),
    ("c'est pour moi", "", "personne"),
    ("1", "", "personne"),
    ("pour mon fils", "", "aidant"),
    ("je suis sa maman", "", "aidant"),
    ("2", "", "aidant"),
    ("je suis éducatrice", "", "professionnel"),
    ("banane", "", None),
])
def test_role(text, intent, expected):
    assert parsing.parse_role(text, intent) == expected


@pytest.mark.parametrize("text,expected", [
    ("Moins de 16 ans", "moins_16"), ("De 16 à 20 ans", "16_21"), ("21 ans ou plus", "plus_21"),
    ("il a 17 ans", "16_21"), ("15", "moins_16"), ("34 ans", "plus_21"), ("il est au collège", "moins_16"),
    ("250 ans", None), ("je sais pas trop", None),
])
def test_age(text, expected):
    assert parsing.parse_age(text) == expected


@pytest.mark.parametrize("text,here,expected", [
    ("06 12 34 56 78", False, "tel:0612345678"),
    ("mon numéro c'est le 06.12.34.56.78", False, "tel:0612345678"),
    ("+33 6 12 34 56 78", False, "tel:0612345678"),
    ("Marie.Dupont@Exemple.fr", False, "email:marie.dupont@exemple.fr"),
    ("ici", True, "ici"),
    ("ici", False, None),
    ("12345", False, None),
    ("06 12 34", False, None),
    ("marie@", False, None),
])
def test_contact(text, here, expected):
    assert parsing.parse_contact(text, allow_here=here) == expected


def test_domains_by_number_and_numbered_list():
    assert parsing.parse_domains("1 et 3") == ["scolarite", "logement"]
    assert parsing.parse_domains("3, 3, 12") == ["logement"]
    listing = parsing.numbered_domains().splitlines()
    assert listing[0] == "1. L'école ou les études" and len(listing) == 10


@pytest.mark.parametrize("text,intent,expected", [
    ("Oui, elle est d'accord", "", "oui"), ("Non, elle n'est pas d'accord", "", "non"),
    ("Elle ne peut pas donner son avis", "", "ne_peut_pas"), ("hmm", "", "inconnu"), ("ouais", "affirmer", "oui"),
])
def test_agreement(text, intent, expected):
    assert parsing.parse_agreement(text, intent) == expected


def test_location_answers():
    assert parsing.parse_location("53000").code == "53"
    assert parsing.parse_location("Laval").code == "53"
    assert parsing.parse_location("97133").code is None  # Saint-Barthélemy: no Communauté 360
    assert parsing.parse_location("xyzzy") is None


@pytest.mark.parametrize("text,expected", [
    ("où en est ma demande K7P-4XM ?", "K7P-4XM"), ("ma demande k7p 4xm", "K7P-4XM"), ("K7P4XM", "K7P-4XM"),
    ("où en est ma demande ?", None), ("on a été les voir hier", None), ("ABC DEF", None),
])
def test_typed_reference(text, expected):
    assert parsing.typed_reference(text) == expected
