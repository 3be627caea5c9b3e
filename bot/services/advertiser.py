"""Who advertises: the Russian taxpayer number (INN) a Russian advertising notice must name.

Russian law on advertising (38-FZ, art. 18.1) wants the advertiser's name, its INN and the ad
identifier (erid) in every online advertisement aimed at Russia; a typo in the INN makes the
notice worthless, so the check digits are verified.
"""

from __future__ import annotations

import re

_TEN = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_ELEVENTH = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_TWELFTH = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
ERID = re.compile(r"[A-Za-z0-9]{1,64}")


def _check(digits: list[int], weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def valid_inn(value: str) -> bool:
    """10 digits (an organisation) or 12 (a person or sole trader), with their check digits."""
    if not value.isascii() or not value.isdigit() or len(value) not in (10, 12):
        return False
    digits = [int(c) for c in value]
    if len(digits) == 10:
        return _check(digits, _TEN) == digits[9]
    return _check(digits, _ELEVENTH) == digits[10] and _check(digits, _TWELFTH) == digits[11]


def valid_erid(value: str) -> bool:
    """The ad identifier the ad registry (ORD) gives: letters and digits."""
    return ERID.fullmatch(value) is not None
