// Who said what on real newspaper text, scored by the shared scorer against hand-labelled gold (issue 10's
// "Done when"). The public sample is held to the issue-10 bar. The held-out sets are not there yet, so each is held
// to a regression floor of its own: a change that loses ground on any of them fails CI, and the floors only move up.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availableGoldSets, SCORER, scoreAttribution } from '../../bench/attribution.js';

/** What a set must reach: recall and speaker precision overall, per kind (direct = direct + mixed), spurious share. */
interface Bar {
  recall: number;
  precision: number;
  direct: { recall: number; precision: number };
  indirect: { recall: number; precision: number };
  /** Spurious statements as a share of those found. */
  spurious: number;
}

/** Issue 10's "Done when": the bar every set is meant to reach. */
const ISSUE_10_BAR: Bar = { recall: 90, precision: 90, direct: { recall: 97, precision: 95 }, indirect: { recall: 80, precision: 85 }, spurious: 0.1 };

/**
 * Regression floors for the held-out sets, measured 2026-12-02 (set at the measured numbers rounded down by one to
 * two points); the target is the issue-10 bar. Raise a floor when a general rule lifts its set; never tune to a set
 * to pass one (these are the held-out measure of how attribution generalises to articles nobody tuned for).
 * Raised after the reported-speech rules (judgements, report nouns, asides, reports in quotations): Brown's reported
 * speech went 57.3/86.3 to 92.1/87.8, Brown 2's 45.2/63.2 to 52.4/63.6. Brown 2's spurious share went 0.32 to 0.38
 * (15 of 47 found to 19 of 50) with them, so its spurious floor moved from 0.36 to 0.39: the only floor that moved down.
 */
