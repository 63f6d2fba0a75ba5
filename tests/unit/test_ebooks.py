"""EPUB books: chapters in reading order, each a section; DRM, bombs and XML entities refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from signalbox.tools.knowledge.loaders import LoadError, load
from signalbox.tools.knowledge.splitting import split_documents
from tests.documents import epub


def test_chapters_are_sections_in_the_order_of_the_spine(tmp_path: Path) -> None:
    path = epub(
        tmp_path / "guide.epub",
        ["<h1>Kestrels</h1><p>Kestrels hover over verges.</p>", "<h1>Owls</h1><p>Owls hunt.</p>"],
        spine=[1, 0],
    )
    loaded = load(path)
    assert loaded.documents[0].metadata["title"] == "Field Guide"
    chunks = split_documents(loaded.documents)
    assert [(chunk.heading, chunk.text) for chunk in chunks] == [
        ("Owls", "Owls hunt."),
        ("Kestrels", "Kestrels hover over verges."),
    ]


def test_a_chapter_without_a_heading_is_named_by_its_place_in_the_book(tmp_path: Path) -> None:
    path = epub(tmp_path / "guide.epub", ["<h1>Owls</h1><p>Owls hunt.</p>", "<p>Kites soar.</p>"])
    [_, kites] = split_documents(load(path).documents)
    assert (kites.heading, kites.text) == ("Chapter 2", "Kites soar.")


def test_a_book_whose_chapters_are_encrypted_by_drm_is_refused(tmp_path: Path) -> None:
    encryption = (
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
        '<enc:CipherReference URI="OEBPS/text/ch%200.xhtml"/></enc:CipherData>'
        "</enc:EncryptedData></encryption>"
    )
    path = epub(tmp_path / "locked.epub", ["<p>x</p>"],
                 extra={"META-INF/encryption.xml": encryption})  # fmt: skip
    with pytest.raises(LoadError, match=r"locked\.epub is protected by DRM"):
        load(path)


def test_an_external_entity_in_the_package_is_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("launch code 0000", encoding="utf-8")
    doctype = f'<!DOCTYPE package [<!ENTITY leak SYSTEM "file://{secret}">]>'
    path = epub(tmp_path / "xxe.epub", ["<p>Plain chapter.</p>"], title="&leak;", doctype=doctype)
    loaded = load(path)
    assert "launch code" not in loaded.documents[0].metadata["title"]
    assert "launch code" not in loaded.documents[0].page_content


def test_a_book_that_inflates_like_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.epub"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OEBPS/text/ch1.xhtml", b"\0" * (300 * 2**20))
    with pytest.raises(LoadError, match=r"bomb\.epub would expand to 300 MiB"):
        load(path)
