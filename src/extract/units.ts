/** Units the extractor recognizes, by the dimension they measure. */
export type Unit =
  | 'km2' | 'sqmi' | 'ha' | 'acre'
  | 'km' | 'mi' | 'm' | 'yd' | 'ft' | 'inch' | 'cm' | 'mm'
  | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'minute'
  | 'GBP' | 'USD' | 'EUR' | 'UAH'
  | 'mph' | 'kmh' | 'knot'
  | 'percent'
  | 'degC' | 'degF' | 'degree';

export type Dimension = 'area' | 'distance' | 'time' | 'money' | 'speed' | 'ratio' | 'temperature';

export const UNIT_DIMENSION: Record<Unit, Dimension> = {
  km2: 'area', sqmi: 'area', ha: 'area', acre: 'area',
  km: 'distance', mi: 'distance', m: 'distance', yd: 'distance', ft: 'distance', inch: 'distance', cm: 'distance', mm: 'distance',
  hour: 'time', day: 'time', week: 'time', fortnight: 'time', month: 'time', year: 'time', minute: 'time',
  GBP: 'money', USD: 'money', EUR: 'money', UAH: 'money',
  mph: 'speed', kmh: 'speed', knot: 'speed',
  percent: 'ratio',
  degC: 'temperature', degF: 'temperature', degree: 'temperature',
};

/** Short labels used in normalized values. */
export const UNIT_LABEL: Record<Unit, string> = {
  km2: 'km²', sqmi: 'sq mi', ha: 'ha', acre: 'acres', km: 'km', mi: 'mi', m: 'm', yd: 'yd', ft: 'ft', inch: 'in', cm: 'cm', mm: 'mm',
  hour: 'hours', day: 'days', week: 'weeks', fortnight: 'fortnights', month: 'months', year: 'years', minute: 'minutes',
  GBP: '£', USD: '$', EUR: '€', UAH: '₴',
  mph: 'mph', kmh: 'km/h', knot: 'knots', percent: '%',
  degC: '°C', degF: '°F', degree: 'degrees',
};

const KM_PER_MI = 1.609344;
const KM2_PER_SQMI = KM_PER_MI * KM_PER_MI;
/** Size of each unit in its dimension's base unit (km², km). */
const TO_BASE: Partial<Record<Unit, number>> = { km2: 1, sqmi: KM2_PER_SQMI, ha: 0.01, acre: 0.00404686, km: 1, mi: KM_PER_MI, m: 0.001, yd: 0.0009144, ft: 0.0003048, inch: 0.0000254, cm: 0.00001, mm: 0.000001 };
/** Lengths of things (heights, depths, rainfall) rather than distances between places. */
export const SHORT_LENGTHS: ReadonlySet<Unit> = new Set<Unit>(['m', 'yd', 'ft', 'inch', 'cm', 'mm']);

