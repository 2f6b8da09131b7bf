// Who is the speaker: names, family members, first names and described speakers, resolved within one article.
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Each statement of an invented article as "who: first words". */
function speakers(...paragraphs: string[]): string[] {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => `${q.person ?? q.descriptive ?? 'null'}: ${q.text.split(/\s+/).slice(0, 3).join(' ')}`);
}

describe('family members who share a surname stay apart', () => {
  it('does not give the stepson\'s words to the woman the text calls "Mrs."', () => {
    const { quotes, people } = extractQuotes(
      articleOf([
        'A jury found 30-year-old Dale Fenn guilty yesterday in the death of Mrs. Ruth Tarn.',
        "The verdict cleared the dead woman's stepson, Abel Tarn, 51, who was tried for the crime last year. Mrs. Tarn was killed in May.",
        'Tarn has lived under suspicion since. When the verdict came in, Tarn said:',
        '“I am glad it is over.”',
        'Fenn confessed to a string of barn fires.',
        'He also admitted that he had killed her.',
      ]),
    );
    const glad = quotes.find((q) => q.text.startsWith('I am glad'));
    expect(glad?.person).toBe('Abel Tarn');
    expect(glad?.role).toContain('stepson');
    expect(people.find((p) => p.name === 'Abel Tarn')?.roles.join(' ')).not.toContain('Mrs.');
    expect(quotes.find((q) => q.text.includes('had killed her'))?.person).toBe('Dale Fenn');
  });

  it('does not join a husband and wife by their surname', () => {
    const { people } = extractQuotes(
      articleOf(['Mrs. Nora Pell opened the bakery in 1950.', 'Her husband, Otis Pell, keeps the books. “She does the real work,” Pell said.']),
    );
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Nora Pell', 'Otis Pell']));
    expect(speakers('Mrs. Nora Pell opened the bakery in 1950.', 'Her husband, Otis Pell, keeps the books. “She does the real work,” Pell said.')).toEqual([
      'Otis Pell: She does the',
    ]);
  });
});

describe('a first name alone is the person named in full before', () => {
  it('reads "Joe said" after "Joe Dekker" as Joe Dekker', () => {
    expect(speakers('Joe Dekker has coached the Hawks for eleven seasons.', '“We are not a flashy team,” Joe said after the win.')).toEqual([
      'Joe Dekker: We are not',
    ]);
  });

  it('leaves a first name two people share to neither', () => {
    const { people } = extractQuotes(
      articleOf(['Joe Dekker and Joe Brandt coach the two teams.', '“We will see on Friday,” Joe said.']),
    );
    expect(people.some((p) => p.name === 'Joe')).toBe(true);
  });
});

describe('a paragraph that opens on someone then quotes is that person speaking', () => {
  it('gives the quote to the one who shrugs, not to the speaker of the paragraph before', () => {
    expect(
      speakers(
        'Lena Varga runs the kitchen; her husband, Tom Varga, runs the front of the house.',
        '“She is the boss,” Tom said. “I just carry plates.”',
        'Lena shrugged. “He exaggerates.”',
      ),
    ).toEqual(['Tom Varga: She is the', 'Tom Varga: I just carry', 'Lena Varga: He exaggerates.']);
  });

  it('skips an opening participle clause to find who is acting', () => {
    expect(
      speakers(
        'Governor Ada Krupp signed the bill on Monday. “This is a good day,” she said.',
        'Mayor Ivo Stahl called it overdue. “We waited long enough,” he said.',
        'Asked whether she would run again, Krupp smiled. “Ask me next year.”',
      ),
    ).toEqual(['Ada Krupp: This is a', 'Ivo Stahl: We waited long', 'Ada Krupp: Ask me next']);
  });

  it('keeps a quote to the speaker already quoted in its paragraph', () => {
    expect(speakers('“We won,” said coach Ray Holm. The crowd cheered. “They earned it.”')).toEqual(['Ray Holm: We won', 'Ray Holm: They earned it.']);
  });
});

describe('a person introduced by a description, a first name and an age is who "he" means next', () => {
  it('gives "he believes" and "he said" to the son, not to the last person named in full', () => {
    expect(
      speakers(
        'The mayor, Leon Park, dines at the inn every week. Park said he hoped it would never close.',
        'The owner\'s son, Ravi, 31, keeps the books. He believes the inn will stay open. “We are booked until June,” he said.',
      ),
    ).toEqual(['Leon Park: he hoped it', 'Ravi: the inn will', 'Ravi: We are booked']);
  });
});

