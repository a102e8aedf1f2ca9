"""The command line: the GUI by default, and headless commands beside it.

Each headless command lives in its own module exposing ``add_parser(subparsers)``,
which registers a sub-parser whose ``handler(args) -> int`` is the exit code.
"""

from __future__ import annotations

import argparse
import importlib

from explorer import APP_NAME, __version__

COMMAND_MODULES = ("explorer.cli.datapack", "explorer.cli.compute", "explorer.cli.export")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME}: relocation cases and incentive policies for Gui'an New Area.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="load the data pack, compute a case, build every window offscreen, then exit",
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language of the window")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # command not built yet
        module.add_parser(subparsers)
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from explorer.cli.self_test import run_self_test

        return run_self_test()
    handler = getattr(args, "handler", None)
    if handler is not None:
        return int(handler(args))
    from explorer.app import run_gui

    if args.lang:
        from explorer.ui.settings import open_settings

        settings = open_settings()
        settings.setValue("language", args.lang)
        settings.sync()
    return run_gui([])
