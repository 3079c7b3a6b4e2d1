"""Danger and rupture rules: lexicons and regular expressions on the canonical text (see normalize.py).

Each rule has a *level*:
- ``vitale``: danger now, with a danger kind (emergency.py);
- ``haute``: a break in the person's path within days or weeks, usually with a situation flag;
- ``weak``: a clue that counts only in combination (``family`` = means | plan | distress), across the whole
  conversation: a means (a rope, pills put aside, a bridge) with a plan/time ("ce soir") or with distress is
  ``vitale``; distress alone is ``haute``;
- ``flag``: a situation flag that does not change urgency by itself (waiting list, known to the MDPH...).

Patterns are written on accent-free, lower-case text with elisions expanded ("je ai", "ne est", "le hopital").
``negatable`` rules are dropped when a negation word (pas, jamais, plus, aucun...) sits in the few words
before the match, in the same clause. Rules whose meaning contains the negation ("plus envie de vivre") are
not negatable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Pattern

# --- small vocabularies used in several rules -----------------------------------------------------------------
MEDS = r"(?:medicaments?|medocs?|anticoagulants?|anti coagulants?|hypnotiques?|opioides?|opiaces?|zolpidem|stilnox|valium|temesta|seresta|tercian|cachets?|comprimes?|pilules?|gelules?|somniferes?|anxiolytiques?|anxios?|antidepresseurs?|antidep|neuroleptiques?|benzos?|lexomil|xanax|tramadol|morphine|methadone|codeine|doliprane|paracetamol|lithium|insuline|traitement)"
SELF_VERB_GAP = r"(?: (?!pas\b|plus\b|jamais\b|point\b|rien\b)\w+){0,2}"
LIFE_OBJ = r"(?:la vie|ma vie|cette vie|tout|moi|mes jours|le existence|mon existence|ce monde)"
THIRD_NOUNS = (
    r"(?:fils|fille|enfant|enfants|bebe|fiston|ado|adolescent|adolescente|frere|soeur|pere|mere|papa|maman|"
    r"mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|copain|copine|ami|amie|voisin|voisine|"
    r"grand pere|grand mere|papi|papy|mamie|oncle|tante|neveu|niece|cousin|cousine|petit fils|petite fille|"
    r"resident|residente|residents|residentes|usager|usagere|usagers|patient|patiente|patients|eleve|eleves|jeune|jeunes|"
    r"monsieur|madame|dame|homme|personne|personnes|beneficiaire|beneficiaires|colocataire|locataire|tutele|protege|"
    r"protegee|enfants|bebes|pensionnaires|travailleurs|femmes|hommes|gens|atsem|aesh|maitresse|educateur|educatrice|educateurs|auxiliaire|aide soignante|infirmiere|infirmier)"
)
CHILD_NOUNS = r"(?:fils|fille|enfant|enfants|bebe|fiston|ado|adolescent|adolescente|neveu|niece|petit fils|petite fille|eleve|gamin|gamine|petit|petite|mineur|mineure)"
PARTNER = r"(?:mari|conjoint|compagnon|copain|concubin|petit ami|ex mari|ex|ancien compagnon|epoux)"
PARENT_FIG = r"(?:pere|mere|beau pere|belle mere|parents|papa|maman|daron|daronne)"
ESTAB = (
    r"(?:foyer|ime|esat|etablissement|institution|institut|ehpad|mas|fam|itep|savs|samsah|sessad|centre|"
    r"educateur|educatrice|educateurs|educ|aide a domicile|auxiliaire|auxiliaires|aide soignant|aide soignante|"
    r"aides soignants|soignant|soignants|infirmier|infirmiere|personnel|directeur|directrice|encadrant|"
    r"encadrante|moniteur|monitrice|tuteur|tutrice|curateur|curatrice|famille de accueil|accueillant|"
    r"accueillante|internat|structure|residence|hopital|clinique)"
)
TONIGHT = r"(?:ce soir|cette nuit|aujourdhui|maintenant|tout de suite|tout a le heure|demain|ce week end|cet apres midi|ce matin|dans une heure|dans (?:\d+|deux|trois|quelques) heures|tonight|today|right now)"
PAPERWORK = (
    r"\b(?:dossiers?|papiers?|paperasse|formulaires?|demarches?|administration|administratif|administrative|"
    r"mdph|mda|caf|cpam|cerfa|certificats?|courriers?|relances?|justificatifs?|attestations?|"
    r"pieces? justificatives?|impots|declarations?|procedures?|recours|telephone|standard|attente au telephone)\b"
)
CARER_CUE = (
    r"\b(?:aidant|aidante|aidants|je me occupe|je me en occupe|on se occupe|nous nous occupons|me occuper de|"
    r"me occupe de|seule? avec (?:lui|elle|eux|mon|ma|mes)|toute seule|tout seul|seule? a (?:me )?(?:en )?occuper|"
    r"jour et nuit|24 ?h ?(?:sur|/) ?24|24h24|sans relais|personne pour me relayer|personne pour (?:le|la|les) garder|"
    r"je le garde|je la garde|je les garde|le garder|la garder|s occuper de|mon fils|ma fille|mon mari|ma femme|"
    r"mon pere|ma mere|mon frere|ma soeur|mon enfant|mes enfants|mes parents|mon conjoint|ma conjointe|"
    r"mon compagnon|ma compagne|maman de|papa de|mere de|pere de|handicape a charge|je suis sa|je suis son)\b"
)
PAST_LONG = r"\b(?:il y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quarante|cinquante|quelques|plusieurs|des) (?:ans?|annees?|mois|semaines)|il y a (?:bien |tres )?longtemps|ca remonte a|cela remonte a|une fois (?:bebe|petit|petite|enfant|ado)|(?:quand|lorsque) (?:il|elle) (?:etait|avait) (?:bebe|petit|petite|\d+ (?:mois|ans))|le an dernier|le annee derniere|le an passe|autrefois|quand (?:il|elle|je) (?:etait|etais|avait|avais)|en (?:19|20)\d\d|depuis (?:son|sa|ma|mon) (?:avc|accident|infarctus|tentative|operation)|suite a (?:son|sa|un|une)|apres (?:son|sa|un|une|mon|ma) (?:avc|accident|infarctus|tentative|hospitalisation|incendie)|a la suite de|des sequelles|sequelles)\b"
FICTION = re.compile(
    r"\b(?:film|films|serie|series|livre|livres|roman|reportage|documentaire|emission|dessin anime|jeu video|article|articles|enquete|"
    r"chanson|manga|piece de theatre|expose|conference|formation|atelier|campagne|journee|brochure|affiche|"
    r"module|cours|colloque)\b(?: \w+){0,3} (?:sur|de|contre|a propos de|qui parle de|parlant de)(?: \w+){0,6} "
    r"(?:suicid\w*|prevention|mort|maltraitance|violences?|harcelement)\b"
    r"|\bprevention (?:du |de le |de la |des |sur le |sur la |sur les |contre le |contre la )?(?:suicide|risque suicidaire|maltraitance|violences?|harcelement)\b"
    r"|\bbientraitance\b"
    r"|\b(?:la|une|cette|notre|leur) chanson\b(?: [\w,]+){0,12} (?:passe|joue|jouent|chante|chantons|chantent|en boucle|numero|spectacle|repetition|karaoke)\b"
    r"|\b(?:dit|disait|dis|raconte|repete) (?:ca|cela|ces mots|le) en (?:rigolant|riant|plaisantant|souriant)\b"
    # a song or a line quoted: "ma chanson préférée dit « je veux mourir dans tes bras »"
    r"|\b(?:ma|mon|sa|son|la|le|cette|une|leur) (?:chanson|musique|refrain|poeme|replique|citation|chanteur|chanteuse|rappeur)(?: preferee?)?(?: de \w+)? (?:dit|dis|disait|chante|chantait|repete|commence par)\b"
    r"|\b(?:suicide|violence|abuse|self harm) (?:prevention|awareness)\b|\b(?:training|workshop|course|webinar|film|movie|book|series|talk) (?:on|about)\b(?: \w+){0,3} (?:suicide|abuse|violence|self harm)\b|\bprevencion del suicidio\b|\b(?:informacion|trabajo|informe|charla|curso|taller) (?:sobre|de|del|acerca del?)(?: \w+){0,2} (?:suicidio|violencia|abuso|maltrato)\b"
    r"|\b(?:dit|a dit|disait|crie|a crie|ecrit) en (?:rigolant|riant|plaisantant)\b"
    r"|\b(?:rigole|rigolait|plaisante|plaisantait|blague|blaguait|ironise) en disant\b|\ben (?:plaisantant|rigolant|riant) (?:que|qu)\b|\bpour (?:rigoler|plaisanter)\b"
    r"|\b(?:le|la|un|une|ce|cette|son|mon) (?:film|serie|livre|roman|documentaire|reportage|manga|chanson|jeu video|episode|dessin anime) (?:parle|raconte|montre|evoque|traite|parlait|racontait|montrait|decrit)\b"
    # information / prevention questions: "comment parler du suicide", "que faire si il fait une crise"
    r"|\b(?:comment|quand|pourquoi|faut il|doit on|peut on|ou) (?:parler|aborder|expliquer|evoquer|reconnaitre|reperer|prevenir|en parler|lui parler|leur parler|reagir|detecter|sensibiliser|accompagner|aider quelque un)\b(?: \w+){0,5} (?:suicide|suicidaire|suicidaires|mort|deces|idees noires|violences?|maltraitance|harcelement|automutilation|scarification|deuil|crise|crises|fugue|mourir)\b"
    r"|\b(?:que|quoi) faire (?:si|quand|en cas de|lorsque)\b|\ben cas de\b(?: \w+){0,3} (?:crise|malaise|chute|fugue|urgence)\b|\b(?:les |des |quels |quels sont les )?(?:signes|signaux|symptomes) (?:de|du|de une|de un|de alerte|avant coureurs)\b"
    r"|\b(?:brochure|guide|fiche|formation|ressources|documentation|information|informations|numero|numeros) (?:sur|pour|concernant|de prevention)\b"
    # a number asked for others, to display or hand out: "quel numéro appeler si quelqu'un pense au suicide ?
    # C'est pour l'afficher au GEM"
    r"|\bquels? (?:numero|numeros)(?: \w+){0,3} si (?:quelque un|une personne|un proche|un ami|une amie|un usager|un resident|un patient|un eleve|on)\b"
    r"|\bpour (?:le |la |les )?(?:afficher|distribuer|mettre sur (?:le|notre) (?:site|panneau|tableau))\b"
    # "on m'a dit qu'il fallait appeler le 3114 si on a des idées noires, c'est vrai que c'est anonyme ?"
    r"|\b(?:il faut|il fallait|faut il|on doit|on peut|peut on|faudrait il|qui faut il|quel numero) appeler (?:le )?(?:3114|15|112|119|115|114|17|18|3919|3977)\b(?: \w+){0,3} (?:si|quand|en cas)\b"
    r"|\b(?:est ce que |ce est quoi |a quoi sert )?le (?:3114|3919|119|115|3977|114|15|17|18|112) (?:ce est (?:seulement|aussi|pour|gratuit|anonyme)|sert|est (?:il |elle )?(?:seulement|aussi|gratuit|anonyme|ouvert|pour)|repond (?:aussi|seulement))\b"
    r"|\bsi\b(?: \w+){1,8} (?:doit|dois|devra|faut il|faut|doit elle|doit il) (?:il |elle |on )?appeler (?:le |les )?(?:15|18|112|17|114|3114|119|samu|pompiers)\b(?! (?:maintenant|tout de suite|la))"
    r"|\b(?:a la|a le|sur la|sur le|dans le|dans les|aux) (?:radio|tele|television|journal|journaux|actualite|actualites|infos|informations|medias|reportages?)\b"
    r"|\bon (?:en )?parle (?:beaucoup |souvent |partout )?(?:du |de |de la )?(?:suicide|harcelement|violences?)\b"
    r"|\b(?:dans|a) (?:le|la|un|une|ce|cette|ma|mon|sa|son|notre|leur) (?:film|serie|livre|roman|dessin anime|jeu|histoire|chanson|manga|episode|reve|cauchemar)(?: preferee?)?\b"
    r"|\b(?:lu|vu|entendu) (?:un|une|des|le|la) (?:article|articles|enquete|reportage|temoignage|post|video)\b"
    r"|\b(?:signaler|signale t on|signale t il|denoncer|declarer) (?:une|un|des) (?:maltraitance|maltraitances|violence|violences|abus|harcelement|situation de maltraitance)\b(?!(?: \w+){0,3} (?:sur|envers|contre|de) (?:mon|ma|mes|notre|son|sa))"
    # questions about what is allowed or counts, about someone unnamed: "est-ce qu'un foyer a le droit
    # d'enfermer un résident ?", "une tentative de suicide peut-elle compter pour une RQTH ?"
    r"|\b(?:un|une|le|la|les|des) (?:foyer|foyers|etablissement|etablissements|ime|ehpad|mas|fam|ecole|employeur|patron|tuteur|curateur|educateur|educatrice|parent|parents|medecin|hopital|structure|institution) (?:a|ont|aurait|auraient) (?:il |elle |ils )?le droit de\b"
    r"|\b(?:une|la|un|le) (?:tentative de suicide|ts|hospitalisation en psychiatrie|violence|agression) (?:peut elle|peut il|peut|compte|compte t elle|est elle prise|donne|donne t elle|ouvre) (?:\w+ ){0,3}(?:droit|droits|pris en compte|prise en compte|pour (?:une|la|le|un) (?:rqth|aah|pch|mdph|pension|invalidite|reconnaissance))\b"
    r"|\b(?:le|la|un|une|les|des|son|sa|ce|cette) (?:heros|heroine|personnage|personnages|perso|persos)\b"
    # a hypothetical question or a number asked: "qu'est-ce que tu fais si ton pote te dit...", "c'est quoi le
    # numéro si on voit un enfant se faire maltraiter ?"
    r"|\b(?:que est ce que tu fais|que est ce que vous faites|que est ce que on fait|kestu fais|kesk tu fais|que fais tu|tu fais quoi|vous faites quoi|on fait quoi) (?:si|quand)\b"
    r"|\b(?:ce est quoi|cest quoi|quel est|c quoi) le (?:numero|num)(?: \w+){0,2} (?:si|pour|quand)\b"
    r"|\b(?:une|un|la|le|cette|ce|des|les) (?:serie|series|film|films|livre|roman|dessin anime|emission|jeu video|manga|chanson|reportage|documentaire|bd|video|videos|episode) (?:ou|dans laquelle|dans lequel|qui parle|sur|qui montre|avec)\b"
    # role play, training, prevention: "pour un jeu de rôle en formation", "comment en parler ... pour prévenir"
    r"|\bjeu de role\b|\bmise en situation\b|\b(?:en|une|la|ma|notre) formation\b(?: \w+){0,6} (?:quelle|quoi|comment|bonne reponse)\b"
    r"|\b(?:comment|pour) (?:en parler|lui en parler|leur en parler|prevenir|la prevenir|le prevenir|les prevenir)\b"
    r"|\b(?:les |des |quels sont les )?(?:signes|signaux) que\b|\breperer (?:la|les) (?:maltraitance|signes|violences?)\b"
    r"|\bau (?:jt|journal|info|infos|20h|13h)\b|\b(?:ils|elles|on) (?:parlent|parle|ont parle|a parle|parlaient) (?:de le|de la|de|du|des) (?:\w+ )?(?:noyade|suicide|incendie|violences?|maltraitance|harcelement|secours|gestes de secours|premiers secours)\b"
)

# Idioms that hold danger words without danger, blanked before the danger rules read a clause:
# "je vais me pendre au cou de l'assistante sociale" (hug her), "ça va me tuer d'attendre", "ce dossier va me
# tuer", "mon patron va me tuer si j'arrive en retard".
_THINGS = (r"(?:ca|cela|ce qui|ce dossier|ce formulaire|ces formulaires|ces papiers|ces demarches|cette attente|"
           r"le attente|la paperasse|la administration|le administration|ce boulot|ce travail|ce stress|ce bruit|"
           r"la chaleur|ce delai|ces delais|ce site|cette appli|cette application|ces reunions|cette reunion|"
           r"ces rendez vous|ce rendez vous|(?:la|cette|ma|votre|leur|ta|sa) (?:cdaph|mdph|caf|cpam|secu|administration|paperasse|prefecture)|ce truc|ces trucs|ces histoires|cette histoire|ce cirque|"
           r"ce stage|cette formation|ce cours|ces cours|ce trajet|ces trajets|ce job|cet emploi|ce metier|ces horaires|"
           r"ce planning|cette semaine|ces escaliers|ce regime|ce fauteuil|ce lit|ce corset|cette prothese|cet appareil|ce appareil|ce deambulateur)")
IDIOMS = re.compile(
    r"\b(?:me|te|se|nous|vous) pendre au cou\b|\bpendue? a (?:son|mon|ton) cou\b"
    r"|\b" + _THINGS + r"(?: (?:de |du |de la )?(?:mdph|caf|aah|pch|rqth|cmi|aeeh|retraite))? (?:va|vont|allait|finira par|finit par|va finir par|vont finir par|risque de)? ?(?:me|nous) (?:tuer|achever|tue|tuent)\b"
    r"|\b(?:va|vont) (?:me|nous) tuer si (?:je|on|nous) (?:arrive|arrivons|suis|sommes) (?:encore )?en retard\b"
    # a relative cross over a trifle: "ma mère va me tuer, j'ai encore oublié le pain", "ma femme va me tuer si
    # j'oublie encore le rdv", "ma grand-mère va me tuer quand elle saura que j'ai raté le bus"
    r"|\b(?:va|vont) (?:me|nous) tuer(?: ,)? (?:si (?:je|on|nous) (?:oublie|oublions|rate|ratons|loupe|loupons|casse|renverse|tache|mange)|(?:quand|si) (?:il|elle|ils|elles) (?:saura|sauront|sait|savent|voit|voient|verra|verront) que (?:je ai|on a|nous avons) (?:encore |re)?(?:oublie|rate|loupe|casse|renverse|tache|mange|raye|abime|depense)|(?:je ai|on a|nous avons|car je ai|parce que je ai) (?:encore |re)?(?:oublie|rate|loupe|casse|renverse|tache|abime|raye))\b"
    # sibling rows over an object: "jvais tuer mon frère, il a ENCORE pris mon chargeur"
    r"|\b(?:je vais|jvais|je vais le|je vais la) tuer (?:mon|ma) (?:frere|soeur|petit frere|petite soeur|grand frere|grande soeur|coloc|cousin|cousine)\b(?= (?:il|elle) a (?:encore |re)?(?:pris|pique|mange|casse|perdu|fini|vole|utilise|emprunte|mis))"
    # knocking on doors: "j'ai frappé à toutes les portes, personne ne répond"
    r"|\b(?:frappe|frapper|frappons|frappent|frappes)(?: a)? (?:toutes les portes|a toutes les portes|a la porte|a votre porte|a leur porte|a sa porte|a ma porte)\b"
    # a doctor's warning about an illness or a habit: "mon diabète va me tuer si je continue comme ça"
    r"|\b(?:mon|ma|mes|ce|cette|le|la) (?:diabete|cancer|maladie|tension|hypertension|cholesterol|poids|obesite|tabac|cigarette|cigarettes|clope|clopes|alcool|sucre|coeur|foie|reins|insuffisance \w+)(?: \w+){0,2} (?:va|vont|finira par|finiront par|risque de|pourrait) (?:me|le|la|nous|te) tuer\b"
    r"|\b(?:vais|va|vont) (?:le|la|les|te) tuer (?:si|se) (?:il|elle|ils|elles|tu) (?:oublie|oublient|oublies|perd|perdent|rate|ratent|laisse|laissent|ne range|recommence|recommencent)\b"
    r"|\bje vais (?:mourir|crever) si je (?:rate|loupe|manque|dois encore|dois refaire|remplis|recois)\b"
    # a wish told as a death: "il va mourir si on ne va pas au parc", "je vais mourir si je vois pas ce concert"
    r"|\b(?:va|vais|vas|allait|vont) mourir si (?:on|je|tu|nous|il|elle|ils) (?:ne )?(?:va|vais|vas|allons|vont|voit|vois|voyons|fait|fais|faisons|achete|peut|peux|a|mange|regarde) (?:pas|plus)\b(?: \w+){0,3} (?:parc|parcs|cinema|concert|match|piscine|mer|plage|zoo|glace|gateau|chocolat|console|jeu|film|serie|dessin anime|mcdo|fete|anniversaire|spectacle|disney|disneyland|manege|foire|vacances|star|chanteur|chanteuse|idole)\b"
    # anger at a clerk, not at a dependent person: "j'ai envie de le frapper, ce guichetier de la CAF"
    r"|\benvie de (?:le|la|les) (?:frapper|tuer|etrangler|baffer|gifler|taper)(?: ,)? (?:ce|cette|ces|le|la|les) (?:guichetier|guichetiere|fonctionnaire|fonctionnaires|agent|agente|agents|conseiller|conseillere|secretaire|employe|employee|standardiste|expert|evaluateur|evaluatrice|type|gars|mec|bonhomme|dame|monsieur)\b"
    r"|\b(?:tombe|tombee|tombes|tomber|roule|roulait|se roulait) (?:par terre|de sa chaise|au sol) de rire\b"
    r"|\bcrever le ecran\b|\bsauter en (?:parachute|elastique|parapente)\b|\bsaut en parachute\b"
    # impatience with the service: "ça fait une heure que j'écris"
    r"|\bca fait (?:une heure|des heures|longtemps|une demi heure|\d+ minutes|\d+ min) que (?:je|on|nous) (?:ecris|ecrit|attends|attend|appelle|essaie|essaye)\b"
    # a plan called off: "la sortie au parc tombe à l'eau" (not "mon père est tombé à l'eau")
    r"|\b(?:sortie|sorties|projet|projets|match|pique nique|rendez vous|rdv|vacances|voyage|soiree|fete|concert|atelier|plan|plans|week end|sejour|stage|spectacle|reunion|cours|seance|anniversaire|balade|promenade|visite|excursion|course|idee)\b(?: \w+){0,5} (?:tombe|tombent|tombee|tombees|tombes|est tombe|est tombee|sont tombes|va tomber|risque de tomber|vont tomber) a le eau\b"
    r"|\boverdose de (?:bonbons|chocolat|sucre|sucreries|series|ecrans|travail|reunions|paperasse|papiers|jeux)\b"
    r"|\b(?:se est|se sont|me suis|nous sommes|te es) battu\w* comme (?:un|une|des) \w+\b|\bbattu\w* comme un lion\b"
    r"|\b(?:me|nous) donne envie de (?:me|nous) (?:jeter|pendre|tirer une balle|tuer)(?: par la fenetre| sous un train)?\b"
    # "il y a le feu au lac ?", "on a mis le feu à la piste de danse", "je tombe de sommeil", "l'après moi" (what
    # becomes of a disabled child when the parents are gone), "disparaître sous ma couette", a child's tantrum
    # ("il a hurlé je vais mourir parce qu'on a éteint la télé"), paperwork hyperbole ("si je dois encore
    # remplir ce cerfa je me jette par la fenêtre"), and the same idioms in Spanish, Italian, Portuguese, English
    r"|\b(?:il y a|y a|ya|y a pas|il y a pas|il ne y a pas) (?:pas )?le feu au lac\b"
    r"|\b(?:mis|mettre|met|mettent|mettait) le feu (?:a la|au|a le) (?:piste|dancefloor|soiree|salle|scene|fete|public|concert|boum|mariage|stade|match)\b"
    r"|\b(?:tombe|tombes|tombent|tombais|tombait|tomber) de (?:sommeil|fatigue)\b"
    r"|\b(?:le|un|de le|a le) apres (?:moi|nous)\b"
    r"|\bdisparaitre sous (?:ma|la|une|mes|les|sa|son) (?:couette|couverture|couvertures|draps|plaid|lit)\b"
    r"|\bje vais mourir parce que (?:on|tu|vous|je|papa|maman|ils|elle|il) (?:lui |me |nous )?(?:a|as|avez|ai|ont) (?:eteint|coupe|confisque|pris|enleve|interdit|refuse) (?:la|le|sa|son|ma|mon|les|ses|mes) (?:tele|television|console|ecran|ecrans|tablette|jeu|jeux|wifi|internet|telephone|portable|dessin anime|switch|bonbons?|gateau|dessert)\b"
    r"|\bsi (?:je dois|il faut|on me demande de|je dois de nouveau) (?:encore |de nouveau |une fois de plus |re)?(?:remplir|refaire|renvoyer|scanner|photocopier|reecrire|recopier|remplir encore|rappeler|appeler|relancer|attendre|ecrire a|retourner a)(?: \w+){0,6} (?:je me|je vais me|jvais me|je me vais) (?:jette|jeter|pends|pendre|flingue|flinguer|tue|tuer|fous en le air|tire une balle)(?: par la fenetre| sous un train| du pont| par le balcon)?\b"
    # "je suis à bout avec ces formulaires, ils vont me tuer": the pronoun stands for the papers
    r"|\b(?:ces formulaires|ces papiers|ces demarches|ces dossiers|ces reunions|ces delais|ces horaires|ces trucs|ces histoires|ces escaliers|ces courriers|ces relances|ces rendez vous)(?: \w+| ,){0,4} (?:ils|elles) (?:vont|vont finir par|finiront par) (?:me|nous) (?:tuer|achever)\b"
    r"|\ble couteau sous la gorge\b"
    # a joke taken back at once: "je me jette par la fenêtre, haha, non sérieusement on attend depuis 2 ans"
    r"|\b(?:je me jette|je vais me jeter|je me pends|je vais me pendre|je me tue)\b(?: \w+){0,4}(?: ,)? (?:haha|hihi|hahaha|mdr|ptdr|xd)(?: ,)? (?:non |plus |mais )?serieuse?ment\b"
    # a football bet: "il a dit qu'il allait se pendre si le PSG perd encore"
    r"|\b(?:se|me|te) (?:pendre|jeter par la fenetre|tuer|flinguer) si (?:le |la |les |l )?(?:psg|om|ol|losc|asse|bleus|equipe de france|france|real|barca|rc lens|stade \w+|ma equipe|son equipe|mon equipe|notre equipe) (?:perd|perdent|gagne|gagnent|rate|ratent|ne gagne pas|joue mal|est elimine\w*)\b"
    r"|\b(?:paperasse|papiers|dossier|dossiers|formulaire|formulaires|demarches|cerfa|mdph|caf)\b(?: \w+| ,){0,6} (?:je vais finir par|je vais) me (?:jeter|pendre|tuer|flinguer)(?: par la fenetre| sous un train)?(?: \w+){0,2} (?:mdr|ptdr|xd)\b"
    r"|\bsi (?:je|j) (?:ne )?(?:trouve|ai|rate|loupe|recois|dois|redouble|passe)(?: \w+){0,5} (?:je vais|jvais|je me|je vais me) (?:me )?(?:pendre|jeter|tuer|flinguer|suicider)(?: \w+){0,3} (?:mdr|ptdr|xd)\b"
    # a risk named to prevent it: "je cherche des partenaires pour éviter qu'il se retrouve à la rue"
    r"|\b(?:eviter|pour eviter|avant) (?:que|qu) ?(?:il|elle|ils|elles|on|je|nous) (?:ne )?(?:se |me |nous )?(?:retrouve|retrouvent|retrouvions|finisse|finissent|soit|soient)(?: \w+){0,2} (?:a la rue|dehors|sans logement|sans toit|sans abri|sdf)\b(?!(?: \w+){0,3} (?:ce soir|cette nuit|aujourdhui))"
    # "« je vais le tuer » a dit mon fils en parlant du chat qui lui a volé sa place"
    r"|\b(?:je vais|jvais|il va|elle va|va) (?:le|la|les|te) tuer\b(?: [\w,]+){0,6} en parlant (?:du|de la|de le|de son|de sa|de ses|des) (?:chat|chien|lapin|hamster|poisson|console|jeu|ordi|ordinateur|telephone|perroquet|cochon dinde)\b"
    r"|\b(?:vais|va|vont) (?:le|la|les|te) tuer(?: [\w,]+){0,4} (?:il|elle|ils|elles) (?:a|ont) (?:encore |deja |re)?(?:mange|pris|casse|perdu|fini|bu|vole|cache|efface|abime) (?:mes|mon|ma|le|la|les|tout|ses|son|sa|nos|notre)\b"
    r"|\b(?:veut|va|vont|veulent) (?:me|nous) tuer avec (?:ses|ces|leurs|son|sa|les) (?:burpees|exercices|squats|devoirs|questions|formulaires|papiers|reunions|blagues|histoires|seances|cours|pompes|abdos)\b"
    r"|\bsi (?:\w+ ){0,8}(?:encore|redemande|recommence|une fois de plus|encore une fois)(?: \w+){0,8} je (?:saute|me jette|me pends|me flingue|me tire une balle|me tue)(?: par la fenetre| du balcon| sous un train| du pont)?(?: ,)? (?:haha\w*|mdr\w*|lol|ptdr|xd)\b"
    r"|\bsauter (?:du haut )?(?:du|de le|de la|des) (?:mur|murs|plongeoir|plongeoirs|trampoline|tremplin)(?: de (?:escalade|entrainement|bloc))?\b"
    r"|\b(?:me muero|muero|me muoio|muoio|morro|estou morrendo|i am dying|im dying|dying) (?:de ganas|dalla voglia|di voglia|de vontade|to)\b"
)
# "mdr", "lol", "pour jouer": a joke or a game in the clause sets danger words aside like fiction does
JOKE = re.compile(r"\b(?:mdr|lol|ptdr|xd|haha\w*|hihi\w*|pour rire|pour jouer|en jouant|pour de faux|pour de rire|pour plaisanter|je rigole|jrigole|(?:il|elle) joue au|(?:ce est|ce etait) (?:son|leur|un) jeu|non serieux|non serieusement|je plaisante|je blague|ce est une blague|jplaisante)\b")
JOKE_EMOJI = re.compile("[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F61C\U0001F61D\U0001F61B\U0001F643\U0001F639\U0001F604\U0001F601\U0001F60E\U0001F60F\U0001F92A]")

# a fiction / training context that holds for the whole message ("C'est pour un jeu de rôle : ...")
FICTION_MESSAGE = re.compile(
    r"\b(?:jeu de role|jeux de role|mise en situation|cas pratique|exercice de formation|scenario de formation)\b"
    r"|\b(?:ce est|cest) pour (?:une|un|mon|ma|notre|nos|mes) (?:formation|expose|memoire|cours|these|devoir|stage|projet scolaire|travail scolaire)\b"
    r"|\bpour (?:mon|ma|notre) (?:memoire|these|expose|formation|cours)\b"
    r"|\b(?:juste un (?:reve|cauchemar)|a reve que|ai reve que|avait reve que|a fait un cauchemar|fait des cauchemars)\b"
    # words taken back: "c'était une blague quand j'ai dit que j'allais me pendre"
    r"|\b(?:ce etait|ce est|cetait) (?:une blague|pour rire|pour plaisanter|de le humour) quand (?:je ai|il a|elle a|on a) dit\b"
    r"|\b(?:module|formation|atelier) (?:\w+ )?reperer (?:la|les) (?:maltraitance|signes|violences?)\b"
    # a child's game shout: "« Je vais sauter ! » crie ma fille quand elle monte sur le trampoline"
    r"|\bje vais sauter\b(?: [\w,.]+){0,14} (?:trampoline|piscine|plongeoir|parachute|elastique|haies|corde a sauter|saut en longueur|saut en hauteur|canape|lit des parents)\b"
    # watching or reading about something: "je regarde un documentaire sur les anciens asiles"
    r"|\b(?:je regarde|je ai regarde|on regarde|on a regarde|je lis|je ai lu|je ai vu|on a vu|nous avons vu) (?:un|une|le|la) (?:documentaire|reportage|film|serie|emission|article|livre|roman)\b"
    r"|\b(?:un|le|cet|ce) (?:article|reportage|post|temoignage)(?: du journal| de presse| de le journal| sur \w+)? (?:raconte|dit|parle|explique|montre|decrit)\b"
    # instructions written for someone else: "je prépare une fiche pour la baby-sitter : si mon fils fait une crise"
    r"|\b(?:une fiche|un protocole|un pai|une affiche|un mot|une note|des consignes) pour (?:la|le|les|notre|ma|mon) (?:baby sitter|babysitter|nounou|ecole|maitresse|creche|centre de loisirs|colo|assistante maternelle|animateurs?|animatrices?|grand mere|grands parents|remplacante?)\b"
)
# a medical event told as yesterday's, with nothing saying it goes on now ("elle a fait un malaise hier")
MEDICAL_PAST = re.compile(r"\b(?:hier|avant hier|la semaine derniere|le mois dernier|le week end dernier|samedi dernier|dimanche dernier)\b")
MEDICAL_NOW = re.compile(r"\b(?:toujours|encore|depuis(?! (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|des|plusieurs|quelques) (?:ans|annees|mois|semaines)\b| longtemps\b| toujours\b| (?:la|sa|leur|ma|son) naissance\b)|maintenant|en ce moment|ce matin|cette nuit|ce soir|aujourdhui|tout de suite|ne se releve|ne repond|ne bouge|ne respire|seule? (?:par terre|au sol|a la maison|chez (?:lui|elle))|tout seul|toute seule|(?:ne )?peut (?:pas|plus) se (?:lever|relever)|par terre|au sol)\b")

NEGATORS = {"pas", "jamais", "plus", "aucun", "aucune", "non", "ni", "not", "never", "no", "nullement", "point",
            "rien", "dont"}
WINDOW_STOP = {",", "que", "mais", "car", "parce", "si", "et", "ou", "puis", "alors", "donc", "but", "and"}


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: Pattern[str]
    level: str  # vitale | haute | weak | flag
    signal: str
    kind: Optional[str] = None  # danger kind for vitale rules ("medical?" = medical or autrui by subject)
    family: Optional[str] = None  # weak rules: means | plan | distress
    farewell: bool = False  # a plan clue of its own (a farewell, affairs put in order): two different ones are a danger
    flag: Optional[str] = None
    negatable: bool = True
    fiction: bool = False  # dropped in a fiction / prevention context
    past: bool = False  # dropped when the clause dates it long ago ("il y a 3 ans")
    exclude: Optional[Pattern[str]] = None  # dropped if this matches the clause
    require: Optional[Pattern[str]] = None  # kept only if this matches the whole message (or conversation)
    # a vitale rule whose `require` fails counts as a guard (the model then needs T_VITALE_GUARDED) unless
    # this is False: rules that only add a narrow case must not make the model's catches harder
    require_guards: bool = True
    after_exclude: Optional[Pattern[str]] = None  # dropped if this matches right after the match
    before_exclude: Optional[Pattern[str]] = None  # dropped if this matches right before the match
    tags: tuple = field(default_factory=tuple)


def _r(p: str) -> Pattern[str]:
    return re.compile(p)


def R(id, pattern, level, signal, **kw) -> Rule:
    for key in ("exclude", "require", "after_exclude", "before_exclude"):
        if isinstance(kw.get(key), str):
            kw[key] = _r(kw[key])
    return Rule(id=id, pattern=_r(pattern), level=level, signal=signal, **kw)


FIG_DEATH = r"^ (?:de|du|des) (?:rire|envie|fatigue|peur|honte|froid|chaud|faim|soif|ennui|impatience|curiosite|jalousie|stress|trouille|sommeil|chagrin|inquietude|angoisse|bonheur|joie|plaisir)"

# ------------------------------------------------------------------------------------------------------------------
# VITALE — suicide
# ------------------------------------------------------------------------------------------------------------------
SUICIDE_RULES = [
    R("suicide_word", r"\b(?:suicid\w*|suisid\w*|su(?:i)?s*[cs]+i?d(?:e|er|ee|es|aire|aires|ant|ait|erai|erais)\b|selbstmord\w*|suizid\w*|انتحار|انتحر\w*)", "vitale", "mot: suicide",
      kind="suicide", fiction=True, past=True,
      exclude=r"\b(?:risque suicidaire (?:est )?(?:faible|nul|exclu|ecarte))\b"),
    # professionals' words: "verbalise une intention de passage à l'acte ce soir", "risque de passage à l'acte"
    R("passage_acte", r"\b(?:intention|intentions|idee|idees|risque|menace|menaces|projet|scenario|envie) (?:de |du )?passage a le acte\b|\b(?:veut|va|menace de|pourrait|risque de|parle de) passer a le acte\b",
      "vitale", "risque de passage à l'acte", require_guards=False, kind="suicide", fiction=True, past=True,
      exclude=r"\b(?:antecedents?|ancien|ancienne|il y a|faible|nul|ecarte|exclu|pas de)\b"),
    R("place_scouted", r"\bje ai (?:repere|reperer|choisi|trouve) (?:le|un|une|la|les|mon) (?:haut du |haut de le |toit du |toit de le |dernier etage du |bord du )?(?:pont|toit|falaise|voie ferree|voies|rails|endroit|parking|immeuble|viaduc|barrage|tour|falaises|quai)\b",
      "vitale", "projet: lieu choisi", require_guards=False, kind="suicide", negatable=True, fiction=True,
      require=r"\b(?:ce soir|cette nuit|demain|tout a le heure|maintenant|je y vais|je y serai|aujourdhui|samedi|dimanche|ce week end|avant|adieu|prevenir)\b",
      exclude=r"\b(?:pour (?:garer|me garer|stationner|se garer|la voiture|le pique nique|les photos|photographier|une photo|courir|pecher)|pique nique|peche|randonnee|visite|stage|emploi|travail (?:de|a))\b"),
    # a farewell letter found: "je rentre et je trouve une lettre sur la table, il nous demande pardon"
    R("farewell_found", r"\b(?:trouve|retrouve|decouvre|decouvert|trouvons|trouvee)(?: \w+){0,2} (?:une|sa|la|un|son|ce) (?:lettre|mot|message)(?: [\w,]+){0,8} (?:pardon|adieu|au revoir a tous|il nous aime|elle nous aime)\b",
      "vitale", "lettre d'adieu trouvée", require_guards=False, kind="suicide", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:anniversaire|fete|noel|cadeau|ecole|maitresse|amoureux|dispute)\b"),
    R("ts", r"\b(?:fait|faire|refait|refaire|fais|a fait) une ts\b|\btentative de suicide", "vitale",
      "tentative de suicide", kind="suicide", past=True, fiction=True),
    R("want_die", r"\b(?:je|j|moi|i)" + SELF_VERB_GAP + r" (?:veux|veut|voudrais|voudrait|aimerais|aimerai|souhaite|souhaiterais|prefere|prefererais|preferais|vais|pense|compte|reve de|ai envie de|ai besoin de|ai hate de|demande a|prie pour|attends de|attend de)(?: (?:juste|vraiment|tellement|seulement|simplement|bien|souvent|parfois|tout le temps|a|de|que|qu|toujours|plutot|surtout|only|just|really))* (?:mourir|crever|disparaitre|partir pour toujours|etre morte?|etre mort|en finir|me tuer|me suicider|mettre fin|plus me reveiller|ne plus me reveiller|ne plus exister|plus exister|plus etre la|ne plus etre la|rejoindre (?:mon|ma|mes))\b",
      "vitale", "envie de mourir", kind="suicide", fiction=True, after_exclude=r"^ (?:sous terre|dans un trou)|" + FIG_DEATH[1:]),
    R("envie_mourir", r"\b(?:envie|envi|besoin|desir|idee|idees|pense|pensee|pensees|pensais|songe|songer|reve|penser|parle|parler|parlait|parle souvent) (?:de|a|au|que a|que de|souvent a|souvent de|tout le temps a) (?:mourir|crever|disparaitre|en finir|me tuer|me suicider|la mort|ma mort|me foutre en le air|me jeter|sauter|me pendre|partir pour toujours)\b",
      "vitale", "idées de mort", kind="suicide", fiction=True, after_exclude=r"^ (?:sous terre|dans un trou)|" + FIG_DEATH[1:],
      exclude=r"\b(?:parle\w*|parler) (?:de|souvent de|beaucoup de) (?:la|sa) mort (?:de|du|des)\b|\bon parle (?:souvent )?de la mort\b"),
    R("self_kill", r"\b(?:me tuer|me suicider|me pendre|me flinguer|me buter|me foutre en le air|me fout en le air|me fous en le air|me fous en lair|me foutrai en le air|me fouterai en le air|me supprimer|me tirer une balle|me ouvrir les veines|me couper les veines|me taillader|me scarifier|me mutiler|me trancher|me laisser mourir|me laisser crever|me laisser partir|me noyer|me jeter (?:sous|du|de|par|dans|devant|a la mer|en bas)|mettre fin a (?:mes jours|ma vie|tout|mes souffrances|mon existence)|mettre un terme a (?:ma vie|mes jours|tout)|en finir avec " + LIFE_OBJ + r"|mettre les voiles pour toujours)\b",
      "vitale", "projet de se tuer", kind="suicide", fiction=True,
      after_exclude=r"^ (?:a la tache|a le travail|au travail|a (?:le|la|lui|leur|vous|te|les) (?:dire|expliquer|repeter)|a (?:dire|expliquer|repeter|bosser|travailler)|sous (?:les|des|la) (?:papiers|dossiers|paperasse|boulot|travail)|dans (?:les|des|la) (?:papiers|dossiers|paperasse|demarches))",
      before_exclude=r"\b(?:va|vont|veut|veulent|menace de|a menace de|allait|voulait|vient|viennent|peur que (?:il|elle|on) (?:vienne|veuille)|il|elle|on|ils|elles|failli|a failli|ont failli|avait failli|manque de)(?: \w+){0,1} $"),
    R("je_me_tue", r"\bje me tue\b(?! a\b| au\b| pour\b| sur\b| avec\b| tous les jours a| a la tache)|\bje vais me tuer\b|\bje me supprime\b|\bje me suicide\b",
      "vitale", "projet de se tuer", kind="suicide", fiction=True),
    R("third_suicide", r"\b(?:veut|voudrait|va|vont|allait|voulait|allaient|voulaient|pourrait|risque de|menace de|a menace de|parle de|dit que il va|dit que elle va|dit que il veut|dit que elle veut|envie de|pense a|essaye de|essaie de|a essaye de|tente de|a tente de|cherche a)(?: (?:encore|souvent|tout le temps|toujours|vraiment))? (?:se tuer|se suicider|se pendre|se jeter|se foutre en le air|mettre fin a ses jours|en finir avec la vie|se faire du mal|se couper|se scarifier|se mutiler|sauter (?:du|par|de)|mourir)\b",
      "vitale", "idées de suicide d'un proche", kind="suicide", fiction=True, after_exclude=FIG_DEATH),
    R("no_life", r"\b(?:plus|pas|aucune|aucun|perdu|perdu le|perdu la) (?:envie|envi|gout|raison|force|le courage|courage|sens|interet) (?:de|a) (?:vivre|la vie|exister|continuer a vivre|me lever le matin)\b"
      r"|\b(?:marre|assez|ras le bol|fatigue|fatiguee|lasse|lassee) de (?:vivre|la vie|exister|cette vie de merde)\b"
      r"|\b(?:je en peux plus|je ne en peux plus|en peux plus|plus la force|je ne supporte plus|je supporte plus) de (?:la vie|vivre|cette vie|ma vie|exister|tout ca et de la vie)\b"
      r"|\b(?:veux|veut|voudrais|voudrait|souhaite|aimerais) (?:plus|pas|pu) (?:vivre|exister)\b"
      r"|\b(?:la|ma) vie (?:ne a|a|na) (?:plus|pas|aucun|plus aucun) (?:de )?sens\b"
      r"|\b(?:plus|aucune|pas) (?:aucune |de |une )?raisons? de (?:vivre|rester|continuer|me battre|me lever)\b|\ba quoi bon (?:vivre|continuer|rester en vie)\b"
      r"|\b(?:mieux|mieu|meilleur)(?: \w+){0,4} sans moi\b|\bsans moi (?:ce serait|ca serait|ils seraient|tout serait) mieux\b"
      r"|\b(?:dormir|endormir|partir|disparaitre) (?:pour toujours|a jamais|definitivement|de ce monde)\b"
      r"|\b(?:ne plus|plus jamais|jamais plus) (?:me reveiller|me lever|exister)\b"
      r"|\b(?:aimerais|voudrais|prefererais|aurais aime|aurais prefere) ne (?:jamais|plus|pas) (?:me )?(?:etre )?(?:reveille|reveillee|ne|nee)\b"
      r"|\b(?:lettre|mot|message|messages) de adieu\b|\bdire adieu\b|\badieu (?:a )?(?:tous|tout le monde|vous tous|a vous)\b"
      r"|\b(?:personne ne (?:remarquera|verra|se en rendra compte|me regrettera|pleurera|me manquera)|ca ne changera rien (?:a personne|pour personne))\b(?: \w+){0,4} (?:si je (?:disparais|meurs|pars|ne suis plus la|me tue)|quand je (?:serai partie?|ne serai plus la|serai morte?))\b"
      r"|\bsi je (?:disparais|meurs|mourais|disparaissais|me tuais)\b(?: \w+){0,4} (?:personne ne|ca ne changera rien|tout le monde sera|ils seront mieux)\b"
      r"|\bdernier message\b(?: \w+){0,4} adieu\b|\badieu\b(?: \w+){0,4} dernier message\b|\b(?:ce est|voici) mon dernier message\b|\bmes derniers mots\b|\bmon dernier jour\b|\bma derniere nuit\b"
      r"|\b(?:serais|serait|serions) mieux (?:morte?|mort|morts|sous terre)\b|\bplutot (?:mourir|crever|etre morte?)\b"
      r"|\bje meurs\b(?! de| du| des| d| pour)|\bje vais mourir\b(?! de| du| des| d| pour| un jour| comme)",
      "vitale", "plus envie de vivre", kind="suicide", negatable=False, fiction=True,
      exclude=r"\bmort de rire\b|\bmdr\b",
      after_exclude=r"^ (?:(?:de|au|a le|en) (?:travail|boulot|stage|contrat|ecole|college|lycee|cours|esat|entreprise|vacances|conge|conges|formation|cdd|repit|sejour|colo|colonie|hospitalisation|accueil temporaire|internat)|(?:est|sera|ce sera) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d+|demain|la semaine|en)\b|chez (?:mes|mon|ma|eux|lui|elle|ses)|avec (?:mes|mon|ma|lui|elle|eux)|dans (?:ce|cet|cette|mon|ma|un|une|le|la) (?:appart\w*|logement|foyer|quartier|ville|maison|immeuble|chambre|studio)|en (?:foyer|ehpad|institution|collectivite|ville)|ici\b|a (?:la campagne|paris|la ville))"),
    R("dark_thoughts", r"\b(?:idees?|pensees?) (?:noires|de mort|suicidaires|sombres de mort|de suicide)\b|\b(?:serais|serait|serions) mieux (?:morte?|mort|morts|sous terre)\b|\bplutot (?:mourir|crever|etre morte?)\b",
      "vitale", "idées noires", kind="suicide", negatable=True, fiction=True,
      exclude=r"\b(?:risque|evaluation|questionnaire|(?:le|la|mon|ma) (?:medecin|psy|psychiatre|psychologue|docteur|infirmier|infirmiere|generaliste) (?:me )?a demande|on me a demande)\b(?: [\w,]+){0,12} (?:faible|nul|non|pas|aucune|jamais)\b"),
    R("self_harm", r"\b(?:je me (?:coupe|scarifie|mutile|taillade|brule|frappe la tete|tape la tete|griffe jusque au sang)|automutil\w*|scarification\w*|je me fais du mal|me faire du mal|me suis (?:coupe|coupee|scarifie|scarifiee|taillade|tailladee) (?:les (?:bras|poignets|veines|cuisses)|expres|volontairement))\b",
      "vitale", "automutilation", kind="suicide", fiction=True,
      after_exclude=r"^ (?:les ongles|les cheveux|le doigt|en cuisinant|en bricolant)",
      before_exclude=r"\b(?:veut|va|vont|veulent|vienne|viennent|il|elle|on|ils|peur que (?:il|elle|on))(?: \w+){0,1} $"),
    R("self_harm_other", r"\b(?:se coupe|se coupent|se scarifie|se scarifient|se mutile|se taillade|se tailladent|se fait du mal|se brule|se automutile|se est coupe|se est coupee|se est scarifie|se est scarifiee|se tape la tete (?:contre|par terre) (?:jusque au sang|au sang))\b(?: \w+){0,3}",
      "vitale", "automutilation d'un proche", kind="suicide", fiction=True,
      after_exclude=r"^ (?:les ongles|les cheveux|le doigt|en cuisinant|en bricolant|en tombant|avec du papier)",
      require=r"\b(?:bras|poignets|veines|cuisses|lame|lames|rasoir|cutter|couteau|expres|volontairement|sang|scarifi\w*|mutil\w*|taillad\w*|fait du mal|tous les jours|souvent|encore)\b"),
    # means, strong frames (a means in a self-harm frame)
    R("means_pills", r"\b(?:avale|avaler|avalee|prendre|pris|prise|ingurgite|ingurgiter|gobe|gober|bu|boire|vider)\b(?: \w+){0,3} (?:(?:toute|tout|toutes|tous|une|deux|trois|des|plusieurs|la|ma|mes|les) )?(?:boite|boites|plaquette|plaquettes|tube|tubes|flacon|flacons|stock|reserve|bouteille)\b(?: \w+){0,3}"
      r"|\b(?:avale|avaler|avalee|prendre|pris|gober|gobe)\b (?:tous|toutes|tout|plein de|trop de|une poignee de|beaucoup de)(?: \w+){0,1} (?:mes |les |ses |ces |de |des )?" + MEDS,
      "vitale", "moyen: médicaments", kind="suicide",
      require=r"\b" + MEDS + r"|\bboite|\bplaquette",
      exclude=r"\b(?:comment|ordonnance|pharmacie|prescri\w*|rembours\w*|oublie|oubli|aide a|aider a|infirmier|infirmiere|pilulier|par jour|chaque jour|le matin|le soir a|doit prendre|dois prendre|doit les prendre|refuse de prendre|peut prendre|pour prendre)\b",
      before_exclude=r"\b(?:il|elle|mon \w+|ma \w+|on|ils|elles) (?:a|ont|a du|doit|va|veut)(?: \w+){0,1} $"),
    R("pills_laid_out", r"\bje (?:compte|recompte|aligne|etale|trie|ai compte|ai aligne|ai etale|ai sorti|sors)\b(?: \w+){0,2} (?:les |mes |tous les |toutes les |ses )?" + MEDS + r"\b"
      r"|\b(?:je ai |jai )?vide (?:la|le|mon|ma|toute la|tout le) (?:armoire a pharmacie|armoire de pharmacie|boite a pharmacie|pharmacie|pilulier)\b(?: \w+){0,3} (?:sur|dans) (?:mon|le|ma|la) (?:lit|table|bureau|main)\b",
      "vitale", "moyen: médicaments préparés", require_guards=False, kind="suicide", negatable=True, fiction=True,
      exclude=r"\b(?:pilulier de la semaine|pour la semaine|infirmier|infirmiere|ordonnance|pharmacien|inventaire|perimes|date de peremption|rapporter a la pharmacie|trier les perimes)\b"),
    R("swallowed_self", r"\bje (?:ai|viens de) (?:avale|ingurgite|pris|prendre|bu|gobe)(?: \w+){0,1} (?:tous|toutes|toute|tout|plein de|trop de|beaucoup de|une boite|la boite|des boites|une plaquette|la plaquette|[5-9]|[1-9]\d+)\b(?: \w+){0,3} (?:" + MEDS + r"|de|des)\b"
      r"|\bje (?:ai|viens de) (?:avale|bu|ingurgite|pris)\b(?: \w+){0,2} (?:javel|poison|mort aux rats|produit menager|destop|antigel|white spirit)\b",
      "vitale", "moyen: médicaments avalés", kind="suicide", negatable=True,
      require=r"\b(?:" + MEDS + r"|javel|poison|mort aux rats|produit|destop|antigel|white spirit|doliprane|comprimes|sirop|flacon|fait une betise|fait une connerie)\b",
      exclude=r"\b(?:mon traitement comme|comme prescrit|ce matin comme|ordonnance|prescrit)\b"),
    R("means_rope", r"\bje (?:ai|viens de|vais) (?:achete|acheter|prepare|preparer|trouve|pris|prendre|accroche|accrocher|attache|attacher|noue|nouer)?\s?(?:une|la|ma|des) (?:corde|cordes|ceinture au|rallonge au)\b(?! a sauter| a linge| de guitare| vocales?| de escalade)"
      r"|\b(?:noeud coulant|pendaison|me pendre)\b",
      "vitale", "moyen: corde", kind="suicide", fiction=True,
      exclude=r"\b(?:escalade|bateau|voile|guitare|violon|jardin|linge|sauter|bache|camping|camping car|scout|scouts|tente|remorque|cordage|noeuds marins)\b"),
    R("means_jump", r"\b(?:sauter|saute|sauterai|me jeter|je me jette|me lancer|me balancer|me laisser tomber|jump|jumping)\b(?: \w+){0,3} (?:du|de|des|de le|de la|depuis|par|sous|devant|dans|en bas|off|from|in front of)(?: \w+){0,2} (?:pont|fenetre|balcon|toit|immeuble|falaise|train|trains|metro|rer|tram|voiture|camion|bus|rails|voie|vide|riviere|fleuve|seine|loire|rhone|garonne|canal|mer|etage|viaduc|parking|tour|bridge|window|roof|train)\b",
      "vitale", "moyen: saut / train", kind="suicide", fiction=True,
      exclude=r"\b(?:piscine|trampoline|parachute|elastique|saut a le elastique|plongeoir|parapente|joie)\b",
      before_exclude=r"\b(?:il|elle|on|ils|elles) (?:a|peut|pourrait|risque de|risquait de)(?: \w+){0,1} $"),
    R("means_place", r"\bje (?:suis|me trouve|me tiens|ai monte|ai grimpe|suis monte|suis montee|vais aller|vais monter|marche) (?:sur|au bord de|au bord du|au bord des|en haut de|en haut du|sur le rebord de|sur le rebord du|sur les|au dessus du|au dessus de)(?: le| la| les| l)? (?:pont|toit|falaise|rebord|viaduc|parapet|rails|voie ferree|vide|precipice|garde corps|rebord de la fenetre|rebord du balcon)\b",
      "vitale", "moyen: lieu en hauteur", kind="suicide", negatable=False, fiction=True,
      after_exclude=r"^ (?:depuis (?:\d|ce matin|le aube|des heures|six|sept|cinq)|toute la journee|tous les jours|avec les enfants|du matin au soir|h24|24)"),
    R("means_rail", r"\bje (?:suis|me trouve|me tiens|vais aller|marche|attends|reste|suis assise?|suis allongee?) (?:devant|pres de|pres des|a cote de|a cote des|sur|au bord de|au bord des|le long de|le long des|entre) (?:la |les |le )?(?:voie ferree|voies ferrees|voie|voies|rails|passage a niveau)\b",
      "vitale", "moyen: voie ferrée", kind="suicide", negatable=False, fiction=True,
      exclude=r"\b(?:quai|gare|train de|ter|tgv|billet|horaires|retard)\b"),
    R("means_weapon_self", r"\bje (?:ai|viens de) (?:achete|trouve|pris|sorti|charge|recupere) (?:une|un|le|la|mon|son|sa) (?:arme|fusil|pistolet|revolver|carabine|lame|rasoir|cutter)\b"
      r"|\b(?:le|mon) (?:fusil|pistolet|revolver|carabine) est (?:sorti|charge|pret|sur la table|a cote de moi|devant moi)\b"
      r"|\b(?:me tirer|me mettre) une balle\b|\b(?:ouvrir|ouvre|allumer) le gaz\b(?: \w+){0,3} (?:mourir|partir|en finir|fin|tout)",
      "vitale", "moyen: arme", kind="suicide", fiction=True),
    # English and other languages
    R("suicide_foreign", r"\b(?:kill (?:himself|herself|themselves)|wants to die|suicidal|end (?:his|her|their) life|hurt (?:himself|herself)|kill myself|killing myself|kms|end my life|end it all|take my own life|take my life|want to die|wanna die|wish i was dead|wish i were dead|better off dead|don t want to live|dont want to live|do not want to live|no reason to live|hurt myself|harm myself|self harm|overdose on|quiero morir|quiero morirme|me quiero morir|matarme|quitarme la vida|no quiero vivir|quero morrer|me matar|nao quero viver|mich umbringen|will sterben|mochte sterben|nicht mehr leben|voglio morire|uccidermi|ammazzarmi|non voglio vivere|أريد أن أموت|اقتل نفسي|أقتل نفسي)\b",
      "vitale", "mots de danger (autre langue)", kind="suicide", fiction=True),
    # under a train or a lorry: "je vais me mettre sous le train de 18h" (the timetable is not a journey)
    R("means_under", r"\bje(?: \w+){0,2} (?:me mettre|me mets|me jeter|me jette|me coucher|me couche|me allonger|me lancer|me lance) (?:sous|devant) (?:le|un|les|des|une) (?:train|trains|tgv|ter|rer|metro|tram|tramway|camion|camions|bus|voiture|voitures|poids lourd)\b",
      "vitale", "moyen: saut / train", kind="suicide", fiction=True),
    # preparing a hanging: "j'ai attaché la ceinture autour de la poutre du grenier"
    R("hang_prep", r"\b(?:attache|accroche|noue|fixe|passe)\w* (?:la|une|ma|sa) (?:ceinture|corde|echarpe|drap|cable|rallonge) (?:a|autour de|sur|au|a le) (?:la |une |le |un )?(?:poutre|rampe|barre|poignee|crochet|branche|arbre|lustre|mezzanine|escalier)\b",
      "vitale", "moyen: pendaison", kind="suicide", negatable=True, fiction=True,
      exclude=r"\b(?:hamac|balancoire|bache|linge|velo|decoration|guirlande|plante)\b"),
    # to join someone who died: "il parle de rejoindre son jumeau, décédé l'an dernier"
    R("rejoin_dead", r"\b(?:rejoindre|retrouver|aller retrouver|aller rejoindre) (?:son|sa|ses|mon|ma|mes) (?:jumeau|jumelle|frere|soeur|pere|mere|papa|maman|femme|mari|fils|fille|enfant|copain|copine|ami|amie|grand pere|grand mere)\b",
      "vitale", "veut rejoindre un proche mort", kind="suicide", negatable=True, fiction=True,
      require=r"\b(?:decede\w*|mort|morte|morts|au ciel|defunt\w*|parti pour toujours|est partie? pour toujours|lettre|adieu)\b",
      exclude=r"\b(?:a la gare|en vacances|a paris|a lyon|au travail|pour les vacances|chez (?:lui|elle)|demenag\w*)\b"),
    # "je voudrais juste que tout s'arrête, définitivement"
    R("stop_forever", r"\b(?:que tout se arrete|tout arreter|en finir|que ca se arrete|partir)(?: ,)? (?:definitivement|pour toujours|pour de bon|a jamais)\b",
      "vitale", "envie que tout s'arrête pour toujours", kind="suicide", negatable=True, fiction=True,
      exclude=r"\b(?:dossier|demarches|papiers|formulaire|procedure|travaux|bruit|harcelement|contrat|abonnement|traitement)\b"),
]

# ------------------------------------------------------------------------------------------------------------------
# VITALE — medical emergency (kind "medical?" = medical when the writer is the one in danger, else autrui)
# ------------------------------------------------------------------------------------------------------------------
MEDICAL_RULES = [
    R("breath", r"\b(?:ne )?(?:respire|respirent|respires|respirons) (?:plus|pas|mal|tres mal|presque plus|difficilement|bizarrement|avec difficulte|fort et|par a coups)\b"
      r"|\b(?:arrive|arrives|arrivent|peux|peut|peuvent|parvient|parviens) (?:plus|pas) a (?:respirer|reprendre (?:son|mon) souffle)\b"
      r"|\b(?:du )?mal a respirer\b|\b(?:se|me|s) (?:etouffe|etouffer|etrangle avec)\b|\best en train de (?:etouffer|setouffer)\b"
      r"|\bmanque de air\b|\bsuffoque\b|\bpas (?:bien )?respirer(?: bien| bon)?\b(?! (?:la|le|les|a|au|par))|\brespirer? pas bien\b|\bdetresse respiratoire\b|\b(?:oxygene|bouteille de oxygene|bouteilles de oxygene|concentrateur|respirateur)(?: \w+){0,5} (?:presque vide|presque vides|vide|vides|en panne|ne marche plus|ne fonctionne plus)\b|\b(?:arrete|cesse|arreter|cesser|arrete) de respirer\b|\bcan t breathe|\bcannot breathe|\bnot breathing\b|\bno respira\b",
      "vitale", "urgence médicale: respiration", kind="medical?", negatable=False,
      before_exclude=r"\b(?:risque de|risquer de|peur que|peur qu|pour eviter|eviter que|eviter de|prevenir|en cas de|si jamais|au cas ou|comment reagir si|que faire si|quoi faire si|que faire quand|quand il|quand elle|parfois|souvent|il arrive que|a failli|avait failli|ont failli|failli)(?: \w+){0,4} $",
      exclude=r"\b(?:dossier|papiers?|administration|cet appartement|ce appartement|cette maison|ce boulot|ce travail|ce job|cette situation|cette vie|ma vie|mdph|petit appartement|tellement je ris|tellement je rigole|a force de rire|fou rire|mdr|de rire|rendez vous|rdv|pneumologue|consultation|depuis (?:des|plusieurs|\d+) (?:mois|ans|semaines)|souvent|parfois|la nuit|quand (?:il|elle|je) dor\w+|apnee|ronfle\w*|allergie\w*|bilan|examen|chronique|le sport|en courant|quand (?:il|elle|je) court|a le effort|a la piscine|sous le eau)\b"),
    R("blue", r"\b(?:tout|toute|tous|toutes|devient|devenu|devenue|deviennent|virer|vire|levres) (?:bleu|bleue|bleus|bleues|violet|violette|gris|grise)\b|\blevres (?:bleues|violettes)\b",
      "vitale", "urgence médicale: il devient bleu", kind="medical?", negatable=False,
      exclude=r"\b(?:yeux|robe|pull|peinture|dessin|ciel|voiture|couleur|maillot|cheveux)\b"),
    R("unconscious", r"\b(?:inconscient|inconsciente|perdu connaissance|perd connaissance|perdu conscience|sans connaissance|evanoui|evanouie|evanouis|tombe dans les pommes|tombee dans les pommes|ne se reveille (?:pas|plus)|ne se reveillent pas|unconscious|won t wake up|doesn t wake up|no despierta)\b",
      "vitale", "urgence médicale: inconscient", kind="medical?", negatable=False, past=True,
      exclude=r"\b(?:mdr|lol|ptdr|devant le prix|devant la facture|de rire|en voyant le prix|quand (?:il|elle|je) a vu le prix)\b"),
    R("cry_help", r"\b(?:crie|crient|hurle|hurlent|appelle|appellent|appeler|criait|hurlait) (?:a le aide|au secours|a la aide|a mort)\b|\bcall(?:ing)? for help\b",
      "vitale", "quelqu'un appelle au secours", kind="autrui", negatable=True, fiction=True,
      exclude=r"\b(?:formulaire|dossier|mdph|caf|papiers|en jouant|pour jouer|pour rire|mdr|lol)\b"),
    R("not_moving", r"\b(?:il|elle|fils|fille|pere|mere|mari|femme|voisin|voisine|frere|soeur|bebe|enfant|papa|maman|grand pere|grand mere|lui|homme|dame|monsieur|personne)(?: \w+){0,6} ne (?:bouge (?:plus|pas)|reagit (?:plus|pas)|repond plus)\b",
      "vitale", "urgence médicale: ne bouge plus", kind="medical?", negatable=False,
      exclude=r"\b(?:telephone|appels?|messages?|mails?|courriers?|sms|tel|portable|prenom|quand on|consignes|questions|au courrier|a mes|a nos|aux relances|depuis des semaines|depuis des mois|depuis \d+ (?:semaines|mois))\b"),
    R("bleeding", r"\b(?:saigne|saignent|saignes|pisse le sang|perd|perds|perdu) (?:beaucoup|enormement|abondamment|partout|du sang|beaucoup de sang|tout son sang|plein de sang|de la tete|de partout|sans arret)\b|\bhemorragie\b|\bbaigne dans (?:son|mon) sang\b|\bbleeding a lot\b|\b(?:ne )?(?:arrete|arretent|cesse) (?:pas|plus) de saigner\b|\bsaigne sans (?:arret|discontinuer)\b|\bimpossible de arreter le saignement\b",
      "vitale", "urgence médicale: saignement", kind="medical?", negatable=False, past=True),
    R("fall", r"\b(?:peut|peux|peuvent|arrive|arrives|arrivent|parvient|parviens) (?:plus|pas) (?:a )?(?:se|me|nous) relever\b|\b(?:est|suis|sont|etait|reste|restee|reste) (?:par terre|au sol|allonge par terre|allongee par terre|etendu par terre|etendue par terre|etendu au sol|etendue au sol)\b"
      r"|\b(?:par terre|au sol) depuis\b|\bfallen and can t get up\b|\bne (?:se|me) releve (?:pas|plus)\b",
      "vitale", "urgence médicale: chute, personne au sol", kind="medical?", negatable=False,
      after_exclude=r"^ (?:seule? (?:depuis|apres) (?:son|sa|une) (?:operation|accident)|tout seul maintenant|seule maintenant)",
      exclude=r"\b(?:crise de colere|se roule|roule par terre|joue|jouer|jouent|tapis|puzzle|lego|dessine|assis par terre|assise par terre|papiers|dossier|moral)\b"),
    R("fall_alone", r"\b(?:est|suis|sont|etait) (?:tombe|tombee|tombes|tombees)\b|\b(?:a|ai|as) fait une (?:grave |mauvaise |grosse )?chute\b|\bvient de (?:tomber|chuter)\b",
      "vitale", "urgence médicale: chute, personne seule", kind="medical?", negatable=True, past=True,
      require=r"\b(?:seule?|toute seule|tout seul|personne (?:avec|pour|ne)|ne peux pas y aller|ne peut pas y aller|ne peux pas aller|loin|ne peut pas se relever|ne peut plus se relever|ne arrive pas a se relever|(?:il|elle) (?:peut|peu|peux) (?:plus|pas) bouger|ne peut (?:plus|pas) bouger|par terre|au sol|saigne|saignait|sang|ne bouge|ne repond|inconscient|mal partout|tres mal|crie de douleur|ne se releve)\b",
      exclude=r"\b(?:(?:deux|trois|quatre|plusieurs|\d+) fois|souvent|regulierement|de temps en temps|amoureux|amoureuse|malade|enceinte|en panne|sur (?:un|une|le|la) (?:bon|bonne|mauvais|mauvaise)|de haut|des nues|dans le panneau|a pic|sous le charme|il y a|le an dernier|la semaine derniere|le mois dernier|hier matin ca va|sans gravite|rien de grave|ca va mieux|plus de peur que de mal)\b"),
    R("no_food_drink", r"\bne (?:boit|boivent) plus\b|\bne (?:mange|boit|mangent|boivent) (?:plus )?rien depuis (?:\d+|deux|trois|quatre|cinq|plusieurs) jours\b|\bne (?:mange|mangent) plus (?:rien )?depuis (?:\d+|deux|trois|quatre|cinq|plusieurs) jours\b|\bne (?:mange|mange plus) (?:plus )?(?:et|ni) ne boit (?:plus|pas)\b",
      "vitale", "urgence médicale: ne mange ni ne boit", kind="medical?", negatable=False,
      after_exclude=r"^ (?:de |d )?(?:alcool|de alcool|viande|coca|soda|lait|sucre|gluten|cafe|the|biere|vin)",
      exclude=r"\b(?:alcool|regime|vegetarien\w*|ramadan|jeune|jeuner)\b"),
    R("head_banging", r"\b(?:frappe|tape|cogne|frapper|taper|cogner|se frappe|se tape|se cogne)(?: \w+)? (?:sa|la|ma) tete contre (?:le|les|un|une|la) (?:mur|murs|sol|porte|meuble|table)(?: \w+){0,4} (?:jusque au sang|au sang|en sang|saigne|saigner|sang|ouvert|ouverte)\b",
      "vitale", "urgence médicale: se blesse à la tête", kind="medical?", negatable=True),
    R("injury", r"\b(?:brule|brulee|brules|brulees) (?:gravement|grave|au troisieme degre|au visage|partout)\b|\bgrave brulure\b|\bbrulures? graves?\b|\belectrocute\w*|\belectrocution\b|\brenversee? par (?:une|un) (?:voiture|bus|camion|moto|scooter|train|tram|velo)\b|\bse est (?:ouvert|ouverte) (?:la tete|le crane|le arcade|la jambe|le bras)\b|\bouvert le crane\b|\bfracture ouverte\b|\bnoyade\b|\bse noie\b|\best en train de se noyer\b",
      "vitale", "urgence médicale: blessure grave", kind="medical?", negatable=True, past=True, fiction=True,
      exclude=r"\b(?:il y a|le an dernier|depuis son|depuis sa|sequelles|dans les papiers|dans la paperasse|sous les papiers)\b"
              r"|\bse noie (?:dans|sous) (?:les|le|la|ses|son|sa|des|un|une) (?:devoirs|papiers|dossiers?|paperasse|travail|boulot|demarches|cours|revisions|exercices|problemes|soucis|dettes|informations|details|mails|courriers|larmes)\b"),
    R("acute", r"\b(?<!a )(?<!ai )(?:fait|fais|vient de faire|est en train de faire|en train de faire|a) (?:un|une) (?:malaise|avc|infarctus|arret cardiaque|crise cardiaque|crise de asthme|choc anaphylactique|overdose|surdose|coma|hypoglycemie severe)\b"
      r"|\b(?:a|ai|as|avons|ont) fait (?:un|une) (?:malaise|arret cardiaque|choc anaphylactique|overdose|surdose|coma)\b"
      r"|\b(?:a|ai|as|avons) fait (?:un|une) (?:avc|infarctus|crise cardiaque|crise de asthme|hypoglycemie)\b(?=(?: \w+){0,6} (?:ce matin|cette nuit|a le instant|hier soir|tout a le heure|aujourdhui|ce soir|maintenant|il y a (?:une|deux|\d+) heures?|il ne|elle ne|et ne|et il|et elle|il est|elle est))"
      r"|\b(?:avc|infarctus|crise cardiaque|arret cardiaque|choc anaphylactique|heart attack)\b(?: \w+){0,3} (?:maintenant|en ce moment|la|je crois|on dirait|ce matin|ce soir|cette nuit|aujourdhui|a le instant|tout de suite)\b"
      r"|\b(?:douleurs?|mal|serrement|oppression) (?:dans|a|au niveau de|sur) la poitrine\b|\bchest pain\b"
      r"|\b(?:intoxique|intoxiquee|empoisonne|empoisonnee|intoxication)\b"
      r"|\b(?:convulse|convulsent|convulsionne|en train de convulser|est en train de accoucher|en train de accoucher|perd les eaux|a perdu les eaux|accouche maintenant)\b"
      r"|\b(?:tombe|tombee|chute|chuter|tomber) (?:du|de le|de la|par la|d un|de un|de une) (?:balcon|fenetre|toit|echelle|escalier|etage|pont|mur|arbre)\b|\bchute de (?:\d+|plusieurs|deux|trois) (?:metres|etages)\b"
      r"|\b(?:jambe|bras|cheville|genou|pied|hanche|poignet) (?:fait|forme|est dans|est tordue? dans) un angle (?:bizarre|anormal|etrange|pas normal)\b|\bos qui (?:depasse|sort)\b|\bfracture ouverte\b"
      r"|\b(?:tombe|tombee|tomber|tombes|chute) (?:sur les rails|sur la voie|sur les voies|dans le canal|dans la riviere|dans le fleuve|dans le bassin|dans la piscine|dans le lac|dans le port|a le eau)\b",
      "vitale", "urgence médicale", kind="medical?", negatable=True, past=True, fiction=True,
      # already taken care of: "il vient de faire un AVC et sera hospitalisé plusieurs semaines" (a rupture for
      # the person he looks after, not an emergency to call for)
      exclude=r"\b(?:sera|va etre|est|a ete) (?:hospitalise|hospitalisee|opere|operee)\w* (?:plusieurs|pendant|pour|des|deux|trois|quelques|au moins|un mois|une semaine|\d+)\b"
              # already in hospital: taken care of ("elle vient de faire un AVC, elle est hospitalisée")
              r"|\b(?:il|elle) (?:est|a ete) (?:hospitalise|hospitalisee|en reanimation|en soins intensifs|a le hopital|aux urgences|a la clinique)\b"
              r"|\b(?:avc|infarctus|malaise|crise cardiaque) en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"),
    R("stuck_need", r"\b(?:bloque|bloquee|bloques|coince|coincee|coinces|reste coince|restee coincee) (?:dans|en|sous|entre) (?:le|un|la|une|son|sa) (?:ascenseur|baignoire|douche|lit|fauteuil|voiture|salle de bain|toilettes|wc|cave|escalier)\b",
      "vitale", "urgence médicale: personne bloquée", require_guards=False, kind="medical?", negatable=True, fiction=True,
      require=r"\b(?:depuis (?:\d+|deux|trois|quatre|plusieurs|des) (?:heures|h)|depuis (?:ce matin|hier|cette nuit)|besoin de (?:sa|son|ses) (?:sonde|oxygene|traitement|insuline|medicaments?|respirateur|machine)|ne peut pas (?:sortir|bouger|respirer)|panique|malaise|personne ne (?:repond|vient)|ne respire)\b",
      exclude=r"\b(?:hier matin ca va|tout va bien|sans gravite|a ete libere\w*|les pompiers (?:le|la|les) ont sorti\w*)\b"),
    R("seizure_acute", r"\b(?:crise de epilepsie|crise convulsive|crises convulsives|convulse|convulsions?|convulsionne|crise qui ne se arrete pas|etat de mal)\b",
      "vitale", "urgence médicale: crise d'épilepsie en cours", kind="medical?", negatable=True, past=True,
      require=r"\b(?:ca fait \d+ ?(?:min|mn|minutes)|arrete pas|arrete plus|ne arrete pas|ne arrete plus|en train|depuis (?:\d+|cinq|dix|quinze|vingt|plusieurs) (?:minutes|min|mn)|ne se arrete (?:pas|plus)|ne passe pas|en ce moment|maintenant|la il|la elle|ca fait (?:\d+|cinq|dix) minutes|encore une et|plus de (?:\d+|cinq|dix) ?(?:minutes|min|mn)|ne reprend pas|respire mal|tout bleu|tout raide|toute raide|aidez)\b",
      exclude=r"\b(?:que faire si|quoi faire si|en cas de|si jamais|au cas ou|comment reagir|crise de rire|crise de fou rire|fou rire|crise de larmes|crise de colere|crise de nerfs)\b"),
    R("swallowed_other", r"\b(?:il|elle|fils|fille|bebe|enfant|petit|petite|frere|soeur|pere|mere|mari|femme|voisin|voisine|ado)(?: \w+){0,2} (?:a|vient de|ont|viennent de) (?:avale|bu|ingurgite|mange|avaler|boire|ingurgiter|manger)\b(?: \w+){0,3} (?:" + MEDS + r"|piles?|pile|javel|produit|produits|poison|detergent|lessive|capsule|aimant|aimants|alcool|white spirit|mort aux rats|champignons|boite|plaquette|bouteille)\b"
      r"|\b(?:il|elle|fils|fille|frere|soeur|pere|mere|mari|femme|voisin|voisine|ado|coloc|colocataire|ami|amie|copain|copine)(?: \w+){0,2} (?:a|vient de|ont|viennent de) (?:pris|prendre|avale|avaler|gobe|gober) (?:tout|toute|tous|toutes|plein de|trop de|beaucoup de|une poignee de|une boite de|la boite de|une plaquette de|la plaquette de|des boites de)(?: \w+){0,1} (?:son |sa |ses |les |des |de )?(?:(?:boite|boites|plaquette|plaquettes|flacon|tube|reserve|stock) de )?" + MEDS + r"\b",
      "vitale", "urgence médicale: produit avalé", kind="autrui", negatable=True,
      exclude=r"\b(?:ordonnance|prescrit|comme prevu|son traitement comme)\b"),
    R("call_samu", r"\b(?:faut il|dois je|doit on|je dois|on doit|je vais|on va|je appelle|on appelle|je ai appele|on a appele|appelez|appeler) (?:le|les|une) (?:samu|pompiers|ambulance|15|112|urgences)\b",
      "vitale", "urgence médicale: secours demandés", kind="medical?", negatable=True, past=True, fiction=True,
      exclude=r"\b(?:hier|la semaine derniere|le mois dernier|la derniere fois|chaque fois|a chaque fois|souvent|plusieurs fois|parfois|comment|quand faut il|est ce que il faut)\b"),
    R("dying_other", r"\b(?:il|elle|fils|fille|pere|mere|mari|femme|voisin|voisine|bebe|enfant) (?:est en train de mourir|va mourir maintenant|est mourant|est mourante|est en train de partir)\b",
      "vitale", "urgence médicale: personne mourante", kind="medical?", negatable=False,
      after_exclude=FIG_DEATH),
    # a person up on a roof or a window ledge: "mon fils autiste est monté sur le toit et refuse de descendre"
    R("on_roof", r"\b(?:est|sont|se est|suis|me suis) (?:monte|montee|montes|grimpe|grimpee|grimpes|perche|perchee|assis|assise|debout) (?:sur|au bord du|au bord de le) (?:le |un |la )?(?:toit|rebord de la fenetre|rebord de le balcon|rebord du balcon|garde corps|parapet|bord du toit)\b",
      "vitale", "personne en hauteur, en danger", kind="danger", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:reparer|refaire|nettoyer|changer les tuiles|poser|antenne|gouttiere|couvreur|travaux|panneaux|photo|photos|terrasse)\b"),
    # somebody no longer answering, with a medical cue ("glycémie à 0,35, il est en sueur et ne répond plus")
    R("unresponsive", r"\bne (?:repond|reagit) (?:plus|pas)(?: aux questions| quand on (?:lui )?parle| a son nom)?\b|\bsans reagir\b|\bimpossible de (?:le|la) reveiller\b|\bne se reveille (?:pas|plus)\b",
      "vitale", "urgence médicale: ne répond plus", kind="medical?", negatable=False, past=True,
      require=r"\b(?:glycemie|hypo|hypoglycemie|sueur|sueurs|malaise|respire|inconscient\w*|tombe\w*|chute|cogne\w*|tete|convuls\w*|bleu|bleue|pale|avale|bu|diabet\w*|insuline|sang|bebe|crise)\b",
      exclude=r"\b(?:mdph|caf|administration|mairie|mails?|courriers?|telephone|appels|messages|service|assistante sociale|dossier|sms)\b"),
    # cold in a home without heating, a bedridden person shivering
    R("hypothermia", r"\b(?:grelotte|grelottent|hypothermie|en hypothermie|gele sur place|claque des dents|est gelee?|sont geles)\b",
      "vitale", "urgence médicale: froid", kind="medical?", negatable=True, past=True, fiction=True,
      require=r"\b(?:alite\w*|degres|il fait froid|chauffage|coupe\w*|dehors|moins \d+|jardin|retrouve\w*|parle plus|ne repond|par (?:moins )?\d+)\b"),
]

# ------------------------------------------------------------------------------------------------------------------
# VITALE — violence, abuse, confinement (kind refined later: violence / violence_femme / enfant / maltraitance)
# ------------------------------------------------------------------------------------------------------------------
VIOLENCE_VERBS = (
    r"(?:bat|battent|battait|frappe|frappent|frappait|tape|tapent|tapait|cogne|cognent|cognait|viole|violent|violait|"
    r"agresse|agressent|etrangle|etranglent|maltraite|maltraitent|maltraitait|brutalise|brutalisent|secoue|secouent|"
    r"enferme|enferment|enfermait|attache|attachent|attachait|sequestre|sequestrent|menace|menacent|menacait|"
    r"touche|touchent|tripote|tripotent|gifle|giflent|pince|pincent|brule|brulent|mord|mordent|prive(?= de)|privent(?= de)|"
    r"rackette|rackettent|tabasse|tabassent|bouscule|bousculent|humilie|humilient|"
    r"fait du mal|font du mal|faisait du mal|fait mal|font mal|"
    r"(?:a|ont|avait|avaient) (?:frappe|battu|viole|agresse|etrangle|pousse|menace|enferme|attache|gifle|brule|"
    r"tabasse|touche|secoue|mordu|cogne|tape|blesse|poignarde|bouscule|maltraite|sequestre|fait du mal|rackette)(?:e|es|s)?)"
)
VIOLENCE_RULES = [
    R("ill_treatment", r"\b(?:plonge|plongee|mis|mise|douche|douchee|a plonge|a mis|a douche)(?: \w+){0,4} (?:dans|sous) (?:une |la |le |un )?(?:baignoire |douche |bain )?(?:de |a le )?eau (?:froide|glacee|brulante)\b"
      r"|\b(?:refuse|refusent|a refuse|ont refuse) de (?:le|la|les|lui) (?:envoyer|emmener|conduire|faire conduire|faire transporter) (?:aux urgences|a le hopital|chez le medecin)\b",
      "vitale", "maltraitance en cours", require_guards=False, kind="maltraitance", negatable=True, fiction=True),
    R("weapon_threat", r"\b(?:ramene|ramenent|ramener|ramenera|rameneront|amene|amenent|amener|apporte|apportent|apporter|apportera|viendra avec|viendront avec|vient avec|viennent avec|venir avec|sortir|sort|sortent|a sorti|ont sorti|se balade avec|a sur lui|a sur elle) (?:un|une|des|leur|son|sa|ses) (?:couteau|couteaux|arme|armes|flingue|pistolet|fusil|cutter|batte|machette|hache|lame)\b",
      "vitale", "menace avec une arme", require_guards=False, kind="violence?", negatable=True, fiction=True,
      require=r"\b(?:me taper|me frapper|me tuer|me planter|me casser|me defoncer|me attendent|me attend|me menace\w*|nous menace\w*|le tuer|la tuer|le frapper|la frapper|le planter|la planter|menace\w*|pour (?:me|le|la|nous|les) (?:taper|frapper|tuer|planter|faire du mal))\b",
      exclude=r"\b(?:cuisine|couper|legumes|viande|pain|chasse|club|tir sportif|musee|exposition)\b"),
    R("viol_me", r"\b(?:me|m|nous) " + VIOLENCE_VERBS + r"\b", "vitale", "violence contre la personne",
      kind="violence?", negatable=True, fiction=True,
      # told as the past, with nothing saying it goes on: "quand j'étais au foyer on me frappait"
      before_exclude=r"(?:\bje|\bnous|\bca|\bcela|\bce|\bce qui|\bcette situation|\bcette histoire|\bce dossier|\bcette nouvelle|\bce message|\bvotre message|\bvos mots|\bmes dents|\bmon dos|\bma tete|\bmes jambes|\bma jambe|\bmon genou|\bmes genoux|\bmon ventre|\bmes pieds|\bmon bras|\bmes yeux|\bmes mains|\bmes oreilles|\bmon coeur|\bmon corps|\bmes articulations|\bmes muscles|\bmon epaule|\bmes douleurs|\bma hanche) $",
      after_exclude=r"^ (?:sur les nerfs|sur le systeme|beaucoup|enormement|profondement|vraiment|au coeur|de temps en temps au dos)",
      exclude=r"^(?!.*\b(?:encore|toujours|recommence|maintenant(?! que)|continue|aujourdhui|depuis|ce soir|cette nuit)\b).*\b(?:quand|lorsque) (?:je|nous) (?:etais|etions|avais|avions)\b(?: \w+){0,6} (?:me|nous) (?:battait|battaient|frappait|frappaient|tapait|tapaient|cognait|cognaient|violait|maltraitait|maltraitaient|enfermait|enfermaient|attachait|attachaient|menacait|menacaient|faisait du mal|faisaient du mal)\b|\b(?:en rigolant|en riant|pour rire|pour jouer|en jouant|pour de faux|pour de rire|pour plaisanter|chien|chat|cheval|moustique|araignee|guepe|abeille|tique|serpent|touche beaucoup|touche vraiment|touche profondement|touche enormement|ca me touche|cela me touche|ce qui me touche|menace de expulsion|menace de couper|menace de suspendre|menace de radier|menace de fermer|menacent de fermer|menace de arreter|menacent de couper|menace de me expulser|menace de nous expulser|menacent de nous expulser|menace de me radier|prive de (?:sortie|sorties|dessert|telephone|tele|ecran|ecrans|jeux|console)|mal au dos|mal aux? (?:dents|jambes|pieds|genoux|oreilles|yeux|ventre|tete|bras))\b"),
    R("viol_other", r"\b(?:le|la|les|lui|leur) " + VIOLENCE_VERBS + r"\b", "vitale", "violence contre un proche",
      kind="violence_autre?", negatable=True, fiction=True,
      before_exclude=r"(?:\bca|\bcela|\bce qui|\bcette situation) $",
      after_exclude=r"^ (?:sur les nerfs|aux cartes|au jeu|a le echec|aux echecs|au ping pong|au tennis|aux jeux|a la course|au foot|beaucoup|enormement|profondement|vraiment)",
      exclude=r"\b(?:touche beaucoup|ca le touche|ca la touche|cela le touche|le touche beaucoup|la touche beaucoup|le pince a linge|menace de (?:le|la|les) (?:exclure|renvoyer|expulser|radier)|menacent de (?:le|la|les) (?:exclure|renvoyer|expulser|radier)|le attache (?:dans la voiture|au siege|sa ceinture)|ceinture|siege auto|harnais|prive de (?:sortie|sorties|dessert|telephone|tele|ecran|ecrans|jeux|console)|le fait mal au|fait mal au|fait mal aux|lui fait mal (?:au|aux|a la)|mal au dos)\b|\b(?:que|qu) (?:on|je|le dentiste|le medecin) (?:lui|le|la) touche\b|\b(?:lui|le|la) touche (?:la bouche|les dents|le visage|les cheveux|les pieds|les mains|le ventre)\b"),
    R("viol_obj", r"\b(?:a|ont|avait|avaient|vient de|viennent de)? ?(?:agresse|agressent|frappe|frappent|gifle|giflent|battu|bat|batte|battent|viole|tabasse|tabassent|etrangle|brutalise|brutalisent|secoue|secouent|maltraite|maltraitent|pousse|poussent|mordu|blesse|blessee|attache|attachent|sangle|sanglent|enferme|enferment|poignarde|bouscule|cogne|cognent|tape|tapent|touche|tripote|tripotent|agresser|frapper|battre|taper|violer|tabasser|maltraiter|attacher|enfermer|secouer|brutaliser|gifler|bousculer|etrangler)(?:e|es|s)? (?:violemment |fort |brutalement )?(?:\w+ )?(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|un|une|le|la|les|cette|ce|tout le monde|des) " + THIRD_NOUNS + r"?\b",
      "vitale", "violence contre un proche", kind="violence_autre?", negatable=True, fiction=True, past=True,
      require=r"\b(?:agress\w*|frapp\w*|gifl\w*|batt\w*|bat|viol\w*|tabass\w*|etrangl\w*|brutalis\w*|secou\w*|maltrait\w*|pouss\w*|mordu|bless\w*|attach\w*|sangl\w*|enferm\w*|poignard\w*|bouscul\w*|cogn\w*|tap\w*|touche|tripot\w*) (?:\w+ )?(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|un|une|le|la|les|cette|ce|des) (?:\w+ )?" + THIRD_NOUNS + r"\b|\bfrappe tout le monde\b|\btape tout le monde\b",
      # the person concerned hurt a member of staff, the reason given for an exclusion (a rupture, not a danger now)
      exclude=r"\b(?:parce que|car|puisque|depuis que|apres que|pour avoir) (?:il |elle )?(?:a |avait )?(?:blesse|frappe|mordu|pousse|agresse|tape|griffe|bouscule|cogne) (?:un|une|le|la|des|deux|plusieurs)(?: autre)? (?:educateur|educatrice|educateurs|soignant|soignante|soignants|aide soignant|aide soignante|infirmier|infirmiere|camarade|resident|residente|eleve|professeur|prof|moniteur|monitrice|aesh|salarie|salariee|collegue|animateur|animatrice|membre du personnel)\b|\b(?:a la porte|la porte|au carreau|des mains|dans (?:un|le|les) ballon|sur (?:un|le|les) ballon|la balle|le ballon|touche (?:beaucoup|le coeur)|ca (?:le|la|les|me) touche|se bat avec son frere pour|se battent|tape dans|tape sur les touches|le clavier|les touches|la table|le mur|les murs|pousse (?:le|son|sa) (?:fauteuil|chariot|poussette|caddie)|attache (?:sa|son|le|la) (?:ceinture|velo|chien|lacets)|touche (?:le|la|les|son|sa|ses) (?:fond|sol|objets|cheveux|jouets|affaires))\b"
              r"|\b(?:tres|vraiment|beaucoup|si|trop|super|tellement) attache\w*|\battache\w* a (?:sa|son|ses) (?:mere|pere|maman|papa|famille|soeur|frere|educatrice|educateur|routine|chambre|doudou|grand mere|grand pere)\b|\b(?:il|elle|mon fils|ma fille|mon petit|ma petite|notre fils|notre fille|mon enfant|mon garcon) (?:tape|frappe|mord|pousse|bouscule|griffe|tapent|frappent)\w* (?:les|des|ses) (?:autres|camarades|copains|copines|petits camarades)\b"),
    R("viol_attempt", r"\b(?:essaye|essaie|essayer|tente|tenter|voulu|voulait|veut|veulent|ont essaye|a essaye|ont tente|a tente|ont voulu|a voulu|cherche a|cherchent a) (?:de )?(?:le|la|les|me|nous|lui|leur|te) (?:etrangler|tuer|frapper|noyer|etouffer|violer|poignarder|bruler|egorger|tabasser|agresser|enfermer)\b",
      "vitale", "tentative de violence", kind="violence_autre?", negatable=True, fiction=True,
      exclude=r"\b(?:mdr|lol|pour rire|en rigolant|en jouant|pour jouer|aux jeux|au jeu|jeu video|blague)\b"),
    R("viol_passive", r"\b(?:est|suis|sont|es|etait|etais|a ete|ai ete|ont ete|vient de se faire|viens de me faire|viennent de se faire|se fait|se font|me fais|me fait|te fais|se est fait|se est faite|me suis fait|me suis faite|se fait encore) (?:battu|battue|battus|battre|frappe|frappee|frappes|frapper|tape|tapee|taper|viole|violee|violer|agresse|agressee|agresser|maltraite|maltraitee|maltraites|maltraiter|enferme|enfermee|enfermes|sequestre|sequestree|attache|attachee|tabasse|tabassee|tabasser|racketter|rackette|brutalise|brutalisee|secoue|secouee|etrangle|etranglee|abuse|abusee|tripote|tripotee|menace|menacee|menaces|menacer|violente|violentee)\b",
      "vitale", "violence subie", kind="violence?", negatable=True, fiction=True, past=True,
      after_exclude=r"^ (?:verbalement|au telephone|par telephone|par mail|par courrier|par (?:la |le |les |sa |son |ses |cette |ce |votre |vos |l |une |un )?(?:qualite|gentillesse|beaute|envie|idee|emotion|talent|coincidence|musique|spectacle|nombre|manque|rapidite|lenteur|absence|difference|force|simplicite|complexite|maladie|handicap|malheur|sort|foudre|cancer|sclerose|epidemie|covid|accueil|reponse|attitude|intelligence|ressemblance)|dans (?:son|sa|le|la|ses) (?:autisme|monde|bulle|silence|handicap|maladie|solitude|tristesse|routine|habitudes))",
      exclude=r"\b(?:enferme|enfermee|enfermes) dans (?:son|sa|le|la|ses|mon|ma) (?:autisme|monde|bulle|silence|chambre pour jouer|handicap|maladie|solitude|tristesse|routine|habitudes)\b|\b(?:menace|menacee|menaces) de (?:expulsion|fermeture|suspension|radiation|coupure|exclusion|licenciement)\b|\battache\w* (?:a|au|aux) (?:lui|elle|eux|moi|son doudou|sa routine|ses habitudes|sa famille|sa maison|son educatrice|son educateur|son chien|son chat|sa mere|son pere|ses parents|sa maman|son papa|ses freres|sa soeur|son frere|ses amis|son quartier|ses affaires|ses objets|ses rituels)\b|\b(?:suis|est|sont) (?:tres |vraiment |beaucoup )?attache\w* (?:a|au|aux) (?:lui|elle|eux|moi|mon|ma|mes|son|sa|ses)\b(?! lit| fauteuil| chaise| siege)|\bmaltraite par (?:la|le) (?:administration|systeme|mdph|caf)\b"
              r"|\benferme\w* dans (?:ma|mon|sa|son|la) (?:chambre|salle de jeux|salle|bureau)\b(?: \w+){0,2} (?:a (?:reviser|travailler|bosser|jouer|lire|ecrire|dessiner|etudier)|avec (?:la|sa|son|ses|le|un|une|les) (?:console|tablette|telephone|portable|jeux|jeu|ordi|ordinateur|pc|ecran|switch|playstation|musique|livres?)|pour (?:jouer|bouder|etre tranquille|lire))\b"),
    R("viol_nouns", r"\b(?:violences? conjugales?|violences? (?:physiques?|sexuelles?|psychologiques?|intrafamiliales?)|inceste|attouchements?|abus sexuels?|agression sexuelle|roue de coups|coups de poing|coups de pied|coups de ceinture|(?:donne|donnent|recu|recois|recoit|prend|prends|prendre|mets|met) des (?:coups|claques|gifles|baffes)|des coups de feu|coup de feu|tire sur|ma frappe|me a frappe)\b",
      "vitale", "violence", kind="violence?", negatable=True, fiction=True, past=True),
    R("viol_maltraitance", r"\b(?:maltraitance|maltraitances|maltraite|maltraitee|maltraites|maltraitees|maltraiter|negligence grave|laisse sans manger|laissee sans manger|prive de nourriture|privee de nourriture|laissee? (?:\w+ ){0,3}dans (?:ses|son|sa|leurs|leur) (?:excrements|urine|pipi|caca|selles|couche sale|couches sales|vomi)|jamais change|jamais changee|sanglee?|contention abusive|enferme a cle|enfermee a cle|enfermes a cle)\b",
      "vitale", "maltraitance", kind="maltraitance", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:formation|prevention|sensibilisation|bientraitance|charte|protocole|procedure|signalement (?:type|modele)|definition|comment (?:reconnaitre|reperer|prevenir))\b|\bmaltraite par (?:la|le) (?:administration|systeme|mdph|caf)\b"),
    R("financial_abuse", r"\b(?:garde|gardent|prend|prennent|a pris|ont pris|vole|volent|a vole|ont vole|confisque|confisquent|bloque|bloquent|vide|vident|a vide|ont vide) (?:tout |toute |tous )?(?:mon|ma|mes|son|sa|ses|leur|leurs) (?:argent|aah|pension|salaire|allocations?|carte bancaire|carte bleue|cb|compte|economies|sous)\b",
      "vitale", "maltraitance financière", kind="maltraitance", negatable=True,
      require=r"\b(?:rien pour manger|rien a manger|plus rien|pas de quoi manger|plus de argent|peur|me menace|me frappe|tuteur|tutrice|curateur|curatrice|fils|fille|neveu|famille|educateur|aide a domicile|auxiliaire|voisin|beau pere|belle mere|mari|femme|frere|soeur|on me|ils me|il me|elle me)\b",
      exclude=r"\b(?:banque|arnaque en ligne|pickpocket|dans le bus|dans le metro|au marche)\b|\b(?:est ce que|savoir si|si)(?: \w+){0,3} (?:garde|gardent|garderait|pourra garder) (?:son|sa|ses|mon|ma|mes|leur)\b"),
    R("weapon_out", r"\b(?:il|elle) (?:vient de|a) (?:sortir|sorti|prendre|pris|saisir|saisi) (?:un|le|son|sa|une) (?:couteau|couteaux|hachoir|hache|arme|fusil|marteau|cutter|machette)\b",
      "vitale", "arme sortie", require_guards=False, kind="violence_autre?", negatable=True, fiction=True, past=True,
      require=r"\b(?:regler ca|regler son compte|les voisins|espionne\w*|voix|menace\w*|crie|hurle|delire\w*|arrete son traitement|en crise|se battre|tuer|violent|colere|peur)\b",
      exclude=r"\b(?:cuisine avec (?:moi|nous|maman|papa|sa mere|son pere)|cuisine pour (?:le|la|les) (?:repas|diner|dejeuner)|couper (?:la|le|les|sa|son|ses) (?:viande|pain|legumes|fruits|gateau)|repas|apprendre)\b"),
    R("weapon_threat", r"\b(?:il|elle|ils|elles|on|quelque un|un homme|une femme|mon \w+|ma \w+|le \w+|la \w+|son \w+)(?: \w+){0,2} (?:a|ont|tient|tiennent|brandit|brandissent|a sorti|sort|sortent|menace|menacent|arrive|vient|avait|me menace|nous menace)(?: \w+){0,3} (?:couteau|couteaux|arme|armes|fusil|pistolet|revolver|hache|machette|batte|marteau|cutter|ciseaux|gun|knife)\b"
      r"|\b(?:couteau|arme|fusil|pistolet|hache|machette) (?:a la main|sous la gorge|contre moi|contre lui|contre elle|pointe)\b",
      "vitale", "arme / menace", kind="violence?", negatable=True, fiction=True,
      exclude=r"\b(?:cuisine|cuisiner|couper (?:la|le|les|sa|son|ses) (?:viande|pain|legumes|fruits|repas|nourriture)|manger|apprendre a|autonomie|couverts|suisse|scout|scouts|camp|pique nique|canif|opinel|autorise|autorisee|cadeau|collection|adapte|adaptee|adaptes|jouet|en plastique|arme secrete|arme fatale|arme absolue|armes egales|pistolet a eau|fusil a eau|pistolet en plastique|deguisement|tir a le arc|tir sportif|club de tir|nerf|anniversaire|en mousse|laser game|paintball|jeu video|jeux video|noel)\b"),
    R("kill_threat", r"\b(?:a casse|a pris|a confisque|casse|me prend|me a pris|me a confisque) (?:mon|mes) (?:telephone|portable|tel)\b(?: \w+){0,2} pour (?:que je ne|que je|pas que je) (?:appelle|puisse appeler|previenne|parle)\b|\b(?:menace|menacent|menacait|a menace|ont menace|menaces) de (?:me|nous|le|la|les|lui|la|tous nous) (?:tuer|buter|egorger|frapper|battre|defoncer|faire du mal|bruler)\b"
      r"|\b(?:il|elle|ils|on|mon \w+|ma \w+) (?:va|vont|veut|veulent|allait|voulait) (?:me|nous) (?:tuer|egorger|buter|etrangler|defoncer|frapper|battre)\b"
      r"|\b(?:crie|hurle|dit|a dit|menace) que (?:il|elle|ils) (?:va|vont) (?:me|nous|le|la|les|lui)? ?(?:tuer|egorger|buter|tout bruler|mettre le feu)\b"
      r"|\bpeur (?:de (?:lui|eux|mon (?:mari|conjoint|compagnon|copain|pere|beau pere|frere|voisin|ex)|ma (?:mere|femme|compagne|belle mere)|rentrer (?:chez moi|a la maison|ce soir))|pour ma vie|pour nos vies|que il me tue|que il nous tue|que il me frappe|que il revienne me frapper|que il recommence a me frapper)\b"
      r"|\b(?:he|she) (?:hits|beats|hurts|hit|beat|is hitting|is beating|threatens|abuses) (?:me|us|my)\b"
      r"|\b(?:is|are|keeps|keep) (?:hitting|beating|hurting|abusing|threatening|attacking) (?:me|us)\b|\bmy (?:husband|wife|partner|boyfriend|girlfriend|father|mother|dad|mum|mom|son|brother) (?:hits|beats|hurts|abuses|threatens|attacked|hit|beat) (?:me|us)\b|\b(?:me pega|me golpea|me bate|schlagt mich)\b",
      "vitale", "menace / violence", kind="violence?", negatable=True, fiction=True,
      exclude=r"\b(?:tuer le temps|si je rate|si il voit mes notes|si elle voit mes notes|quand il verra|quand elle verra|mes notes|mon bulletin|mdr|lol|rire|blague|pour rire)\b|\bpeur de (?:ne|pas|rater|echouer|mal faire|me tromper|deranger|l avenir|le avenir|la reponse|perdre|le perdre|la perdre|les perdre|demander|appeler|le laisser|la laisser|mourir de|l echec|le echec|la mdph|le dossier|sortir|prendre|le noir|les|y aller|aller|faire|dire|parler|etre|avoir|attendre|me)\b|\bpeur de (?:lui|elle) (?:faire|dire|demander|parler|annoncer|laisser)\b"),
    R("viol_inf", r"\b(?:vient de|viennent de|va|vont|veut|veulent|essaie de|essaye de|a essaye de|a voulu|menace de|commence a|a commence a|recommence a) (?:me|nous) (?:frapper|battre|taper|cogner|etrangler|violer|agresser|tuer|poignarder|bruler|enfermer|attacher|tabasser|etouffer)\b"
      r"|\b(?:est|devient|etait|devenu|devenue) (?:tres |trop |de plus en plus |hyper )?violente? (?:avec|envers|contre) (?:moi|nous)\b",
      "vitale", "violence contre la personne", kind="violence?", negatable=True, fiction=True,
      exclude=r"\b(?:si je rate|mes notes|mon bulletin|mdr|lol|pour rire|blague|me battre pour|nous battre pour|me battre avec (?:la|le|les) (?:mdph|caf|administration|dossier))\b"),
    R("feel_danger", r"\b(?:je me sens|je suis|nous sommes|on est|on se sent|nous nous sentons|je me sent) (?:vraiment |tres |encore )?en danger\b(?! de)|\bi feel (?:unsafe|in danger)\b|\bpeur pour (?:mes|les|nos|ses) enfants\b(?: \w+){0,6}|\bpeur pour ma vie\b",
      "vitale", "se sent en danger", kind="violence?", negatable=True, fiction=True,
      require=r"\b(?:en danger|violent|violente|frappe|bat|menace|boit|alcool|crie|hurle|couteau|arme|peur pour ma vie|chez moi|a la maison|ici|au foyer)\b",
      exclude=r"\b(?:a cause du bruit|de perdre|de expulsion|perdre)\b"),
    R("confined", r"\b(?:on me enferme|on le enferme|on la enferme|on les enferme|me enferment|le enferment|la enferment|enferme a cle|enfermee a cle|enfermes a cle|ne me laisse (?:pas|plus) sortir|ne le laisse pas sortir|ne la laisse pas sortir|me empeche de sortir|le empeche de sortir|la empeche de sortir|retenue? contre (?:mon|son) gre|sequestre|sequestree|sequestration|locked (?:me )?in)\b",
      "vitale", "enfermement", kind="violence?", negatable=True, fiction=True,
      exclude=r"\b(?:pour sa securite la nuit|fugue|fuguer|pour pas que il fugue|pour ne pas que il fugue)\b"),
    R("carer_harm", r"\b(?:peur de (?:lui|le|la|les|leur) (?:faire du mal|frapper|secouer|taper|faire mal)|(?:me|nous) retenir de (?:lui|le|la|les|leur) (?:faire du mal|faire mal|frapper|secouer|taper)|peur de (?:faire du mal|faire mal|taper|frapper) a (?:mon|ma|mes|notre|lui|elle)|envie de (?:le|la|les) (?:frapper|secouer|taper|etrangler|tuer|jeter)|je (?:le|la|les) (?:ai|est) (?:frappe|frappee|secoue|secouee|tape|tapee|gifle|giflee|bouscule)|je vais (?:le|la|les) (?:frapper|secouer|etrangler|tuer|cogner))\b",
      "vitale", "risque de violence de l'aidant", kind="maltraitance", negatable=True, fiction=True,
      exclude=r"\b(?:si il refait|si elle refait|si il recommence|si elle recommence|mdr|lol|pour rire|blague|cerfa|dossier|formulaire|papiers?|telephone|portable|ordi|ordinateur|imprimante|courrier|lettre|logiciel|appli|site|box|tele|television)\b"),
    # someone forcing the door now: "quelqu'un essaie d'entrer chez moi en forçant la porte"
    R("intrusion", r"\b(?:essaie|essaye|essaient|essayent|tente|tentent|veut|veulent|cherche a|cherchent a|est en train de|sont en train de) (?:de )?(?:entrer|rentrer|forcer|defoncer|casser) (?:chez (?:moi|nous)|dans (?:ma|notre) (?:maison|chambre)|dans (?:mon|notre) (?:appartement|appart|logement)|(?:ma|la|notre) porte)\b"
      r"|\b(?:force|forcent|defonce|defoncent|en forcant|en defoncant) (?:ma|notre) porte\b|\bun cambrioleur (?:est )?(?:chez moi|dans la maison)\b|\bon (?:me )?cambriole (?:en ce moment|maintenant)\b",
      "vitale", "intrusion chez la personne", kind="violence", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:pompiers|serrurier|police|gendarmes|samu|secours|huissier|bailleur|proprietaire)\b"),
    # "ils m'ont enfermé" written "ils mont enfermé"
    R("viol_sms", r"\b(?:ils|elles|on|il|elle) (?:mont|mon|ma) (?:enferme|enfermee|frappe|frappee|battu|battue|attache|attachee|viole|violee|tabasse|tabassee|agresse|agressee|menace|menacee|etrangle|etranglee)\b",
      "vitale", "violence contre la personne", kind="violence?", negatable=True, fiction=True, past=True),
    # a person tied to a chair, locked in a garage or a cellar
    R("tied_up", r"\b(?:attache|attachee|attaches|sangle|sanglee|enferme|enfermee|enfermes|ligote|ligotee)s? (?:a|sur|dans|au) (?:une|sa|la|le|son|un) (?:chaise|radiateur|garage|cave|placard|cage|niche|poteau|lit toute|pied de lit)\b"
      r"|\b(?:seul|seule|seuls|seules) (?:et )?enferme\w*|\benferme\w* (?:seul|seule|seuls|seules)\b|\benferme\w* (?:a la maison|dans (?:sa|la) chambre|a cle) (?:toute la nuit|toute la journee|la nuit|des heures|pendant des heures|tous les soirs)\b",
      "vitale", "personne attachée ou enfermée", kind="violence_autre?", negatable=True, fiction=True, past=True,
      before_exclude=r"\b(?:se|me|te|nous) $",
      exclude=r"\b(?:velo|chien|chat|bateau|valise|ceinture de securite|siege auto)\b|\b(?:tres|vraiment|beaucoup|si|trop|super|tellement) attache\w*|\battache\w* a (?:son|sa|ses) (?:\w+ )?(?:preferee?|rouge|bleue?|verte?|jaune|doudou|routine)\b"),
    # a forced marriage being prepared
    R("forced_marriage", r"\b(?:marier|marie|mariee|marient) de force\b|\bmariage force\b|\bmariage arrange contre (?:mon|son) (?:gre|avis)\b",
      "vitale", "mariage forcé", kind="violence", negatable=True, fiction=True, past=True),
    # an adult meeting a child in secret ("j'ai 14 ans, j'ai rdv avec un mec de 30 ans ce soir")
    R("grooming", r"\b(?:un|une) (?:mec|homme|adulte|monsieur|type|gars|femme|majeur) de (?:[2-9]\d) ans\b",
      "vitale", "enfant en danger: adulte qui la ou le rencontre en secret", kind="enfant", negatable=True, fiction=True, past=True,
      require=r"\bje ai (?:[5-9]|1[0-5]) ans\b|\b(?:ma fille|mon fils|notre fille|notre fils) de (?:[5-9]|1[0-5]) ans\b"),
    # a weapon brought to school or against someone ("il apporte le couteau de cuisine au lycée demain")
    R("weapon_school", r"\b(?:apporte|apporter|apportera|ramene|ramener|amene|amener|prend|prendre|prendra) (?:un|le|son|une|sa|ses|des) (?:couteau|couteaux|arme|armes|pistolet|fusil|hachette|cutter|machette|batte)\b(?: \w+){0,5} (?:a le ecole|au college|au lycee|en cours|en classe|demain|contre|pour (?:se venger|les tuer|le tuer|la tuer|les planter|le planter))\b",
      "vitale", "menace avec une arme", kind="violence", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:atelier|cuisine pedagogique|patisserie|recette|repas|cours de cuisine|pique nique)\b"),
    # a weapon or a belt in the hand of an aggressor now ("il est rentré bourré avec la ceinture à la main")
    R("weapon_in_hand", r"\b(?:la|une|sa|un|son) (?:ceinture|batte|couteau|arme|barre de fer|marteau|fusil|hache) (?:a la main|dans la main|dans les mains)\b",
      "vitale", "menace avec une arme", kind="violence?", negatable=True, fiction=True, past=True,
      require=r"\b(?:rentre|rentree|arrive|arrivee|debarque|revient|crie|hurle|menace|bourre|saoul|ivre|alcoolise\w*|pleurent|peur)\b",
      exclude=r"\b(?:cuisine|recette|repas|legumes|jardin|bricol\w*|atelier)\b"),
]

# ------------------------------------------------------------------------------------------------------------------
# VITALE — shelter, missing person, fire, abandon
# ------------------------------------------------------------------------------------------------------------------
OTHER_VITAL_RULES = [
    R("dependent_uncared", r"\bni (?:alimente|alimentee|nourri|nourrie|change|changee|lave|lavee|hydrate|hydratee|leve|levee|mange|bu)\w* ni\b|\b(?:pas|personne ne le a|personne ne la a|ne a pas ete|ne a pas) (?:ete )?(?:alimente|alimentee|nourri|nourrie|change|changee|hydrate|hydratee|fait manger)\w* depuis (?:hier|ce matin|avant hier|\d+ jours|deux jours|trois jours|\d+ ?h|\d+ heures)\b|\b(?:sans|pas) (?:manger|boire|eau|nourriture|repas|soins|aucun soin) depuis (?:hier|avant hier|\d+ jours|deux jours|trois jours)\b"
      r"|\b(?:sans|pas) (?:manger|boire|etre change|etre changee|etre leve|etre levee)(?: ni (?:boire|manger))? (?:toute la journee|de la journee|des journees entieres|du matin au soir|tous les jours)\b"
      r"|\b(?:seule?|tout seul|toute seule) (?:toute la journee|du matin au soir|toute la nuit)(?: \w+){0,3} sans pouvoir (?:boire|manger|se lever|bouger|aller aux toilettes|appeler)\b",
      "vitale", "personne dépendante laissée sans soins", require_guards=False, kind="abandon", negatable=False,
      require=r"\b(?:seule?|tout seul|toute seule|absente?|pas venue?|personne|tetraplegi\w*|grabataire|alite\w*|polyhandicap\w*|dependant\w*|paralyse\w*|ne peut pas (?:bouger|se lever|manger))\b"),
    # shelter refused for tonight: "sortante ce soir, aucun hébergement, refus du 115 faute de place"
    R("child_alone_night", r"\b(?:me|nous|le|la|les) (?:laisse|laissent|laissait|a laisse|ont laisse) (?:tout |toute |tous |toutes )?(?:seul|seule|seuls|seules) (?:la nuit|le soir|toute la nuit|cette nuit|ce soir|les nuits|des nuits entieres)\b",
      "vitale", "enfant laissé seul la nuit", require_guards=False, kind="enfant", negatable=True, fiction=True, past=True,
      require=r"\b(?:(?:[1-9]|1[01]) ans|bebe|bebes|nourrisson|petit frere|petite soeur|petits freres|petites soeurs|en cp|en ce1|en ce2|en cm1|en cm2|maternelle)\b"),
    # a baby or a young child alone for hours: "le bébé de ma voisine pleure tout seul depuis des heures"
    R("child_alone_hours", r"\b(?:tout |toute )?(?:seul|seule|seuls|seules) (?:depuis|dans (?:le|la|son|sa) \w+ depuis) (?:des heures|hier|ce matin|cette nuit|le matin|\d+ ?h|\d+ heures|deux heures|trois heures|quatre heures|plusieurs heures)\b",
      "vitale", "enfant laissé seul", require_guards=False, kind="enfant", negatable=True, fiction=True, past=True,
      require=r"\b(?:(?:[1-9]|1[01]) ans|bebe|bebes|nourrisson|tout petit|toute petite|petit frere|petite soeur|en cp|en ce1|en ce2|maternelle)\b"),
    # no heating in a freezing home: "ma mère handicapée n'a plus ni chauffage ni électricité depuis trois jours et il
    # fait moins cinq", "il fait 6 degrés chez elle"
    R("cold_home", r"\b(?:plus de|sans|pas de|ni|plus|aucun) chauffage\b|\bchauffage (?:en panne|coupe|ne marche plus|ne fonctionne plus|ne marche pas)\b",
      "vitale", "danger: froid sans chauffage", require_guards=False, kind="danger", negatable=False, fiction=True, past=True,
      require=r"\b(?:il fait (?:moins|\d degres)|il fait (?:tres|si|trop|vraiment) froid|moins (?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|dix|quinze)(?: degres)?\b|\d degres (?:chez|dans|a le interieur)|gele|gelee|glace|glacee|glacial|glaciale|grelotte|grelottent|tremble de froid)",
      exclude=r"\b(?:bus|car|train|tram|metro|ecole|classe|bureau|travail|atelier|salle|gymnase|piscine|chauffagiste (?:passe|vient|arrive)|repare|reparee|reparer|reparation|radiateur de appoint|chauffage de appoint|la semaine prochaine|le mois prochain)\b"),
    # nobody able to stay with a dependent person tonight: "ma mère est hospitalisée, c'est elle qui s'occupe de mon
    # petit frère polyhandicapé, moi j'ai 17 ans je peux pas rester avec lui ce soir"
    R("nobody_tonight", r"\b(?:je|on|nous) (?:ne )?(?:peux|peut|pouvons|pourrai|pourra|pourrons|sais|saurai) (?:pas|plus) (?:rester avec (?:lui|elle|eux)|le garder|la garder|les garder|me en occuper|men occuper|en occuper|le gerer|la gerer|faire les soins|lui faire (?:les|ses) soins|le coucher|la coucher)\b(?: [\w,]+){0,4} (?:ce soir|cette nuit|aujourdhui|des ce soir)\b"
      r"|\b(?:cherchons|cherche|il faut|faut|trouver|besoin de|aucune) (?:une )?solution pour (?:cette nuit|ce soir)\b",
      "vitale", "personne dépendante seule ce soir", require_guards=False, kind="abandon", negatable=False, fiction=True,
      require=r"\b(?:polyhandicap\w*|tetraplegi\w*|grabataire|alite\w*|dependant\w*|paralyse\w*|ne peut pas rester seule?|trisomi\w*|autiste|handicap\w*|alzheimer|en fauteuil)\b"),
    # a parent's thought of killing the child, reported by a professional: "la maman de Yanis m'a dit qu'elle avait
    # pensé à en finir avec lui la semaine dernière. Elle riait mais j'ai un doute"
    R("filicide_thought", r"\b(?:pense|pensait|pense a|pensait a|avait pense a|a pense a|envie de|veut|voulait|va|allait|a voulu|voudrait) (?:a )?en finir avec (?:lui|elle|eux|son fils|sa fille|son enfant|ses enfants|mon fils|ma fille|mon enfant|mes enfants|le petit|la petite|son bebe|mon bebe)\b",
      "vitale", "menace sur un enfant (parent)", require_guards=False, kind="enfant", negatable=True),
    R("baby_bruise", r"\b(?:bebe|bebes|nourrisson|nourrissons|enfant de (?:[1-3]|un|deux|trois) ans?|(?:[1-9]|1[0-8]) mois)\b(?: [\w,]+){0,6} (?:ecchymose|ecchymoses|hematome|hematomes|bleus?|brulure|brulures|marques de coups|fracture|traces de doigts)\b",
      "vitale", "enfant en danger: blessure d'un bébé", require_guards=False, kind="enfant", negatable=True, fiction=True, past=True,
      exclude=r"\b(?:chute|tombe|tombee|cogne|cognee|vaccin|tache de naissance|tache mongoloide|medecin a dit|pediatre a dit|explique)\b"),
    # a vulnerable person found lost: "nous avons retrouvé un homme désorienté sur la départementale, il ne sait pas
    # dire son nom, il porte un bracelet d'un EHPAD"
    R("found_lost", r"\b(?:desoriente|desorientee|desorientes|perdu|perdue|errait|errant|errante|erre|en pyjama|en chaussons|pieds nus)\b(?: [\w,]+){0,10} (?:ne sait (?:pas|plus) (?:dire )?(?:son nom|son adresse|ou il (?:habite|est|vit)|ou elle (?:habite|est|vit)|qui il est|qui elle est)|bracelet (?:de|du|de un|de une|de le)|ne connait pas son adresse)\b",
      "vitale", "personne vulnérable trouvée perdue", require_guards=False, kind="disparition", negatable=False, fiction=True, past=True),
    # a vulnerable person alone who no longer answers: "mon grand-père vit seul, je l'appelle depuis ce matin et ça ne
    # répond pas"
    R("no_answer_alone", r"\b(?:ne repond pas|ca ne repond pas|ne decroche pas|ne decroche plus|ne repond plus|aucune reponse|pas de reponse|tombe sur (?:le|son) repondeur)\b(?: [\w,]+){0,4}(?: depuis (?:ce matin|hier|cette nuit|\d+ ?h|\d+ heures|deux heures|trois heures|plusieurs heures))?",
      "vitale", "personne seule qui ne répond plus", require_guards=False, kind="autrui", negatable=False, fiction=True, past=True,
      require=r"\b(?:vit (?:seul|seule|tout seul|toute seule)|habite (?:seul|seule)|(?:est|reste) (?:seul|seule) (?:a la maison|chez (?:lui|elle))|seul a la campagne|seule a la campagne)\b(?:.*)\b(?:depuis ce matin|depuis hier|depuis cette nuit|depuis \d+ ?h|vertiges?|malaise|tombe|tombee|chute|pas bien|malade|diabet\w*|cardiaque|volets)\b"),
    # no food for days: "j'ai plus rien à manger depuis 3 jours et je peux pas sortir"
    R("no_food_days", r"\b(?:plus rien|rien|pas) (?:a manger|mange|manger)\b(?: \w+){0,2} depuis (?:\d+|deux|trois|quatre|cinq|six|plusieurs) jours\b",
      "vitale", "danger: plus rien à manger depuis des jours", require_guards=False, kind="danger", negatable=False, fiction=True, past=True,
      exclude=r"\b(?:regime|jeune|ramadan|careme|chat|chien|appetit|gastro|nausee|nauseeuse|medecin dit|pediatre dit)\b"),
    # a dependent person alone at home after the carer was taken to hospital: "notre mère est hospitalisée depuis ce
    # matin pour un AVC, il est seul chez eux et ne sait pas se faire à manger"
    R("alone_after_carer", r"\b(?:il|elle) est (?:tout |toute )?seule? (?:chez (?:eux|lui|elle|nous|ses parents)|a la maison|dans (?:le|la) (?:appartement|maison))\b",
      "vitale", "personne dépendante seule, l'aidant à l'hôpital", require_guards=False, kind="abandon", negatable=True, fiction=True,
      require=r"\b(?:hospitalise\w*|aux urgences|a le hopital|emmene\w* (?:en urgence|aux urgences|par les pompiers|par le samu)|decede\w*)\b(?:.*)\b(?:ne sait pas (?:se faire a manger|se debrouiller|rester seule?|prendre ses medicaments|se laver)|ne peut pas rester seule?|polyhandicap\w*|grabataire|dependant\w*|alzheimer)\b|\b(?:ne sait pas (?:se faire a manger|se debrouiller|rester seule?|prendre ses medicaments|se laver)|ne peut pas rester seule?|polyhandicap\w*|grabataire|dependant\w*|alzheimer)\b(?:.*)\b(?:hospitalise\w*|aux urgences|a le hopital|decede\w*)\b"),
    # a vulnerable person stranded outside for hours: "déposée par un taxi devant le foyer fermé, elle est assise sur
    # le trottoir depuis 2 h"
    R("stranded_outside", r"\b(?:sur le trottoir|dehors|dans la rue|devant (?:le|la) (?:foyer|porte|ime|esat|gare|batiment|immeuble)(?: \w+){0,2}|sur (?:le|un) banc|a la gare|a le arret de bus)\b(?: [\w,]+){0,3} depuis (?:\d+ ?h|\d+ heures|une heure|deux heures|trois heures|des heures|ce matin|hier)\b",
      "vitale", "personne vulnérable seule dehors", require_guards=False, kind="autrui", negatable=True, fiction=True, past=True,
      # someone vulnerable, and stranded: left, locked out, sitting or stuck there, nobody came
      require=r"\b(?:trisomi\w*|autiste|deficien\w*|handicap\w*|alzheimer|aveugle|malvoyant\w*|sourde?|en fauteuil|polyhandicap\w*|desoriente\w*|ne parle pas|age de|\d{2} ans)\b(?:.*)\b(?:depose\w*|laisse\w*|assise?|assis|bloque\w*|coince\w*|perdue?|personne (?:ne )?(?:est venu|vient|ouvre|repond)|ferme\w*|a la porte|ne sait pas ou aller|sans (?:manteau|veste)|il fait (?:froid|nuit|moins))\b|\b(?:depose\w*|laisse\w*|assise?|assis|bloque\w*|coince\w*|perdue?|ferme\w*|a la porte)\b(?:.*)\b(?:trisomi\w*|autiste|deficien\w*|handicap\w*|alzheimer|aveugle|malvoyant\w*|sourde?|en fauteuil|polyhandicap\w*|desoriente\w*|\d{2} ans)\b",
      exclude=r"\b(?:on attend|nous attendons|je attends|le bus est en retard|rendez vous|file de attente|joue|jouent|jouer|jardin|adore)\b"),
    # nobody knows where a vulnerable person went: "il est parti de la maison de retraite en pyjama, personne sait où il est"
    R("whereabouts_unknown", r"\b(?:personne|on|nous|je) (?:ne )?(?:sait|sais|savons) (?:pas |plus )?ou (?:il|elle) est\b",
      "vitale", "personne disparue", require_guards=False, kind="disparition", negatable=False, fiction=True, past=True,
      require=r"\b(?:parti|partie|fugue\w*|disparu|disparue|sorti|sortie|en pyjama|en chaussons|pieds nus)\b(?:.*)\b(?:alzheimer|autiste|maison de retraite|ehpad|foyer|ime|trisomi\w*|deficien\w*|desoriente\w*|il fait (?:froid|moins|nuit)|moins \d|- ?\d|la nuit|en pleine nuit)\b|\b(?:alzheimer|autiste|maison de retraite|ehpad|foyer|ime|trisomi\w*|deficien\w*)\b(?:.*)\b(?:parti|partie|fugue\w*|disparu|disparue|sorti|sortie)\b"),
    R("abri_refused_tonight", r"\b(?:rien pour la nuit|nulle part pour la nuit|aucun hebergement|sans hebergement|pas de hebergement|refus du 115|le 115 (?:est )?(?:plein|sature|complet|ne repond pas)|115 (?:plein|sature|complet)|pas de place (?:au|a le) 115|aucune place(?: \w+){0,2} (?:ce soir|cette nuit)|personne ne peut (?:le|la|les|me|nous) (?:accueillir|heberger|loger|prendre))\b",
      "vitale", "abri: nulle part où dormir ce soir", require_guards=False, kind="abri", negatable=False,
      require=r"\b(?:ce soir|cette nuit|des ce soir|aujourdhui|tout a le heure|cet apres midi|tonight|pour la nuit|depuis ce matin)\b",
      exclude=r"\b(?:dans (?:un|deux|trois|quelques) (?:mois|semaines)|le mois prochain|a la fin du mois|vacances|sejour)\b"),
    R("abri_where_tonight", r"\b(?:dort|dors|dormons|dormir|va dormir|vais dormir|allons dormir|dormira|dormirons|on va ou|aller ou) ou (?:ce soir|cette nuit)\b",
      "vitale", "abri: nulle part où dormir", kind="abri", negatable=False,
      exclude=r"\b(?:vacances|sejour|colonie|camp|voyage|repit|week end|internat|foyer|chez (?:mamie|papi|sa grand|ses grands|sa tante|son pere|sa mere))\b"),
    R("abri_where", r"\b(?:ou|pour) (?:dormir|passer la nuit|nous coucher|me coucher|coucher|me loger|nous loger|loger|aller dormir)\b",
      "vitale", "abri: nulle part où dormir", kind="abri", negatable=False,
      require=r"\b(?:pas|plus|nulle part|aucun|aucune|sans|rien|personne|ne sais|ne savons|sais pas|savons pas|ou aller)\b",
      exclude=r"\b(?:vacances|sejour|colonie|camp|voyage|hotel pour les vacances|week end a|chambre de hotel pour|repit|garder|accueil temporaire|internat|dans (?:un|deux|trois|quelques) (?:mois|semaines|ans)|le mois prochain|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|a la rentree|apres sa sortie|apres la sortie|quand il sortira|quand elle sortira|plus tard|a terme|dans le futur|a le avenir|un jour)\b"),
    R("abri_outside", r"\b(?:dormir|dors|dort|dormons|dorment|dormi|passer la nuit|passe la nuit|passons la nuit|passe les nuits|coucher|couche|couchons|vivre|vis|vit|vivons) (?:dehors|dans la rue|a la rue|dans (?:ma|la|notre|sa|une|leur) voiture|dans (?:le|un|une|la) (?:parc|hall|squat|camion|parking|cave|abri bus|abribus|gare|station|tente)|dans la gare|a la gare|sous un pont|sous les ponts|sur un banc|dans une tente|dans la cage de escalier|dans les escaliers|dans le metro)\b",
      "vitale", "abri: dort dehors", kind="abri", negatable=True,
      exclude=r"\b(?:camping|vacances|van|amenagee?|camping car|cet ete|aires? de|scout|scouts|bivouac|festival|sortie nature|colonie|camp|randonnee|jardin|pour rire|pour se amuser|a la belle etoile|pour jouer|pour couper le trajet|aire de autoroute|road trip)\b|\b(?:va|vont|allons|vais|risque de|risquons de|risquent de|pourrait|pourrions|peur de) (?:devoir )?(?:dormir|vivre|passer)(?: \w+){0,3} (?:dans (?:un|deux|trois|quelques) (?:mois|semaines)|le mois prochain|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|a la fin du mois|si)\b"),
    R("abri_tonight", r"\b(?:dehors|a la rue|sans abri|sans toit|sdf|sans logement|sur le trottoir)\b",
      "vitale", "abri: dehors ce soir", kind="abri", negatable=True,
      require=r"\b(?:ce soir|cette nuit|des ce soir|aujourdhui|tout de suite|tonight)\b",
      exclude=r"\b(?:scout|scouts|camping|bivouac|vacances|colonie|camp|a la belle etoile|genial|trop bien|super|pour le plaisir|tente|chien|chat|sortir dehors|jouer dehors|manger dehors|dehors pour|il fait froid dehors|il fait beau|il pleut|promenade|balade|activite|activites|dehors avec (?:le|les) (?:chien|enfants pour)|rue du|rue de|rue des|jardin|terrasse)\b"),
    R("abri_nowhere", r"\b(?:nulle part|aucun endroit|pas de endroit|sans endroit|nowhere|ne sais pas|ne savons pas|sais pas|savons pas|ne sait pas|ne savent pas|sait pas|savent pas) (?:ou|pour) aller\b",
      "vitale", "abri: nulle part où aller ce soir", kind="abri", negatable=False,
      require=r"\b(?:ce soir|cette nuit|aujourdhui|maintenant|tout de suite|tonight|des ce soir)\b"),
    R("abri_street", r"\b(?:je suis|on est|nous sommes|nous voila|je me retrouve|on se retrouve|nous nous retrouvons|se retrouve|me retrouve|se retrouvent|il est|elle est|ils sont|elles sont|suis|sommes|est|etre|je vis|on vit|je dors|on dort)(?: (?!pas\b|plus\b|jamais\b)\w+){0,1} (?:a la rue|sans abri|sans domicile|sans toit|sdf|dehors ce soir|dehors cette nuit|a la porte ce soir|homeless)\b"
      r"|\b(?:me a|nous a|le a|la a|les a|me ont|nous ont|le ont|la ont|les ont) (?:mis|mise|mises|jete|jetee|jetes|vire|viree|vires|chasse|chassee|chasses|fout|foutu|foutue|foutus) (?:dehors|a la porte|de la maison|de chez (?:lui|elle|eux|moi|nous))\b"
      r"|\b(?:pas de|aucun|aucune|sans|plus de) (?:toit|solution de hebergement|solution de logement|hebergement|endroit ou dormir|lit|place (?:au|a le) 115) (?:pour )?(?:ce soir|cette nuit)\b"
      r"|\b(?:nous|me|le|la|les|on nous|on me) (?:met|mettent|mettre|a mis|ont mis|va mettre|vont mettre) a la porte\b(?: \w+){0,4} (?:ce soir|cette nuit|maintenant|aujourdhui)\b"
      r"|\b(?:mes|nos|ses|leurs) affaires sont (?:sur le trottoir|dehors|dans la rue|devant la porte)\b"
      r"|\b(?:je ai|jai|on a|nous avons|je ne ai|on ne a|nous ne avons) plus de toit\b"
      r"|\bnowhere to (?:sleep|stay|go) tonight\b|\bsleep(?:ing)? (?:outside|on the street|in my car)\b"
      r"|\b(?:no tenemos|no tengo|sin) (?:donde|lugar para) dormir\b|\b(?:estamos|estoy) en la calle\b|\bdormir en la calle\b|\b(?:nao temos|nao tenho) onde dormir\b|\b(?:estamos|estou) na rua\b|\bkein schlafplatz\b|\bauf der strasse\b",
      "vitale", "abri: à la rue", kind="abri", negatable=True,
      after_exclude=r"\b(?:scout|scouts|camping|bivouac|colonie|camp|a la belle etoile|tente|genial|trop bien|pour le plaisir|pour rire|jardin)\b|^ (?:du|de|des|saint|sainte|jean|victor|general|\d)\b",
      exclude=r"\b(?:va|vont|allons|vais|risque de|risquons de|risquent de|pourrait|pourrions|pourraient|peur de|crainte de|avant de|eviter de) (?:se |me |nous )?(?:retrouver|etre|finir)(?: \w+){0,1} (?:a la rue|sans abri|sans domicile|dehors)\b|\bdans (?:un|deux|trois|quelques|\d+) (?:mois|semaines|jours)\b|\ble mois prochain\b|\bla semaine prochaine\b|\ben (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"),
    R("abduction", r"\b(?:a|ont|vient de|viennent de) (?:enleve|enlever|kidnappe|kidnapper|emmene de force|emmener de force|pris de force|prendre de force)\w* (?:notre|mon|ma|nos|mes|le|la|les|son|sa|ses) (?:fils|fille|enfant|enfants|bebe|petit|petite|filles|garcon)\b"
      r"|\b(?:on|je|nous|vous) ne (?:le|la|les) (?:reverra|reverrait|reverrai|reverrons|reverrez) (?:jamais|plus)\b",
      "vitale", "enfant enlevé", require_guards=False, kind="disparition", negatable=True, fiction=True, past=True),
    R("missing", r"\b(?:a|ont|est|sont|avait|etait) (?:disparu|disparue|disparus|disparues|fugue|fuguee|fugues|introuvable|introuvables|porte disparu|portee disparue|parti sans prevenir|partie sans prevenir|sorti sans prevenir|sortie sans prevenir)\b"
      r"|\b(?:fait|a fait|fait encore|refait|a refait) une fugue\b|\ben fugue\b"
      r"|\b(?:se est|se sont) (?:perdu|perdue|perdus|sauve|sauvee|enfui|enfuie|enfuis|echappe|echappee|volatilise|volatilisee)\b"
      r"|\bon ne (?:le|la|les) (?:trouve|retrouve) (?:plus|pas)\b|\b(?:on|je|nous) ne (?:trouve|trouvons|retrouve|retrouvons) (?:plus|pas) (?:mon|ma|mes|notre|nos|son|sa) (?:fils|fille|enfant|frere|soeur|pere|mere|mari|femme|grand pere|grand mere|papa|maman|bebe|ado|neveu|niece|oncle|tante|voisin|voisine|resident|residente)\b|\bon (?:le|la|les) cherche (?:partout|depuis)\b|\bpersonne ne sait ou (?:il|elle|ils) (?:est|sont)\b"
      r"|\b(?:ne est|nest|ne sont) (?:pas|toujours pas|jamais) (?:rentre|rentree|rentres|revenu|revenue|revenus)\b"
      r"|\b(?:il|elle|ils|elles) ne y (?:est|sont) (?:jamais|pas|toujours pas) (?:arrive|arrivee|arrives|arrivees)\b"
      r"|\b(?:is missing|went missing|gone missing|has disappeared|ha desaparecido|esta desaparecido|esta desaparecida)\b|\bintrouvables?\b",
      "vitale", "personne disparue", kind="disparition", negatable=True, past=True, fiction=True,
      after_exclude=r"^ (?:(?:deux|trois|quatre|cinq|plusieurs|\d+) fois|souvent|regulierement|de la circulation|des ecrans|de le ecran|dans la nature mdr|dans (?:ses|les|mes|ces|son|sa|ma|mon) (?:papiers|dossiers|demarches|pensees|reflexions|explications|calculs|reves|souvenirs|jeux|livres)|de la liste|des listes|du fichier|des fichiers|des radars|du logiciel|du systeme|de le ecran|de le ordinateur|du site|de la base|de mon compte|des inscrits)\b",
      before_exclude=r"\b(?:dossier|dossiers|papiers?|carte|cartes|documents?|courriers?|argent|lettre|lettres|mails?|messages?|fichier|fichiers|symptomes?|douleurs?|boutons?|chat|chats|chien|chiens|lapin|hamster|doudou|cle|cles|telephone|portable|sac|lunettes|appareil|appareils|formulaire|notification|attestation|justificatif|objet|colis|taches?|rougeurs?|eczema|crises?|tics?|peur|peurs|envie|fievre|allocation|aide|aides|rdv|rendez vous|place|places|poste|offre|annonce|page|site|lien|photo|photos|compte|bouton|mot de passe|demande|candidature|sa chaussure|ses chaussures|son doudou|le jouet|jouets?|velo|trottinette|voiture|fauteuil|prothese|appareil auditif|aides auditives|dent|dents|sourire|motivation|appetit|sommeil|fatigue|acne|sa timidite|son begaiement|begaiement)\b(?: \w+){0,3} $",
      exclude=r"\b(?:je veux|je voudrais|envie de) disparaitre\b|\b(?:mdr|lol|ptdr|haha)\b"),
    R("missing_vulnerable", r"\b(?:a quitte (?:la maison|le foyer|le etablissement|le ehpad|le ime|la residence|le domicile|le hopital|le service|sa chambre|la mas|le fam) (?:en pleine nuit|seule?|sans prevenir|cette nuit|ce matin|en pyjama|a pied)|est partie? (?:seule?|a pied|en voiture|sans prevenir) (?:alors que|et)|on ne sait pas ou (?:il|elle) est|ne savons pas ou (?:il|elle) est|je ne sais pas ou (?:il|elle) est|on sait pas ou (?:il|elle) est|sans nouvelles de (?:lui|elle|mon|ma)|ne sait pas se reperer|ne connait pas le chemin|ne sait pas rentrer|ne peut pas rentrer seule?|perdue? dans la ville|erre dans la rue|erre dehors|sortie? seule? de la maison|sorti seul du foyer|sortie seule du foyer)\b",
      "weak", "personne vulnérable seule dehors", family="missing", negatable=False),
    R("fire", r"\b(?:au feu|il y a le feu|y a le feu|ya le feu|est en feu|sont en feu|a pris feu|ont pris feu|prend feu|prennent feu|en flammes|incendie en cours|un incendie|le incendie|ca brule|ca sent le brule|odeur de brule|fumee (?:noire|partout|epaisse|qui sort|dans)|(?:odeur|fuite|sent|sens|sentir) (?:de |le )?gaz|fire in|on fire|house is burning|(?:il y a )?des flammes (?:sur|dans|partout|qui sortent|sortent)|(?:pleine?|remplie?|envahie?) de fumee)\b",
      "vitale", "feu / gaz", kind="incendie", negatable=True, past=True, fiction=True,
      exclude=r"\b(?:feu vert|feu rouge|feux rouges|feu de artifice|feux de artifice|coup de feu|au coin du feu|feu de camp|feu de cheminee|feu de bois|apres le incendie|depuis le incendie|suite a le incendie|suite au incendie|ancien incendie|detecteur|detecteurs|assurance|exercice|alarme incendie test|ca brule quand|brule quand il|brule quand elle|brule quand je|ca me brule|ca lui brule|pipi|estomac|gorge|yeux|peau|soleil|coup de soleil|le gaz carbonique|gaz intestinaux|des gaz|ballonnements)\b"),
    R("abandon", r"\b(?:je|on|vais|veux|compte|je vais|je veux|decide de|decidee de|pret a|prete a|finir par)(?: (?!pas\b|plus\b|jamais\b)\w+){0,2} (?:le|la|les|lui) (?:abandonner|abandonne|laisser tout seul|laisser toute seule|laisser seul|laisser seule|laisser seuls|laisse seul|laisse seule|laisse tout seul|laisse toute seule|laisser devant|laisse devant|laisser aux urgences|laisse aux urgences|deposer aux urgences|depose aux urgences|deposer devant|depose devant|deposer a le hopital|deposer a la gendarmerie|deposer au commissariat|laisser a le hopital|laisser a la gendarmerie|laisser a le ime|laisser au foyer|deposer au foyer|deposer a le ime|mettre dehors|mettre a la porte)\b"
      r"|\b(?:je pars|je me en vais|je me casse|je quitte tout|je vais partir|je vais me en aller|partir et|pars et)(?: \w+){0,3} (?:le|la|les) (?:laisser|laisse|abandonner|abandonne)\b"
      r"|\b(?:je|vais|veux|compte|je vais|je veux|partir et|pars et)(?: \w+){0,2} (?:laisser|laisse|abandonner|abandonne|deposer|depose) (?:mon|ma|mes|notre|nos) (?:\w+ ){1,2}(?:tout seul|toute seule|seul|seule|seuls|devant|aux urgences|a la porte|dehors|sur le trottoir)\b"
      r"|\bje vais abandonner (?:mon|ma|mes|notre|nos) (?:fils|fille|enfant|enfants|frere|soeur|mere|pere|mari|femme)\b"
      r"|\b(?:deposer|depose|laisser|laisse|abandonner|abandonne|amener|emmener) (?:(?:mon|ma|mes|notre|nos) \w+|le|la|les)(?: \w+){0,5} et (?:partir|je pars|ne pas revenir|ne plus revenir|ne jamais revenir|je me en vais|disparaitre|me en aller|je ne reviens pas|je ne reviendrai pas|plus revenir)\b",
      "vitale", "aidant sur le point de laisser la personne seule", kind="abandon", negatable=True,
      exclude=r"\b(?:dossier|demarche|demarches|formulaire|papiers|procedure|recours|idee|projet|traitement|ecole de|formation|sport|activite|cours)\b|\b(?:quelques minutes|cinq minutes|5 minutes|dix minutes|10 minutes|une heure pour|le temps de|pendant que je|pour aller|a la garderie|au centre de loisirs|chez sa grand mere|chez ses grands parents|chez mamie|a la creche)\b"),
    R("abandon_tonight", r"\b(?:plus la force|je ne peux plus|je peux plus|ne peux plus|je ne en peux plus|je en peux plus|a bout)\b(?: \w+){0,6} (?:le|la|les) (?:laisser|laisse|abandonner|deposer|depose|mettre dehors)\b",
      "vitale", "aidant à bout, personne bientôt seule", kind="abandon", negatable=False,
      require=r"\b" + TONIGHT + r"\b"),
    # a child or a dependent person lost right now: "jtrouve plus mon fils il a 8 ans, il était au parc à côté de moi"
    R("lost_now", r"\b(?:je|on|nous)(?: ne)? (?:trouve|trouvons|retrouve|retrouvons|vois|voit) plus (?:mon|ma|notre|mes|nos) (?:fils|fille|enfant|enfants|bebe|petit|petite|frere|soeur|pere|mere|grand pere|grand mere|mari|femme|papa|maman)\b",
      "vitale", "personne disparue", kind="disparition", negatable=False, fiction=True,
      exclude=r"\b(?:papiers|dossier|photos?|dans le|dans la|tellement change|reconnais|reconnait|depuis qu)\b"),
    # the carer taken to hospital now, the dependent person left with nobody ("elle vient d'être emmenée par le
    # SAMU, il est tout seul à la maison"; "je dois être opérée en urgence cet après-midi, personne ne peut garder
    # mon fils")
    R("carer_taken_now", r"\b(?:est|sont) (?:parti|partie|partis) (?:aux urgences|a le hopital)\b|\b(?:vient de etre|viennent de etre|a ete|est|ont ete) (?:emmene|emmenee|transporte|transportee|hospitalise|hospitalisee|evacue|evacuee|pris en charge|prise en charge) (?:par le samu|par les pompiers|aux urgences|a le hopital|en urgence|en ambulance)\b"
      r"|\bje (?:dois|vais) (?:etre|me faire) (?:operee?|hospitalisee?) en urgence\b|\bje (?:suis|pars) (?:aux urgences|a le hopital) (?:maintenant|tout de suite|ce soir|en ce moment)\b",
      "vitale", "l'aidant part à l'hôpital, la personne reste seule", kind="abandon", negatable=True,
      require=r"\b(?:tout seul|toute seule|seul a la maison|seule a la maison|est seule?|reste seule?|personne (?:ne peut|pour) (?:le |la |les )?(?:garder|rester|me relayer|le prendre|la prendre|se occuper))\b"),
    # a cry for help and nothing else ("Au secours !"): the general numbers, and an adviser at once ("Au secours,
    # ce formulaire est incompréhensible" is not one)
    R("cry_help", r"\bau secours\b|\baidez moi vite\b|\bhelp me\b",
      "vitale", "appel au secours", kind="danger", negatable=False, fiction=True,
      require=r"^(?: ?[.!?,] ?)*(?:au secours|aidez moi vite|help me)(?: ?[.!?,] ?| svp| s il vous plait| aidez moi| vite| je vous en prie)*$"),
    # "le foyer m'a exclu cet après-midi, je suis dans la rue sans mon traitement"
    R("abri_in_street", r"\b(?:je suis|on est|nous sommes|je me retrouve|on se retrouve|nous voila) (?:dans la rue|sur le trottoir)\b",
      "vitale", "abri: à la rue", kind="abri", negatable=True,
      require=r"\b(?:exclu\w*|expulse\w*|a la porte|mis dehors|mise dehors|nulle part|sans abri|115|serrures?|ce soir|cette nuit|plus de place|vire\w*)\b"),
    # outside with nowhere to go ("le proprio a changé les serrures ... je suis dehors"; "il est dehors en t-shirt
    # par -3 et il a l'air perdu")
    R("abri_outside_now", r"\b(?:je suis|on est|nous sommes|je me retrouve|on se retrouve) dehors\b",
      "vitale", "abri: à la rue", kind="abri", negatable=True,
      require=r"\b(?:il fait (?:froid|nuit|moins|\d+ degres|\d)|115|plus de place|serrures?|expulse\w*|a la porte|nulle part|sans abri|par (?:moins )?\d+)\b"),
    R("outside_lost", r"\b(?:est|sont) dehors\b(?: [\w,]+){0,3} (?:en t shirt|en pyjama|pieds nus|sans manteau|par (?:moins )?\d+)\b",
      "vitale", "personne vulnérable dehors, perdue", kind="autrui", negatable=True,
      require=r"\b(?:perdu|perdue|saigne|tremble|grelotte|froid|moins \d+|desoriente\w*|confus\w*)\b"),
    # a young child or a dependent adult about to be left alone now ("ma femme vient de partir ... notre fils de
    # 8 ans va rester seul"; "je dois partir ce soir ... mon mari tétraplégique va rester seul")
    R("child_alone_now", r"\b(?:va|vont) rester (?:tout |toute )?seule?s?\b",
      "vitale", "enfant bientôt seul", kind="abandon", negatable=True,
      require=r"^(?=.*\b(?:(?:[1-9]|1[01]) ans|bebe|tetraplegi\w*|polyhandicap\w*|alzheimer|dependant\w*|grabataire|alite\w*|ne peut pas rester seule?)\b)(?=.*\b(?:vient de partir|maintenant|ce soir|cette nuit|cet apres midi|ce matin|aujourdhui|tout de suite|dans une heure|je dois partir)\b)"),
    # the emergency shelter is full and the family is out ("l'hôtel du 115 n'a plus de place et il est 22 h")
    R("shelter_full", r"\b115 (?:ne a plus|na plus|a plus|ne a pas|na pas|ne a aucune|na aucune) (?:de )?places?\b|\bpas de place (?:au|a le) 115\b|\b115 (?:est )?(?:complet|sature|sonne occupe|ne repond pas|ne repond plus)\b",
      "vitale", "abri: le 115 n'a pas de place", kind="abri", negatable=False,
      require=r"\b(?:on est|je suis|nous sommes|on se retrouve|je me retrouve|avec (?:mes|nos|mon|ma|notre)|ce soir|cette nuit|dehors|gare|rue|voiture)\b"),
]

# ------------------------------------------------------------------------------------------------------------------
# WEAK clues (count in combination over the whole conversation)
# ------------------------------------------------------------------------------------------------------------------
WEAK_RULES = [
    R("stockpile", r"\b" + MEDS + r"\b(?: \w+){0,6} (?:plusieurs pharmacies|pour en avoir assez|assez pour (?:mourir|en finir|partir|ne pas me rater)|de quoi (?:mourir|en finir|ne pas me rater))\b|\b(?:plusieurs pharmacies|de quoi en finir|assez pour en finir)\b(?: \w+){0,6} " + MEDS + r"\b",
      "vitale", "moyen: médicaments accumulés", kind="suicide", negatable=True),
    R("carer_no_show", r"\b(?:aide a domicile|auxiliaire|auxiliaire de vie|infirmier|infirmiere|aesh|ssiad|educateur|educatrice|aide soignante?|personne)(?: \w+){0,2} (?:ne est pas venue?|nest pas venue?|ne vient pas|ne vient plus|ne est plus venue?|ne passe pas|ne passe plus)\b",
      "haute", "personne seule sans l'aide prévue", flag="fin_accompagnement", negatable=False,
      require=r"\b(?:depuis (?:plusieurs|\d+|deux|trois|quatre|cinq) jours|seule? depuis|depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine derniere|une semaine))\b"),
    R("w_rope", r"\b(?:corde|cordes|noeud|crochet au plafond|poutre)\b(?! a sauter| a linge| de guitare| vocales?| de escalade)",
      "weak", "moyen: corde", family="means", negatable=True,
      exclude=r"\b(?:escalade|bateau|voile|guitare|violon|linge|sauter|jouer|jeu|cirque|gym|gymnastique|psychomotricite|eveil|lacets)\b"),
    R("w_pills", r"\b(?:rassemble|rassembler|reuni|regroupe|garde|gardes|gardees|stocke|stockes|stockees|accumule|accumules|mis de cote|mets de cote|de cote|cache|caches|cachees|reserve|en reserve|prepare|prepares|achete|trouve|compte|ai)\b(?: \w+){0,3} (?:tous |toutes |plein de |beaucoup de |des |mes |ses |les |une boite de |des boites de )" + MEDS + r"\b"
      r"|\b" + MEDS + r" (?:de cote|en reserve|caches|stockes|accumules)\b"
      r"|\b(?:tous|toutes) (?:mes|les) " + MEDS + r"\b",
      "weak", "moyen: médicaments mis de côté", family="means", negatable=True,
      exclude=r"\b(?:comme (?:de habitude|d habitude|tous les soirs|tous les jours|chaque soir|prevu|prescrit|toujours)|mon traitement|son traitement|habituels?|tous les soirs|chaque soir|pilulier|ordonnance|pharmacie|infirmier|infirmiere|rembours\w*|prescri\w*|renouvel\w*|oublie de prendre|aide pour prendre|prendre ses medicaments|prendre son traitement|comment(?! faire)|pour le mois|pour les vacances)\b"),
    R("w_pills_take", r"\b(?:prendre|avaler|gober|vider) (?:les|tous|toutes|tout|la boite|les boites)(?: \w+){0,2}\b",
      "weak", "projet: tout avaler", family="plan", negatable=True,
      require=r"\b(?:garde|stocke|accumule|de cote|reserve|cache|medicaments|cachets|comprimes|pilules|somniferes|medocs)\b",
      exclude=r"\b(?:bus|train|metro|tram|transports|rendez vous|escaliers|ascenseur|cours|notes|mesures|photos|papiers|documents)\b"),
    R("w_bridge", r"\b(?:pres|a cote|au bord|en haut|sur|vers|devant|sous|au dessus|proche)(?: du| de le| de la| des| le| la)? (?:pont|viaduc|falaise|voie ferree|rails|toit de le immeuble|toit)\b"
      r"|\b(?:aller|vais|retourner|monter|grimper) (?:au|sur le|sur la|a le|jusque au|jusque a le) (?:pont|viaduc|falaise|toit|dernier etage)\b|\bun pont\b",
      "weak", "moyen: pont / hauteur", family="means", negatable=True,
      exclude=r"\b(?:pont de (?:mai|le ascension|ascension|la pentecote|noel|la toussaint|toussaint|paques)|pont du \d+|faire le pont|sous les ponts|sous un pont|dormir|jour de pont|week end|travaux|fuite|tuiles|refaire le toit|toit de la maison|antenne|couvreur)\b"),
    R("w_weapon", r"\b(?:je ai|jai|je garde|je cache|il y a|chez moi)(?: \w+){0,2} (?:une arme|un fusil|un pistolet|un revolver|une lame|des lames|un rasoir|un cutter)\b",
      "weak", "moyen: arme ou lame", family="means", negatable=True),
    R("w_plan", r"\b(?:ce est decide|cest decide|ma decision est prise|tout est pret|je ai tout prepare|tout prepare|je ai tout organise|je ai tout range|je ai tout donne|je le fais|je vais le faire|je vais le faire ce soir|je vais y aller|passer a le acte|ce est la fin|ce sera la fin|ce est fini|ce sera fini|pour toujours|adieu|dernier message|derniere fois que|plus jamais|vous ne me reverrez|on ne me reverra|je ne serai plus la|je serai plus la|je ne serai plus|je ai trouve comment (?:faire|en finir|partir)|je sais (?:comment|ou) (?:je vais )?(?:le )?faire|je pars pour de bon|partir pour de bon|partir tranquille|partir en paix|tout est regle|le testament est|mon testament|ce que il faut pour partir|je ai prepare ce que il faut|la ou je vais|je aurai plus besoin de rien|je ne aurai plus besoin de rien|je voulais prevenir (?:quelque un|quelqu un) avant|je voulais (?:vous )?dire au revoir)\b",
      "weak", "projet / adieu", family="plan", farewell=True, negatable=False,
      exclude=r"\b(?:ecole|college|lycee|ime|sessad|esat|foyer|travail|contrat|dossier|formation|stage|aide|allocation|suivi|traitement|vacances|ce est fini pour (?:lui|elle) (?:a le|au|a la))\b"),
    R("w_letters", r"\b(?:ecrit|laisse|prepare|ecrire|laisser)(?: \w+){0,1} (?:des|une|mes|ma|quelques|un|mon) (?:lettres?|mots?|messages?|testament)(?: \w+){0,2} (?:pour|a) (?:ma famille|mes enfants|mes proches|mes parents|tout le monde|ceux que je aime|mon fils|ma fille|mon mari|ma femme|mes amis)\b"
      r"|\b(?:lettre|mot|message)(?: [\w,]+){0,6} (?:demande pardon|nous demande pardon|me demande pardon|dit adieu|demandant pardon)\b"
      r"|\b(?:ce est|ce sera|cest) (?:pour )?ce soir\b|\bje ai tout donne\b|\bje ai donne (?:toutes )?mes affaires\b|\bje ai (?:vendu|donne) (?:ma|mon|mes) (?:guitare|velo|moto|voiture|affaires|livres|disques|console|ordinateur|bijoux|collection)\b(?: [\w,]+){0,4} (?:ecrit|ecris) a (?:mes|ma|mon)\b|\bje ne ai plus besoin de rien\b|\bje range tout\b",
      "weak", "projet / adieu", family="plan", farewell=True, negatable=False,
      exclude=r"\b(?:anniversaire|fete|noel|cadeau|carte|rendez vous|reunion|spectacle|match|concert|sortie|vacances|demenag\w*|dossier|formulaire)\b"),
    R("w_plan2", r"\b(?:faire une betise|faire des betises|faire une connerie|faire une grosse betise|partir tranquille|partir en paix|partir sereinement|partir pour de bon|en finir pour de bon)\b",
      "weak", "projet / adieu", family="plan", negatable=True,
      before_exclude=r"\b(?:a fait|ont fait|il|elle|mon fils|ma fille|les enfants|pas) $"),
    R("passer_acte", r"\b(?:passer|passe|passerai) a le acte\b|\bje vais (?:faire une betise|faire une connerie|faire une grosse betise)\b(?: \w+){0,3} (?:ce soir|cette nuit|aujourdhui|maintenant)\b",
      "vitale", "projet de passage à l'acte", kind="suicide", negatable=True, fiction=True,
      require=r"^(?!.*\b(?:pch|aah|mdph|dossier|demande|formulaire|inscription|cv|candidature|rqth)\b)"),
    R("w_time", r"\b(?:ce soir|cette nuit|tonight|esta noche|heute nacht|stasera)\b", "weak", "moment: ce soir", family="time",
      negatable=False),
    R("w_distress", r"\b(?:je en peux plus|je ne en peux plus|en peux plus|je ne tiens plus|je tiens plus|plus la force|a bout|au bout du rouleau|marre de tout|ras le bol de tout|marre de ma vie|plus envie de rien|plus gout a rien|plus le gout|au fond du trou|je sers a rien|je ne sers a rien|je suis un (?:fardeau|poids|boulet)|un poids pour (?:tout le monde|ma famille|les autres|mes proches)|desespere|desesperee|desespoir|personne ne me aime|tout le monde me deteste|je suis nul|je suis nulle|que tout se arrete|je craque|je souffre trop|je suffoque|je sombre|trop de souffrance|je veux que ca se arrete|je veux que ca cesse|seule? au monde|plus personne|personne ne me comprend|ca ne ira jamais mieux|rien ne ira mieux|aucun espoir|plus de espoir|plus aucun espoir|sans espoir|je abandonne tout|je lache tout|je ne vois pas de issue|pas de issue|aucune issue|me tue a petit feu|je meurs a petit feu|je creve a petit feu|je me detruis)\b",
      "weak", "détresse", family="distress", negatable=False,
      exclude=r"\ba bout de souffle (?:apres|en|quand|pendant|au)\b|\bmdr\b|\bau (?:bowling|foot|jeu|basket|tennis|ping pong)\b|\ba le (?:jeu|sport)\b|\ben (?:maths|dessin|sport|cuisine)\b"),
    # a goodbye or an unreachable person (a plan clue: with a named means, a danger)
    R("w_farewell_other", r"\b(?:me|nous|les) (?:remercier|remercie|remerciait|a remercie|a remerciee) (?:de|pour) (?:ces|toutes ces|tout ce|ces belles|toutes ces belles) (?:annees|ans)\b|\b(?:message|lettre|mot) de adieu\b|\b(?:la |une )?lettre (?:que|qu) (?:il|elle|mon \w+|ma \w+) a laissee\b",
      "weak", "message d'adieu", family="plan", farewell=True, negatable=False),
    R("farewell_care", r"\b(?:prends|prenez|prend) (?:bien )?soin de (?:ma|mon|mes|toi|vous|lui|elle|maman|papa)\b",
      "vitale", "message d'adieu", require_guards=False, kind="suicide", negatable=False, fiction=True, past=True,
      require=r"\b(?:adieu|dernier message|coupe son telephone|coupe son portable|eteint son telephone|ne repond plus|injoignable|pour toujours|je pars)\b"),
    R("w_unreachable", r"\bne repond plus\b|\binjoignable\b", "weak", "personne injoignable", family="plan", negatable=False),
    # a plan: "après je saute", giving one's things away, a place or a day chosen
    R("w_jump_plan", r"\b(?:apres|ensuite|puis|et|alors|bientot) je saute\b|\bje vais sauter\b(?! (?:en|a la|au|de joie|le pas|dans le bain|une ligne|un repas|le repas|des etapes|le dejeuner))"
      r"|\b(?:donne|distribue|vendu|legue) (?:toutes )?mes affaires\b|\bvide mon compte\b|\b(?:deja )?choisi (?:le endroit|le lieu|le jour|la date|le moment|la methode)\b",
      "weak", "projet: préparatifs", family="plan", farewell=True, negatable=True),
    R("w_burden", r"\b(?:serait|seraient|serez|seront|serais|serions) (?:tous )?(?:mieux|soulage\w*|plus heureux|plus heureuse|tranquilles?|libere\w*) si je (?:partais|disparaissais|etais plus la|ne etais plus la|mourais|me en allais)\b",
      "weak", "se sent un poids", family="distress", negatable=True),
]

# ------------------------------------------------------------------------------------------------------------------
# HAUTE — ruptures of path (flags) and distress
# ------------------------------------------------------------------------------------------------------------------
NEAR = r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres demain|la semaine prochaine|cette semaine|ce week end|dans (?:\d+|un|une|deux|trois|quatre|quelques|dix|quinze) (?:jours?|semaines?)|bientot|fin du mois|a la fin du mois|le \d+|sous peu|tres vite|dans la semaine|ce mois ci|le mois prochain|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|cet ete|a la rentree|des que|immediatement|definitivement|aujourdhui|ce soir)\b"
NOTHING_AFTER = r"\b(?:pas stabilise|pas stabilisee|trop tot|pas prete?|contre notre avis|contre son avis|pas en etat|pas guerie?|nulle part|rien|aucun|aucune|personne|sans solution|pas de solution|pas de place|ne sait pas|ne savons pas|on ne sait pas|je ne sais pas|ne peut pas rentrer|ne peut pas retourner|impossible|sans rien|sans aide|sans suivi|pas de suivi|plus de place|ou aller|que faire|quoi faire)\b"
HAUTE_RULES = [
    R("hospital_exit", r"\b(?:sort|sortir|sortira|sortie|sorti|sortent|sortiront|quitte|quitter|quittera|renvoye|renvoyee|renvoie|renvoient|fin de (?:le )?hospitalisation|fin de (?:son |mon |sa )?sejour|fait sortir|faire sortir|laisse sortir|libere|liberee) (?:de |du |des |de le |de la )?(?:le |la )?(?:hopital|hospitalisation|clinique|psychiatrie|hp|urgences|chu|chs|epsm|centre de reeducation|reeducation|ssr|maternite|unite|service de psychiatrie|hopital psychiatrique|soins de suite)\b"
      r"|\b(?:hopital|clinique|psychiatrie|chu|ssr|service) (?:veut|veulent|va|vont|souhaite|a decide de) (?:le|la|les|me|nous)? ?(?:faire sortir|renvoyer|laisser sortir|mettre dehors|sortir)\b"
      r"|\bsortie (?:de le hopital|de hospitalisation|de hopital|de psychiatrie|de clinique|de reeducation|du ssr)\b",
      "flag", "sortie d'hôpital", flag="sortie_hopital", negatable=True),
    R("exclusion", r"\b(?:exclu|exclue|exclus|exclues|exclusion|exclusions|renvoye|renvoyee|renvoyes|renvoi definitif|deschole|descolarise|descolarisee|descolarises|descolarisation|vire|viree|vires|mis a pied|mise a pied|radie|radiee)\b"
      r"|\b(?:refuse|refusent|refusait|a refuse|ont refuse)(?: de)? (?:que )?(?:\w+ ){0,3}(?:revienne|reviennent|vienne|viennent|reste|restent|retourne|retournent|le reprendre|la reprendre|le garder|la garder|le accueillir|la accueillir|le scolariser|la scolariser)\b"
      r"|\b(?:ne veut plus|ne veulent plus|veut plus|veulent plus|ne peut plus|ne peuvent plus|ne pourra plus|ne pourront plus|peut plus|peuvent plus) (?:de (?:lui|elle|eux|mon fils|ma fille)|(?:le|la|les) (?:garder|accueillir|prendre|reprendre|recevoir|accepter|scolariser|avoir)|(?:garder|accueillir|prendre|reprendre|recevoir|accepter|scolariser) (?:mon|ma|mes|notre|nos|son|sa|ses|leur) \w+)\b"
      r"|\b(?:menace|menacent|veut|veulent|va|vont|parle de|parlent de|envisage de|envisagent de|a decide de|ont decide de) (?:de )?(?:le |la |les )?(?:exclure|renvoyer|virer|licencier|radier)\b"
      r"|\b(?:me|le|la|les|nous) (?:licencie|licencient|vire|virent|renvoie|renvoient)\b|\blicenciement\b|\brupture (?:de|du) contrat\b"
      r"|\b(?:vais|va|vont|risque de|risquons de|risquent de) perdre (?:mon|son|notre|leur|ma|sa) (?:travail|emploi|boulot|job|poste|place)\b|\b(?:a|ai|avons|ont) perdu (?:mon|son|notre|leur|ma|sa) (?:travail|emploi|boulot|job|poste)\b"
      r"|\bvenir (?:le |la |les )?(?:chercher|recuperer)(?: \w+){0,3} (?:tous les jours|chaque jour|a midi|des midi|plus tot|en pleine journee|a 11 ?h|a 14 ?h)\b"
      r"|\b(?:ne le prend|ne la prend|ne le prennent|ne la prennent) plus\b"
      r"|\b(?:ne )?(?:vienne|vient|venir|vient plus|vienne plus|aille|va|accueille|accueillir|prend|prendre|accepte|accepter|garde|garder)(?: plus)? (?:le |la )?(?:plus )?que (?:le matin|le apres midi|les matins|une heure|deux heures|trois heures|\d+ ?h(?:eures?)?|quelques heures|une demi journee|deux demi journees|une matinee|\d+ (?:heures|matinees|demi journees|jours)|un jour|deux jours)\b"
      r"|\b(?:temps partiel impose|scolarisation partielle|emploi du temps reduit|scolarite a temps partiel)\b",
      "haute", "exclusion", flag="exclusion", negatable=True,
      require=r"\b(?:ecole|college|lycee|classe|cantine|creche|ime|esat|foyer|etablissement|centre|club|structure|service|sessad|itep|internat|travail|formation|stage|periscolaire|accueil de jour|famille de accueil|assistante maternelle|nounou|garderie|centre de loisirs|maitresse|directeur|directrice|principal|proviseur|instit|enseignant|mas|fam|ehpad|residence|entreprise|employeur|patron|boulot|job|universite|fac|bts|apprentissage|colonie|sejour|aesh)\b",
      exclude=r"\b(?:je me sens exclu|je me sens exclue|se sent exclu|se sent exclue|exclu des jeux|exclue des jeux|exclu du groupe|exclue du groupe|exclusion sociale|exclu de la societe|exclue de la societe)\b"),
    R("end_service3", r"\b(?:ne )?(?:suivra|suivront|accompagnera|accompagneront|gardera|garderont|recevra|recevront|accueillera|accueilleront|prendra en charge|prendront en charge|soignera|interviendra) plus\b",
      "haute", "fin de l'accompagnement", flag="fin_accompagnement", negatable=False),
    R("left_alone", r"\b(?:restera|va rester|vont rester|resteront|se retrouvera|va se retrouver|vont se retrouver|se retrouveront|sera|seront|se retrouve|se retrouvent|est|sont|reste|restent) (?:tout |toute |toutes |tous )?seule?s?\b(?! (?:le|la|les) (?:mercredi|samedi|dimanche|soir|matin|week end|weekend|apres midi|journee)| pour | dans sa chambre| a la maison pendant)",
      "haute", "la personne va rester seule", flag="sans_solution", negatable=True,
      require=r"\b(?:handicape\w*|autiste|trisomique|polyhandicape\w*|malade|depend\w*|fragile|vulnerable|ne peut pas|peut pas|incapable|aidant|aidante|me occupe|se occupait|maison de retraite|ehpad|hospitalis\w*|decede\w*|partir|part|partira)\b"),
    R("not_renewed", r"\b(?:contrat|cdd|stage|place|accueil|prise en charge|notification|orientation|convention)(?: \w+){0,3} (?:ne est pas|nest pas|ne sera pas|ne va pas etre|pas|non|ne a pas ete|na pas ete) renouvelee?s?\b|\bnon renouvellement\b|\b(?:refuse|refusent|a refuse|ont refuse|refus) (?:de )?(?:renouveler|renouvellement de|le renouvellement de) (?:mon|ma|son|sa|leur|notre|la|le) (?:orientation|contrat|place|accueil|prise en charge|aah|pch|droits|notification|carte)\b",
      "haute", "fin de contrat ou de prise en charge", flag="fin_accompagnement", negatable=False),
    R("housing_lost", r"\b(?:perdu|perdre|perd|va perdre|vient de perdre|a perdu) (?:son|mon|notre|leur|sa|ma) (?:logement|appartement|appart|maison|hebergement|chambre|studio)\b|\b(?:dort|dors|dorment|dormons|heberge|hebergee|herbergee) chez (?:des|un|une|ses|mes) (?:amis|ami|amie|copains|copine|connaissances|voisins)\b|\bsans logement\b|\bplus de logement\b",
      "haute", "perte du logement", flag="expulsion", negatable=True),
    R("alone_vulnerable", r"\b(?:vit|vivent|habite|reste|est) (?:toute |tout )?seule?s?\b",
      "haute", "personne fragile seule chez elle", flag="sans_solution", negatable=True,
      require=r"\b(?:troubles? cognitifs?|alzheimer|demence|dement|oublie de manger|oublie ses medicaments|ne mange plus|chutes?|tombe souvent|se perd|desoriente\w*|confus|confuse|ne se lave plus|incurie)\b"),
    R("unschooled", r"\b(?:descolarise|descolarisee|descolarises|descolarisation|plus scolarise|plus scolarisee|ne va plus a le ecole|ne va plus au college|ne va plus au lycee|ne a plus de ecole|plus de ecole)\b",
      "haute", "déscolarisation", flag="exclusion", negatable=True),
    R("end_service", r"\b(?:ferme|fermer|fermera|fermeront|fermeture|ferment|va fermer|vont fermer)\b",
      "haute", "fin de l'accompagnement (fermeture)", flag="fin_accompagnement", negatable=True,
      require=NEAR,
      exclude=r"\b(?:ferme (?:la|les|sa|ses|mon|ma|ton|ta|le) (?:porte|portes|fenetre|fenetres|yeux|bouche|volets|robinet)|ferme a cle|ferme le week end|ferme le dimanche|ferme pendant les vacances|fermee le|fermes le|ferme le soir|ferme a \d+|les vacances|vacances scolaires|pendant les vacances|ferme en aout|fermeture estivale|fermeture annuelle)\b"),
    R("end_service2", r"\b(?:ne |n )?(?:passera|viendra|viendront|passeront|interviendra|interviendront|assurera|assureront|pourra|pourrai|pourrons|pourront|pourras|prendra|prendront|suivra|suivront|accueillera|accueilleront|aura|aurai|aurons|auront|a|ai|avons|ont) plus (?:venir|aller|le prendre|la prendre|rien|de aide|de aides|de place|personne|de accompagnement|de suivi|de aesh|de auxiliaire|de infirmier|de soins|de solution|de prise en charge|le suivre|la suivre|le accueillir|la accueillir|les accueillir)\b"
      r"|\b(?:infirmier|infirmiere|infirmiers|auxiliaire|auxiliaires|aide a domicile|aides a domicile|aesh|educateur|educatrice|kine|kinesitherapeute|orthophoniste|ssiad|had|sessad|savs|samsah|service|aide soignante|aide soignant|aidante|assistante maternelle|nounou|psychologue|psychiatre|medecin|generaliste)(?: \w+){0,5} (?:ne passera plus|ne viendra plus|ne passe plus|ne vient plus|arrete|arretent|va arreter|vont arreter|a arrete|ont arrete|a demissionne|demissionne|part|partira|est parti|est partie|part a la retraite|prend sa retraite|ne peut plus venir|ne pourra plus venir|ne le suivra plus|ne la suivra plus|ne nous suit plus|nous lache|nous a lache|nous a laisse tomber)\b"
      r"|\b(?:fin|arret|arrete|arretee|arreter|arretent|stoppe|stoppee|stopper|termine|terminee|terminer|cesse|cessee|cesser|suspendu|suspendue|supprime|supprimee|perdre|perd|perdu|perdue) (?:de |du |des )?(?:la |le |les |sa |son |ses |mon |ma |mes |notre |nos )?(?:prise en charge|accompagnement|suivi|contrat|aide a domicile|aide humaine|auxiliaire de vie|auxiliaires|place|sessad|savs|samsah|ssiad|had|intervention|interventions|heures de aide|heures de aesh|aesh|soins|accueil de jour|orientation|notification|prestation de compensation)\b"
      r"|\b(?:doit|doivent|devra|devront|va devoir|vont devoir|dois|devons) (?:quitter|partir de|sortir de) (?:le |la |les |son |sa |mon |ma |notre |l )?(?:ime|foyer|etablissement|structure|esat|sessad|institut|itep|internat|mas|fam|centre|service|ehpad|residence)\b"
      r"|\b(?:veut|veulent|souhaite|souhaitent|exige|exigent|demande|demandent) que (?:il|elle|ils|mon fils|ma fille|mon frere|ma soeur) (?:parte|partent|quitte|quittent|sorte|sortent|libere|liberent)\b"
      r"|\b(?:ne aura plus rien|naura plus rien|plus rien a partir de|a la fin de (?:son|sa) (?:contrat|prise en charge|accompagnement))\b"
      r"|\b(?:sessad|savs|samsah|ime|foyer|esat|accueil de jour|ssiad|had|service|prise en charge|accompagnement|suivi|placement|contrat|internat|famille de accueil)(?: \w+){0,2} (?:se arrete|s arrete|se termine|prend fin|finit|va se arreter|va prendre fin|va finir|va fermer|fermera|arretera)\b"
      r"|\b(?:apres|ensuite|derriere|et apres)(?: \w+){0,2} (?:il ne y a|il y a|y a|ya|il ny a) (?:rien|plus rien|aucune solution|pas de solution|personne)\b|\brien derriere\b|\bapres (?:plus |ce sera |ca sera )?rien\b"
      r"|\bplus (?:de |aucun |aucune )(?:infirmier|infirmiere|infirmieres|aide a domicile|auxiliaire|auxiliaires|aesh|avs|kine|educateur|educatrice|ssiad|had|sessad|savs|taxi|transport)\b(?: \w+){0,9} (?:a partir|des|lundi|mardi|mercredi|jeudi|vendredi|demain|la semaine|le mois|depuis)"
      r"|\b(?:doit|devait|devra|doivent|va devoir|vont devoir|dois|devons) (?:partir|quitter|sortir|etre reoriente|etre reorientee|laisser sa place)\b"
      r"|\b(?:sort|sortir|sortira|quitte|quittera|quitter) (?:de )?(?:le |la |l )?(?:ime|sessad|foyer|itep|etablissement|mas|fam|internat|impro)\b(?: \w+){0,3} " + NEAR,
      "haute", "fin de l'accompagnement", flag="fin_accompagnement", negatable=False,
      require=r"\b(?:ime|esat|foyer|etablissement|structure|sessad|savs|samsah|itep|internat|mas|fam|centre|service|ehpad|residence|infirmier|infirmiere|auxiliaire|aide a domicile|aesh|educateur|educatrice|kine|ssiad|had|accompagnement|prise en charge|suivi|soins|aide|aides|rien|contrat|place|ecole|college|lycee|accueil|transport|taxi|hopital|psychiatre|medecin|psychologue|orthophoniste|personne)\b",
      exclude=r"\b(?:si (?:il|elle|je|on) (?:ne )?(?:peut|pourra|pourrai)|ne pourrai plus venir (?:a|au) (?:rendez vous|rdv|la reunion)|je ne ai plus de questions|plus de questions|ne a plus de fievre|plus de douleur|ne aura plus besoin|plus besoin|arrete de fumer|arrete le sport|arrete la danse|arreter la danse|arreter le foot|arrete le foot|perdu ses (?:cles|lunettes)|perdre du poids|ai plus rien compris|rien compris|ne ai plus rien a (?:dire|ajouter))\b"),
    R("no_support_now", r"\b(?:plus|aucun|aucune|pas|sans|jamais eu|jamais trouve) (?:de |d |une |un )?(?:suivi|accompagnement|prise en charge|aide a domicile|auxiliaire|solution|aide humaine|educateur|structure|etablissement|place nulle part|aesh|avs)\b(?: (?:depuis|pour lui|pour elle|actuellement|aujourdhui|en ce moment|du tout|nulle part))?"
      r"|\bsans (?:aucune )?solution\b|\baucune solution\b|\bpas de solution\b|\bplus de solution\b|\brien ne (?:marche|fonctionne|convient|va)\b"
      r"|\b(?:reste|restent|est|sont|se retrouve|se retrouvent|vit|est coince|est coincee)(?: \w+){0,2} a la maison (?:sans rien|toute la journee|depuis|sans activite|sans solution|a rien faire|a ne rien faire)\b"
      r"|\bpersonne ne (?:veut|peut) (?:le|la|les|nous|me) (?:prendre|accueillir|aider|garder|recevoir)\b"
      r"|\b(?:aucune|pas de|plus de|aucun|pas un|pas une) (?:ime|esat|foyer|fam|mas|savs|samsah|sessad|itep|ehpad|etablissement|structure|service)(?: \w+){0,3} (?:ne )?(?:veut|voulu|accepte|peut|pu|prend|pris|adapte|adaptee|disponible|libre|repondu|a de place|ont de place|a une place|ont une place|a de la place|a pas de place|a plus de place)\b"
      r"|\baucune place\b|\bnulle part (?:ne|pour)\b",
      "haute", "sans solution", flag="sans_solution", negatable=False,
      exclude=r"\b(?:(?:aucune|pas de|pas une|plus de) solution de (?:repit|garde|vacances|transport|loisirs)|pas de place (?:en|dans|a) (?:le |la )?(?:ime|sessad|esat|foyer|fam|mas|savs|samsah|itep|ehpad|ulis|creche|etablissement)(?! (?:depuis|et|ni))|pas de suivi particulier|pas besoin|aucun souci|aucun probleme|pas de probleme|aucune idee|pas de solution de garde pour (?:les vacances|le mercredi|le samedi)|aucune solution de garde pour (?:les vacances|le mercredi|le samedi)|pas de place (?:pour|dans) (?:le|la|les) (?:club|centre de loisirs|colonie|sejour|cours|activite|piscine|atelier)|aucune place (?:pour|dans) (?:le|la|les) (?:club|centre de loisirs|colonie|sejour|cours|activite|piscine|atelier|parking))\b"),
    R("eviction", r"\b(?:expulse|expulsee|expulses|expulsees|expulser|expulsion|expulsions|avis de expulsion|commandement de quitter|resiliation du bail|fin du bail|fin de bail|conge pour vente|conge pour reprise|huissier)\b"
      r"|\b(?:doit|doivent|dois|devons|devra|devrons|va falloir|faut) (?:quitter|partir de|laisser|rendre) (?:le |la |notre |mon |ma |l |leur |son |sa |les )?(?:appartement|logement|maison|appart|hlm|domicile|studio|chambre|cles)\b"
      r"|\b(?:proprietaire|bailleur|proprio|office hlm) (?:nous|me|le|la|les)? ?(?:met|mettre|jette|vire|veut nous mettre|veut me mettre|reprend|veut reprendre|a donne conge|donne conge)\b"
      r"|\b(?:va|vais|vont|allons|risque de|risquons de|risquent de|pourrait|pourrions|peur de|crainte de) (?:se |me |nous )?(?:retrouver|etre|finir)(?: \w+){0,1} (?:a la rue|sans abri|sans logement|sans domicile|dehors)\b",
      "haute", "expulsion", flag="expulsion", negatable=True),
    R("benefits_cut", r"\b(?:aah|pension|pensions|allocation|allocations|pch|rsa|apl|aeeh|aide|aides|prestation|prestations|indemnites|salaire|revenus?|ressources|retraite|invalidite|chomage|bourse|ajpa|ajpp|caf|secu|securite sociale|mutuelle|droits|electricite|eau|chauffage|gaz)\b(?: \w+){0,4} (?:coupe|coupee|coupes|coupees|suspendu|suspendue|suspendus|suspendues|supprime|supprimee|supprimes|supprimees|arrete|arretee|arretes|arretees|stoppe|stoppee|bloque|bloquee|bloques|bloquees|plus verse|plus versee|plus versees|plus versés|interrompu|interrompue|radie|radiee)\b"
      r"|\b(?:coupe|suspendu|supprime|arrete|bloque|stoppe|interrompu|couper|suspendre|supprimer|arreter|bloquer|stopper|interrompre|coupent|suspendent|suppriment|retire|retirer|retirent) (?:mon|ma|mes|son|sa|ses|notre|nos|le|la|les|leur|leurs|l) ?(?:aah|pension|allocations?|pch|rsa|apl|aeeh|aides?|prestations?|versements?|indemnites|droits|electricite|eau|chauffage)\b"
      r"|\b(?:ne touche|ne touchons|ne touchent|ne percoit|ne percois|touche|touchons) plus (?:rien|le aah|la pension|mes|ses|nos|la pch|la aah|les allocations|le rsa|aucune)\b"
      r"|\b(?:frigo|frigidaire|placard|placards) (?:est |sont )?(?:vide|vides)\b|\b(?:plus rien|rien|plus de quoi|pas de quoi|plus de argent pour) (?:a )?manger\b|\bplus un sou\b|\bplus (?:de |d )?argent pour (?:manger|payer)\b",
      "haute", "droits coupés / plus de ressources", flag="droits_coupes", negatable=True),
    R("creton", r"\b(?:creton|cretons|amendement creton)\b", "haute", "Creton", flag="creton", negatable=True),
    R("exhaustion", r"\b(?:epuise|epuisee|epuises|epuisees|epuisement|a bout de forces?|a bout de nerfs|a bout|au bout du rouleau|au bout de ma vie|je en peux plus|je ne en peux plus|on en peut plus|on ne en peut plus|nous ne en pouvons plus|en peux plus|en pouvons plus|je ne tiens plus|je tiens plus|on ne tient plus|je craque|je vais craquer|on craque|plus la force|plus aucune force|burn out|burnout|burn-out|surmenage|je suis (?:tellement |si |trop |completement |totalement )?videe?|lessivee?|rincee?|ne dors plus|ne dort plus|ne dormons plus|plus dormi|je dors plus|plus de sommeil|nuits blanches|pas dormi depuis|plus une minute a moi|aucun repit|sans repit|ne tiens plus debout|exhausted|burned out|agotad[oa]|erschopft)\b",
      "haute", "épuisement", negatable=True, tags=("exhaustion",),
      exclude=r"\b(?:mais (?:tres |si |tellement )?(?:heureuse?|contente?|ravie?|satisfaite?|fiere?|comblee?)|bonne fatigue|saine fatigue|a bout de souffle (?:apres|en|quand|pendant|au)|ne dors plus (?:a le hotel|chez)|il dort plus|mon fils dort plus longtemps|un a plat|mis a plat|mettre a plat|remise a plat|vide (?:le|la|les|son|sa|ses|mon|ma|mes) |vider|vide grenier|plat (?:prefere|du jour|prepare|cuisine))\b"),
    R("carer_cannot", r"\b(?:ne|n) ?(?:peut|peux|pouvons|peuvent|pourra|pourrai) plus (?:me |se |nous |s )?(?:occuper de|en occuper|le garder|la garder|les garder|assumer|gerer|tout gerer|faire face|le porter|la porter|le lever|la lever|le aider|la aider|les aider|le soulever|la soulever|le laver|la laver|le coucher|la coucher|le surveiller|la surveiller)\b"
      r"|\b(?:peux|peut|pouvons) plus (?:me |se |nous )?(?:occuper de|en occuper|assumer|tout gerer|gerer)\b"
      r"|\b(?:ne )?(?:arrive|arrivons|arrivent|y arrive) plus (?:a )?(?:gerer|faire face|assumer|tenir|le gerer|la gerer|les gerer|tout gerer|me en occuper|me occuper de (?:lui|elle|eux|mon|ma|mes))\b|\bje ne y arrive plus\b|\bje y arrive plus\b",
      "haute", "aidant qui ne peut plus faire face", flag="aidant_epuise", negatable=False),
    R("tired_carer", r"\b(?:fatigue|fatiguee|fatigues|crevee?|crevees?|usee?|a bout)\b", "flag", "fatigue", negatable=True,
      tags=("tired",)),
    R("carer_hospital", r"\b(?:je vais etre|je dois etre|je vais me faire|je dois me faire|je suis|je serai|je vais|je dois) (?:hospitalise|hospitalisee|opere|operee|hospitalisation|operer|hospitaliser|rentrer a le hopital|entrer a le hopital|aller a le hopital)\b"
      r"|\bmon (?:hospitalisation|operation|intervention chirurgicale)\b"
      r"|\b(?:ma femme|mon mari|ma conjointe|mon conjoint|ma compagne|mon compagnon|ma mere|mon pere|sa mere|son pere|ma soeur|mon frere)(?: , \w+ \w+ ,)? (?:est|va etre|doit etre|sera|a ete|vient de etre) (?:hospitalise|hospitalisee|operee?|en reanimation|aux urgences|admise? aux urgences)\b"
      r"|\b(?:qui va|qui pourra|personne pour) (?:le|la|les|me) (?:garder|prendre|remplacer|relayer|occuper de|en occuper)\b"
      r"|\b(?:a ete|vient de etre|est|ont ete) (?:emmene|emmenee|transporte|transportee|admis|admise) (?:aux urgences|a le hopital|en ambulance|par le samu|par les pompiers)\b|\b(?:ils|ils vont) (?:le|la) garder (?:a le hopital|en observation)?\b|\bils (?:le|la) gardent\b",
      "haute", "aidant bientôt hospitalisé", flag="aidant_epuise", negatable=True,
      require=r"\b(?:le garder|la garder|les garder|garder (?:mon|ma|mes|notre|nos) \w+|me occupe|me en occupe|se occupe de|se occupait de|se en occupe|aidant|aidante|seule? a|qui va|personne pour|personne ne peut|qui pourra|se occuper de|occuper de)\b"),
    R("carer_death", r"\b(?:decede|decedee|deces|est mort|est morte|nous a quitte|nous a quittes|nous a quittee|est partie? (?:brutalement|subitement)|vient de mourir|vient de partir|enterrement|obseques)\b",
      "haute", "décès de l'aidant", flag="sans_solution", negatable=False,
      require=r"\b(?:qui se occupait|qui gardait|qui me elevait|qui le elevait|qui la elevait|qui nous elevait|ce est (?:lui|elle) qui (?:faisait|gerait|se occupait|aidait|la aidait|le aidait|la lavait|le lavait)|qui faisait tout|qui le gardait|qui la gardait|qui les gardait|qui gerait|seule? aidant|seule? aidante|il se retrouve seul|elle se retrouve seule|se retrouve seule?|plus personne|personne pour|il vivait avec|elle vivait avec|vivait avec (?:lui|elle|son|sa)|qui va (?:le|la|les|me) (?:garder|prendre|occuper)|qui va se occuper|que va devenir|que vais je faire|sans personne|tout seul|toute seule)\b"),
    R("harassment", r"\b(?:harcele|harcelee|harceles|harcelement|harcelent|harcelait|se moquent de (?:lui|elle|moi) tous les jours|bouc emissaire|racket|rackette)\b",
      "haute", "harcèlement", negatable=True, fiction=True),
    R("distress_haute", r"\b(?:plus envie de rien|plus gout a rien|au fond du trou|je sers a rien|je ne sers a rien|je suis un (?:fardeau|poids|boulet)|un poids pour (?:tout le monde|ma famille|les autres|mes proches)|desespere|desesperee|desespoir|je sombre|je suis en train de sombrer|je ne vois pas de issue|aucune issue|plus aucun espoir|plus de espoir|sans espoir|je souffre trop|crise de angoisse|crises de angoisse|je pleure tout le temps|je pleure tous les jours|depression|depressive|deprime|deprimee|fait une depression)\b",
      "haute", "détresse psychique", negatable=True, tags=("distress",)),
    R("suicide_past", r"$^", "haute", "antécédent de tentative de suicide", negatable=False),  # filled by engine
]

FLAG_RULES = [
    R("waiting_list", r"\b(?:liste de attente|listes de attente|liste attente|en attente de (?:une |la )?(?:place|admission|orientation|reponse de le ime|reponse du foyer|entree)|attend une place|attendons une place|attendent une place|attend depuis|attendons depuis|(?:\d+|un|une|deux|trois|quatre|cinq|six|huit|dix|plusieurs|des) (?:ans|an|annees|annee|mois) de attente|(?:attend|attendons|attendent) (?:un|une) (?:rdv|rendez vous|place|reponse|bilan|diagnostic|evaluation|orientation)(?: \w+){0,4} depuis|pas de place|plus de place|manque de places?|faute de places?|aucune place|sur liste)\b",
      "flag", "liste d'attente", flag="liste_attente", negatable=True),
    R("known_mdph", r"\b(?:dossier|notification|notif|orientation|reconnaissance|reconnu|reconnue|taux|accord|decision|carte) (?:de la |de |par la |par |a la )?(?:mdph|mda|cdaph)\b"
      r"|\b(?:a|ai|avons|ont|avec|beneficie de|beneficie de la|beneficie du|touche|touchons|percoit|percois|sous) (?:une |la |le |son |sa |ma |mon |sa |l |de la |de le |notre )?(?:rqth|aah|pch|aeeh|cmi|notification|notif|orientation (?:en |vers )?(?:ime|esat|foyer|fam|mas|savs|samsah|sessad|ulis))\b"
      r"|\b(?:notifie|notifiee|oriente|orientee) (?:en|vers|par)\b|\bnotif mdph\b|\bnotification mdph\b|\bpps\b|\bgevasco\b",
      "flag", "connu de la MDPH", flag="connu_mdph", negatable=True),
    R("transition", r"\b(?:passage (?:a le age |au monde |vers le secteur |vers le )?adulte|secteur adulte|structure (?:pour )?adulte|structures (?:pour )?adultes|etablissement (?:pour )?adulte|majorite|a ses 18 ans|a 18 ans|a sa majorite|aura 18 ans|va avoir 18 ans|aura 20 ans|va avoir 20 ans|a 20 ans|sortie de le ime|sortie du sessad|apres le ime|apres le sessad|fin de le ime|fin du sessad|devenir adulte|bascule adulte)\b",
      "flag", "transition 16–21", flag="transition_16_21", negatable=True),
    R("pag", r"\b(?:pag|plan de accompagnement global|dispositif de orientation permanent|dop|groupe operationnel de synthese|gos|situation critique|cas complexe|situation complexe|situation tres complexe|rapt|reponse accompagnee pour tous)\b",
      "flag", "PAG / situation critique", negatable=True, tags=("pag",)),
    R("nothing_exists", r"\b(?:rien ne existe|rien existe|il ne existe rien|aucune structure adaptee|rien de adapte|aucune reponse adaptee|aucun etablissement adapte|aucun service adapte|tout (?:a ete|nous a ete|lui a ete|me a ete)? ?refuse|tous (?:ont|nous ont|me ont|lui ont) refuse|refus partout|refuse partout|refuse de partout|tous les etablissements|toutes les structures|toutes les portes|porte a porte|aucun etablissement ne|aucune structure ne|aucun ime ne|aucun foyer ne|aucun esat ne|aucune mas ne|aucun fam ne|personne ne veut de (?:lui|elle|nous)|plus personne ne veut)\b",
      "flag", "aucune solution existante / refus", negatable=True, tags=("nothing",)),
    R("long_time", r"\bdepuis (?:plus de |presque |bientot |deja |maintenant )?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs|des|de longues) (?:ans|an|annees|annee)\b|\bdepuis (?:plus de |presque |bientot )?(?:1[2-9]|[2-9]\d|dix huit|douze|quinze|dix neuf) mois\b|\bdepuis (?:sa naissance|toujours|le debut|des annees|longtemps|tres longtemps)\b",
      "flag", "depuis longtemps", negatable=True, tags=("long",)),
    R("long_wait", r"\b(?:\d+|un|une|deux|trois|quatre|cinq|plusieurs|des) (?:ans|an|annees|annee) de attente\b|\b(?:1[2-9]|[2-9]\d|dix huit|quinze) mois de attente\b",
      "flag", "attente longue", flag="liste_attente", negatable=True, tags=("long",)),
]

ALL_RULES = SUICIDE_RULES + MEDICAL_RULES + VIOLENCE_RULES + OTHER_VITAL_RULES + WEAK_RULES + HAUTE_RULES + FLAG_RULES

FIGURATIVE = re.compile(
    r"\b(?:mort|morte|morts|mortes|mourir|meurs|meurt|mourais|mourrais|mourant|crever|creve|crevee|crevais) "
    r"(?:de|du|des) (?:rire|envie|fatigue|peur|honte|froid|chaud|faim|soif|ennui|impatience|curiosite|jalousie|"
    r"stress|trouille|sommeil|chagrin|inquietude|angoisse|bonheur|joie|plaisir)\b"
    r"|\bmdr\b|\bme tue\b|\bnous tue\b|\bva me tuer\b|\bvont me tuer\b|\bva nous tuer\b|\bce est mortel\b|\bmortel\b"
    r"|\b(?:rend|rendre|rendent|rendu|rendra|devenir|deviens|devient|vais devenir) (?:fou|folle|fous|dingue|dingo|chevre|marteau|malade)\b"
    r"|\bpeter (?:un|les) (?:cable|plomb|plombs|cables)\b|\bpete (?:un|les) (?:cable|plomb|plombs)\b"
    r"|\btuer le temps\b|\bme tuer a\b|\bme noie dans\b|\bme noyer (?:sous|dans)\b|\bme tue a\b"
)

# productive rules built from word families (generative.py): appended last so the listed rules keep priority
from .generative import ALL as GENERATIVE_RULES  # noqa: E402

ALL_RULES = ALL_RULES + GENERATIVE_RULES
# danger words of other languages (foreign.py): read on clauses left as written (normalize._looks_foreign)
from .foreign import ALL as FOREIGN_RULES  # noqa: E402

ALL_RULES = ALL_RULES + FOREIGN_RULES