describe('Mrs. and Miss with one surname are mother and daughter', () => {
  it('keeps the daughter\'s words apart from the mother\'s', () => {
    expect(
      speakers(
        'Mr. and Mrs. Hal Voight gave a garden party Saturday for their daughter, Miss Jane Voight, who will marry in June.',
        '“We wanted something simple,” Mrs. Voight said.',
        'Miss Voight agreed. “Mother did all the work,” she said.',
        'The couple will live in Denver. “It is closer to the mountains,” Jane explained.',
      ),
    ).toEqual(['Voight: We wanted something', 'Jane Voight: Mother did all', 'Jane Voight: It is closer']);
  });
});

describe('a described speaker refers back to the person in view', () => {
  it('reads "says the handsome food expert" as the chef just named', () => {
    expect(speakers('Marla Quist, the new chef at the Blue Heron, has strong opinions about soup.', '“Nobody here makes a proper broth,” says the handsome food expert.')).toEqual([
      'Marla Quist: Nobody here makes',
    ]);
  });

  it('keeps a description the article introduced with "a" as that description', () => {
    expect(
      speakers('Ada Lind toured the mission on Monday with an American missionary.', '“We have no money for a roof,” the American missionary said.'),
    ).toEqual(['the American missionary: We have no']);
  });

  it('reads "the President" as the president named before', () => {
    expect(speakers('WASHINGTON, May 3 — President Harlan Voss signed the river bill on Tuesday.', '“This is a good day for every farmer,” the President told reporters.')).toEqual([
      'Harlan Voss: This is a',
    ]);
  });
});

describe('questions and answers in an interview', () => {
  it('does not give the interviewer\'s question to the coach, nor the answer to the reporter', () => {
    expect(
      speakers(
        'Coach Ray Holm met the press after the game.',
        '“What went wrong in the second half?” a reporter asked.',
        '“We stopped running the ball,” Holm said. “That was my fault.”',
        '“Will you change quarterbacks?”',
        '“No.”',
        '“Not even for one series?”',
        '“Not even for one play.”',
      ),
    ).toEqual([
      'a reporter: What went wrong',
      'Ray Holm: We stopped running',
      'Ray Holm: That was my',
      'a reporter: Will you change',
      'Ray Holm: No.',
      'a reporter: Not even for',
      'Ray Holm: Not even for',
    ]);
  });

  it('gives a question that follows a statement made to a listener to that listener', () => {
    expect(
      speakers('“When I was a boy,” Ames told a sportswriter last week, “I followed every game.”', '“Did you ever meet your hero?”', '“Are you kidding?” said Ames. “I was afraid to.”'),
    ).toEqual(['Ames: When I was', 'Ames: I followed every', 'a sportswriter: Did you ever', 'Ames: Are you kidding?', 'Ames: I was afraid']);
  });

  it('lets the one asked answer: "A reporter asked Dekker ... “We will be ready,” he said."', () => {
    expect(speakers('Joe Dekker has coached the Hawks for eleven seasons.', 'A reporter asked Dekker about the title game. “We will be ready,” he said.')).toContain(
      'Joe Dekker: We will be',
    );
  });
});

describe('whom the words were said to', () => {
  const listeners = (...paragraphs: string[]) =>
    extractQuotes(articleOf(paragraphs))
      .quotes.filter(isStatement)
      .map((q) => `${q.person ?? q.descriptive}→${q.addressee ?? '-'}`);

  it('names the listener of "asked X of Y" and of each turn of an exchange', () => {
    expect(
      listeners("“I can lift the ball, can't I?” asked Ames of an official.", '“No,” said the official. “You must play it where it lies.”', '“You are wrong,” said Ames.'),
    ).toEqual(['Ames→an official', 'the official→Ames', 'the official→Ames', 'Ames→the official']);
  });

  it('does not make two people quoted one after the other into a conversation', () => {
    expect(
      listeners('“We got there in six minutes,” said Fire Chief Walt Bremer.', '“They took forty minutes,” said Ida Crane, a neighbor.'),
    ).toEqual(['Walt Bremer→-', 'Ida Crane→-']);
  });

  it('keeps the outlet a source, never a listener: "told the Herald"', () => {
    const [q] = extractQuotes(articleOf(['“We will appeal,” Ames told the Daily Herald.'])).quotes;
    expect(q.addressee).toBeUndefined();
    expect(q.toldTo).toBe('Daily Herald');
  });
});

