"""Every format is parsed in the isolated worker: a file that inflates costs at most the limits.

The hostile files are made small (under 2 MB) and the worker's memory limit smaller still, so each
test runs in seconds; what they inflate to is many times the limit, as in the red team's 17 MB DOCX
whose XML inflated to 190 MB.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import docx
import pytest

from signalbox.agents.settings import Settings
from signalbox.tools.knowledge import KnowledgeBase, ingest
from signalbox.tools.knowledge.converters import MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED
from signalbox.tools.knowledge.loaders import FileLimits, load_file

SAMPLES = Path(__file__).resolve().parents[2] / "app" / "samples"
SMALL_WORKER = FileLimits(parse_memory_mb=128)
REFUSED_FOR_MEMORY = (
    "could not be parsed safely: it needs more memory than the worker may use "
    "(128 MiB, SIGNALBOX_PARSE_MEMORY_MB)"
)


def _inflating_docx(path: Path, paragraphs: int = 30_000) -> Path:
    """A valid DOCX whose document.xml is 16 MB of varied runs: it passes every zip check."""
    blank = io.BytesIO()
    docx.Document().save(blank)
    rng = random.Random(11)
    words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=6)) for _ in range(64)]
    run = '<w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">{} </w:t></w:r>'
    body = "".join(
        "<w:p>" + "".join(run.format(word) for word in rng.choices(words, k=6)) + "</w:p>"
        for _ in range(paragraphs)
    ).encode()
    with (
        zipfile.ZipFile(blank) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + body, 1)
            archive.writestr(entry, data)
    return path


def _element_flood(path: Path, elements: int = 100_000) -> Path:
    path.write_text("<html><body>" + "<p><b>flood</b></p>" * elements + "</body></html>")
    return path


def _ordinary_files(folder: Path) -> None:
    (folder / "a-rules.md").write_text("# Lab rules\n\nGoggles are required in room 4B.\n")
    (folder / "rates.csv").write_text("city,rate\nParis,250\n")
    (folder / "welcome.html").write_text("<h1>Welcome</h1><p>The canteen opens at noon.</p>")
    note = docx.Document()
    note.add_paragraph("Parking is in lot B.")
    note.save(str(folder / "parking.docx"))


def test_the_inflating_docx_passes_the_zip_checks(tmp_path: Path) -> None:
    [entry] = [
        item
        for item in zipfile.ZipFile(_inflating_docx(tmp_path / "inflated.docx")).infolist()
        if item.filename == "word/document.xml"
    ]
    assert entry.file_size > 15 * 2**20
    assert entry.file_size < MAX_DOCX_UNCOMPRESSED
    assert entry.file_size / entry.compress_size < MAX_DOCX_RATIO


def test_a_docx_that_inflates_past_the_memory_limit_is_refused_and_the_batch_goes_on(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _ordinary_files(folder)
    _inflating_docx(folder / "inflated.docx")
    report = ingest(empty_kb, [folder], limits=SMALL_WORKER)
    reasons = {item.path.name: item.error or item.status for item in report.files}
    assert reasons.pop("inflated.docx") == f"inflated.docx {REFUSED_FOR_MEMORY}"
    assert set(reasons.values()) == {"added"}
    assert len(reasons) == 4


def test_an_html_page_that_needs_more_memory_than_the_limit_is_refused_and_the_batch_goes_on(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _ordinary_files(folder)
    _element_flood(folder / "flood.html")
    report = ingest(empty_kb, [folder], limits=SMALL_WORKER)
    reasons = {item.path.name: item.error or item.status for item in report.files}
    assert reasons.pop("flood.html") == f"flood.html {REFUSED_FOR_MEMORY}"
    assert set(reasons.values()) == {"added"}


def test_the_time_limit_stops_the_parsing_of_any_format(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    slow = _element_flood(tmp_path / "slow.html", elements=20_000)
    [item] = ingest(empty_kb, [slow], limits=FileLimits(parse_timeout_s=0.001)).files
    assert item.error == (
        "slow.html could not be parsed safely: parsing took longer than 0.001 s "
        "(SIGNALBOX_PARSE_TIMEOUT)"
    )


@pytest.mark.parametrize(
    "name",
    [
        "a-rules.md",
        "rates.csv",
        "welcome.html",
        "parking.docx",
        "remote-work.txt",
        "kestrel-k2-manual.pdf",
    ],
)
def test_no_document_is_parsed_in_the_app_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str
) -> None:
    import pypdf

    from signalbox.tools.knowledge import converters, decoding, markdown_hidden

    _ordinary_files(tmp_path)

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("parsed in the app process")

    for module, function in (
        (converters, "html_to_markdown"),
        (converters, "docx_to_markdown"),
        (converters, "csv_to_markdown"),
        (decoding, "decode_text"),
        (markdown_hidden, "strip_hidden_html"),
        (pypdf, "PdfReader"),
        (docx, "Document"),
    ):
        monkeypatch.setattr(module, function, refuse)
    path = tmp_path / name if (tmp_path / name).exists() else SAMPLES / name
    assert load_file(path)[0].page_content.strip()


def test_the_worker_memory_limit_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALBOX_PARSE_MEMORY_MB", "512")
    assert Settings().file_limits.parse_memory_mb == 512
