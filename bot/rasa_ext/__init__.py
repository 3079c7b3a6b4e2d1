"""Rasa custom components, and our work-arounds for Rasa 3.6 bugs (Rasa OSS is in maintenance mode).

Imported by the Rasa process whenever it loads one of our components (the policy, the tracker store).

Work-around 1 — slow action-result validation: Rasa 3.6's RemoteAction validates every action server
answer with `jsonschema.validate(result, schema)`, which first re-checks the schema itself against the
JSON Schema metaschema on every call. Measured with py-spy: 52 % of the Rasa process's CPU during an
intake (docs/BENCHMARKS.md). We compile the validator once; answers are validated exactly as before.
"""
from __future__ import annotations


def _install_fast_action_validation() -> None:
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if getattr(RemoteAction._validate_action_result, "_c360_fast", False):
        return
    schema = RemoteAction.action_response_format_spec()
    validator = validator_for(schema)(schema)

    def _validate_action_result(self, result):
        from jsonschema import ValidationError, exceptions

        error = exceptions.best_match(validator.iter_errors(result))
        if error is None:
            return True
        if isinstance(error, ValidationError):
            error.message += (
                ". Failed to validate Action server response from API, make sure your response from the "
                f"Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
            )
        raise error

    _validate_action_result._c360_fast = True
    RemoteAction._validate_action_result = _validate_action_result


_install_fast_action_validation()
