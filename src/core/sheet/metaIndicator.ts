import { issue } from '../issues';
import type { IndicatorRow } from '../layout/indicatorRows';
import { applyPolicy, attain } from '../scoring/achievement';
import type { ScoringPolicy } from '../scoring/policy';
import { foldKeepLength } from '../target/readValue';
import { objectiveCode } from './objectiveKey';
import type { IndicatorReport } from './report.types';

/** "Metaindicatore … n. indicatori con risultati OK (sopra il 90%) / n. indicatori". */
const META = /\bmeta-?indicator[ei]?\b|\bn\.? (?:di )?(?:indicatori|obiettivi) con (?:risultat\w*|valutazion\w*) (?:ok|positiv\w*|sopra)/;
const LEVEL = /sopra (?:il )?(\d{1,3})\s*%|(?:>=?|almeno il)\s*(\d{1,3})\s*%/;

/**
 * Compute metaindicators from the sibling indicators they name: the share of the other indicators of the same
 * objective (and of the objectives below it) whose achievement reaches the level (90% by default). The computed
 * value replaces an unreadable result; a readable one is kept and compared.
 */
export function metaIndicators(indicators: IndicatorReport[], rows: IndicatorRow[], policy: ScoringPolicy): void {
  indicators.forEach((ind, idx) => {
    const algorithm = rows[idx]?.cells.algorithm?.cell.text ?? '';
    const f = foldKeepLength(`${algorithm} ${ind.name ?? ''}`);
    if (!META.test(f)) return;
    const level = Number(LEVEL.exec(f)?.slice(1).find((x) => x !== undefined) ?? 90);
    const code = objectiveCode(ind.objective, ind.code);
    const siblings = indicators.filter((o) => o !== ind && o.evaluation.achievement !== null && belongs(o, ind, code));
    if (siblings.length === 0) return;
    const ok = siblings.filter((o) => (o.evaluation.achievement as number) >= level).length;
    const e = ind.evaluation;
    const value = (100 * ok) / siblings.length;
    e.findings.push(issue('meta-indicator', 'info', { cell: ind.cells.result ?? undefined, received: `${ok}/${siblings.length}`, expected: `>= ${level}%` }));
    if (e.result.value !== null || e.target.value === null) return;
    e.result = { ...e.result, value, numerator: ok, denominator: siblings.length, unit: 'percent', source: 'ratio', token: `${ok}/${siblings.length}`, reason: 'metaindicator' };
    e.findings = e.findings.filter((x) => x.code !== 'result-ambiguous' && x.code !== 'unrecognized-result' && x.code !== 'missing-result');
    const a = attain(e.target, e.result, policy, null, ind.cells.result ?? undefined);
    if (a.raw === null) return;
    e.achievement = a.met ? Math.min(policy.cap, 100) : applyPolicy(a.raw, policy);
    e.status = a.met ? 'met' : 'shortfall';
    e.band = a.met ? 'met' : e.achievement >= policy.nearMiss ? 'near-miss' : 'shortfall';
    e.rule = a.rule;
    e.formula = a.formula;
  });
}

function belongs(o: IndicatorReport, meta: IndicatorReport, code: string | null): boolean {
  if (code === null) return o.objective === meta.objective;
  const oc = objectiveCode(o.objective, o.code);
  return oc !== null && (oc === code || oc.startsWith(code + '.'));
}
