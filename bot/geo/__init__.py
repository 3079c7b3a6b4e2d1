"""Département lookup for the Communautés 360 assistant (see bot/geo/lookup.py)."""

from .lookup import (
    NO_COMMUNAUTE_360,
    GeoMatch,
    departement_name,
    find_departement,
    is_valid_postal_code,
    parse_location_answer,
)

__all__ = [
    "NO_COMMUNAUTE_360",
    "GeoMatch",
    "departement_name",
    "find_departement",
    "is_valid_postal_code",
    "parse_location_answer",
]