describe('a speaker given in the sentence after the quote', () => {
  it('reads "“...” The answer came from X" as X', () => {
    expect(
      speakers('“The hydrant was frozen,” said Fire Chief Walt Bremer.', "“That is what they always say.” The answer came from a neighbor's son, Paul Crane, who had been listening."),
    ).toEqual(['Walt Bremer: The hydrant was', 'Paul Crane: That is what']);
  });

  it('reads a named subject doing something after the quote as its speaker', () => {
    expect(speakers('“We just keep coming,” Coach Joe Dekker said.', '“Coach is too modest.” Kip Alvarez grinned at the back of the bus.')).toEqual([
      'Joe Dekker: We just keep',
      'Kip Alvarez: Coach is too',
    ]);
  });
});

describe('a subject introduced by a description is the person it names', () => {
  it('reads "Her husband, Dr. Sam Roe, a dentist, stays out of it. “...,” he says." as Sam Roe', () => {
    expect(speakers('Mayor Ann Roe defended the budget.', 'Her husband, Dr. Sam Roe, a dentist, stays out of politics. “I fix teeth,” he says.')).toEqual(['Sam Roe: I fix teeth']);
  });
});

describe('a listener only where people talk to each other', () => {
  it('does not make speakers quoted in turn about one dispute into a conversation', () => {
    const qs = extractQuotes(
      articleOf([
        'Council member Rita Gomez is not impressed. “They moved money from the pension fund,” she says.',
        '“Nonsense,” says Mayor Ann Pruitt.',
        '“Somebody has to read the numbers,” Gomez said.',
      ]),
    ).quotes;
    expect(qs.map((q) => q.addressee)).toEqual([undefined, undefined, undefined]);
  });
});

describe('dialogue printed as turns', () => {
  it('alternates the two speakers over short quotations with no attribution', () => {
    expect(
      speakers(
        'The boy knocked twice before Mrs. Hale opened the door.',
        '“Come in,” said Mrs. Hale.',
        '“Thank you,” said the boy.',
        '“Sit down, child.”',
        '“I would rather stand, ma\'am.”',
        'Later the boy\'s father, Carl Dunn, explained the visit. “He wanted to apologize for the window,” Dunn said.',
        '“He saved his allowance for three weeks to pay for the glass. It was his own idea.”',
      ),
    ).toEqual(['Hale: Come in', 'the boy: Thank you', 'Hale: Sit down, child.', 'the boy: I would rather', 'Carl Dunn: He wanted to', 'Carl Dunn: He saved his']);
  });

  it('keeps a long statement that goes on in a new paragraph with its speaker', () => {
    expect(
      speakers(
        '“The levee will hold,” said engineer Pat Ruiz.',
        '“The river is not the problem this year,” said Mayor Jo Banks, who toured the site with the engineers on Monday.',
        '“The problem is the storm drains, which were built in 1920 for a town a third our size, and nobody has paid to fix them since.”',
      ),
    ).toEqual(['Pat Ruiz: The levee will', 'Jo Banks: The river is', 'Jo Banks: The problem is']);
  });
});

describe('attributions feature writing uses', () => {
  it('reads any verb of speaking or its manner after the quote', () => {
    expect(speakers('“Not a chance,” grins Abel Ruiz.', '“Well, maybe,” he sighed.', 'Coach Lou Marr watched from the bench. “Again,” the coach grumbled after practice.')).toEqual([
      'Abel Ruiz: Not a chance',
      'Abel Ruiz: Well, maybe',
      'Lou Marr: Again',
    ]);
  });

  it('reads "in Senator Roe\'s words, it was “...”" as Roe\'s words', () => {
    expect(speakers('The year ended badly; in Senator Ted Roe\'s words, it was “not a very encouraging picture.”')).toEqual(['Ted Roe: not a very']);
  });

  it('finds the subject after a long clause opened by "when"', () => {
    expect(
      speakers(
        'Thus when Premier Ivan Dolgov hinted even before the inauguration that he hoped for an early meeting with the new leader, Mr. Hal Brandt was confronted with a delicate problem. He had set out his view in these words:',
        '“No amount of smiles can compel a fruitful negotiation.”',
      ),
    ).toEqual(['Ivan Dolgov: he hoped for', 'Hal Brandt: No amount of']);
  });
});

