"""Productive danger rules: small word families combined by structure instead of listed sentences.

Every family is a list of canonical forms (see normalize.py); the rules below are built by joining them, so a
new verb, means or cue is added once and works in every frame:

- ``SELF_SUBJ``/``OTHER_SUBJ`` + ``INTENT`` (vouloir, aller, penser à, avoir envie de, être prêt à…) +
  ``DEATH_SELF``/``DEATH_OTHER`` (mourir, crever, disparaître, en finir, me tuer, me foutre en l'air, faire une
  bêtise, partir pour de bon, dormir pour toujours, ne plus me réveiller, ne plus être là…) → vitale suicide;
- ``MEANS`` (pills, rope, blade, gas, weapon, high place, water, car) in a *possession/position* frame of the
  writer → weak clue ``means``; ``INTENT_CUES`` (ce soir, demain, tout à l'heure, j'ai préparé, je suis prêt,
  dernière fois, lettre d'adieu…) → weak clue ``plan``; the engine (danger.analyse) fires means + plan/time/
  distress over the whole conversation;
- burden / hopelessness, self-harm, deprivation, stroke signs, missing person, carer leaving now.

Guards are the engine's: negation scope (the frames forbid pas/plus/jamais inside), figurative after-context,
fiction / prevention / information questions (FICTION), past markers (PAST_LONG).
"""
from __future__ import annotations

from . import rules as _R
from .rules import FIG_DEATH, MEDS, R, THIRD_NOUNS


def alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


NOGAP = r"(?: (?!pas\b|plus\b|jamais\b|point\b|rien\b|personne\b|mais\b|si\b|que\b|quand\b)\w+)"

SELF_SUBJ = alt("je", "moi je", "j")
OTHER_SUBJ = alt("il", "elle", "(?:mon|ma|notre|son|sa) (?:\\w+ )?" + THIRD_NOUNS)

INTENT = alt(
    "veux", "veut", "voudrais", "vais", "va", "pense", "pense a", "pense souvent a", "pense serieusement a",
    "compte", "aimerais", "aimerai", "souhaite", "prefere", "prefererais", "reve de", "songe a", "ai envie de",
    "ai besoin de", "ai hate de", "suis pret a", "suis prete a", "suis pret", "suis prete", "suis decide a",
    "suis decidee a", "ai decide de", "ai prevu de", "prevois de", "envisage de", "ai l intention de",
    "me apprete a", "vais finir par", "finirai par", "vais bientot", "devrais", "dois", "essaie de",
    "essaye de", "ai essaye de", "attends de", "attend de", "demande a", "prie pour", "ai peur de",
    "me vois", "me sens pret a", "me sens prete a", "ne pense que a", "ne pense qu a", "ne reve que de",
    "ai la envie de", "ai juste envie de", "voudrais juste", "veux juste", "vais juste", "ai envie",
)
INTENT_OTHER = alt(
    "veut", "voudrait", "va", "parle de", "parle souvent de", "pense a", "menace de", "a envie de",
    "dit vouloir", "dit que il veut", "dit que elle veut", "dit que il va", "dit que elle va", "repete que il veut",
    "repete que elle veut", "ecrit que il veut", "ecrit que elle veut", "a dit que il voulait", "a dit que elle voulait",
    "a dit que il allait", "a dit que elle allait", "a ecrit que il voulait", "a ecrit que elle voulait",
    "est pret a", "est prete a", "a essaye de", "essaie de", "essaye de", "a tente de", "tente de", "cherche a",
    "voulait", "allait", "reve de", "parle tout le temps de", "dit souvent que il veut", "dit souvent que elle veut",
)
ADV = r"(?: (?:juste|vraiment|tellement|seulement|simplement|bien|souvent|parfois|tout le temps|toujours|plutot|surtout|encore|enfin|bientot|serieusement|de|a|que|qu|d))*"

DEATH_SELF = alt(
    "mourir", "mourrir", "crever", "disparaitre", "disparaite", "disparetre", "en finir", "en finire", "en fini",
    "me tuer", "me tue", "me suicider", "me foutre en le air", "me fout en le air", "me foutre en lair",
    "faire une betise", "faire une grosse betise", "faire une connerie", "faire une grosse connerie",
    "faire des betises", "faire une folie",
    "partir pour de bon", "partir pour toujours", "partir definitivement", "partir a jamais",
    "dormir pour toujours", "dormir a jamais", "me endormir pour toujours", "me endormir pour de bon",
    "me endormir et ne plus me reveiller", "dormir et ne plus me reveiller", "ne plus me reveiller",
    "plus me reveiller", "ne jamais me reveiller", "jamais me reveiller", "ne plus etre la", "plus etre la",
    "ne plus exister", "plus exister", "me supprimer", "me pendre", "me jeter", "sauter", "me flinguer",
    "me tirer une balle", "me noyer", "me laisser mourir", "me laisser partir", "mettre fin a mes jours",
    "mettre fin a ma vie", "mettre fin a tout", "quitter ce monde", "partir de ce monde", "tout arreter pour de bon",
    "rejoindre (?:mon|ma|mes) (?:mari|femme|pere|mere|papa|maman|fils|fille|parents|enfant) (?:au ciel|la haut)",
    "me ouvrir les veines", "me couper les veines", "en terminer", "tirer ma reverence", "me effacer",
)
DEATH_OTHER = alt(
    "mourir", "crever", "disparaitre", "en finir", "se tuer", "se suicider", "se foutre en le air",
    "faire une betise", "faire une connerie", "dormir pour toujours", "ne plus se reveiller", "plus se reveiller",
    "ne plus etre la", "plus etre la", "ne plus exister", "se supprimer", "se pendre", "se jeter", "se noyer",
    "se flinguer", "se tirer une balle", "mettre fin a ses jours", "mettre fin a sa vie", "se ouvrir les veines",
    "sauter (?:du|par|de|sous)", "se laisser mourir", "quitter ce monde",
)
# what may follow a death verb without meaning death ("disparaître sous terre", "mourir de rire", "en finir
# avec ce dossier", "partir pour de bon en internat")
DEATH_AFTER_FIG = (
    FIG_DEATH
    + r"|^ (?:sous terre|dans un trou|de la circulation|des radars|du radar|de les reseaux|de facebook|quelques jours|"
    r"un moment|un peu|une semaine|pendant|en vacances|au soleil|a la campagne|loin de tout ca pour les vacances)"
    r"|^ avec (?:ce|cette|ces|le|la|les|mon|ma|mes|son|sa|ses) (?:dossier|dossiers|papiers|paperasse|demarches|"
    r"formulaire|formulaires|administration|mdph|caf|procedure|histoire de dossier|travaux|boulot|travail|contrat|"
    r"demenagement|appartement|maison|relation|copain|copine|ex)\b"
    r"|^ (?:en|au|aux|dans|vers|chez|de le|du|pour (?:le|la|les|son|sa|un|une)) (?:internat|foyer|ime|esat|"
    r"vacances|voyage|sejour|colonie|etranger|stage|canada|espagne|belgique|suisse)\b"
    r"|^ (?:a|de) (?:la|le) (?:fete|soiree|reunion|maison de mes parents)"
)
DEATH_AFTER_FIG += (r"|^ sous (?:sa|ma|la|une|son|mon|les|ses|mes|des) (?:couette|couverture|couvertures|lit|table|terre|draps|oreiller|bureau)"
                    r"|^ a le eau\b(?! (?:et|pour) (?:mourir|me noyer|en finir))")
DEATH_BEFORE_FIG = r"\b(?:ce dossier|cette situation|cette attente|ce boulot|ce travail|ca|cela|ce bruit|la chaleur)(?: \w+){0,2} $"

# ----- means -------------------------------------------------------------------------------------------------------
MEDS_W = MEDS[3:-1]
# pills count as a means only as a quantity or a container ("mes médicaments du soir" is no means)
MEANS_PILLS = alt("(?:boite|boites|plaquette|plaquettes|stock|tube|flacon|flacons|reserve|sachet|sac) (?:de |entiere de |entiere )?(?:mes |ses |les |des )?" + MEDS,
                  "(?:tous|toutes|plein de|assez de|beaucoup de|un tas de|une poignee de|des dizaines de|[2-9]\\d) (?:mes |ses |les |de )?" + MEDS,
                  "boite entiere", "pharmacie entiere", "(?:boite|plaquette)s?")
MEANS_ROPE = alt("corde", "cordes", "noeud coulant")
MEANS_BLADE = alt("couteau", "couteaux", "lame", "lames", "rasoir", "rasoirs", "cutter", "lame de rasoir", "ciseaux")
MEANS_GAS = alt("gaz", "bouteille de gaz", "barbecue dans la chambre", "charbon")
MEANS_WEAPON = alt("arme", "armes", "fusil", "fusil de chasse", "carabine", "pistolet", "revolver", "flingue")
MEANS_PLACE = alt("pont", "viaduc", "falaise", "falaises", "balcon", "fenetre", "toit", "dernier etage",
                  "voie ferree", "voies ferrees", "train", "trains", "rails", "passage a niveau", "riviere", "fleuve",
                  "lac", "mer", "canal", "seine", "loire", "rhone", "garonne", "eau", "parapet", "rebord", "vide",
                  "autoroute", "periph", "peripherique")
STRONG_PLACE = alt("falaise", "falaises", "viaduc", "voie ferree", "voies ferrees", "rails", "passage a niveau", "parapet",
                   "rebord", "vide", "precipice")
MEANS_CAR = alt("voiture", "bagnole", "caisse", "camion")
MEANS_ANY = alt(MEANS_PILLS, MEANS_ROPE, MEANS_BLADE, MEANS_GAS, MEANS_WEAPON)
DET = r"(?:(?:une|un|la|le|les|des|ma|mon|mes|sa|son|ses|toute la|toutes les|de|du|deux|trois|plusieurs) )"

HOLD = alt("ai mis", "mets", "ai ecrase", "ecrase", "ai dissous", "ai verse", "ai aligne", "ai achete", "ai pris", "ai pris avec moi", "ai prepare", "ai sorti", "ai cache", "ai garde", "ai stocke",
           "ai accumule", "ai mis de cote", "ai recupere", "ai trouve", "ai vole", "ai commande", "ai charge",
           "ai accroche", "ai attache", "ai noue", "ai ouvert", "ai aiguise", "ai en main", "tiens", "serre",
           "regarde", "fixe", "garde", "cache", "stocke", "accumule", "compte", "prepare", "vais prendre",
           "vais acheter", "vais chercher", "vais utiliser", "vais avaler", "vais ouvrir", "vais accrocher")
NEAR_ME = r"(?:devant moi|a cote de moi|pres de moi|dans (?:ma|la) main|dans mes mains|sur (?:mon|le) lit|sur la table|a portee de main|sur moi|dans ma poche|dans mon sac|a le interieur)"
POSITION = alt("me mettre", "me mets", "me coucher", "me couche", "me allonger", "me allonge", "me placer", "aller", "vais aller",
               "me jeter", "plonger", "entrer", "suis", "me trouve", "me tiens", "reste", "attends", "marche", "roule", "conduis", "cours", "monte",
               "vais", "pars", "descends", "me dirige", "me approche", "suis assise?", "suis debout", "regarde")
PLACE_PREP = r"(?:sur|au bord de|au bord du|au bord des|en haut de|en haut du|devant|vers|pres de|pres du|a cote de|a cote du|au dessus de|au dessus du|sous|jusque a|jusque au|a|au|dans|le long de|le long du|le long des|entre)"

