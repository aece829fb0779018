/** The dashboard's filters; every one optional. Kept in the URL so a view can be bookmarked. */
export interface Filters {
  fiscalYear: number | null;
  district: string | null;
  lane: string | null;
  kind: string | null;
  organiser: string | null;
}

/** No filter at all. */
export const NO_FILTERS: Filters = {
  fiscalYear: null,
  district: null,
  lane: null,
  kind: null,
  organiser: null,
};

/** Reads filters from a query string (?fy=2025&district=D01&lane=city&kind=salon&org=council). */
export function filtersFromSearch(search: string): Filters {
  const p = new URLSearchParams(search);
  const fy = Number(p.get('fy'));
  return {
    fiscalYear: Number.isInteger(fy) && fy > 1990 ? fy : null,
    district: p.get('district') || null,
    lane: p.get('lane') || null,
    kind: p.get('kind') || null,
    organiser: p.get('org') || null,
  };
}

/** Writes filters into a query string, keeping other parameters (the current view). */
export function filtersToSearch(f: Filters, search: string): string {
  const p = new URLSearchParams(search);
  const put = (k: string, v: string | number | null) => (v === null ? p.delete(k) : p.set(k, String(v)));
  put('fy', f.fiscalYear);
  put('district', f.district);
  put('lane', f.lane);
  put('kind', f.kind);
  put('org', f.organiser);
  const s = p.toString();
  return s ? `?${s}` : '';
}
