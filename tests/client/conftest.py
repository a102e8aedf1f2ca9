"""Client data (issue 19): a filled template with figures found nowhere in the pack or the reports."""

from __future__ import annotations

import pytest

from explorer.domain.editing import default_scenario

# Distinct figures, so a test can tell the client's from anything else in a report.
CLIENT_VALUES = {
    "current_site": "Beijing",
    "electricity_kwh": "41234567",
    "electricity_bill": "29876543",
    "pue": "1.37",
    "racks": "389",
    "rack_rent": "6123",
    "bandwidth_mbps": "1777",
    "bandwidth_price": "27.5",
    "staff": "47",
    "wage": "287654",
    "revenue": "512345678",
    "taxable_profit": "61234567",
    "high_tech": "yes",
    "encouraged_industry_share": "0.75",
    "domestic_chip_share": "0.3",
    "planned_investment": "187654321",
    "move_start": "2027-03-01",
}
# The same facts as a Chinese user fills them in.
CLIENT_VALUES_ZH = {**CLIENT_VALUES, "current_site": "北京", "high_tech": "是"}


@pytest.fixture
def scenario(shipped_pack):
    return default_scenario(shipped_pack)