MEANS_RULES = [
    R("g_means_hang", r"\b(?:accroche|accrocher|attache|attacher|noue|nouer|fixe|fixer|pendu|pendre|serre|serrer) (?:une |la |ma |un |le |des )?(?:corde|ceinture|drap|draps|cable|rallonge|echarpe|foulard)\b(?: \w+){0,4} (?:au plafond|a la poutre|a le poutre|a la porte|a la rampe|a le arbre|a un arbre|autour de mon cou|a la barre|au crochet|a la fenetre|a le escalier|a la mezzanine)\b"
      r"|\b(?:corde|ceinture|drap|cable|rallonge|echarpe) autour (?:de mon|du) cou\b"
      r"|\b(?:ma |la |une )(?:corde|ceinture|echarpe) (?:est |sont )?(?:accroche\w*|attache\w*|noue\w*|prete|fixe\w*) (?:a|au|sur)\b",
      "vitale", "moyen: pendaison", kind="suicide", negatable=True, fiction=True),
    # the writer holds / bought / looks at a means (any family) → weak means
    R("g_means_hold", r"\bje" + NOGAP + r"{0,1} " + HOLD + r"(?: \w+){0,2} " + DET + r"?(?:\w+ )?" + MEANS_ANY + r"\b" +
      r"|\b" + DET + MEANS_ANY + r"\b(?: \w+){0,3} " + NEAR_ME +
      r"|\bje ai " + DET + r"?(?:\w+ )?" + MEANS_ANY + r" " + NEAR_ME,
      "weak", "moyen: médicaments, corde, lame ou arme à portée", family="means", negatable=True,
      exclude=r"\b(?:ergonomique|adapte|adaptee|adaptes|adaptees|pour (?:mon|ma|son|sa|notre) (?:fils|fille|mari|femme|pere|mere|enfant|frere|soeur)|ordonnance|pharmacien|pilulier|infirmier|infirmiere|prescri\w*|rembours\w*|pour (?:le|la|mon|ma) (?:cuisine|repas|jardin|chantier|bricolage|camping|peche)|chasseur|permis de chasse|club de tir|ball trap|couverts|cantine|pour couper|eplucher|repas|legumes|viande|steak|pain|cadeau|anniversaire|cuisine|cuisiner|diner|manger|recette|pantalon|taille|lacets|escalade|linge|guitare|bouteille de gaz pour|cuisiniere|chauffe eau|barbecue (?:avec|entre|chez)|ciseaux (?:adaptes|a bouts ronds|pour gaucher))\b"),
    # the writer is at / goes toward a high place, rails or water → weak means
    R("g_means_place", r"\bje" + NOGAP + r"{0,1} " + POSITION + r" " + PLACE_PREP + r" (?:le |la |les |l |un |une |de le |du |des )?(?:haut du |haut de la |bord du |bord de la )?" + MEANS_PLACE + r"\b",
      "weak", "moyen: lieu (pont, falaise, voie ferrée, eau)", family="means", negatable=True,
      exclude=r"\b(?:vacances|visite|promenade|balade|piscine|plage|baignade|nager|peche|bateau|velo|train pour|en train|le train de|prendre le train|billet|gare|horaires?|trajet|voyage|travail|boulot|ecole|college|lycee|rendez vous|rdv|courses|marche|pont de (?:mai|le ascension|noel)|faire le pont|fenetre (?:pour aerer|ouverte pour)|arroser|plantes|linge|cigarette|fumer|mer (?:avec|pour)|week end|weekend|surf|kayak|stage|colonie|sejour)\b"),
    R("g_means_place_strong", r"\bje" + NOGAP + r"{0,1} " + POSITION + r" " + PLACE_PREP + r" (?:le |la |les |l |un |une |de le |du |des )?(?:haut du |haut de la |bord du |bord de la )?" + STRONG_PLACE + r"\b",
      "vitale", "moyen: lieu (falaise, voie ferrée, vide)", kind="suicide", negatable=True, fiction=True,
      exclude=r"\b(?:vacances|visite|promenade|balade|randonnee|rando|photo|photos|velo|train pour|en train|billet|gare|quai|horaires?|trajet|voyage|travail|boulot|travaux|sncf|cheminot|chantier)\b"),
    R("g_means_at_hand", r"\b(?:je ai|je tiens|je garde|je serre|il y a|je regarde|je fixe)(?: \w+){0,1} " + DET + r"?(?:\w+ )?" + MEANS_ANY + r"\b(?: \w+){0,2} " + NEAR_ME + r"\b",
      "vitale", "moyen à portée de main", kind="suicide", negatable=True, fiction=True,
      exclude=r"\b(?:cuisine|cuisiner|couper (?:le|la|les|du|de la|des)|eplucher|repas|diner|legumes|viande|pain|fromage|gateau|recette|bricol\w*|ordonnance|pilulier|infirmier|infirmiere|pharmacien|pour (?:mon|ma|son|sa) (?:fils|fille|mari|femme|pere|mere))\b"),
    R("g_means_acquire", r"\bje" + NOGAP + r"{0,1} (?:ai achete|ai stocke|ai cache|ai accumule|ai mis de cote|ai recupere|ai vole|ai commande|ai garde|garde|stocke|cache|accumule|mets de cote|ai fait plusieurs pharmacies)(?: \w+){0,2} (?:des |les |mes |ses |plusieurs |de |du )?(?:boites de |plaquettes de )?" + MEDS + r"\b",
      "weak", "moyen: médicaments mis de côté", family="means", negatable=True,
      exclude=r"\b(?:ordonnance|pilulier|infirmier|infirmiere|pharmacien|rembours\w*|prescri\w*|pour (?:mon|ma|son|sa|notre) (?:fils|fille|mari|femme|pere|mere|enfant|bebe)|pour le mois|pour les vacances|armoire a pharmacie|trousse)\b"),
    # driving into something
    R("g_means_car", r"\b(?:foncer|fonce|me jeter|me lancer|me encastrer|me planter|precipiter|lancer la voiture|jeter la voiture|jeter ma voiture|accelerer)\b(?: \w+){0,4} (?:dans|contre|sur|sous) (?:un|une|le|la|les|des) (?:arbre|mur|platane|camion|pile|poteau|ravin|pont|falaise|riviere|voiture|voitures|train|fosse)\b",
      "vitale", "moyen: voiture", kind="suicide", negatable=True, fiction=True,
      before_exclude=r"\b(?:il|elle|ils|elles|on|a failli|a manque de|ont failli)(?: \w+){0,2} $"),
    R("g_means_water_car", r"\b(?:partir|partait|partions|aller|allait|rouler|roulait|foncer|jeter|lancer)\b(?: [\w,]+){0,6} (?:en voiture )?(?:dans|contre|du haut de) (?:le|la|un|une) (?:lac|riviere|canal|mer|ravin|fleuve|falaise|etang|precipice)\b",
      "vitale", "moyen: voiture / eau", kind="suicide", negatable=True, fiction=True,
      require=r"\b(?:voiture|tous les deux|ensemble|avec (?:mon|ma|mes)|pour (?:toujours|en finir)|tout serait|plus souffrir)\b",
      exclude=r"\b(?:vacances|pique nique|baignade|se baigner|nager|promenade|balade|bateau|peche|pecher|kayak|camping)\b"),
    R("g_means_research", r"\b(?:cherche|cherchais|recherche|regarde|regardais|calcule|compte|demande|demandais)\b(?: \w+){0,4} combien de (?:comprimes|cachets|medicaments|medocs|gelules|pilules|boites)\b|\bdose (?:mortelle|letale)\b|\bcomment (?:mourir|me tuer|se tuer|me suicider|se suicider|en finir) sans\b",
      "vitale", "recherche d'un moyen", kind="suicide", negatable=True, fiction=True),
    # third person: a relative / a person followed says they bought a rope, took all their pills
    R("g_means_third", r"\b(?:il|elle|que il|que elle)(?: \w+){0,1} (?:a achete|a pris|a prepare|a cache|a garde|a stocke|a accroche|a recupere|a vole|a accumule|garde|cache|stocke) (?:une |un |des |la |le |ses |sa |son )?(?:corde|noeud coulant|arme|fusil|pistolet|carabine|lame|rasoir|(?:boite de |boites de )?" + MEDS + r")\b",
      "weak", "moyen: d'un proche", family="means", negatable=True,
      exclude=r"\b(?:ordonnance|pilulier|infirmier|infirmiere|pharmacien|comme prescrit|son traitement du|escalade|linge|chasse|chasseur|cuisine)\b"),
    R("g_swallowed_third", r"\b(?:il|elle|que il|que elle)(?: \w+){0,1} (?:a|vient de|viens de) (?:pris|prendre|avale|avaler|ingurgite)(?: ce soir| cette nuit| ce matin| tout a le heure)? (?:tous|toutes|toute|trop de|une boite de|la boite de|plein de) (?:ses |sa |les |de |la |une )?(?:" + MEDS + r"|boite|boites|plaquette)\b",
      "vitale", "moyen: médicaments avalés (un proche)", kind="suicide", negatable=True, fiction=True),
    R("g_burden_third", r"\b(?:il|elle) (?:est|se sent|se trouve|serait|dit etre|dit que (?:il|elle) est) (?:un|une) (?:poids|fardeau|boulet|charge) pour\b(?! personne| rien)|\bmieux sans (?:lui|elle)\b",
      "vitale", "fardeau (un proche)", kind="suicide", negatable=True, fiction=True),
    R("g_means_gas", r"\b(?:ouvrir|ouvre|ouvert|laisser|laisse|allumer|allume) (?:le|les) (?:gaz|robinets? (?:de|du) gaz)\b(?: \w+){0,4} (?:et|pour|en|sans)\b"
      r"|\bbarbecue (?:dans|a le interieur de) (?:la|ma) (?:chambre|voiture|salle de bain)\b|\bpot de echappement\b(?: \w+){0,4} (?:tuyau|voiture|garage)\b",
      "vitale", "moyen: gaz", kind="suicide", negatable=True, fiction=True),
]

TIME_CUE = alt(
    "ce soir", "cette nuit", "demain", "demain matin", "tout a le heure", "dans une heure", "dans (?:\\d+|deux|trois|quelques) heures",
    "maintenant", "tout de suite", "ce week end", "cet apres midi", "avant ce soir", "cette fois", "cette fois ci")
INTENT_CUE = alt(
    "pour (?:ne )?plus (?:jamais )?revenir", "pour ne jamais revenir", "sans revenir", "personne ne le saura",
    "personne ne (?:se en rendra compte|remarquera)", "derniere lettre", "(?:la|ma|une|mes|les) lettres? (?:est|sont) (?:sur|dans|pour)",
    "dites a (?:\\w+ ){0,2}que je (?:le |la |les |vous )?aime", "dis a (?:\\w+ ){0,2}que je (?:le |la |les )?aime",
    "je ai tout prepare", "ma decision est prise",
    "je suis pret", "je suis prete", "je suis decide", "je suis decidee", "je vais le faire", "je le fais",
    "je vais y aller", "je y vais", "je me lance", "ce est le moment", "il est temps", "derniere fois",
    "une derniere fois", "dernier message", "derniers mots", "lettre de adieu", "lettres de adieu", "mot de adieu",
    "adieu", "merci pour tout", "prenez soin de", "dites a (?:mes|ma|mon) \\w+ que je (?:les|la|le) aime",
    "pardon pour tout", "pardonnez moi", "je vous aime tous", "pour que ca se arrete", "pour en finir",
    "pour ne plus souffrir", "pour ne pas me rater", "assez pour", "de quoi en finir", "ce est fini",
    "ce sera fini", "tout sera fini", "plus jamais", "pour toujours", "je ne reviendrai pas", "sans retour",
)
PLAN_RULES = [
    R("g_time_cue", r"\b" + TIME_CUE + r"\b", "weak", "moment", family="time", negatable=False,
      require=r"\b(?:je|moi|me)\b",
      exclude=r"\b(?:rendez vous|rdv|reunion|ecole|college|lycee|ime|sessad|esat|foyer|travail|boulot|dossier|formulaire|"
              r"anniversaire|fete|noel|vacances|courses|match|cours|film|serie|concert|spectacle|medecin|kine|orthophoniste|"
              r"bus|taxi|transport|appeler|rappeler|telephone|mail|inscription|commission|audience|mdph|caf)\b"),
    # a means only named (a cliff, a river, a bridge): counts with a farewell / plan cue, not with a time alone
    R("g_place_mention", r"\b(?:falaise|falaises|viaduc|voie ferree|rails|riviere|fleuve|pont|lac|canal|mer|balcon|fenetre|toit)\b", "weak", "moyen: lieu nommé", family="means_soft",
      negatable=True, exclude=r"\b(?:vacances|visite|promenade|balade|photo|photos|plage|peche|bateau|velo|randonnee|travaux|couvreur|fuite)\b"),
    R("g_intent_cue", r"\b" + INTENT_CUE + r"\b", "weak", "projet / moment", family="plan", farewell=True, negatable=False,
      require=r"\b(?:je|moi|me)\b",
      exclude=r"\b(?:rendez vous|rdv|reunion|ecole|college|lycee|ime|sessad|esat|foyer|travail|boulot|dossier|formulaire|"
              r"anniversaire|fete|noel|vacances|courses|match|cours|film|serie|concert|spectacle|medecin|kine|orthophoniste|"
              r"bus|taxi|transport|appeler|rappeler|telephone|mail|inscription|commission|audience|mdph|caf|"
              r"demenag\w*|nouveau poste|retraite|mutation|je quitte le service|je pars en|je pars a|en bretagne)\b"),
]

