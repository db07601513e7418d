"""Staff import from CSV or XLSX: read, check every row in the request, then create all or
nothing in a background job (institutions.jobs) that also sends the invitations.

Columns: email or username (at least one), full name (or first and last name), position,
preferred language, institution code (optional: the institution whose page the file is imported
from). Headers may be written in English or French; a column of any other name is refused by name.
CSV is read as UTF-8 (with or without BOM), falling back to Windows-1252 (what French Excel
writes), with `,` or `;` detected. A former staff member of the importer's institutions is
rehired; a login held outside the importer's scope gets the neutral answer and becomes a request
to the platform admins (ADR 0015, 0016).
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import audit, jobs, services
from .models import AuditEvent, BackgroundJob, Institution, Position, User
from .scoping import can_manage
from .services import PersonDetails, create_people


class ImportFileError(Exception):
    """The file as a whole cannot be read (size, type, encoding, missing columns)."""


def _fold(text: str) -> str:
    """Lower case, no accents, single spaces: `Psychologue` and ` PSYCHOLOGUE` match."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("_", " ").replace("-", " ").lower().split())


# Header spellings accepted for each column, folded. "nom" alone is the full name; beside a
# first-name column (prénom) it is the last name.
COLUMN_ALIASES: dict[str, set[str]] = {
    "email": {"email", "e mail", "courriel", "adresse email", "adresse e mail", "mail"},
    "username": {"username", "user name", "staff number", "matricule", "identifiant", "login"},
    "full_name": {"full name", "name", "nom complet", "nom et prenom", "nom et prenoms", "nom"},
    "first_name": {"first name", "given name", "prenom", "prenoms"},
    "last_name": {"last name", "family name", "surname", "nom de famille"},
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
EXPECTED_COLUMNS = (
    "email, username, full_name (or first_name and last_name), position, preferred_language, "
    "institution_code"
)


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
class ImportRow:
    """A checked row: a new person, or a former staff member to rehire (`rehire`)."""

    line: int
    details: PersonDetails
    institution: Institution
    rehire: User | None = None

    @property
    def will_be_invited(self) -> bool:
        if self.rehire is not None:
            return bool(self.rehire.email) and not self.rehire.has_usable_password()
        return bool(self.details.email)


@dataclass
class ImportCheck:
    """The rows of a file once checked; `job` is the background job creating them (when no row
    has a problem)."""

    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    job: BackgroundJob | None = None


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
                % {"rows": number_format(settings.STAFF_IMPORT_MAX_ROWS, force_grouping=True)}
            )
        rows.append((line, [str(cell).strip() for cell in cells]))
    if header is None:
        raise ImportFileError(_("The file is empty."))
    return header, rows


def map_columns(
    header: list[str], rows: list[tuple[int, list[str]]], *, institution_optional: bool
) -> dict[str, int]:
    """Which column holds what. A header that names nothing known is refused by name (a file
    headed `Nom,Prénom,Courriel` must not create people named by their last name only); an
    empty header is ignored when its column is empty too."""
    folded = [_fold(name) for name in header]
    has_first_name = any(name in COLUMN_ALIASES["first_name"] for name in folded)
    mapping: dict[str, int] = {}
    unknown: list[str] = []
    twice: list[str] = []
    for index, name in enumerate(folded):
        if not name:
            if any(index < len(cells) and cells[index].strip() for _line, cells in rows):
                unknown.append(_("column %(number)s (no header)") % {"number": index + 1})
            continue
        column = next((c for c, aliases in COLUMN_ALIASES.items() if name in aliases), None)
        if column == "full_name" and name == "nom" and has_first_name:
            column = "last_name"
        if column is None:
            unknown.append(f"“{header[index].strip()}”")
        elif column in mapping:
            twice.append(f"“{header[index].strip()}”")
        else:
            mapping[column] = index
    if unknown:
        raise ImportFileError(
            _("Unknown columns: %(columns)s. Rename or remove them; expected: %(expected)s.")
            % {"columns": ", ".join(unknown), "expected": EXPECTED_COLUMNS}
        )
    if twice:
        raise ImportFileError(
            _("These columns repeat another one: %(columns)s. Keep one of each.")
            % {"columns": ", ".join(twice)}
        )
    if "full_name" in mapping and ({"first_name", "last_name"} & set(mapping)):
        raise ImportFileError(
            _("Give either a full name column or first and last name columns, not both.")
        )
    missing = []
    if "email" not in mapping and "username" not in mapping:
        missing.append("email / username")
    if "full_name" not in mapping and not {"first_name", "last_name"} <= set(mapping):
        missing.append("full_name (or first_name and last_name)")
    if "position" not in mapping:
        missing.append("position")
    if "institution_code" not in mapping and not institution_optional:
        missing.append("institution_code")
    if missing:
        raise ImportFileError(
            _("Missing columns: %(columns)s. Expected: %(expected)s.")
            % {"columns": ", ".join(missing), "expected": EXPECTED_COLUMNS}
        )
    return mapping


