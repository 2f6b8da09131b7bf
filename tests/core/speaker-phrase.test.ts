import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { parseSpeakerPhrase } from '../../src/extract/speaker-phrase.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.txt', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

describe('speaker phrases of any story', () => {
  it.each(['Half the soldiers ran to Kupiansk, Petro Kuzyk', 'Most of the crew went home early, Maria Lopez', 'The water rose overnight, Maria Lopez'])(
    'takes no clause for a role: %j',
    (phrase) => {
      expect(parseSpeakerPhrase(phrase)).toEqual({ kind: 'name', name: phrase.split(', ')[1] });
    },
  );

  it('keeps a role whose relative clause has a verb', () => {
    expect(parseSpeakerPhrase('one of the engineers who took part in the rescue, Sam Okafor')).toEqual({
      kind: 'name',
      name: 'Sam Okafor',
      role: 'one of the engineers who took part in the rescue',
    });
  });

  it('does not take a given name such as Will for a verb', () => {
    expect(parseSpeakerPhrase('Will Hutton, a columnist')).toEqual({ kind: 'name', name: 'Will Hutton', role: 'a columnist' });
  });

  it('credits a quote to whoever revealed it', () => {
    const { quotes } = extractQuotes(articleOf(['“We will reopen the bridge by spring,” Mayor Jane Doe revealed.']));
    expect(quotes[0]).toMatchObject({ person: 'Jane Doe' });
  });
});
