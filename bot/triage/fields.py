"""Request fields other than urgency: domains, requester, age stage, complexity (rule-based, no spaCy).

Definitions follow the labelling guide (shared/eval/README.md). Patterns run on the canonical text of
normalize.py (no accents, elisions expanded: "je ai", "le hopital").
"""
from __future__ import annotations

import re
from datetime import date
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

DOMAINS = ["scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits", "vie_sociale",
           "accompagnement"]


def _c(p: str) -> "re.Pattern[str]":
    return re.compile(p)


# domain → (pattern, exclusion pattern on the same clause or None)
DOMAIN_RULES: Dict[str, List[Tuple["re.Pattern[str]", Optional["re.Pattern[str]"]]]] = {
    "scolarite": [
        (_c(r"\b(?:ecole|ecoles|scolar\w*|scolaire|scolaires|aesh|avs|ulis|college|lycee|maternelle|creche|creches|"
            r"(?:en|au|le|du) (?:cp|ce1|ce2|cm1|cm2)|cours preparatoire|classe|classes|(?:un|une|les|des|mon|ma|mes|cet|cette|son|sa|ses|nos|notre) eleves?|enseignant|enseignante|"
            r"maitresse|instit|institutrice|instituteur|universite|fac|faculte|etudes superieures|etudiant|etudiante|"
            r"bts|bac|baccalaureat|pial|gevasco|pps|cantine|periscolaire|devoirs|assistante maternelle|nounou|"
            r"halte garderie|garderie|mode de garde|rentree|segpa|erea|sixieme|professeur|professeurs|prof|profs|"
            r"apprendre a lire|ecole inclusive|ien|cned|soutien scolaire|parcoursup|brevet|cap de|un cap|en cap|"
            r"dispositif ulis|unite denseignement|unite de enseignement|uee|ueea|uema|auxiliaire de vie scolaire|"
            r"petite section|moyenne section|grande section|internat scolaire|universitaire|descolaris\w*)\b"),
         _c(r"\b(?:cap emploi|ecole de conduite|auto ecole|job etudiant|emploi etudiant|travail etudiant|jobs etudiants)\b")),
    ],
    "emploi": [
        (_c(r"\b(?:travail|travailler|travaille|emploi|emplois|job|boulot|embauche|embaucher|esat|stage|stages|"
            r"formation|formations|cap emploi|france travail|pole emploi|mission locale|employeur|employeuse|patron|"
            r"licencie|licenciee|licenciement|chomage|entreprise adaptee|reconversion|metier|metiers|"
            r"amenagement de poste|poste de travail|alternance|apprentissage|apprenti|apprentie|recrutement|"
            r"recruter|mi temps|temps partiel|cdi|cdd|interim|entretien de embauche|mon cv|un cv|le cv|"
            r"emploi accompagne|job coaching|job coach|insertion professionnelle|vie professionnelle|"
            r"professionnelle|professionnel en|collegues|un poste|poste adapte|poste de|taf|devenir (?:aide soignante?|cuisinier|cuisiniere|"
            r"infirmiere?|educateur|educatrice|boulanger|jardinier|secretaire|vendeur|vendeuse|mecanicien|"
            r"coiffeur|coiffeuse))\b"),
         _c(r"\b(?:formation (?:sur|des aidants|pour les aidants|aidant)|travail de le aidant|beaucoup de travail|"
            r"travail administratif|le travail de la mdph|du bon travail|ce travail de fou|stage de repit|"
            r"(?:pres|proche|loin|a cote|au retour) de (?:mon|son|notre|leur) travail|"
            r"(?:je|il|elle|nous|on|ils) (?:travaille|travaillons|travaillent)(?! plus| pas)(?! en esat et (?:voudrait|veut|aimerait) (?:changer|trouver))|"
            r"(?:travaille|travaillent) (?:en|a le|au|dans un|dans une) (?:esat|entreprise adaptee)|"
            r"je suis (?:\w+ ){0,2}(?:conseillere?|educat\w+|infirmiere?|assistante? sociale?) (?:a|au|dans|en) (?:la |le )?(?:mission locale|esat))\b")),
    ],
    "logement": [
        (_c(r"\b(?:logement|logements|appartement|appartements|appart|loyer|loyers|proprietaire|bailleur|hlm|"
            r"habitat|colocation|demenager|demenagement|demenage|expulse|expulsee|expulses|expulsion|"
            r"salle de bain adaptee|douche a le italienne|douche adaptee|baignoire|monte escalier|rampe|"
            r"adapter (?:le|la|mon|notre|ma|son|sa) (?:logement|maison|appartement|salle de bain|salle de bains|cuisine|douche)|"
            r"amenager (?:le|la|mon|notre|ma|son|sa) (?:salle de bain|salle de bains|cuisine|douche|chambre)|"
            r"amenagement du logement|amenager (?:le|la|mon|notre|ma) (?:logement|maison|appartement)|"
            r"a la rue|hebergement|nulle part ou (?:aller|dormir)|ou dormir|endroit ou dormir|endroit pour dormir|"
            r"sans abri|sans domicile|sdf|toit|studio|une maison|notre maison|ma maison|maison adaptee|"
            r"vivre seule?|vivre en autonomie|habiter|chez lui a lui|chez elle a elle|residence autonomie|"
            r"dormir dehors|dort dehors|dormons dehors|dans la rue|115|bail)\b"),
         _c(r"\b(?:foyer de hebergement|foyer hebergement|hebergement temporaire|accueil temporaire|"
            r"hebergement de repit|maison departementale|nulle part ou aller pour (?:les vacances|le week end)|"
            r"residence alternee|toit de|tuiles|appartement (?:du dessous|du dessus|de a cote|voisin|de la voisine|du voisin)|"
            r"depuis (?:mon|notre|son|leur|le) demenagement)\b")),
    ],
    "sante": [
        (_c(r"\b(?:soin|soins|soigner|soigne|medecin|medecins|docteur|generaliste|specialiste|psychiatre|"
            r"psychiatrie|psychologue|psy|kine|kinesitherapeute|kinesitherapie|orthophon\w*|ergotherap\w*|"
            r"psychomotric\w*|orthoptiste|podologue|dentiste|ophtalmo\w*|orl|neurolog\w*|pediatre|pediatrie|"
            r"infirmier|infirmiere|infirmiers|infirmieres|hopital|hopitaux|hospitalise|hospitalisee|hospitalises|"
            r"hospitalisation|hospitalisations|clinique|urgences|traitement|traitements|medicament|medicaments|"
            r"medocs|cachets|ordonnance|operation|operer|opere|operee|chirurgie|chirurgien|rendez vous medica\w*|"
            r"medical|medicale|medicaux|medicales|consultation|consultations|sante|cmp|cmpp|camsp|centre medico|"
            r"diagnostic|bilan|bilans|ssiad|had|appareil auditif|appareils auditifs|appareillage|prothese|"
            r"protheses|fauteuil roulant|fauteuil electrique|respire|respirer|respiration|vaccin|douleur|douleurs|"
            r"epilepsie|neurologue|samu|reeducation|dialyse|handicap psychique avec suivi|suivi psychiatrique|"
            r"suivi medical|escarre|escarres|pansement|pansements|interprete en langue des signes|"
            r"(?:aucun|plus de|pas de|sans) suivi)\b"),
         _c(r"\b(?:devenir (?:aide soignante?|infirmiere?)|je suis infirmiere?|aide soignante?|certificat medical|"
            r"medico social|medicosocial|medico sociale|rendez vous a la mdph|bilan de competences|"
            r"complementaire sante|mutuelle sante|sante au travail|(?:mes|ses|des) problemes de sante|ma sante|sa sante|"
            r"(?:aucun|plus de|pas de|sans) suivi (?:scolaire|educatif|social|de dossier|du dossier))\b")),
        (_c(r"\b(?:(?:besoin|nouveau|changer|changement|financer|financement|obtenir|acheter|achat|reparer|reparation|"
            r"essayer|louer|location|prise en charge)(?: \w+){0,3} (?:fauteuil|lit medicalise|verticalisateur|"
            r"deambulateur|lunettes|aides techniques|appareil auditif|appareils auditifs)|fauteuil (?:roulant|electrique)|"
            r"lit medicalise|verticalisateur|deambulateur)\b"), None),
    ],
    "repit": [
        (_c(r"\b(?:repit|me reposer|nous reposer|souffler|relayer|relais|relaye|accueil temporaire|"
            r"hebergement temporaire|sejour de repit|plateforme de repit|plateformes de repit|baluchon|"
            r"baluchonnage|aide aux aidants|soutien aux aidants|groupe de parole|groupes de parole|"
            r"pour les aidants|des aidants|entre aidants|formation des aidants|cafe des aidants|garde de nuit|"
            r"garde a domicile|halte repit|quelques jours pour moi|un week end pour moi|du temps pour moi|"
            r"temps pour moi|me liberer du temps|prendre soin de moi|faire une pause|prendre une pause|"
            r"(?:personne (?:ne )?(?:peut|pourra|pour)|qui (?:va|peut|pourra|pourrait)|trouver quelque un pour|"
            r"besoin de quelque un pour|quelque un (?:pourrait|peut|pour)) (?:le |la |les )?(?:garder|me remplacer|me relayer|"
            r"prendre le relais|(?:se )?occuper de)|faire garder (?:mon|ma|mes|notre|nos|le|la|les)|(?:garde|garder|gardent) (?:mon|ma|mes|le|la|les)"
            r" (?:fils|fille|enfant|enfants|mari|femme|pere|mere|frere|soeur)(?: \w+){0,4} (?:pour|afin de) "
            r"(?:me reposer|souffler|nous reposer|partir|travailler))\b"),
         _c(r"\b(?:relais assistantes maternelles|relais petite enfance)\b")),
    ],
    "loisirs": [
        (_c(r"\b(?:loisir|loisirs|sport|sports|sportive|sportif|nager|natation|piscine|equitation|cheval|chevaux|"
            r"poney|foot|football|basket|handball|tennis|judo|karate|danse|danser|musique|instrument|piano|"
            r"guitare|chant|chorale|theatre|cinema|musee|musees|culture|culturel|culturelle|colonie|colonies|"
            r"centre de loisirs|centre aere|sejour adapte|sejours adaptes|vacances adaptees|partir en vacances|"
            r"vacances|club|clubs|activite|activites|peinture|dessin|handisport|sport adapte|voyage|voyager|"
            r"scout|scouts|escalade|velo|bibliotheque|mediatheque|concert|concerts|ludotheque|atelier|ateliers|"
            r"jeux|peche|jardinage|yoga|gym|gymnastique|randonnee|sorties|hobby|passion|plage|mer|montagne|ski|"
            r"camp|camps|boxe|rugby|athletisme|arts plastiques|poterie|cuisine en atelier|colo|colos|"
            r"saut a le elastique|parachute|parapente|plongee|accrobranche|bowling|patinoire|karting|modelisme|"
            r"tandem|cyclisme|sortie culturelle|spectacle|spectacles|festival)\b"),
         _c(r"\b(?:dessin anime|dessins animes|activite professionnelle|apres les vacances|pendant les vacances|"
            r"avant les vacances|vacances scolaires|fin des vacances|depuis les vacances|atelier de le esat|"
            r"ateliers de le esat|atelier protege|activite de jour|activites de jour|club de emploi|"
            r"mer a boire|jeux video violents)\b")),
    ],
    "transport": [
        (_c(r"\b(?:transport|transports|se deplacer|me deplacer|le deplacer|la deplacer|deplacement|"
            r"deplacements|taxi|taxis|bus|tram|tramway|metro|vehicule|voiture adaptee|permis de conduire|permis|"
            r"conduire|transport adapte|pam|mobilite|trajet|trajets|ramassage|vsl|chauffeur|navette|"
            r"(?:pour|comment|moyen de|aide pour|aider a|aider pour|de quoi) (?:aller|me rendre|se rendre|"
            r"venir|rentrer|l emmener|le emmener|la emmener|les emmener|le conduire|la conduire|les conduire|"
            r"le amener|la amener|les amener|y aller)(?: \w+){0,3} (?:a|au|aux|a la|a le|jusque|chez|en)|"
            r"emmener|accompagner a ses rendez vous|accompagner a mes rendez vous|train|"
            r"adapter (?:une|la|ma|sa|notre|leur) voiture|vehicule adapte|amenagement du vehicule|amenager (?:une|la|ma|sa) voiture|"
            r"(?:accompagner|emmener|conduire|amener|deposer) (?:\w+ ){0,2}(?:a|au|aux|a le|a la|jusque a) (?:le |la |l |son |sa |ses |mes |mon |ma )?"
            r"(?:ime|ecole|college|lycee|esat|foyer|travail|rendez vous|rdv|sessad|hopital|seances|cours|activite|club|piscine|medecin|kine))\b"),
         _c(r"\b(?:sous un train|sous le train|devant un train|devant le train|sous le metro|sous un bus|"
            r"dans (?:ma|la|notre|sa|une|leur) voiture|permis de construire|carte de stationnement|"
            r"en train de|emmener au samu)\b")),
    ],
    "droits": [
        (_c(r"\b(?:mdph|mda|aah|pch|rqth|cmi|aeeh|caf|cpam|carsat|msa|allocation|allocations|pension|pensions|"
            r"prestation|prestations|dossier|dossiers|formulaire|formulaires|papiers|paperasse|demarche|"
            r"demarches|recours|tutelle|curatelle|mandataire|protection juridique|juge des tutelles|ase|"
            r"aide sociale a le enfance|aide sociale|droits|droit a|rsa|apl|aide financiere|aides financieres|"
            r"carte mobilite|carte de invalidite|carte invalidite|invalidite|certificat medical|avocat|cerfa|"
            r"taux de incapacite|taux|reconnaissance|impots|mutuelle|complementaire sante|css|administratif|"
            r"administrative|justificatif|justificatifs|cdaph|ajpa|ajpp|"
            r"(?:demande|demander|recours|contester|refus|renouvel\w*|obtenir|attente|delai|recu|recevoir) (?:de |la |une |sa |ma |le |du )?(?:notification|notif|orientation)|"
            r"retraite anticipee|aide juridictionnelle|revenus|ressources|carte de stationnement|aides)\b"),
         _c(r"\b(?:droits de le homme|taux de glycemie|mdph de|aides techniques|aide a domicile|aides a domicile|"
            r"aides soignants|aides auditives|je suis (?:\w+ )?mandataire|"
            r"(?:je ai|jai|il a|elle a|a|avec|sous|touche|touchons|percoit|percois|beneficie de|beneficiaire de|je suis sous|est sous) "
            r"(?:une |la |le |l |de la |sa |son |ma |mon |1 )?(?:rqth|aah|pch|aeeh|cmi|curatelle|tutelle|notif mdph|notification mdph)|"
            r"refuse toute aide|refuse les aides|la mdph a (?:dit oui|accepte|valide|donne son accord|notifie))\b")),
    ],
    "vie_sociale": [
        (_c(r"\b(?:me sens (?:\w+ )?seule?|se sent (?:\w+ )?seule?|me sens isole|me sens isolee|suis seule? (?:le soir|au monde|"
            r"tout le temps|toute la journee|depuis)|isole|isolee|isolement|solitude|personne a qui parler|"
            r"pas de amis|pas de amie|aucun ami|aucune amie|me faire des amis|se faire des amis|faire des amis|"
            r"(?:me faire|se faire|trouver|avoir|pas de|besoin de|sortir avec|voir|retrouver) (?:des |de )?amis|rencontrer (?:des gens|du monde|des personnes|de autres|des jeunes|quelque un)|amitie|"
            r"amities|groupe de entraide|gem|pair aidant|pairs aidants|pair aidance|voter|vote|citoyen|"
            r"citoyenne|citoyennete|vie affective|vie de couple|sexualite|vie sociale|lien social|liens sociaux|"
            r"benevolat|benevole|parler avec de autres|sortir de chez (?:moi|lui|elle)|discuter avec|"
            r"relations familiales|conflit familial|conflits familiaux|rompre la solitude|ennuie|ennui|"
            r"parler a quelque un|besoin de parler|voir du monde|ne sort plus de chez|ne sort plus|sortir un peu|"
            r"echanger avec de autres|tres isolee?)\b"),
         _c(r"\b(?:seule? avec (?:lui|elle|eux|mon|ma|mes)|isole (?:le|la|les) (?:murs|maison|combles)|benevole de le association|"
            r"je suis benevole)\b")),
    ],
    "accompagnement": [
        (_c(r"\b(?:ime|sessad|savs|samsah|foyer|foyers|fam|mas|esms|itep|ehpad|accueil de jour|centre de jour|"
            r"centre de accueil de jour|institut|institution|etablissement|etablissements|structure|structures|"
            r"place en|une place|liste de attente|pcpe|emas|service de accompagnement|accompagnement|"
            r"educateur|educatrice|educateurs|auxiliaire de vie|auxiliaires de vie|aide a domicile|aides a domicile|"
            r"saad|sans solution|creton|internat|iem|eeap|ssr|ssiad|had|medico social|medico sociale|"
            r"nulle part ou aller|aucune solution|pas de solution|aucun etablissement|plateforme|dispositif|spasad|csapa|maison de retraite|"
            r"unite de vie|residence services|habitat inclusif)\b"),
         _c(r"\b(?:etablissement scolaire|accompagnement scolaire|foyer logement|suivi scolaire|suivi medical|"
            r"suivi psychiatrique|suivi orthophonique|suivi psychologique|suivi de mon dossier|suivi du dossier|"
            r"plateforme de repit|plateformes de repit|plateforme emploi|structure de loisirs|institut de beaute|"
            r"une place (?:en|a la|au|dans la|dans le) (?:creche|centre de loisirs|colonie|club|piscine|cours|"
            r"classe|ulis|ecole|college|lycee|parking)|place en (?:creche|ulis|centre de loisirs|colonie|classe|"
            r"internat scolaire|esat)|place (?:a le|dans un|dans le) esat|je suis (?:\w+ )?(?:aide a domicile|auxiliaire de vie|educat\w+)|"
            r"solution de garde|solutions? de repit|pas de solution pour (?:les vacances|le mercredi|cet ete))\b")),
    ],
}

