"""Round 5 families (docs/TRIAGE.md, 2026-12-03 afternoon): the misses of the fourth held-out set `heldout4`,
which became a tuning set with them. Sentences written for these tests, in other words than the set's own."""
import pytest

from bot.triage import danger_check, triage_message

VITALE = [
    # a seizure going on, told as a length of time
    "ma fille convulse depuis plus de 10 minutes, elle est toute raide",
    "crise d'épilepsie depuis plus de cinq min, il ne reprend pas",
    # a threat with a weapon to come
    "ils m'ont dit qu'ils vont ramener un couteau pour me planter à la sortie du lycée",
    "mon voisin menace ma mère, il vient avec une hache",
    # professionals' words for a suicide risk
    "Résident de 29 ans, idées de passage à l'acte verbalisées ce matin, il a accès à son traitement",
    "mon fils menace de passer à l'acte, il a pris la voiture",
    # a dependent person left without food or care
    "Ma voisine grabataire est seule, l'aide à domicile n'est pas venue : ni nourrie ni changée depuis hier",
    "personne ne l'a fait manger depuis hier, il est tétraplégique et seul",
    # a bottle swallowed
    "j'ai fait une connerie, j'ai bu tout le flacon de sirop pour la toux",
    # nowhere to sleep tonight, shelter refused
    "Il sort de l'hôpital ce soir, aucun hébergement, le 115 est saturé",
    "elle a été mise dehors, elle ne sait pas où aller ce soir",
    "ce soir personne ne peut l'héberger et il est en fauteuil",
    # heldout5's families: pills laid out, a plan found, a drug put aside then a farewell, stuck with a need,
    # a vulnerable person who never arrived
    "j'ai sorti toutes mes gélules sur la table et je les compte",
    "je sais comment je vais faire, j'ai gardé les médocs de mon père",
    "il cachait ses anticoagulants depuis un mois, tout à l'heure il m'a écrit adieu",
    "Ma mère est coincée dans la baignoire depuis deux heures, elle ne peut pas sortir",
    "ma fille trisomique devait aller au centre à pied, elle n'y est jamais arrivée et son portable est éteint",
    # heldout6's families: bleeding that does not stop, farewells told by preparations, a place scouted, a
    # phone broken to cut the victim off
    "je me suis entaillé le bras et ça ne cesse pas de saigner",
    "mon testament est prêt, je pars pour de bon dimanche",
    "j'ai tout vendu, là où je vais je n'aurai plus besoin de rien",
    "J'ai repéré le pont au-dessus de la voie ferrée, j'y vais ce soir",
    "mon mari m'a pris mon portable pour que je n'appelle pas ma sœur",
    # the training sets' last misses: respiratory distress, oxygen running out, a fall alone told with "ptdr",
    # cold water as punishment, care refused, a farewell letter found
    "Résident en détresse respiratoire depuis une heure, le médecin ne répond pas",
    "le concentrateur d'oxygène de ma mère est en panne et elle est sous oxygène jour et nuit",
    "ptdr j'ai fait une chute dans la forêt, je suis seule et je peux plus marcher",
    "l'éducatrice a mis mon fils sous la douche d'eau glacée pour le punir",
    "la direction refuse de l'envoyer aux urgences alors qu'elle hurle de douleur",
    "je viens de trouver un mot sur son lit, il nous dit adieu",
    # heldout7's: breathing in simple French, a child taken away
    "mon bébé pas bien respirer, lèvres bleues, moi sourde",
    "son père a enlevé notre fille devant la crèche et dit qu'on ne la reverra jamais",
    # heldout8's: the 115 is no date, nothing for the night, a young child alone at night, a quoted farewell,
    # pills gathered after things sold and letters written
    "le 115 ne répond pas, on est à la rue avec les enfants, rien pour la nuit",
    "maman nous laisse seuls la nuit, j'ai 9 ans et mon petit frère pleure",
    "il m'a écrit « prends soin de maman » puis il a éteint son téléphone",
    "J'ai vendu mon vélo, écrit à mes sœurs et rassemblé tous mes cachets",
]

