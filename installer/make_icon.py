"""Draw the app icon (resources/icons/koperasi.png, .ico and .icns) with Qt, offscreen.

Run it again only to change the icon: `python installer/make_icon.py`. The drawing is a
rounded green square with a white "K" over a small gold coin, legible from 16 px up.
The .ico holds PNG-compressed images of several sizes, which Windows accepts since Vista;
the .icns (macOS) holds PNG images under the 128, 256 and 512 px entry types.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09"}
GREEN, DARK_GREEN, GOLD = QColor("#1e8c4e"), QColor("#14693a"), QColor("#f2b632")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = size / 256
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GREEN)
    painter.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # The coin, bottom right, behind the letter's leg.
    painter.setBrush(GOLD)
    painter.setPen(QPen(DARK_GREEN, max(1.0, 6 * s)))
    painter.drawEllipse(QRectF(150 * s, 150 * s, 78 * s, 78 * s))
    painter.setPen(Qt.GlobalColor.white)
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(10, round(190 * s)))
    painter.setFont(font)
    painter.drawText(QRectF(0, -10 * s, 230 * s, 256 * s), Qt.AlignmentFlag.AlignCenter, "K")
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO container (header, directory, PNG payloads)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory, payload = b"", b""
    for size, png in zip(sizes, images):
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def icns_bytes(images: dict[bytes, bytes]) -> bytes:
    """An ICNS container: big-endian 'icns' + length, then (type, length, PNG) entries."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "koperasi.png"))
    pngs = [png_bytes(draw(size)) for size in ICO_SIZES]
    (ICONS / "koperasi.ico").write_bytes(ico_bytes(pngs, ICO_SIZES))
    (ICONS / "koperasi.icns").write_bytes(
        icns_bytes({kind: png_bytes(draw(size)) for size, kind in ICNS_TYPES.items()})
    )
    print(f"wrote koperasi.png, .ico and .icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