# vitale danger kinds and haute flags imply a domain
KIND_DOMAINS = {"medical": "sante", "autrui": "sante", "abri": "logement", "abandon": "repit"}
FLAG_DOMAINS = {"expulsion": "logement", "droits_coupes": "droits", "creton": "accompagnement",
                "aidant_epuise": "repit", "sortie_hopital": "sante"}

# spans of these rules are blanked before domain detection (a train in "me jeter sous un train" is no request)
BLANK_RULES = {"means_jump", "means_place", "abri_outside", "w_bridge", "weapon_threat", "fire", "self_kill",
               "want_die", "envie_mourir", "no_life", "missing", "viol_me", "viol_other", "viol_passive", "abandon",
               "abandon_tonight", "carer_hospital", "viol_inf", "weapon_threat", "kill_threat"}


# where the person already is (context, not a request): "il est en IME", "elle travaille en ESAT"
CONTEXT = _c(
    r"\b(?:est|suis|sont|etait|etais|etaient|reste|restent|vit|vis|vivent|habite|habitent|travaille|travaillent|"
    r"scolarise|scolarisee|accueilli|accueillie|accueillis|partie?|entre|entree|deja) "
    r"(?:deja |actuellement |toujours |maintenant |encore |bien )?(?:en|a le|au|aux|a la|dans (?:un|une|le|la|son|sa)) "
    r"(?:ime|foyer(?: de vie| de hebergement)?|esat|sessad|mas|fam|itep|ehpad|ulis|classe ulis|maison de retraite|savs|"
    r"samsah|internat|iem|creche|maternelle|college|lycee(?: pro| professionnel)?|entreprise adaptee)"
    r"(?: (?:au|a le|en) (?:college|lycee|maternelle|primaire)(?: pro| professionnel)?)?\b"
)


