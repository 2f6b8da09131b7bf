import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Each statement of a short invented article: its first words, who said it and to whom. */
function told(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => ({ text: (q.kind === 'mixed' ? (q.reported ?? q.text) : q.text).split(/\s+/).slice(0, 3).join(' '), who: q.person ?? q.descriptive ?? null, to: q.addressee ?? q.toldTo ?? null }));
}
const toOf = (...paragraphs: string[]) => told(...paragraphs).map((s) => s.to);

describe('Rule "spoken to": a verb or noun of saying with "to" names whom the words were for', () => {
  it('reads a participle, a phrasal verb and a writing the statement stands in', () => {
    expect(toOf('Speaking to reporters afterwards, Ann Dekker described the final as "the best day of my life".')).toEqual(['reporters']);
    expect(toOf('Ivo Marsh pointed out to the trustees that the roof had not been repaired since 1990.')).toEqual(['the trustees']);
    expect(toOf('Councilman Abel Ruiz said in a letter to Mayor Grady that the crews should start earlier.')).toEqual(['Grady']);
    expect(toOf('In his opening statement to the jury, Bram Lind said the evidence would clear his client.')).toEqual(['the jury']);
  });

  it('takes no thing handed over and no question for a listener', () => {
    // a contract is awarded to a firm; a reply to a question answers no one named
    expect(toOf('Ann Dekker said the board awarded the contract to a firm in Leeds.')).toEqual([null]);
    expect(toOf('In reply to a question, Ann Dekker said the plant would stay open.')).toEqual([null]);
  });

  it('gives an outlet spoken to as the original source, not a listener', () => {
    const [s] = extractQuotes(articleOf(['Ann Dekker said in a statement to the Ledger that the plant would stay open.'])).quotes;
    expect(s).toMatchObject({ kind: 'indirect', person: 'Ann Dekker', toldTo: 'Ledger', text: 'the plant would stay open' });
    expect(s.addressee).toBeUndefined();
    expect(extractQuotes(articleOf(['Ann Dekker told the Ledger that the plant would stay open.'])).quotes[0]).toMatchObject({ person: 'Ann Dekker', toldTo: 'Ledger' });
  });
});

describe('Rule "asked by": an answer is said to the one who asked', () => {
  it('gives the agent of a passive "asked" as the addressee', () => {
    expect(toOf('Asked by reporters whether the dam would hold, Ivo Marsh said it was "too early to say".')).toEqual(['reporters']);
    expect(toOf('Ivo Marsh, asked by the chairman about the cost, said the work was within budget.')).toEqual(['the chairman']);
  });
});

describe('Rule "telling whom": a participle of a verb whose object is its listener', () => {
  it('reads "in telling", "urging", "assuring" with their objects', () => {
    expect(toOf('"We must stay together," Karl Asch said in telling his children of the move.')).toEqual(['his children']);
    expect(toOf('The minister, Eleanor Vance, is facing calls to resign after leaked messages appeared to show her urging officials to "find a way" to award the contract.')).toEqual(['officials']);
    expect(toOf('The mayor sent a memo to staff, urging officials to "find a way" to keep the pool open.')).toEqual(['officials']);
  });

  it('takes no participle of another verb', () => {
    expect(toOf('"We must stay together," Karl Asch said, holding his children close.')).toEqual([null]);
  });
});

describe('Rule "the object told": a person or a body right after a verb of saying, before what was said', () => {
  it('reads the one written to or advised before a "that" clause or a quotation', () => {
    expect(toOf('The board advised the governor that "small shops should stay open on Sundays."')).toEqual(['the governor']);
    expect(toOf('The mayor wrote Mrs. Lane that the bridge would close for repairs in March.')).toEqual(['Mrs. Lane']);
  });

  it('reads the one a directive is put to, before its infinitive', () => {
    expect(toOf('The judge ordered the jurors "to set aside what the witness had said."')).toEqual(["the jurors"]);
  });

  it('takes no thing named or described for a listener', () => {
    expect(toOf('The judges called the novel "a quiet masterpiece of the form."')).toEqual([null]);
    expect(toOf('Ann Dekker wrote the report that the board rejected, and said it was "a fair account."')).toEqual([null]);
  });
});

describe('Rule "told in the passive": whom a passive verb of telling or asking has as its subject', () => {
  it('gives the subject of "were told" as the addressee, and the one named after "by" as the speaker', () => {
    expect(told('The guards were told that the gates would close at six.')).toEqual([{ text: 'the gates would', who: null, to: 'The guards' }]);
    expect(told('Ann Dekker was told by the board that her post would go.')).toEqual([{ text: 'her post would', who: 'the board', to: 'Ann Dekker' }]);
  });

  it('reads a passive with "by" that names no teller as no report', () => {
    expect(told('Ann Dekker was told by phone that evening.')).toEqual([]);
  });
});

describe('Rule "speech goes on to whom it began to": a quotation carrying on its speaker\'s words has their listener', () => {
  it('carries the listener to the next sentence and the next paragraph', () => {
    expect(told('"It has been a hard year," Chief Executive Helen Marsh told reporters on a call. "Cocoa has doubled in price."')).toEqual([
      { text: 'It has been', who: 'Helen Marsh', to: 'reporters' },
      { text: 'Cocoa has doubled', who: 'Helen Marsh', to: 'reporters' },
    ]);
  });

  it('does not carry it to words with a cue of their own', () => {
    expect(toOf('Anja Lind told Kelverton TV her side had been "punished for one lapse".', '"We defended brilliantly for 85 minutes," she said.')).toEqual(['Kelverton TV', null]);
  });
});

describe('Rule "an answer goes to the asker": the one asked answers the one who asked', () => {
  it('gives the asker as the listener of the answer that follows', () => {
    expect(told('"What do you talk about at home?" a reporter asked Roger Maris.', '"To tell you the truth," Maris said, "Mickey does not talk much."')).toEqual([
      { text: 'What do you', who: 'a reporter', to: 'Roger Maris' },
      { text: 'To tell you', who: 'Roger Maris', to: 'a reporter' },
      { text: 'Mickey does not', who: 'Roger Maris', to: 'a reporter' },
    ]);
  });
});