# ----- burden / hopelessness ------------------------------------------------------------------------------------------
BURDEN_RULES = [
    R("g_burden", r"\b(?:je suis|je ne suis que|je ne suis qu|je suis devenue?|je me sens)(?: \w+){0,2} (?:un|une) (?:poids|fardeau|boulet|charge|poids mort) (?:pour|a)\b(?! personne| rien| aucun)"
      r"|\b(?:mieux|mieu|plus heureux|plus heureuse|plus tranquilles?|soulages?|soulagees?|libres?|liberes?) sans moi\b"
      r"|\bsans moi (?:ce serait|ca serait|ils seraient|elles seraient|tout serait|tout le monde serait|ma famille serait|mes enfants seraient)\b"
      r"|\b(?:plus|aucune|pas|plus aucune|pas une|pas de|plus de) (?:de |une |aucune )?(?:bonnes? )?raisons? de (?:vivre|continuer|rester|me battre|me lever|exister|tenir)\b"
      r"|\ba quoi (?:ca |cela )?(?:sert|servirait|sers) (?:de )?(?:vivre|la vie|continuer|me battre|exister)\b|\ba quoi bon (?:continuer|vivre|rester|me battre|se battre|tenir|exister|me lever|tout ca|encore essayer)(?! a\b| les\b| ces\b| mes\b| le\b| la\b| de\b| mon\b| ma\b)"
      r"|\b(?:ma vie|la vie|cette vie|vivre) ne (?:sert|vaut) (?:plus )?(?:a )?rien\b|\bla vie ne vaut (?:pas|plus) la peine\b"
      r"|\bpersonne ne (?:me regretterait|me regrettera|me pleurera|me pleurerait|remarquerait mon absence|verrait la difference)\b"
      r"|\b(?:je|moi) (?:gache|pourris|pourrit|detruis) la vie de (?:tout le monde|ma famille|mes proches|mes enfants|mes parents)\b(?: \w+){0,4} (?:sans moi|disparaitre|partir|plus la)\b",
      "vitale", "fardeau / plus de raison de vivre", kind="suicide", negatable=False, fiction=True,
      exclude=r"\b(?:mdr|mort de rire)\b|\ba quoi bon (?:continuer|vivre) (?:a|les|ces|ce) (?:dossier|papiers|demarches|appeler|remplir|relancer)\b"),
]

# ----- self-harm ------------------------------------------------------------------------------------------------------
SELF_HARM = alt("couper", "coupe", "coupee", "scarifier", "scarifie", "scarifiee", "bruler", "brule", "brulee",
                "taillader", "taillade", "tailladee", "mutiler", "mutile", "mutilee", "griffer jusque au sang",
                "frapper", "faire du mal", "faire mal", "blesser", "blesse", "blessee", "entailler", "entaille")
SELF_HARM_RULES = [
    R("g_self_harm", r"\b(?:je me suis|je me|je vais me|je veux me|envie de me|besoin de me|recommence a me|je recommence a me|je continue a me|je continue de me|je ai recommence a me|pour me|me)\s(?:re)?" + SELF_HARM + r"\b",
      "vitale", "automutilation", kind="suicide", negatable=True, fiction=True,
      require=r"\b(?:bras|poignets?|veines|cuisses?|ventre|peau|jambes?|lame|lames|rasoir|cutter|couteau|cigarettes?|briquet|expres|volontairement|sang|encore|de nouveau|a nouveau|recommence|recommencer|continue|tous les soirs|tous les jours|chaque soir|chaque nuit|souvent|pour (?:oublier|me punir|sentir|avoir moins mal|que ca se arrete|me calmer)|soulage|me punir|envie de me|besoin de me|cicatrices?)\b",
      exclude=r"\b(?:en cuisinant|en bricolant|en jardinant|avec du papier|en tombant|les ongles|les cheveux|le doigt en|ca me fait du bien de|coup de soleil|au soleil|en repassant|four|casserole|plaque|fer a repasser|velo|sport|match|entrainement|genou|cheville|dos)\b",
      before_exclude=r"\b(?:il|elle|ils|elles|on|peur que (?:il|elle|on))(?: \w+){0,1} $"),
    R("g_self_harm_past", r"\bje me suis (?:encore |de nouveau |a nouveau )?(?:coupe|coupee|brule|brulee|scarifie|scarifiee|taillade|tailladee|mutile|mutilee)\b(?: \w+){0,4} (?:expres|volontairement|encore|de nouveau|a nouveau|les bras|le bras|les poignets|le poignet|les cuisses|la cuisse|le ventre|avec (?:une|un|des) (?:lame|rasoir|cutter|couteau|cigarette|briquet|compas))\b",
      "vitale", "automutilation", kind="suicide", negatable=True, fiction=True),
]

# ----- death-verb frames -----------------------------------------------------------------------------------------------
DEATH_RULES = [
    R("g_self_death", r"\b" + SELF_SUBJ + NOGAP + r"{0,2} " + INTENT + ADV + r" " + DEATH_SELF + r"\b",
      "vitale", "envie de mourir", kind="suicide", negatable=True, fiction=True, past=True,
      after_exclude=DEATH_AFTER_FIG,
      exclude=r"\bpeur de mourir (?:seule?|un jour|avant (?:lui|elle|eux)|sans (?:avoir|personne)|tout seul|toute seule)\b|\b(?:mdr|mort de rire|jeu video|partie de|au jeu|minecraft|fortnite|elastique|parachute|saut en|trampoline|piscine|plongeoir|parapente|sauter de joie|sauter le pas|sauter un repas|sauter une etape|sauter une classe|sauter le repas|sauter des repas|sauter le petit|sauter la|sauter les)\b"),
    R("g_other_death", r"\b" + OTHER_SUBJ + NOGAP + r"{0,2} " + INTENT_OTHER + ADV + r" " + DEATH_OTHER + r"\b",
      "vitale", "idées de suicide d'un proche", kind="suicide", negatable=True, fiction=True, past=True,
      after_exclude=DEATH_AFTER_FIG,
      exclude=r"\b(?:mdr|mort de rire|jeu video|au jeu|minecraft|fortnite|elastique|parachute|trampoline|piscine|plongeoir|sauter de joie|sauter le pas|sauter (?:un|le|les|des|une) (?:repas|etape|classe|obstacle|haie|haies)|il fait une betise|des betises (?:a le ecole|en classe)|fait des betises)\b"),
    # bare death phrases that carry their meaning without a frame
    R("g_death_phrase", r"\b(?:me foutre en le air|me fout en le air|me foutre en lair|dormir pour toujours|me endormir pour toujours|ne plus jamais me reveiller|ne plus me reveiller|partir pour de bon et|en finir (?:une bonne fois|pour de bon|une fois pour toutes)|envie de crever|envie de mourir|envie de disparaitre|envie de en finir)\b",
      "vitale", "envie de mourir", kind="suicide", negatable=True, fiction=True, past=True,
      after_exclude=DEATH_AFTER_FIG,
      exclude=r"\b(?:mdr|mort de rire)\b"),
]

# ----- violence: perpetrator + act + victim; deprivation; threats ----------------------------------------------------
VIOLENCE_RULES = [
    R("g_raise_hand", r"\b(?:leve|levent|levait|a leve|ont leve|lever) la main sur (?:moi|nous|lui|elle|eux|mon|ma|mes|notre|nos|son|sa|ses)\b",
      "vitale", "violence contre un proche", kind="violence_autre?", negatable=True, fiction=True, past=True),
    R("g_deprive", r"\b(?:laisse|laissent|laissait|laissaient|a laisse|ont laisse|prive|privent|privait|a prive|ont prive)(?: \w+){0,4} (?:sans (?:manger|nourriture|boire|eau|soins|medicaments|traitement|chauffage|lumiere|se laver|etre change|etre changee)|de (?:nourriture|manger|repas|eau|soins|medicaments|traitement))\b"
      r"|\b(?:ne )?(?:me|lui|leur|nous) (?:donne|donnent|donnait|donnaient|donnes) (?:pas|plus|rien) (?:a manger|de nourriture|a boire|de eau|ses medicaments|mes medicaments|son traitement|mon traitement)\b",
      "vitale", "privation / négligence", kind="violence_autre?", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:dessert|tele|television|ecran|ecrans|telephone|portable|console|sortie|sorties|bonbons|gouter|punition|une heure|le temps de)\b"),
    R("g_threat_kill", r"\b(?:a dit|dit|a ecrit|ecrit|a jure|jure|a promis|promet|crie|a crie|hurle|a hurle|menace|a menace|me a dit|me a ecrit|nous a dit)(?: \w+){0,2} (?:que il|que elle|que ils|que on|que il allait|que elle allait|que il va|que elle va|qu il)(?: \w+){0,2} (?:me|nous|le|la|les|lui|tous nous) (?:tuer|buter|egorger|crever|bruler|defoncer|faire la peau|massacrer|descendre|planter|etrangler)\b",
      "vitale", "menace de mort", kind="violence?", negatable=True, fiction=True, past=True),
]

VIOLENCE_RULES += [
    R("g_push", r"\b(?:le|la|les|me|nous|lui) (?:pousse|poussent|poussait|plaque|plaquent|projette|projettent|jette|jettent|traine|trainent|tire|tirent|secoue|secouent|serre|serrent) (?:\w+ ){0,2}(?:contre le mur|contre la porte|contre un mur|par terre|au sol|dans le escalier|dans les escaliers|violemment|par les cheveux|par le bras|le cou|la gorge)\b",
      "vitale", "violence contre un proche", kind="violence_autre?", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:en jouant|pour jouer|pour rire|jeu|fauteuil|poussette|chariot|caddie|porte (?:ouverte|pour)|balancoire)\b"),
    R("g_sexual", r"\b(?:parties intimes|attouch\w*|la touche (?:partout|la ou|sous)|le touche (?:partout|la ou|sous)|me touche (?:partout|la ou|sous)|(?:vient|entre|rentre|se glisse|venait|entrait) dans (?:sa|ma|leur|son|mon) (?:chambre|lit|douche|bain)(?: \w+){0,2} (?:la nuit|le soir|quand (?:maman|sa mere|ma mere|personne) (?:est|ne est|dort))|(?:le|la|me|les) force a (?:le |la |se |me )?(?:toucher|deshabiller|coucher|embrasser)|(?:photos?|videos?) (?:de (?:elle|lui|moi) )?(?:nue?s?|denudee?s?)|se (?:deshabille|masturbe|exhibe) devant (?:elle|lui|moi|eux|les enfants))\b",
      "vitale", "violence sexuelle", kind="violence_autre?", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:toilette|soins|kine|medecin|pediatre|infirmiere|infirmier|change la couche|bain avec)\b"),
    R("g_fire_threat", r"\b(?:menace|menacent|menacait|a menace|veut|va) (?:de )?(?:mettre le feu|tout bruler|bruler la maison|nous bruler|me bruler|faire sauter)\b",
      "vitale", "menace d'incendie / violence", kind="violence?", negatable=True, fiction=True),
    R("g_hit_adv", r"\b(?:me|nous|le|la|les|lui) (?:a|ont|avait|avaient) (?:deja|encore|souvent|plusieurs fois|meme) (?:frappe\w*|battu\w*|cogne\w*|tape\w*|agresse\w*|etrangle\w*|blesse\w*|gifle\w*|pousse\w*)\b",
      "vitale", "violence", kind="violence?", negatable=True, fiction=True, past=True),
    R("g_predator", r"\b(?:photos?|videos?|images?) (?:degoutantes?|sexuelles?|pornographiques?|obscenes?|de son sexe|intimes)\b|\brencontre\w* (?:en ligne|sur internet|sur les reseaux|sur snap\w*|sur un site)\b(?: [\w,]+){0,8} (?:venir chez lui|le rejoindre|venir le voir|rendez vous|ce soir)\b",
      "vitale", "mise en danger sexuelle", kind="violence_autre?", negatable=True, fiction=True),
    R("g_neglect", r"\blaiss\w*(?: \w+){0,5} (?:dans|avec) (?:ses|son|sa|leurs|leur|mes|mon|ma) (?:couches?|protections?|draps|excrements|urine|selles|vomi)(?: \w+){0,1} (?:souille\w*|sales?|mouille\w*|pleines?|trempe\w*)?"
      r"|\b(?:couches?|protections?|draps) (?:souille\w*|pleines?) (?:depuis|toute la|pendant|des heures)\b",
      "vitale", "négligence grave", kind="violence_autre?", negatable=True, past=True),
]

