"""Read a pack from a folder, a .zip or an .xlsx workbook into raw text rows.
One module because the three readers (folder, .zip, .xlsx) share one set of size limits, one archive
guard and one way of turning bytes into text rows numbered as a spreadsheet shows them; split, each
guard would be written, and kept, three times.

Nothing is interpreted here beyond text: every cell stays a string (so "NA" or
"null" never becomes a missing value), and row numbers are those a spreadsheet
shows (header = row 1). Structural faults (encoding, ragged rows, sizes, archive
tricks) are logged as problems; conversion and rules are validate.py's job.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from explorer.datapack import limits
from explorer.datapack.checksums import sha256_hex
from explorer.datapack.encoding import DecodeFailure, decode_table
from explorer.datapack.problems import ProblemLog
from explorer.datapack.schema import MANIFEST_FILE, TABLE_FILES, TABLES
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, os_error_reason
from explorer.domain.scenario_codec import json_reason, json_value_reason

_MISSING_FILE = QT_TRANSLATE_NOOP("DataPack", "file is missing")
_MISSING_SHEET = QT_TRANSLATE_NOOP("DataPack", "sheet is missing")
_CANNOT_READ = QT_TRANSLATE_NOOP("DataPack", "cannot read the file ({reason})")
_TOO_MANY_ROWS = QT_TRANSLATE_NOOP("DataPack", "more than {limit:,} rows; the limit is {limit:,}")
_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP("DataPack", "{count} columns; the limit is {limit}")
_NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("DataPack", "not a readable .xlsx workbook ({error})")
_NOT_ZIP = QT_TRANSLATE_NOOP("DataPack", "the file is not in zip format")
_DAMAGED_ARCHIVE = QT_TRANSLATE_NOOP("DataPack", "the archive is damaged or incomplete")
_DAMAGED_XML = QT_TRANSLATE_NOOP("DataPack", "damaged XML in the workbook at line {line}, column {column}")
_MISSING_PART = QT_TRANSLATE_NOOP("DataPack", "a part of the workbook is missing")
_UNREADABLE_WORKBOOK = QT_TRANSLATE_NOOP(
    "DataPack", "the workbook is damaged or not in .xlsx format ({kind})"
)
_ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
# What a damaged archive raises while it is read (the inflaters' own errors included).
_ARCHIVE_ERRORS: tuple[type[BaseException], ...] = (zipfile.BadZipFile, OSError, EOFError, zlib.error)
try:
    import lzma

    _ARCHIVE_ERRORS += (lzma.LZMAError,)
except ImportError:  # pragma: no cover - Python built without lzma
    pass


@dataclass(slots=True)
class RawTable:
    name: str
    file: str  # label used in messages, e.g. "sites.csv" or sheet_label("pack.xlsx", "sites")
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    complete: bool = True  # False when a row was unreadable: completeness checks then stay quiet


@dataclass(slots=True)
class RawPack:
    origin: str  # what was read, for messages and the install record
    manifest: dict[str, object] | None = None
    tables: dict[str, RawTable] = field(default_factory=dict)
    encodings: dict[str, str] = field(default_factory=dict)
    # SHA-256 of each CSV file's bytes as read (folders and zips), checked against the manifest's "files"
    checksums: dict[str, str] = field(default_factory=dict)


def read_raw(path: Path, log: ProblemLog) -> RawPack:
    """Dispatch on what ``path`` is; every fault goes to ``log``."""
    path = Path(path)
    if path.is_dir():
        return _read_folder(path, log)
    if not path.is_file():
        log.add(
            path.name or str(path),
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "no such file or folder"),
            str(path),
        )
        return RawPack(str(path))
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return _read_zip(path, log)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, log)
    log.add(
        path.name,
        None,
        None,
        QT_TRANSLATE_NOOP("DataPack", "not a data pack: choose a folder, a .zip or an .xlsx workbook"),
    )
    return RawPack(str(path))


# ---------------------------------------------------------------- folders and zips


_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "DataPack", "is not a regular file (a device, a pipe or a link to one): it is not read"
)


def read_regular_file(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path``, or None when it is not a regular file; at most ``limit`` + 1 bytes.

    A table that is a link to /dev/zero, or a named pipe, reports a size of 0: the size check
    passed them, then reading one ran until memory ran out and the other waited for ever. So
    the kind is checked first (following links), never opening anything else, and the read is
    capped in bytes, whatever size the file reports. Raises OSError as ``open`` does.
    """
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):  # said as the system says it: "it is a folder, not a file"
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(info.st_mode):
        return None
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
            return None
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _read_folder(folder: Path, log: ProblemLog) -> RawPack:
    pack = RawPack(str(folder))
    manifest_path = folder / MANIFEST_FILE
    if manifest_path.exists():
        try:
            data = read_regular_file(manifest_path, limits.MAX_JSON_BYTES)
        except OSError as error:
            log.add(MANIFEST_FILE, None, None, _CANNOT_READ, reason=os_error_reason(error))
        else:
            if data is None:
                log.add(MANIFEST_FILE, None, None, _NOT_A_FILE)
            elif len(data) > limits.MAX_JSON_BYTES:
                size = max(len(data), manifest_path.stat().st_size)  # as reported, never less than read
                log.add(MANIFEST_FILE, None, None, _too_big(size, limits.MAX_JSON_BYTES))
            else:
                pack.manifest = parse_manifest_bytes(data, log)
    else:
        log.add(MANIFEST_FILE, None, None, _MISSING_FILE)
    for csv_path in sorted(folder.glob("*.csv"), key=lambda p: p.name):
        try:
            data = read_regular_file(csv_path, limits.MAX_CSV_BYTES)
        except OSError as error:  # locked by Excel, no permission, vanished
            log.add(csv_path.name, None, None, _CANNOT_READ, reason=os_error_reason(error))
            continue
        if data is None:
            log.add(csv_path.name, None, None, _NOT_A_FILE)
            continue
        if len(data) > limits.MAX_CSV_BYTES:
            size = max(len(data), csv_path.stat().st_size)  # as reported, never less than read
            log.add(csv_path.name, None, None, _too_big(size, limits.MAX_CSV_BYTES))
            continue
        _add_csv(pack, csv_path.name, data, log)
    _missing_tables(pack, log)
    return pack