def detect_domains(clauses: Sequence[str], kinds: Iterable[str], flags: Iterable[str],
                   tags: Iterable[str] = ()) -> Tuple[List[str], List[str]]:
    found: Set[str] = set()
    signals: List[str] = []
    clauses = [PRO_SELF.sub(lambda m: " " * len(m.group(0)), CONTEXT.sub(lambda m: " " * len(m.group(0)), c))
               for c in clauses]
    for clause in clauses:
        for dom, rules in DOMAIN_RULES.items():
            if dom in found:
                continue
            for pat, excl in rules:
                m = pat.search(clause)
                if not m:
                    continue
                if excl is not None and excl.search(clause):
                    # the exclusion may cover only this occurrence: look for another trigger outside it
                    rest = excl.sub(" ", clause)
                    m = pat.search(rest)
                    if not m:
                        continue
                found.add(dom)
                signals.append(f"{dom}: {m.group(0)}")
                break
    for k in kinds:
        d = KIND_DOMAINS.get(k)
        if d and d not in found:
            found.add(d)
            signals.append(f"{d}: {k}")
    for f in flags:
        d = FLAG_DOMAINS.get(f)
        if d and d not in found:
            found.add(d)
            signals.append(f"{d}: {f}")
    return [d for d in DOMAINS if d in found], signals