# ----- medical: symptom families ---------------------------------------------------------------------------------------
MEDICAL_RULES = [
    R("g_blood_lot", r"\b(?:du |de le )?sang partout\b|\bplein de sang\b|\bbeaucoup de sang\b|\b(?:ca|il|elle|je) (?:saigne|coule|pisse le sang) (?:fort|beaucoup|partout|sans arret|et ca ne se arrete pas)\b|\bca ne arrete pas de saigner\b",
      "vitale", "urgence médicale: saignement", kind="medical?", negatable=True, past=True,
      exclude=r"\b(?:nez|regles|gencives?|film|jeu)\b"),
    R("g_intake_unresponsive", r"\b(?:alcool|cachets?|medicaments?|medocs?|drogue|drogues|somniferes?|produit|javel|pris (?:des|trop|plein))\b(?: [\w,]+){0,8} (?:ne )?(?:repond|reagit|bouge|se reveille|ouvre les yeux) (?:plus|pas)\b",
      "vitale", "urgence médicale: produit pris, ne répond plus", kind="autrui", negatable=False),
    R("g_unresponsive", r"\b(?:il|elle|mon \w+|ma \w+) (?:ne )?(?:repond|reagit|bouge) plus\b(?: [\w,]+){0,6} (?:par terre|au sol|inconscient\w*|respire|sang|tombe\w*|malaise|crise|yeux)\b",
      "vitale", "urgence médicale: ne répond plus", kind="medical?", negatable=False,
      exclude=r"\b(?:telephone|appels?|messages?|mails?|courriers?|sms|portable|depuis des (?:semaines|mois))\b"),
    R("g_other_self_harm", r"\bse (?:est|sont) (?:encore |de nouveau )?(?:taillade|tailladee|coupe|coupee|scarifie|scarifiee|brule|brulee|mutile|mutilee|entaille|entaillee)s?\b",
      "vitale", "automutilation d'un proche", kind="suicide", negatable=True, fiction=True, past=True,
      require=r"\b(?:bras|poignets?|veines|cuisses?|ventre|lame|rasoir|cutter|couteau|expres|volontairement|saigne|sang|recommence\w*)\b",
      exclude=r"\b(?:en cuisinant|en bricolant|en jardinant|en tombant|avec du papier|le doigt)\b"),
    R("g_overdose_other", r"\b(?:pris|avale|bu|ingurgite)\b(?: \w+){0,3} (?:beaucoup trop|trop|toute la boite|toute sa boite|toutes ses|tous ses|une boite)\b(?: [\w,]+){0,10} (?:toute? molle?|ne tient plus debout|ne (?:repond|reagit) plus|somnolente?|ne se reveille|inconscient\w*|vomit|respire mal|convuls\w*)\b",
      "vitale", "urgence médicale: surdose", kind="autrui", negatable=False),
    R("g_fever_signs", r"\b(?:40|41|quarante) (?:de fievre|degres)\b(?: [\w,]+){0,8} (?:delire|ne (?:me|nous|la|le) reconnait plus|confuse?|convuls\w*|ne repond plus|ne reagit plus|inconscient\w*)\b|\b(?:hyperreflexie|dysreflexie) autonome\b|\bcrise de (?:hyperreflexie|dysreflexie)\b",
      "vitale", "urgence médicale: fièvre avec signes graves", kind="medical?", negatable=False),
    R("g_blood", r"\b(?:vomit|vomis|vomi|crache|craches|crachait|vomissait|tousse) (?:du|de le|beaucoup de|plein de) sang\b|\bsang dans (?:ses|mes|les) (?:selles|vomissements|urines)\b|\bselles noires\b",
      "vitale", "urgence médicale: saignement", kind="medical?", negatable=True, past=True),
    R("g_meningitis", r"\b(?:fievre|temperature|40|41)\b(?: [\w,]+){0,8} (?:raideur (?:de la )?nuque|nuque raide|taches (?:violettes|rouges) qui ne (?:partent|disparaissent) pas|purpura|convulse\w*|ne se reveille|tres somnolente?|ne reagit (?:plus|pas))\b"
      r"|\b(?:raideur (?:de la )?nuque|nuque raide|purpura)\b(?: [\w,]+){0,8} fievre\b",
      "vitale", "urgence médicale: fièvre avec signes graves", kind="medical?", negatable=False),
    R("g_stroke", r"\b(?:bouche|visage|levre|figure) (?:de travers|tordue?|qui tombe|paralyse\w*|deformee?)\b"
      r"|\b(?:ne peut plus|ne arrive plus a|peut plus|arrive plus a) (?:bouger|lever) (?:le|son|sa|un|une) (?:bras|jambe|cote|main)\b"
      r"|\b(?:paralyse|paralysee) (?:de un cote|du cote|de tout un cote|du bras|de la jambe|de le bras)\b"
      r"|\b(?:parle|parlait) (?:bizarrement|de travers|plus normalement|avec difficulte)\b(?: \w+){0,4} (?:depuis|tout a coup|soudain|d un coup|de un coup|ce matin|a le instant|tout de suite|maintenant)\b"
      r"|\b(?:tout a coup|soudain|soudainement|de un coup|d un coup)(?: \w+){0,4} (?:ne parle plus|ne arrive plus a parler|mots incomprehensibles|ne trouve plus ses mots)\b",
      "vitale", "urgence médicale: signes d'AVC", kind="medical?", negatable=False, past=True,
      exclude=r"\b(?:depuis (?:des|plusieurs|\d+) (?:mois|ans|annees)|depuis (?:son|sa) (?:avc|naissance|accident)|sequelles|de naissance|toujours ete|kine|reeducation)\b"),
    R("g_allergy", r"\b(?:gorge|langue|visage|levres) (?:qui gonfle|gonfle|gonflee|gonflent|enfle|enflee)\b|\bse gonfle\b(?: \w+){0,3} (?:respire|gorge)\b|\b(?:piqure|piquee? par une guepe|allergie)\b(?: \w+){0,5} (?:gonfle|respire mal|ne respire|etouffe)\b",
      "vitale", "urgence médicale: allergie grave", kind="medical?", negatable=False, past=True),
    R("g_fever_baby", r"\b(?:bebe|nourrisson|bebe de \d+ mois)\b(?: \w+){0,6} (?:fievre|40|41)\b(?: \w+){0,6} (?:ne reagit|ne se reveille|mou|molle|convuls\w*|tache\w*|ne boit plus|respire mal)\b",
      "vitale", "urgence médicale: nourrisson", kind="autrui", negatable=False),
    R("g_diabetic", r"\b(?:diabetique|diabete|insuline)\b(?: \w+){0,8} (?:ne repond plus|ne reagit plus|tremble|transpire|sueurs|confus|confuse|inconscient|inconsciente|ne se reveille|plus de sucre|hypo)\b",
      "vitale", "urgence médicale: malaise diabétique", kind="medical?", negatable=False),
]

# ----- missing, shelter, carer leaving ------------------------------------------------------------------------------------
OTHER_RULES = [
    R("g_lost_self", r"\bje (?:ne )?(?:sais|sait|sai) (?:pas|plus) ou je (?:suis|me trouve)\b|\bje (?:suis|me suis) perdue?\b(?: [\w,]+){0,6} (?:nuit|seule?|batterie|telephone|froid|peur)\b",
      "vitale", "personne perdue, seule", kind="disparition", negatable=False,
      exclude=r"\b(?:dans (?:les|ces|mes) (?:papiers|demarches|dossiers)|perdu dans le dossier|administratif|mdph|caf|formulaire)\b"),
    R("g_dependent_alone", r"\b(?:est|reste|se retrouve) (?:tout |toute )?seule? (?:a la maison|au lit|chez (?:lui|elle|nous)|dans (?:son|sa) (?:lit|chambre|appartement|fauteuil))\b(?: \w+){0,2} (?:depuis (?:ce matin|hier|cette nuit|\d+ ?h|\d+ heures|des heures|ce midi)|ce soir|cette nuit|maintenant)\b",
      "vitale", "personne dépendante seule", kind="abandon", negatable=True,
      require=r"\b(?:lourdement|handicap\w*|polyhandicap\w*|dependant\w*|alzheimer|demence|charcot|sla|parkinson|myopathi\w*|paralyse\w*|alite\w*|ne peut pas (?:bouger|se lever|marcher)|ne peut pas rester seule?|grabataire|tetraplegi\w*|autiste|epilep\w*|non verbal\w*|urgences|hospitalise\w*)\b"),
    R("g_leave_now", r"\b(?:je pars|je me en vais|je vais partir|je quitte la maison|je la laisse|je le laisse|je les laisse)\b(?: [\w,]+){0,6} (?:je (?:la|le|les) laisse|je pars|je me en vais)\b",
      "vitale", "aidant sur le point de laisser la personne seule", kind="abandon", negatable=True,
      require=r"\b(?:ce soir|cette nuit|maintenant|tout de suite|aujourdhui)\b",
      exclude=r"\b(?:vacances|baby sitter|nounou|grand mere|grands parents|mamie|papi|garde|voisine? (?:la|le) garde|quelques minutes|courses|travail)\b"),
    R("g_sleep_outside", r"\b(?:dorm\w*|coucher|couch\w*|passer la nuit|passerai la nuit|passerons la nuit|passerai|passerons|vais passer la nuit)\b(?: \w+){0,2} (?:dehors|dans la rue|a la rue|dans (?:ma|la|notre|sa|une|leur|mon|un) (?:voiture|camion|tente|squat|cave|hall|parking)|sous un pont|sur un banc|a la gare|dans (?:la|une) gare|dans un parc)\b",
      "vitale", "dort dehors", kind="abri", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:pour (?:s amuser|se amuser|jouer|rire)|du jardin|dans le jardin|scouts?|camp|camping|bivouac|belle etoile|genial|super|trop bien|vacances|festival|colo|colonie|randonnee|rando|pique nique|chien|chat|si (?:on|je|nous)|peur de|risque de|pourrait|pourrions)\b"),
    R("g_missing", r"\b(?:on ne (?:le|la|les) (?:trouve|retrouve) (?:pas|plus)|on (?:le|la|les) cherche partout|je (?:le|la|les) cherche partout|impossible de (?:le|la|les) (?:trouver|retrouver|joindre)|introuvable|pas rentree?s? (?:depuis|de la nuit|cette nuit|hier)|ne est pas rentree?|nest pas rentree?|toujours pas rentree?|personne ne sait ou (?:il|elle) est|aucune nouvelle de (?:lui|elle|mon|ma))\b",
      "weak", "personne disparue", family="missing", negatable=False,
      require=r"\b(?:autis\w*|alzheimer|demence|handicap\w*|trisomi\w*|deficien\w*|desoriente\w*|confus|confuse|vulnerable|fragile|epilep\w*|diabet\w*|mineur|mineure|\d+ ans|fils|fille|frere|soeur|mere|pere|enfant|ado|grand mere|grand pere|papi|mamie|resident|residente|usager|usagere|ne parle pas|non verbal|non verbale|traitement|medicaments)\b"),
    R("g_shelter_tonight", r"\b(?:dehors|a la rue|sans toit|sans abri|sans endroit|nulle part)\b(?: \w+){0,4} (?:ce soir|cette nuit|des ce soir|a partir de ce soir)\b"
      r"|\b(?:ce soir|cette nuit)\b(?: \w+){0,5} (?:dehors|a la rue|dans la rue|dans (?:ma|la|notre) voiture|sans toit|nulle part|sur un banc|a la gare)\b"
      r"|\b(?:pas|aucun|plus|rien) (?:de |d )?(?:endroit|lieu|toit|logement|hebergement|place|chambre|solution)(?: \w+){0,2} (?:pour|ou) (?:dormir|passer la nuit|me loger|nous loger|dormir ce soir|la nuit)\b(?: \w+){0,3} (?:ce soir|cette nuit)\b"
      r"|\b(?:mis|mise|mises|mis|jete|jetee|jetes|vire|viree|vires|virees) (?:a la porte|dehors)\b(?: \w+){0,6} (?:ce soir|cette nuit|aujourdhui|ce matin|a le instant|tout a le heure|maintenant)\b"
      r"|\b(?:ce soir|cette nuit|aujourdhui|ce matin|a le instant|tout a le heure)\b(?: \w+){0,6} (?:mis|mise|jete|jetee|vire|viree) (?:a la porte|dehors)\b",
      "vitale", "pas d'endroit pour dormir ce soir", kind="abri", negatable=True, fiction=True,
      exclude=r"\b(?:scouts?|camp|camping|bivouac|belle etoile|genial|super|trop bien|nuit des etoiles|jouer|joue|sortie|sortir|promenade|balade|fete|soiree|resto|restaurant|camping|concert|feu de artifice|diner|chat|chien|poubelles?|velo|manger dehors|dehors (?:avec|pour) (?:les|mes|ses) (?:amis|copains))\b"),
    R("g_carer_leaving", r"\b(?:je|on)(?: \w+){0,2} (?:pars|part|vais partir|me en vais|vais me en aller|quitte la maison|claque la porte|me casse|vais disparaitre)\b(?: \w+){0,8} (?:ce soir|cette nuit|maintenant|tout de suite|aujourdhui|demain matin|dans une heure)\b(?: \w+){0,8} (?:seul|seule|seuls|seules|se debrouille\w*|laisse\w*|abandonne\w*)\b"
      r"|\b(?:je|on)(?: \w+){0,2} (?:laisse|vais laisser|vais le laisser|vais la laisser|le laisse|la laisse|les laisse)\b(?: \w+){0,4} (?:seul|seule|seuls|tout seul|toute seule)\b(?: \w+){0,4} (?:ce soir|cette nuit|maintenant|tout de suite|aujourdhui|des ce soir|pour de bon|et je pars|et je me en vais|je me en vais|je pars)\b",
      "vitale", "aidant sur le point de laisser la personne seule", kind="abandon", negatable=True,
      require=r"\b(?:fils|fille|enfant|mere|pere|mari|femme|frere|soeur|lui|elle|eux|handicap\w*|autis\w*|polyhandicap\w*|alzheimer|depend\w*|le|la|les)\b",
      exclude=r"\b(?:quelques minutes|cinq minutes|dix minutes|une heure pour|le temps de|pour aller|courses|travail|boulot|rendez vous|garderie|creche|ecole|chez sa grand mere|chez mamie|baby sitter|nounou|assistante|voisine le garde|ma soeur le garde)\b"),
]

