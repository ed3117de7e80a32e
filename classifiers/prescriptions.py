"""A rule of the seventy-second round: a person's spectacle prescription kept in a row (the name
rule ``eye_prescriptions``).

An optician's sale, an eye examination or a lens order writes the refraction of each eye in
columns of its own, a measure's word beside the eye's side: ``r_sph``, ``l_sph``, ``r_cyl``,
``l_cyl``, ``r_axis``, ``od_add``, ``left_sphere``. Read together they are the measurements of
a person's eyes, health data (GDPR Art. 9), and so is the pupillary distance written beside them
(``pd``, ``pd2``, ``ipd``). The rule asks for the shape of a prescription, not one column's word:
both eyes' sides among the table's columns and two measures at the least, a sphere and a
cylinder, an axis or an addition, so that a lens in a catalogue (one ``sph`` and one ``cyl``, no
side), a wheel's ``axis``, a right margin's ``r_add`` or an ``ipd`` beside no refraction are left
alone. A table named for products, stock or lenses holds what is sold, not whom it is for.

>>> eye_measure(("r", "sph")), eye_measure(("left", "cylinder")), eye_measure(("od", "axis"))
(('right', 'sphere'), ('left', 'cylinder'), ('right', 'axis'))
>>> eye_measure(("sph",)), eye_measure(("r", "price")), eye_measure(("x", "axis"))
(None, None, None)
>>> refraction([("r", "sph"), ("l", "sph"), ("r", "cyl"), ("l", "cyl")])
True
>>> refraction([("sph",), ("cyl",), ("axis",)]), refraction([("r", "sph"), ("l", "sph")])
(False, False)
>>> refraction([("r", "cyl"), ("l", "cyl"), ("r", "axis"), ("l", "axis")])
False
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView

#: An eye's side as an optician writes it: right and left, Latin *oculus dexter* and *sinister*
#: (``od``, ``os``), Italian ``dx`` and ``sx``, French *œil gauche* (``og``), Indonesian
#: ``kanan`` and ``kiri``.
SIDES = {
    "r": "right", "right": "right", "rt": "right", "re": "right", "od": "right", "dx": "right",
    "kanan": "right",
    "l": "left", "left": "left", "lt": "left", "le": "left", "os": "left", "sx": "left",
    "og": "left", "kiri": "left",
}  # fmt: skip
#: A refraction's measures: the sphere, the cylinder, its axis, the near addition, a prism.
MEASURES = {
    "sph": "sphere", "sphere": "sphere", "spherical": "sphere",
    "cyl": "cylinder", "cylinder": "cylinder", "cylindrical": "cylinder",
    "axis": "axis", "axs": "axis", "ax": "axis",
    "add": "addition", "addition": "addition",
    "prism": "prism",
}  # fmt: skip
#: Words that may stand beside a side and a measure: which prescription (for distance, for
#: near) or the eye itself (``rx_r_sph``, ``right_eye_sph``, ``dist_od_sph``).
_ALSO = frozenset({"rx", "eye", "dist", "distance", "near", "far", "reading", "value"})
#: The pupillary distance, written beside a refraction (``pd``, ``pd2``, ``ipd``).
_PUPILLARY = frozenset({"pd", "ipd", "pupillary"})
#: Table words of what is sold or stocked: its lenses' powers are a product's.
_GOODS = frozenset({
    "product", "item", "stock", "inventory", "catalog", "catalogue", "lens", "sku", "variant",
    "warehouse", "supplier",
})  # fmt: skip


def eye_measure(tokens: Sequence[str]) -> tuple[str, str] | None:
    """(side, measure) of a column naming one eye's measure (``r_sph``, ``od_axis``), or None."""
    words = [w for w in tokens if w not in _ALSO and not w.isdigit()]
    if len(words) != 2:
        return None
    for side, measure in (words, words[::-1]):
        if side in SIDES and measure in MEASURES:
            return SIDES[side], MEASURES[measure]
    return None


def refraction(columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table's columns (their words) write a prescription: both eyes' sides, and two
    measures at the least, the sphere one of them (every prescription has one; an engine's
    banks of cylinders or a machine's axes have none)."""
    found = [m for c in columns if (m := eye_measure(c)) is not None]
    measures = {m for _, m in found}
    return (
        {s for s, _ in found} == {"right", "left"} and len(measures) >= 2 and "sphere" in measures
    )


def _pupillary(tokens: Sequence[str]) -> bool:
    """Whether a column is a pupillary distance (``pd``, ``pd2``, ``r_pd``, ``ipd``)."""
    words = [w for w in tokens if w not in SIDES and w not in _ALSO and not w.isdigit()]
    words = [w[:-1] if w[-1:].isdigit() else w for w in words]
    return bool(words) and set(words) <= _PUPILLARY | {"distance"} and words[0] in _PUPILLARY


def eye_prescriptions(view: FieldView) -> list[SignalHit]:
    """An eye's refraction, or the pupillary distance, among the columns of a prescription
    (:func:`refraction`), in a table not named for goods: the name signal's rule."""
    tokens = view.tokens
    if view.kind not in {"text", "number", ""} or not tokens:
        return []
    measure = eye_measure(tokens)
    if measure is None and not _pupillary(tokens):
        return []
    if {singular(w) for w in view.table_words} & _GOODS:
        return []
    if not refraction([view.tokenize(s) for s in view.ctx.siblings]):
        return []
    what = f"the {measure[1]} of the {measure[0]} eye" if measure else "the pupillary distance"
    reason = (
        f"column name {view.ctx.name!r} is {what}, beside both eyes' refraction: a person's "
        "spectacle prescription, health data"
    )
    return [view.hit("HEALTH", 0.7, reason)]
