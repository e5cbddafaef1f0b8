"""Pack a one-folder bundle for the platform at hand.

Linux: a .tar.gz with the bundle, a .desktop file, the icon and a per-user install script.
Windows: an Inno Setup script generated from installer/koperasi.iss.in, compiled with
`iscc` when Inno Setup is installed. macOS: the Koperasi.app made by the spec's BUNDLE.
What the current platform cannot build is listed as skipped, with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from installer import bundle

HERE = Path(__file__).resolve().parent
_PLACEHOLDER = re.compile(r"@[A-Z_]+@")
_ISCC_LOCATIONS = tuple(
    Path(os.environ.get(variable, default)) / "Inno Setup 6" / "ISCC.exe"
    for variable, default in (
        ("ProgramFiles(x86)", r"C:\Program Files (x86)"), ("ProgramFiles", r"C:\Program Files"),
    )
)


@dataclass
class PackResult:
    artifacts: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def render(template: Path, values: dict[str, str]) -> str:
    """Fill `@NAME@` placeholders; every placeholder in the template must get a value."""
    text = template.read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    left = sorted(set(_PLACEHOLDER.findall(text)))
    if left:
        raise ValueError(f"{template.name}: no value for {', '.join(left)}")
    return text


def linux_archive(bundle_dir: Path, output: Path, version: str) -> Path:
    """koperasi-<version>-linux-<arch>.tar.gz holding one folder koperasi-<version>/."""
    top = f"koperasi-{version}"
    archive = output / f"{top}-linux-{os.uname().machine}.tar.gz"
    extras = {
        "koperasi.desktop": (render(
            HERE / "koperasi.desktop.in",
            {"EXEC": bundle.EXECUTABLE, "ICON": "koperasi", "VERSION": version},
        ), 0o644),
        "install.sh": (render(HERE / "install-linux.sh", {"VERSION": version}), 0o755),
    }

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tempfile.TemporaryDirectory() as temp, tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle_dir, arcname=top, filter=owned_by_root)
        tar.add(bundle.ICONS / "koperasi.png", arcname=f"{top}/koperasi.png", filter=owned_by_root)
        for name, (text, mode) in extras.items():
            path = Path(temp) / name
            path.write_text(text, encoding="utf-8", newline="\n")
            path.chmod(mode)
            tar.add(path, arcname=f"{top}/{name}", filter=owned_by_root)
    return archive


def inno_script(bundle_dir: Path, output: Path, version: str, script: Path) -> Path:
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(render(HERE / "koperasi.iss.in", {
        "VERSION": version,
        "EXECUTABLE": bundle.EXECUTABLE,
        "BUNDLE_DIR": str(bundle_dir.resolve()),
        "OUTPUT_DIR": str(output.resolve()),
        "ICON": str((bundle.ICONS / "koperasi.ico").resolve()),
    }), encoding="utf-8")
    return script


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    return next((path for path in _ISCC_LOCATIONS if path.is_file()), None)


def pack(bundle_dir: Path, output: Path, version: str, work: Path, run) -> PackResult:
    """Build what this platform can; `run(command)` runs a tool and raises on failure."""
    result = PackResult()
    if sys.platform.startswith("linux"):
        result.artifacts.append(linux_archive(bundle_dir, output, version))
    else:
        result.skipped.append("Linux .tar.gz: build it on Linux")

    if sys.platform == "win32":
        script = inno_script(bundle_dir, output, version, work / "koperasi.iss")
        result.artifacts.append(script)
        iscc = find_iscc()
        if iscc:
            run([str(iscc), "/Q", str(script)])
            result.artifacts.append(output / f"koperasi-{version}-windows-setup.exe")
        else:
            result.skipped.append(
                f"Windows setup.exe: Inno Setup 6 (iscc) not found; compile {script} with it"
            )
    else:
        result.skipped.append("Windows installer (Inno Setup): build it on Windows")

    if sys.platform == "darwin":
        result.artifacts.append(output / f"{bundle.APP_NAME}.app")
    else:
        result.skipped.append("macOS .app: build it on macOS")
    return result
