"""Catalogue of the French texts people read, outside domain.yml (actions and the public service).

Plain French (FALC): short sentences, common words, "vous", acronyms written out at first use.
tests/test_message_catalogue.py checks every text here, in domain.yml and in bot/texts_channels.py.
Placeholders use str.format names: {reference}, {horaires}, {delai}, {departement}.
"""
from __future__ import annotations

TEXTS: dict[str, str] = {
    # public service gates
    "gate_vide": "Votre message est vide. Écrivez quelques mots, puis envoyez.",
    "gate_trop_vite": "Vous envoyez beaucoup de messages. Attendez une minute, puis réessayez. Votre message est gardé.",
    "gate_message_long": "Votre message est très long. Je lis seulement le début. Le conseiller lira tout votre message.",
    "gate_service_indisponible": (
        "Le service ne répond pas pour le moment. Votre message est gardé. Réessayez dans quelques minutes.\n"
        "En cas d'urgence, appelez le 15 ou le 112. Si vous êtes sourd ou malentendant, envoyez un SMS au 114."
    ),
    "gate_pas_de_reponse": "Je n'ai pas de réponse pour le moment. Vous pouvez écrire « conseiller » pour être rappelé.",
    # the safety question: no danger found, but the triage is not sure (bot.triage.TriageResult.asks_safety_question)
    "securite_question": (
        "Je veux être sûr de bien vous comprendre. Êtes-vous en danger maintenant, vous ou une autre personne ? "
        "Si c'est urgent, appelez le 15 ou le 112. Si vous êtes sourd ou malentendant, envoyez un SMS au 114."
    ),
    "securite_bouton_oui": "Oui, il y a un danger",
    "securite_bouton_non": "Non, pas de danger",
    "securite_non": "Merci de m'avoir répondu. Nous continuons. Si un danger arrive, appelez le 15 ou le 112.",
    # form validation
    "role_incompris": "Je n'ai pas compris. Choisissez une réponse : pour vous, pour un proche, ou comme professionnel.",
    "age_incompris": "Je n'ai pas compris l'âge. Écrivez un nombre, par exemple 17. Ou choisissez une réponse.",
    "departement_incompris": (
        "Je ne trouve pas ce lieu. Écrivez le numéro du département, par exemple 53. "
        "Ou écrivez le code postal, par exemple 53000."
    ),
    "departement_ambigu": "Ce nom existe dans plusieurs départements. Lequel est le vôtre ?",
    "departement_sans_c360": (
        "Il n'y a pas de Communauté 360 dans votre territoire. "
        "Appelez le 0 800 360 360. Un conseiller vous orientera."
    ),
    "departement_horaires": "Merci. Vos conseillers répondent {horaires}.",
    "contact_incompris": (
        "Je ne reconnais pas ce contact. Écrivez un numéro de téléphone, par exemple 06 12 34 56 78. "
        "Ou écrivez une adresse e-mail."
    ),
    "contact_ici": "Vous pouvez aussi écrire « ici ». Le conseiller vous répondra dans cette discussion.",
    "contact_aucun": (
        "D'accord. Sans contact, le conseiller ne pourra pas vous rappeler. "
        "Vous pouvez appeler le 0 800 360 360. L'appel est gratuit."
    ),
    "incompris_deux_fois": "Je ne comprends pas bien. Voulez-vous qu'un conseiller vous rappelle ?",
    "incompris_une_fois": "Je n'ai pas bien compris. Pouvez-vous le dire autrement ? Vous pouvez aussi choisir :",
    "domaines_question": "J'ai compris que votre demande parle de : {domaines}. C'est juste ?",
    "domaines_question_aucun": "De quoi parle votre demande ? Écrivez les numéros. Par exemple : 1 et 3.",
    "domaines_liste_intro": "Choisissez les sujets de votre demande. Écrivez les numéros. Par exemple : 1 et 3.",
    "domaines_incompris": "Je n'ai pas compris. Écrivez les numéros des sujets, par exemple : 2 et 5.",
    # read-back
    "relire_intro": "Voici ce que j'ai compris. Lisez bien.",
    "relire_question": "Est-ce juste ? Vous pouvez corriger chaque partie avant l'envoi.",
    "corriger_quoi": "D'accord. Choisissez ce que vous voulez corriger.",
    # sending
    "envoi_ok": "Votre demande est envoyée. Votre numéro de demande est {reference}. Notez-le.",
    "envoi_retard": (
        "Votre demande est bien enregistrée. Son envoi prend un peu de retard. "
        "Elle partira dès que possible. Votre numéro de demande est {reference}."
    ),
    "envoi_suite": "Un conseiller de la Communauté 360 va lire votre demande. Il vous répond {delai}.",
    "envoi_suite_horaires": "Ils répondent {horaires}.",
    "envoi_haute": "Votre demande est marquée comme prioritaire.",
    "envoi_sans_contact": "Vous n'avez pas laissé de contact. Appelez le 0 800 360 360 et donnez votre numéro de demande.",
    "envoi_refuse": (
        "D'accord. Rien n'est envoyé. "
        "Votre conversation sera effacée dans {jours} jours. Vous pouvez revenir quand vous voulez."
    ),
    "envoi_deja": "Votre demande est déjà envoyée. Son numéro est {reference}.",
    # callback
    "rappel_envoye": "C'est noté. Votre demande est envoyée tout de suite à un conseiller. Son numéro est {reference}.",
    "rappel_contact": "Pour vous rappeler, le conseiller a besoin d'un contact.",
    "rappel_merci": "Merci. Le conseiller vous rappelle {delai}.",
    # status
    "suivi_statut": "Votre demande {reference} est : {statut}.",
    "suivi_inconnu": "Je ne trouve pas de demande envoyée dans cette conversation. Vous pouvez appeler le 0 800 360 360.",
}

