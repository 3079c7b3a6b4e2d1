"""UrgencyPolicy: danger is answered first, in every state of the dialogue.

Ranked above the RulePolicy (priority 7 > 6) and marked `is_no_user_prediction` so that it also wins
inside a form (the ensemble prefers such predictions over any priority). It triages the whole
conversation (all user turns since the last restart) with bot.triage, and only right after a user
message that brings a NEW danger signal it predicts, in order:
    utter_urgence_<kind> for each new kind (domain responses: they work when the action server is down)
    utter_urgence_suite (stays with the person, offers to continue or a callback)
    action_listen
The form is paused (ActiveLoop None) and a danger text that slot filling put into the requested slot is
undone, so it is never stored as the answer to a question.
A non-French message gets `utter_autre_langue` (conditional variation on the `langue` slot) the same way.
Each turn's full triage is kept in the `triage` slot, so the action server never loads spaCy.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker


logger = logging.getLogger(__name__)

SUITE = "utter_urgence_suite"
AUTRE_LANGUE = "utter_autre_langue"
SUPPORTED_LANGUAGES = ("en", "es", "pt", "de", "it", "ar")
MIN_WORDS_FOR_LANGUAGE = 3


@lru_cache(maxsize=512)
def _analyse(texts: Tuple[str, ...]) -> Tuple[Tuple[str, ...], Optional[str], dict]:
    """Once per turn (the policy is asked several times a turn): new danger kinds of the latest message,
    the latest message's language (None when too short), and the conversation's triage for the slot."""
    from bot.triage import is_new_danger, triage_conversation
    from bot.triage.emergency import EMERGENCY_KINDS
    from bot.triage.lang import detect_language

    latest = texts[-1]
    kinds = tuple(k for k in is_new_danger(list(texts[:-1]), latest) if k in EMERGENCY_KINDS)
    language = detect_language(latest) if len(latest.split()) >= MIN_WORDS_FOR_LANGUAGE else None
    result = triage_conversation(list(texts))
    slot = {**result.to_contract(), "danger_kinds": result.danger_kinds, "flags": list(getattr(result, "flags", []))}
    return kinds, language, slot


def user_texts(tracker: DialogueStateTracker) -> List[str]:
    """What the person wrote since the last restart (button payloads left out)."""
    texts = []
    for event in tracker.applied_events():
        if isinstance(event, UserUttered) and event.text and not event.text.startswith("/"):
            texts.append(event.text)
    return texts


def _events_since_last_user(tracker: DialogueStateTracker):
    events = list(tracker.applied_events())
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            return events[index + 1:]
    return []


def _undo_slot_filling(tracker: DialogueStateTracker) -> List[SlotSet]:
    """Slots set by slot extraction from the latest message, set back to their earlier value."""
    since = _events_since_last_user(tracker)
    changed = {e.key for e in since if isinstance(e, SlotSet) and e.key not in ("requested_slot", "triage")}
    if not changed:
        return []
    before: Dict[str, Any] = {}
    events = list(tracker.applied_events())
    last_user = max(i for i, e in enumerate(events) if isinstance(e, UserUttered))
    for event in events[:last_user]:
        if isinstance(event, SlotSet) and event.key in changed:
            before[event.key] = event.value
    return [SlotSet(key, before.get(key)) for key in sorted(changed)]


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class UrgencyPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": 7}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 execution_context: ExecutionContext, featurizer=None) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource  # nothing to learn: the triage library is the knowledge

    def _plan(self, tracker: DialogueStateTracker, domain: Domain) -> tuple[List[str], List[Any], Optional[str]]:
        """The actions to run after the latest user message, and the slot events that go with them."""
        texts = user_texts(tracker)
        if not texts or not isinstance(tracker.latest_message, UserUttered) or not tracker.latest_message.text \
                or tracker.latest_message.text.startswith("/"):
            return [], [], None
        kinds, detected, _ = _analyse(tuple(texts))
        plan = [f"utter_urgence_{kind}" for kind in kinds if f"utter_urgence_{kind}" in domain.action_names_or_texts]
        if kinds and not plan:
            plan = ["utter_urgence_medical"]  # never silent, even if the domain lacks a kind
        language = None
        if not plan and detected:
            if detected != "fr":
                language = detected if detected in SUPPORTED_LANGUAGES else "autre"
                plan = [AUTRE_LANGUE]
        if plan and plan[0] != AUTRE_LANGUE:
            plan.append(SUITE)
        return plan, _undo_slot_filling(tracker) if plan else [], language

    def predict_action_probabilities(self, tracker: DialogueStateTracker, domain: Domain,
                                     rule_only_data: Optional[Dict[Text, Any]] = None,
                                     **kwargs: Any) -> PolicyPrediction:
        default = self._prediction(self._default_predictions(domain))
        try:
            since = _events_since_last_user(tracker)
            done = [e.action_name for e in since if getattr(e, "action_name", None)
                    and e.action_name != "action_extract_slots"]
            first_step = not done
            plan, undo, language = self._plan(tracker, domain)
            events: List[Any] = []
            texts = user_texts(tracker)
            if first_step and texts and tracker.latest_message and tracker.latest_message.text:
                events.append(SlotSet("triage", _analyse(tuple(texts))[2]))
            if not plan:
                return self._prediction(self._default_predictions(domain), events=events)
            # Where are we in the plan?
            position = 0
            for action in done:
                if action in plan:
                    position = plan.index(action) + 1
            next_action = plan[position] if position < len(plan) else ACTION_LISTEN_NAME
            if position > 0 and not done[-1] in plan:
                return self._prediction(self._default_predictions(domain), events=events)
            optional: List[Any] = []
            if first_step:
                optional = list(undo)
                if tracker.active_loop_name:
                    # pause the form; no stale requested slot, so "continuer" asks the question again
                    optional += [ActiveLoop(None), SlotSet("requested_slot", None)]
                if language:
                    optional.append(SlotSet("langue", language))
                if plan[0] != AUTRE_LANGUE:
                    optional.append(SlotSet("urgence_vitale", True))
            probabilities = self._default_predictions(domain)
            probabilities[domain.index_for_action(next_action)] = 1.0
            return self._prediction(probabilities, events=events, optional_events=optional,
                                    is_no_user_prediction=True)
        except Exception:  # a bug here must not break the dialogue; the gateway still checks danger
            logger.exception("UrgencyPolicy failed; falling back to other policies")
            return default
