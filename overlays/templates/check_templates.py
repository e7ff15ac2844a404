"""Check the templates in this folder against the stock templates of the installed (pinned)
openapi-python-client, so that an upgrade shows exactly what to carry over.

Each template here is one of three kinds (README.md says what and why for every one):

- a **patched copy** of a stock template: `patches/<template>.patch` is the recorded diff from the
  stock template, and the check fails unless today's diff is exactly that;
- a **replacement** of a stock template (rewritten, not patched): `patches/replaced.sha256` records
  the hash of the stock template it replaces, and the check fails when the stock one changed;
- a **new** template with no stock counterpart (e.g. `_facts.jinja`).

The check also fails for a template README.md does not mention.

    python overlays/templates/check_templates.py            # the check (make check-templates)
    python overlays/templates/check_templates.py --record   # re-record after an intended change
"""

from __future__ import annotations

import difflib
import hashlib
import sys
from importlib import metadata, resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
PATCHES = HERE / "patches"
REPLACED = PATCHES / "replaced.sha256"
STOCK = Path(str(resources.files("openapi_python_client") / "templates"))


def templates() -> list[str]:
    """The templates of this folder, as paths relative to it."""
    return sorted(path.relative_to(HERE).as_posix() for path in HERE.rglob("*.jinja"))


def replaced() -> dict[str, str]:
    """The replaced stock templates and the sha256 recorded for each."""
    if not REPLACED.exists():
        return {}
    entries = {}
    for line in REPLACED.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            entries[name] = digest
    return entries


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def diff(name: str) -> str:
    """The unified diff from the stock template to ours (apply with `patch -p1` in a copy of the stock folder)."""
    stock = (STOCK / name).read_text().splitlines(keepends=True)
    ours = (HERE / name).read_text().splitlines(keepends=True)
    return "".join(difflib.unified_diff(stock, ours, fromfile=f"a/{name}", tofile=f"b/{name}"))


def check() -> list[str]:
    problems = []
    readme = (HERE / "README.md").read_text()
    recorded = replaced()
    names = templates()
    for name in names:
        if name not in readme:
            problems.append(f"{name}: not described in overlays/templates/README.md")
        patch = PATCHES / f"{name}.patch"
        if not (STOCK / name).exists():
            if patch.exists() or name in recorded:
                problems.append(f"{name}: recorded against a stock template that no longer exists")
        elif name in recorded:
            if sha256(STOCK / name) != recorded[name]:
                problems.append(f"{name}: the stock template it replaces changed; port what is new, then --record")
        elif not patch.exists():
            problems.append(f"{name}: a copy of a stock template with no recorded patch (or entry in replaced.sha256)")
        elif diff(name) != patch.read_text():
            problems.append(f"{name}: differs from stock by something else than patches/{name}.patch")
    for stale in sorted(set(recorded) - set(names)):
        problems.append(f"patches/replaced.sha256 names {stale}, which is not a template here")
    for patch in sorted(PATCHES.rglob("*.patch")):
        if patch.relative_to(PATCHES).as_posix().removesuffix(".patch") not in names:
            problems.append(f"{patch.relative_to(HERE)} is for a template that is not here")
    return problems


def record() -> None:
    recorded = replaced()
    lines = [f"# sha256 of the stock templates of openapi-python-client {version()} that a template here replaces"]
    for name in templates():
        if not (STOCK / name).exists():
            continue
        if name in recorded:
            lines.append(f"{sha256(STOCK / name)}  {name}")
        else:
            patch = PATCHES / f"{name}.patch"
            patch.parent.mkdir(parents=True, exist_ok=True)
            patch.write_text(diff(name))
    REPLACED.write_text("\n".join(lines) + "\n")


def version() -> str:
    return metadata.version("openapi-python-client")


def main(argv: list[str]) -> int:
    if argv == ["--record"]:
        record()
        print(f"recorded the templates' differences from openapi-python-client {version()}")
        return 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print("the templates differ from what is recorded (see overlays/templates/README.md)", file=sys.stderr)
        return 1
    print(f"the templates differ from openapi-python-client {version()}'s by exactly what is recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
