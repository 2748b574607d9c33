"""Generated endpoint (and types) modules that run their code when first used, not imported.

A vendor's facade imports every endpoint module of its generated client (one module per
operation, sixty-odd for Selzy), and each of those imports its models, whose attrs classes
are built as they are defined: importing `smsgate.selzy` cost three times `import httpx`, most
of it for operations a program never calls. Once `install()` has run (`import smsgate` runs
it), importing `smsgate_<vendor>_client.api.<group>.<operation>` creates the module and defers
running its code to the first attribute looked up on it (`send_sms.build_request`, when a call
is made). `smsgate_<vendor>_client.types` is deferred alike (its File and Response need attrs);
the facades read `UNSET` and `Unset` through the module at call time (`generated_types.UNSET`).
The facades keep plain imports, which mypy, IDEs and `help()` follow to the real modules, and
pay only for the operations they use.

It is `importlib.util.LazyLoader`'s idea with two differences that matter here: a module is
run under its own lock and becomes a plain module only once its code has finished, so that
two threads making their first call at once cannot see a half-run module (LazyLoader on
Python 3.11 switches the class first, and a second thread reads a module with no names yet),
and only those generated modules are deferred, nothing else a program imports.
"""

from __future__ import annotations

import sys
import threading
import types
from importlib.machinery import ModuleSpec, PathFinder
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

# The finder and loader below are duck-typed, as the import system allows: subclassing
# importlib.abc's classes would load importlib.resources, tempfile and shutil (about 10 ms)
# with every `import smsgate`.

_PACKAGE_PREFIX = "smsgate_"
_PACKAGE_SUFFIX = "_client"
_ENDPOINT_DEPTH = 4  # smsgate_<vendor>_client . api . <group> . <operation>


def is_deferred_module(fullname: str) -> bool:
    """A generated client's operation module (`smsgate_x_client.api.<group>.<operation>`) or
    its `types` module (whose File and Response are attrs classes: attrs takes about as long
    to import as a tenth of httpx), by name."""
    parts = fullname.split(".")
    if not (parts[0].startswith(_PACKAGE_PREFIX) and parts[0].endswith(_PACKAGE_SUFFIX)):
        return False
    return parts[1:] == ["types"] or (len(parts) == _ENDPOINT_DEPTH and parts[1] == "api")


class _DeferredModule(types.ModuleType):
    """A module whose code has not run yet: the first attribute looked up runs it."""

    def __getattribute__(self, name: str) -> Any:
        run(self)
        return types.ModuleType.__getattribute__(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        run(self)
        types.ModuleType.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        run(self)
        types.ModuleType.__delattr__(self, name)


class _Pending:
    """What a deferred module needs to run: the real loader, and a lock of its own."""

    def __init__(self, loader: Loader):
        self.loader = loader
        self.lock = threading.RLock()
        self.running = False


def run(module: types.ModuleType) -> None:
    """Run a deferred module's code once; a no-op for a module already run."""
    if type(module) is not _DeferredModule:
        return
    spec = types.ModuleType.__getattribute__(module, "__spec__")
    pending: _Pending = spec.loader_state
    with pending.lock:
        # Another thread may have run it while this one waited; the code itself may look up
        # its own module's attributes while it runs (the same thread, re-entering the lock).
        if type(module) is not _DeferredModule or pending.running:
            return
        pending.running = True
        try:
            pending.loader.exec_module(module)
            # A plain module from now on; set past __setattr__ above, which would run it again.
            types.ModuleType.__setattr__(module, "__class__", types.ModuleType)
        except BaseException:
            sys.modules.pop(spec.name, None)  # as a failed import leaves it
            raise
        finally:
            pending.running = False


class _DeferringLoader:
    def __init__(self, pending: _Pending):
        self._pending = pending

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return None  # the default module, made by the import system

    def exec_module(self, module: types.ModuleType) -> None:
        module.__class__ = _DeferredModule


class _EndpointFinder:
    """Finds generated endpoint and types modules as the path finder does, and defers running
    them."""

    def find_spec(
        self,
        fullname: str,
        path: Any = None,
        target: types.ModuleType | None = None,
    ) -> ModuleSpec | None:
        if not is_deferred_module(fullname):
            return None
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        pending = _Pending(spec.loader)
        spec.loader = cast("Loader", _DeferringLoader(pending))  # a loader by duck typing
        spec.loader_state = pending
        return spec


_FINDER = _EndpointFinder()


def install() -> None:
    """Defer generated endpoint and types modules imported from now on (idempotent)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
