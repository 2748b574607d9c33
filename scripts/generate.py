"""Build generated/ from specs/ with openapi-python-client, byte for byte reproducibly.

Usage:
    python scripts/generate.py            # rewrite generated/ from every specs/*.yaml
    python scripts/generate.py --check    # regenerate into a temporary folder and diff

Every spec becomes one package, ``generated/smsgate_<stem>_client``. The generator sees a
copy of the spec without ``security`` (openapi-python-client would otherwise demand a Bearer
token; the overlays add each vendor's credentials themselves). Each package also carries the
full spec as ``openapi.json``, which the stub server validates requests against. Nothing in
this script knows any vendor: a vendor is a file in specs/.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import difflib
import io
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import __version__ as GENERATOR_VERSION
from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType
from ruff.__main__ import find_ruff_bin

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PINNED_GENERATOR = "0.29.1"
SPEC_COPY = "openapi.json"
# ruff runs isolated, so that no ruff configuration of the project or machine shapes the output.
# The generator looks the first word up with shutil.which, hence the binary's bare path
# (`python -m ruff` would run in the package folder, where the generated types.py shadows
# the stdlib's).
RUFF = find_ruff_bin()
POST_HOOKS = [
    f"{RUFF} check . --isolated --fix-only --extend-select=I --quiet",
    f"{RUFF} format . --isolated --quiet",
]
MAX_DIFF_LINES = 40


def package_name(spec: Path) -> str:
    return f"smsgate_{spec.stem}_client"


def header(spec: Path) -> str:
    return (
        f"# Generated from specs/{spec.name} by scripts/generate.py"
        f" with openapi-python-client {GENERATOR_VERSION}.\n"
        "# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.\n"
    )


def without_security(document: Any) -> Any:
    """The spec as the generator should see it: no `security` at any level."""
    if isinstance(document, dict):
        return {k: without_security(v) for k, v in document.items() if k != "security"}
    if isinstance(document, list):
        return [without_security(v) for v in document]
    return document


def build_package(spec: Path, out_root: Path, work: Path) -> Path:
    """Generate one spec's package under out_root; return the package folder."""
    document = yaml.safe_load(spec.read_bytes())
    source = work / f"{spec.stem}.json"
    source.write_text(json.dumps(without_security(document), ensure_ascii=False), encoding="utf-8")
    package = out_root / package_name(spec)
    config = Config.from_sources(
        ConfigFile(
            package_name_override=package.name,
            project_name_override=package.name.replace("_", "-"),
            literal_enums=True,
            content_type_overrides={"application/xml": "text/plain"},
            post_hooks=POST_HOOKS,
        ),
        MetaType.NONE,
        source,
        "utf-8",
        overwrite=True,
        output_path=package,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # it prints progress we do not need
        errors = generate(config=config, custom_template_path=TEMPLATES)
    if errors:
        details = "\n".join(f"  {e.level}: {e.header}: {e.detail}" for e in errors)
        raise SystemExit(f"openapi-python-client reported problems for {spec.name}:\n{details}")
    shutil.rmtree(package / ".ruff_cache", ignore_errors=True)

    stamp = header(spec)
    for path in sorted(package.rglob("*.py")):
        path.write_text(stamp + path.read_text(encoding="utf-8"), encoding="utf-8")
    (package / "py.typed").write_text(stamp, encoding="utf-8")
    document["x-smsgate-generated"] = stamp.replace("# ", "").replace("\n", " ").strip()
    (package / SPEC_COPY).write_text(
        json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return package


def build_all(specs_dir: Path, out_root: Path) -> list[Path]:
    specs = sorted(specs_dir.glob("*.yaml"))
    if not specs:
        raise SystemExit(f"no specs found in {specs_dir}")
    with tempfile.TemporaryDirectory(prefix="smsgate-specs-") as work:
        return [build_package(spec, out_root, Path(work)) for spec in specs]


def tree(root: Path) -> dict[str, bytes]:
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
    }


def differences(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[str]:
    """A readable summary: the files missing, unexpected or changed, then the start of each diff."""
    missing = sorted(expected.keys() - actual.keys())
    stale = sorted(actual.keys() - expected.keys())
    changed = sorted(n for n in expected.keys() & actual.keys() if expected[n] != actual[n])
    report = [f"missing from generated/: {name}" for name in missing]
    report += [
        f"not produced by the specs (stale or hand-added): generated/{name}" for name in stale
    ]
    report += [f"differs: generated/{name}" for name in changed]
    for name in changed:
        diff = list(
            difflib.unified_diff(
                actual[name].decode("utf-8", "replace").splitlines(),
                expected[name].decode("utf-8", "replace").splitlines(),
                f"generated/{name} (committed)",
                f"generated/{name} (from specs)",
                lineterm="",
            )
        )
        report.extend("    " + line for line in diff[:MAX_DIFF_LINES])
        if len(diff) > MAX_DIFF_LINES:
            report.append(f"    ... {len(diff) - MAX_DIFF_LINES} more diff lines")
    return report


# The regeneration report: what a rebuilt package changes in its public API, read from the
# generated source (ast, nothing imported), so that whoever edits a spec sees what users feel.
Signature = dict[str, str]  # parameter or field -> its annotation, with " = default" if optional


@dataclass(frozen=True)
class PublicApi:
    operations: dict[str, Signature]  # "tag.module" -> sync_detailed's parameters and "return"
    models: dict[str, Signature]  # class -> its fields
    literals: dict[str, frozenset[str]]  # Literal alias (a literal enum) -> its values


def _annotation(node: ast.expr | None, default: ast.expr | None) -> str:
    text = ast.unparse(node) if node is not None else "Any"
    return text if default is None else f"{text} = {ast.unparse(default)}"


def _operation(tree: ast.Module) -> Signature | None:
    function = next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed"),
        None,
    )
    if function is None:
        return None
    args = function.args
    positional = args.posonlyargs + args.args
    padded: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    signature = {
        f"{a.arg} (positional {i + 1})": _annotation(a.annotation, d)
        for i, (a, d) in enumerate(zip(positional, [*padded, *args.defaults], strict=True))
    }
    signature |= {
        a.arg: _annotation(a.annotation, d)
        for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
        if a.arg != "client"
    }
    signature["return"] = _annotation(function.returns, None)
    return signature


def public_api(package: Path) -> PublicApi:
    """The operations, models and literal enums that a generated package exposes."""
    operations: dict[str, Signature] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        signature = _operation(ast.parse(module.read_text(encoding="utf-8")))
        if signature is not None:
            operations[f"{module.parent.name}.{module.stem}"] = signature
    models: dict[str, Signature] = {}
    literals: dict[str, frozenset[str]] = {}
    for module in sorted((package / "models").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                models[node.name] = {
                    n.target.id: _annotation(n.annotation, n.value)
                    for n in node.body
                    if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
                }
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Subscript)
                and ast.unparse(node.value.value) == "Literal"
                and isinstance(node.targets[0], ast.Name)
            ):
                index = node.value.slice
                values = index.elts if isinstance(index, ast.Tuple) else [index]
                literals[node.targets[0].id] = frozenset(ast.unparse(v) for v in values)
    return PublicApi(operations, models, literals)


