"""AppState: the one source of truth the widgets read from.

A change of input produces a new set of results here; widgets only draw them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from explorer.domain.energy import annual_energy_cost, annual_energy_kwh
from explorer.domain.pack import DataPack
from explorer.domain.parameters import SiteParam, SiteRole

IT_LOAD_MIN_KW = 100.0
IT_LOAD_MAX_KW = 200_000.0
DEFAULT_IT_LOAD_KW = 10_000.0


@dataclass(frozen=True, slots=True)
class EnergyComparison:
    """Annual facility energy and its cost at every site, for one IT load."""

    it_load_kw: float
    site_ids: tuple[str, ...]
    energy_kwh: np.ndarray
    cost_yuan: np.ndarray
    origin_id: str
    destination_id: str

    def cost_of(self, site_id: str) -> float:
        return float(self.cost_yuan[self.site_ids.index(site_id)])

    @property
    def annual_saving(self) -> float:
        return self.cost_of(self.origin_id) - self.cost_of(self.destination_id)


def compare_energy(pack: DataPack, it_load_kw: float, origin_id: str) -> EnergyComparison:
    site_ids = tuple(pack.sites)
    pue = np.array([pack.sites[s].value(SiteParam.PUE) for s in site_ids])
    price = np.array([pack.sites[s].value(SiteParam.ELECTRICITY_PRICE) for s in site_ids])
    destination = next(s.id for s in pack.sites.values() if s.role is SiteRole.DESTINATION)
    return EnergyComparison(
        it_load_kw=it_load_kw,
        site_ids=site_ids,
        energy_kwh=np.asarray(annual_energy_kwh(it_load_kw, pue)),
        cost_yuan=np.asarray(annual_energy_cost(it_load_kw, pue, price)),
        origin_id=origin_id,
        destination_id=destination,
    )


class AppState(QObject):
    """Holds the data pack, the inputs, the language and the latest results."""

    pack_changed = Signal()
    results_changed = Signal()
    language_changed = Signal(str)

    def __init__(self, pack: DataPack, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self._language = language
        self._it_load_kw = DEFAULT_IT_LOAD_KW
        self._origin_id = self.origin_ids()[0]
        self._results = compare_energy(pack, self._it_load_kw, self._origin_id)

    # --- read ---------------------------------------------------------------
    @property
    def pack(self) -> DataPack:
        return self._pack

    @property
    def language(self) -> str:
        return self._language

    @property
    def it_load_kw(self) -> float:
        return self._it_load_kw

    @property
    def origin_id(self) -> str:
        return self._origin_id

    @property
    def results(self) -> EnergyComparison:
        return self._results

    def origin_ids(self) -> list[str]:
        return [s.id for s in self._pack.sites.values() if s.role is SiteRole.ORIGIN]

    def site_name(self, site_id: str) -> str:
        return self._pack.sites[site_id].name(self._language)

    # --- write --------------------------------------------------------------
    def set_it_load_kw(self, kw: float) -> None:
        kw = min(max(float(kw), IT_LOAD_MIN_KW), IT_LOAD_MAX_KW)
        if kw != self._it_load_kw:
            self._it_load_kw = kw
            self._recompute()

    def set_origin(self, site_id: str) -> None:
        if site_id not in self.origin_ids():
            raise ValueError(f"origin_region: {site_id!r} is not an origin site")
        if site_id != self._origin_id:
            self._origin_id = site_id
            self._recompute()

    def set_pack(self, pack: DataPack) -> None:
        self._pack = pack
        if self._origin_id not in self.origin_ids():
            self._origin_id = self.origin_ids()[0]
        self.pack_changed.emit()
        self._recompute()

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.language_changed.emit(language)

    def _recompute(self) -> None:
        self._results = compare_energy(self._pack, self._it_load_kw, self._origin_id)
        self.results_changed.emit()
