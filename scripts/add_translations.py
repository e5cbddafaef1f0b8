"""Add or update messages in a Qt Linguist .ts file.

Usage: python scripts/add_translations.py resources/translations/koperasi_AREA_id.ts < pairs.tsv
where each input line is `English source<TAB>Indonesian translation`. The file is
created if missing; existing sources get their translation replaced.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(path: Path) -> None:
    if path.exists():
        root = ET.parse(path).getroot()
    else:
        root = ET.Element("TS", version="2.1", language="id_ID")
        ET.SubElement(ET.SubElement(root, "context"), "name").text = "koperasi"
    context = root.find("context")
    existing = {m.findtext("source"): m for m in context.iter("message")}
    for raw in sys.stdin.read().splitlines():
        if not raw.strip():
            continue
        source, translation = raw.split("\t", 1)
        message = existing.get(source)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation")
            existing[source] = message
        message.find("translation").text = translation
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
