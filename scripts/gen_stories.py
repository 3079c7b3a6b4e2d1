"""Generate the Rasa test stories (tests/stories/test_stories.yml) and training stories
(nlu_data/stories.yml) from compact conversation scripts, so form bookkeeping is never mistyped.

Run: python scripts/gen_stories.py   (a test checks the committed files are up to date)
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FORM_SLOTS = {
    "demande_form": ["role", "pour_qui", "accord_personne", "souhaits", "situation", "domaines", "age",
                     "departement", "contact"],
    "consentement_form": ["consentement_envoi", "consentement_partenaires"],
    "rappel_form": ["contact"],
}


class Story:
    def __init__(self, name: str):
        self.name = name
        self.steps: list = []
        self.loop: str | None = None
        self.pending: list[str] = []

    def user(self, intent: str, text: str | None = None, entities: list | None = None):
        step = {"intent": intent}
        if text is not None:
            step = {"user": text, "intent": intent}
        if entities:
            step["entities"] = entities
        self.steps.append(step)
        return self

    def act(self, *names: str):
        for name in names:
            self.steps.append({"action": name})
        return self

    def slots(self, **values):
        self.steps.append({"slot_was_set": [{k: v} for k, v in values.items()]})
        return self

    def start_form(self, form: str, slots: list[str]):
        """Form activation: action, active_loop, then it asks the first slot."""
        self.loop = form
        self.pending = list(slots)
        self.act(form)
        self.steps.append({"active_loop": form})
        self.slots(requested_slot=self.pending[0])
        return self

    def answer(self, intent: str, value, **extra):
        """The person answers the requested slot; the form validates and asks the next one (or ends).
        Slots in `extra` that the form would ask later count as filled too."""
        slot = self.pending.pop(0)
        self.pending = [s for s in self.pending if s not in extra]
        self.user(intent)
        self.act(self.loop)
        if self.pending:
            self.slots(**{slot: value, **extra, "requested_slot": self.pending[0]})
        else:
            self.slots(**{slot: value, **extra})
            self.steps.append({"active_loop": None})
            self.slots(requested_slot=None)
            self.loop = None
        return self

    def to_yaml(self):
        return {"story": self.name, "steps": self.steps}


PERSON = ["role", "souhaits", "situation", "domaines", "age", "departement", "contact"]
CARER = FORM_SLOTS["demande_form"]


def happy_person(story: Story) -> Story:
    story.user("saluer", "bonjour").act("utter_accueil").start_form("demande_form", PERSON)
    story.answer("role_personne", "personne")
    story.answer("donner_info", "Je voudrais vivre dans mon appartement")
    story.answer("donner_info", "J'habite chez mes parents, personne ne m'aide", domaines_detectes=["logement"])
    story.answer("affirmer", ["logement"])
    story.answer("donner_info", "plus_21")
    story.answer("donner_info", "53")
    story.answer("donner_info", "tel:0612345678")
    story.act("action_relire")
    return story


def consent_yes(story: Story) -> Story:
    story.user("affirmer").start_form("consentement_form", FORM_SLOTS["consentement_form"])
    story.answer("affirmer", True)
    story.answer("affirmer", True)
    story.act("action_envoyer_demande").slots(envoye=True, reference="K7P-4XM")
    return story


def stories() -> list[Story]:
    out = []
    out.append(consent_yes(happy_person(Story("personne : chemin heureux"))))

    carer = Story("aidant : un adulte qui est d'accord")
    carer.user("role_aidant", "c'est pour mon fils").act("utter_accueil").start_form("demande_form", CARER)
    carer.answer("role_aidant", "aidant")
    carer.answer("donner_info", "mon fils")
    carer.answer("affirmer", "oui")
    carer.answer("donner_info", "Il voudrait travailler dans un ESAT")
    carer.answer("donner_info", "Il est à la maison depuis 2 ans", domaines_detectes=["emploi"])
    carer.answer("affirmer", ["emploi"])
    carer.answer("donner_info", "plus_21")
    carer.answer("donner_info", "84")
    carer.answer("donner_info", "email:parent@example.fr")
    carer.act("action_relire")
    out.append(consent_yes(carer))

    fix = happy_person(Story("correction à la relecture"))
    fix.user("corriger", entities=[{"correction": "souhaits"}]).slots(correction="souhaits")
    fix.act("action_corriger").slots(souhaits=None, correction=None)
    fix.start_form("demande_form", ["souhaits"])
    fix.answer("donner_info", "Je voudrais vivre seul, avec un peu d'aide")
    fix.act("action_relire")
    out.append(consent_yes(fix))

    refuse = happy_person(Story("refus de l'accord"))
    refuse.user("affirmer").start_form("consentement_form", FORM_SLOTS["consentement_form"])
    refuse.answer("nier", False, consentement_partenaires=False)
    refuse.act("action_envoyer_demande")
    out.append(refuse)

    human = Story("je veux parler à quelqu'un au milieu du formulaire")
    human.user("saluer", "bjr").act("utter_accueil").start_form("demande_form", PERSON)
    human.answer("role_personne", "personne")
    human.user("demander_humain", "je veux parler à quelqu'un")
    human.act("action_deactivate_loop").steps.append({"active_loop": None})
    human.act("utter_proposer_rappel")
    human.user("affirmer").act("action_rappel").slots(envoye=True, reference="K7P-4XM")
    human.start_form("rappel_form", ["contact"])
    human.answer("donner_info", "tel:0612345678")
    human.act("action_envoyer_rappel")
    out.append(human)

    skip = Story("questions passées")
    skip.user("saluer").act("utter_accueil").start_form("demande_form", PERSON)
    skip.answer("passer", "inconnu")
    skip.answer("passer", "__passe__")
    skip.answer("passer", "__passe__", domaines_detectes=[])
    skip.answer("passer", [])
    skip.answer("passer", "inconnu")
    skip.answer("passer", "inconnu")
    skip.answer("passer", "aucun")
    skip.act("action_relire")
    out.append(consent_yes(skip))

    twice = Story("deux incompréhensions de suite")
    twice.user("nlu_fallback", "blorp zzz").act("utter_default")
    twice.user("nlu_fallback", "qsdfgh").act("utter_proposer_rappel")
    twice.user("nier").act("utter_on_continue").start_form("demande_form", PERSON)
    out.append(twice)

    stop = Story("arrêter puis recommencer")
    stop.user("saluer").act("utter_accueil").start_form("demande_form", PERSON)
    stop.answer("role_personne", "personne")
    stop.user("arreter", "stop").act("action_deactivate_loop").steps.append({"active_loop": None})
    stop.act("utter_arret")
    stop.user("recommencer").act("action_recommencer").slots(role=None)
    stop.act("utter_accueil").start_form("demande_form", PERSON)
    out.append(stop)

    simpler = Story("je ne comprends pas la question")
    simpler.user("saluer").act("utter_accueil").start_form("demande_form", PERSON)
    simpler.answer("role_personne", "personne")
    simpler.user("pas_compris").slots(simple=True).act("utter_autrement", "demande_form").steps.append({"active_loop": "demande_form"})
    simpler.answer("donner_info", "travailler")
    out.append(simpler)

    who = Story("qui êtes-vous pendant la demande")
    who.user("saluer").act("utter_accueil").start_form("demande_form", PERSON)
    who.user("qui_es_tu").act("utter_qui_es_tu", "demande_form").steps.append({"active_loop": "demande_form"})
    who.answer("role_personne", "personne")
    out.append(who)
    return out


def _intent_only(story: dict) -> dict:
    """Training stories use intents only (no end-to-end text)."""
    steps = [{k: v for k, v in step.items() if k != "user"} for step in story["steps"]]
    return {"story": story["story"], "steps": steps}


def write(path: Path, data: dict) -> str:
    text = "# Generated by scripts/gen_stories.py: edit that script, not this file.\n" + yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(text, encoding="utf-8")
    return text


def main(check: bool = False) -> int:
    all_stories = [s.to_yaml() for s in stories()]
    targets = {
        ROOT / "tests" / "stories" / "test_stories.yml": {"version": "3.1", "stories": all_stories},
        ROOT / "nlu_data" / "stories.yml": {"version": "3.1", "stories": [_intent_only(s) for s in all_stories[:4]]},
    }
    stale = []
    for path, data in targets.items():
        expected = "# Generated by scripts/gen_stories.py: edit that script, not this file.\n" + yaml.safe_dump(
            data, allow_unicode=True, sort_keys=False, width=120)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != expected:
                stale.append(str(path))
        else:
            write(path, data)
    if stale:
        print("stale:", *stale)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(check="--check" in sys.argv))