# --- validating ------------------------------------------------------------------------------

ERR_NO_LOGIN = gettext_lazy("an email address or a username is required")
VALUES = ("email", "username", "full_name", "first_name", "last_name", "position")
VALUES += ("preferred_language", "institution_code")


def validate_rows(
    *,
    header: list[str],
    rows: list[tuple[int, list[str]]],
    actor: User,
    institution: Institution | None = None,
) -> tuple[list[ImportRow], list[RowError]]:
    """Check every row against the database and the other rows. `institution` is the one the
    file is imported from: rows without an institution code go there. Logins held by current
    staff of the actor's institutions are row errors; by their former staff, rehires; by anyone
    else, the neutral answer and a request to the platform admins (recorded even though nothing
    is created). Queries: a fixed handful, whatever the number of rows."""
    columns = map_columns(header, rows, institution_optional=institution is not None)
    positions = _position_lookup()
    languages = _language_lookup()

    def cell(cells: list[str], column: str) -> str:
        index = columns.get(column)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    parsed = [(line, {column: cell(cells, column) for column in VALUES}) for line, cells in rows]
    codes = {
        values["institution_code"].upper() for _, values in parsed if values["institution_code"]
    }
    institutions = {i.code: i for i in Institution.objects.filter(code__in=codes)}
    existing = services.existing_people(
        actor=actor,
        emails=[values["email"] for _, values in parsed],
        usernames=[values["username"] for _, values in parsed],
    )

    seen_emails: dict[str, int] = {}
    seen_usernames: dict[str, int] = {}
    moves: dict[int, User] = {}
    refused_codes: set[str] = set()
    valid: list[ImportRow] = []
    errors: list[RowError] = []
    for line, values in parsed:
        messages: list[str] = []
        email = values["email"].lower()
        username = values["username"]
        held: dict[int, services.Existing] = {}
        if not email and not username:
            messages.append(str(ERR_NO_LOGIN))
        if email:
            try:
                validate_email(email)
            except ValidationError:
                messages.append(_("invalid email address “%(email)s”") % {"email": values["email"]})
            else:
                if ("email", email) in existing:
                    held[existing[("email", email)].user.pk] = existing[("email", email)]
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
                key = ("username", username.lower())
                if key in existing:
                    held[existing[key].user.pk] = existing[key]
                elif username.lower() in seen_usernames:
                    messages.append(
                        _("username “%(username)s” is also on line %(line)s")
                        % {"username": username, "line": seen_usernames[username.lower()]}
                    )
                seen_usernames.setdefault(username.lower(), line)
        rehire = None
        if len(held) > 1 or any(h.status == "elsewhere" for h in held.values()):
            messages.append(services.neutral_refusal())
            moves.update({h.user.pk: h.user for h in held.values() if h.status == "elsewhere"})
        elif held:
            [person] = held.values()
            if person.status == "here":
                messages.append(
                    _("%(name)s already works at your institution") % {"name": person.user}
                )
            else:
                rehire = person.user
        full_name = " ".join(values["full_name"].split()) or " ".join(
            f"{values['first_name']} {values['last_name']}".split()
        )
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
        code = values["institution_code"]
        target = institutions.get(code.upper()) if code else institution
        if target is None or not can_manage(actor, target):
            # An unknown code and another ministry's code read the same (ADR 0016).
            if target is not None:
                refused_codes.add(target.code)
            messages.append(
                _("“%(code)s” is not the code of an institution you manage") % {"code": code}
                if code
                else _("the institution code is missing")
            )
        if messages:
            errors.append(RowError(line=line, messages=messages))
        else:
            valid.append(
                ImportRow(
                    line=line,
                    details=PersonDetails(
                        full_name=full_name,
                        position=position,
                        email=email or None,
                        username=username or None,
                        preferred_language=language,
                    ),
                    institution=target,
                    rehire=rehire,
                )
            )
    if moves:
        services.request_move(people=moves.values(), institution=institution, requested_by=actor)
    if refused_codes:
        services.refuse_out_of_scope(requested_by=actor, what="institutions", values=refused_codes)
    return valid, errors


