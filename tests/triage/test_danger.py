"""Danger and rupture signals, one family at a time, on the fast path (danger_check) and the full triage."""
import statistics
import time

import pytest

from bot.triage import danger_check, is_new_danger, triage_conversation, triage_message


def vitale(text, kind=None):
    r = danger_check(text)
    assert r.urgency == "vitale", (text, r.signals)
    if kind:
        assert kind in r.danger_kinds, (text, r.danger_kinds)
    return r


def not_vitale(text):
    r = danger_check(text)
    assert r.urgency != "vitale", (text, r.danger_kinds, r.signals)
    return r


@pytest.mark.parametrize("text", [
    "Je n'ai plus envie de vivre", "je vais me suicider", "jveux mourir", "g envi de mourir jen peu plu",
    "je vais en finir ce soir", "je veux disparaître pour toujours", "plus envie de vivre", "envie de crever",
    "je pense au suicide tous les jours", "j'ai des idées noires", "ils seraient mieux sans moi",
    "je veux me sucider", "envi de mourire", "JE VEUX MOURIIIIR", "jpp de la vie", "je vais me foutre en l'air",
    "je me scarifie le soir", "c'est mon dernier message, adieu", "si on m'expulse je me tue",
    "J'ai fait une TS la semaine dernière et j'y pense encore", "Mon fils parle de se pendre",
    "ma fille menace de se suicider", "Mon ado de 14 ans se coupe les bras avec une lame",
])
def test_suicide_words(text):
    vitale(text, "suicide")


@pytest.mark.parametrize("text,signal", [
    ("j'ai avalé une boîte de médicaments", "moyen: médicaments"),
    ("jai pris tous mes cachets", "moyen: médicaments"),
    ("J'ai acheté une corde.", "moyen: corde"),
    ("je suis sur le pont et je vais sauter", "moyen"),
    ("Je suis devant la voie ferrée", "moyen: voie ferrée"),
    ("je vais me jeter sous un train", "projet de se tuer"),
    ("j'ai pris 20 doliprane", "moyen: médicaments"),
])
def test_means(text, signal):
    r = vitale(text, "suicide")
    assert any(signal in s for s in r.signals), r.signals


@pytest.mark.parametrize("text,kind", [
    ("mon père me bat", "violence"), ("mon père me bat", "enfant"),
    ("mon mari me frappe quand il a bu", "violence_femme"),
    ("Mon compagnon me menace avec un couteau", "violence_femme"),
    ("il a un couteau et il crie qu'il va tout casser", "violence"),
    ("quelqu'un me fait du mal au foyer la nuit", "maltraitance"),
    ("Au foyer, on laisse mon frère dans ses excréments toute la nuit", "maltraitance"),
    ("on m'enferme dans ma chambre toute la journée", "violence"),
    ("Ma fille de 8 ans se fait frapper par son beau-père", "enfant"),
    ("le monsieur de l'ESAT m'a violée", "maltraitance"),
    ("mon tuteur garde tout mon argent, je n'ai rien pour manger", "maltraitance"),
])
def test_violence(text, kind):
    vitale(text, kind)


@pytest.mark.parametrize("text,kind", [
    ("j'ai très mal dans la poitrine et au bras gauche", "medical"),
    ("je n'arrive plus à respirer", "medical"),
    ("mon fils ne respire plus bien, il est tout bleu", "autrui"),
    ("mon frère fait une crise d'épilepsie depuis 10 minutes ça s'arrête pas", "autrui"),
    ("mon bébé a avalé une pile", "autrui"),
    ("Mon père diabétique est inconscient", "autrui"),
])
def test_medical(text, kind):
    vitale(text, kind)


@pytest.mark.parametrize("text", [
    "ma voisine handicapée est par terre depuis cette nuit",
    "Ma mère est tombée dans la cuisine et n'arrive pas à se relever",
    "un homme est par terre devant l'ESAT, il saigne beaucoup",
])
def test_danger_to_another_tells_to_call_for_that_person(text):
    r = vitale(text, "autrui")
    assert r.numbers[0] == "15"


@pytest.mark.parametrize("text", [
    "on n'a pas d'endroit où dormir ce soir", "je sais pas où dormir cette nuit",
    "on dort dans la voiture avec les enfants ce soir", "on est à la rue depuis hier soir",
    "Mon propriétaire nous a mis dehors, on est à la rue",
])
def test_shelter(text):
    r = vitale(text, "abri")
    assert "115" in r.numbers


@pytest.mark.parametrize("text", [
    "ma fille a disparu depuis ce matin, elle ne sait pas se repérer",
    "Mon fils autiste a fugué du foyer ce matin, on ne le retrouve pas",
    "on ne trouve plus mon frère autiste depuis 3 heures",
    "ma mère qui a Alzheimer est sortie seule cette nuit et n'est pas rentrée",
])
def test_missing_person(text):
    vitale(text, "disparition")


