"""Our work-around for Rasa 3.6's slow action-result validation keeps the same verdicts."""
import pytest

pytest.importorskip("rasa")

import jsonschema  # noqa: E402
from rasa.core.actions.action import RemoteAction  # noqa: E402

import bot.rasa_ext  # noqa: E402,F401  (installs the work-around)


def test_validation_is_compiled_once_and_gives_the_same_verdicts():
    assert getattr(RemoteAction._validate_action_result, "_c360_fast", False)
    action = RemoteAction("action_relire", None)
    good = {"events": [{"event": "slot", "name": "x", "value": 1}], "responses": [{"text": "Bonjour"}]}
    assert action._validate_action_result(good) is True
    with pytest.raises(jsonschema.ValidationError) as error:
        action._validate_action_result({"events": "pas une liste"})
    assert "Failed to validate Action server response" in error.value.message
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"events": "pas une liste"}, RemoteAction.action_response_format_spec())