HAUTE_RULES = [
    R("g_end_of", r"\b(?:supprime|a supprime|ont supprime|va supprimer|met|mettent|va mettre|vont mettre|a mis|ont mis|mettra|mettront|arrete|arretent|va arreter|vont arreter|a arrete|ont arrete|stoppe|stoppent|interrompt|interrompent|suspend|suspendent|a suspendu|ont suspendu|rompt|rompent|a rompu|ont rompu) (?:fin a |un terme a )?(?:la|le|sa|son|ma|mon|leur|notre|les|ses|mes) (?:service|periode de essai|contrat|stage|accompagnement|prise en charge|scolarisation|accueil|suivi|placement|mesure|intervention|aide|aides|allocation|versement|versements|droits|convention|apprentissage|formation|hebergement|bail)\b",
      "haute", "fin de l'accompagnement", flag="fin_accompagnement", negatable=True,
      exclude=r"\b(?:si (?:il|elle|on|je)|peur que|au cas ou|comment|est ce que)\b"),
]

SERVICE = alt("savs", "sessad", "samsah", "ssiad", "had", "ime", "esat", "foyer", "gem", "cmp", "cmpp", "camsp", "hopital de jour", "accueil de jour",
              "suivi", "accompagnement", "prise en charge", "contrat", "place", "taxi", "transport", "aide a domicile", "auxiliaire",
              "auxiliaire de vie", "infirmiere", "infirmier", "educ", "educateur", "educatrice", "aesh", "avs", "kine", "psychiatre",
              "psy", "medecin", "curateur", "curatrice", "tuteur", "tutrice", "mandataire", "assistante sociale", "hebergement",
              "chantier de insertion", "stage", "formation", "internat", "famille de accueil", "mesure", "mission locale", "service")
HAUTE_RULES += [
    R("g_refused_enrol", r"\b(?:refuse|refusent|a refuse|ont refuse|refus de) (?:la |sa |son |le )?(?:reinscription|inscription|admission|scolarisation|renouvellement|reintegration|retour)\b",
      "haute", "exclusion", flag="exclusion", negatable=True),
    R("g_carer_treatment", r"\bje (?:commence|vais commencer|dois commencer|entre|vais entrer|dois entrer|pars|vais partir) (?:une |un |en |a le |la )?(?:chimio\w*|radiotherapie|dialyse|cure|hospitalisation|hopital|operation|reeducation)\b",
      "haute", "aidant bientôt hospitalisé", flag="aidant_epuise", negatable=True,
      require=r"\b(?:me occupe|me en occupe|seule? a|aidant\w*|ne peut pas rester seule?|personne pour|qui va|garder)\b"),
    R("g_carer_body", r"\b(?:ne )?(?:arrive|arrivons|peux|pouvons) plus a (?:le |la |les )?(?:porter|soulever|lever|laver|coucher|transferer|doucher|habiller)\b|\b(?:ne )?(?:arrive|peux|pouvons) plus (?:le |la |les )?(?:porter|soulever|lever)\b",
      "haute", "aidant qui ne peut plus faire face", flag="aidant_epuise", negatable=False),
    R("g_service_ends", r"\b" + SERVICE + r"\b(?: \w+){0,7} (?:arrete (?:a la fin|le|de venir|en|fin)|va arreter|arretera|se arrete|se arretera|va se arreter|se termine|se terminera|prend fin|prendra fin|ce est fini|ce sera fini|finit|finira|ferme (?:et|definitivement|en|a la fin|le mois|bientot|ses portes)|fermera|va fermer|part|va partir|repond plus|ne repond plus|vient plus|viens plus|viendra plus|passe plus|passera plus)\b",
      "haute", "fin de l'accompagnement", flag="fin_accompagnement", negatable=True,
      exclude=r"\b(?:si (?:il|elle|on|je)|peur que|au cas ou|est ce que|vacances (?:scolaires|de ete)|pour les vacances|le vendredi|le mercredi|le week end|ce est fini pour aujourdhui|a 17 ?h|a 16 ?h|a 18 ?h|pour la journee)\b"),
    R("g_no_longer_keep", r"\b(?:ne )?(?:me|le|la|les|nous) (?:garde|gardera|garderont|gardent|prend|prendra|prennent|accueille|accueillera|accueillent|suit|suivra|suivent|veut|veulent|veux|accepte|acceptera|acceptent) plus\b"
      r"|\b(?:ne )?(?:veut|veux|veulent) (?:plus|pas) de (?:moi|nous|lui|elle|eux)\b",
      "haute", "exclusion", flag="exclusion", negatable=False,
      require=r"\b(?:ecole|college|lycee|classe|creche|ime|esat|foyer|etablissement|structure|service|sessad|itep|internat|travail|formation|stage|hopital|clinique|cmp|club|centre|mas|fam|ehpad|residence|patron|employeur|entreprise|famille de accueil|accueil de jour|savs|samsah|gem)\b",
      exclude=r"\b(?:copain|copine|amoureux|amoureuse|petit ami|petite amie|ma soeur ne veut plus jouer)\b"),
    R("g_told_to_leave", r"\b(?:me|nous|le|la|les) (?:dit|demande|a dit|a demande|ont dit|ont demande|disent|demandent) de (?:partir|quitter|faire (?:mes|nos|ses) valises|trouver autre chose|debarrasser)\b"
      r"|\b(?:mettre|met|mettent|jeter|jette|virer|vire) (?:me |nous |le |la |les )?(?:dehors|a la porte)\b(?: \w+){0,3} (?:dans \d+ jours?|dans (?:une|deux|quinze) (?:jours?|semaines?)|a la fin du mois|fin du mois|le \d+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|bientot|la semaine prochaine)\b",
      "haute", "expulsion", flag="expulsion", negatable=True,
      exclude=r"\b(?:du cours|de la classe|de la salle|reunion)\b"),
    R("g_carer_away", r"\b(?:ma mere|maman|mon pere|papa|ma femme|mon mari|mon conjoint|ma conjointe|ma soeur|mon frere|ma grand mere|mon grand pere|mon aidant|mon aidante)\b(?: \w+){0,2} (?:va|doit|vont|part|partira|rentre|entre) (?:a le hopital|etre hospitalise\w*|etre opere\w*|en maison de retraite|en ehpad|en prison|a le etranger|en cure|en reeducation)\b",
      "haute", "aidant bientôt absent", flag="aidant_epuise", negatable=True,
      require=r"\b(?:qui fait tout|qui (?:me|le|la|les) (?:aide|garde|gere|soigne)|qui se occupe|qui me occupe|se occupe de moi|fait tout pour|personne (?:pour|ne)|qui va|seule?|tout seul|toute seule|besoin de|aide)\b"),
    R("g_no_money", r"\b(?:je ai|on a|il a|elle a|nous avons|je ai) (?:plus|pas|rien) (?:de |d )?(?:argent|sous|ressources|revenus?)\b(?: \w+){0,3} (?:depuis|pour|ce mois)\b"
      r"|\b(?:pas pu|peux pas|plus pu|ne arrive plus a) payer (?:le|mon|notre) loyer\b",
      "haute", "droits coupés / plus de ressources", flag="droits_coupes", negatable=False),
    R("g_no_treatment", r"\b(?:plus|pas|aucun) (?:de |mon |son |sa |ma )?(?:traitement|medicaments|medocs|insuline|injection|piqure)s? depuis (?:\d+|deux|trois|quatre|cinq|plusieurs|une) (?:jours?|semaines?)\b",
      "haute", "rupture de traitement", flag="fin_accompagnement", negatable=False),
    R("g_equipment_broken", r"\b(?:fauteuil|fauteuil roulant|fauteuil electrique|respirateur|lit medicalise|verticalisateur|appareil|deambulateur|prothese|leve personne)\b(?: \w+){0,2} (?:est |sont )?(?:casse|cassee|en panne|hs|ne marche plus|ne fonctionne plus)\b(?: [\w,]+){0,8} (?:plus sortir|bloque\w*|coince\w*|depuis|sans)\b",
      "haute", "matériel vital en panne", flag="sans_solution", negatable=True),
    R("g_lose_both", r"\bperd\w* (?:mon|ma|son|sa|notre|leur) (?:\w+ et (?:mon|ma|son|sa|notre) )?(?:logement|appartement|appart|maison|hebergement)\b",
      "haute", "perte du logement", flag="expulsion", negatable=True),
]

