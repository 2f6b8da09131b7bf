import type { QuantityKind } from './figures.js';

/**
 * Concepts that many words stand for, so "land", "territory", "area" and "square miles" meet in one
 * place. Story-neutral: these are the ordinary ways news writes about quantities.
 */
const CONCEPTS: Record<string, string[]> = {
  territory: ['land', 'territory', 'territories', 'area', 'ground', 'square', 'sq', 'sqkm', 'sqmi', 'km²', 'km2', 'acre', 'hectare', 'size', 'region'],
  retaken: ['retake', 'retaken', 'retook', 'recapture', 'recaptured', 'liberate', 'liberated', 'liberation', 'regain', 'regained', 'reclaim', 'reclaimed', 'gain', 'gained', 'gains', 'freed', 'back', 'won', 'deoccupied', 'de-occupied', 'recover', 'recovered'],
  distance: ['far', 'distance', 'away', 'kilometer', 'kilometre', 'km', 'mile', 'mi', 'close', 'near', 'from', 'long'],
  troops: ['troop', 'soldier', 'servicemen', 'serviceman', 'servicemember', 'army', 'fighter', 'personnel', 'conscript', 'invader', 'occupier', 'men', 'guys'],
  people: ['people', 'person', 'resident', 'civilian', 'citizen', 'inhabitant', 'household', 'population', 'million', 'millions'],
  equipment: ['equipment', 'gear', 'tank', 'vehicle', 'weapon', 'hardware', 'materiel', 'armour', 'armor', 'artillery', 'unit', 'munition', 'ammunition', 'gun', 'rifle', 'aircraft', 'helicopter', 'drone', 'kit'],
  lost: ['lost', 'lose', 'losses', 'loss', 'loses', 'killed', 'dead', 'died', 'die', 'casualty', 'casualties', 'destroyed', 'toll', 'death', 'deaths'],
  trapped: ['trapped', 'trap', 'encircled', 'surrounded', 'stranded', 'cut', 'pocket', 'cauldron'],
  power: ['power', 'electricity', 'darkness', 'dark', 'blackout', 'blackouts', 'lights', 'outage', 'outages', 'powerless'],
  money: ['money', 'cost', 'costs', 'worth', 'pound', 'pounds', 'dollar', 'dollars', 'euro', 'euros', 'value', 'bn', 'billion', '£', '$', '€'],
  duration: ['long', 'days', 'day', 'week', 'weeks', 'hours', 'time', 'duration'],
  temperature: ['temperature', 'hot', 'hotter', 'hottest', 'heat', 'heatwave', 'cold', 'colder', 'coldest', 'warm', 'warmer', 'warmest', 'degree', 'celsius', 'fahrenheit', 'freezing'],
};

const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS)) for (const w of words) if (!CONCEPT_OF.has(w)) CONCEPT_OF.set(w, concept);

const STOP = new Set(
  'a an the of in on at to for by with and or but is are was were be been being has have had do does did how what which who whom whose where when why many much did say said says report reported reports according outlet outlets article articles story figure figures number numbers that this these those it its their there than more each every all any some about over into as from up'.split(' '),
);

/** A word folded for matching: lower case, apostrophes and plural endings dropped. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s?$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/**
 * A spelling-tolerant key for names: consonants only after the first letter, y as i, doubles
 * collapsed ("Izyum" and "Izium", "Kharkiv" and "Kharkov" meet).
 */
export function skeleton(word: string): string {
  const w = word.toLowerCase().replace(/y/g, 'i').replace(/(.)\1+/g, '$1');
  return w[0] + w.slice(1).replace(/[aeiouv]/g, '');
}

/** Words of a text, stemmed, without stop words. */
export function contentWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}²£$€-]+/gu) ?? []).map((w) => w.replace(/^-+|-+$/g, '')).filter((w) => w && !STOP.has(w.toLowerCase())).map(stem);
}

/** The concepts a text's words stand for ("land", "square miles" → territory). */
export function conceptsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}²£$€-]+/gu) ?? []) {
    const c = CONCEPT_OF.get(raw) ?? CONCEPT_OF.get(stem(raw));
    if (c) out.add(c);
  }
  return out;
}

