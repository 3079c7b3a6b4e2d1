"""Round 3 families (docs/TRIAGE.md): danger told by a third party, danger in English / Spanish, ruptures told by
professionals, and their traps. Sentences written for these tests (not taken from the round-2 batches)."""
import pytest

from bot.triage import danger_check, triage_message

VITALE = [
    "Ce résident est allongé sur le sol de sa chambre et ne répond plus",
    "L'usager nous a montré des photos de couteaux en disant qu'il allait tuer son éducateur",
    "La patiente n'a pas été nourrie depuis trois jours par sa famille",
    "Elle ne répond pas à la porte depuis ce matin et j'entends gémir",
    "On a retrouvé l'usager avec des bleus partout après le week-end chez son frère",
    "Ce jeune est sur le toit de l'internat et menace de sauter",
    "Un élève a apporté un couteau à l'école et menace ses camarades",
    "I'm going to end my life tonight",
    "my son talks about suicide every day and he has a knife in his room",
    "he took an overdose of his meds",
    "My boyfriend hits me and I'm scared to go home",
    "she is not breathing",
    "my mum fell and she can't get up, she is alone",
    "he's threatening to kill his brother with a knife",
    "quiero morir",
    "me voy a matar",
    "mi pareja me pega",
    "mi abuela no respira",
    "mi hijo quiere suicidarse",
    "mi hija se quiere morir, tiene pastillas guardadas",
    "su padre le pega con el cinturón",
    "Bonjour, my daughter wants to kill herself, aidez-moi",
    "Hola, mi hijo autista se ha escapado de casa y no lo encontramos, es de noche",
    "My autistic son is missing since this morning, we can't find him",
    "Mon fils says he wants to die ce soir",
    "the resident was found on the floor with blood on his head",
    "my brother is suicidal and has a gun",
    "Estoy pensando en suicidarme",
    "Mi marido me amenaza con matarme",
    "He locked me in the room and took my phone",
    "L'usager est enfermé dans sa chambre par son frère depuis trois jours",
    "Ce jeune n'est pas nourri par sa famille d'accueil, il a faim tous les soirs",
    "La patiente dit que son fils la frappe quand il a bu",
    "Un enfant de l'IME est arrivé avec l'œil au beurre noir et dit que c'est papa",
    "Le résident a fugué cette nuit, il marche sur l'autoroute",
    "La voisine âgée ne répond plus, je la vois par la fenêtre, elle est par terre",
    "Ce jeune homme est sur les rails près de la gare et ne veut pas descendre",
    "Je suis AESH, l'enfant que j'accompagne a dit que sa mère l'attache la nuit",
    "Le monsieur que j'aide à domicile a des brûlures de cigarette sur les bras et son neveu lui prend sa pension",
    "Mme D., résidente, a été retrouvée dehors en chemise de nuit à 3h du matin, elle ne sait plus où elle est",
    "L'usagère m'a écrit ce matin : adieu, merci pour tout, je ne serai plus là demain",
]

NOT_VITALE = [
    "Mon fils est allongé par terre quand il fait une crise de colère, comment l'aider ?",
    "Le résident ne répond plus aux courriers de la tutelle depuis des mois",
    "Il n'a pas mangé depuis hier car il est à jeun pour son opération",
    "Les Bleus ont gagné, mon fils a des bleus partout à force de jouer au foot, il est ravi",
    "Elle ne répond pas au téléphone, j'entends crier les enfants dans le fond, c'est normal le mercredi",
    "Mon fils dit qu'il va tuer le temps en jouant",
    "Ma femme va tuer mon fils quand elle verra sa chambre",
    "Il a sorti un couteau pour couper le gâteau d'anniversaire",
    "Le jeune menace de quitter le foyer si on ne l'écoute pas",
    "Ma fille a sauté de joie en apprenant la nouvelle",
    "L'éducatrice dit que le jeune ne bouge pas assez, il faudrait du sport adapté",
    "La patiente ne répond plus au traitement, le médecin change de molécule",
    "Je suis allongée au sol pour faire mes exercices de kiné depuis une heure",
    "He is lying on the couch watching TV all day, how to motivate him?",
    "She is not responding to emails from the school",
    "Mi hijo no reacciona bien a los cambios de rutina",
    "Quiero información sobre el suicidio para un trabajo de clase",
    "My son wants to kill time before his appointment",
    "I'm going to hurt my back carrying him, I need a hoist",
    "Mi hijo se ha perdido en los papeles de la MDPH",
    "My daughter fell asleep on the floor watching TV",
    "We want to beat the deadline for the MDPH file",
    "Mi hijo no ha vuelto a tener crisis desde el cambio de tratamiento",
    "Mon fils est nourri par sonde, il n'est pas nourri par la bouche depuis son opération",
    "Il s'est fait un oeil au beurre noir au foot en tombant, rien de grave",
    "Mon fils adore les trains, il marche le long des voies vertes à vélo avec son éducateur",
    "Elle ne sait plus où elle est dans ses papiers, la MDPH lui demande tout",
    "Il a faim tous les soirs à 18h, c'est l'heure du dîner, faut-il avancer le repas ?",
]

NORMALE = [
    "Mon fils ne pourra plus venir à l'atelier poterie le mercredi à partir de janvier car il commence le judo",
    "Ma mutuelle a été résiliée car j'en ai pris une meilleure, comment déclarer à la MDPH ?",
    "Il a été exclu du cours de sport pour bavardage, rien de grave",
    "La piscine ne pourra plus nous accueillir pendant les vacances",
    "I'm a social worker, how do I help a client who was evicted two years ago to apply for housing?",
]


@pytest.mark.parametrize("text", VITALE)
def test_round3_vitale(text):
    r = danger_check(text)
    assert r.urgency == "vitale", (text, r.signals)


# The traps below test the rules' guards (the learned model, which only raises urgency, is off): with the
# model on, some of these crafted traps are raised, which docs/TRIAGE.md counts in its normale → vitale figures.
@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", NOT_VITALE)
def test_round3_traps_not_vitale(text):
    r = danger_check(text)
    assert r.urgency == "normale", (text, r.danger_kinds, r.signals)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", NORMALE)
def test_round3_haute_traps(text):
    assert triage_message(text).urgency == "normale"


@pytest.mark.parametrize("text", ["I can't go on", "no puedo más"])
def test_foreign_distress_alone_is_haute(text):
    assert danger_check(text).urgency == "haute"


@pytest.mark.parametrize("text", ["I can't go on anymore, I have pills ready", "Ya no puedo más, tengo las pastillas preparadas"])
def test_foreign_means_with_distress(text):
    r = danger_check(text)
    assert r.urgency == "vitale" and "suicide" in r.danger_kinds


@pytest.mark.parametrize("text,kept", [
    ("una alumna con autismo", "con autismo"),
    ("I can see him through the window", "can see him"),
    ("a support worker in a large group", "support worker in a large group"),
])
def test_foreign_words_not_repaired(text, kept):
    from bot.triage.normalize import normalize
    assert kept in " ".join(normalize(text))
