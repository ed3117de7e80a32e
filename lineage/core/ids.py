"""Node identifiers, spelt in one place: ``system``, ``system/dataset`` and
``system/dataset/field``, the ids of the snapshot's objects and of the EstateGraph's nodes.

>>> field_id("shop", "public.customers", "email")
'shop/public.customers/email'
>>> node_type_of("shop/public.customers/email"), system_of("shop/public.customers/email")
('field', 'shop')
>>> dataset_of("shop/public.customers/email"), containers("shop/public.customers/email")
('shop/public.customers', ['shop/public.customers', 'shop'])
>>> principal_id("shop", "reporting"), node_type_of("@shop/reporting"), system_of("@shop/reporting")
('@shop/reporting', 'principal', 'shop')
"""

from __future__ import annotations

SEP = "/"
NODE_TYPES = ("system", "dataset", "field")
#: How a principal's id starts (an account, role, group or API key of a system): no system id
#: may start with it, so a principal id never reads as a dataset's.
PRINCIPAL = "@"


def dataset_id(system: str, dataset: str) -> str:
    """The id of ``dataset`` (``schema.table`` or an sObject) of ``system``."""
    return f"{system}{SEP}{dataset}"


def field_id(system: str, dataset: str, field: str) -> str:
    """The id of ``field`` of ``dataset`` of ``system``."""
    return f"{system}{SEP}{dataset}{SEP}{field}"


def principal_id(system: str, name: str) -> str:
    """The id of principal ``name`` (a role, account or API key) of ``system``."""
    return f"{PRINCIPAL}{system}{SEP}{name}"


def child(node_id: str, name: str) -> str:
    """The id of ``name`` inside a system or dataset id (a dataset of a system, a field of a
    dataset).

    >>> child("shop/public.customers", "email")
    'shop/public.customers/email'
    """
    return f"{node_id}{SEP}{name}"


def node_type_of(node_id: str) -> str:
    """``system``, ``dataset``, ``field`` or ``principal``, from the shape of a node id."""
    if node_id.startswith(PRINCIPAL):
        return "principal"
    return NODE_TYPES[min(node_id.count(SEP), 2)]


def system_of(node_id: str) -> str:
    """The system a node id belongs to (the id itself for a system)."""
    return node_id.split(SEP, 1)[0].removeprefix(PRINCIPAL)


def dataset_of(node_id: str) -> str:
    """The dataset id of a field id; a dataset or system id as it is."""
    return node_id.rsplit(SEP, 1)[0] if node_type_of(node_id) == "field" else node_id


def containers(node_id: str) -> list[str]:
    """The dataset and system holding a field id (the system holding a dataset id), nearest
    first."""
    parts = node_id.split(SEP)
    return [SEP.join(parts[:i]) for i in range(len(parts) - 1, 0, -1)]
