"""An incentive package (issue 17) in a project file: the domain's codec, with ProjectError.

The format and its checks live in ``explorer.domain.package_codec`` (a scenario file
carries the same ``package``); here a refusal becomes a ProjectError naming the place,
like the rest of the project format.
"""

from __future__ import annotations

from typing import Any

from explorer.domain import package_codec
from explorer.domain.errors import InvalidInput
from explorer.domain.package import Package
from explorer.project.model import ProjectError

PACKAGE_KEYS = package_codec.PACKAGE_KEYS
ITEM_KEYS = package_codec.ITEM_KEYS
TARGET_KEYS = package_codec.TARGET_KEYS
package_to_dict = package_codec.package_to_dict


def package_from_dict(where: str, raw: Any) -> Package:
    try:
        return package_codec.package_from_dict(where, raw)
    except InvalidInput as error:
        raise ProjectError(error.field, error.problem) from None
