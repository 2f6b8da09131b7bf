import type { DroppedLine } from './article.js';
import { fold } from './text-shape.js';

/*
 * What the dropped debris says about the article itself: the author's bio names the byline,
 * a syndication or newsletter note names the outlet, a "Sources:" footer lists the sources.
 * Front matter always wins over this evidence; the cleaner only fills gaps.
 */

export interface Evidence {
  outlet?: string;
  byline?: string;
  sources: string[];
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|and|&))*?`;
const END = String.raw`(?=\s+(?:and|on|in|where|under|with)\b|\s*[,.;:)]|\s*$)`;

// "… for the Town Times, where this first appeared": said in author bios and syndication notes alike.
const FIRST_APPEARED = new RegExp(String.raw`\bfor (?:the )?(${NAME}), where this (?:article |story )?(?:first|originally) appeared`, 'u');

const OUTLET_PATTERNS: Record<string, RegExp[]> = {
  'author-bio': [FIRST_APPEARED],
  'syndication-note': [
    new RegExp(String.raw`\b(?:appeared|published|ran) (?:first |originally )?(?:in|on|by) (?:the )?(${NAME})${END}`, 'u'),
    FIRST_APPEARED,
    new RegExp(String.raw`\bfrom (?:the )?(${NAME})${END}`, 'u'),
  ],
  newsletter: [new RegExp(String.raw`\bfrom (?:the )?(${NAME}),? (?:sign up|subscribe)\b`, 'u')],
};

// Stronger evidence first: a republishing note names the outlet outright, a newsletter pitch only implies it.
const OUTLET_RULES = ['syndication-note', 'author-bio', 'newsletter'];

const PERSON = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|van|von|der)){1,3}`;
const BYLINE_PATTERNS: Record<string, RegExp> = {
  'byline-line': new RegExp(String.raw`^by\s+(${PERSON}(?:\s+(?:and|&)\s+${PERSON})?)`, 'iu'),
  'author-bio': new RegExp(String.raw`^(${PERSON}) is an? `, 'u'),
};

export function gatherEvidence(dropped: readonly DroppedLine[]): Evidence {
  const evidence: Evidence = { sources: [] };
  for (const rule of OUTLET_RULES) {
    for (const line of dropped.filter((d) => d.rule === rule)) {
      const name = OUTLET_PATTERNS[rule].map((p) => p.exec(line.text)?.[1]).find(Boolean);
      if (name && !evidence.outlet) evidence.outlet = outletName(name);
    }
  }
  for (const [rule, pattern] of Object.entries(BYLINE_PATTERNS)) {
    const line = dropped.find((d) => d.rule === rule && pattern.test(d.text));
    if (line && !evidence.byline) evidence.byline = pattern.exec(line.text)![1].trim();
  }
  for (const line of dropped.filter((d) => d.rule === 'sources-line')) evidence.sources.push(...(sourcesListed(line.text) ?? []));
  return evidence;
}

/**
 * An outlet's name, read from a note's sentence, without that sentence's punctuation. Why: a note such as
 * "This story ran in the Daily Lantern." ends its sentence with the name, and the full stop (or a comma,
 * semicolon, colon) belongs to the sentence, not the outlet; kept, answers print "Daily Lantern.." after their
 * own full stop. An initialism keeps its last period ("Radio Q.R.S."): there the period is part of the word.
 * "!" and "?" stay: they end names ("Hello Town!") more often than they end syndication notes.
 */
export function outletName(raw: string): string {
  const name = raw.trim().replace(/[\s,;:]+$/, '');
  const last = name.split(/\s+/).pop() ?? '';
  // "Q.R.S." is an initialism; "Lantern." is a word followed by a full stop.
  if (/^(?:\p{L}\.){2,}$/u.test(last)) return name;
  return name.replace(/\.+$/, '').replace(/[\s,;:]+$/, '');
}

/** The items of a "Sources: A, B; C." line, or undefined when the line is no such list. */
export function sourcesListed(line: string): string[] | undefined {
  return /^sources?\s*:\s*(.+)$/i.exec(line)?.[1].replace(/\.$/, '').split(/\s*[,;]\s*/);
}

/** Sources with quotes stripped, blanks removed, and repeats (by folded spelling) dropped; first spelling wins. */
export function mergeSources(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of lists.flat()) {
    const source = raw.trim().replace(/^["“”‘’'«»]+|["“”‘’'«»]+$/g, '').trim();
    const key = fold(source).replace(/^the /, '');
    if (!source || seen.has(key)) continue;
    seen.add(key);
    out.push(source);
  }
  return out;
}