describe('people introduced in sports copy', () => {
  it('finds the subject after a dateline with a date, a bare surname with a described person, and a plural possessive', () => {
    expect(
      speakers(
        'CHICAGO, June 4 — Bill Starr pitched a three-hitter Sunday as the Cubs beat the Braves, 4-1.',
        '“I had my curve working,” he said.',
        "The Braves' manager, Chuck Dressen, blamed the wind. “Nobody could hit in that,” he said.",
        'Asked about the remark, Starr laughed. “Tell him to come out and try it.”',
      ),
    ).toEqual(['Bill Starr: I had my', 'Chuck Dressen: Nobody could hit', 'Bill Starr: Tell him to']);
    expect(speakers('The Cubs won on Sunday.', 'Starr, a 24-year-old left-hander from Tulsa, struck out nine. “I had my curve working,” he said.')).toEqual([
      'Starr: I had my',
    ]);
  });
});

describe('titles written short, answers and last words', () => {
  it('reads "Gov. Lena Hart", "Hart\'s answer: “...”" and "That was all the governor would say."', () => {
    expect(
      speakers(
        'Gov. Lena Hart and Sen. Roy Platt argued about the dam for an hour.',
        'Replied Platt: “The valley does not need another lake.”',
        'Hart\'s answer: “The valley needs water, and a lake is water.”',
        '“Nonsense.” That was all the governor would say.',
      ),
    ).toEqual(['Roy Platt: The valley does', 'Lena Hart: The valley needs', 'Lena Hart: Nonsense.']);
  });

  it('keeps "nearly all of the dealers" a described speaker', () => {
    expect(speakers('Nearly all of the farm equipment dealers say the upturn in sales came from better crops.')).toEqual([
      'all of the farm equipment dealers: the upturn in',
    ]);
  });
});

describe('a wife named by her husband\'s name', () => {
  it('keeps "Mrs. Harold Pell" apart from Harold Pell', () => {
    expect(
      speakers(
        'Mrs. Harold Pell, chairman of the flower show, said entries had doubled. “We had to rent a second tent,” Mrs. Pell said.',
        'Her husband, Harold Pell, judged the roses. “The roses were the best in years,” Pell said.',
        '“He says that every year,” said Mrs. Pell.',
      ),
    ).toEqual(['Mrs. Harold Pell: entries had doubled', 'Mrs. Harold Pell: We had to', 'Harold Pell: The roses were', 'Mrs. Harold Pell: He says that']);
  });
});

describe('people introduced in a society or civic piece', () => {
  it('reads "says librarian Joan Tufts of her new building" and a child introduced by her age', () => {
    expect(
      speakers(
        'Mayor Ed Koval opened the new library on Saturday.',
        '“A library is a promise to the children,” says librarian Joan Tufts of her new building.',
        'Among the first borrowers was 9-year-old Nancy Ruhl. “I want the horse books,” she announced.',
      ),
    ).toEqual(['Joan Tufts: A library is', 'Nancy Ruhl: I want the']);
  });
});