# Plain status words for "où en est ma demande ?" (never the content).
STATUS_WORDS = {
    "nouvelle": "reçue, en attente d'un conseiller",
    "prise_en_charge": "prise en charge par un conseiller",
    "en_cours": "en cours de traitement",
    "relayee": "transmise à un partenaire",
    "cloturee": "terminée",
}

# Button titles (checked for length only).
BUTTONS = {
    "oui_juste": "Oui, c'est juste",
    "corriger_souhaits": "Corriger mes envies",
    "corriger_situation": "Corriger ma situation",
    "corriger_domaines": "Corriger les sujets",
    "corriger_age": "Corriger l'âge",
    "corriger_departement": "Corriger le lieu",
    "corriger_contact": "Corriger le contact",
    "corriger_role": "Corriger pour qui",
    "oui": "Oui",
    "non_choisir": "Non, je choisis",
    "rappel_oui": "Oui, je veux être rappelé",
    "faire_demande": "Faire une demande",
    "conseiller": "Parler à un conseiller",
    "passer": "Je préfère ne pas dire",
    "ici": "Me répondre ici",
}

DOMAIN_LABELS = {
    "scolarite": "l'école ou les études",
    "emploi": "le travail",
    "logement": "le logement",
    "sante": "la santé et les soins",
    "repit": "le répit des aidants",
    "loisirs": "les loisirs, le sport, la culture",
    "transport": "les transports",
    "droits": "les droits et les papiers",
    "vie_sociale": "la vie sociale et la famille",
    "accompagnement": "l'accompagnement et les établissements",
}

ROLE_LABELS = {"personne": "vous-même", "aidant": "un proche", "professionnel": "une personne que vous accompagnez",
               "inconnu": "non précisé"}
AGE_LABELS = {"moins_16": "moins de 16 ans", "16_21": "de 16 à 20 ans", "plus_21": "21 ans ou plus",
              "inconnu": "non précisé"}


def get(key: str, **values: object) -> str:
    text = TEXTS[key]
    return text.format(**values) if values else text
