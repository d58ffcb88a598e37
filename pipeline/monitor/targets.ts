// The targets of classification.md §6, read from schemas/targets.json (or a user's file) and
// checked once, so that the monitor can trust their shape.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../db/sql-file.js';
import { UserError } from '../user-error.js';

/** The classification columns a metric may filter on; each monitor_counts row carries all of them. */
export const phaseKeys = ['categorie', 'fase', 'duur', 'officieel', 'passend_aanbod'] as const;
/** The breakdowns of monitor_counts; a metric may name at most one of them. */
export const dimensionKeys = ['sector', 'kwalificatieplichtig', 'artikel', 'signaal', 'reden', 'traject_soort', 'brin', 'leeftijd'] as const;

export interface Target {
  id: string;
  naam: string;
  /**
   * A published figure's id (pipeline/monitor/figures.sql), e.g. 'officieel': the target measures
   * exactly that figure; or a filter over the monthly counts, e.g. { fase: '3', officieel: 'ja' }.
   */
  metric: string | Record<string, string>;
  /** YYYY-MM, or null: the earliest stored month (README "Regels"). */
  baseline: string | null;
  reductionPerYear?: number;
  reductionOverPeriod?: number;
  /** YYYY-MM, with reductionOverPeriod only: the month by which the reduction is reached (§6). */
  endMonth?: string;
  fixedValue?: number;
}

export const defaultTargetsFile = path.join(projectRoot, 'schemas/targets.json');

export function loadTargets(file: string = defaultTargetsFile): Target[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`doelenbestand ${file} is niet te lezen (${reason})`, `cannot read targets file ${file} (${reason})`);
  }
  return parseTargets(json, file);
}

export function parseTargets(json: unknown, source = 'targets'): Target[] {
  const list = (json as { targets?: unknown })?.targets;
  const fail = (nl: string, en: string): never => {
    throw new UserError(`${source}: ${nl}`, `${source}: ${en}`);
  };
  if (!Array.isArray(list)) fail('"targets" ontbreekt of is geen lijst', '"targets" is missing or not a list');
  const seen = new Set<string>();
  return (list as Record<string, unknown>[]).map((t, i) => {
    const id = typeof t?.id === 'string' && t.id !== '' ? t.id : fail(`doel ${i + 1} heeft geen id`, `target ${i + 1} has no id`);
    if (seen.has(id)) fail(`doel '${id}' komt twee keer voor`, `target '${id}' appears twice`);
    seen.add(id);
    const metric = t.metric as string | Record<string, unknown>;
    if (typeof metric === 'string') {
      if (metric === '') fail(`doel '${id}' heeft een lege metric`, `target '${id}' has an empty metric`);
    } else if (typeof metric !== 'object' || metric === null) fail(`doel '${id}' heeft geen metric`, `target '${id}' has no metric`);
    const keys = typeof metric === 'string' ? [] : Object.keys(metric);
    const unknown = keys.filter((k) => !(phaseKeys as readonly string[]).includes(k) && !(dimensionKeys as readonly string[]).includes(k));
    if (unknown.length > 0) fail(`doel '${id}': onbekend metric-veld ${unknown.join(', ')}`, `target '${id}': unknown metric field ${unknown.join(', ')}`);
    if (keys.filter((k) => (dimensionKeys as readonly string[]).includes(k)).length > 1) {
      fail(`doel '${id}': hooguit één uitsplitsing per metric`, `target '${id}': at most one breakdown per metric`);
    }
    if (keys.some((k) => typeof (metric as Record<string, unknown>)[k] !== 'string')) fail(`doel '${id}': metric-waarden zijn tekst`, `target '${id}': metric values must be strings`);
    const baseline = t.baseline ?? null;
    if (baseline !== null && (typeof baseline !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(baseline))) {
      fail(`doel '${id}': baseline is JJJJ-MM of null`, `target '${id}': baseline must be YYYY-MM or null`);
    }
    const kinds = (['reductionPerYear', 'reductionOverPeriod', 'fixedValue'] as const).filter((k) => t[k] !== undefined);
    if (kinds.length !== 1) fail(`doel '${id}': precies één van reductionPerYear, reductionOverPeriod, fixedValue`, `target '${id}': exactly one of reductionPerYear, reductionOverPeriod, fixedValue`);
    const value = t[kinds[0]];
    const isReduction = kinds[0] !== 'fixedValue';
    if (typeof value !== 'number' || value < 0 || (isReduction && value >= 1)) {
      fail(`doel '${id}': ${kinds[0]} is een getal${isReduction ? ' van 0 tot 1' : ' >= 0'}`, `target '${id}': ${kinds[0]} must be a number${isReduction ? ' from 0 to below 1' : ' >= 0'}`);
    }
    const endMonth = t.endMonth;
    if (kinds[0] === 'reductionOverPeriod' && (typeof endMonth !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(endMonth))) {
      fail(`doel '${id}': reductionOverPeriod vraagt een endMonth JJJJ-MM`, `target '${id}': reductionOverPeriod needs an endMonth YYYY-MM`);
    }
    if (kinds[0] !== 'reductionOverPeriod' && endMonth !== undefined) {
      fail(`doel '${id}': endMonth hoort alleen bij reductionOverPeriod`, `target '${id}': endMonth belongs to reductionOverPeriod only`);
    }
    return {
      id,
      naam: typeof t.naam === 'string' ? t.naam : id,
      metric: metric as Target['metric'],
      baseline: baseline as string | null,
      [kinds[0]]: value,
      ...(endMonth === undefined ? {} : { endMonth }),
    } as Target;
  });
}