def _read_zip(path: Path, log: ProblemLog) -> RawPack:
    pack = RawPack(str(path))
    if not stat.S_ISREG(path.stat().st_mode):
        log.add(path.name, None, None, _NOT_A_FILE)
        return pack
    size = path.stat().st_size
    if size > limits.MAX_ZIP_BYTES:
        log.add(path.name, None, None, _too_big(size, limits.MAX_ZIP_BYTES))
        return pack
    try:
        with zipfile.ZipFile(path) as zf:
            reasons = limits.archive_problems(zf)
            for reason in reasons:
                log.add(path.name, None, None, reason)
            if reasons:
                return pack
            members = _pack_members(zf, path.name, log)
            for name, info in sorted(members.items()):
                data = _read_member(zf, info, path.name, log)
                if data is None:
                    continue
                if name == MANIFEST_FILE:
                    pack.manifest = parse_manifest_bytes(data, log)
                else:
                    _add_csv(pack, name, data, log)
    except _ARCHIVE_ERRORS as error:
        log.add(
            path.name,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "not a readable zip archive ({error})"),
            error=_archive_reason(error),
        )
        return pack
    if pack.manifest is None and not any(p.file == MANIFEST_FILE for p in log.problems):
        log.add(MANIFEST_FILE, None, None, _MISSING_FILE)
    _missing_tables(pack, log)
    return pack


