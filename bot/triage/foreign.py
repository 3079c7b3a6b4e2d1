"""Danger rules for messages written in another language than French.

A person who writes in English, Spanish, Portuguese, German, Italian or Arabic (and, for the commonest words,
Dutch, Polish, Romanian or Turkish) gets the same emergency reply as in French. The words are written as
``normalize`` leaves them: lower case, accents stripped (``ß`` → ``ss``), a clause that looks foreign is not run
through the French SMS table or spelling repairs (``normalize._looks_foreign``). Arabic is matched with and
without hamza (أ/ا).

Each rule names its danger kind itself: a first-person medical emergency is ``medical``, another person's is
``autrui`` (the reply tells the writer to call for that person); violence against the writer is ``violence``,
against someone else ``violence_autre?`` (refined like the French rules). Negation is part of the patterns
("no respira", "nicht mehr leben"), so the rules are not negatable, except where a leading negation really
reverses them.
"""
from __future__ import annotations

from .rules import R


def V(id: str, pattern: str, signal: str, kind: str, **kw):
    """A vitale rule of this file: its negation is written in the pattern, and fiction sets it aside."""
    kw.setdefault("negatable", False)
    kw.setdefault("fiction", True)
    return R(id, pattern, "vitale", signal, kind=kind, **kw)


def alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


FICTION_EXCLUDE = (r"\b(?:prevention|training|awareness|film|movie|book|novel|story|series|course|workshop|"
                   r"prevencion|formacion|pelicula|libro|novela|taller|curso|prevencao|filme|livro|romance|"
                   r"pravention|schulung|roman|buch|prevenzione|formazione|libro|corso)\b")

# --- English ------------------------------------------------------------------------------------------------------
EN_OTHER = alt("my (?:\\w+ )?(?:mum|mom|mother|dad|father|son|daughter|brother|sister|husband|wife|partner|"
               "grandma|grandmother|grandpa|grandfather|grandson|granddaughter|neighbour|neighbor|friend|uncle|aunt|"
               "baby|child|kid|boy|girl|cousin|nephew|niece)", "he", "she", "the (?:child|boy|girl|patient|resident)")
EN_RULES = [
    V("fx_en_suicide", r"\b(?:i (?:want|wanna|need|am going|m going|am ready|m ready|have decided|ve decided|plan) to "
      r"(?:die|end it|end my life|disappear forever|kill myself|jump|hang myself)|i don t want to (?:be here|wake up|exist)"
      r"|nothing (?:left )?to live for|this is goodbye|goodbye forever|my last message|i ve written (?:my )?(?:goodbye|farewell|a letter)"
      r"|i m standing on the (?:bridge|roof|edge|ledge|platform)|i am standing on the (?:bridge|roof|edge|ledge|platform)"
      r"|everyone would be better off without me|i ve taken (?:all|a lot of|too many) (?:my |the )?(?:pills|tablets|meds)"
      r"|i (?:cut|hurt|burned) myself)\b",
      "mots de danger (anglais)", "suicide", exclude=FICTION_EXCLUDE),
    V("fx_en_medical_self", r"\bi (?:can t|cannot|can not) (?:breathe|get up|move my)\b|\bi m (?:bleeding|choking)\b|\bi am (?:bleeding|choking)\b"
      r"|\bi (?:fell|have fallen|ve fallen) and (?:i )?(?:can t|cannot) get up\b|\bchest pain\b",
      "urgence médicale (anglais)", "medical"),
    V("fx_en_medical_other", EN_OTHER + r"(?: \w+){0,4} (?:is not breathing|isn t breathing|stopped breathing|can t breathe|is unconscious|"
      r"is unresponsive|won t wake up|is not waking up|isn t waking up|is not responding|isn t responding|fainted|collapsed|"
      r"is bleeding|is turning blue|is having a (?:seizure|fit|stroke|heart attack)|fell and (?:can t|cannot) get up|swallowed|"
      r"drank (?:bleach|detergent|some)|took (?:all|a lot of|too many))\b",
      "urgence médicale d'un proche (anglais)", "autrui",
      after_exclude=r"^ (?:to|at|on|in class|well|at school|emails|messages|calls)\b"),
    V("fx_en_violence_self", r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|father|dad|mother|mum|mom|"
      r"stepfather|stepdad|brother|son|carer|landlord)) (?:hits|beats|is hitting|is beating|hit|beat|kicks|punches|chokes|strangles|"
      r"threatens|threatened|is threatening|locks|locked|raped|rapes|touches) me\b|\bi m (?:being|getting) (?:hit|beaten|abused|attacked)\b"
      r"|\b(?:threaten(?:s|ed|ing)?) (?:me|us) with a (?:knife|gun|weapon)\b",
      "violence (anglais)", "violence", negatable=True, exclude=FICTION_EXCLUDE),
    V("fx_en_missing", EN_OTHER + r"(?: \w+){0,5} (?:is missing|has gone missing|went missing|has disappeared|disappeared|ran away|"
      r"has run away|wandered off|left the house|has not come back|hasn t come back|didn t come back|never came back)\b",
      "personne disparue (anglais)", "disparition"),
    V("fx_en_shelter", r"\b(?:nowhere|no where|no place) to (?:sleep|stay|go) (?:tonight|this evening)\b|\b(?:sleeping|sleep|we re|i m) "
      r"(?:on the street|outside|in the car|in the street) tonight\b|\bkicked (?:us|me) out (?:tonight|today)\b",
      "sans abri ce soir (anglais)", "abri", fiction=False),
]

