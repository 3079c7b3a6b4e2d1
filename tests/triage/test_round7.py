"""Round 7 (docs/TRIAGE.md, 2026-12-04): the misses of heldout15 to heldout19, which became tuning sets once
heldout20 and heldout21 arrived as the new blind judges. Sentences written for these tests, in other words than
the sets' own."""
import pytest

from bot.triage import danger_check, triage_conversation, triage_message

VITALE = [
    # pills already swallowed, help refused as "too late"
    "inutile d'appeler qui que ce soit, c'est trop tard, j'ai avalé tous mes comprimés",
    "jai deja pris la boite de somniferes, trop tard maintenant",
    # a relative who speaks of joining someone dead
    "depuis l'enterrement de son père, ma sœur dit qu'elle veut rejoindre son papa là-haut",
    "mon grand-père a perdu sa femme en mai et il parle de rejoindre sa femme, il a arrêté de manger",
    # sexual abuse said sideways
    "ma nièce de 8 ans m'a raconté que son entraîneur lui fait des trucs quand ils sont seuls au vestiaire",
    "le monsieur du foyer me fait des choses la nuit, j'ai peur, j'ai 14 ans",
    # someone found deprived for days and in a bad state
    "visite chez mon oncle : plus d'électricité depuis quatre jours, il n'a plus rien mangé, il est confus",
    "la voisine sourde vit sans chauffage ni eau depuis plusieurs jours, elle est très faible",
    # a relative who swallowed a whole pack, a blow to a baby's head with signs, pushed down the stairs
    "mon père a avalé cette nuit toute la boîte de ses cachets, il est confus",
    "ma fille de 2 ans est tombée, elle s'est cognée la tête sur le sol et depuis elle vomit et elle dort",
    "mon compagnon m'a poussée contre le mur et je suis en fauteuil, il est encore là",
    # a carer afraid of not holding back
    "je ne sais pas si je vais réussir à me retenir de le frapper ce soir, je suis à bout",
    # a vulnerable writer lost outside at night
    "je suis aveugle, je suis perdue près du canal, il fait nuit et je ne sais pas comment rentrer",
    "on m'a volé mon fauteuil à l'arrêt de bus, je suis assis par terre, il fait froid, je ne peux pas marcher",
    "en fauteuil, batterie à plat, minuit, je suis bloqué sur le parking de la gare et personne n'est venu me chercher",
]

NOT_VITALE = [
    # an office or a procedure "will kill me"
    "votre mdph va me tuer avec ses délais",
    "cette caf va finir par me tuer, encore un papier perdu",
    # anger at a clerk, told to an adviser
    "j'avais envie de la gifler, cette conseillère, elle m'a parlé comme à un chien. Comment faire une réclamation ?",
    # a wish told as a death
    "ma fille va mourir si on ne va pas au concert de son chanteur préféré, y a-t-il des places PMR ?",
    "je vais mourir si je vois pas ce match, le stade est accessible en fauteuil ?",
    # ordinary uses of the new families' words
    "j'ai déjà pris mes cachets ce matin comme prévu, c'est pour un renseignement sur l'AAH",
    "elle va rejoindre sa mère en Bretagne pour les vacances, le transport adapté existe ?",
    "l'éducatrice lui fait des choses super avec la pâte à modeler, on voudrait la même activité à la maison",
    "je suis aveugle et je voudrais savoir comment rentrer seule le soir quand il fait nuit, y a-t-il une formation ?",
    "il n'a plus mangé de bonbons depuis qu'il est au régime, il est un peu confus par les nouvelles règles",
    "il s'est cogné la tête contre le coin de la table hier, le médecin a dit rien de grave, il dort bien",
    "mon fils m'a poussé dans la piscine pour jouer, on a bien ri",
    "je suis perdue dans les papiers, il est minuit et je ne sais plus où j'en suis avec le dossier MDPH",
]


@pytest.mark.parametrize("text", VITALE)
def test_round7_vitale(text):
    r = triage_message(text)
    assert r.urgency == "vitale", (text, r.signals)
    assert r.numbers, "a vitale reply always shows numbers"


@pytest.mark.parametrize("text", NOT_VITALE)
def test_round7_not_vitale(text):
    r = triage_message(text)
    assert r.urgency != "vitale", (text, r.signals)


def test_a_child_abused_outside_the_family_gets_119_not_the_adults_line():
    r = triage_message("mon fils de 10 ans m'a avoué que le chauffeur du bus scolaire lui fait des choses, il doit le reprendre lundi")
    assert r.urgency == "vitale"
    assert "119" in r.numbers and "3977" not in r.numbers
    adult = triage_message("Ma sœur de 40 ans, trisomique, est frappée par un éducateur de son foyer")
    assert "3977" in adult.numbers


def test_pills_taken_then_too_late_across_two_messages():
    # the means first, the "too late" after: the conversation is what counts
    assert triage_conversation(["j'ai déjà pris les cachets", "de toute façon c'est trop tard"]).urgency == "vitale"
    assert danger_check(["j'ai déjà pris les cachets", "de toute façon c'est trop tard"]).urgency == "vitale"