def _pack_members(zf: zipfile.ZipFile, label: str, log: ProblemLog) -> dict[str, zipfile.ZipInfo]:
    """Pack files at the archive's root, or inside one top folder (as "Send to zip" makes)."""
    files = [i for i in zf.infolist() if not i.is_dir() and not _junk(i.filename)]
    tops = {PurePosixPath(i.filename).parts[0] for i in files if len(PurePosixPath(i.filename).parts) > 1}
    at_root = [i for i in files if len(PurePosixPath(i.filename).parts) == 1]
    prefix = ""
    if not at_root and len(tops) == 1:
        prefix = tops.pop() + "/"
    members: dict[str, zipfile.ZipInfo] = {}
    for info in files:
        if not info.filename.startswith(prefix):
            continue
        name = info.filename[len(prefix) :]
        if "/" in name:
            continue  # deeper folders are not part of a pack
        if name == MANIFEST_FILE or name.lower().endswith(".csv"):
            members[name] = info
    return members


def _junk(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(p.startswith("__MACOSX") or p.startswith(".") for p in parts)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, log: ProblemLog) -> bytes | None:
    if info.flag_bits & 0x1:
        log.add(
            info.filename,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "the file is encrypted in the archive; zip it without a password"),
        )
        return None
    if info.compress_type not in _ZIP_METHODS:
        log.add(
            info.filename,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "the archive uses a compression method this app cannot read"),
        )
        return None
    limit = limits.MAX_JSON_BYTES if info.filename.endswith(".json") else limits.MAX_CSV_BYTES
    if info.file_size > limit:
        log.add(info.filename, None, None, _too_big(info.file_size, limit))
        return None
    with zf.open(info) as member:
        data = member.read(limit + 1)  # never trust the directory's size claim
    if len(data) > limit:
        log.add(info.filename, None, None, _too_big(len(data), limit))
        return None
    return data


# ---------------------------------------------------------------- CSV


def _add_csv(pack: RawPack, file_name: str, data: bytes, log: ProblemLog) -> None:
    table = TABLE_FILES.get(file_name)
    if table is None:
        log.add(
            file_name,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "unknown table file; expected one of: {files}"),
            files=", ".join(sorted(TABLE_FILES)),
        )
        return
    pack.checksums[file_name] = sha256_hex(data)
    try:
        decoded = decode_table(data)
    except DecodeFailure as failure:
        log.add(file_name, None, None, failure.message)
        return
    pack.encodings[table] = decoded.encoding
    parsed = parse_csv_text(decoded.text, file_name, log)
    if parsed is not None:
        header, rows, complete = parsed
        pack.tables[table] = RawTable(table, file_name, header, rows, complete)


def parse_csv_text(
    text: str, file: str, log: ProblemLog
) -> tuple[list[str], list[tuple[int, list[str]]], bool] | None:
    """Split CSV text into a header and numbered rows; ragged or broken rows are problems.

    The csv module is used rather than pandas.read_csv because pandas skips blank
    lines (shifting row numbers away from what Excel shows) and its bad-line
    handling cannot name every faulty row at once.
    """
    if not text.strip():
        log.add(
            file,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "file is empty: expected a header row and data rows"),
        )
        return None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) > limits.MAX_ROWS + 1:
                log.add(file, None, None, _TOO_MANY_ROWS, limit=limits.MAX_ROWS)
                return None
    except csv.Error as error:
        row = len(records) + 1
        rule = _csv_error_rule(str(error), reader.line_num)
        log.add(file, row, None, rule)
        return None
    header = [cell.strip() for cell in records[0]]
    if len(header) > limits.MAX_COLUMNS:
        log.add(file, 1, None, _TOO_MANY_COLUMNS, count=len(header), limit=limits.MAX_COLUMNS)
        return None
    if len(header) == 1 and ";" in header[0]:
        log.add(
            file,
            1,
            None,
            QT_TRANSLATE_NOOP("DataPack", "columns are separated by ';' — save as comma-separated CSV"),
            header[0],
        )
        return None
    rows: list[tuple[int, list[str]]] = []
    bad = False
    for index, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue  # an empty line or a row of empty cells
        if len(record) != len(header):
            truncated = index == len(records) and len(record) < len(header)
            rule = (
                QT_TRANSLATE_NOOP(
                    "DataPack", "expected {expected} fields as in the header, found {found} (file truncated?)"
                )
                if truncated
                else QT_TRANSLATE_NOOP(
                    "DataPack", "expected {expected} fields as in the header, found {found}"
                )
            )
            log.add(file, index, None, rule, ",".join(record), expected=len(header), found=len(record))
            bad = True
            continue
        rows.append((index, record))
    if not rows and not bad:
        log.add(file, None, None, QT_TRANSLATE_NOOP("DataPack", "file has a header but no data rows"))
    return header, rows, bool(rows) and not bad


