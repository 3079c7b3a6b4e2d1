"""Round 4 families (docs/TRIAGE.md, 2026-12-03): the misses the held-out sets `heldout` and `heldout2` and the
training sets still showed. Sentences written for these tests, in other words than the sets' own."""
import pytest

from bot.triage import danger_check, triage_message

VITALE = [
    # under a train: a timetable is not a journey
    "je vais me jeter sous le TER de 7h12, c'est fini",
    # "se foutre en l'air", first person
    "si on me retire mon appart je me fous en l'air",
    # an amount of pills taken by someone else ("pris tout son ...")
    "mon coloc a pris toute sa boîte de lithium, il dort bizarrement",
    "ma soeur a pris tous ses anxios d'un coup",
    # lost right now
    "je trouve plus ma fille au marché, elle a 6 ans et elle est autiste",
    # the carer taken to hospital, the dependent person alone
    "mon mari vient d'être emmené aux urgences en ambulance, notre fils polyhandicapé est tout seul à la maison",
    "je dois être opéré en urgence ce soir et personne ne peut garder ma fille",
    "mon père atteint de Parkinson est seul au lit depuis ce matin, l'infirmière n'est pas passée",
    # up on a roof
    "mon frère est monté sur le toit du garage et ne veut plus descendre",
    # someone forcing the door
    "quelqu'un essaie de forcer ma porte, je suis seule avec mes enfants",
    # in the street after an exclusion today, nowhere tonight
    "le foyer m'a mis dehors ce matin, je suis dans la rue avec mon fauteuil",
    "pas de solution d'hébergement pour cette nuit, on est trois avec un enfant handicapé",
    "on nous met à la porte de l'hôtel social ce soir, où aller ?",
    "le bailleur a changé la serrure, je suis dehors et il fait froid",
    "toutes nos affaires sont sur le trottoir",
    # abuse in SMS, tied up, forced marriage, grooming, a weapon brought to school
    "ils mont frappé et enfermé dans la cave",
    "la voisine garde sa fille handicapée attachée à une chaise",
    "mes parents veulent me marier de force cet été",
    "j'ai 13 ans et un homme de 35 ans veut me voir seul ce soir",
    "un élève dit qu'il va ramener un couteau au collège demain pour se venger",
    # medical: no answer with a medical cue, cold, flames, SMS seizure
    "il est diabétique, il transpire et ne répond plus quand on lui parle",
    "mon bébé est tombé du lit, depuis il dort sans réagir",
    "plus de chauffage, ma mère alitée grelotte depuis des heures",
    "il y a des flammes dans la cuisine et mon père ne peut pas marcher",
    "elle arrête pas de convulser ça fait 6 min",
    # preparing a hanging; joining a dead relative
    "j'ai noué la corde à la rampe de l'escalier",
    "elle veut rejoindre sa maman au ciel, elle a écrit une lettre",
    # goodbye + a named place
    "il m'a envoyé un message de remerciement pour toutes ces années et il a parlé de la falaise",
    # a cry for help and nothing else
    "Au secours !",
    # found in the training sets w15/w16 (2026-12-03), said in other words
    "je veux juste en finir pour de bon, je suis seule ce soir",
    "la rivière est en bas, je finis ma cigarette et après je saute",
    "un collègue vient de gifler violemment un résident devant moi",
    "on l'a retrouvé dans la cour, il est gelé et il claque des dents",
    "la propriétaire a changé les serrures pendant mon hospitalisation, je suis dehors",
    "mon voisin autiste est dehors pieds nus par moins 5, il a l'air perdu",
    "mon mari vient de partir et notre fille de 4 ans va rester seule",
    "je dois partir ce soir et ma mère alitée va rester seule",
    "personne ne me regrette, j'ai donné toutes mes affaires, je ne vois plus aucune issue",
    "ils seraient tous soulagés si je disparaissais, j'ai choisi le jour",
    "il est rentré ivre avec une batte à la main, les enfants ont peur",
    "le 115 est complet, on est à la gare avec le bébé",
    "sa mère le laisse seul enfermé à la maison toute la nuit",
    "j'ai plus de toit depuis ce matin",
]