const KM = '(?:kilomet(?:er|re)s?|kms?)';
const MI = '(?:miles?|mi)';
// Ordered: speeds before distances, so "miles an hour" and "m.p.h." are not read as miles and metres;
// area before distance, so "square miles" is not read as "miles".
const UNIT_PATTERNS: [RegExp, Unit][] = [
  // Temperatures: "44.6°C", "110 °F", "40 degrees Celsius", "minus 5 degrees"; a bare C or F only glued to the
  // number ("44.6C", "10F"), since "44 C" may be a row or a grade
  [/^(?:°\s?C\b|degrees?\s+(?:celsius|centigrade|C\b))/i, 'degC'],
  [/^(?:°\s?F\b|degrees?\s+(?:fahrenheit|F\b))/i, 'degF'],
  [/^(?:degrees?\b|°(?![\p{L}\d]))/iu, 'degree'],
  [new RegExp(`^(?:m\\.p\\.h\\.?|mph\\b|${MI}\\s+(?:an|per|a)\\s+hour\\b)`, 'i'), 'mph'],
  [new RegExp(`^(?:km\\/h\\b|kph\\b|k\\.p\\.h\\.?|${KM}\\s+(?:an|per|a)\\s+hour\\b)`, 'i'), 'kmh'],
  [/^knots?\b/i, 'knot'],
  [/^(?:%|per\s?cent\b|pct\b)/i, 'percent'],
  [new RegExp(`^(?:square|sq\\.?)\\s*${KM}|^${KM}\\s*(?:²|2\\b)|^${KM}\\s+squared`, 'i'), 'km2'],
  [new RegExp(`^(?:square|sq\\.?)\\s*${MI}\\b|^${MI}\\s*(?:²|2\\b)`, 'i'), 'sqmi'],
  [/^hectares?\b|^ha\b/i, 'ha'],
  [/^acres?\b/i, 'acre'],
  [new RegExp(`^${KM}\\b`, 'i'), 'km'],
  [new RegExp(`^${MI}\\b`, 'i'), 'mi'],
  [/^(?:met(?:er|re)s?|m)\b/i, 'm'],
  [/^(?:yards?|yds?\b\.?|yarder)\b/i, 'yd'],
  [/^(?:feet|foot|ft)\b/i, 'ft'],
  [/^(?:inch(?:es)?)\b/i, 'inch'],
  [/^(?:centimet(?:er|re)s?|cm)\b/i, 'cm'],
  [/^(?:millimet(?:er|re)s?|mm)\b/i, 'mm'],
  [/^(?:hours?|hrs?)\b/i, 'hour'],
  [/^(?:minutes?|mins?)\b/i, 'minute'],
  [/^days?\b/i, 'day'],
  [/^weeks?\b/i, 'week'],
  [/^fortnights?\b/i, 'fortnight'],
  [/^months?\b/i, 'month'],
  [/^years?\b/i, 'year'],
  [/^(?:pounds?(?: sterling)?|sterling)\b/i, 'GBP'],
  [/^(?:dollars?|usd)\b/i, 'USD'],
  [/^(?:cents?\b|¢)/i, 'USD'],
  [/^(?:euros?|eur)\b/i, 'EUR'],
  [/^(?:hryvnias?|hryvnia)\b/i, 'UAH'],
];

/** A unit read right after a number. */
export interface UnitMatch {
  unit: Unit;
  /** Characters consumed after the number, including the joining space or hyphen. */
  length: number;
  /** Written as "25-year-old" or "six-month-old": an age rather than a duration. */
  age: boolean;
  /** Written as a compound adjective: "three-week offensive", "six-month war". */
  compound: boolean;
  /** What the number is multiplied by in this unit: 0.01 for cents ("40 cents" is $0.40). */
  factor?: number;
}

// A duration may put one word between number and unit: "two consecutive months", "ten straight days".
const DURATION_ADJECTIVE = /^(?:consecutive|straight|successive|full|whole|long|more|additional|extra|further)\s+/i;

/** Reads the unit written right after a number ("6,000sqkm", "140 kilometers", "25-year-old"). */
export function readUnit(after: string): UnitMatch | undefined {
  const lead = /^[\s-]?/.exec(after)![0];
  const rest = after.slice(lead.length);
  // (a C or an F glued to its number: "44.6C", "10F", not "10Fs" or "4Chan")
  const glued = lead === '' ? /^[CF](?![\p{L}\d])/u.exec(rest) : null;
  if (glued) return { unit: glued[0] === 'C' ? 'degC' : 'degF', length: 1, age: false, compound: false };
  const adjective = lead === ' ' ? (DURATION_ADJECTIVE.exec(rest)?.[0] ?? '') : '';
  for (const [re, unit] of UNIT_PATTERNS) {
    const m = re.exec(rest) ?? (adjective ? re.exec(rest.slice(adjective.length)) : null);
    if (!m) continue;
    const skipped = m.input === rest ? 0 : adjective.length;
    if (skipped && UNIT_DIMENSION[unit] !== 'time') continue;
    const old = /^-old\b/i.exec(rest.slice(skipped + m[0].length));
    return {
      unit,
      length: lead.length + skipped + m[0].length + (old ? old[0].length : 0),
      age: Boolean(old),
      compound: lead === '-' && !old,
      ...(/^(?:cents?|¢)/i.test(m[0]) ? { factor: 0.01 } : {}),
    };
  }
  return undefined;
}

/** Converts between units of one dimension (area or distance); undefined when they do not convert. */
export function convert(value: number, from: Unit, to: Unit): number | undefined {
  const a = TO_BASE[from];
  const b = TO_BASE[to];
  if (a === undefined || b === undefined || UNIT_DIMENSION[from] !== UNIT_DIMENSION[to]) return undefined;
  return (value * a) / b;
}