def _csv_error_rule(detail: str, line: int) -> Message:
    """The csv module's complaint in words of our own (its text is English only)."""
    if "field larger than field limit" in detail:
        return Message(
            QT_TRANSLATE_NOOP("DataPack", "a cell is longer than {limit:,} characters"),
            limit=limits.MAX_CELL_CHARS,
        )
    if "unexpected end of data" in detail or "EOF" in detail:
        return Message(
            QT_TRANSLATE_NOOP("DataPack", "unclosed quote: a quoted cell is never closed (file truncated?)")
        )
    if "expected after" in detail:  # strict mode: "a"b — text after a closing quote
        return Message(
            QT_TRANSLATE_NOOP(
                "DataPack",
                "text follows the closing quote of a quoted cell; quote the whole cell and double any quote "
                "inside it",
            )
        )
    if "new-line character seen in unquoted field" in detail:
        return Message(
            QT_TRANSLATE_NOOP("DataPack", "a line break inside an unquoted cell (line {line} of the file)"),
            line=line,
        )
    return Message(QT_TRANSLATE_NOOP("DataPack", "malformed CSV at line {line} of the file"), line=line)


csv.field_size_limit(limits.MAX_CELL_CHARS)


# ---------------------------------------------------------------- manifest


class _ManifestRefused(Exception):
    def __init__(self, where: str | None, message: Message) -> None:
        super().__init__(str(message))
        self.where, self.message = where, message


def _refuse_constant(name: str) -> float:
    raise _ManifestRefused(
        None,
        Message(QT_TRANSLATE_NOOP("DataPack", "{name} is not allowed: numbers must be finite"), name=name),
    )


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _ManifestRefused(key, Message(QT_TRANSLATE_NOOP("DataPack", "the key appears twice")))
        result[key] = value
    return result


def parse_manifest_bytes(data: bytes, log: ProblemLog) -> dict[str, object] | None:
    try:
        text = decode_table(data).text
        # the rules scenario and project files follow: no NaN or Infinity, no key twice
        value = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except _ManifestRefused as refused:
        log.add(MANIFEST_FILE, None, refused.where, refused.message)
        return None
    except DecodeFailure as failure:
        log.add(MANIFEST_FILE, None, None, failure.message)
        return None
    except json.JSONDecodeError as error:
        log.add(
            MANIFEST_FILE,
            error.lineno,
            None,
            QT_TRANSLATE_NOOP("DataPack", "not valid JSON: {detail} (line {line}, column {column_number})"),
            detail=json_reason(error.msg),
            line=error.lineno,
            column_number=error.colno,
        )
        return None
    except RecursionError:
        log.add(MANIFEST_FILE, None, None, QT_TRANSLATE_NOOP("DataPack", "the JSON is nested too deeply"))
        return None
    except ValueError as error:  # a whole number of thousands of digits
        log.add(
            MANIFEST_FILE,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "cannot be read: {reason}"),
            reason=json_value_reason(error, text),
        )
        return None
    if not isinstance(value, dict):
        log.add(
            MANIFEST_FILE,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "must be a JSON object with version, as_of and schema_version"),
        )
        return None
    return value