# a plan called off ("tomber à l'eau") is no fall into water; a symptom with a sign of gravity stays an emergency
# (a guard for everyday symptoms was tried on 2026-12-04 and dropped: on a fresh blind set it cost a vitale message)
CALLED_OFF = [
    "le pique-nique de samedi risque de tomber à l'eau avec la pluie, vous avez une autre idée ?",
    "la sortie au zoo est tombée à l'eau, le car est en panne",
]
STILL_VITALE = [
    "mon fils a mal au ventre et il vomit du sang depuis ce soir",
    "elle a avalé une pile bouton, elle a mal à la gorge",
    "il a mal à la tête, de la fièvre à 40 et la nuque raide",
    "mon père est tombé à l'eau du ponton, il ne sait pas nager",
]


@pytest.mark.parametrize("text", CALLED_OFF)
def test_a_plan_called_off_is_not_a_fall_into_water(text):
    r = triage_message(text)
    assert r.urgency != "vitale", (text, r.signals)


@pytest.mark.parametrize("text", STILL_VITALE)
def test_a_symptom_with_a_sign_of_gravity_stays_vitale(text):
    assert danger_check(text).urgency == "vitale", text


# round 7b: the misses of heldout20/21 after the day's judging (they became tuning sets when heldout22/23 arrived)
VITALE_7B = [
    "dites à mon fils que je l'aimais, je n'ai plus la force",
    "tu pourras dire à ma sœur que je l'ai toujours aimée. au revoir",
    "mon oncle m'a parlé d'un grand voyage, il a laissé ses papiers chez moi, il est très dépressif",
    "j'ai rédigé mes dernières volontés et je les ai programmées pour les envoyer demain",
    "je tenais à vous dire au revoir, je ne serai plus là lundi pour l'atelier",
    "j'ai confié mon chien à la voisine et rangé tous mes papiers, comme ça personne n'aura à s'en occuper",
    "je pense que je ne serai plus là à Noël, j'ai tout prévu",
    "ma fille a enjambé la rambarde du balcon cet après-midi, les pompiers l'ont fait descendre",
    "pas de chauffage chez mes parents depuis trois jours, il fait très froid, mon père est en fauteuil",
]
NOT_VITALE_7B = [
    "cet hiver j'ai fait un malaise dans le bus, le SAMU est venu, tout va bien depuis, je voudrais une carte de priorité",
    "je viens de lire un article sur un homme autiste qui s'est suicidé en prison, est-ce qu'il existe des associations ?",
    "c'était pour rire quand il a dit qu'il allait se jeter du pont, il voulait juste qu'on l'écoute pour le stage",
    "j'ai peur de mourir seul un jour, sans personne, je voudrais connaître les habitats partagés",
    "mon grand-père a glissé dans la cuisine, il s'est relevé tout seul et ça va, on voudrait une téléalarme",
    "c'était il y a longtemps, mon mari me frappait, aujourd'hui je suis loin de lui et en sécurité",
    "je confie mon chat à ma mère pendant mon hospitalisation, qui peut m'aider pour les papiers ?",
    "tout est prévu pour le séjour de répit, je voulais juste savoir l'heure d'arrivée",
    "ça fait une heure que j'attends une réponse, il y a quelqu'un ?",
]


@pytest.mark.parametrize("text", VITALE_7B)
def test_round7b_vitale(text):
    r = triage_message(text)
    assert r.urgency == "vitale", (text, r.signals)
    assert r.numbers


@pytest.mark.parametrize("text", NOT_VITALE_7B)
def test_round7b_not_vitale(text):
    r = triage_message(text)
    assert r.urgency != "vitale", (text, r.signals)


def test_not_safe_is_no_resolution():
    assert danger_check("hier soir il m'a frappée, je suis enfermée et pas en sécurité").urgency == "vitale"
    assert danger_check("il y a un mois il me frappait, je suis chez lui et plus en sécurité").urgency == "vitale"


# round 7c: what the model trained with the everyday sets w23/w24 no longer caught alone (check set and training
# sets), as families
VITALE_7C = [
    "j'ai glissé dans la douche, je n'arrive pas à me relever et j'ai froid",
    "ma fille de 15 ans n'est pas rentrée depuis trois nuits, elle fugue parfois mais jamais si longtemps",
    "un homme du club de foot envoie des photos à mon fils de 12 ans et veut le rencontrer seul samedi en secret",
    "je suis tombé trois fois ce matin, la tête me tourne et je suis seul",
    "mon père a de la fièvre et tout à coup il ne me reconnaît plus",
    "il a fait une crise dans la baignoire, il a la tête sous l'eau",
    "mon frère a été enfermé dans les toilettes par des autres résidents, il a peur ce soir",
]
NOT_VITALE_7C = [
    "mon père est tombé deux fois ce mois-ci, on voudrait une téléalarme",
    "il ne me reconnaît plus depuis des mois, c'est la maladie d'Alzheimer, je cherche un accueil de jour",
    "elle adore mettre la tête sous l'eau à la piscine, y a-t-il des cours de natation adaptés ?",
    "mon fils est parti depuis trois jours en classe verte, il a 10 ans, il nous manque",
    "je voudrais une barre d'appui, je glisse dans la baignoire et j'ai peur de tomber",
]


@pytest.mark.parametrize("text", VITALE_7C)
def test_round7c_vitale(text):
    r = triage_message(text)
    assert r.urgency == "vitale", (text, r.signals)
    assert r.numbers


@pytest.mark.parametrize("text", NOT_VITALE_7C)
def test_round7c_not_vitale(text):
    r = triage_message(text)
    assert r.urgency != "vitale", (text, r.signals)
