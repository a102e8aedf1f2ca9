"""Command-line tests run ``explorer.cli.main`` in this process.

A command installs its language's translator into the running Qt application and,
if there is none, creates one; so each test here starts with pytest-qt's
QApplication (a bare QCoreApplication made by a command would break later widget
tests) and ends with the translators back to English.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def command_line_language(qapp):
    yield
    from explorer.translation import install_command_line_language

    install_command_line_language("en")