# ---------------------------------------------------------------- xlsx


def _read_xlsx(path: Path, log: ProblemLog) -> RawPack:
    pack = RawPack(str(path))
    label = path.name
    if not stat.S_ISREG(path.stat().st_mode):
        log.add(label, None, None, _NOT_A_FILE)
        return pack
    size = path.stat().st_size
    if size > limits.MAX_XLSX_BYTES:
        log.add(label, None, None, _too_big(size, limits.MAX_XLSX_BYTES))
        return pack
    try:
        with zipfile.ZipFile(path) as zf:
            reasons = limits.archive_problems(zf)
    except _ARCHIVE_ERRORS as error:
        log.add(label, None, None, _NOT_A_WORKBOOK, error=_archive_reason(error))
        return pack
    for reason in reasons:
        log.add(label, None, None, reason)
    if reasons:
        return pack
    if not _defused():
        log.add(
            label,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "cannot read workbooks safely: the defusedxml package is missing"),
        )
        return pack
    import openpyxl  # imported late: only workbook imports need it

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many types for damaged or hostile files
        log.add(label, None, None, _workbook_failure(error))
        return pack
    try:
        sheets = {name.strip(): name for name in workbook.sheetnames}
        if "manifest" in sheets:
            manifest_label = sheet_label(label, "manifest")
            rows = _sheet_rows(workbook[sheets["manifest"]], manifest_label, log)
            pack.manifest = _manifest_from_rows(rows, manifest_label, log)
        else:
            log.add(sheet_label(label, "manifest"), None, None, _MISSING_SHEET)
        for name, sheet_name in sheets.items():
            if name == "manifest":
                continue
            where = sheet_label(label, sheet_name)
            if name not in TABLES:
                log.add(
                    where,
                    None,
                    None,
                    QT_TRANSLATE_NOOP("DataPack", "unknown sheet; expected one sheet per table: {tables}"),
                    tables=", ".join(TABLES),
                )
                continue
            rows = _sheet_rows(workbook[sheet_name], where, log)
            if rows is None:
                continue
            text = _rows_as_csv(rows)
            parsed = parse_csv_text(text, where, log)
            if parsed is not None:
                header, data_rows, complete = parsed
                pack.tables[name] = RawTable(name, where, header, data_rows, complete)
                pack.encodings[name] = "xlsx"
    except Exception as error:  # a hostile sheet XML (entities, bombs) fails here under defusedxml
        log.add(label, None, None, _workbook_failure(error))
    finally:
        workbook.close()
    _missing_tables(pack, log, workbook_label=label)
    return pack


def sheet_label(workbook: str, sheet: str) -> Message:
    """How problems name a workbook's sheet: "pack.xlsx, sheet 'sites'"."""
    return Message(
        QT_TRANSLATE_NOOP("DataPack", "{workbook}, sheet '{sheet}'"), workbook=workbook, sheet=sheet
    )


def _workbook_failure(error: BaseException) -> Message:
    """A short reason: hostile XML is named as such, other damage by its first line."""
    from defusedxml import DefusedXmlException

    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    hostile = next((e for e in chain if isinstance(e, DefusedXmlException)), None)
    if hostile is not None:
        return Message(
            QT_TRANSLATE_NOOP(
                "DataPack",
                "workbook refused: it contains forbidden XML ({kind}), the pattern of "
                "'billion laughs' and external-entity attacks",
            ),
            kind=type(hostile).__name__,
        )
    return Message(_NOT_A_WORKBOOK, error=_damage_reason(chain))