# --- Spanish ------------------------------------------------------------------------------------------------------
ES_OTHER = alt("mi (?:\\w+ )?(?:madre|mama|padre|papa|hijo|hija|hermano|hermana|marido|esposo|esposa|mujer|abuela|abuelo|"
               "vecino|vecina|amigo|amiga|tio|tia|bebe|nieto|nieta|primo|prima|sobrino|sobrina)", "el nino", "la nina")
ES_RULES = [
    V("fx_es_suicide", r"\b(?:(?:quiero|voy a|pienso) (?:morir|morirme|matarme|suicidarme|acabar con todo|tirarme|desaparecer para siempre)"
      r"|ya no quiero vivir|no quiero seguir viviendo|no tengo ganas de vivir|acabar con mi vida|quitarme la vida|me voy a tirar"
      r"|es mi ultimo mensaje|ya me despedi de todos|me he cortado|me corte (?:las|los) (?:venas|brazos|munecas))\b",
      "mots de danger (espagnol)", "suicide", exclude=FICTION_EXCLUDE),
    V("fx_es_medical", ES_OTHER + r"(?: \w+){0,4} (?:no respira|no puede respirar|esta inconsciente|no despierta|no se despierta|"
      r"se ha desmayado|se desmayo|esta sangrando|sangra mucho|se ha caido y no|se cayo y no|ha tragado|se trago|se tomo todas|"
      r"esta convulsionando|tiene una convulsion)\b",
      "urgence médicale d'un proche (espagnol)", "autrui"),
    V("fx_es_medical_self", r"\bno puedo respirar\b|\bme estoy desangrando\b|\bme he caido y no puedo levantarme\b",
      "urgence médicale (espagnol)", "medical", fiction=False),
    V("fx_es_violence_self", r"\b(?:me pega|me golpea|me pegan|me golpean|me maltrata|me amenaza|me ha amenazado|me viola|me encierra|"
      r"me quiere matar|me va a matar)\b",
      "violence (espagnol)", "violence", exclude=FICTION_EXCLUDE),
    V("fx_es_missing", ES_OTHER + r"(?: \w+){0,5} (?:ha desaparecido|desaparecio|se ha escapado|se escapo|se ha ido de casa|no ha vuelto|"
      r"no volvio|se ha perdido|esta desaparecid[oa])\b|\bno (?:lo|la) encontramos\b",
      "personne disparue (espagnol)", "disparition",
      after_exclude=r"^ (?:a |en (?:los|las|el|la|sus|mis) (?:papeles|tramites|formularios|documentos|clase|explicaciones))"),
    V("fx_es_shelter", r"\b(?:no tenemos|no tengo) (?:a )?donde (?:dormir|ir) (?:esta noche|hoy)\b|\b(?:dormimos|duermo|dormiremos|"
      r"dormire) en la calle\b|\bnos echan (?:hoy|esta noche)\b",
      "sans abri ce soir (espagnol)", "abri", fiction=False),
]

