"""Staff import from CSV or XLSX: read, validate every row, then create all or nothing.

Columns: email or username (at least one), full name, position, preferred language, institution
code. Headers may be written in English or French. CSV is read as UTF-8 (with or without BOM),
falling back to Windows-1252 (what French Excel writes), with `,` or `;` detected.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import audit
from .models import AuditEvent, Institution, Position, User
from .scoping import can_manage
from .services import PersonDetails, create_people


class ImportFileError(Exception):
    """The file as a whole cannot be read (size, type, encoding, missing columns)."""


def _fold(text: str) -> str:
    """Lower case, no accents, single spaces: `Psychologue` and ` PSYCHOLOGUE` match."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("_", " ").replace("-", " ").lower().split())


# Header spellings accepted for each column, folded.
COLUMN_ALIASES: dict[str, set[str]] = {
    "email": {"email", "e mail", "courriel", "adresse email", "adresse e mail", "mail"},
    "username": {"username", "user name", "staff number", "matricule", "identifiant", "login"},
    "full_name": {"full name", "name", "nom complet", "nom et prenom", "nom et prenoms", "nom"},
    "position": {"position", "poste", "fonction"},
    "preferred_language": {"preferred language", "language", "langue", "langue preferee"},
    "institution_code": {
        "institution code",
        "institution",
        "code institution",
        "code de l'etablissement",
        "code etablissement",
        "etablissement",
    },
}
REQUIRED_COLUMNS = ("full_name", "position", "institution_code")


def _position_lookup() -> dict[str, str]:
    """Position codes and their English and French labels, folded, to the code."""
    from django.utils import translation

    lookup = {}
    for code, label in Position.choices:
        lookup[_fold(code)] = code
        for language in ("en", "fr"):
            with translation.override(language):
                lookup[_fold(str(label))] = code
    return lookup


def _language_lookup() -> dict[str, str]:
    lookup = {}
    for code, label in settings.LANGUAGES:
        lookup[_fold(code)] = code
        lookup[_fold(label)] = code
    lookup.update({"french": "fr", "anglais": "en", "english": "en", "francais": "fr"})
    return lookup


@dataclass
class RowError:
    line: int
    messages: list[str]


@dataclass
class ImportResult:
    created: list[User] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def invited(self) -> list[User]:
        return [user for user in self.created if user.email]

    @property
    def need_setup_codes(self) -> list[User]:
        return [user for user in self.created if not user.email]


# --- reading ---------------------------------------------------------------------------------

XLSX_MAX_UNCOMPRESSED = 50 * 1024 * 1024


def _looks_like_xlsx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return False
    return "[Content_Types].xml" in names and "xl/workbook.xml" in names