@pytest.mark.parametrize("text,kind", [
    ("il y a le feu dans l'appartement", "incendie"), ("ça sent le gaz partout chez ma mère", "incendie"),
    ("je vais l'abandonner, je ne peux plus m'occuper de lui", "abandon"),
    ("je n'en peux plus, ce soir je le dépose aux urgences et je pars", "abandon"),
])
def test_fire_and_abandon(text, kind):
    vitale(text, kind)


@pytest.mark.parametrize("text", [
    "I want to kill myself", "I'm going to end my life tonight", "suicide", "Please help, my brother wants to kill himself",
    "Quiero morir", "quiero suicidarme", "eu quero morrer", "Ich will sterben",
])
def test_danger_in_other_languages(text):
    vitale(text, "suicide")


@pytest.mark.parametrize("text,flag", [
    ("Mon fils sort de l'hôpital lundi et il n'a nulle part où aller", "sortie_hopital"),
    ("Le centre d'accueil de jour ferme la semaine prochaine et ma mère n'aura plus rien", "fin_accompagnement"),
    ("Nous allons être expulsés dans trois semaines", "expulsion"),
    ("le collège refuse que ma fille revienne après les vacances", "exclusion"),
    ("ma pension a été coupée et le frigo est vide", "droits_coupes"),
    ("Mon fils de 21 ans est en Creton à l'IME", "creton"),
    ("Je m'occupe seule de ma fille polyhandicapée jour et nuit, je craque", "aidant_epuise"),
    ("je vais être hospitalisée la semaine prochaine et personne ne peut garder mon fils", "aidant_epuise"),
    ("mon fils est sans solution depuis 2 ans", "sans_solution"),
    ("on va être à la rue dans 15 jours", "expulsion"),
])
def test_rupture_risks_are_haute(text, flag):
    r = danger_check(text)
    assert r.urgency == "haute", (text, r.signals)
    assert flag in r.flags, (text, r.flags)


def test_exhaustion_without_carer_role_is_haute_without_repit():
    r = triage_message("je suis à bout de forces, ça fait six mois que je ne dors plus")
    assert r.urgency == "haute" and "repit" not in r.domains


@pytest.mark.parametrize("text", [
    "ce dossier me tue", "ce dossier MDPH me tue", "mon fils est mort de rire devant ce dessin animé",
    "je meurs d'envie de partir en vacances", "c'est mortel ce séjour", "ça me rend fou", "ce formulaire va me rendre fou",
    "je me tue à lui répéter de mettre son appareil auditif", "je vais péter un câble avec la CAF",
    "mdr mon fils est mort de rire", "je suis morte de fatigue après le travail", "Je veux tuer le temps",
    "j'ai failli mourir de rire en lisant votre réponse", "Le foot, c'est mortel !", "les papiers me noient",
    "j'ai envie de disparaître sous terre tellement j'ai honte",
])
def test_figurative_speech_is_normale(text):
    r = danger_check(text)
    assert r.urgency == "normale", (text, r.signals)


@pytest.mark.parametrize("text", [
    "je ne veux pas mourir, je veux un logement", "je n'ai jamais pensé au suicide, je veux juste du travail",
    "Je n'ai pas d'idées suicidaires, je cherche juste un psychologue", "je ne suis pas suicidaire",
    "j'ai pas envie de mourir idiot, c'est quoi la PCH ?", "il ne me frappe pas, il est gentil",
    "Le psy m'a demandé si j'avais des idées noires, j'ai dit non",
])
def test_negation(text):
    not_vitale(text)


@pytest.mark.parametrize("text", [
    "Ma fille regarde une série où un personnage se suicide, comment lui en parler ?",
    "Je fais une formation sur la prévention du suicide pour les travailleurs sociaux",
    "Mon fils adore les films d'action où le héros se bat contre des méchants",
    "Il a frappé à la porte de mon bureau", "Mon fils a un couteau suisse pour le camp scout",
    "J'ai une corde à linge trop haute pour mon fauteuil", "le pont de l'Ascension, l'ESAT est fermé",
    "Je suis à la rue du Château à Laval", "mon fils a fait une fugue il y a 3 ans",
    "j'ai pris mes médicaments ce matin", "On m'a volé mon vélo adapté",
    "ma fille ne respire pas bien la nuit, on attend un rendez-vous avec le pneumologue",
])
def test_ordinary_messages_with_danger_words_are_not_vitale(text):
    not_vitale(text)


def test_paperwork_tiredness_is_normale():
    assert danger_check("j'en peux plus de ces démarches administratives").urgency == "normale"
    assert danger_check("je suis crevée après cette journée de réunions").urgency == "normale"


@pytest.mark.parametrize("turns", [
    ["j'ai une corde", "ce soir"],
    ["Bonjour", "je suis près du pont", "ce soir c'est fini pour moi"],
    ["j'ai gardé plein de médicaments de côté", "je vais tous les prendre ce soir"],
    ["bonjour", "j'ai tout préparé", "ce soir je le fais, adieu"],
    ["J'ai des cachets de côté", "je n'en peux plus de tout"],
])
def test_danger_split_over_messages(turns):
    assert danger_check(turns).urgency == "vitale"
    assert triage_conversation(turns).urgency == "vitale"
    assert is_new_danger(turns[:-1], turns[-1]) == ["suicide"]


