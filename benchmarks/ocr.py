"""OCR accuracy and speed on pages typeset from known text: RapidOCR against Tesseract.

Run: ``.venv/bin/python -m benchmarks.ocr [--out FILE]`` (Tesseract is measured when Debian's
``tesseract-ocr`` with ``tesseract-ocr-eng`` and ``tesseract-ocr-chi-sim`` is installed).

Each page is written for this benchmark (English and Chinese prose about the same fictional
logistics company), typeset with fpdf2 (Liberation Serif, WenQuanYi Micro Hei) and rendered by
pdfium at 150 dpi, as a flatbed scanner would give it: the "clean" set. The "scanned" set is the
same pages rotated by 0.8°, blurred (radius 0.7), speckled and saved as JPEG at quality 35, as a
phone photograph or a cheap scanner gives it. Reported per engine and set: the character error
rate (Levenshtein distance over the reference length, whitespace removed, since line breaks and
spacing are not the content), and pages per minute on this machine (``cpu_count`` in the output),
the engine's start counted apart. RapidOCR reads both languages with one model; Tesseract is given
the page's language (``eng`` or ``chi_sim``), which a real ingestion would not know, and also
``chi_sim+eng`` for the Chinese pages.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.output import publish

SERIF = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
CJK = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DPI = 150

ENGLISH = [
    "Orrin Logistics runs three depots in the north of England. The Leeds depot has fourteen "
    "loading bays and opens at six in the morning. The York depot has nine bays and closes at "
    "ten at night. Hull, the smallest, has six bays and a cold store for medicines.",
    "Every drone pilot renews the night rating once a year. Night flights need a second pilot "
    "on call within fifteen minutes of the hangar. The simulator in Hull is booked through the "
    "training office; a session lasts ninety minutes and costs 240 pounds.",
    "Parcels over 25 kg travel by van, never by drone. A van leaving Leeds before 7:30 reaches "
    "York by 9:15 on a normal day. Drivers log fuel, mileage and any damage in the depot app "
    "before the end of the shift; missing logs are chased the next morning.",
    "The quarterly review on 12 March found 1,840 deliveries in the first quarter, 4.2% late. "
    "Most late parcels were held at customs in Hull. The board approved twelve new cargo drones "
    "and a second cold store, to be ready by the end of September 2026.",
]
CHINESE = [
    "奥林物流在英格兰北部经营三个仓库。利兹仓库有十四个装卸平台，早上六点开门。约克仓库有九个平台，"
    "晚上十点关门。赫尔仓库最小，只有六个平台，并设有药品冷库。",
    "每名无人机飞行员每年需要更新一次夜间飞行资格。夜间飞行时，必须有第二名飞行员在机库十五分钟内待命。"
    "赫尔的模拟器通过培训办公室预约，每次训练九十分钟，费用为二百四十英镑。",
    "超过二十五公斤的包裹一律用货车运输，不用无人机。七点半以前从利兹出发的货车，通常在九点一刻到达约克。"
    "司机须在下班前在仓库应用中记录油耗、里程和任何损坏。",
    "三月十二日的季度评审显示，第一季度共完成一千八百四十次配送，其中百分之四点二延误。"
    "大部分延误包裹滞留在赫尔海关。董事会批准购买十二架新的货运无人机，并在二〇二六年九月底前建成第二个冷库。",
]


def _typeset(text: str, chinese: bool) -> Any:
    """The paragraph as a page image (PIL, greyscale), rendered by pdfium at DPI."""
    import pypdfium2
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("body", fname=str(CJK if chinese else SERIF))
    pdf.set_font("body", size=13)
    pdf.multi_cell(0, 8, text)
    page = pypdfium2.PdfDocument(bytes(pdf.output()))[0]
    return page.render(scale=DPI / 72).to_pil().convert("L")


def _scanned(image: Any, seed: int) -> Any:
    """The page as a cheap scan or phone photo gives it: tilted, soft, speckled, JPEG-compressed."""
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    tilted = image.rotate(0.8, resample=Image.Resampling.BICUBIC, fillcolor=255)
    soft = tilted.filter(ImageFilter.GaussianBlur(0.7))
    pixels = soft.load()
    for _ in range(soft.width * soft.height // 400):
        pixels[rng.randrange(soft.width), rng.randrange(soft.height)] = rng.choice((0, 90, 255))
    buffer = io.BytesIO()
    soft.save(buffer, "JPEG", quality=35)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def _normal(text: str) -> str:
    # Full-width punctuation that OCR may read as its ASCII twin is the same character to a reader.
    table = str.maketrans("，。：；！？（）％", ",.:;!?()%")
    return "".join(text.translate(table).split())


def _rapidocr() -> tuple[float, Any]:
    from signalbox.tools.knowledge.ocr import read_image

    started = time.perf_counter()
    read_image(_typeset("warm up", chinese=False))  # loads the models
    return time.perf_counter() - started, lambda image, chinese: read_image(image)


def _tesseract(languages: dict[bool, str]) -> tuple[float, Any]:
    def read(image: Any, chinese: bool) -> str:
        with tempfile.NamedTemporaryFile(suffix=".png") as handle:
            image.save(handle.name)
            done = subprocess.run(
                ["tesseract", handle.name, "stdout", "-l", languages[chinese], "--dpi", str(DPI)],
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
        return done.stdout

    return 0.0, read


def _measure(reader: Any, pages: list[tuple[str, bool, Any]]) -> dict[str, Any]:
    errors = {False: [0, 0], True: [0, 0]}
    started = time.perf_counter()
    for reference, chinese, image in pages:
        got = reader(image, chinese)
        errors[chinese][0] += _distance(_normal(reference), _normal(got))
        errors[chinese][1] += len(_normal(reference))
    elapsed = time.perf_counter() - started
    return {
        "cer_english": round(errors[False][0] / errors[False][1], 4),
        "cer_chinese": round(errors[True][0] / errors[True][1], 4),
        "pages": len(pages),
        "seconds": round(elapsed, 1),
        "pages_per_minute": round(60 * len(pages) / elapsed, 1),
    }


def run() -> dict[str, Any]:
    """Every engine on the clean and the scanned set."""
    clean = [(text, False, _typeset(text, False)) for text in ENGLISH]
    clean += [(text, True, _typeset(text, True)) for text in CHINESE]
    scanned = [
        (text, chinese, _scanned(image, n)) for n, (text, chinese, image) in enumerate(clean)
    ]
    engines: dict[str, tuple[float, Any]] = {"rapidocr-onnxruntime 1.4.4 (PP-OCRv4)": _rapidocr()}
    if shutil.which("tesseract"):
        version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
        name = version.stdout.splitlines()[0] if version.stdout else "tesseract"
        engines[f"{name} (eng / chi_sim)"] = _tesseract({False: "eng", True: "chi_sim"})
        engines[f"{name} (chi_sim+eng)"] = _tesseract({False: "chi_sim+eng", True: "chi_sim+eng"})
    results: dict[str, Any] = {
        "dpi": DPI,
        "cpu_count": os.cpu_count(),
        "pages_per_set": len(clean),
        "engines": {},
    }
    for name, (start_s, reader) in engines.items():
        results["engines"][name] = {
            "start_s": round(start_s, 2),
            "clean": _measure(reader, clean),
            "scanned": _measure(reader, scanned),
        }
    return results


def main() -> None:
    """Run the benchmark and publish its JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    publish(run(), parser.parse_args().out)


if __name__ == "__main__":
    main()
