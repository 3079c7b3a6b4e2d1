"""UrgencyPolicy with Rasa's real objects (no trained model): danger wins in every state, inside a form too,
the danger text is not stored as the answer, the emergency comes once per new danger."""
from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble  # noqa: E402
from rasa.core.policies.policy import PolicyPrediction  # noqa: E402
from rasa.engine.graph import ExecutionContext  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered  # noqa: E402
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402

from bot.rasa_ext.urgency_policy import UrgencyPolicy  # noqa: E402
from tests.conftest import REPO  # noqa: E402

DOMAIN = Domain.load(str(REPO / "domain.yml"))


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    return UrgencyPolicy(UrgencyPolicy.get_default_config(), storage, Resource("urgency"),
                         ExecutionContext(None, "test"))


def user(text, intent="donner_info"):
    return UserUttered(text, {"name": intent, "confidence": 0.9})


def tracker_of(*events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("web:test", [ActionExecuted("action_listen"), *events],
                                            slots=DOMAIN.slots)


def predicted(prediction: PolicyPrediction) -> str | None:
    if max(prediction.probabilities) == 0:
        return None
    return DOMAIN.action_names_or_texts[prediction.max_confidence_index]


def run_plan(policy, tracker) -> list[str]:
    """Ask the policy step by step, as the processor would, until it lets go."""
    actions = []
    for _ in range(6):
        prediction = policy.predict_action_probabilities(tracker, DOMAIN)
        action = predicted(prediction)
        if action is None:
            break
        tracker.update_with_events(prediction.events + prediction.optional_events, DOMAIN)
        actions.append(action)
        tracker.update(ActionExecuted(action))
        if action == "action_listen":
            break
    return actions


def test_suicide_gets_the_numbers_then_stays_then_listens(policy):
    actions = run_plan(policy, tracker_of(user("je vais me suicider ce soir")))
    assert actions[0].startswith("utter_urgence_")
    assert actions[-2:] == ["utter_urgence_suite", "action_listen"]
    for name in actions[:-2]:
        assert name in DOMAIN.action_names_or_texts


def test_inside_a_form_the_danger_wins_and_is_not_stored_as_the_answer(policy):
    tracker = tracker_of(user("Bonjour", "saluer"), ActionExecuted("utter_accueil"), ActionExecuted("demande_form"),
                         ActiveLoop("demande_form"), SlotSet("requested_slot", "souhaits"),
                         ActionExecuted("action_listen"),
                         user("je veux mourir, j'ai préparé les médicaments"),
                         SlotSet("souhaits", "je veux mourir, j'ai préparé les médicaments"))
    prediction = policy.predict_action_probabilities(tracker, DOMAIN)
    assert predicted(prediction).startswith("utter_urgence_")
    assert prediction.is_no_user_prediction and prediction.policy_priority > 6
    assert SlotSet("souhaits", None) in prediction.optional_events
    assert ActiveLoop(None) in prediction.optional_events
    # the ensemble picks it over the RulePolicy's form prediction (also a no-user prediction)
    rule_form = PolicyPrediction.for_action_name(DOMAIN, "demande_form", "RulePolicy")
    rule_form.is_no_user_prediction, rule_form.policy_priority = True, 6
    best = DefaultPolicyPredictionEnsemble._pick_best_policy([rule_form, prediction])
    assert best.policy_name == "UrgencyPolicy"


def test_danger_split_over_two_messages_is_caught_on_the_second(policy):
    first = run_plan(policy, tracker_of(user("j'ai une corde dans le garage")))
    tracker = tracker_of(user("j'ai une corde dans le garage"), ActionExecuted("utter_default"),
                         ActionExecuted("action_listen"), user("ce soir je le fais"))
    second = run_plan(policy, tracker)
    assert any(a.startswith("utter_urgence_") for a in first + second)


def test_the_same_danger_is_not_repeated_on_every_message(policy):
    tracker = tracker_of(user("je veux mourir"), ActionExecuted("utter_urgence_suicide"),
                         ActionExecuted("utter_urgence_suite"), ActionExecuted("action_listen"),
                         user("d'accord", "affirmer"))
    assert run_plan(policy, tracker) == []


@pytest.mark.parametrize("text", ["ce dossier me tue", "mort de rire devant ce film",
                                  "je ne veux pas mourir, je veux un logement", "c'est mortel ce concert"])
def test_figurative_french_does_not_raise_the_alarm(policy, text):
    assert run_plan(policy, tracker_of(user(text))) == []


def test_non_french_gets_the_other_language_answer(policy):
    tracker = tracker_of(user("Necesito información sobre ayudas para mi hijo"))
    prediction = policy.predict_action_probabilities(tracker, DOMAIN)
    assert predicted(prediction) == "utter_autre_langue"
    assert SlotSet("langue", "es") in prediction.optional_events


def test_every_turn_keeps_the_triage_in_a_slot(policy):
    prediction = policy.predict_action_probabilities(
        tracker_of(user("Mon fils de 17 ans est exclu de l'IME, on habite à Laval")), DOMAIN)
    triage = [e for e in prediction.events if isinstance(e, SlotSet) and e.key == "triage"]
    assert triage and triage[0].value["departement"] == "53"
    assert triage[0].value["urgency"] in ("haute", "normale")


def test_button_payloads_are_not_triaged(policy):
    assert run_plan(policy, tracker_of(user("/affirmer", "affirmer"))) == []
