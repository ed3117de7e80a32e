"""Zip files and workbooks dated by their data (a scan's date), not by the clock, so that the
same data gives the same bytes."""

from __future__ import annotations

import os
import shutil
import zipfile
from datetime import UTC, datetime
from typing import IO, Any


class StampedZip(zipfile.ZipFile):
    """A zip to write whose every entry carries one date (the scan's, not the clock's) and mode
    0644, so that the same snapshot gives the same bytes."""

    def __init__(self, file: IO[bytes], date_time: tuple[int, int, int, int, int, int]) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED)
        self.date_time = date_time

    def _entry(self, name: str) -> zipfile.ZipInfo:
        entry = zipfile.ZipInfo(name, date_time=self.date_time)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o644 << 16
        return entry

    def writestr(  # type: ignore[override]
        self, zinfo_or_arcname: str | zipfile.ZipInfo, data: bytes | str, *args: Any, **kw: Any
    ) -> None:
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        super().writestr(self._entry(str(name)), data)

    def write(  # type: ignore[override]
        self, filename: str | os.PathLike[str], arcname: str | None = None, *args: Any, **kw: Any
    ) -> None:
        with (
            open(filename, "rb") as src,
            self.open(self._entry(arcname or str(filename)), "w") as dst,
        ):
            shutil.copyfileobj(src, dst, 1 << 20)


def save_stamped(wb: Any, out: IO[bytes], when: str, creator: str, title: str) -> None:
    """Save an openpyxl workbook dated ``when`` (an ISO date and time, not the clock), its zip
    entries stamped alike, so that the same data gives the same bytes."""
    from openpyxl.writer.excel import ExcelWriter

    moment = datetime.fromisoformat(when).astimezone(UTC).replace(tzinfo=None)
    wb.properties.created = wb.properties.modified = moment
    wb.properties.creator = creator
    wb.properties.title = title
    stamp = (max(moment.year, 1980), *moment.timetuple()[1:6])
    with StampedZip(out, stamp) as archive:
        ExcelWriter(wb, archive).save()