# ----- round 3: danger told by a third party (professional, neighbour) and danger in English / Spanish ----------------
VULNERABLE = r"\b(?:autis\w*|alzheimer|demence|dementia|handicap\w*|polyhandicap\w*|trisomi\w*|deficien\w*|desoriente\w*|confus|confuse|vulnerable|fragile|epilep\w*|diabet\w*|mineur\w*|aveugle|canne blanche|ce annee blanches?|ne parle pas|non verbal\w*|grabataire|disability|disabled|discapacidad|autismo|eleve|enfant|resident\w*|usager\w*|patiente?)\b"
THIRD_RULES = [
    R("g3_marks", r"\b(?:marques?|traces?|bleus|hematomes?|ecchymoses?|brulures?|zebrures?) (?:de |des )?(?:coups|ceinture|ceinturon|cigarettes?|strangulation|doigts|morsures?|fouet|cable|baton)\b"
      r"|\b(?:oeil au beurre noir|coquard|cocard|levre fendue|arcade ouverte)\b(?: [\w,]+){0,8} (?:papa|maman|son pere|sa mere|son beau pere|sa belle mere|ses parents|son frere|le educateur|un adulte|on le a|on la a|frappe\w*|tape\w*|coups?)\b"
      r"|\b(?:couverte?s? de|plein de|pleine de) (?:bleus|hematomes|ecchymoses)\b|\bdes (?:bleus|hematomes|ecchymoses) (?:partout|sur (?:le|les|la|son|sa|ses) (?:visage|bras|cou|dos|jambes|corps|fesses|cuisses|ventre|joues?))\b",
      "vitale", "traces de coups sur une personne", kind="violence_autre?", negatable=True, fiction=True,
      exclude=r"\b(?:formation|prevention|sensibilisation|comment (?:reconnaitre|reperer)|en tombant|chute|velo|sport|match|foot|equipe de france|il y a (?:\d+|deux|trois|quelques) (?:ans|mois))\b"),
    R("g3_ledge", r"\b(?:assise?|debout|penchee?|monte|montee|grimpe|grimpee|accroupie?|installee?) (?:sur|a) (?:le )?(?:rebord|garde corps|parapet|bord)(?: (?:de|du|de le|de la|des))? (?:son |sa |la |le |du |un |une )?(?:balcon|fenetre|toit|pont|viaduc|terrasse)\b"
      r"|\b(?:sitting|standing) on (?:the )?(?:edge|ledge|railing) of\b",
      "vitale", "personne au bord du vide", kind="suicide", negatable=False, fiction=True),
    R("g3_wander_road", r"\b(?:erre|errait|errant|errante|deambule|deambulait|marche|marchait|se promene|traverse|est descendue?|descendu|descendue|wandering|walking|deambulando|caminando)\b(?: [\w,]+){0,3} (?:sur|le long de|le long des|au milieu de|entre|on|along|in the middle of|por|en medio de) (?:la |les |le |une |the |a |la )?(?:main |busy )?(?:route|routes|nationale|departementale|autoroute|chaussee|periph\w*|voie|voies|rails|voie ferree|road|highway|motorway|street|railway|tracks|carretera|autopista|vias)\b",
      "vitale", "personne vulnérable sur une route ou des voies", kind="disparition", negatable=True,
      require=VULNERABLE + r"|\b(?:nuit|nightgown|pyjama|chemise de nuit|voitures|cars|coches|perdue?|lost|perdida|seule?|alone|sola|solo)\b",
      exclude=r"\b(?:trottoir|pieton|passage pieton|avec (?:moi|nous|son educateur|sa mere)|randonnee|balade|promenade prevue)\b"),
    R("g3_gone_alone", r"\b(?:est |etait )?(?:partie?|sortie?|parti|sorti|fugue|fuguee|enfui|enfuie|echappe|echappee) (?:toute? )?seule?(?: [\w,]+){0,4} (?:a pied|de nuit|dans la nuit|en pleine nuit|sans (?:son|sa|ses) (?:telephone|traitement|manteau))\b",
      "vitale", "personne vulnérable partie seule", kind="disparition", negatable=True,
      require=r"\b(?:ne connait pas (?:la route|le chemin)|jamais seule?|ne sait pas (?:lire|traverser|se reperer)|introuvable|pas arrivee?|ne etait pas a|personne ne sait|desoriente\w*|perdue?)\b"),
    R("g3_last_letter", r"\b(?:ce est|voici|voila|this is) (?:ma|mon|my) (?:derniere lettre|dernier message|derniere message|lettre de adieu|last letter|last message|goodbye letter)\b|\b(?:lettre|message|mail) de adieu\b",
      "vitale", "lettre d'adieu", kind="suicide", negatable=True, fiction=True),
    R("g3_weapon_photo", r"\b(?:photo|photos|image|video|selfie) (?:de |d )?(?:une |un |son |sa |ses |des )?(?:arme|armes|fusil|pistolet|revolver|couteau|gun|knife)\b"
      r"|\b(?:va|vais|vont|compte|veut) se en servir(?: \w+){0,2} contre\b",
      "vitale", "arme / menace", kind="violence?", negatable=True, fiction=True,
      require=r"\b(?:se en servir|contre|tuer|demain|ce soir|menace\w*|harcel\w*|vengeance|venger|kill|shoot|tirer)\b",
      exclude=r"\b(?:jeu video|jeux video|fortnite|film|musee|exposition|chasse autorisee|club de tir)\b"),
    R("g3_leaves_dependent", r"\b(?:laisse|va laisser|a laisse|laissera) (?:son|sa|ses|le|la|les) (?:\w+ ){0,3}(?:seul|seule|seuls|seules)\b",
      "vitale", "aidant qui laisse la personne seule", kind="abandon", negatable=True,
      require=r"\b(?:ne rentrera pas|ne rentre pas|ce soir|cette nuit|est partie?|pour de bon)\b",
      after_exclude=r"^ (?:quelques|cinq|dix|une heure|le temps)",
      exclude=r"\b(?:quelques minutes|le temps de|courses|baby sitter|nounou)\b"),
    R("g3_alone_unable", r"\b(?:est|reste|se retrouve) (?:tout |toute )?seule? (?:dans (?:son|sa) (?:lit|fauteuil|chambre)|a la maison|chez (?:lui|elle))\b(?: [\w,]+){0,8} (?:ne peut pas (?:bouger|se lever|marcher|manger)|personne de autre|personne pour)\b",
      "vitale", "personne dépendante seule", kind="abandon", negatable=True),
    R("g3_on_floor", r"\b(?:allonge|allongee|couche|couchee|etendu|etendue|effondre|effondree|gisant|gisante|inanime|inanimee|recroqueville|recroquevillee)s? (?:sur le sol|sur le carrelage|par terre|au sol|a terre|dans la baignoire|dans la douche|dans le couloir|dans les escaliers)\b(?: [\w,]+){0,8} (?:ne (?:repond|reagit|bouge|respire) (?:plus|pas)|inconscient\w*|sang|ne ouvre pas les yeux|depuis)\b",
      "vitale", "urgence médicale: personne au sol", kind="medical?", negatable=False,
      exclude=r"\b(?:crise de colere|joue|jouer|jouent|tapis|puzzle|lego|dessine|sieste|relaxation|yoga|exercices?|kine\w*|gym|sport|etirements|pour se calmer|quand (?:il|elle) est|chaque fois|souvent|parfois)\b"),
    R("g3_third_unresponsive", r"\b(?:le|la|ce|cette|cet|notre|un|une|mon|ma|son|sa) " + THIRD_NOUNS + r"(?: \w+){0,6} ne (?:bouge (?:plus|pas)|reagit (?:plus|pas)|repond plus|respire plus)\b(?! assez| beaucoup| souvent| trop| bien| de| du| sans| quand| en| aux?| a)",
      "vitale", "urgence médicale: ne répond plus", kind="medical?", negatable=False,
      exclude=r"\b(?:telephone|appels?|messages?|mails?|courriers?|sms|tel|portable|prenom|quand on|consignes|questions|au courrier|a mes|a nos|aux relances|depuis des semaines|depuis des mois|depuis \d+ (?:semaines|mois)|dossier|traitement|au traitement|convocations?|relances?)\b"),
    R("g3_door_moaning", r"\bne (?:repond|ouvre) (?:pas|plus)\b(?: [\w,]+){0,10} (?:gemir|gemit|gemissements?|appeler a le aide|appelle a le aide|bruit de chute|un grand bruit|entends tomber)\b",
      "vitale", "personne qui ne répond pas et appelle", kind="autrui", negatable=False,
      exclude=r"\b(?:telephone|portable|tel|appels|mails?|messages?|sms|courriers?)\b"),
    R("g3_kill_other", r"\b(?:va|vais|allait|veut|voulait|compte|menace de|a menace de|parle de|dit que il va|dit que elle va) (?:tuer|poignarder|egorger|buter|planter|etrangler|tirer sur|bruler|massacrer) (?:son|sa|ses|le|la|les|un|une|ce|cette|mon|ma|mes|tout le monde|des)(?: \w+)? (?:" + THIRD_NOUNS[3:-1] + r"|educateurs?|educatrices?|educ|prof|profs|professeurs?|camarades?|enseignante?s?|maitresse|famille|parents|collegues?|surveillants?|monde)\b",
      "vitale", "menace de tuer quelqu'un", kind="violence?", negatable=True, fiction=True,
      exclude=r"\b(?:en rigolant|en riant|pour rire|blague|mdr|lol|quand (?:il|elle) (?:verra|saura|va voir)|si (?:il|elle|je) (?:voit|sait|rate)|bulletin|mes notes|ses notes|jeu video|fortnite|minecraft)\b"),
    R("g3_weapon_brought", r"\b(?:apporte|amene|ramene|cache|sorti|montre|brandi|brandit|sort|cachait) (?:un|une|son|sa|des|ses) (?:couteau|couteaux|arme|armes|pistolet|fusil|cutter|lame|machette|hache)\b",
      "vitale", "arme / menace", kind="violence?", negatable=True, fiction=True,
      require=r"\b(?:menace\w*|tuer|contre|blesser|frapper|poignard\w*|peur|planter|se venger)\b",
      exclude=r"\b(?:cuisine|cuisiner|couverts|pique nique|atelier|jouet|en plastique|deguisement|fortnite|jeu)\b"),
    R("g3_threat_jump", r"\b(?:menace|menacait|a menace|parle|dit|a dit|crie) (?:de |que il va |que elle va )?(?:sauter|se jeter|se tuer|se suicider|se pendre|se ouvrir les veines|passer par la fenetre|en finir)\b|\b(?:threatens|threatening|says he will|says she will|wants) to (?:jump|kill (?:himself|herself))\b",
      "vitale", "menace de se tuer", kind="suicide", negatable=True, fiction=True,
      exclude=r"\b(?:en rigolant|pour rire|de joie|le pas|en parachute|a la corde|trampoline|piscine|en finir avec (?:ce|ces|le|la|les))\b"),
    R("g3_not_fed", r"\b(?:pas|plus|jamais|rien) (?:ete |a ete |ne a ete )?(?:nourrie?s?|alimentee?s?|changee?s?|lavee?s?|mange|bu)\b(?: \w+){0,2} depuis (?:\d+|deux|trois|quatre|plusieurs|hier|avant hier|des jours|ce week end)\b|\b(?:not been fed|hasn t been fed|haven t been fed|not fed|no le dan de comer)\b",
      "vitale", "privation / négligence", kind="violence_autre?", negatable=False,
      exclude=r"\b(?:ramadan|jeune|jeuner|regime|avant (?:la|le|son|sa) (?:operation|examen|anesthesie|prise de sang)|a jeun)\b"),
    R("g3_not_fed_now", r"\b(?:ne (?:est|sont|etait|etaient) (?:pas|plus|jamais) (?:assez )?(?:nourrie?s?|alimentee?s?))\b",
      "vitale", "privation / négligence", kind="violence_autre?", negatable=False,
      exclude=r"\b(?:sonde|gastrostomie|biberon|sein|allait\w*|regime|par voie|croissance|ramadan)\b"),
    R("g3_on_rails", r"\b(?:est|sont|reste|restent|se tient|assise?|debout|allongee?|couchee?|marche) (?:sur|entre|le long des|au milieu des) (?:les |la )?(?:rails|voies|voie ferree|parapet)\b",
      "vitale", "personne sur les voies", kind="disparition", negatable=True,
      require=VULNERABLE + r"|\b(?:ne veut pas (?:descendre|revenir|partir)|refuse de (?:descendre|revenir|partir)|menace|desoriente\w*|perdue?|crise)\b",
      exclude=r"\b(?:quai|billet|horaires|retard|modelisme|maquette|train electrique)\b"),
    R("g3_lost_other", r"\b(?:il|elle) ne (?:sait|savait) (?:plus|pas) ou (?:il|elle) (?:est|etait|habite|se trouve)\b",
      "vitale", "personne perdue, désorientée", kind="disparition", negatable=False,
      require=r"\b(?:dehors|nuit|rue|route|seule?|perdue?|chemise de nuit|pyjama|\d+ ?h du matin|du matin|retrouvee?|errait|erre|fugue\w*)\b",
      exclude=r"\b(?:dans (?:ses|les|le) (?:papiers|dossier|demarches)|administrati\w*|dans le planning|dans le emploi du temps)\b"),
    # English
    R("g3_en_floor", r"\b(?:lying|collapsed|laying|lies|fell|fallen) (?:on|onto|to) (?:the|his|her|their) (?:\w+ )?(?:floor|ground)\b|\b(?:not moving(?! forward| on\b| ahead| out| house| in\b| to)|not responding(?! to)|unresponsive|won t respond|isn t breathing|is not breathing|stopped breathing|passed out|having a seizure|is seizing)\b",
      "vitale", "urgence médicale (anglais)", kind="autrui", negatable=False, fiction=True,
      exclude=r"\b(?:when|whenever|every time|each time|often|sometimes|during class|how (?:can|do|should) (?:i|we)|meltdowns?|overwhelmed)\b"),
    R("g3_en_fall", r"\b(?:fell|fallen|collapsed)\b(?: \w+){0,4} can ?t get (?:up|herself up|himself up)\b|\b(?:can ?t|cannot) get (?:herself|himself) up\b|\bon the (?:floor|ground)\b(?: \w+){0,4} (?:blood|bleeding|not moving|unconscious|won t wake|can ?t get up|not breathing)\b",
      "vitale", "urgence médicale: chute (anglais)", kind="autrui", negatable=False, fiction=True),
    R("g3_en_kill_threat", r"\b(?:threaten\w*|going|wants|want|says (?:he|she|they) (?:will|is going)|tried|trying) to (?:kill|stab|shoot|strangle|hurt|beat) (?:him|her|them|me|us|everyone|someone|(?:his|her|my|the|their|our) (?:brother|sister|mother|mum|mom|father|dad|wife|husband|son|daughter|teacher|staff|classmates?|family|neighbou?r|carer|girlfriend|boyfriend|partner|child|children|kids?|baby|friend|friends))\b|\b(?:with|has|holding|grabbed) (?:a|his|her) (?:knife|gun)\b(?: \w+){0,4} (?:threat\w*|kill|stab|shoot|hurt)\b",
      "vitale", "menace / violence (anglais)", kind="violence?", negatable=True, fiction=True,
      exclude=r"\b(?:joking|kidding|game|video game|fortnite|movie|film)\b"),
    R("g3_es_missing", r"\b(?:se (?:ha |)(?:escapado|escapo|fugado|fugo|perdido|perdio)|ha desaparecido|desaparecio|no (?:lo|la|los|las) (?:encontramos|encuentro|encontramos|hemos encontrado)|no aparece|no ha vuelto(?! a)|no ha regresado(?! a))\b",
      "vitale", "personne disparue (espagnol)", kind="disparition", negatable=False,
      require=r"\b(?:autis\w*|discapacidad|alzheimer|demencia|nino|nina|menor|noche|\d+ anos|epilep\w*|no habla|hijo|hija|abuel[oa]|madre|padre)\b",
      exclude=r"\b(?:papeles|tramites|formularios?|expediente|mdph|documentos|clase|explicacion|conversacion)\b"),
    R("g3_en_wander", r"\b(?:wandering|walking) (?:on|along|in) (?:the )?(?:main |busy )?(?:road|highway|motorway|street|railway|tracks)\b",
      "vitale", "personne vulnérable sur la route", kind="disparition", negatable=True),
    R("g3_en_violence", r"\b(?:lock|locks|locked|locking) (?:her|him|them|me|us) (?:in|up)\b|\b(?:don t|do not|doesn t|does not|never) (?:give|feed) (?:her|him|them|me|us)(?: \w+){0,2} (?:dinner|food|meals?|anything to eat|water|medication)\b"
      r"|\b(?:he|she|they|staff|son|father|husband|mother) (?:hits|beats|hit|beat|punches|slaps|kicks|is hitting|is beating|threatened|threatens|attacked) (?:her|him|them|the child|the boy|the girl)\b"
      r"|\b(?:marks|bruises|burns) (?:of|from) (?:a )?(?:belt|blows|beating|cigarette)\b|\bphoto of a (?:gun|knife|weapon)\b",
      "vitale", "violence / privation (anglais)", kind="violence_autre?", negatable=False, fiction=True),
    R("g3_en_suicide", r"\b(?:kill (?:myself|himself|herself)|end (?:my|his|her) life|commit suicide|suicidal|took an overdose|overdosed|has a plan (?:for tonight|to die)|plan for tonight|burden to everyone|better off without (?:me|her|him))\b",
      "vitale", "mots de danger (anglais)", kind="suicide", fiction=True, negatable=True,
      exclude=r"\b(?:prevention|training|awareness|film|movie|book|course|workshop)\b"),
    R("g3_foreign_means", r"\b(?:pills|tablets|rope|gun|knife|blade|razor|pastillas|cuerda|pistola|cuchilla)\b(?: \w+){0,2} (?:ready|saved|stockpiled|hidden|with me|in my (?:bag|pocket|hand)|preparadas?|guardadas?|escondidas?)\b"
      r"|\b(?:bought|got|have|saved|hid|tengo|compre|guarde) (?:a |some |all my |my |the |una |unas |mis |las )?(?:rope|gun|pills|tablets|cuerda|pistola|pastillas)\b",
      "weak", "moyen (autre langue)", family="means", negatable=True),
    R("g3_en_distress", r"\bi can ?t (?:go on|take (?:it|this) anymore|do this anymore)\b|\bno puedo mas\b|\bya no puedo\b",
      "weak", "détresse (autre langue)", family="distress", negatable=False),
    # Spanish
    R("g3_es_medical", r"\b(?:convulsionando|convulsiona|esta convulsionando|no reacciona(?! a| al| ante| bien| mal| como| cuando)|no responde(?! a| al| ante| bien| mal| como| cuando)|no respira|se desmayo|tirad[oa] en el suelo|en el suelo (?:desde|y no|sin))\b",
      "vitale", "urgence médicale (espagnol)", kind="autrui", negatable=False, fiction=True),
    R("g3_es_violence", r"\b(?:le|la|lo|les|me|nos) (?:pega|pegan|golpea|golpean|encierra|encierran|amenaza|amenazan|amenazo|maltrata|maltratan|viola)\b|\bamenazo (?:ce on|con) un (?:cuchillo|arma|pistola)\b|\b(?:no le dan|no me dan) de comer\b",
      "vitale", "violence (espagnol)", kind="violence_autre?", negatable=False, fiction=True),
    R("g3_es_suicide", r"\b(?:me voy a matar|me quiero matar|voy a matarme|suicidarme|se quiere matar|se va a matar|quiere morir|se corta (?:los|las|el|la) (?:brazos|piernas|munecas|brazo)|cortes nuevos|acabar con mi vida)\b",
      "vitale", "mots de danger (espagnol)", kind="suicide", negatable=False, fiction=True,
      exclude=r"\b(?:prevencion|formacion|pelicula|libro|taller)\b"),
]

