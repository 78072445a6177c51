import type { IndicatorReport, ObjectiveRollup } from './report.types';
import { parentCode } from './objectiveKey';

interface Group {
  key: string;
  title: string | null;
  parent: string | null;
  members: IndicatorReport[];
}

/**
 * Roll indicators up to objectives: Σ wᵢ·aᵢ / Σ wᵢ over evaluable indicators (equal weights when none), with
 * coverage = Σ w(evaluable) / Σ w(all). Withdrawn indicators count in neither. Operational objectives ("A01.01")
 * also roll up to their strategic objective ("A01") by code: the parent's figure covers every indicator below it.
 */
export function rollup(indicators: IndicatorReport[], keyOf: (i: IndicatorReport) => { key: string; title: string | null } | null): ObjectiveRollup[] {
  const groups = new Map<string, Group>();
  const order: string[] = [];
  const ensure = (key: string, title: string | null): Group => {
    let g = groups.get(key);
    if (!g) {
      g = { key, title, parent: null, members: [] };
      groups.set(key, g);
      order.push(key);
    }
    if (g.title === null && title !== null) g.title = title;
    return g;
  };
  for (const ind of indicators) {
    const k = keyOf(ind);
    if (!k) continue;
    ensure(k.key, k.title).members.push(ind);
  }
  // parents by code, created when missing
  for (const key of [...order]) {
    let child = key;
    let p = /^[A-Z]{1,2}\d/.test(child) ? parentCode(child) : null;
    while (p !== null) {
      const parent = ensure(p, null);
      (groups.get(child) as Group).parent = p;
      for (const m of (groups.get(key) as Group).members) if (!parent.members.includes(m)) parent.members.push(m);
      child = p;
      p = parentCode(child);
    }
  }
  return order
    .sort((a, b) => (/^[A-Z]{1,2}\d/.test(a) && /^[A-Z]{1,2}\d/.test(b) ? a.localeCompare(b, 'en', { numeric: true }) : 0))
    .map((key) => summarise(groups.get(key) as Group));
}

function summarise(g: Group): ObjectiveRollup {
  let sw = 0;
  let swa = 0;
  let swAll = 0;
  const counts = { met: 0, shortfall: 0, notEvaluable: 0 };
  for (const m of g.members) {
    const e = m.evaluation;
    const w = m.weight ?? 1;
    if (e.status === 'met') counts.met++;
    else if (e.status === 'shortfall') counts.shortfall++;
    else counts.notEvaluable++;
    if (e.findings.some((f) => f.code === 'withdrawn')) continue;
    swAll += w;
    if (e.achievement !== null) {
      sw += w;
      swa += w * e.achievement;
    }
  }
  return {
    key: g.key,
    title: g.title,
    parent: g.parent,
    achievement: sw > 0 ? swa / sw : null,
    coverage: swAll > 0 ? (100 * sw) / swAll : 0,
    counts,
    rows: g.members.map((m) => m.row).sort((a, b) => a - b),
  };
}