def check_file(*, data: bytes, actor: User, institution: Institution | None = None) -> ImportCheck:
    """Read and check a whole file; nothing is created. Raises ImportFileError when the file
    itself cannot be used."""
    header, rows = read_rows(data)
    if not rows:
        raise ImportFileError(_("The file has a header but no rows."))
    valid, errors = validate_rows(header=header, rows=rows, actor=actor, institution=institution)
    return ImportCheck(rows=valid, errors=errors)


def import_staff(
    *, data: bytes, actor: User, institution: Institution | None = None
) -> ImportCheck:
    """Check every row; when none has a problem, start the background job that creates everyone
    or no one and then invites them. The whole import counts as one invitation action (see
    `services.consume_invitation_allowance`). Raises ImportFileError for an unusable file and
    InvitationLimitReached when the importer has sent too many invitations just now."""
    check = check_file(data=data, actor=actor, institution=institution)
    if check.errors:
        return check
    if any(row.will_be_invited for row in check.rows):
        services.consume_invitation_allowance(actor=actor)
    with transaction.atomic():
        check.job = jobs.start_job(
            owner=actor,
            kind=JOB_KIND_NAME,
            total=len(check.rows) + sum(row.will_be_invited for row in check.rows),
            result={"institution_id": (institution or check.rows[0].institution).pk},
            payload={
                "rows": [
                    {
                        "line": row.line,
                        "full_name": row.details.full_name,
                        "position": row.details.position,
                        "email": row.details.email,
                        "username": row.details.username,
                        "preferred_language": row.details.preferred_language,
                        "institution_id": row.institution.pk,
                        "rehire_id": row.rehire.pk if row.rehire else None,
                    }
                    for row in check.rows
                ],
            },
        )
    return check


# --- the background job --------------------------------------------------------------------

JOB_KIND_NAME = "staff_import"
CHANGED_MEANWHILE = gettext_lazy(
    "Someone else added or moved one of these people while the file was being imported. "
    "Nothing was created; import the file again to see which rows are affected."
)