const EVENTS: [RegExp, string][] = [
  [/\b(?:darkness|blackouts?|without (?:power|electricity)|lost power|power cuts?|outages?)\b/i, 'without power'],
  [/\b(?:trapped|encircled|surrounded|stranded|cut off)\b/i, 'trapped'],
  [/\b(?:killed|killing|dead|died|deaths?|death toll|fatalities)\b/i, 'killed'],
  [/\b(?:lost|lose|loses|losses|casualties)\b/i, 'lost'],
  // Outlets tell one evacuation many ways: "evacuated", "moved out of their homes", "spent the night in a
  // shelter". Every way must meet in one group, or a comparison sees one outlet where there are three.
  [/\b(?:evacuat\w*|(?:out of|from) (?:their|his|her) homes?|(?:in|to|into|at) (?:an? |the )?(?:[\p{L}-]+ )?(?:shelters?|rest cent(?:re|er)s?)|displaced|homeless|rehoused)\b/iu, 'evacuated'],
  [/\b(?:rescued|pulled|saved)\b/i, 'rescued'],
  [/\b(?:damaged|destroyed|wrecked)\b/i, 'damaged'],
  [/\b(?:flood(?:ed|ing|s)?|under water|underwater|submerged|inundated)\b/i, 'flooded'],
  [/\b(?:captured|seized)\b/i, 'captured'],
  [/\b(?:abandoned|left behind)\b/i, 'abandoned'],
  [/\b(?:injur(?:ed|ing|ies|y)|wound(?:ed|ing)|hurt)\b/i, 'injured'],
];
/** Words for taking land (back): a figure of area near them measures territory retaken. */
export const RETAKE_WORDS = String.raw`recaptur\w*|retak\w*|retook|liberat\w*|regain\w*|reclaim\w*|took (?:land |territory )?back|taken back|won back|freed|de-?occup\w*|gain(?:ed|s)?|captur\w*|seized`;
export const RETAKE_RE = new RegExp(`\\b(?:${RETAKE_WORDS})\\b`, 'i');
const TERRITORY_RE = /\b(?:territor\w*|land|ground)\b/i;

const HEAD_CLASS: [RegExp, string][] = [
  [/\b(?:soldiers?|troops?|servicem[ae]n|servicemembers?|fighters?|personnel|conscripts?|invaders?|occupiers?|forces)\b/i, 'troops'],
  // "Men" and "women" are people, not troops: "a jury of seven men and five women" counts one jury.
  [/\b(?:people|persons?|residents?|civilians?|citizens?|inhabitants?|refugees?|m[ae]n|wom[ae]n|guys|children|population|families)\b/i, 'people'],
  [/\b(?:homes?|houses?|households?|buildings?|properties|dwellings?)\b/i, 'homes'],
  [/\b(?:equipment|tanks?|vehicles?|weapons?|gear|guns?|rifles?|artillery|aircraft|helicopters?|drones?|munitions?|ammunition|hardware|armou?r|kit)\b/i, 'equipment'],
];

/** What sort of thing a noun phrase counts: "troops", "people", "homes", "equipment", or undefined. */
export function headClass(measure: string): string | undefined {
  return HEAD_CLASS.find(([re]) => re.test(measure))?.[1];
}

/**
 * The group a figure belongs to, from what it measures: "territory retaken", "equipment lost",
 * "troops trapped", "distance", "people without power"... Figures of one group are compared across outlets.
 */
export function topicOf(kind: QuantityKind, measure: string, sentence: string, context = sentence): string {
  switch (kind) {
    case 'area':
    case 'comparison':
      if (RETAKE_RE.test(sentence) || TERRITORY_RE.test(measure)) return 'territory retaken';
      return kind === 'area' ? withEvent('area', context) : 'comparison';
    case 'distance': {
      // Lengths that are not between places: "120 feet high", "6 to 8 feet of water", "4 inches of rain".
      const dim = /^(high|tall|deep|long|wide)\b/i.exec(measure)?.[1].toLowerCase();
      if (dim) return { high: 'height', tall: 'height', deep: 'depth', long: 'length', wide: 'width' }[dim]!;
      const of = /^of\s+([\p{L}-]+)/iu.exec(measure)?.[1];
      return of ? stem(of) : 'distance';
    }
    case 'money':
      return 'money';
    case 'percent':
      return 'percent';
    case 'speed':
      return 'speed';
    case 'temperature':
      return 'temperature';
    case 'time':
      return 'duration';
    case 'date':
      return 'dates';
    case 'age':
      return 'ages';
    case 'tally':
      return measure;
    default: {
      const head = headClass(measure);
      if (head) return withEvent(head, context);
      // A bare large count with no noun ("plunged nine million into darkness") counts people.
      if (!measure || /^(?:people|into|in|out|from)\b/i.test(measure)) return withEvent('people', context);
      const words = contentWords(measure);
      const noun = words.find((w, i) => i > 0 && measure.toLowerCase().includes(`${w}s`)) ?? words[0];
      return noun ? withEvent(noun, context) : 'count';
    }
  }
}

/**
 * What happened, in the words a text uses for it, and the group name for it: "lost power" and "plunged into
 * darkness" are both "without power". A question is read with the same table as the figures, so that its words
 * for the event meet the figure's.
 */
export function eventOf(text: string): { event: string; words: string } | undefined {
  for (const [re, event] of EVENTS) {
    const m = re.exec(text);
    if (m) return { event, words: m[0] };
  }
  return undefined;
}

function withEvent(head: string, sentence: string): string {
  const event = eventOf(sentence)?.event;
  // An event like "lost power" reads "people without power"; a loss of equipment reads "equipment lost".
  return event ? `${head} ${event}` : head;
}

/** Words that go with each topic, for matching a question to it and for autocomplete. */
export function topicConcepts(topic: string): Set<string> {
  const out = conceptsOf(topic);
  if (topic === 'territory retaken') out.add('territory').add('retaken');
  if (topic.endsWith('without power')) out.add('power');
  return out;
}

export { STOP as TOPIC_STOP_WORDS };