# ------------------------------------------------------------------------------------------------------------------
# requester
# ------------------------------------------------------------------------------------------------------------------
PRO_JOB = (
    r"(?:conseiller|conseillere|educateur|educatrice|educ|assistante sociale|assistant social|assistante de service social|"
    r"assistant de service social|infirmier|infirmiere|enseignant|enseignante|professeur|professeure|prof|instituteur|"
    r"institutrice|maitresse|directeur|directrice|chef de service|cheffe de service|coordinateur|coordinatrice|"
    r"coordonnateur|coordonnatrice|psychologue|medecin|ergotherapeute|orthophoniste|referent|referente|"
    r"travailleur social|travailleuse sociale|cadre de sante|mandataire judiciaire|charge de insertion|"
    r"chargee de insertion|aesh|auxiliaire de vie|aide a domicile|aide soignant|aide soignante|moniteur|monitrice|"
    r"cpe|principal|principale|proviseur|kine|kinesitherapeute|psychomotricien|psychomotricienne|secretaire|juriste|"
    r"accompagnant|accompagnante|animateur|animatrice|job coach|cesf|conseillere en economie sociale|"
    r"chargee de mission|charge de mission|pair aidant professionnel|assistante familiale|assistant familial|"
    r"famille de accueil|agent|agente|responsable|pediatre|generaliste|sage femme|puericultrice|"
    r"enseignante referente|enseignant referent|psychiatre|neuropsychologue|educatrice specialisee|"
    r"educateur specialise|ase|avs|maire|elu|elue|adjoint|adjointe|conseiller municipal|conseillere municipale|"
    r"secretaire de mairie|delegue|deleguee|gendarme|policier|policiere|pompier|ambulancier|pharmacien|pharmacienne|"
    r"infirmiere scolaire|medecin scolaire|assistante maternelle|directeur de ecole|directrice de ecole|"
    # abbreviations and titles used in writing between professionals
    r"ide|idel|ides|cesf|tisf|amp|aes|cip|mjpm|ergo|psychomot|moniteur educateur|monitrice educatrice|"
    r"aide medico psychologique|accompagnant educatif et social|conseiller en insertion|conseillere en insertion|"
    r"referent de parcours|referente de parcours|referent parcours|referente parcours|mandataire|delegue mandataire|"
    r"educatrice de jeunes enfants|educateur de jeunes enfants|ejee?|cadre socio educatif|infirmier en pratique avancee|"
    r"assistant de service social|ass|coordinatrice de parcours|coordinateur de parcours|case manager|gestionnaire de cas|"
    r"orthoptiste|pasteur|cure|aumonier|employeur)"
)
PRO_STRONG = _c(
    r"\b(?:je travaille (?:a|au|aux|a la|a le|dans|en|comme|pour|aupres)(?! esat| le esat| un esat| une entreprise adaptee| temps| mi temps| plein temps| domicile| la maison)|nous travaillons (?:a|au|dans|en|pour|aupres|avec (?:des|les) (?:personnes|familles|jeunes))|dans le cadre de mon travail|"
    r"notre (?:service|etablissement|structure|association|equipe|ime|esat|foyer|sessad|savs|ccas|cabinet|mission locale|"
    r"college|ecole|lycee|centre|mas|fam|ehpad|dispositif|plateforme|samsah|cmp|camsp|cmpp|pcpe)|"
    r"nous accompagnons|je accompagne (?:un|une|des|ce|cette|actuellement)|un de nos|une de nos|"
    r"nos (?:usagers|residents|residentes|patients|beneficiaires|eleves|jeunes|familles)|"
    r"(?:mon|ma) (?:usager|usagere|patient|patiente|beneficiaire|eleve) |je suis (?:la |le )?(?:referent|referente) de|"
    r"je vous (?:contacte|ecris|sollicite) (?:pour|au sujet de|concernant) (?:un|une|monsieur|madame|la situation)|"
    r"je suis un (?:jeune|usager|patient|beneficiaire)|je suis une (?:jeune|usagere|patiente|beneficiaire|famille)|"
    r"une famille que je|un jeune que je|une jeune que je|une personne que je|un monsieur que je|une dame que je|"
    r"je signale|pour le compte de|"
    r"(?:^|\. )(?:le |la )?(?:service social|service de assistance sociale|equipe mobile|pole social|cellule sociale|assistante sociale|assistant social) (?:de|du|des|a|au|en)|je dirige (?:un|une|le|la|notre|ce|cette)|je coordonne (?:un|une|le|la|notre)|"
    r"je enseigne (?:en|au|a|dans)|je suis responsable (?:rh|des ressources humaines|de secteur|du service|de le accueil|de la structure)|"
    r"responsable rh|chargee? de mission handicap|referente? handicap|nous souhaitons recruter|dans (?:mon|notre) entreprise|"
    r"(?:dame|monsieur|personne|jeune|famille|patient|patiente|femme|homme|enfant|eleve|usager|usagere|resident|residente) "
    r"que je (?:aide|accompagne|suis|soigne|recois|vois|connais))\b"
)
# a message that opens with a job title ("Éducatrice spécialisée en IME, nous avons un jeune…"), or speaks of the
# people a team follows ("nous suivons un jeune", "on accompagne une dame")
PRO_OPENING = _c(
    r"^(?:(?:bonjour|bonsoir|madame|monsieur|hello|salut|coucou|bjr|bsr|slt|cc|a tous|a toutes|a vous|mesdames|messieurs|et) (?:, )?)*(?:je suis |moi |en tant que )?(?:\w+ )?" + PRO_JOB +
    r" (?:en|au|aux|a le|a la|dans|de|du|des|chez|a|libérale?|liberale?|specialisee?|scolaire|referente?|,)"
    r"|\b(?:nous|on) (?:suivons|suit|accompagnons|accompagne|accueillons|accueille|avons|a) (?:actuellement |en ce moment )?(?:un|une) (?:jeune|usager|usagere|patient|patiente|resident|residente|beneficiaire|monsieur|dame|adolescent|adolescente|eleve|enfant|famille|personne|femme|homme)\b"
)
# a guardian by trade, not by family ("tutrice professionnelle à l'UDAF", "mandataire judiciaire")
PRO_GUARDIAN = _c(r"\b(?:tuteur|tutrice|curateur|curatrice) (?:professionnel|professionnelle|de le udaf|a le udaf|de une association|"
                  r"de le atmp|associatif|associative)|\bmandataire judiciaire\b|\bmjpm\b|\bdelegue mandataire\b")
