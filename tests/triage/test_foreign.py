"""Danger written in another language gets the emergency reply too (bot/triage/foreign.py), and a foreign
clause is not mangled by the French SMS and spelling repairs."""
import pytest

from bot.triage import triage_message
from bot.triage.normalize import normalize

VITALE = [
    ("my dad collapsed in the kitchen and he is not breathing", "autrui"),
    ("I am going to kill myself tonight", "suicide"),
    ("we have nowhere to sleep tonight with my son in a wheelchair", "abri"),
    ("my autistic brother has gone missing since this afternoon", "disparition"),
    ("mi padre no respira, está en el suelo", "autrui"),
    ("no tenemos donde dormir esta noche", "abri"),
    ("o meu marido bate-me todos os dias", "violence"),
    ("a minha filha desapareceu depois da escola", "disparition"),
    ("Meine Mutter ist bewusstlos, bitte helfen Sie", "autrui"),
    ("Ich will mich umbringen", "suicide"),
    ("mia madre è caduta e non si alza, perde sangue", "autrui"),
    ("non voglio più vivere", "suicide"),
    ("زوجي يضربني كل يوم", "violence"),
    ("Я не хочу больше жить", "danger"),
]


@pytest.mark.parametrize("text,kind", VITALE)
def test_foreign_danger_is_vitale_with_numbers(text, kind):
    r = triage_message(text)
    assert r.urgency == "vitale", r.signals
    assert kind in r.danger_kinds
    assert r.numbers and r.language != "fr"


@pytest.mark.parametrize("text", [
    "She is not responding to emails from the school",
    "Mi hijo se ha perdido en los papeles de la MDPH",
    "Mi hijo no ha vuelto a tener crisis desde el cambio de tratamiento",
    "I am writing a book about suicide prevention for teenagers",
    "Ich suche einen Logopäden für meine Tochter",
])
def test_foreign_ordinary_is_not_vitale(text):
    assert triage_message(text).urgency != "vitale"


def test_foreign_clause_is_left_as_written():
    assert normalize("o meu pai caiu e está a sangrar muito") == ("o meu pai caiu e esta a sangrar muito",)
    assert normalize("Er hat jeden Tag Angst") == ("er hat jeden tag angst",)
    # French SMS is still repaired
    assert normalize("ma mere est tombee elle repond plu") == ("ma mere est tombee elle repond plus",)