/** A value in the units people compare it in: km² and sq mi for areas, km and mi for distances. */
export interface Normalized {
  km2?: number;
  sqmi?: number;
  km?: number;
  mi?: number;
  /** Short lengths (heights, depths, rainfall) in metres and feet. */
  m?: number;
  ft?: number;
}

export function normalize(value: number, unit: Unit): Normalized | undefined {
  const dim = UNIT_DIMENSION[unit];
  if (dim === 'area') return { km2: round(convert(value, unit, 'km2')!), sqmi: round(convert(value, unit, 'sqmi')!) };
  if (dim === 'distance' && SHORT_LENGTHS.has(unit)) return { m: round(convert(value, unit, 'm')!), ft: round(convert(value, unit, 'ft')!) };
  if (dim === 'distance') return { km: round(convert(value, unit, 'km')!), mi: round(convert(value, unit, 'mi')!) };
  return undefined;
}

/** "≈ 3,237 km² / 1,250 sq mi" */
export function formatNormalized(n: Normalized): string {
  if (n.km2 !== undefined) return `≈ ${fmt(n.km2)} km² / ${fmt(n.sqmi!)} sq mi`;
  if (n.km !== undefined) return `≈ ${fmt(n.km)} km / ${fmt(n.mi!)} mi`;
  if (n.m !== undefined) return `≈ ${fmt(n.m)} m / ${fmt(n.ft!)} ft`;
  return '';
}

/** The result of checking a conversion an outlet printed inside one sentence ("1,250 square miles (2,000 square kilometers)"). */
export interface ConversionCheck {
  ok: boolean;
  /** The two stated values. */
  stated: { value: number; unit: Unit }[];
  /** What each stated value is in the other's unit: [first in second's unit, second in first's unit]. */
  expected: [number, number];
  /** Why it fails, in plain words, when it does. */
  note?: string;
}

// Printed conversions are rounded; a few percent is rounding, more is a mistake.
const TOLERANCE = 0.03;

/** Checks that `a` and `b` are the same quantity in two units; undefined when they are not convertible. */
export function checkConversion(a: { value: number; unit: Unit }, b: { value: number; unit: Unit }): ConversionCheck | undefined {
  const aInB = convert(a.value, a.unit, b.unit);
  const bInA = convert(b.value, b.unit, a.unit);
  if (aInB === undefined || bInA === undefined || a.unit === b.unit) return undefined;
  const expected: [number, number] = [round(aInB), round(bInA)];
  if (Math.abs(aInB - b.value) / b.value <= TOLERANCE) return { ok: true, stated: [a, b], expected };
  const la = UNIT_LABEL[a.unit];
  const lb = UNIT_LABEL[b.unit];
  let note = `${fmt(b.value)} ${lb} is about ${fmt(expected[1])} ${la}, and ${fmt(a.value)} ${la} is about ${fmt(expected[0])} ${lb}`;
  if (UNIT_DIMENSION[a.unit] === 'area') {
    // A frequent slip: converting square units with the linear factor (1 mi = 1.609 km).
    const linear = a.unit === 'sqmi' || a.unit === 'km2' ? linearGuess(a, b) : false;
    if (linear) note += '; the outlet seems to have converted linear miles, not square miles';
  }
  return { ok: false, stated: [a, b], expected, note };
}

function linearGuess(a: { value: number; unit: Unit }, b: { value: number; unit: Unit }): boolean {
  const [km2, sqmi] = a.unit === 'km2' ? [a.value, b.unit === 'sqmi' ? b.value : NaN] : [b.unit === 'km2' ? b.value : NaN, a.value];
  return Math.abs(km2 / KM_PER_MI - sqmi) / sqmi <= TOLERANCE || Math.abs(sqmi * KM_PER_MI - km2) / km2 <= TOLERANCE;
}

function round(n: number): number {
  return n >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
}

/** 1234.5 → "1,234.5" (en-GB grouping, at most one decimal). */
export function fmt(n: number): string {
  // Hand-rolled: Intl formatting costs ~20 µs a call, too slow for answers that format dozens of values.
  const rounded = n >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
  const [int, dec] = String(Math.abs(rounded)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${dec ? `.${dec}` : ''}`;
}