NOT_VITALE = [
    # a number asked for a poster
    "Quels numéros donner si un résident parle de suicide ? C'est pour les afficher dans le hall",
    # a fire long ago
    "notre maison a brûlé, un incendie il y a quinze ans, ma fille en fait encore des cauchemars, on cherche un psy",
    # violence told as the past
    "Lorsque j'étais à l'internat on nous frappait, je voudrais porter plainte maintenant que je suis adulte",
    # a joke told as a joke
    "ma fille me rend dingue, je vais l'étrangler 😂 je plaisante, elle cherche un club de danse",
    # a carer's worry about the future
    "Je pense souvent à ce qu'il deviendra quand je ne serai plus là, il faudrait préparer une mesure de protection",
    # a fall told as repeated, already known
    "mon père vit seul et il est tombé trois fois cette année, comment avoir une téléassistance ?",
    # a malaise yesterday, a carer off work
    "aidante de mon fils depuis 15 ans, j'ai fait un malaise hier au bureau, le médecin m'arrête deux semaines",
    # already in hospital
    "Mon mari a fait un AVC, il est hospitalisé à Brest, qui peut m'aider pour notre fille ?",
    # heldout5's traps: a near miss long resolved, an overdose in a series, a form thrown away, a doctor's
    # warning, runaways counted
    "Ma fille a failli s'étouffer avec une bille l'an dernier ; depuis tout se passe bien, elle cherche une nounou",
    "Dans le film d'hier, le personnage fait un arrêt cardiaque et ça m'a fait penser à m'inscrire aux gestes qui sauvent",
    "ce formulaire MDPH, j'ai envie de le jeter à la poubelle, qui peut m'aider ?",
    "Le cardiologue dit que le tabac va me tuer, je cherche un groupe pour arrêter",
    "Mon fils a fugué deux fois de l'IME cette année, on voudrait un autre établissement",
    # heldout6's traps: private school, a placement that "kills", an attempt long treated, housed again
    "ma fille est scolarisée dans le privé, l'AESH peut-elle la suivre ?",
    "cette formation va me tuer, trois heures de trajet par jour, existe-t-il un transport adapté ?",
    "Ma femme a été hospitalisée en février après une tentative de suicide, elle est suivie au CMP et va mieux, je cherche du répit",
    "J'étais à la rue il y a deux ans, aujourd'hui j'ai un studio et je voudrais reprendre le sport",
    "J'ai repéré un parking pour me garer près de l'hôpital de jour, il faut une carte ?",
    # knocking on every door; a runaway long ago who never did it again
    "on a frappé à toutes les portes pour une place en IME, personne ne répond",
    "jvais tuer ma soeur elle a encore pris mon pull",
    "Notre chanson de fin, « Je veux mourir sur scène », passe en boucle aux répétitions, il reste des places ?",
    "mon grand-père dit qu'il veut mourir à 100 ans dans son jardin, il dit ça en riant, on cherche une aide au jardinage",
    "J'avais des idées de disparaître il y a quinze ans, aujourd'hui je suis maman et je voudrais aider ma fille",
    "Il y a deux ans ma fille avait fugué et dormi dehors, on l'avait retrouvée le matin. Elle n'a jamais recommencé, on cherche un foyer",
]

HAUTE = [
    # a carer's death
    "Le papa de mon voisin est décédé dimanche, c'est lui qui faisait tout pour son fils trisomique",
    "ma tante qui m'élevait est décédée, je suis seule avec mon petit frère",
    "Ma femme, qui gardait notre fils polyhandicapé le jour, est décédée, il faut quelqu'un pendant que je travaille",
    "la MDPH a refusé de renouveler sa place en foyer, il doit partir le 30",
    # the carer taken to hospital
    "Ma mère, qui s'occupe de ma sœur autiste, a été emmenée aux urgences cet après-midi et ils la gardent",
]


@pytest.mark.parametrize("text", VITALE)
def test_round5_vitale(text):
    r = danger_check(text)
    assert r.urgency == "vitale", (text, r.signals)


@pytest.mark.parametrize("text", NOT_VITALE)
def test_round5_not_vitale(text):
    r = triage_message(text)
    assert r.urgency != "vitale", (text, r.signals)


@pytest.mark.parametrize("text", HAUTE)
def test_round5_haute(text):
    r = triage_message(text)
    assert r.urgency == "haute", (text, r.signals)


def test_a_narrow_rule_without_its_context_does_not_raise_the_models_bar():
    """The 115 full without "ce soir" is not this rule's, and must not count as a guard: the other rules and
    the model still judge the message as they would without it."""
    from bot.triage.danger import scan_message

    guarded = []
    scan_message("le 115 est complet, on est à la gare avec le bébé", guarded=guarded)
    assert "abri_refused_tonight" not in guarded
    assert danger_check("le 115 est complet, on est à la gare avec le bébé").urgency == "vitale"


def test_the_emergency_numbers_fit_the_new_families():
    assert "3114" in danger_check("idées de passage à l'acte ce soir, il a son traitement").numbers
    assert "115" in danger_check("sortie ce soir, aucun hébergement, le 115 est plein").numbers


def test_a_carer_who_says_so_is_a_carer():
    assert triage_message("Je suis sa seule aidante, ma mère a Parkinson et je pars en cure deux mois").requester == "aidant"
    assert triage_message("Je suis la tata de Nina, 6 ans, elle voudrait aller en colonie").requester == "aidant"