# --- Portuguese ---------------------------------------------------------------------------------------------------
PT_OTHER = alt("(?:o |a )?(?:meu|minha) (?:\\w+ )?(?:mae|pai|filho|filha|irmao|irma|marido|esposa|mulher|avo|vizinho|vizinha|"
               "amigo|amiga|tio|tia|bebe|neto|neta|primo|prima|sobrinho|sobrinha|companheiro|companheira)", "ele", "ela")
PT_RULES = [
    V("fx_pt_suicide", r"\b(?:(?:quero|vou) (?:morrer|me matar|matar me|acabar com tudo|acabar com a minha vida|me atirar|desaparecer para sempre)"
      r"|nao quero (?:mais )?viver|nao aguento mais viver|tirar a minha (?:propria )?vida|e a minha ultima mensagem|ja me despedi)\b",
      "mots de danger (portugais)", "suicide", exclude=FICTION_EXCLUDE),
    V("fx_pt_medical", PT_OTHER + r"(?: \w+){0,4} (?:nao respira|nao esta a respirar|nao consegue respirar|esta inconsciente|"
      r"desmaiou|nao acorda|esta a sangrar|sangra muito|caiu e nao|engoliu|tomou todos|tomou todas|teve uma convulsao|esta a convulsionar)\b",
      "urgence médicale d'un proche (portugais)", "autrui"),
    V("fx_pt_violence_self", r"\b(?:bate me|bate em mim|me bate|agride me|me agride|estou a ser agredida|estou a ser agredido|"
      r"esta a ameacar me|ameaca me|me ameaca|ameacou me|me fecha|fecha me|quer me matar|vai me matar)\b",
      "violence (portugais)", "violence", exclude=FICTION_EXCLUDE),
    V("fx_pt_missing", PT_OTHER + r"(?: \w+){0,5} (?:desapareceu|fugiu|saiu de casa|nao voltou|ainda nao voltou|esta desaparecid[oa]|"
      r"se perdeu)\b",
      "personne disparue (portugais)", "disparition"),
    V("fx_pt_shelter", r"\bnao (?:temos|tenho) onde dormir\b|\b(?:dormimos|durmo|vamos dormir) na rua\b|\bpostos na rua\b|\bposta na rua\b",
      "sans abri ce soir (portugais)", "abri", fiction=False),
]

# --- German -------------------------------------------------------------------------------------------------------
DE_OTHER = alt("(?:mein|meine|meinem|meiner|unser|unsere) (?:\\w+ )?(?:mutter|mama|vater|papa|sohn|tochter|bruder|schwester|"
               "mann|frau|oma|opa|grossmutter|grossvater|nachbar|nachbarin|freund|freundin|onkel|tante|baby|kind|enkel|enkelin)",
               "er", "sie")
DE_RULES = [
    V("fx_de_suicide", r"\b(?:ich (?:will|mochte|werde) (?:sterben|mich umbringen|mich toten|nicht mehr leben|nicht mehr da sein|"
      r"allem ein ende machen|springen)|ich will nicht mehr leben|ich kann nicht mehr leben|mich umbringen|mir das leben nehmen"
      r"|meinem leben ein ende|das ist mein letzter|ich habe mich verabschiedet|pulsadern aufgeschnitten)\b",
      "mots de danger (allemand)", "suicide", exclude=FICTION_EXCLUDE),
    V("fx_de_medical", DE_OTHER + r"(?: \w+){0,5} (?:atmet nicht|atmet nicht mehr|bekommt keine luft|ist bewusstlos|ist ohnmachtig|"
      r"wacht nicht auf|blutet|ist gesturzt|hat einen anfall|krampft|hat (?:\w+ )?geschluckt|reagiert nicht)\b",
      "urgence médicale d'un proche (allemand)", "autrui"),
    V("fx_de_medical_self", r"\bich bekomme keine luft\b|\bich kann nicht (?:mehr )?atmen\b|\bich blute\b|\bich bin gesturzt und kann nicht\b",
      "urgence médicale (allemand)", "medical", fiction=False),
    V("fx_de_violence_self", r"\b(?:er|sie|mein mann|mein freund|mein vater|meine mutter) (?:schlagt|schlug|bedroht|bedrohte|verpruegelt|"
      r"vergewaltigt|sperrt) mich\b|\bschlagt mich\b|\bdroht mich (?:umzubringen|zu toten)\b|\bwill mich umbringen\b",
      "violence (allemand)", "violence", exclude=FICTION_EXCLUDE),
    V("fx_de_missing", DE_OTHER + r"(?: \w+){0,6} (?:ist verschwunden|ist weggelaufen|ist abgehauen|ist nicht zuruckgekommen|"
      r"wird vermisst|ist seit \w+ (?:\w+ )?weg)\b|\bseit (?:heute|gestern) (?:\w+ )?verschwunden\b",
      "personne disparue (allemand)", "disparition"),
    V("fx_de_shelter", r"\b(?:keinen schlafplatz|kein dach uber dem kopf|nirgendwo (?:zu )?schlafen|auf der strasse schlafen|"
      r"schlafen (?:heute nacht )?auf der strasse)\b",
      "sans abri ce soir (allemand)", "abri", fiction=False),
]

