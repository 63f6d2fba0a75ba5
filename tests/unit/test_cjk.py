"""One definition of a Chinese character, used by the index, the splitter, the router and the answers."""

from __future__ import annotations

import pytest

from signalbox.tools.cjk import count_cjk, has_cjk


@pytest.mark.parametrize(
    "ideograph",
    ["中", "㐀", "鿿", "豈", "𠀀", "𪚥"],
    ids=[
        "unified",
        "extension-a",
        "unified-last",
        "compatibility",
        "extension-b",
        "extension-b-late",
    ],
)
def test_every_ideograph_block_counts_as_chinese(ideograph: str) -> None:
    assert has_cjk(f"abc {ideograph} def")


@pytest.mark.parametrize(
    "text",
    ["hello", "ひらがな", "カタカナ", "한국어", "。、「」", "ＡＢＣ１２３"],
    ids=["latin", "hiragana", "katakana", "hangul", "cjk-punctuation", "fullwidth-latin"],
)
def test_kana_hangul_and_punctuation_are_not_ideographs(text: str) -> None:
    assert not has_cjk(text)


def test_count_counts_ideographs_only() -> None:
    assert count_cjk("北京 is 首都。") == 4