@pytest.mark.usefixtures("rules_only")
def test_split_danger_parts_alone_are_not_vitale():
    """The rules need both parts; the learned model may judge "ce soir c'est fini pour moi" alone vitale."""
    for t in ["je suis près du pont", "ce soir c'est fini pour moi", "j'ai gardé plein de médicaments de côté",
              "je vais tous les prendre ce soir", "J'ai des cachets de côté"]:
        not_vitale(t)


def test_conversation_never_below_its_messages():
    turns = ["je veux mourir", "en fait ça va, je voudrais un logement"]
    assert triage_conversation(turns).urgency == "vitale"
    turns = ["Nous allons être expulsés dans trois semaines", "merci"]
    assert triage_conversation(turns).urgency == "haute"


def test_is_new_danger_fires_only_on_new_signals():
    assert is_new_danger([], "je veux mourir") == ["suicide"]
    assert is_new_danger(["je veux mourir"], "je veux mourir") == []
    assert is_new_danger(["je veux mourir"], "merci") == []
    assert is_new_danger(["je veux mourir"], "mon mari me frappe") == ["violence_femme"]
    assert "suicide" in is_new_danger(["je veux mourir"], "j'ai acheté une corde")
    assert is_new_danger(["bonjour"], "je voudrais un logement") == []


def test_result_carries_numbers():
    r = danger_check("je veux mourir")
    assert r.numbers[:2] == ["3114", "15"] and "114" in r.numbers
    assert r.full is False


def test_danger_check_is_fast():
    texts = [f"Bonjour, mon fils de {i} ans voudrait aller à l'école, il est autiste et je suis épuisée" for i in range(300)]
    durations = []
    for t in texts:
        t0 = time.perf_counter()
        danger_check(t)
        durations.append(time.perf_counter() - t0)
    assert statistics.median(durations) < 0.005  # ≤ 1 ms typical here; generous bound for slow CI


# Generic guards added on 2026-12-02 (phrasings written for these tests, not from any data set)
@pytest.mark.parametrize("text", [
    "je vais me pendre au cou de l'éducatrice si elle obtient la place en foyer",  # a hug
    "cette attente va me tuer, ça fait huit mois que j'attends la CDAPH",
    "ma cheffe va me tuer si j'arrive encore en retard à cause du taxi",
    "je vais le tuer s'il perd encore sa carte de bus",
    "il est tombé de sa chaise de rire pendant le spectacle",
    "elle rêve de sauter en parachute pour ses 40 ans",
    "non personne ne me frappe, je m'ennuie juste beaucoup",
    "C'est pour un jeu de rôle : un résident dit qu'il veut mourir, comment répondre ?",
    "c'est pour mon exposé : comment repérer la maltraitance en EHPAD ?",
    "mon fils a rêvé qu'on l'enfermait dans une cave, c'était juste un cauchemar",
    "il a fugué au fond du jardin pour voir les lapins, retrouvé en 5 minutes",
    "il y a longtemps mon ex me battait, aujourd'hui je suis en sécurité et je voudrais aider d'autres femmes",
    "ma mère est tombée hier, elle a été opérée et elle va bien, je cherche une aide à domicile",
])
def test_generic_guards_keep_ordinary_messages_below_vitale(text):
    not_vitale(text)


@pytest.mark.parametrize("text,kind", [
    ("mdr je vais sauter du pont ce soir, au moins plus de dossier", "suicide"),  # a joke never hides suicide
    ("ma mère est tombée hier soir et elle est toujours par terre, elle ne peut pas se relever", "autrui"),
    ("un homme a menacé ma fille avec un couteau devant le collège", None),
])
def test_generic_guards_never_hide_danger(text, kind):
    vitale(text, kind)


# --- results kept between calls (each turn scans only its new message) --------------------------------

def test_kept_results_are_copies_the_caller_may_change():
    from bot.triage.danger import analyse

    texts = ["Bonjour", "j'ai une corde dans le garage", "ce soir j'en finis"]
    first = analyse(texts)
    assert first.urgency == "vitale" and "suicide" in first.danger_kinds
    first.danger_kinds.clear()
    first.signals.append("changé par l'appelant")
    again = analyse(texts)
    assert "suicide" in again.danger_kinds
    assert "changé par l'appelant" not in again.signals


def test_a_message_seen_before_keeps_its_place_in_the_conversation():
    from bot.triage.danger import analyse, scan_message

    danger = "il m'a frappée ce matin et il revient ce soir"
    alone = scan_message(danger, 0)
    later = scan_message(danger, 2)
    assert alone and {h.msg for h in alone} == {0} and {h.msg for h in later} == {2}
    a = analyse(["Bonjour", "je voudrais de l'aide", danger])
    assert a.urgency == "vitale" and {h.msg for h in a.hits if h.level == "vitale"} == {2}