# --- Italian ------------------------------------------------------------------------------------------------------
IT_OTHER = alt("(?:il |la |mio |mia )?(?:mio|mia) (?:\\w+ )?(?:madre|mamma|padre|papa|figlio|figlia|fratello|sorella|marito|moglie|"
               "nonna|nonno|vicino|vicina|amico|amica|zio|zia|bambino|bambina|nipote|compagno|compagna)", "lui", "lei")
IT_RULES = [
    V("fx_it_suicide", r"\b(?:(?:voglio|vado a|sto per) (?:morire|uccidermi|ammazzarmi|farla finita|buttarmi|togliermi la vita)"
      r"|voglio farla finita|non voglio (?:piu )?vivere|mi butto (?:dal|dalla|sotto|giu)|togliermi la vita|e il mio ultimo messaggio"
      r"|mi sono tagliat[oa])\b",
      "mots de danger (italien)", "suicide", exclude=FICTION_EXCLUDE),
    V("fx_it_medical", IT_OTHER + r"(?: \w+){0,4} (?:non respira|e svenut[oa]|e incosciente|non si sveglia|sanguina|perde sangue|"
      r"e cadut[oa]|ha ingoiato|ha bevuto (?:della |del |la |il )?(?:candeggina|detersivo)|ha preso tutte|ha una crisi|ha le convulsioni)\b",
      "urgence médicale d'un proche (italien)", "autrui"),
    V("fx_it_violence", r"\b(?:mi picchia|mi picchiano|mi ha picchiat[oa]|mi minaccia|mi ha minacciat[oa]|mi violenta|mi chiude|"
      r"vuole uccidermi|mi vuole ammazzare)\b",
      "violence (italien)", "violence", exclude=FICTION_EXCLUDE),
    V("fx_it_violence_other", r"\b(?:la|lo|li|le) (?:chiudono|chiude|picchiano|picchia|legano|lega|maltrattano|maltratta) (?:a chiave|in|tutto|ogni|sempre)\b",
      "violence envers un proche (italien)", "violence_autre?"),
    V("fx_it_missing", IT_OTHER + r"(?: \w+){0,5} (?:e scompars[oa]|e sparit[oa]|e scappat[oa]|si e perso|si e persa|non e tornat[oa]|"
      r"non e ancora tornat[oa])\b",
      "personne disparue (italien)", "disparition"),
    V("fx_it_shelter", r"\bnon (?:abbiamo|ho) (?:un posto )?dove dormire\b|\b(?:dormiamo|dormo|dormiremo) (?:in strada|per strada|in macchina)\b",
      "sans abri ce soir (italien)", "abri", fiction=False),
]