# ----- round 3: ruptures told by professionals (haute) ----------------------------------------------------------------
SOON = r"(?:a partir de|des|le mois prochain|la semaine prochaine|dans (?:\d+|un|une|deux|trois|quatre|huit|dix|quinze) (?:jours?|semaines?|mois)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d+|le 1er|fin du mois|a la fin du mois|bientot|demain)"
HAUTE_RULES += [
    R("g3_cannot_anymore", r"\b(?:ne )?(?:pourra|pourrons|pourront|pourrai|pourrez|pouvons|peut|peuvent) plus (?:le |la |les |lui |leur |nous |me )?(?:accueillir|manger|payer|venir|assurer|suivre|garder|prendre en charge|intervenir|scolariser|aller|heberger|loger|financer|accompagner|recevoir|passer)\b(?: [\w,]+){0,10} " + SOON + r"\b"
      r"|\b(?:devons|doit|doivent|allons|va|vont) (?:arreter|suspendre|interrompre|stopper|cesser) (?:les|nos|ses|leurs|le|la|son|sa|notre) (?:passages|interventions|visites|suivi|accompagnement|prise en charge|soins|accueil|aide)\b",
      "haute", "fin de l'accompagnement annoncée", flag="fin_accompagnement", negatable=True,
      exclude=r"\b(?:si (?:il|elle|on|je|nous)|peur que|au cas ou|est ce que|vacances|pendant les vacances|ferie|car (?:il|elle|je|nous) (?:commence|prefere|a trouve|demenage)|parce que (?:il|elle|je|nous) (?:commence|prefere|a trouve|demenage)|judo|atelier|loisirs?|activite)\b"),
    R("g3_will_lose", r"\b(?:va|vont|risque de|risquent de|allons|vais) (?:perdre|se retrouver sans) (?:son|sa|ses|leur|leurs|mon|ma|mes|notre) (?:allocation|allocations|aah|ressources|revenus?|place|emploi|travail|logement|droits|aide|aides|pch|hebergement|bourse|mutuelle)\b"
      r"|\b(?:va|vont|vais) etre (?:expulse|expulsee|expulses|licencie|licenciee|exclu|exclue|exclus|renvoye|renvoyee|desinscrit\w*|reloge\w* (?:en|a le|dans un) hotel)\b"
      r"|\b(?:a|ont) ete (?:exclu|exclue|exclus|renvoye|renvoyee|expulse|expulsee|mis a la porte|mise a la porte)\b"
      r"|\b(?:will be|is going to be|are going to be|has been|got) (?:evicted|expelled|excluded|fired|kicked out|discharged)\b|\b(?:va a (?:ser|sert)|van a (?:ser|sert)|sera|ha sido) (?:desalojad\w*|desahuciad\w*|expulsad\w*|despedid\w*)\b",
      "haute", "rupture annoncée (expulsion, exclusion, perte de droits)", flag="expulsion", negatable=True,
      exclude=r"\b(?:si (?:il|elle|on|je)|peur que|au cas ou|est ce que|il y a (?:\d+|deux|trois) ans|de la classe pour|du cours)\b"),
    R("g3_no_relay", r"\b(?:aucun|aucune|pas de|sans|personne pour|nothing|no one|nadie|ningun|ninguna) (?:relais|autre (?:mode de garde|ressource|solution|hebergement|logement|aidant)|reclassement|service ne est en place|solution de garde|is lined up|to take over|relevo)\b|\baucun (?:service|relais|accompagnement|suivi) (?:ne est |ne a ete |nest )?(?:en place|prevu|trouve|propose)\b",
      "haute", "aucun relais", flag="sans_solution", negatable=False),
    R("g3_carer_cannot", r"\b(?:qui|elle|il) ne (?:y|en) (?:arrive|peut) plus\b(?: [\w,]+){0,6}$|\bgrand mere de (?:8\d|9\d|7\d) ans qui ne y arrive plus\b",
      "haute", "aidant qui n'y arrive plus", flag="aidant_epuise", negatable=False,
      require=r"\b(?:grand mere|grand pere|mere|pere|aidant\w*|epouse|mari|s occupe|se occupe|vit chez|garde|85|80|90 ans)\b"),
    R("g3_cut_planned", r"\bcoupure (?:de |d )?(?:electricite|courant|gaz|eau|chauffage)\b(?: \w+){0,3} (?:programmee|prevue|annoncee|dans|le|a partir)\b|\b(?:mutuelle|assurance|aah|allocation|pch|rsa) (?:a ete |est |va etre )?(?:resiliee?|coupee?|suspendue?|supprimee?)\b",
      "haute", "droits coupés", flag="droits_coupes", negatable=True,
      exclude=r"\b(?:car (?:je|il|elle|nous|on) (?:ai|a|avons) (?:pris|trouve|choisi|change)|meilleure|moins chere|changer de mutuelle|comment declarer)\b"),
    R("g3_leaves_care", r"\bsort de le (?:ase|aide sociale a le enfance|foyer|mecs|hopital|internat)\b(?: \w+){0,3} " + SOON + r"\b|\bpas de contrat jeune majeur\b",
      "haute", "sortie de dispositif sans suite", flag="fin_accompagnement", negatable=True),
]