SELF_OVERRIDE = _c(r"\b(?:en fait (?:ce est|cest) pour moi|ce est moi qui ai besoin|ce est moi qui suis (?:malade|handicapee?|reconnue?)|(?:ce est|cest) pour moi (?:meme|que je)|je suis moi meme|"
                   r"moi meme (?:reconnue?|handicapee?|en fauteuil|atteinte?|sourde?|malvoyante?|aveugle|malade))\b")
PRO_JOB_RE = _c(r"\bje suis (?:as|es|me|ass) (?:a|au|en|dans|de|du|chez)\b|\bje suis (?:\w+ ){0,2}" + PRO_JOB + r"\b|\b(?:en tant que|en qualite de) (?:\w+ ){0,2}" + PRO_JOB + r"\b")
THIRD_PARTY = _c(
    r"\b(?:un jeune|une jeune|un usager|une usagere|un patient|une patiente|un eleve|une eleve|une famille|un monsieur|"
    r"une dame|une personne|un beneficiaire|une beneficiaire|un resident|une residente|un enfant|une maman|un papa|"
    r"un adolescent|une adolescente|un adulte|une adulte|cette personne|ce monsieur|cette dame|ce jeune|cette jeune|"
    r"cet eleve|cette eleve|cette famille|ce patient|cette patiente|monsieur [a-z]|madame [a-z]|mme|m [a-z]\b|"
    r"la situation de|un de mes|une de mes|la dame|le monsieur|la personne|le jeune|la jeune|le patient|la patiente|"
    r"le resident|la residente|le beneficiaire|la beneficiaire|le eleve|la eleve|la famille)\b"
)
RELATIVE = (
    r"(?:fils|fille|filles|enfant|enfants|bebe|fiston|ado|frere|soeur|pere|mere|papa|maman|mari|femme|epoux|epouse|"
    r"conjoint|conjointe|compagnon|compagne|grand pere|grand mere|petit fils|petite fille|petits enfants|neveu|niece|"
    r"oncle|tante|cousin|cousine|beau fils|belle fille|beau frere|belle soeur|parents|ami|amie|voisin|voisine|"
    r"filleul|filleule|protege|protegee|jumeaux|jumelles|garcon|garcons|loulou|petit frere|petite soeur|grand frere|"
    r"grande soeur|belle mere|beau pere|papi|papy|mamie|mami|copain|copine|pote|meilleur ami|meilleure amie|coloc|colocataire|"
    r"arriere grand mere|arriere grand pere|compagne|concubin|concubine)"
)
RELATIVE_RE = _c(r"\b(?:mon|ma|mes|notre|nos) " + RELATIVE + r"\b")
CARER_EXPLICIT = _c(
    r"\bje suis (?:le |la |sa |son |leur )?(?:seule? |seul |principale? |principal |unique |premiere |premier )?(?:papa|maman|pere|mere|frere|soeur|grand mere|grand pere|tante|oncle|tata|tonton|mamie|mamy|papi|papy|"
    r"tuteur|tutrice|curateur|curatrice|aidant|aidante|aidants|fille|fils|epouse|epoux|femme|mari|compagne|compagnon|"
    r"parent|parents|belle mere|beau pere|marraine|parrain|amie|ami|voisine|voisin|niece|neveu|cousin|cousine|"
    r"petite fille|petit fils|belle fille|beau fils|belle soeur|beau frere|filleul|filleule|copine|copain|"
    r"meilleure amie|meilleur ami|grande soeur|grand frere|petite soeur|petit frere)\b"
    r"|\baidant familial|aidante familiale|\bje me occupe de (?:mon|ma|mes|lui|elle)\b|\bparent de\b|\bparents de\b"
    r"|\bnous sommes (?:les )?parents\b|\bje suis parent\b"
)
SELF_STRONG = _c(
    r"\bje suis (?:\w+ ){0,1}(?:handicape|handicapee|sourd|sourde|aveugle|malvoyant|malvoyante|malentendant|"
    r"malentendante|autiste|en fauteuil|paraplegique|tetraplegique|hemiplegique|dyslexique|dyspraxique|bipolaire|"
    r"schizophrene|trisomique|epileptique|diabetique|malade|atteinte?|reconnue? travailleur handicape|en esat|"
    r"au foyer|en foyer|en situation de handicap|polyhandicape|amputee?|tdah|hpi|dys|non voyant|non voyante)\b"
    r"|\bmon handicap\b|\bma maladie\b|\bmes troubles\b|\bma rqth\b|\bmon aah\b|\bma pch\b|\bje ai (?:\d+|\w+ \w+|\w+) ans\b"
    r"|\bje ai (?:une|la|un) (?:maladie|handicap|sclerose|trisomie|rqth|aah|pch|deficience|myopathie|surdite)\b"
    r"|\bje (?:voudrais|veux|aimerais|souhaite|cherche) (?:un |une |a |de )?(?:travail|emploi|logement|appartement|formation)\b"
    r"|\bje travaille en esat\b|\bje vis seule?\b"
)
# the writer's own disability or illness, said outright: they are the person concerned, even when they name
# relatives ("j'ai 26 ans, je suis autiste. Ma mère avec qui je vivais est décédée")
SELF_DISABILITY = _c(
    r"\bje suis (?:\w+ ){0,1}(?:handicape|handicapee|sourd|sourde|aveugle|malvoyant|malvoyante|malentendant|"
    r"malentendante|autiste|en fauteuil|paraplegique|tetraplegique|hemiplegique|dyspraxique|bipolaire|schizophrene|"
    r"trisomique|epileptique|polyhandicape|amputee?|non voyante?|en situation de handicap|reconnue? travailleur handicape)\b"
    r"|\bje (?:travaille|suis) (?:en|a le|a un|dans un|dans le|dans une) (?:esat|entreprise adaptee)\b"
    r"|\b(?:mon handicap|ma maladie|mes troubles|ma deficience|ma surdite|mon autisme|ma sclerose|ma rqth|mon aah|mon taux)\b"
    r"|\bje ai (?:une|un|la|le) (?:imc|maladie|handicap|sclerose|trisomie|deficience|myopathie|surdite|paralysie|"
    r"hemiplegie|paraplegie|infirmite motrice|tsa|tdah|schizophrenie|bipolarite|epilepsie|rqth|aah|pch|fauteuil)\b"
    r"|\bje suis (?:une|un) (?:femme|homme|maman|papa|jeune|personne|monsieur|dame|mere|pere|fille|garcon)(?: de \d+ ans)?,? "
    r"(?:avec (?:un|une) (?:handicap|deficience|maladie|trouble)|atteinte?|sourde?|aveugle|malvoyante?|handicapee?|en fauteuil|autiste)"
)
FIRST_PERSON = _c(r"\b(?:je|me|moi|mon|ma|mes|i|my|me|on|nous|notre|nos)\b")
AGGRESSOR_AFTER = _c(r"^(?: \w+){0,2} (?:me|m|nous) (?:\w+)")


