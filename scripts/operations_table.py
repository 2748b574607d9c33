"""Write README.md's table of every operation of every vendor, from specs/ and generated/.

Usage:
    python scripts/operations_table.py            # rewrite the table between the markers
    python scripts/operations_table.py --check    # fail if README.md's table is out of date

One collapsible table per spec: operationId, HTTP method and path, the generated function
that builds and parses it, and the spec's summary. Like generated/, the table is never edited
by hand; tests/test_docs.py runs --check.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START = "<!-- operations:start (scripts/operations_table.py writes this part) -->"
END = "<!-- operations:end -->"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

__all__ = ["END", "START", "main", "render", "replace_table"]


def _key(name: str) -> str:
    """operationId and the generator's module name compare equal under this key."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def generated_functions(package: Path) -> dict[str, str]:
    """Operation key -> dotted module of the generated package that implements it."""
    found: dict[str, str] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == "OPERATION_NAME"
            ):
                key = _key(ast.literal_eval(node.value))
                if key in found:
                    raise SystemExit(f"two generated modules for one operation: {module}")
                found[key] = f"{package.name}.api.{module.parent.name}.{module.stem}"
    return found


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def vendor_table(spec: Path, generated: Path) -> list[str]:
    document: Any = yaml.load(
        spec.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    functions = generated_functions(generated / f"smsgate_{spec.stem}_client")
    rows = []
    for kind, items in (
        ("", document.get("paths", {})),
        ("webhook ", document.get("webhooks", {})),
    ):
        for path, item in items.items():
            for method in METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                op_id = operation["operationId"]
                function = functions.get(_key(op_id))
                if function is None and not kind:
                    raise SystemExit(f"{spec.name}: no generated function for {op_id}")
                rows.append(
                    f"| `{op_id}` | {kind}{method.upper()} `{_cell(path)}` |"
                    f" {f'`{function}`' if function else '(callback to your endpoint)'} |"
                    f" {_cell(operation.get('summary', ''))} |"
                )
    title = _cell(document["info"]["title"])
    return [
        "<details>",
        f"<summary><b>{spec.stem}</b>: {title} ({len(rows)} operations)</summary>",
        "",
        "| operation | request | generated function | summary |",
        "|---|---|---|---|",
        *rows,
        "",
        "</details>",
    ]


def render(specs: Path, generated: Path) -> str:
    lines = [START]
    for spec in sorted(specs.glob("*.yaml")):
        lines += ["", *vendor_table(spec, generated)]
    return "\n".join([*lines, "", END])


def replace_table(readme: str, table: str) -> str:
    if readme.count(START) != 1 or readme.count(END) != 1:
        raise SystemExit(f"README.md needs exactly one pair of markers:\n{START}\n{END}")
    head, rest = readme.split(START)
    return head + table + rest.split(END)[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if README.md is out of date")
    parser.add_argument("--readme", type=Path, default=README, help=argparse.SUPPRESS)
    parser.add_argument("--specs", type=Path, default=ROOT / "specs", help=argparse.SUPPRESS)
    parser.add_argument(
        "--generated", type=Path, default=ROOT / "generated", help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    current = args.readme.read_text(encoding="utf-8")
    wanted = replace_table(current, render(args.specs, args.generated))
    if args.check:
        if wanted != current:
            print(
                "README.md's operations table does not match specs/:"
                " run `python scripts/operations_table.py` and commit README.md",
                file=sys.stderr,
            )
            return 1
        print("README.md's operations table matches specs/")
        return 0
    if wanted != current:
        args.readme.write_text(wanted, encoding="utf-8")
    print(f"README.md's operations table: {wanted.count(chr(10) + '| `')} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
