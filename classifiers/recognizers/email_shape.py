"""E-mail addresses that Presidio's recognizer rejects because their domain is no public suffix.

Presidio's e-mail recognizer accepts only domains under a public suffix. Two kinds of address fail
it and are still e-mail addresses:

- addresses on **private** domains (``.local``, ``.internal``, ``.corp``): staff and service
  accounts. Their shape only confirms a column named as e-mail (:class:`EmailShapeRecognizer`);
  so do mailbox names with no domain at all (``SKING``, ``j.doe@intranet``), as HR and ERP
  systems keep them (:class:`MailboxRecognizer`).
- addresses on the **reserved** domains of RFC 2606 and RFC 6761 (``.example``, ``.test``,
  ``.invalid``, ``.localhost``, ``example.com``/``.net``/``.org``). Copies of production data
  get there on purpose: Salesforce appends ``.invalid`` to every e-mail address when it
  refreshes a sandbox (``jane@acme.com.invalid``), and staging databases are masked onto
  ``example.com``. A column of them is still an e-mail column of real people, so they label a
  column alone (:class:`ReservedEmailRecognizer`), and :func:`reserved_domain_note` says that the
  scanned copy is likely a sandbox or staging one.

>>> EmailShapeRecognizer().analyze("ops@shop.internal", ["EMAIL_ADDRESS"])[0].score
0.5
>>> EmailShapeRecognizer().analyze("not an email", ["EMAIL_ADDRESS"])
[]
>>> MailboxRecognizer().analyze("tammy.bryant@internalmail", ["EMAIL_ADDRESS"])[0].score
0.45
>>> ReservedEmailRecognizer().analyze("jane.doe@acme.com.invalid", ["EMAIL_ADDRESS"])[0].score
0.8
>>> ReservedEmailRecognizer().analyze("root@localhost", ["EMAIL_ADDRESS"])  # a MySQL definer
[]
>>> reserved_domain_note(["a@x.com.invalid", "b@y.com.invalid", "c@z.com"])
'; 2 of 3 on reserved domains (.invalid), as in a Salesforce sandbox or a staging copy'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from presidio_analyzer import Pattern

from .base import ValueRecognizer

#: Domains reserved for testing and documentation: top-level names of RFC 2606 / RFC 6761 (a
#: domain under them never resolves) and the second-level example domains of RFC 2606.
RESERVED_TLDS = ("example", "test", "invalid", "localhost")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")

_LOCAL = r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
#: A dot is required in the domain: ``root@localhost`` is how MySQL names a definer, not a mailbox.
_TLDS = "|".join(RESERVED_TLDS)
_DOMAINS = "|".join(re.escape(d) for d in RESERVED_DOMAINS)
_RESERVED = rf"^{_LOCAL}@(?:{_LABEL}\.)*(?:{_LABEL}\.(?:{_TLDS})|(?:{_DOMAINS}))$"
_RESERVED_SUFFIX = re.compile(rf"@(?:.*\.)?(?:(?P<tld>{_TLDS})|(?P<domain>{_DOMAINS}))$", re.I)
#: An e-mail address's shape alone: a local part, ``@``, and a domain of labels with a dot
#: (``git@git.example.org:team/repo.git``, an SSH remote, has a ``:`` and a ``/`` after it).
_ADDRESS = re.compile(rf"^{_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,24}}$")


def email_shaped(value: str) -> bool:
    """Whether a value is shaped as an e-mail address, on any domain.

    >>> email_shaped("walker@example.net"), email_shaped("git@git.example.org:infra/x.git")
    (True, False)
    """
    return bool(_ADDRESS.match(value.strip()))


class EmailShapeRecognizer(ValueRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (Pattern("email shape", r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.[a-z]{2,24}$", 0.5),)
    CONTEXT = ("email", "mail", "e-mail")
    PREFILTER = r"@"
    NEEDS_NAME = True


class MailboxRecognizer(ValueRecognizer):
    """Mailbox names without a public domain, in a column named as e-mail: an internal mail
    system's ``tammy.bryant@internalmail`` (a host of one label) or the local part alone
    (``SKING``, ``j.doe``), as HR and ERP systems keep them. Only confirms the name."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        Pattern("mailbox name", r"^[A-Za-z][A-Za-z0-9._'-]{1,63}(?:@[A-Za-z0-9-]{1,63})?$", 0.45),
    )
    CONTEXT = ("email", "mail", "e-mail")
    PREFILTER = r"^\s*[A-Za-z][A-Za-z0-9._'-]{1,63}(?:@[A-Za-z0-9-]{1,63})?\s*$"
    NEEDS_NAME = True


class ReservedEmailRecognizer(ValueRecognizer):
    """Addresses on reserved test domains: masked copies of real addresses (labels alone)."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (Pattern("email on a reserved domain", _RESERVED, 0.8),)
    CONTEXT = ("email", "mail", "e-mail")
    PREFILTER = r"@"
    NEEDS_NAME = False


def reserved_domain_note(values: Iterable[str]) -> str:
    """``"; N of M on reserved domains (...)"`` when some values are on reserved test domains,
    naming the reserved suffixes found (never a value); ``""`` when none is."""
    found: Counter[str] = Counter()
    total = 0
    for value in values:
        total += 1
        m = _RESERVED_SUFFIX.search(value.strip()) if "@" in value else None
        if m:
            found["." + m["tld"].lower() if m["tld"] else m["domain"].lower()] += 1
    if not found:
        return ""
    suffixes = ", ".join(s for s, _ in found.most_common(3))
    where = (
        "as in a Salesforce sandbox or a staging copy"
        if ".invalid" in found
        else "as in a sandbox, staging or test copy"
    )
    return f"; {sum(found.values())} of {total} on reserved domains ({suffixes}), {where}"