describe('features, columns and profiles: the people a "he" or "she" can mean', () => {
  it('gives a column\'s unnamed attendant his turns and the writer\'s "I said" to the byline', () => {
    const { quotes } = extractQuotes({
      ...articleOf([
        'I pulled in at a filling station outside Marlow on Tuesday. The attendant was a lanky fellow in overalls.',
        '“Check the oil?” he asked.',
        '“Please,” I said.',
        '“Long drive?”',
        '“Too long,” I said.',
        '“Slow,” he said. “Nobody drives out here now.”',
      ]),
      byline: 'Ida Penn',
    });
    const who = (start: string) => {
      const q = quotes.find((x) => x.text.startsWith(start));
      return q?.person ?? q?.descriptive;
    };
    expect(who('Check the oil')).toBe('The attendant');
    expect(who('Please')).toBe('the writer, Ida Penn');
    expect(who('Long drive')).toBe('The attendant');
    expect(who('Slow')).toBe('The attendant');
  });

  it('makes a family member named by a first name alone someone a later "he" means', () => {
    expect(
      speakers(
        'Odile Brun opens her bakery at four. Her husband, Remy, does the books, and their son, Tavo, 17, sweeps up.',
        'Remy Brun, a retired pilot, thinks the shop is too small. “We need a second oven,” he said.',
        'Tavo ignores them both. He wants to be a drummer. “I hate flour,” he said.',
      ),
    ).toEqual(['Remy Brun: the shop is', 'Remy Brun: We need a', 'Tavo: I hate flour']);
  });

  it('reads "the old man at the corner table" as the subject a "he" means, not the last man named', () => {
    expect(
      speakers(
        'Remy Brun, a retired pilot, thinks the shop is too small. “We need a second oven,” he said.',
        'The old man at the window seat has come every morning since 1950. “The rye is the best in town,” he said.',
      ),
    ).toEqual(['Remy Brun: the shop is', 'Remy Brun: We need a', 'The old man: The rye is']);
  });

  it('gives "he knows that" to a subject set off by an aside ("Voss, for all his bluster, is ..."), not to the last man named', () => {
    expect(
      speakers(
        'Premier Ivan Tesla spoke first, and the hall cheered.',
        'Brandt, for all his talk of reform, is a cautious man at heart; he knows that the voters fear change.',
      ),
    ).toEqual(['Brandt: the voters fear']);
  });

  it('gives the quotation after "He told reporters that ...:" to the one who told them, not to the last woman quoted', () => {
    expect(
      speakers(
        'Senator Ada Voss called the plan a retreat. “The governor has quit,” she said.',
        "The governor's budget director, Carl Imhof, defended the plan. He told reporters that the figures were sound:",
        '“We have checked every number twice.”',
      ),
    ).toEqual(['Ada Voss: the plan a', 'Ada Voss: The governor has', 'Carl Imhof: the figures were', 'Carl Imhof: We have checked']);
  });

  it('reads "her father" and "the bride" as a he and a she, and never gives a "she" to "the old man"', () => {
    expect(
      speakers(
        "The bride wore her grandmother's lace. “I cried all morning,” she said.",
        'Her father, a quiet farmer, stood by the door. “I never saw her happier,” he said.',
        'The old man nodded. “Nor I,” she said.',
      ),
    ).toEqual(['The bride: I cried all', 'Her father: I never saw']);
  });

  it('reads "The other star is halfback Roy Venn" as introducing Venn, whom the next "he" means', () => {
    expect(
      speakers(
        'Coach Hal Dobbs has built a winner. He says the key is defense.',
        'The other star is halfback Roy Venn, who came from Ohio. Venn carries the ball thirty times a game. He admits he is tired by the fourth quarter.',
      ),
    ).toEqual(['Hal Dobbs: the key is', 'Roy Venn: he is tired']);
  });

  it('gives a "she" to the mother the text marked, not to her son who spoke just before', () => {
    expect(
      speakers(
        'Roy Venn carries the ball thirty times a game.',
        "Venn's mother, Edna, watches every game from the top row. “I tell him to rest,” she said.",
        '“Mom worries,” Venn said, grinning.',
        '“Somebody has to,” she said.',
      ),
    ).toEqual(['Edna: I tell him', 'Roy Venn: Mom worries', 'Edna: Somebody has to']);
  });

  it('keeps "Mrs. Ann Dover" a person though Dover is a town, so her "she said" is hers', () => {
    expect(speakers('The winner, Mrs. Ann Dover, held the cup high.', '“I never expected it,” she said.')).toEqual(['Ann Dover: I never expected']);
  });

  it('carries a bare quotation on from the man whose view the paragraph before reported, and gives the next to the man shown acting', () => {
    expect(
      speakers(
        'Mayor Otto Lind spoke for an hour. “The dam will feed the valley,” he said.',
        'His deputy, Karl Asch, disagrees. He thinks the cost is too high.',
        '“Nobody has counted the interest.”',
        'Lind waved that away.',
        '“Asch worries about everything.”',
      ),
    ).toEqual(['Otto Lind: The dam will', 'Karl Asch: the cost is', 'Karl Asch: Nobody has counted', 'Otto Lind: Asch worries about']);
  });

  it('gives a bare reply after a grandson and his grandmother their turns in order', () => {
    expect(
      speakers(
        'Mrs. Edna Pratt is 82 and still drives to church. Her grandson, Tim, rides with her.',
        '“She scares me,” Tim said.',
        '“Nonsense,” she said. “I have never had an accident.”',
        '“She hit a mailbox last year.”',
      ),
    ).toEqual(['Tim: She scares me', 'Edna Pratt: Nonsense', 'Edna Pratt: I have never', 'Tim: She hit a']);
  });

  it('gives the bare question after "I asked Coach Dobbs ..." to the writer, and the answer to the coach', () => {
    const { quotes } = extractQuotes({ ...articleOf(['I asked Coach Hal Dobbs about the loss.', '“Did you expect it?”', '“No. We were flat.”']), byline: 'Ida Penn' });
    const q = quotes.find((x) => x.text.startsWith('Did you'));
    expect(q?.descriptive).toBe('the writer, Ida Penn');
    expect(q?.addressee).toBe('Hal Dobbs');
    expect(quotes.find((x) => x.text.startsWith('No.'))?.person).toBe('Hal Dobbs');
  });

  it('gives a late "He says" to the profile\'s subject, not to a doctor met in passing in a phrase', () => {
    expect(
      speakers(
        'Dr. Felix Arno has run the clinic since 1950.',
        'In 1938 he studied under Professor Karl Weiss in Vienna. Later he met Dr. Hans Roth at a congress in Zurich. The two men wrote a book together. It sold well in Europe. In America it was ignored.',
        'He says that medicine has lost its way.',
      ),
    ).toEqual(['Felix Arno: medicine has lost']);
  });

  it('still gives "He says" to the man a phrase has just named when no one has been the subject since', () => {
    expect(
      speakers(
        'Pell County sits in a slow-growing region. The county needs new industry.',
        'One approach would be to take the advice of Dr. Ivo Marsh, dean of the college. He says the county must study its economy first.',
      ),
    ).toEqual(['Ivo Marsh: the county must']);
  });

  it('gives "They say" to a couple, a man and his wife, a group in -men, and a people an opening phrase is about', () => {
    expect(speakers('Mr. and Mrs. Ezra Pike own the inn. They say business is slow.')).toEqual(['Mr. and Mrs. Ezra Pike: business is slow']);
    expect(speakers('Ezra Pike and his wife, Ada, own the inn. They say business is slow.')).toEqual(['Ezra Pike and his wife: business is slow']);
    expect(speakers('The couple met in Lyon in 1948. They say they have never quarreled.')).toEqual(['The couple: they have never']);
    expect(speakers('The Rangemen are a private militia. They feel that war has begun.')).toEqual(['The Rangemen: war has begun']);
    expect(speakers('To the average voter, this must sound odd. But to the Rangemen, this is a serious business. They feel that war has begun.')).toEqual([
      'the Rangemen: war has begun',
    ]);
  });

  it('on a society page keeps "Mrs. Roland Dane and her daughter, Miss Lila Dane," as two women, and "Her daughter laughed" as the daughter', () => {
    expect(
      speakers(
        'Mrs. Roland Dane and her daughter, Miss Lila Dane, received the guests.',
        '“The roses came late,” Mrs. Dane said. Her daughter laughed. “Mother says that every year,” she said.',
      ),
    ).toEqual(['Mrs. Roland Dane: The roses came', 'Lila Dane: Mother says that']);
  });
});