def _decode_csv(data: bytes) -> str:
    if b"\x00" in data:
        raise ImportFileError(_("This file is not a CSV or XLSX file."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFileError(_("This file is not a CSV or XLSX file.")) from None
    return text


def _csv_rows(data: bytes) -> Iterator[list[str]]:
    text = _decode_csv(data)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    # Control characters other than tab and line breaks mean this is not a text table.
    if any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text[:4096]):
        raise ImportFileError(_("This file is not a CSV or XLSX file."))
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as error:
        raise ImportFileError(
            _("This CSV file cannot be read: %(error)s") % {"error": error}
        ) from None


def _xlsx_rows(data: bytes) -> Iterator[list[str]]:
    import openpyxl

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(info.file_size for info in archive.infolist()) > XLSX_MAX_UNCOMPRESSED:
            raise ImportFileError(_("This spreadsheet is too large once unpacked."))
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for damaged files
        raise ImportFileError(_("This XLSX file cannot be read.")) from None
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield ["" if value is None else str(value).strip() for value in row]
    finally:
        workbook.close()


def read_rows(data: bytes) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the (line number, cells) of each non-empty row. Raises ImportFileError."""
    if len(data) > settings.STAFF_IMPORT_MAX_BYTES:
        raise ImportFileError(
            _("The file is larger than %(mb)s MB.")
            % {"mb": settings.STAFF_IMPORT_MAX_BYTES // (1024 * 1024)}
        )
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    rows_iter = _xlsx_rows(data) if _looks_like_xlsx(data) else _csv_rows(data)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for line, cells in enumerate(rows_iter, start=1):
        if not any(str(cell).strip() for cell in cells):
            continue
        if header is None:
            header = [str(cell) for cell in cells]
            continue
        if len(rows) >= settings.STAFF_IMPORT_MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(rows)s rows; split it into smaller files.")
                % {"rows": f"{settings.STAFF_IMPORT_MAX_ROWS:,}"}
            )
        rows.append((line, [str(cell).strip() for cell in cells]))
    if header is None:
        raise ImportFileError(_("The file is empty."))
    return header, rows


def map_columns(header: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for index, name in enumerate(header):
        folded = _fold(name)
        for column, aliases in COLUMN_ALIASES.items():
            if folded in aliases and column not in mapping:
                mapping[column] = index
    missing = [column for column in REQUIRED_COLUMNS if column not in mapping]
    if "email" not in mapping and "username" not in mapping:
        missing.insert(0, "email / username")
    if missing:
        raise ImportFileError(
            _("Missing columns: %(columns)s. Expected: %(expected)s.")
            % {
                "columns": ", ".join(missing),
                "expected": "email, username, full_name, position, preferred_language, "
                "institution_code",
            }
        )
    return mapping


# --- validating ------------------------------------------------------------------------------

ERR_NO_LOGIN = gettext_lazy("an email address or a username is required")


def validate_rows(
    *, header: list[str], rows: list[tuple[int, list[str]]], actor: User
) -> tuple[list[tuple[PersonDetails, Institution]], list[RowError]]:
    """Check every row against the database and the other rows. Queries: a fixed handful."""
    columns = map_columns(header)
    positions = _position_lookup()
    languages = _language_lookup()

    def cell(cells: list[str], column: str) -> str:
        index = columns.get(column)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    parsed = [
        (
            line,
            {
                column: cell(cells, column)
                for column in (
                    "email",
                    "username",
                    "full_name",
                    "position",
                    "preferred_language",
                    "institution_code",
                )
            },
        )
        for line, cells in rows
    ]
    codes = {values["institution_code"].upper() for _, values in parsed}
    institutions = {i.code: i for i in Institution.objects.filter(code__in=codes)}
    emails = {values["email"].lower() for _, values in parsed if values["email"]}
    usernames = {values["username"].lower() for _, values in parsed if values["username"]}
    taken_emails = set(
        User.objects.annotate(e=Lower("email")).filter(e__in=emails).values_list("e", flat=True)
    )
    taken_usernames = set(
        User.objects.annotate(u=Lower("username"))
        .filter(u__in=usernames)
        .values_list("u", flat=True)
    )

    seen_emails: dict[str, int] = {}
    seen_usernames: dict[str, int] = {}
    valid: list[tuple[PersonDetails, Institution]] = []
    errors: list[RowError] = []
    for line, values in parsed:
        messages: list[str] = []
        email = values["email"].lower()
        username = values["username"]
        if not email and not username:
            messages.append(str(ERR_NO_LOGIN))
        if email:
            try:
                validate_email(email)
            except ValidationError:
                messages.append(_("invalid email address “%(email)s”") % {"email": values["email"]})
            else:
                if email in taken_emails:
                    messages.append(_("email “%(email)s” is already taken") % {"email": email})
                elif email in seen_emails:
                    messages.append(
                        _("email “%(email)s” is also on line %(line)s")
                        % {"email": email, "line": seen_emails[email]}
                    )
                seen_emails.setdefault(email, line)
        if username:
            try:
                User._meta.get_field("username").run_validators(username)
            except ValidationError:
                messages.append(
                    _("invalid username “%(username)s”: use letters, digits and . - _")
                    % {"username": username}
                )
            else:
                if username.lower() in taken_usernames:
                    messages.append(
                        _("username “%(username)s” is already taken") % {"username": username}
                    )
                elif username.lower() in seen_usernames:
                    messages.append(
                        _("username “%(username)s” is also on line %(line)s")
                        % {"username": username, "line": seen_usernames[username.lower()]}
                    )
                seen_usernames.setdefault(username.lower(), line)
        full_name = " ".join(values["full_name"].split())
        if not full_name:
            messages.append(_("the full name is missing"))
        elif len(full_name) > 200:
            messages.append(_("the full name is longer than 200 characters"))
        position = positions.get(_fold(values["position"]))
        if position is None:
            messages.append(
                _("unknown position “%(position)s”") % {"position": values["position"]}
                if values["position"]
                else _("the position is missing")
            )
        language = "fr"
        if values["preferred_language"]:
            language = languages.get(_fold(values["preferred_language"]))
            if language is None:
                messages.append(
                    _("unknown language “%(language)s”")
                    % {"language": values["preferred_language"]}
                )
        institution = institutions.get(values["institution_code"].upper())
        if institution is None:
            messages.append(
                _("unknown institution “%(code)s”") % {"code": values["institution_code"]}
                if values["institution_code"]
                else _("the institution code is missing")
            )
        elif not can_manage(actor, institution):
            messages.append(_("you cannot import staff into %(code)s") % {"code": institution.code})
        if messages:
            errors.append(RowError(line=line, messages=messages))
        else:
            valid.append(
                (
                    PersonDetails(
                        full_name=full_name,
                        position=position,
                        email=email or None,
                        username=username or None,
                        preferred_language=language,
                    ),
                    institution,
                )
            )
    return valid, errors


def import_staff(*, data: bytes, actor: User) -> ImportResult:
    """Validate every row; create everyone or no one. People with email are invited.

    Raises ImportFileError when the file itself cannot be used.
    """
    header, rows = read_rows(data)
    if not rows:
        raise ImportFileError(_("The file has a header but no rows."))
    valid, errors = validate_rows(header=header, rows=rows, actor=actor)
    if errors:
        return ImportResult(errors=errors)
    with transaction.atomic():
        created = create_people(people=valid, created_by=actor)
        audit.record(
            action=AuditEvent.Action.STAFF_IMPORTED,
            actor=actor,
            details={
                "people": len(created),
                "institutions": sorted({institution.code for _, institution in valid}),
            },
        )
    return ImportResult(created=created)
