import json
P = [
("Je suis sur le pont au-dessus de la Mayenne, ça fait une heure que je regarde l'eau.", "suis sur le pont au dessus de la mayenne ca fait 1h que je regarde l'eau"),
("Ma fille sort de l'hôpital psychiatrique vendredi et rien n'est prévu après, ni infirmier, ni foyer, ni rendez-vous.", "ma fille sort de l'hp vendredi et ya rien de prevu apres, ni infirmier ni foyer ni rdv"),
("Je m'occupe seule de ma mère depuis six ans, je ne dors plus, je sens que je vais lâcher dans les semaines qui viennent.", "je m'occupe seule de ma mere depuis 6 ans, je dors plus, je sens que je vais lacher dans les semaines qui viennent"),
("Je cherche un club de judo qui accepte les enfants malvoyants du côté de Laval.", "je cherche un club de judo ki accepte les enfants malvoyants vers laval"),
("Est-ce que le 0 800 360 360 répond le samedi matin ?", "le 0800360360 repond le samedi matin ??"),
("Ma fille de 17 ans voudrait passer le permis sur boîte automatique, par où commencer ?", "ma fille 17 ans veut passer le permis en boite auto, on commence par ou ?"),
("Mon frère autiste est parti à pied vers 14h sans son téléphone. Il est 21h, il ne sait pas traverser une route seul.", "mon frere autiste est parti a pied vers 14h sans son tel, il est 21h et il sait pas traverser une route tout seul"),
("Mon contrat à l'ESAT s'arrête dans quinze jours, ils disent que je ne suis plus assez productif.", "mon contrat a l'esat s'arrete dans 15 jours ils disent que je suis plus assez productif"),
("C'est quoi la différence entre un SESSAD et un SESSAD pro ?", "cest quoi la diff entre un sessad et un sessad pro"),
("Je veux en finir. Le fusil de chasse de mon père est à côté de moi.", "je veux en finir. le fusil de chasse de mon pere est a coté de moi"),
("Le voisin hurle sur sa femme qui est en fauteuil, j'entends des coups et elle appelle à l'aide.", "le voisin hurle sur sa femme en fauteuil, j'entends des coups et elle crie au secours"),
("La plateforme de répit ferme tout l'été, je n'ai plus aucune solution pour mon mari à partir du 1er juillet.", "la plateforme de repit ferme tt l'ete, j'ai plus aucune solution pour mon mari a partir du 1er juillet"),
("J'habite à Vannes, quel est le numéro de la Communauté 360 du Morbihan ?", "jhabite a vannes c koi le numero de la communauté 360 du morbihan"),
("Je suis en fac de droit avec une dyslexie, comment avoir un tiers temps aux partiels ?", "je suis en fac de droit et dyslexique, comment on a un tiers temps aux partiels ?"),
("La mission locale arrête mon contrat d'engagement jeune la semaine prochaine. J'ai 20 ans et aucune formation derrière.", "la mission locale arrete mon CEJ la semaine pro, jai 20 ans et aucune formation derriere"),
("Est-ce que l'AAH se cumule avec un salaire en ESAT ?", "l'AAH ca se cumule avec le salaire de l'esat ?"),
("Le kiné dit que mon fils aurait besoin d'un verticalisateur, qui doit le prescrire ?", "le kiné dit que mon fils a besoin d'un verticalisateur, c ki qui le prescrit"),
("Les allocations familiales sont suspendues parce que le dossier de renouvellement s'est perdu, on ne touche plus rien depuis deux mois.", "les allocs sont suspendues pcq le dossier de renouvellement s'est perdu, on touche plus rien depuis 2 mois"),
("Où trouver la liste des IME de la Vienne et leurs délais d'attente ?", "ou trouver la liste des IME de la vienne avec les delais d'attente svp"),
("Je voudrais que ma fille apprenne à prendre le tram toute seule pour aller à son stage.", "jvoudrais que ma fille apprenne a prendre le tram toute seule pr aller a son stage"),
("Le CMP ne me suivra plus à partir du mois prochain parce que j'ai déménagé hors secteur.", "le CMP me suivra plus a partir du mois prochain pcq jai demenagé hors secteur"),
("Quelle est la différence entre une MAS et un FAM, pour ma sœur ?", "quelle diff entre MAS et FAM pour ma soeur?"),
("J'ai déjà avalé la moitié de la boîte, je voulais juste dire au revoir à quelqu'un.", "jai deja avalé la moitie de la boite, je voulais juste dire au revoir a quelqu'un"),
("Mon fils de 13 ans est exclu définitivement du collège, on attend une nouvelle affectation qui ne vient pas.", "mon fils 13 ans exclu definitivement du college, on attend une nouvelle affectation qui vient pas"),
("Ma fille est en ITEP, on voudrait qu'elle fasse du cheval le mercredi après-midi.", "ma fille est en itep on voudrait quelle fasse du cheval le mercredi aprem"),
("Plus d'insuline depuis hier, la pharmacie est fermée, je commence à vomir et je vois flou.", "plus d'insuline depuis hier, pharmacie fermée, je commence a vomir et je vois flou"),
("Je suis expulsée de mon foyer de jeunes travailleurs le 20. J'ai 19 ans et une RQTH.", "je me fais expulser de mon FJT le 20, jai 19 ans et une RQTH"),
("Y a-t-il des bibliothèques qui prêtent des livres en braille dans le Gard ?", "ya des biblioteques qui pretent des livres en braille dans le gard ?"),
("Je voudrais installer une douche à l'italienne, je suis locataire en HLM.", "je voudrais une douche a l'italienne, je suis locataire HLM, c possible ?"),
("Quels sont les délais moyens pour une place en FAM dans le Maine-et-Loire ?", "c combien de temps d'attente pour un FAM dans le maine et loire"),
("Le taxi pour l'hôpital de jour, qui le rembourse quand on est en ALD ?", "le taxi pour l'hopital de jour qui rembourse qd on est en ALD"),
("Je suis mort de honte, j'ai oublié mon rendez-vous avec la conseillère hier. On peut le refaire ?", "chui mort de honte jai oublié le rdv avec la conseillere hier, on peut le refaire ?"),
("Je n'ai plus peur de rien. J'ai trouvé le bon endroit sur la voie ferrée, le train passe à 23 h 10.", "jai plus peur de rien, jai trouvé le bon endroit sur la voie ferrée, le train passe a 23h10"),
("Sortie d'hôpital lundi pour mon mari amputé d'une jambe, et on vit au troisième sans ascenseur.", "sortie d'hopital lundi pour mon mari amputé d'une jambe et on vit au 3eme sans ascenseur"),
("Mon fils va avoir 16 ans, le SESSAD s'arrête le jour de son anniversaire et on n'a rien trouvé après.", "mon fils va avoir 16 ans, le sessad s'arrete le jour de son anniv et on a rien trouvé apres"),
("Rassurez-vous, je ne suis pas en danger, j'ai juste besoin d'un club de sport en fauteuil près de Lorient.", "rassurez vous je suis pas en danger, jai juste besoin d'un club de sport fauteuil pres de lorient"),
]
f = "/tmp/out/heldout5/triage_heldout5.jsonl"
L = [json.loads(l) for l in open(f, encoding="utf-8")]
m = {o: n for o, n in P}
hit = 0
for d in L:
    if d["text"] in m:
        d["text"] = m[d["text"]]; hit += 1
assert hit == len(P), (hit, len(P))
with open(f, "w", encoding="utf-8") as fh:
    for d in L:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print("replaced", hit)
