"""Domains, requester, age stage and complexity (labelling guide: shared/eval/README.md)."""
import pytest

from bot.triage import triage_message


@pytest.mark.parametrize("text,domains", [
    ("Je voudrais trouver un travail à mi-temps", ["emploi"]),
    ("Qui peut m'aider pour aller à mes rendez-vous médicaux ?", ["sante", "transport"]),
    ("Est-ce que mon fils peut avoir un taxi pour aller à l'école ?", ["scolarite", "transport"]),
    ("j'aimerais qu'on garde mon fils un samedi par mois pour me reposer", ["repit"]),
    ("je me sens seul le soir", ["vie_sociale"]),
    ("Ma fille voudrait une place en SESSAD", ["accompagnement"]),
    ("Comment obtenir une RQTH ?", ["droits"]),
    ("mon fils est mort de rire devant ce dessin animé", []),
    ("merci beaucoup", []),
    ("je ne veux pas mourir, je veux juste un logement adapté", ["logement"]),
    ("Mon fils est en IME et on aimerait qu'il fasse du théâtre", ["loisirs"]),
    ("je vais me jeter sous un train", []),
])
def test_domains(text, domains):
    assert triage_message(text).domains == sorted(domains, key=["scolarite", "emploi", "logement", "sante", "repit",
                                                                "loisirs", "transport", "droits", "vie_sociale",
                                                                "accompagnement"].index)


@pytest.mark.parametrize("text,requester", [
    ("Bonjour, je suis le papa d'Emma, 10 ans, elle est en fauteuil.", "aidant"),
    ("J'ai 31 ans, je suis sourde, je voudrais changer de travail.", "personne"),
    ("Je suis conseillère à la mission locale, je suis un jeune de 18 ans qui voudrait un appartement.", "professionnel"),
    ("Je suis aide à domicile. La dame que j'aide, 70 ans, a besoin d'un lit médicalisé.", "professionnel"),
    ("Je suis la tutrice de mon frère", "aidant"),
    ("mon père me bat", "personne"),
    ("Comment obtenir une RQTH ?", "inconnu"),
    ("je suis infirmière et je cherche un poste adapté à mon handicap", "personne"),
])
def test_requester(text, requester):
    assert triage_message(text).requester == requester


@pytest.mark.parametrize("text,stage", [
    ("mon fils de 17 ans voudrait travailler", "16_21"),
    ("J'ai 31 ans, je cherche un logement", "plus_21"),
    ("J'ai 45 ans et mon fils de 12 ans est autiste", "moins_16"),
    ("Ma femme a fait un AVC il y a 6 mois, j'ai besoin de répit", "plus_21"),
    ("mon bébé de 8 mois ne tient pas assis", "moins_16"),
    ("mon fils a dix-sept ans", "16_21"),
    ("ma fille est en CM1 et n'a pas d'AESH", "moins_16"),
    ("Mon fils est sans solution depuis 3 ans", "inconnu"),
    ("Je suis psychologue. Je suis une dame de 58 ans, malvoyante.", "plus_21"),
    ("Bonjour, je suis Marie, 34 ans, je voudrais faire du tandem.", "plus_21"),
])
def test_age_stage(text, stage):
    assert triage_message(text).age_stage == stage


@pytest.mark.parametrize("text,levels", [
    ("Mon fils voudrait apprendre à nager", [1]),
    ("je suis épuisée, je m'occupe seule de mon mari, j'ai besoin de répit", [2]),
    ("Mon fils est sur liste d'attente pour un SESSAD", [2]),
    ("Ma fille de 20 ans est en IME sous amendement Creton, aucune place en ESAT ni en foyer", [3]),
    ("Mon fils est sans solution depuis 3 ans, aucun établissement ne le prend", [3]),
    ("On nous propose un PAG pour notre fils", [3]),
    ("je cherche un appartement et une formation", [2]),
])
def test_complexity(text, levels):
    assert triage_message(text).complexity in levels


def test_transition_flag_needs_child_services():
    r = triage_message("Mon fils de 19 ans sort de l'IME en juin et aucun ESAT ne l'a accepté")
    assert "transition_16_21" in r.flags and r.urgency == "haute"
    r = triage_message("Notre fils Tom, 16 ans, est exclu du lycée depuis 2 semaines")
    assert "transition_16_21" not in r.flags


def test_contract_keys():
    d = triage_message("je veux mourir").to_contract()
    for k in ["urgency", "domains", "requester", "age_stage", "departement", "complexity", "language", "signals"]:
        assert k in d
    assert d["numbers"][0] == "3114" and d["danger_kinds"] == ["suicide"]
    assert isinstance(d["complexity"], int) and d["departement"] is None


@pytest.mark.parametrize("text,stage", [
    ("bjr mon fils 7ans est malvoyant, il y a des colos adaptées ?", "moins_16"),  # "7ans" glued
    ("Ma nièce est née en 2009, elle est autiste et cherche un apprentissage.", "16_21"),  # born 2009: 17 in 2026
    ("Je suis née en 1990, je suis sourde et je voudrais changer de métier.", "plus_21"),
    ("je suis aveugle, 33 ans, je voudrais apprendre le braille à Nancy", "plus_21"),  # an age set apart
])
def test_age_stage_other_forms(text, stage):
    assert triage_message(text).age_stage == stage, triage_message(text).signals


def test_birth_year_is_counted_from_today():
    from bot.triage.fields import detect_age
    from bot.triage.normalize import normalize

    assert detect_age(list(normalize("mon fils est né en 2010")), "aidant", year=2026)[0] == "16_21"
    assert detect_age(list(normalize("mon fils est né en 2010")), "aidant", year=2025)[0] == "moins_16"


@pytest.mark.parametrize("text,requester", [
    ("Je suis la maman de Noé, 6 ans. En fait c'est pour moi : je suis malvoyante et je cherche un emploi.", "personne"),
    ("Bonjour, je dirige une crèche à Brest et nous accueillons un petit garçon sourd, comment l'aider ?", "professionnel"),
    ("Responsable RH d'une usine, je voudrais adapter le poste d'un salarié en fauteuil.", "professionnel"),
    # friends and the wider family write as carers
    ("salut, mon pote Mehdi a 30 ans, il est aveugle et il voudrait reprendre le sport, vous avez des idées ?", "aidant"),
    ("Je suis la nièce de Mme Lebrun, elle a 88 ans et ne peut plus monter son escalier.", "aidant"),
    # a greeting before the job title, a professional guardian, a hospital's social service
    ("Coucou, je suis éducatrice en IME et je cherche un séjour adapté pour un jeune de 15 ans.", "professionnel"),
    ("Je suis tutrice professionnelle à l'UDAF, ma protégée doit quitter son logement.", "professionnel"),
    ("Service social du CHU de Caen : patiente de 52 ans, sortie prévue vendredi, aucun relais à domicile.", "professionnel"),
    # the writer's own disability, even when relatives are named
    ("J'ai 31 ans, je suis sourde. Je voudrais que mes parents apprennent la LSF avec moi.", "personne"),
    ("je m'appelle Léo j'ai 24 ans je travaille à l'ESAT de Dinan et je veux un appart comme mon frère", "personne"),
    ("Maman de deux enfants, j'ai une sclérose en plaques et je ne peux plus porter ma fille.", "personne"),
])
def test_requester_other_forms(text, requester):
    assert triage_message(text).requester == requester, triage_message(text).signals
