// Speakers in opinion prose, letters and reviews: a title WordNet also capitalises, a body's name with its small
// words, a body described with its chairman, and quoted words that run on from the sentence before. Invented
// paragraphs; what a careful reader answers.
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({
  id: 'test',
  file: 'test.md',
  outlet: 'Test',
  name: 'Test',
  headline: 'Test',
  sources: [],
  paragraphs,
  dropped: [],
});

/** Each statement of an invented article as "who: first words" (who: a name, a description, or null). */
function speakers(...paragraphs: string[]): string[] {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map(
      (q) =>
        `${q.person ?? q.descriptive ?? 'null'}: ${(q.kind === 'mixed' && q.reported ? q.reported : q.text).split(/\s+/).slice(0, 3).join(' ')}`,
    );
}

describe('a title in lower case is a person', () => {
  it('reads "the speaker", "the miller" and "the pontiff" as described speakers', () => {
    expect(
      speakers(
        'The speaker suggested that the tax would fail.',
        'The miller said the flour was damp.',
        'The pontiff said peace was near.',
      ),
    ).toEqual(['The speaker: the tax would', 'The miller: the flour was', 'The pontiff: peace was near']);
  });
});

describe("a body's name holds its small words", () => {
  it('keeps the secretary of a committee "on" something in view for the "he" after', () => {
    expect(
      speakers(
        'Recently the secretary of the League for Open Rivers was heard on the radio. While I admire his zeal, he made two points I doubt.',
        'He said, “Dams do more harm than good.”',
      ),
    ).toEqual(['the secretary of the League for Open Rivers: Dams do more']);
  });
});

describe('what describes a body is no part of who speaks', () => {
  it('gives the words to "this panel", not to the chairman or members its clause names', () => {
    expect(
      speakers(
        'The state panel sent in the shortest report of all.',
        '“Relations have stayed calm in every county,” wrote this panel headed by Ray Dunmore of Ocala and including two lawyers, Ann Pike and Tom Vail.',
      ),
    ).toEqual(['this panel: Relations have stayed']);
  });

  it('reads "said a board chaired by Dr. Ames" as the board', () => {
    expect(speakers('“The school will stay open,” said a board chaired by Dr. Lena Ames.')).toEqual([
      'a board: The school will',
    ]);
  });
});

describe('the words run on from the sentence before', () => {
  it('gives quoted words finishing the next sentence of the paragraph to the one just reported', () => {
    expect(
      speakers(
        'Bishop Carl Moreno has spoken of the new mood. Noting the obstacles, he has said that they ought not to dishearten anyone. For losing heart, “would show that one trusted too much in human plans.”',
      ),
    ).toEqual(['Carl Moreno: they ought not', 'Carl Moreno: would show that']);
  });

  it('carries a body on past a paragraph break where a colon leads in to its words', () => {
    expect(
      speakers(
        'The Water Resources Board said on Monday that the wells were safe. Then it added: “No one should drink from the river.”',
        'Having hedged in this way, it went further after all: “The risk from the wells is slight.” Then, to close on a doubtful note: “But the river may rise.”',
      ),
    ).toEqual([
      'The Water Resources Board: the wells were',
      'The Water Resources Board: No one should',
      'The Water Resources Board: The risk from',
      'The Water Resources Board: But the river',
    ]);
  });

  it('does not carry the words over to a new paragraph that opens on them without a colon', () => {
    expect(
      speakers(
        'The Water Resources Board said on Monday that the wells were safe.',
        'Yet for many, “the river is the real worry this summer.”',
      ),
    ).toEqual(['The Water Resources Board: the wells were', 'null: the river is']);
  });

  it('leaves quoted words to no one where the sentence is about someone else', () => {
    expect(
      speakers(
        'Mayor Ida Roe said the budget was balanced. Her rivals, Tom Hale and Al Burt, call that “a fairy tale about the books.”',
      ),
    ).not.toContain('Ida Roe: a fairy tale');
  });
});

describe('a "they" that speaks is people', () => {
  it('passes over a plural of things for the people named before them', () => {
    expect(
      speakers(
        'The engineers at the dam struck me as careful men. These mounting costs, in steel and in labor, are doing much to slow the work. They insist that the dam will be finished by spring.',
      ),
    ).toEqual(['The engineers: the dam will']);
  });

  it('keeps a group that has spoken already, whatever its head word', () => {
    expect(
      speakers(
        'Several meetings have been held in recent weeks. Northern farmers themselves are saying that the levy was a mistake. They insist they are tired of the quarrel.',
      ),
    ).toEqual(['Northern farmers themselves: the levy was', 'Northern farmers themselves: they are tired']);
  });
});

describe('an epithet refers back past a kind spoken of', () => {
  it('reads "the young pastor" as the named pastor though his own words spoke of "a pastor"', () => {
    expect(
      speakers(
        'The Rev. Amos Tolliver wrote to his parish last month. “One man has only so much strength,” he told his members.',
        'A pastor should not stay “beyond the years when he can serve” his flock, he wrote.',
        'And so the young pastor resigned, having never known a day, he told his people, when “I did not take from you more than I gave.”',
      ).slice(-1),
    ).toEqual(['Amos Tolliver: And so the']);
  });
});

describe('what one calls it', () => {
  it('gives the words after "what the mayor called" to the mayor, and the report around them to its own speaker', () => {
    expect(
      speakers('Critics say the levy will fail because of what Mayor Lena Roe described as “a budget built on sand.”'),
    ).toEqual(['Lena Roe: a budget built', 'Critics: the levy will']);
  });

  it('reads a few words of the writer between the frame and the marks', () => {
    expect(
      speakers(
        'But observers believe the envoy is gaining ground, above all toward what Sen. Carl Hale lists as the first need — “a clearer sense of where our interests lie.”',
      ),
    ).toEqual(['Carl Hale: a clearer sense', 'observers: the envoy is']);
  });
});

describe('a paragraph that opens on a described person doing something', () => {
  it('gives the quotation after it to that person, past "And now," and an aside of how she was', () => {
    expect(
      speakers(
        'A farm wife from the hills heard the news on Monday.',
        'And now, the woman, tired and trembling, came down to the county mill. “Is it so the mill is going to close?”',
      ),
    ).toEqual(['the woman: Is it so']);
  });
});

describe('named so by someone, in the passive', () => {
  it('gives the words after "was hailed by X as" to X, and not those after a passive of doing', () => {
    expect(
      speakers(
        'More, the landing was hailed by a rebel leader, Dr. Juan Ortiz, as having saved “many lives and many troubles in the years ahead.”',
      ),
    ).toEqual(['Juan Ortiz: many lives and']);
    expect(speakers('The house was built by a local firm as “a home for the ages and the weather.”')).toEqual([
      'null: a home for',
    ]);
  });
});
