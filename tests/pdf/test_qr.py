"""The passports' QR codes: whichever mask the encoder picks, a reader gets the payload back."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

from guide.pdf import flowables

PAYLOADS = [
    "geo:50.03500,72.98700?q=50.03500,72.98700(premise 5)",
    "geo:46.84806,74.99500?q=46.84806,74.99500(%D0%9F%D0%BE%D0%BC%D0%B5%D1%89%D0%B5%D0%BD%D0%B8%D0%B5 %E2%84%96123)",
    "geo:47.79100,67.71000?q=47.79100,67.71000(%D0%9D%D1%8B%D1%81%D0%B0%D0%BD %E2%84%96100000)",
    "geo:49.80000,73.10000?q=49.80000,73.10000(premise 999999)",
]


def _modules(payload: str, pattern: int) -> list[list[bool]]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, pattern)
    return code.modules


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs poppler and zbar")
@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_code_scans_back_to_its_payload(payload: str, tmp_path: Path) -> None:
    code = flowables.qr_code(payload)
    canvas = Canvas(str(tmp_path / "qr.pdf"), pagesize=(code.width, code.height))
    code.drawOn(canvas, 0, 0)
    canvas.save()
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(tmp_path / "qr.pdf"), str(tmp_path / "qr")],
                   check=True)  # fmt: skip
    scan = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "qr.png")], capture_output=True, text=True)
    assert scan.stdout.strip() == payload


def test_the_mask_chosen_has_the_lowest_penalty() -> None:
    payload = PAYLOADS[1]
    penalties = [flowables.qr_penalty(_modules(payload, pattern)) for pattern in range(8)]
    code = flowables._QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    assert code.getBestMaskPattern() == penalties.index(min(penalties))
    assert len(set(penalties)) > 1


def _reference_penalty(m: list[list[bool]]) -> int:
    """The standard's four rules, module by module."""
    n = len(m)
    lines = [list(row) for row in m] + [[m[r][c] for r in range(n)] for c in range(n)]
    score = 0
    for line in lines:
        run = 1
        for a, b in zip(line, line[1:], strict=False):
            if a == b:
                run += 1
            else:
                score += run - 2 if run >= 5 else 0
                run = 1
        score += run - 2 if run >= 5 else 0
        bits = "".join("1" if v else "0" for v in line)
        score += 40 * sum(bits.startswith(p, i) for i in range(n) for p in ("10111010000", "00001011101"))
    score += 3 * sum(
        m[r][c] == m[r][c + 1] == m[r + 1][c] == m[r + 1][c + 1] for r in range(n - 1) for c in range(n - 1)
    )
    dark = sum(sum(row) for row in m)
    return score + 10 * (abs(dark * 100 // (n * n) - 50) // 5)


def test_the_penalty_follows_the_standard_rules() -> None:
    rng = random.Random(7)
    for n in (21, 25, 33):
        for _ in range(5):
            modules = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
            assert flowables.qr_penalty(modules) == _reference_penalty(modules)
    for pattern in range(8):
        modules = _modules(PAYLOADS[0], pattern)
        assert flowables.qr_penalty(modules) == _reference_penalty(modules)


# Short and long, ASCII and 8-bit: one block and several, versions below 7 and above (which carry
# version information), every error correction level.
LAYOUT_PAYLOADS = [*PAYLOADS, "geo:" + "0123456789," * 40, "é" * 150 + "\x00", ""]


@pytest.mark.parametrize("payload", LAYOUT_PAYLOADS)
def test_each_masked_symbol_is_the_one_reportlab_lays_out(payload: str) -> None:
    for level in (qrencoder.QRErrorCorrectLevel.L, qrencoder.QRErrorCorrectLevel.M, qrencoder.QRErrorCorrectLevel.H):
        code = flowables._QRCode(None, level)
        code.addData(payload)
        symbols = code.symbols()
        reference = qrencoder.QRCode(None, level)
        reference.addData(payload)
        reference.version = reference.calculate_version()
        assert flowables._qr_codewords(code.version, level, code.dataList) == qrencoder.QRCode.createData(
            reference.version, level, reference.dataList
        )
        for pattern in range(8):
            reference.makeImpl(False, pattern)
            assert symbols[pattern] == ["".join("1" if m else "0" for m in row) for row in reference.modules]


def test_a_code_is_encoded_once_per_content() -> None:
    payload = "geo:49.00000,73.00000?q=49.00000,73.00000(cache test)"
    before = flowables._qr_rows.cache_info()
    first, second = flowables.qr_code(payload), flowables.qr_code(payload)
    after = flowables._qr_rows.cache_info()
    assert after.misses == before.misses + 1 and after.hits == before.hits + 1
    assert first is not second  # each passport gets a flowable of its own


def test_the_dark_modules_are_the_rectangles_drawn() -> None:
    rows = ("1100", "1101", "0001", "1111")
    ops = flowables._qr_operators(rows, 1).split()
    assert ops[-1] == "f"
    rects = [tuple(int(v) for v in ops[i : i + 4]) for i in range(0, len(ops) - 1, 5)]
    assert all(op == "re" for op in ops[4:-1:5])
    dark = set()
    for x, y, w, h in rects:
        for c in range(x, x + w):
            for r in range(y, y + h):
                assert (c, r) not in dark  # no module drawn twice
                dark.add((c, r))
    # Module (row, column) at x = column + border, y from the bottom of the quiet zone.
    expected = {(c + 1, 6 - 1 - r - 1) for r, row in enumerate(rows) for c, m in enumerate(row) if m == "1"}
    assert dark == expected
    assert len(rects) < sum(row.count("1") for row in rows)  # runs repeated below are merged