# --- Arabic (with and without hamza) ---------------------------------------------------------------------------------
AR_RULES = [
    V("fx_ar_suicide", r"(?:[اأ]ريد [اأ]ن [اأ]موت|لا [اأ]ريد [اأ]ن [اأ]عيش|س[اأ]نهي حياتي|[اأ]نهي حياتي|[اأ]قتل نفسي|اقتل نفسي|"
      r"[اأ]نتحر|س[اأ]نتحر|رسالتي الاخيرة|رسالتي الأخيرة)",
      "mots de danger (arabe)", "suicide"),
    V("fx_ar_violence", r"(?:يضربني|يضربونني|يهددني|يعتدي علي|يغتصبني|يحبسني|يريد قتلي|بالقتل)",
      "violence (arabe)", "violence"),
    V("fx_ar_medical", r"(?:لا يتنفس|لا تتنفس|فاقد الوعي|فاقدة الوعي|مغمى عليه|مغمى عليها|ينزف|تنزف|سقط ولا يستطيع|سقطت ولا تستطيع|"
      r"ابتلع|ابتلعت|نوبة صرع)",
      "urgence médicale (arabe)", "autrui"),
    V("fx_ar_missing", r"(?:خرج من البيت ولم يعد|خرجت من البيت ولم تعد|لم يعد منذ|لم تعد منذ|مفقود|مفقودة|اختفى|اختفت|هرب من)",
      "personne disparue (arabe)", "disparition"),
    V("fx_ar_shelter", r"(?:ليس لدينا مكان ننام|ليس لدي مكان [اأ]نام|لا مكان لننام|ننام في الشارع|[اأ]نام في الشارع)",
      "sans abri ce soir (arabe)", "abri", fiction=False),
]

# --- the commonest words of a few more languages ------------------------------------------------------------------
OTHER_RULES = [
    V("fx_nl", r"\b(?:ik wil (?:dood|niet meer leven|sterven)|is weggelopen|wordt vermist|is verdwenen|ademt niet|slaat mij|slaat me|"
      r"nergens om te slapen)\b",
      "mots de danger (néerlandais)", "danger"),
    V("fx_pl", r"\b(?:nie chce (?:juz )?zyc|chce umrzec|zabic sie|zabije sie|nie oddycha|zaginal|zaginela|bije mnie|nie mam gdzie spac)\b",
      "mots de danger (polonais)", "danger"),
    V("fx_ro", r"\b(?:nu mai vreau sa traiesc|vreau sa mor|ma omor|nu respira|a cazut si nu|a disparut|ma bate|nu avem unde sa dormim|"
      r"nu am unde sa dorm)\b",
      "mots de danger (roumain)", "danger"),
    V("fx_tr", r"\b(?:olmek istiyorum|intihar|kendimi oldurecegim|nefes almiyor|kayboldu|beni dovuyor|beni doviyor|kalacak yer yok|"
      r"uyuyacak yer yok)\b",
      "mots de danger (turc)", "danger"),
    # Haitian and Antillean Creole, as normalize leaves them (the French SMS table turns "pa" into "pas", "ki" into
    # "qui"): "manman mwen malad li pa ka leve depi yè swa li pa manje li pa bwè"
    V("fx_creole", r"\b(?:pa|pas) (?:ka|kab|kap|kapab|kon) (?:leve|respire|respirer|pale|mache|reveye|reponn|manje|bwe)\b|\b(?:pa|pas) (?:respire|reveye|reponn)\b"
      r"|\btonbe (?:ate|a te|la)\b|\bvle (?:mouri|touye tet (?:mwen|li))\b|\btouye tet (?:mwen|li)\b|\bswisid\b|\b(?:li|yo) (?:bat|frape) (?:mwen|nou)\b"
      r"|\b(?:pa|pas) (?:gen|genyen|ni) (?:kote|koté) pou (?:m|mwen|nou|me) (?:domi|dormi|dormir|dodo)\b|\bdisparet\b",
      "mots de danger (créole)", "danger", require=r"\b(?:mwen|nou|yo|li|manman|papa|pitit)\b"),
    # Russian and Ukrainian, as normalize leaves them (й → и, ї → і, ё → е)
    V("fx_ru_uk", r"(?:не хочу (?:больше )?жить|хочу умереть|покончить с собои|убью себя|не хочу жити|хочу померти|не дышит|не дихає|"
      r"без сознания|упала и не может|упал и не может|впала і не може|впав і не може|пропал|пропала|зник|зникла|бьет меня|б.е мене|"
      r"негде (?:нам )?спать|ніде (?:нам )?спати)",
      "mots de danger (russe, ukrainien)", "danger"),
]

ALL = EN_RULES + ES_RULES + PT_RULES + DE_RULES + IT_RULES + AR_RULES + OTHER_RULES