NOT_VITALE = [
    "je ne suis pas à la rue mais mon logement n'est pas adapté",
    "on est plus à la rue depuis l'été, on cherche un logement plus grand",
    "ma fille se noie dans ses révisions, elle aurait besoin d'un tuteur",
    "y a pas le feu au lac, mais une réponse avant l'été serait bien",
    "il y a eu une fuite de gaz la semaine dernière, c'est réparé, je voudrais un logement plus sûr",
    "je tombe de fatigue, je reviens vers vous demain",
    "j'ai dormi dans ma voiture en 2018, aujourd'hui j'ai un logement et je voudrais travailler",
    "Quand j'étais à l'IME on me frappait, c'était il y a vingt ans. Aujourd'hui je voudrais aider d'autres jeunes",
    "dans mon film préféré un garçon se fait agresser, il existe du théâtre adapté ?",
    "est-ce qu'un établissement a le droit d'attacher un résident ?",
    "une hospitalisation en psychiatrie peut-elle compter pour une pension d'invalidité ?",
    "ils ont mis le feu à la piste au mariage, mon fils en fauteuil a dansé toute la nuit",
    "mon fils s'est enfermé dans sa chambre avec sa tablette pour jouer",
    "il a fugué cinq minutes au parc, on l'a retrouvé près des balançoires",
    "ma fille a hurlé je vais mourir parce qu'on lui a confisqué la tablette",
    "si je dois encore remplir ce dossier MDPH je me jette par la fenêtre",
    "je veux disparaître sous la couette tout l'hiver",
    "il a fait un AVC en mars, il est maintenant en fauteuil, on voudrait adapter la salle de bain",
    "ma mère vient de faire un AVC et sera hospitalisée trois semaines, qui va s'occuper de mon frère ?",
    "mon fils tape les autres enfants à la crèche, la directrice veut réduire ses heures",
    "mon père a fait un noeud coulant pour la bâche de la remorque",
    "je ne vais pas le laisser tomber, jamais, mais j'ai besoin de souffler",
    "je vais le tuer mon frère, il a fini mes céréales",
    "le prof de sport veut nous tuer avec ses pompes",
    "Au secours, ce dossier est un vrai labyrinthe",
    "en cours ils parlent de la noyade et des gestes qui sauvent",
    "le jeune qui avait fugué a été retrouvé par la police dans la nuit, il va bien",
    "il refuse qu'on lui touche les dents, existe-t-il un dentiste spécialisé ?",
    # found in heldout3 and the training sets w15/w16 (2026-12-03), said in other words
    "à quoi bon continuer à remplir ces dossiers si personne ne les lit ?",
    "je veux plus vivre chez ma mère, je voudrais un studio",
    "ma fille est très attachée à sa chaise bleue, l'école peut-elle la garder ?",
    "je suis enfermé dans ma chambre à réviser depuis lundi",
    "il a été frappé par l'envie de jouer de la batterie",
    "comment signale-t-on une maltraitance, en général ? c'est pour une formation d'équipe",
    "une crise de fou rire qui ne s'arrête pas depuis 10 minutes, il va bien",
    "cet été on dort dans notre van aménagé, il existe des aires accessibles ?",
    "j'ai le couteau sous la gorge avec les impôts",
    "je vais la tuer, elle a encore cassé mes lunettes",
    "ce dossier d'AAH va finir par me tuer",
    "si ma fille me redemande encore ce dessin animé je saute par la fenêtre mdr",
    "il y a longtemps j'ai dormi dans ma voiture, maintenant j'ai un appartement",
    "j'ai lu un article sur la maltraitance en EHPAD, comment bien choisir ?",
    "quel numéro pour signaler une maltraitance, de manière générale ?",
    "ma fille a convulsé une fois bébé avec la fièvre, est-ce un problème pour la crèche ?",
    "il adore l'escalade et veut sauter du haut du mur d'escalade",
    "on me renvoie chez moi après mon AVC lundi, sans aide à domicile",
    "mon fils s'enferme dans sa chambre toute la soirée",
]


@pytest.mark.parametrize("text", VITALE)
def test_round4_vitale(text):
    r = danger_check(text)
    assert r.urgency == "vitale", (text, r.signals)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", NOT_VITALE)
def test_round4_traps_not_vitale(text):
    r = danger_check(text)
    assert r.urgency != "vitale", (text, r.danger_kinds, r.signals)


def test_a_cry_for_help_gets_the_general_numbers():
    r = triage_message("Au secours")
    assert r.urgency == "vitale"
    assert "112" in r.numbers and "15" in r.numbers
