import { INTENTS, understand, type Intent, type Query } from '../src/index.js';
import { VIEW_LABELS, type ViewName } from '../src/present/index.js';

/*
 * What a button or menu under an answer carries. A press may come after a restart, to another instance, so a
 * component carries everything needed to answer it again (the question, or the understood query, and what was
 * pressed), never a handle into memory. Answering is deterministic over the same corpus, so the answer a press
 * re-derives is the answer it was shown under.
 */

/** The answer a component belongs to: the question as asked, or the query a command built. */
export type AnswerTarget = { question: string } | { query: Query };

export type ComponentAction =
  { kind: 'view'; view: ViewName; target: AnswerTarget } | { kind: 'vote'; vote: 'up' | 'down'; target: AnswerTarget };

/** Every id this bot writes starts so; anything else is not ours. */
export const ACTION_PREFIX = 'sb1';
/** The suggestions menu's id; the option picked is the question. */
export const ASK_MENU_ID = `${ACTION_PREFIX}|ask`;

/** The slots of each intent's query, in the order an id carries them. */
const SLOTS: Readonly<Record<Intent, readonly string[]>> = {
  help: [],
  who_said: ['quote'],
  what_said: ['person'],
  who_quoted: ['person', 'quote'],
  told_to: ['person'],
  who_is: ['person'],
  byline: ['article'],
  outlets: [],
  overview: [],
  people: [],
  outlet_ranking: [],
  figure_source: ['figure'],
  outlet_figures: ['outlet', 'topic'],
  figure_topic: ['topic', 'outlet'],
  compare: ['topic'],
  search: ['text'],
};

const SEP = '|';
// A separator inside a slot would split it; this look-alike keeps the words readable and is never a separator.
const clean = (s: string) => s.replaceAll(SEP, '¦').replace(/\s+/g, ' ').trim();

/** The target an answer to `question` gets: the question itself (re-asked as asked). */
export function questionTarget(question: string): AnswerTarget {
  return { question };
}

function head(action: ComponentAction): string {
  return action.kind === 'view'
    ? `${ACTION_PREFIX}${SEP}v${SEP}${action.view}`
    : `${ACTION_PREFIX}${SEP}f${SEP}${action.vote}`;
}

/** Slot values cut to fit `room`, longest first, at a word. */
function fitSlots(values: string[], room: number): string[] {
  const out = [...values];
  const total = () => out.reduce((n, v) => n + v.length, 0) + out.length;
  while (total() > room) {
    const i = out.reduce((best, v, j) => (v.length > out[best].length ? j : best), 0);
    const v = out[i];
    if (!v) break;
    const cut = v.lastIndexOf(' ', v.length - 1);
    out[i] = cut > 0 ? v.slice(0, cut) : v.slice(0, Math.max(0, v.length - (total() - room)));
  }
  return out;
}

/**
 * The id for a component, at most `max` characters (Discord's custom_id holds 100, Slack's value 2000). A
 * question that does not fit is carried as its understood query instead, its words cut to fit.
 */
export function encodeAction(action: ComponentAction, max: number): string {
  const prefix = head(action);
  const t = action.target;
  if ('question' in t) {
    const asked = `${prefix}${SEP}q${SEP}${clean(t.question)}`;
    if (asked.length <= max) return asked;
    return encodeAction({ ...action, target: { query: understand(t.question) } }, max);
  }
  const q = t.query as Record<string, unknown>;
  const base = `${prefix}${SEP}c${SEP}${t.query.intent}`;
  const slots = SLOTS[t.query.intent].map((name) => clean(typeof q[name] === 'string' ? (q[name] as string) : ''));
  const fitted = fitSlots(slots, Math.max(0, max - base.length));
  return [base, ...fitted].join(SEP).slice(0, max);
}

/** The action an id stands for, or undefined when it is not one of ours or is malformed. */
export function decodeAction(id: string): ComponentAction | undefined {
  const parts = id.split(SEP);
  if (parts[0] !== ACTION_PREFIX) return undefined;
  const [, kind, what, form, ...rest] = parts;
  const target = decodeTarget(form, rest);
  if (!target) return undefined;
  if (kind === 'v' && Object.hasOwn(VIEW_LABELS, what)) return { kind: 'view', view: what as ViewName, target };
  if (kind === 'f' && (what === 'up' || what === 'down')) return { kind: 'vote', vote: what, target };
  return undefined;
}

function decodeTarget(form: string | undefined, rest: string[]): AnswerTarget | undefined {
  if (form === 'q') return { question: rest.join(SEP) };
  if (form !== 'c') return undefined;
  const [intent, ...values] = rest;
  if (!(INTENTS as readonly string[]).includes(intent)) return undefined;
  const slots = SLOTS[intent as Intent];
  const query: Record<string, string> = { intent };
  slots.forEach((name, i) => {
    if (values[i]) query[name] = values[i];
  });
  // Required slots (all but the optional second of who_quoted, outlet_figures, figure_topic) must be present.
  const required = intent === 'who_quoted' ? [] : slots.slice(0, 1);
  if (required.some((name) => !query[name])) return undefined;
  if (intent === 'who_quoted' && !query.person && !query.quote) return undefined;
  return { query: query as unknown as Query };
}

/** The question a target stands for, for a vote's record and a view's title. */
export function targetQuestion(target: AnswerTarget): string {
  if ('question' in target) return target.question;
  const q = target.query as Record<string, unknown>;
  const slots = SLOTS[target.query.intent].map((n) => q[n]).filter((v): v is string => typeof v === 'string');
  return [`/${target.query.intent}`, ...slots].join(' ');
}