def detect_requester(clauses: Sequence[str]) -> Tuple[str, List[str]]:
    text = " . ".join(clauses)
    pro = 0
    aid = 0
    self_ = 0
    sig: List[str] = []
    m = PRO_STRONG.search(text)
    if m:
        pro += 3
        sig.append("professionnel: " + m.group(0))
    m = PRO_GUARDIAN.search(text)
    if m:
        pro += 6
        sig.append("professionnel: " + m.group(0))
    m = PRO_OPENING.search(text)
    if m and not pro and not CARER_EXPLICIT.search(text) and (THIRD_PARTY.search(text) or not RELATIVE_RE.search(text)):
        pro += 3
        sig.append("professionnel: " + m.group(0).strip())
    m = PRO_JOB_RE.search(text)
    if m:
        t = THIRD_PARTY.search(text)
        rel = RELATIVE_RE.search(text)
        if t or pro:
            pro += 3
            sig.append("professionnel: " + m.group(0))
        elif not rel:
            # "je suis infirmière, je voudrais changer de travail": a job, about oneself
            self_ += 1
    m = CARER_EXPLICIT.search(text)
    if m:
        aid += 3
        sig.append("aidant: " + m.group(0))
    for clause in clauses:
        for rm in RELATIVE_RE.finditer(clause):
            before = clause[: rm.start()]
            after = clause[rm.end():]
            if re.search(r"\b(?:chez|avec)\s*$", before):
                continue
            if AGGRESSOR_AFTER.match(after) and not re.match(r"^(?: \w+){0,2} (?:me|nous) (?:inquiete|inquiet|preoccupe)", after):
                continue
            aid += 2
            if len(sig) < 4:
                sig.append("aidant: " + rm.group(0))
            break
    m = SELF_STRONG.search(text)
    if m:
        self_ += 2
    if SELF_DISABILITY.search(text):
        self_ += 3
    m = SELF_OVERRIDE.search(text)
    if m:  # "je suis la maman de Léa. En fait c'est pour moi": the writer's own need
        self_ += 6
        pro = aid = 0
    if not (pro or aid or self_) and FIRST_PERSON.search(text):
        self_ += 1
    if pro and pro >= aid:
        return "professionnel", sig[:2]
    if aid and aid >= self_:
        return "aidant", [s for s in sig if s.startswith("aidant")][:2]
    if self_:
        return "personne", ["personne: écrit pour elle-même"]
    if aid:
        return "aidant", [s for s in sig if s.startswith("aidant")][:2]
    return "inconnu", []


