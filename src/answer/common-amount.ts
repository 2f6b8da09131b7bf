import type { Figure } from '../extract/figures.js';
import { UNIT_DIMENSION, UNIT_LABEL } from '../extract/units.js';

/** A figure as one number in its dimension's common unit, so figures written in different units line up. */
export interface CommonAmount {
  value: number;
  /** "km²" for areas, "km" for distances, the currency or time unit's label, "" for a plain count. */
  unit: string;
}

/**
 * The figure in the unit outlets are compared in: areas in km², distances in km, a range at its midpoint (an
 * outlet saying "20,000 – 30,000" is best represented by neither end). Undefined for what has no comparable number:
 * vague amounts ("hundreds of square miles"), comparisons ("twice the area of Greater London"), dates and ages.
 */
export function commonAmount(f: Figure): CommonAmount | undefined {
  if (f.value === undefined || f.kind === 'comparison' || f.kind === 'date' || f.kind === 'age') return undefined;
  const dimension = f.unit ? UNIT_DIMENSION[f.unit] : undefined;
  if (dimension === 'area')
    return f.normalized?.km2 !== undefined ? { value: f.normalized.km2, unit: 'km²' } : undefined;
  if (dimension === 'distance') {
    if (f.normalized?.km !== undefined) return { value: f.normalized.km, unit: 'km' };
    return f.normalized?.m !== undefined ? { value: f.normalized.m / 1000, unit: 'km' } : undefined;
  }
  const value = f.high !== undefined ? (f.value + f.high) / 2 : f.value;
  return { value, unit: f.unit ? UNIT_LABEL[f.unit] : '' };
}
