"""French texts of the two channels: the web chat widget and the Telegram bot.

Plain French (FALC): "vous", one idea a sentence, 15 words at most a sentence, common words, numbers as digits.
tests/test_message_catalogue.py checks CHANNEL_TEXTS like bot/texts.py; CHANNEL_BUTTON_LABELS are checked for
length only. Placeholders use str.format names: {choix}, {taille}.
The widget receives both dicts in widget.js (handoff/routers/widget.py injects them), so no text lives in the JS.
"""
from __future__ import annotations

# The one line every error and every "non-text" answer carries (15 / 112 / 114).
LIGNE_URGENCE = (
    "En cas d'urgence, appelez le 15 ou le 112. "
    "Si vous êtes sourd ou malentendant, envoyez un SMS au 114."
)

CHANNEL_TEXTS: dict[str, str] = {
    # ---- both channels
    "ligne_urgence": LIGNE_URGENCE,
    "demande_conseiller": "Je veux parler à un conseiller",  # sent as the person's message by the button
    "message_debut": "Bonjour",  # sent when the person starts ("Commencer", Telegram /start)
    "urgence_titre": "Urgence : appelez maintenant.",
    "urgence_114": "SMS si vous êtes sourd ou malentendant",
    # ---- web widget
    "widget_region": "Discussion avec l'assistant",
    "widget_titre": "Assistant de la Communauté 360",
    "widget_accueil": (
        "Bonjour. Je suis l'assistant de la Communauté 360. "
        "Je suis un programme, pas une personne. "
        "Un conseiller lira votre demande. "
        "Écrivez votre message en bas, puis envoyez."
    ),
    "widget_historique": "Messages",
    "widget_vous": "Vous",
    "widget_assistant": "Assistant",
    "widget_conseiller": "Conseiller",
    "widget_zone_label": "Votre message",
    "widget_zone_aide": "Touche Entrée : envoyer. Touches Maj et Entrée : aller à la ligne.",
    "widget_ecrit": "L'assistant écrit une réponse.",
    "widget_choix": "Réponses possibles :",
    "widget_taille": "Taille du texte : {taille} %.",
    "widget_effacer_question": "Voulez-vous effacer cette conversation ? Elle sera effacée ici et chez nous.",
    "widget_effacee": (
        "La conversation est effacée. Une demande déjà envoyée reste chez le conseiller."
    ),
    "widget_garde": "D'accord. La conversation est gardée.",
    "widget_quitter_aide": "Ce bouton ferme vite la page et efface la conversation.",
    "widget_erreur_reseau": (
        "Votre message n'est pas parti. Vérifiez votre connexion à internet. "
        "Votre message est gardé. Réessayez dans un moment."
    ),
    "widget_erreur_serveur": (
        "Le service ne répond pas pour le moment. Votre message est gardé. Réessayez dans un moment."
    ),
    "widget_erreur_historique": "Je ne peux pas afficher les anciens messages pour le moment.",
    # ---- answers of the public service (widget API)
    "erreur_conversation": (
        "Cette conversation n'est plus disponible. Votre message est gardé. Envoyez-le de nouveau."
    ),
    "erreur_trop_long": (
        "Votre message est trop long pour être envoyé. Coupez-le en plusieurs messages.\n"
        "En cas d'urgence, appelez le 15 ou le 112. Si vous êtes sourd ou malentendant, envoyez un SMS au 114."
    ),
    "erreur_donnees": "Je ne peux pas lire ce message. Réessayez, s'il vous plaît.",
    "erreur_configuration": "Le service n'est pas prêt pour le moment. Réessayez plus tard.",
    # ---- neutral page after "Quitter vite" (weather-like, no link to the service)
    "neutre_titre": "Météo du jour",
    "neutre_texte": "Aujourd'hui, le temps est doux. Quelques nuages le matin. Du soleil l'après-midi.",
    # ---- Telegram
    "tg_aide": (
        "Je suis l'assistant de la Communauté 360. "
        "Je suis un programme, pas une personne. "
        "Écrivez votre demande avec vos mots. "
        "Vous pouvez écrire pour vous ou pour un proche. "
        "Un conseiller lira votre demande.\n"
        "Pour être rappelé par un conseiller, écrivez /conseiller.\n"
        "Pour effacer la conversation, écrivez /effacer.\n"
        + LIGNE_URGENCE
    ),
    "tg_non_texte": (
        "Je lis seulement les messages écrits. "
        "Je ne peux pas écouter les messages vocaux. "
        "Je ne peux pas voir les images. "
        "Écrivez votre message avec des mots, s'il vous plaît.\n"
        + LIGNE_URGENCE
    ),
    "tg_effacer_question": "Voulez-vous effacer cette conversation ? Tout ce que vous avez écrit sera effacé chez nous.",
    "tg_effacee": (
        "La conversation est effacée chez nous. "
        "Une demande déjà envoyée reste chez le conseiller. "
        "Vous pouvez aussi supprimer la discussion dans Telegram."
    ),
    "tg_garde": "D'accord. La conversation est gardée.",
    "tg_bouton_perime": "Ce bouton ne marche plus. Écrivez votre réponse avec des mots.",
    "tg_choix_fait": "Vous avez choisi : {choix}",
    "tg_choix_intro": "Vous pouvez répondre avec le numéro ou avec les mots :",
    "tg_message_conseiller": "Message de votre conseiller de la Communauté 360 :",
}

# Button and link labels (checked for length only).
CHANNEL_BUTTON_LABELS: dict[str, str] = {
    "ouvrir": "Écrire à l'assistant",
    "fermer": "Fermer",
    "envoyer": "Envoyer",
    "conseiller": "Parler à un conseiller",
    "commencer": "Commencer",
    "quitter": "Quitter vite",
    "effacer": "Effacer",
    "effacer_oui": "Oui, effacer",
    "effacer_non": "Non, garder",
    "texte_moins": "A-",
    "texte_moins_aide": "texte plus petit",
    "texte_plus": "A+",
    "texte_plus_aide": "texte plus grand",
    "urgence_appeler": "Appeler le",
    "demo_site": "Communauté 360 (site de démonstration)",
}


def urgency_lines(numbers: list[str]) -> list[dict]:
    """Banner / Telegram lines for the urgency payload, from the one table of numbers (bot.triage.emergency):
    [{"number", "label", "href"}]; tel: links, and 114 by SMS. Unknown numbers are left out."""
    from bot.triage.emergency import NUMBERS

    lines = []
    for number in numbers:
        info = NUMBERS.get(number)
        if not info:
            continue
        digits = number.replace(" ", "")
        if digits == "114":
            lines.append({"number": number, "label": CHANNEL_TEXTS["urgence_114"], "href": "sms:114"})
            continue
        label = info["nom"]
        if label.isupper():  # an acronym is explained: "SAMU : urgence médicale"
            label = f"{label} : {info['pour']}"
        lines.append({"number": number, "label": label, "href": f"tel:{digits}"})
    return lines


def channel_text(key: str, **values: object) -> str:
    text = CHANNEL_TEXTS[key]
    return text.format(**values) if values else text