const HELD_OUT_FLOORS: Record<string, Bar> = {
  // speaker precision raised after the speaker rules (turns, epithets, family names, feature verbs): measured 93.1,
  // direct 95.7, indirect 90.2
  // After the opinion-prose rules (records that show, advocacy with a preposition, lead-in nouns): indirect 93.3/90.4
  // After the speaker rules of 2026-12-02 (parenthesised labels, company suffixes, a bare surname doing what people do):
  // 93.6, 93.2, direct 93.9/95.7, indirect 93.3/90.4, spurious 7.
  // After the feature-prose speaker and thought-verb rules merged 2026-12-03: 93.6, 93.8, indirect 93.3/91.6.
  // After the opinion-prose quotation rules of 2026-12-04 (a given name alone is a person, words quoted in a sentence
  // about their speaker; made on Brown 7, Brown 3 and Brown 2): 93.6, 94.9, direct 93.9/96.8, indirect 93.3/92.8.
  'Brown (held out)': { recall: 92.5, precision: 94, direct: { recall: 92.5, precision: 95.5 }, indirect: { recall: 92, precision: 91.5 }, spurious: 0.05 },
  // After the speaker rules of 2026-12-02 (never tuned on it): 70.4, 66.0, direct 96.6/67.9, indirect 52.4/63.6, spurious 19.
  // After the feature-prose speaker rules (a leading clause with no comma; made on invented paragraphs and Brown dev 2,
  // never tuned on this set): 70.4, 68.0, direct 96.6/67.9, indirect 52.4/68.2, spurious 19.
  // With the thought-verb rules (WordNet verb.cognition with a that clause, verb chains; never tuned on this set): 71.8,
  // 72.5, direct 96.6/67.9, indirect 54.8/78.3, spurious 19.
  // Studied since 2026-12-03 (its rows read to find general causes, once Brown 5 took over as the blind measure of
  // features and opinion prose): the cleaning rule for parenthesised asides, the reported-speech rules of 2026-12-03
  // (passive listeners, expectations, thought asides, negated beliefs): 76.1, 74.1, direct 96.6/67.9, indirect
  // 61.9/80.8, spurious 19.
  // Merged 2026-12-03 (third round): 84.5, 76.7, direct 96.6/67.9, indirect 76.2/84.4, spurious 8 of 60 found.
  // After the reported-speech recall rules of 2026-12-04 (reported7: recounted scenes, relative clauses that report,
  // report nouns with a listener or an aside, held views, hyphened subjects): 85.9, 80.3, direct 96.6/75.0, indirect
  // 78.6/84.8, spurious 8.
  // After the opinion-prose quotation rules of 2026-12-04: 84.5, 81.7, direct 96.6/78.6, indirect 76.2/84.4, spurious 8.
  // Both merged 2026-12-04: 85.9, 82.0, direct 96.6/78.6, indirect 78.6/84.8, spurious 8.
  'Brown 2 (studied)': { recall: 84.5, precision: 81, direct: { recall: 95, precision: 77.5 }, indirect: { recall: 77.5, precision: 83.5 }, spurious: 0.15 },
  // Measured 2026-12-02 when the set was made: recall 65.8, precision 49.0, direct 90.1/42.2, indirect 44.4/61.1,
  // spurious 25 of 100 found. After the reported-speech rules (never tuned on it): 70.4, 53.3, direct 91.5/44.6,
  // indirect 51.9/66.7, spurious 29 of 107 found, so its spurious floor moved from 0.27 to 0.29 with the recall.
  // After the writer's-voice rules (src/extract/writer-voice.ts, made on Brown dev, never tuned on this set): 70.4,
  // 53.3, spurious 27 of 107 found, so the spurious floor moved from 0.29 to 0.27.
  // After the opinion-prose rules (made on Brown dev and invented paragraphs, never tuned on this set): 72.4, 55.5,
  // direct 93.0/47.0, indirect 54.3/68.2, spurious 26.
  // After the reported-speech rules of 2026-12-02 (relative reports, agentless reports from WordNet): 73.0, 55.9,
  // direct 93.0/47.0, indirect 55.6/68.9, spurious 26.
  // After the feature-prose speaker rules ("is the way the prince puts it" among them; never tuned on this set): 73.0,
  // 56.8, direct 93.0/48.5, indirect 55.6/68.9, spurious 26.
  // Studied since 2026-12-03, as Brown 2. After the rules merged that day (words quoted from a writing are the
  // writing's, "the following" names no one, thought asides, negated beliefs): 74.3, 61.1, direct 93.0/53.0, indirect
  // 58.0/72.3, spurious 26.
  // Merged 2026-12-03 (third round: agentless reports, a mixed quote's speaker from its reporting clause): 78.3, 71.4,
  // direct 91.5/66.2, indirect 66.7/77.8, spurious 16 of 119 found.
  // After the reported-speech recall rules of 2026-12-04 (reported7): 79.6, 76.0, direct 91.5/73.8, indirect 69.1/78.6,
  // spurious 16.
  // After the opinion-prose quotation rules of 2026-12-04: 78.3, 79.0, direct 91.5/80.0, indirect 66.7/77.8, spurious 16.
  // Both merged 2026-12-04: 79.6, 79.3, direct 91.5/80.0, indirect 69.1/78.6, spurious 16.
  // After the merges of the evening of 2026-12-04 (reported9, mixed9, told10): 81.6, 87.9, direct 91.5/90.8, indirect 72.8/84.7.
  'Brown 3 (studied)': { recall: 80.5, precision: 86.5, direct: { recall: 90, precision: 89.5 }, indirect: { recall: 71.5, precision: 83.5 }, spurious: 0.15 },
  // News reportage (grand jury, legislature, courts, city and state government, a campaign), labelled blind before the
  // bot ran on it. Measured 2026-12-02 when the set was made: recall 86.4, precision 87.0, direct 94.9/85.1, indirect
  // 72.3/91.2, spurious 4 of 108 found. Floors about 2 points under.
  // After the clause-frame rules (connective outside the report, attribution in the middle, passive with its agent),
  // made from its failure patterns described in general terms and tested on invented text: 88.8, 88.3, direct
  // 94.9/86.5, indirect 78.7/91.9, spurious 4. Since then it is no longer blind.
  // After the feature-prose speaker rules (a person named in passing is a person of the article, among them): 88.8,
  // 90.1, direct 94.9/87.8, indirect 78.7/94.6, spurious 4.
  // Both merged 2026-12-03: 88.8, 91.9, direct 94.9/89.2, indirect 78.7/97.3, spurious 4.
  // Merged 2026-12-03 (second round): 92.0, 92.2, direct 94.9/89.2, indirect 87.2/97.6, spurious 4.
  // After the opinion-prose quotation rules of 2026-12-04: 92.0, 96.5, direct 94.9/95.9, indirect 87.2/97.6, spurious 3.
  'Brown 4 (held out)': { recall: 90.5, precision: 95.5, direct: { recall: 93, precision: 95 }, indirect: { recall: 85.5, precision: 95.5 }, spurious: 0.06 },
  // News reportage with columns, an editorial and a letter (a spy hearing, a trial, city hall, Soviet broadcasts after
  // colon lead-ins, nested statements, described and agentless speakers), labelled blind before the bot ran on it.
  // Measured 2026-12-03 on its first run: recall 62.1, precision 75.0, direct 91.9/67.6, indirect 45.5/83.3,
  // spurious 9 of 64 found (0.14). Floors one to two points under.
  // Studied since the afternoon of 2026-12-03, when Brown 6 and Brown 7 took over as the blind measures. After the
  // agentless-report and clause-level reported-speech rules merged that day: 74.8, 80.5, direct 91.9/67.6, indirect
  // 65.2/90.7, spurious 8 of 77 found.
  // After the reported-speech recall rules of 2026-12-04 (reported7): 78.6, 93.8, direct 91.9/97.1, indirect 71.2/91.5,
  // spurious 6.
  // After the merges of the evening of 2026-12-04 (reported9, mixed9, told10): 80.6, 94.0, direct 91.9/97.1, indirect 74.2/91.8.
  'Brown 5 (studied)': { recall: 79.5, precision: 93, direct: { recall: 90, precision: 95.5 }, indirect: { recall: 73, precision: 90.5 }, spurious: 0.13 },
  // Foreign affairs, state politics columns, sports, society and gossip columns, a feature, a magazine essay and report
  // (institutions and agentless sources, requests, nested statements, many scare quotes), labelled blind before the bot
  // ran on it. Measured 2026-12-03 on its first run (main at 223193e): recall 56.7, precision 67.8, direct 84.2/56.3,
  // indirect 40.9/81.5, spurious 22 of 59 found (0.37). Floors one to two points under.
  // After the merges of 2026-12-04 (reported-speech recall and opinion-prose rules, made on studied sets; never read):
  // 58.7, 70.5, direct 84.2/56.3, indirect 43.9/86.2, spurious 18.
  // After the agentless report-noun rule (reported8, made on Brown 7): 59.6, 69.4, direct 86.8/54.5, indirect 43.9/86.2:
  // one more row found, with a speaker the gold does not accept (direct precision at its floor, 18 of 33).
  'Brown 6 (held out)': { recall: 57.5, precision: 69, direct: { recall: 82.5, precision: 54.5 }, indirect: { recall: 42.5, precision: 84.5 }, spurious: 0.39 },
  // Category B editorials, letters, a story column and a magazine's reviews (documents and reports as speakers, a letter's
  // "you" for the paper, agentless sources, beliefs and findings, orders, quoted words with no speech verb, story
  // dialogue, many titles and scare quotes), labelled blind before the bot ran on it. Measured 2026-12-03 on its first
  // run (main at 1a38c1b): recall 60.4, precision 40.6, direct 88.5/32.6, indirect 33.3/61.1, spurious 35 of 64 found
  // (0.55). Floors one to two points under.
  // Raised 2026-12-03 (evening) after the opinion-prose speaker rules and the addressee rules: brown-2 precision 80.0
  // (direct 75.0), brown-3 75.6 (73.8), brown-4 95.7 (94.6), brown-5 93.5 (97.1), brown-7 61.3/43.1 (indirect 35.2/63.2).
  // Studied from 2026-12-04. After the reported-speech recall rules that day (reported7): 66.0, 45.7, direct 88.5/34.8,
  // indirect 44.4/66.7, spurious 34.
  // Studied since 2026-12-04 (its rows read with --verbose to find general causes; Brown 8, labelled that day from B13,
  // B19 and category C samples, is the blind opinion set now). After the opinion-prose quotation rules of that day
  // (colon lead-ins inside the sentence, a voice is an "it", a given name alone is a person, words quoted in a
  // sentence about their speaker, a list puts no one in view, the writer's own argument, the letter's "you", the
  // generic subject of the words): 62.3, 56.1, direct 90.4/53.2, indirect 35.2/63.2, spurious 31 of 66 found (0.47).
  // Both merged 2026-12-04: 67.0, 56.3, direct 90.4/53.2, indirect 44.4/62.5, spurious 29.
  // After agentless-report-noun-passive (reported8: "the statement was made that", "insistence is being made that"):
  // 70.8, 58.7, direct 90.4/53.2, indirect 51.9/67.9, spurious 28; with a two-word thing urged kept ("urged a
  // recount"): 71.7, 59.2, direct 90.4/53.2, indirect 53.7/69.0, spurious 28.
  // After the merges of the evening of 2026-12-04 (reported9, mixed9, told10): 80.2, 69.4, direct 90.4/63.8, indirect 70.4/76.3.
  'Brown 7 (studied)': { recall: 79, precision: 68, direct: { recall: 89.5, precision: 62.5 }, indirect: { recall: 69, precision: 75 }, spurious: 0.49 },
  // Category C reviews (a science story, book reviews quoting their authors at length after colon lead-ins, letters
  // quoted with their addressees, nested quotations, findings and beliefs, books and companies as speakers, catalogue
  // words quoted with no verb, many titles) and the last B samples (B13 columns, B19 letters), labelled blind before the
  // bot ran on it. Measured 2026-12-04 on its first run (branch label8 at 1a87a8a, no extraction code changed): recall
  // 62.7, precision 56.3, direct 74.6/45.5, indirect 46.5/80.0, spurious 20 of 64 found (0.31). Floors one to two
  // points under.
  // After the merges of 2026-12-04 (never read, never tuned on): 62.7, 59.4, direct 74.6/50.0, indirect 46.5/80.0,
  // spurious 20.
  // After the merges of the evening of 2026-12-04 (made on studied sets; never read): 62.7, 64.1, direct 74.6/50.0, indirect 46.5/95.0.
  'Brown 8 (held out)': { recall: 61, precision: 62.5, direct: { recall: 73, precision: 49 }, indirect: { recall: 45, precision: 93.5 }, spurious: 0.33 },
  // News reportage (category A: wire items with long roles, a people column, national-affairs sections, a society page,
  // an investment letter; requests and assurances with addressees, beliefs and hopes, agentless forecasts, quoted
  // words with no verb), from the pieces of A27, A33, A37, A39, A40, A42 and A43 no other set uses, labelled blind
  // before the bot ran on it. Measured 2026-12-04 on its first run (branch label9 at cdc6890, no extraction code
  // changed): recall 76.7, precision 75.4, direct 92.1/68.6, indirect 65.4/82.4, spurious 16 of 69 found (0.23).
  // Floors one to two points under.
  // After the merges of the evening of 2026-12-04 (made on studied sets; never read): 76.7, 76.8, direct 92.1/68.6, indirect 65.4/85.3.
  'Brown 9 (held out)': { recall: 75, precision: 75.5, direct: { recall: 90.5, precision: 67 }, indirect: { recall: 64, precision: 84 }, spurious: 0.25 },
  // Development set (tunable, not held out), measured 2026-12-02 when made: 47.2, 60.0, direct 70.6/58.3, indirect
  // 36.1/61.5, spurious 18 of 25 found; after the writer's-voice rules and the clause readings made on it 52.8, 64.3,
  // direct 70.6/58.3, indirect 44.4/68.8, spurious 2 of 28 found.
  // After the speaker rules (a subject set off by an aside, "X, for all his ..., is", is who a "he knows that" means; a "they" is the
  // people an opening "But to the Minutemen, ..." is about): 52.8/75.0, indirect 44.4/87.5
  // After the opinion-prose rules (contrasting clauses, "in the view of", records that show, "called for", "what X
  // argue:", lead-in nouns, judging participles, quoted "as" complements): 64.2, 73.5, direct 76.5/69.2, indirect
  // 58.3/76.2, spurious 2.
  // Both together: 64.2, 82.4, direct 76.5/69.2, indirect 58.3/90.5, spurious 2.
  // After the speaker rules (the author of a piece, the owner of the words, no one names themselves): 64.2, 88.2,
  // direct 76.5/84.6, indirect 58.3/90.5, spurious 2.
  // After the reported-speech rules of 2026-12-02: 67.9, 88.9, direct 76.5/84.6, indirect 63.9/91.3, spurious 2.
  // Merged 2026-12-03: 69.8, 89.2, direct 82.4/85.7, indirect 63.9/91.3.
  // Merged 2026-12-03 (second round): 71.7, 92.1, direct 82.4/85.7, indirect 66.7/95.8.
  // Merged 2026-12-03 (third round): 73.6, 92.3, direct 82.4/85.7, indirect 69.4/96.0, spurious 2.
  'Brown dev (tunable)': { recall: 72, precision: 90.5, direct: { recall: 80.5, precision: 84 }, indirect: { recall: 67.5, precision: 94 }, spurious: 0.12 },
  // Second development set (tunable): features, columns, a society page, a school board, a church convention, a grand
  // jury story, labelled blind. Measured 2026-12-02 on its first run, before any tuning: recall 76.3, precision 79.3,
  // direct 90.3/76.8, indirect 59.6/83.9, spurious 4 of 87 found. Floors the first run rounded down.
  // After the feature-prose speaker rules (made on it) and the thought-verb rules: 78.9, 96.7, direct 93.5/98.3,
  // indirect 61.5/93.8, spurious 4.
  // Merged 2026-12-03 (second round: passive listeners, expectations, reported questions): 85.1, 97.9, direct
  // 93.5/98.3, indirect 75.0/97.4, spurious 4.
  // Merged 2026-12-03 (third round): 87.7, 98.0, direct 93.5/98.3, indirect 80.8/97.6, spurious 3.
  // After the reported-speech recall rules of 2026-12-04 (reported7): 88.6, 98.0, direct 93.5/98.3, indirect 82.7/97.7,
  // spurious 3.
  'Brown dev 2 (tunable)': { recall: 87.5, precision: 97, direct: { recall: 92, precision: 96.5 }, indirect: { recall: 81.5, precision: 96.5 }, spurious: 0.05 },
  // Modern copy written and labelled blind (tunable), measured 2026-12-02 on its first run: recall 90.1, precision 90.7,
  // direct 96.4/91.3, indirect 79.2/89.5, spurious 6 of 118 found. Floors about 2 points under.
  // After the speaker, told-to and reported-speech rules of 2026-12-02: 93.9, 95.9, direct 96.4/96.3, indirect 89.6/95.3.
  // Merged 2026-12-03: 93.9, 96.7, indirect 89.6/97.7.
  // Merged 2026-12-03 (second round): 97.7, 99.2, direct 96.4/100, indirect 100/97.9, spurious 6.
  'Modern wire (tunable)': { recall: 96, precision: 97.5, direct: { recall: 95, precision: 98 }, indirect: { recall: 98, precision: 96 }, spurious: 0.07 },
};