def _damage_reason(chain: list[BaseException]) -> Message | str:
    """What is wrong with a workbook, in our words: the libraries' texts are English only."""
    for current in chain:
        position = getattr(current, "position", None)  # xml.etree's ParseError (and lxml's)
        if isinstance(position, tuple) and len(position) == 2:
            return Message(_DAMAGED_XML, line=position[0], column=position[1])
        if isinstance(current, _ARCHIVE_ERRORS):
            return _archive_reason(current)
        if isinstance(current, KeyError):  # zipfile: "There is no item named 'xl/workbook.xml' …"
            return Message(_MISSING_PART)
    return Message(_UNREADABLE_WORKBOOK, kind=type(chain[0]).__name__)


def _archive_reason(error: BaseException) -> Message | str:
    """Why a zip archive (a pack's .zip, or the .xlsx a workbook is) cannot be read."""
    if isinstance(error, zipfile.BadZipFile) and "not a zip file" in str(error):
        return Message(_NOT_ZIP)
    if isinstance(error, OSError) and error.errno is not None:
        return os_error_reason(error)
    return Message(_DAMAGED_ARCHIVE)


def _defused() -> bool:
    try:
        import defusedxml  # noqa: F401
        from openpyxl.xml import DEFUSEDXML
    except ImportError:
        return False
    return bool(DEFUSEDXML)


def _sheet_rows(sheet, label: str, log: ProblemLog) -> list[list[str]] | None:
    """Cells as text. The sheet's stated size is ignored: it can claim a million rows."""
    sheet.reset_dimensions()
    rows: list[list[str]] = []
    for values in sheet.iter_rows(values_only=True):
        if len(rows) >= limits.MAX_ROWS + 1:
            log.add(label, None, None, _TOO_MANY_ROWS, limit=limits.MAX_ROWS)
            return None
        cells = [_cell_text(v) for v in values]
        while cells and cells[-1] == "":
            cells.pop()
        if len(cells) > limits.MAX_COLUMNS:
            log.add(label, len(rows) + 1, None, _TOO_MANY_COLUMNS, count=len(cells), limit=limits.MAX_COLUMNS)
            return None
        rows.append(cells)
    return rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _rows_as_csv(rows: list[list[str]]) -> str:
    """Square the rows to the header's width, then reuse the CSV path so both formats share rules."""
    width = len(rows[0]) if rows else 0
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for cells in rows:
        writer.writerow(cells + [""] * (width - len(cells)) if len(cells) < width else cells)
    return buffer.getvalue()


def _manifest_from_rows(
    rows: list[list[str]] | None, label: str, log: ProblemLog
) -> dict[str, object] | None:
    """The workbook's manifest sheet: a 'key' and a 'value' column."""
    if not rows:
        log.add(
            label,
            None,
            None,
            QT_TRANSLATE_NOOP("DataPack", "sheet is empty: expected columns 'key' and 'value'"),
        )
        return None
    header = [c.strip().lower() for c in rows[0]]
    if header[:2] != ["key", "value"]:
        log.add(
            label,
            1,
            None,
            QT_TRANSLATE_NOOP("DataPack", "expected the header 'key', 'value'"),
            ",".join(rows[0]),
        )
        return None
    manifest: dict[str, object] = {}
    for _number, cells in enumerate(rows[1:], start=2):
        key = cells[0].strip() if cells else ""
        if not key:
            continue
        value = cells[1].strip() if len(cells) > 1 else ""
        manifest[key] = int(value) if key == "schema_version" and value.isdigit() else value
    return manifest


# ---------------------------------------------------------------- shared


def _missing_tables(pack: RawPack, log: ProblemLog, workbook_label: str = "") -> None:
    already = {p.file for p in log.problems}
    for name, spec in TABLES.items():
        if name in pack.tables or spec.optional:
            continue
        label = sheet_label(workbook_label, name) if workbook_label else spec.file
        if label not in already:
            log.add(label, None, None, _MISSING_SHEET if workbook_label else _MISSING_FILE)


def _too_big(size: int, limit: int) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("DataPack", "file is {size}; the limit is {limit}"),
        size=limits.human_size(size),
        limit=limits.human_size(limit),
    )