def _create_everyone(job: BackgroundJob) -> dict:
    """Create the new people and rehire the former staff of the job's rows, all or none; the
    result (with whom to invite) is the checkpoint a retried job starts from."""
    rows = job.payload["rows"]
    institutions = Institution.objects.in_bulk({row["institution_id"] for row in rows})
    rehires = User.objects.in_bulk([row["rehire_id"] for row in rows if row["rehire_id"]])
    new_rows = [row for row in rows if not row["rehire_id"]]
    fields = ("full_name", "position", "email", "username", "preferred_language")
    created = create_people(
        people=[
            (PersonDetails(**{f: row[f] for f in fields}), institutions[row["institution_id"]])
            for row in new_rows
        ],
        created_by=job.owner,
        invite=False,
    )
    people = dict(zip([row["line"] for row in new_rows], created, strict=True))
    for row in rows:
        if row["rehire_id"]:
            person = rehires[row["rehire_id"]]
            services.rehire_person(
                user=person,
                institution=institutions[row["institution_id"]],
                position=row["position"],
                rehired_by=job.owner,
                invite=False,
            )
            people[row["line"]] = person
    audit.record(
        action=AuditEvent.Action.STAFF_IMPORTED,
        actor=job.owner,
        details={
            "people": len(created),
            "rehired": len(rows) - len(new_rows),
            "institutions": sorted({i.code for i in institutions.values()}),
        },
    )
    lines = {row["line"]: row for row in rows}
    return {
        "institution_id": job.result["institution_id"],
        "added": len(created),
        "rehired": len(rows) - len(new_rows),
        "invite_ids": [
            person.pk
            for person in people.values()
            if person.email and not person.has_usable_password()
        ],
        "setup_code_ids": [
            person.pk
            for person in people.values()
            if not person.email and not person.has_usable_password()
        ],
        "invited": 0,
        "report": [
            [
                line,
                person.full_name,
                person.get_login(),
                str(Position(lines[line]["position"]).label),
                institutions[lines[line]["institution_id"]].code,
                str(_("rejoined") if lines[line]["rehire_id"] else _("added")),
            ]
            for line, person in sorted(people.items())
        ],
    }


def _csv_cell(value) -> str:
    """Spreadsheet formula injection: a cell starting with = + - @ is kept as text."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _report_csv(report: list[list]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [_("Line"), _("Full name"), _("Sign-in"), _("Position"), _("Institution"), _("Result")]
    )
    writer.writerows([[_csv_cell(cell) for cell in row] for row in report])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def run_import_job(job: BackgroundJob, progress: jobs.Progress) -> None:
    """Create everyone or no one, then send the invitations one by one (each counted, so a
    retried job neither creates anyone twice nor invites anyone twice)."""
    if "invite_ids" not in job.result:
        try:
            with transaction.atomic():
                result = _create_everyone(job)
                report = result.pop("report")
                jobs.save_result(job, result=result)
        except IntegrityError:
            raise jobs.JobFailed(str(CHANGED_MEANWHILE)) from None
        except (ValidationError, PermissionDenied) as error:
            raise jobs.JobFailed(" ".join(getattr(error, "messages", [str(error)]))) from None
        jobs.save_result_file(job, name="import-report.csv", content=_report_csv(report))
        progress.set_total(len(job.payload["rows"]) + len(result["invite_ids"]))
        progress.advance(len(job.payload["rows"]))
    result = dict(job.result)
    people = User.objects.in_bulk(result["invite_ids"])
    for user_id in result["invite_ids"][result["invited"] :]:
        person = people.get(user_id)
        with transaction.atomic():
            if person is not None and person.is_active and not person.has_usable_password():
                services.send_invitation(user=person, created_by=job.owner)
            result["invited"] += 1
            jobs.save_result(job, result=result)
        progress.advance()


def _institution_of(job: BackgroundJob) -> Institution | None:
    return Institution.objects.filter(pk=job.result.get("institution_id")).first()


def may_view_import(user: User, job: BackgroundJob) -> bool:
    """Its owner, while they still manage the institution it imported into."""
    institution = _institution_of(job)
    return job.owner_id == user.pk and institution is not None and can_manage(user, institution)


def import_context(job: BackgroundJob) -> dict:
    """The institution imported into, for the job page's links. Queries: 1."""
    return {"institution": _institution_of(job)}


JOB_KIND = jobs.JobKind(
    name=JOB_KIND_NAME,
    label=gettext_lazy("Staff import"),
    run=run_import_job,
    template="institutions/jobs/staff_import.html",
    may_view=may_view_import,
    context=import_context,
)