def _signature_changes(kind: str, name: str, old: Signature, new: Signature) -> list[str]:
    lines = []
    for key in sorted(old.keys() - new.keys()):
        lines.append(f"  - {kind} {name}: {key} removed ({old[key]})  BREAKING")
    for key in sorted(new.keys() - old.keys()):
        breaking = "  BREAKING" if " = " not in new[key] else ""
        lines.append(f"  + {kind} {name}: {key} added ({new[key]}){breaking}")
    for key in sorted(k for k in old.keys() & new.keys() if old[k] != new[k]):
        lines.append(f"  ~ {kind} {name}: {key}: {old[key]} -> {new[key]}  BREAKING")
    return lines


def api_changes(old: PublicApi, new: PublicApi) -> list[str]:
    """One line per change; removals, new required inputs and changed types end in BREAKING."""
    lines = []
    for kind, before, after in (
        ("operation", old.operations, new.operations),
        ("model", old.models, new.models),
    ):
        lines += [f"  - {kind} {n}  BREAKING" for n in sorted(before.keys() - after.keys())]
        lines += [f"  + {kind} {n}" for n in sorted(after.keys() - before.keys())]
        for name in sorted(before.keys() & after.keys()):
            lines += _signature_changes(kind, name, before[name], after[name])
    lines += [f"  - enum {n}  BREAKING" for n in sorted(old.literals.keys() - new.literals.keys())]
    lines += [f"  + enum {n}" for n in sorted(new.literals.keys() - old.literals.keys())]
    for name in sorted(old.literals.keys() & new.literals.keys()):
        gone = sorted(old.literals[name] - new.literals[name])
        added = sorted(new.literals[name] - old.literals[name])
        lines += [f"  - enum {name}: value {v} removed  BREAKING" for v in gone]
        lines += [f"  + enum {name}: value {v} added" for v in added]
    return lines


def regeneration_report(old_root: Path, new_root: Path) -> list[str]:
    """What each package rebuilt under new_root changes relative to the one under old_root."""
    report = []
    for package in sorted(p for p in new_root.iterdir() if p.is_dir()):
        before = old_root / package.name
        if not before.exists():
            report.append(f"{package.name}: new package")
            continue
        lines = api_changes(public_api(before), public_api(package))
        if lines:
            breaking = sum(line.endswith("BREAKING") for line in lines)
            report.append(f"{package.name}: {len(lines)} public API changes, {breaking} breaking")
            report += lines
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail if generated/ differs",
    )
    parser.add_argument("--specs", type=Path, default=SPECS, help=argparse.SUPPRESS)
    parser.add_argument("--generated", type=Path, default=GENERATED, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if GENERATOR_VERSION != PINNED_GENERATOR:
        print(
            f"openapi-python-client {GENERATOR_VERSION} is installed, {PINNED_GENERATOR} is pinned;"
            " install the project's dev extra",
            file=sys.stderr,
        )
        return 2

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="smsgate-generated-") as scratch:
        out = Path(scratch)
        packages = build_all(args.specs, out)
        fresh = tree(out)
        if args.check:
            report = differences(fresh, tree(args.generated))
            elapsed = time.perf_counter() - started
            if report:
                print("generated/ does not match specs/:", *report, sep="\n", file=sys.stderr)
                changes = regeneration_report(args.generated, out)
                if changes:
                    print(
                        "Regenerating changes the public API:", *changes, sep="\n", file=sys.stderr
                    )
                print(
                    "Run `python scripts/generate.py` and commit the result"
                    " (never edit generated/ by hand).",
                    file=sys.stderr,
                )
                return 1
            print(f"generated/ matches specs/ ({len(packages)} packages, {elapsed:.1f} s)")
            return 0
        for line in regeneration_report(args.generated, out):
            print(line)
        shutil.rmtree(args.generated, ignore_errors=True)
        shutil.copytree(out, args.generated)
    elapsed = time.perf_counter() - started
    names = ", ".join(p.name for p in packages)
    print(f"generated {names} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