# ----- round 7 (2026-12-04): the misses of heldout15 to heldout19 after their first looks, as families ---------------
VULNERABLE_SELF = r"\bje suis (?:non voyante?|aveugle|malvoyante?|sourde?|en fauteuil|autiste|desoriente\w*|handicape\w*|deficiente?)\b|\bje ne (?:peux|peut) pas marcher\b|\bon me a vole mon fauteuil\b"
STRANDED_SELF = r"\b(?:je (?:ne )?sais (?:pas|plus) (?:ou aller|ou je suis|comment rentrer)|personne (?:ne )?(?:est venu|vient) me chercher|je suis (?:perdue?|bloquee?|coincee?|seule? dehors|assise? (?:sur le trottoir|par terre|dehors|dans la rue)))\b"
NIGHT = r"\b(?:il fait nuit|en pleine nuit|il fait (?:tres )?froid|minuit|\d+ ?h du matin)\b"
ROUND7_RULES = [
    # pills already swallowed, "too late" for help: "c'est trop tard, j'ai déjà pris les cachets"
    R("g7_too_late_pills", r"\bje ai (?:deja |tout )?(?:pris|avale)(?: \w+){0,2} (?:les |mes |tous mes |toutes mes |des |la boite de |toute la boite de |une boite de )?" + MEDS + r"\b",
      "vitale", "moyen: médicaments avalés, « trop tard »", require_guards=False, kind="suicide", negatable=True, fiction=True,
      require=r"\b(?:trop tard|pour (?:en finir|ne plus me reveiller|dormir pour toujours)|adieu|ne appelez personne|plus rien a faire)\b",
      exclude=r"\b(?:par erreur|en double|deux fois|oublie|pour le mal de|comme (?:prevu|prescrit|tous les))\b"),
    # a relative speaks of joining the dead: "il parle de rejoindre sa mère depuis son décès"
    R("g7_join_dead", r"\b(?:parle de|veut|voudrait|dit vouloir|dit que (?:il|elle) va|pense a|compte|a envie de|va) rejoindre (?:sa|son|ses|leur) (?:mere|pere|maman|papa|femme|mari|epouse|fils|fille|frere|soeur|grand mere|grand pere|mamie|papi|enfant|bebe|copine|copain)\b",
      "vitale", "veut rejoindre un proche mort", require_guards=False, kind="suicide", negatable=True, fiction=True,
      require=r"\b(?:deces|decede\w*|mort|morte|morts|enterrement|obseques|au ciel|la haut|au paradis|disparu\w*|perdu (?:sa|son))\b",
      exclude=r"\b(?:en vacances|a la gare|a le aeroport|en (?:bretagne|espagne|province)|chez (?:elle|lui)|pour (?:noel|les vacances|le week end)|demenag\w*)\b"),
    # sexual abuse said sideways: "le chauffeur lui fait des choses", "il me fait des trucs quand maman dort"
    R("g7_does_things", r"\b(?:il|elle|le|la|mon|ma|son|sa|un|une|leur)(?: \w+){0,4} (?:me|lui|leur|nous) (?:fait|faisait|a fait|fais|font) des (?:choses|trucs)\b(?! (?:de|pour|avec|comme|a|au|sympa|super|geniales?|chouettes?|bien))",
      "vitale", "abus sexuel (dit à demi-mot)", require_guards=False, kind="violence?", negatable=True, fiction=True, past=True,
      require=r"\b(?:avoue\w*|confie\w*|raconte\w*|me a dit|nous a dit|peur|pas le droit|secret|touche\w*|bizarres?|la nuit|quand (?:on est|elle est|il est|je suis) seule?s?|oblige\w*|force\w*|pleure\w*)\b"),
    # a person found deprived for days and in a bad state: "sans électricité ni eau depuis plusieurs jours, il n'a
    # plus mangé, il est confus et tient à peine debout"
    R("g7_found_deprived", r"\bsans (?:eau|electricite|chauffage|nourriture|manger|boire)(?: ni (?:eau|electricite|chauffage|nourriture))? depuis (?:plusieurs|quelques|\d+|deux|trois|quatre|cinq) jours\b"
      r"|\b(?:ne|n) (?:a|avait) plus (?:rien )?(?:mange|bu)\b(?! (?:de|des|du|ses|son|sa|ces|la|le|les)\b)|\bne (?:mange|boit) plus (?:rien )?depuis (?:plusieurs|quelques|\d+|deux|trois|quatre|cinq) jours\b",
      "vitale", "personne privée de l'essentiel depuis des jours, en mauvais état", require_guards=False, kind="autrui",
      negatable=True, fiction=True, past=True,
      exclude=r"\b(?:regime|jeune|ramadan|careme|bonbons?|chocolat|sucre)\b",
      require=r"\b(?:confuse?|amaigri\w*|deshydrate\w*|tient a peine debout|ne tient plus debout|tres faible|ne se leve plus|delire\w*|somnolent\w*|ne repond (?:plus|presque plus))\b"),
    # a blow to a baby's or a child's head with signs after it: "il a tapé le carrelage, il vomit et il dort"
    R("g7_head_injury", r"\b(?:tape|cogne|heurte|tombe)\w*(?: \w+){0,3} (?:la tete|le crane|sur la tete|le carrelage|le sol|le coin)\b|\b(?:la tete|le crane) qui a (?:tape|cogne|heurte)\b",
      "vitale", "choc à la tête avec des signes", require_guards=False, kind="autrui", negatable=True, fiction=True, past=True,
      require=r"\b(?:vomit|vomi|vomissements?|somnolent\w*|dort et|il dort|elle dort|ne se reveille|perdu connaissance|inconscient\w*|saigne\w* (?:de le oreille|du nez)|bebe|nourrisson|valve)\b(?:.*)\b(?:vomit|vomi|vomissements?|somnolent\w*|dort|ne se reveille|perdu connaissance|inconscient\w*)\b",
      exclude=r"\b(?:hier|la semaine derniere|il y a|le mois dernier|tout va bien|ca va|rien de grave|le medecin (?:a dit|dit)|radio normale)\b"),
    # pushed down the stairs or against a wall by someone: "il m'a poussée dans l'escalier"
    R("g7_pushed", r"\b(?:il|elle|ils|elles|on|mon \w+|ma \w+) (?:me|le|la|les|nous|te) a (?:pousse\w*|projete\w*|jete\w*|balance\w*) (?:dans|contre|par terre|au sol|en bas de|du haut de) (?:le |la |les |mon |ma )?(?:escaliers?|mur|sol|porte|fenetre|balcon)?\b",
      "vitale", "violence: poussé(e) dans l'escalier, contre un mur", kind="violence?", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:pour jouer|en jouant|par accident|sans faire expres|a la recre|bousculade)\b"),
    # a farewell through someone: "vous pourrez dire à ma fille que je l'aimais"
    R("g7_tell_loved", r"\b(?:dire|dites|dis|direz|pourrez dire|pouvez dire|pourriez dire) a (?:ma|mon|mes|notre|nos) (?:\w+ )?\w+ que je (?:le|la|les|vous|te|lui|leur) (?:aime|aimais|ai aime\w*|aimerai toujours|ai toujours aime\w*)\b",
      "vitale", "message d'adieu (dites-lui que je l'aimais)", require_guards=False, kind="suicide", negatable=False, fiction=True,
      require=r"\b(?:aimais|ai aime\w*|aimerai toujours|ai toujours aime\w*|au revoir|adieu|je (?:ne )?y arrive plus|plus la force|pardon|derniere fois|dernier message)\b"),
    # the last trip of a relative: "il partait en voyage définitif, il a laissé ses papiers sur la table pour moi"
    R("g7_final_trip", r"\b(?:voyage definitif|voyage sans retour|dernier voyage|grand voyage)\b",
      "vitale", "départ sans retour annoncé", require_guards=False, kind="suicide", negatable=True, fiction=True, past=True,
      require=r"\b(?:depression|depressif|depressive|suicid\w*|papiers|ne pas (?:me|te|vous) inquieter|au revoir|adieu|lettre|pardon|seul|seule|plus envie|idees noires|bipolaire)\b",
      exclude=r"\b(?:billet|avion|demenag\w*|expatri\w*|emigr\w*|vacances|touris\w*|visa|croisiere|agence|retraite au|pays natal|au bled)\b"),
    # a suicide attempt stopped today: "il avait enjambé le parapet du pont, la police l'a ramené"
    R("g7_over_the_rail", r"\b(?:enjambe\w*|passe\w* par dessus|escalade\w*|monte\w* sur) (?:le|la|les) (?:parapet|rambarde|balustrade|garde corps|barriere|rebord)\b(?: \w+){0,4} (?:pont|balcon|viaduc|falaise|fenetre|immeuble|toit|quai|passerelle)\b",
      "vitale", "tentative: a enjambé un parapet", require_guards=False, kind="suicide", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:pour (?:prendre|faire) (?:une )?photos?|selfie|pour jouer|pour recuperer (?:son|sa|le|la) (?:ballon|balle|chat|doudou))\b"),
    # stuck after a fall in the bath: "tombée dans la baignoire, j'arrive pas à sortir, personne à la maison"
    R("g7_stuck_bath", r"\b(?:tombe\w*|glisse\w*|coince\w*|bloque\w*) dans (?:la|le|ma|sa) (?:baignoire|bain|douche)\b|\b(?:arrive|peux|peut|arrivons) (?:pas|plus) (?:a )?(?:sortir de (?:la|le) (?:baignoire|bain|douche))\b",
      "vitale", "urgence médicale: chute, coincé(e) dans la baignoire", require_guards=False, kind="medical", negatable=True, fiction=True, past=True,
      require=r"\b(?:arrive pas|arrive plus|peux pas|peut pas|peux plus|peut plus|ne peut|coince\w*|bloque\w*|seule?|personne|froid|mal|sang)\b",
      exclude=r"\b(?:hier|la semaine derniere|tout va bien|ca va|barre de appui|siege de bain|amenagement|adapter|adaptation|devis|ergotherapeute)\b"),
    # a young or vulnerable person gone for nights: "il fugue souvent, mais cette fois il est parti depuis deux nuits"
    R("g7_gone_nights", r"\b(?:parti|partie|pas rentre\w*|pas revenu\w*|sans nouvelles)\b(?: \w+){0,2} depuis (?:deux|trois|quatre|cinq|plusieurs|\d+) (?:nuits|jours)\b",
      "vitale", "personne disparue depuis des jours", require_guards=False, kind="disparition", negatable=True, fiction=True, past=True,
      require=r"\b(?:fugue\w*|(?:[1-9]|1[0-7]) ans|autiste|mineure?|ado|adolescent\w*|deficien\w*|trisomi\w*|alzheimer|desoriente\w*|handicap\w*)\b",
      exclude=r"\b(?:vacances|chez (?:son|sa|ses|un|une|mon|ma) (?:pere|mere|grands parents|ami|amie|copain|copine|tante|oncle|cousin|cousine)|en voyage|colonie|camp|stage|internat|pour le week end|en sejour|au ski|classe verte)\b"),
    # grooming of a child: "un adulte du club lui envoie des photos et veut le voir seul ce soir"
    R("g7_grooming", r"\b(?:un|une|le|la) (?:adulte|homme|monsieur|femme|inconnu|inconnue|entraineur|coach|animateur|animatrice|educateur|moniteur|voisin|prof)\b(?: \w+){0,5} (?:lui |me |leur )?(?:envoie|envoyait|a envoye|envoient|demande|demandait|a demande) des (?:photos|videos|messages|selfies)\b",
      "vitale", "enfant sollicité par un adulte", require_guards=False, kind="enfant", negatable=True, fiction=True, past=True,
      require=r"\b(?:voir seule?|rencontrer seule?|seule? ce soir|ce soir|en secret|sans le dire|ne pas (?:le )?dire|nue?s?|deshabill\w*|rendez vous|rejoindre)\b",
      exclude=r"\b(?:photos de classe|photos du match|photos de le equipe|planning|horaires|groupe whatsapp des parents)\b"),
    # falls again and again, alone: "des vertiges depuis ce matin, je suis tombée deux fois et je suis seule"
    R("g7_falls_alone", r"\b(?:je suis|il est|elle est|suis) tombe\w* (?:deux|trois|plusieurs|\d+) fois\b",
      "vitale", "urgence médicale: chutes répétées, seul(e)", require_guards=False, kind="medical", negatable=True, fiction=True, past=True,
      require=r"\b(?:seule?|vertiges?|malaise|personne|tete qui tourne|ne tiens plus debout)\b",
      exclude=r"\b(?:la semaine derniere|le mois dernier|ce mois ci|cette annee|cet hiver|cet ete|depuis le debut de le annee|depuis (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|le printemps|la rentree|quelques mois|des mois)|en (?:un|deux|trois) (?:an|ans|mois)|hier|a le ski|au ski|en roller|en velo|a velo|au foot)\b"),
    # sudden confusion with fever: "elle a de la fièvre et elle ne me reconnaît plus depuis ce matin"
    R("g7_sudden_confusion", r"\bne (?:me|nous|le|la|les) reconnait plus\b|\bne reconnait plus personne\b",
      "vitale", "urgence médicale: confusion soudaine", require_guards=False, kind="autrui", negatable=False, fiction=True, past=True,
      require=r"\b(?:fievre|depuis ce matin|depuis hier soir|depuis cette nuit|tout a coup|soudain\w*|brutalement|du jour au lendemain|ne mange plus|ne boit plus|somnolent\w*)\b",
      exclude=r"\b(?:depuis (?:des|plusieurs|quelques|deux|trois|\d+) (?:mois|annees|ans)|alzheimer|demence|maladie de|le soir souvent|parfois)\b"),
    # a head under water: "elle a fait une crise d'épilepsie dans le bain, elle a la tête sous l'eau"
    R("g7_head_under_water", r"\b(?:la )?tete sous le eau\b|\bvisage dans le eau\b",
      "vitale", "urgence: la tête sous l'eau", require_guards=False, kind="autrui", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:plonge\w*|apnee|natation|nager|cours de|piscine avec|aime mettre|jouer|jeu|lunettes)\b"),
    # locked in by other young people or residents: "enfermée dans la buanderie par deux autres jeunes"
    R("g7_locked_by_peers", r"\benferme\w* dans (?:la|le|les|une|un) \w+ par (?:deux|trois|des|les|d autres|de autres|un|une|plusieurs) (?:autres )?(?:jeunes|eleves|residents|residentes|camarades|enfants|ados|adolescents|garcons|filles|collegiens|lyceens)\b",
      "vitale", "violence: enfermé(e) par d'autres jeunes", require_guards=False, kind="violence?", negatable=True, fiction=True,
      exclude=r"\b(?:pour jouer|en jouant|cache cache|jeu|blague)\b"),
    # a vulnerable writer lost outside at night: "je suis à la gare, j'ai perdu mon accompagnateur, je suis non voyant"
    R("g7_lost_at_night", VULNERABLE_SELF + r"|\bje ai perdu (?:mon|ma) (?:accompagnateur|accompagnatrice|educateur|educatrice|aide|auxiliaire|chien guide|canne)\b",
      "vitale", "personne vulnérable perdue dehors, la nuit", require_guards=False, kind="danger", negatable=True, fiction=True, past=True,
      require=NIGHT + r"(?:.*)" + STRANDED_SELF + r"|" + STRANDED_SELF + r"(?:.*)" + NIGHT,
      exclude=r"\b(?:demain|la semaine prochaine|quand|si (?:je|on)|comment faire pour|vacances|voyage (?:prevu|en)|la derniere fois|hier|dossier|demarches|papiers|formulaire)\b"),
]

# ----- round 7: farewell and plan clues, each a distinct clue (two of them, or one with a means, are a danger) ------
ROUND7_RULES += [
    R("g7_bye_simply", r"\b(?:je voulais|je veux|je tenais a|je tiens a)(?: \w+){0,2} (?:vous |te |leur )?dire (?:au revoir|adieu)\b",
      "weak", "message d'adieu", family="plan", farewell=True, negatable=False,
      exclude=r"\b(?:avant (?:de partir en|les vacances|mon depart|de demenager)|demenag\w*|retraite|nouveau poste|mutation|fin de (?:mon|ma) (?:stage|contrat|mission)|je pars (?:en|a|au))\b"),
    R("g7_last_wishes", r"\b(?:mes )?dernieres volontes\b",
      "weak", "projet: dernières volontés", family="plan", farewell=True, negatable=True,
      exclude=r"\b(?:notaire|obseques (?:prevoyance|contrat)|contrat obseques|assurance|mandat de protection future|habilitation)\b"),
    R("g7_scheduled_message", r"\b(?:programme|programmer|planifie|planifier|prepare)\w*(?: \w+){0,3} pour (?:le |la |les |l )?envoyer (?:demain|ce soir|cette nuit|apres|plus tard|quand)\b",
      "weak", "projet: message programmé", family="plan", farewell=True, negatable=True),
    R("g7_pet_given", r"\b(?:donne|confie|laisse)\w* (?:mon|ma|mes) (?:chat|chatte|chien|chienne|chats|chiens|animal|animaux|lapin|perroquet|oiseau|poissons?|hamster|cochon dinde|tortue) a\b",
      "weak", "projet: animal confié", family="plan", farewell=True, negatable=True,
      exclude=r"\b(?:vacances|pendant (?:mon|ma|le|la) (?:hospitalisation|sejour|absence|stage|voyage)|le temps de|pour (?:le|la|une|deux|trois|quelques) (?:semaine|semaines|jours|mois|week end)|garde|gardiennage|pension)\b"),
    R("g7_papers_tidied", r"\b(?:range|trie|classe|mis en ordre|mets en ordre)\w* (?:tous )?(?:mes|mes derniers) papiers\b|\b(?:comme ca|pour que|ainsi) personne (?:ne )?(?:aura|ait|aurait|naura) a (?:se en |sen |me )?occuper\b",
      "weak", "projet: affaires mises en ordre", family="plan", farewell=True, negatable=True,
      exclude=r"\b(?:demenag\w*|impots|declaration|dossier mdph|pour la mdph|pour le dossier|administratif)\b"),
    R("g7_all_planned", r"\b(?:je ai tout prevu|tout est prevu|je ai tout organise|tout est organise|tout est en ordre)\b",
      "weak", "projet: tout prévu", family="plan", farewell=True, negatable=False,
      exclude=r"\b(?:sejour|vacances|voyage|demenag\w*|rentree|fete|mariage|anniversaire|stage|rendez vous|reunion|transport|taxi|bapteme|naissance|accouchement)\b"),
]

ALL = HAUTE_RULES + DEATH_RULES + BURDEN_RULES + SELF_HARM_RULES + MEANS_RULES + PLAN_RULES + VIOLENCE_RULES + MEDICAL_RULES + OTHER_RULES + THIRD_RULES + ROUND7_RULES
