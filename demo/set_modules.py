"""Labelled sets are Python modules: one of the project's, by name, or a file kept elsewhere
(real articles never enter the repository), by path."""

import importlib
import importlib.util
from types import ModuleType


def set_module(name_or_path: str, package: str) -> ModuleType:
    """The module ``package.name``, or the file at ``name_or_path`` when it ends in ".py"."""
    if not name_or_path.endswith(".py"):
        return importlib.import_module(f"{package}.{name_or_path}")
    spec = importlib.util.spec_from_file_location(f"{package}_file", name_or_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