const sets = availableGoldSets();
const scorerMissing = !existsSync(SCORER);

describe.skipIf(scorerMissing)('attribution on real news text (skipped: ../shared/eval is absent, so there is no scorer)', () => {
  it.each(sets.map((s) => [s.label, s] as const))('%s: recall and speaker precision hold their bar', (label, set) => {
    const bar = HELD_OUT_FLOORS[label] ?? ISSUE_10_BAR;
    const score = scoreAttribution(set);
    const why = `${score.line} (bar: ${HELD_OUT_FLOORS[label] ? 'regression floor' : 'issue 10'})`;
    expect(score.recall, why).toBeGreaterThanOrEqual(bar.recall);
    expect(score.precision, why).toBeGreaterThanOrEqual(bar.precision);
    expect(score.direct.recall, why).toBeGreaterThanOrEqual(bar.direct.recall);
    expect(score.direct.precision, why).toBeGreaterThanOrEqual(bar.direct.precision);
    expect(score.indirect.recall, why).toBeGreaterThanOrEqual(bar.indirect.recall);
    expect(score.indirect.precision, why).toBeGreaterThanOrEqual(bar.indirect.precision);
    expect(score.spurious, why).toBeLessThanOrEqual(bar.spurious * score.found);
  }, 120_000);
});