describe('place names are not people', () => {
  it('reads "St." before a one-word name as a city, so a "he" after it is still the speaker in view', () => {
    expect(
      speakers(
        '“We have never seen so many tows,” said Harold Vemmer, the port director.',
        'Vemmer said the harbor would need dredging by fall. St. Paul has the same trouble, he said.',
      ),
    ).toEqual(['Harold Vemmer: We have never', 'Harold Vemmer: the harbor would', 'Harold Vemmer: St. Paul has']);
  });

  it('leaves a dateline out of what the speaker said: the place a story was filed from is the outlet’s', () => {
    expect(speakers('FORT BRELL, ORE. — Barge traffic on the river rose sharply this spring, port officials said Tuesday.')).toEqual([
      'port officials: Barge traffic on',
    ]);
    expect(speakers('DALTON, May 3 (UPI) — The mill will close in June, its owner said today.')).toEqual(['its owner: The mill will']);
  });
});

describe('a writing quoted from, and pointers that are no one', () => {
  it('gives the words after "I would like to quote from the county charter:" to the charter', () => {
    expect(
      speakers('The roads of the county are in poor shape.', 'I would like to quote from the county charter:', '“Section 4: The council shall keep the roads in repair.”', '“Section 5: The costs shall be borne by the towns.”'),
    ).toEqual(['the county charter: Section 4: The', 'the county charter: Section 5: The']);
  });

  it('never makes "the following" the speaker of the words it points at', () => {
    const got = speakers('In your editorial of May 2 you make the following comment: “Too many towns are letting their roads decay. It is up to the council to act.”');
    expect(got.join('\n')).not.toContain('the following');
  });
});
