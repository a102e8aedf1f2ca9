"""Gui'an Compute Explorer: relocation cases and incentive policies for Gui'an New Area."""

__version__ = "0.1.0"
APP_NAME = "Gui'an Compute Explorer"
ORGANIZATION_NAME = "GuianComputeExplorer"