# ------------------------------------------------------------------------------------------------------------------
# age
# ------------------------------------------------------------------------------------------------------------------
_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
          "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
          "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_NUMWORD = r"(?:(?:dix|vingt|trente|quarante|cinquante|soixante)(?: et)? (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|onze)|" \
           r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|" \
           r"quarante|cinquante|soixante|soixante dix|quatre vingt|quatre vingts|quatre vingt dix)"
AGE_RE = _c(r"\b(\d{1,3}|" + _NUMWORD + r") (ans|an|mois)\b")
DURATION_BEFORE = _c(r"\b(?:depuis|il y a|pendant|fait|dans|durant|pour|plus de|environ|tous les|toutes les|avant|"
                     r"apres|sur|en|de puis|encore|ya|cela fait|ca fait|au bout de|moins de|les|des|ces|mes|nos|"
                     r"prochains|derniers|dernieres|quelques)(?: \w+)?\s*$")
DURATION_AFTER = _c(r"^ (?:de (?:attente|retard|travail|procedure|suivi|combat|galere|bataille|marche|experience|service|"
                     r"mariage|vie commune|prison|hopital|hospitalisation|ime|esat|foyer|soins|traitement|chomage)|que|plus tard|"
                     r"apres|deja|d attente|avant)")
SELF_AGE_BEFORE = _c(r"\b(?:je ai|jai|moi|je vais avoir|je aurai|je viens de avoir)\s*$|(?:^|,)\s*(?:je suis|moi ce est) (?:un|une) (?:\w+ ){0,3}(?:de|agee? de)\s*$|^\s*(?:[\w,]+ ){0,3}(?:je suis|moi|je me appelle|moi ce est) (?:\w+ ){0,2},?\s*$")
THIRD_AGE_BEFORE = _c(r"\b(?:il a|elle a|il aura|elle aura|il va avoir|elle va avoir|il vient de avoir|elle vient de avoir|"
                      r"" + RELATIVE + r" (?:de|a|qui a|qui va avoir|aura|va avoir|age de|agee de|ages de|agees de)|"
                      r"(?:jeune|homme|femme|garcon|fille|adolescent|adolescente|enfant|adulte|monsieur|dame|usager|"
                      r"usagere|patient|patiente|eleve|personne|beneficiaire|resident|residente) (?:de|age de|agee de|"
                      r"qui a)|aura|bientot|va avoir|vient de avoir|a|de|age de|agee de|ages de|[a-z]+ ,?)\s*$")
HINT_CHILD = _c(r"\b(?:maternelle|creche|(?:en|au) (?:cp|ce1|ce2|cm1|cm2)|primaire|ecole elementaire|college|sixieme|"
                r"cinquieme|quatrieme|troisieme|6e|5e|4e|3e|bebe|nourrisson|petite section|moyenne section|grande section|"
                r"camsp|pco|assistante maternelle|nounou|halte garderie|centre aere|cours preparatoire|aeeh|"
                r"mon petit|ma petite|petit garcon|petite fille de \d|cmpp|ecole|maitresse)\b")
HINT_YOUNG = _c(r"\b(?:lycee|lyceen|lyceenne|seconde|terminale|bac|cap|apprentissage|apprenti|apprentie|majeur|majeure|"
                r"majorite|jeune majeur|jeune majeure|mission locale|etudiant|etudiante|fac|universite|bts|jeune adulte|"
                r"creton|parcoursup|ado|adolescent|adolescente|jeune de|16 ans|17 ans|18 ans)\b")
HINT_ADULT = _c(r"\b(?:mon mari|ma femme|mon conjoint|ma conjointe|mon compagnon|ma compagne|ma mere|mon pere|mes parents|"
                r"ma maman|mon papa|grand mere|grand pere|retraite|retraitee?|esat|aah|savs|samsah|fam|mas|ehpad|"
                r"foyer de vie|foyer de hebergement|foyer hebergement|mon travail|mon emploi|mon patron|mes collegues|"
                r"mon employeur|changer de travail|mes enfants|mon fils|ma fille|ma petite fille|mon petit fils|"
                r"mon epouse|mon epoux|mon frere adulte|ma soeur adulte|parkinson|alzheimer|avc|sclerose en plaques)\b")
CONCERN_ADULT = _c(r"\b(?:mon mari|ma femme|mon conjoint|ma conjointe|mon compagnon|ma compagne|ma mere|mon pere|mes parents|"
                   r"ma maman|mon papa|ma grand mere|mon grand pere|mon epouse|mon epoux|ma belle mere|mon beau pere)\b")
CONCERN_CHILD = _c(r"\b(?:mon|ma|mes|notre|nos) (?:fils|fille|filles|enfant|enfants|bebe|fiston|petit|petite|jumeaux|"
                   r"jumelles|garcon|loulou|petit fils|petite fille|neveu|niece)\b")


def _num(s: str) -> Optional[int]:
    if s.isdigit():
        return int(s)
    parts = s.replace(" et ", " ").split()
    total = 0
    for i, p in enumerate(parts):
        if p == "quatre" and i + 1 < len(parts) and parts[i + 1].startswith("vingt"):
            total += 80
            continue
        if p.startswith("vingt") and i > 0 and parts[i - 1] == "quatre":
            continue
        v = _UNITS.get(p)
        if v is None:
            return None
        if p == "dix" and total >= 60 and total % 20 == 0 and total != 20 and total != 40:
            total += 10
        else:
            total += v
    return total or None


def stage_of(age: int, months: bool = False) -> str:
    if months:
        return "moins_16"
    if age < 16:
        return "moins_16"
    if age < 21:
        return "16_21"
    return "plus_21"


_GLUED_AGE = re.compile(r"\b(\d{1,3})(ans|an|mois)\b")  # "16ans", "5ans"
# a birth year: "né en 2008", "je suis née en 1987", "né le 3 mai 2011"
_BIRTH = re.compile(r"\b(je suis |suis )?nee?s? (?:en|le \d{1,2} \w+|le \d{1,2}) ((?:19|20)\d\d)\b")
_APPOSED = re.compile(r"(?:^|,)\s*$")  # "je suis sourd de naissance, 28 ans, à Montpellier"


def detect_age(clauses: Sequence[str], requester: str, year: Optional[int] = None) -> Tuple[str, List[str]]:
    self_ages: List[Tuple[int, bool]] = []
    third_ages: List[Tuple[int, bool]] = []
    apposed: List[Tuple[int, bool]] = []
    clauses = [_GLUED_AGE.sub(r"\1 \2", c) for c in clauses]
    year = year or date.today().year
    for clause in clauses:
        for m in _BIRTH.finditer(clause):
            age = year - int(m.group(2))
            if 0 <= age <= 110:
                (self_ages if m.group(1) else third_ages).append((age, False))
        for m in AGE_RE.finditer(clause):
            before = clause[: m.start()]
            after = clause[m.end():]
            value = _num(m.group(1))
            if value is None or value > 110:
                continue
            months = m.group(2) == "mois"
            if months and value > 36:
                continue
            if DURATION_AFTER.match(after):
                continue
            if SELF_AGE_BEFORE.search(before):
                self_ages.append((value, months))
                continue
            if re.search(r"\b(?:il y a|y a|ya|depuis|pendant|durant|ca fait|cela fait)(?: \w+)?\s*$", before):
                continue
            if DURATION_BEFORE.search(before) and not re.search(r"\b(?:de|age de|agee de|a|aura|bientot)\s*$", before):
                continue
            if re.search(r"\b(?:a|aura|avoir)\s*$", before) and re.search(r"\b(?:je|j)\s+(?:\w+\s+)?(?:a|aura|avoir)\s*$", before):
                self_ages.append((value, months))
                continue
            if _APPOSED.search(before):
                apposed.append((value, months))
            third_ages.append((value, months))
    text = " . ".join(clauses)
    if requester in ("aidant", "professionnel"):
        # a professional's "je suis une dame de 58 ans" means "I follow a lady aged 58"
        ages = third_ages or (self_ages if requester == "professionnel" else [])
        if ages:
            v, mo = ages[0]
            return stage_of(v, mo), [f"âge: {v} {'mois' if mo else 'ans'}"]
    elif requester == "personne":
        if self_ages or apposed:  # "Marc, 58 ans, ancien maçon": an age set apart in one's own message
            v, mo = (self_ages or apposed)[0]
            return stage_of(v, mo), [f"âge: {v} ans (la personne)"]
    else:
        if self_ages or third_ages:
            v, mo = (self_ages or third_ages)[0]
            return stage_of(v, mo), [f"âge: {v} {'mois' if mo else 'ans'}"]
    # hints (no explicit age of the person concerned)
    if requester == "aidant":
        if CONCERN_ADULT.search(text) and not CONCERN_CHILD.search(text):
            return "plus_21", ["âge: adulte (conjoint ou parent)"]
    if requester != "aidant" and requester != "professionnel" and self_ages == [] and third_ages and requester == "inconnu":
        v, mo = third_ages[0]
        return stage_of(v, mo), [f"âge: {v} ans"]
    m = HINT_CHILD.search(text)
    if m and requester != "personne":
        return "moins_16", [f"âge: indice « {m.group(0)} »"]
    m = HINT_YOUNG.search(text)
    if m:
        return "16_21", [f"âge: indice « {m.group(0)} »"]
    if requester == "personne":
        m = HINT_ADULT.search(text)
        if m:
            return "plus_21", [f"âge: indice « {m.group(0)} »"]
    elif requester in ("aidant", "professionnel"):
        m = re.search(r"\b(?:esat|aah|savs|samsah|fam|mas|ehpad|foyer de vie|foyer de hebergement|retraite|parkinson|"
                      r"alzheimer|sclerose en plaques|son travail|son emploi|son patron|son employeur)\b", text)
        if m:
            return "plus_21", [f"âge: indice « {m.group(0)} »"]
    return "inconnu", []


# ------------------------------------------------------------------------------------------------------------------
# complexity
# ------------------------------------------------------------------------------------------------------------------
RUPTURE_FLAGS = ["sans_solution", "liste_attente", "creton", "sortie_hopital", "transition_16_21", "aidant_epuise",
                 "exclusion", "fin_accompagnement", "expulsion", "droits_coupes"]


def detect_complexity(domains: Sequence[str], flags: Sequence[str], tags: Iterable[str]) -> Tuple[int, List[str]]:
    tags = set(tags)
    ruptures = [f for f in flags if f in RUPTURE_FLAGS]
    distinct = set(ruptures)
    # a waiting list and "no place" describe the same rupture
    if "liste_attente" in distinct and "sans_solution" in distinct:
        distinct.discard("liste_attente")
    if "pag" in tags or "nothing" in tags:
        return 3, ["complexité 3: PAG, refus ou rien n'existe"]
    if len(distinct) >= 2:
        return 3, [f"complexité 3: plusieurs ruptures ({', '.join(sorted(distinct))})"]
    if "long" in tags and distinct & {"sans_solution", "liste_attente", "fin_accompagnement", "exclusion"}:
        return 3, ["complexité 3: sans solution depuis longtemps"]
    if distinct:
        return 2, [f"complexité 2: risque de rupture ({next(iter(distinct))})"]
    if len(domains) >= 2:
        return 2, ["complexité 2: plusieurs domaines"]
    return 1, []


# "je suis psychologue au CMP de Tours": the writer's workplace is no request (blanked before domains)
PRO_SELF = _c(r"\bje suis (?:\w+ ){0,2}" + PRO_JOB + r"(?: (?:a|au|aux|a la|a le|dans|de|du|en|chez|pour)(?: (?!,)\w+){1,5})?")
