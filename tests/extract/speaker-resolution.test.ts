// Whom a "he", a "she", an "it", a description, a lead-in or the next sentence means: specifications in invented
// paragraphs of what a careful reader answers, one describe block per pattern.
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Each statement of an invented article as "who: first words" (who: a name, a description, or null). */
function speakers(...paragraphs: string[]): string[] {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => `${q.person ?? q.descriptive ?? 'null'}: ${q.text.split(/\s+/).slice(0, 3).join(' ')}`);
}

describe('a pronoun means the subject before, as its sex and number allow', () => {
  it('prefers the subject of the sentence before to the last name it mentioned', () => {
    expect(speakers('Coach Milo Fenn praised his quarterback, Dev Arlo, after the game. “He never panicked,” he said.')).toEqual(['Milo Fenn: He never panicked']);
    expect(speakers('Dr. Rhea Voss told the board that Hal Brin would lead the study. She said the money was ready.')).toEqual([
      'Rhea Voss: Hal Brin would',
      'Rhea Voss: the money was',
    ]);
  });

  it('lets a title or a family word decide between a he and a she', () => {
    expect(speakers('Senator Olga Brandt met the governor, Peter Lask, on Tuesday. “We found common ground,” she said.')).toEqual(['Olga Brandt: We found common']);
    expect(speakers('Nadia Ferris teaches the third grade. Her husband, Paul, is a pilot. “We see each other on Sundays,” she said.')).toEqual(['Nadia Ferris: We see each']);
  });

  it('lets a given name decide between a he and a she where no title does', () => {
    expect(
      speakers('Judge Cora Bell heard the case. The defendant, Lyle Marks, listened without a word. “You may go,” she said.'),
    ).toEqual(['Cora Bell: You may go']);
    expect(
      speakers('Martha Quill has run the school board since 1955. Her deputy, Dennis Ware, spoke first. “We need two more teachers,” she said.'),
    ).toEqual(['Martha Quill: We need two']);
  });

  it('keeps "he" to the man a story is about past a paragraph about something else', () => {
    expect(
      speakers('Porter Kane is the new principal of Lakeview High.', 'His predecessor, Hugh Dale, retired in June after 30 years.', 'Kane has big plans. “We will add a science wing,” he said.'),
    ).toEqual(['Porter Kane: We will add']);
    expect(speakers('Dr. Nell Garvin has run the clinic since 1950.', 'The clinic treats 400 patients a month.', '“We turn no one away,” she said.')).toEqual([
      'Nell Garvin: We turn no',
    ]);
  });

  it('reads a bare surname doing what people do as the one a "he" means', () => {
    expect(speakers('Asked about the merger, Tolliver smiled. “It is a good deal,” he said.')).toEqual(['Tolliver: It is a']);
    expect(
      speakers('Mayor Hal Dreer opened the plant in 1950.', 'Orlen is a machinist in Dayton, where he built the first press.', '“The press broke twice,” he said.'),
    ).toEqual(['Orlen: The press broke']);
  });

  it('reads the name after an opening description of a person as the subject: "A native of Ohio, Orlen is ..."', () => {
    expect(speakers('Mayor Hal Dreer spoke at the dinner.', 'A native of Ohio, Orlen is a machinist in Dayton.', '“The press broke twice,” he said.')).toEqual([
      'Orlen: The press broke',
    ]);
    expect(
      speakers('Mayor Hal Dreer spoke at the dinner.', 'Now a soft-spoken, middle-aged man, Orlen runs the shop.', 'He sat in his office. “The press broke twice,” he said.'),
    ).toEqual(['Orlen: The press broke']);
  });

  it('reads the person "by" whom a thing was done as the one in view for the "he" after', () => {
    expect(
      speakers('Judge Ora Finch opened the hearing.', 'Just before noon the closing was announced grimly by the harbor master, Capt. Lew Amsel. He said the pier was unsafe.'),
    ).toEqual(['Lew Amsel: the pier was']);
    expect(speakers('The mayor was praised by Dr. Nils Roe. He said the roads were better.')).toEqual(['The mayor: the roads were']);
  });

  it('reads the one whose answer or reply a sentence describes as in view', () => {
    expect(speakers('Grady Moss’s answer was quick. “Never,” he said.')).toEqual(['Grady Moss: Never']);
    expect(speakers('Karl Penn was asked about the strike. His reply was: “Not while I live.”')).toEqual(['Karl Penn: Not while I']);
    expect(speakers('The governor’s message to the legislature was long on promises. “We will build the roads,” he told the lawmakers.')).toEqual([
      'The governor: We will build',
    ]);
  });

  it('reads "a quarterback named Sonny Ruiz" as introducing Ruiz, who is the one shown acting next', () => {
    expect(
      speakers(
        'The team is led by a quarterback named Sonny Ruiz, a senior. “Sonny is the best I have had,” Coach Bud Kinney says.',
        'Ruiz shrugs it off. “Coach says that about everybody.”',
      ),
    ).toEqual(['Bud Kinney: Sonny is the', 'Sonny Ruiz: Coach says that']);
  });

  it('takes a man named as the author of a piece for the "he" that quotes it', () => {
    expect(
      speakers('I disagree with the editors on the treaty. I refer you to a pamphlet by Mr. Orrin Flaxley, published in May. He says: “It has swept away old quarrels.”'),
    ).toEqual(['Orrin Flaxley: It has swept']);
    expect(
      speakers('See the essay in the Harbor Review (June 3, 1960), by Mr. Silas Brock, on the dam. He writes: “Every dam silts up.”'),
    ).toEqual(['Silas Brock: Every dam silts']);
    expect(speakers('The letter from Senator Abner Hume arrived on Monday. “I cannot support the bill,” he wrote.')).toEqual(['Abner Hume: I cannot support']);
  });

  it('reads "they" as a group or a pair, never one person', () => {
    expect(speakers('The Pell twins, Rob and Ron, were born in 1940. They said the farm was too small for both.')).toEqual(['The Pell twins: the farm was']);
  });
});

describe('no one names themselves', () => {
  it('passes over the person the quotation names for the "he" or "she" who says it', () => {
    expect(speakers('Karl Ames runs the lab with a young partner, Jim Bell. Bell built the machine in two years. “Bell did it alone,” he says.')).toEqual([
      'Karl Ames: Bell did it',
    ]);
    expect(
      speakers('Coach Al Dane watched his new halfback, Roy Venn, run the drill. Venn ran the forty in 4.6 seconds. “Roy has the best legs I have seen,” he said.'),
    ).toEqual(['Al Dane: Roy has the']);
    expect(speakers('Mrs. Ada Loom planted the garden with her neighbor, Mrs. Cora Pratt. Mrs. Pratt dug the beds. “Cora did the hard part,” she said.')).toEqual([
      'Ada Loom: Cora did the',
    ]);
  });

  it('keeps the one in view where no one else fits', () => {
    expect(speakers('Jim Bell built the machine in two years. “Bell did it alone, they say,” he jokes.')).toEqual(['Jim Bell: Bell did it']);
  });
});

describe('an institution is an "it"', () => {
  it('gives "it said" to the company or the union, not to a person named beside it', () => {
    expect(speakers('The Harlow Mining Company denied the charges on Friday. In a statement, it said the mine was safe.')).toEqual([
      'The Harlow Mining Company: the mine was',
    ]);
    expect(speakers('The Dorset Teachers Union, led by Fay Moor, rejected the offer on Monday. It said the raise was too small.')).toEqual([
      'The Dorset Teachers Union: the raise was',
    ]);
    expect(speakers('The Marlow Steel Corporation hired Abe Kress as its president in 1959. It said today that profits had doubled.')).toEqual([
      'The Marlow Steel Corporation: profits had doubled',
    ]);
  });
});

describe('a described speaker is the one the text introduced', () => {
  it('keeps an unnamed spokesman a description, and "he" after him is the spokesman', () => {
    expect(speakers('“We are cooperating fully,” a company spokesman said.')).toEqual(['a company spokesman: We are cooperating']);
    expect(speakers('A spokesman for the railroad, who asked not to be named, said the line would reopen. “We expect delays,” he said.')).toEqual([
      'A spokesman for the railroad: the line would',
      'A spokesman for the railroad: We expect delays',
    ]);
  });

  it('reads "the spokesman" after "a spokesman for X" as that spokesman', () => {
    expect(speakers('A spokesman for the Marlow Steel Corporation said profits had doubled. “We had a good year,” the spokesman said.')).toEqual([
      'A spokesman for the Marlow Steel Corporation: profits had doubled',
      'A spokesman for the Marlow Steel Corporation: We had a',
    ]);
  });

  it('reads a person noun right before a full name as the role of the one named: "the columnist Wes Harlan said"', () => {
    expect(speakers('The columnist Wes Harlan said that the mayor should resign.')).toEqual(['Wes Harlan: the mayor should']);
    expect(speakers('“We are losing the river,” the poet Ezra Vane told the club.')).toEqual(['Ezra Vane: We are losing']);
  });

  it('reads "the architect" or "the health officer" as the person the text gave that role', () => {
    expect(speakers('Ivo Pratt, a Denver architect, designed the hall in 1950. “It leaks,” the architect admitted.')).toEqual(['Ivo Pratt: It leaks']);
    expect(speakers('Dr. Fern Oakley, the county health officer, closed the beach. “The water is not safe,” the health officer said.')).toEqual([
      'Fern Oakley: The water is',
    ]);
  });
});

describe('a lead-in ending in a colon gives its speaker to the quotation after it', () => {
  it('carries the speaker of "X put it plainly:" and "X had a simple answer:" into the next paragraph', () => {
    expect(speakers('The chairman of the board, Luther Pace, put it plainly:', '“We will not sell.”')).toEqual(['Luther Pace: We will not']);
    expect(speakers('Mrs. Ida Kern had a simple answer for the council:', '“Fix the road.”')).toEqual(['Ida Kern: Fix the road.']);
    expect(speakers('Rev. Amos Tuck preached at the morning service.', 'Afterwards, he spoke with reporters:', '“The church must open its doors.”')).toEqual([
      'Amos Tuck: The church must',
    ]);
  });

  it('reads an inverted verb of saying before a colon as the attribution: "Writes columnist X:"', () => {
    expect(speakers('Writes columnist Ned Lorre: “The city has lost its way.”')).toEqual(['Ned Lorre: The city has']);
    expect(speakers('Adds the treasurer, Irma Platt: “We cannot pay for it.”')).toEqual(['Irma Platt: We cannot pay']);
  });

  it('reads an inverted verb of manner before a colon the same way: "Snapped the coach:", "Growled he:"', () => {
    expect(speakers('Coach Abe Lyle watched the film twice. Snapped the coach: “We lost it in the line.”')).toEqual(['Abe Lyle: We lost it']);
    expect(speakers('Coach Abe Lyle watched the film twice. Growled he: “We lost it in the line.”')).toEqual(['Abe Lyle: We lost it']);
    expect(speakers('Coach Abe Lyle watched the film twice.', 'Growled the coach:', '“We lost it in the line.”')).toEqual(['Abe Lyle: We lost it']);
  });

  it('gives what a note or a letter from someone reads to its sender', () => {
    expect(speakers('The note from Principal Ada Wex read:', '“School is closed today.”')).toEqual(['Ada Wex: School is closed']);
  });
});

describe('an attribution in the sentence after the quotation', () => {
  it('reads "“...?” He asked." and "“...” Tarr insisted." as the quotation\'s attribution', () => {
    expect(speakers('Councilman Bert Oakes rose at the meeting and waved the report. “What happened to the money?” He asked.')).toEqual([
      'Bert Oakes: What happened to',
    ]);
    expect(speakers('Hollis Tarr heard the charge in silence.', '“Nobody will lose his job.” Tarr insisted.')).toEqual(['Hollis Tarr: Nobody will lose']);
  });
});

describe('a quotation that runs over several paragraphs', () => {
  it('keeps one speaker over every paragraph, whether the attribution comes first or in the middle', () => {
    expect(speakers('“The first thing,” said Dean Ora Lind, “is to hire teachers.', '“The second is to pay them.', '“The third is to keep them.”')).toEqual([
      'Ora Lind: The first thing',
      'Ora Lind: is to hire',
    ]);
    expect(speakers('Mayor Dina Roth told the council:', '“The budget is balanced.', '“We have no new taxes.”')).toEqual(['Dina Roth: The budget is']);
    expect(speakers('“We had no warning,” Mrs. Orla Bink said. “The water came at night.', '“By morning the house was gone.”')).toEqual([
      'Orla Bink: We had no',
      'Orla Bink: The water came',
    ]);
  });
});

describe('dialogue turns with no attribution', () => {
  it('gives a bare turn to the one just shown acting, and "He paused." keeps the speaker', () => {
    expect(
      speakers('Vera Lomax and her brother, Theo, run the farm together. “He does the milking,” she said. “I do the books.”', 'Theo laughed. “She does everything.”'),
    ).toEqual(['Vera Lomax: He does the', 'Vera Lomax: I do the', 'Theo: She does everything.']);
    expect(
      speakers('Ames Porter took over the team from Lyle Danner in 1958. “I had big shoes to fill,” Porter said.', 'He paused. “But we have a good club.”'),
    ).toEqual(['Ames Porter: I had big', 'Ames Porter: But we have']);
  });
});

describe('what stands beside a name in an attribution is no one', () => {
  it('reads past a party label in parentheses to the name: "Councilman Ray Dolan (D., Third) said"', () => {
    expect(speakers('Councilman Ray Dolan (D., Third) said in a letter to the mayor that the roads were a disgrace.')).toEqual(['Ray Dolan: the roads were']);
    expect(speakers('Senator Hal Orme (R-Ohio) said the bill was dead.')).toEqual(['Hal Orme: the bill was']);
  });

  it('keeps a firm\'s "Inc." with the firm, and the one who heads it the speaker', () => {
    expect(speakers('Tom Birch, head of Birch Hauling Service, Inc., said two trucks were running.')).toEqual(['Tom Birch: two trucks were']);
  });

  it('keeps the name before a role whose affiliation ends in a place: "Ann Roe, economist of Lake Bank, Chicago, said"', () => {
    expect(speakers('Ann Roe, economist of Lake Trust Bank, Chicago, predicted that rates would rise by spring.')).toEqual(['Ann Roe: rates would rise']);
    expect(speakers('“Rates will rise by spring,” Ann Roe, economist of Lake Trust Bank, Chicago, predicted at the meeting.')).toEqual(['Ann Roe: Rates will rise']);
    expect(speakers('Ivo Pratt, professor of history at Dunmore College, New Haven, said the archive was lost.')).toEqual(['Ivo Pratt: the archive was']);
  });

  it('steps over a relative clause on the role to the name: "The leader of the council, which owns the museum, Councillor Ivo Marsh, said"', () => {
    const quotes = extractQuotes(articleOf(['The leader of Dunmore City Council, which owns the museum, Councillor Ivo Marsh, said the city was in shock.'])).quotes.filter(isStatement);
    expect(quotes.map((q) => q.person)).toEqual(['Ivo Marsh']);
    expect(quotes[0].role).toMatch(/leader of Dunmore City Council/);
    expect(quotes[0].role).not.toMatch(/museum/);
  });

  it('reads "X for the attorney\'s office" as X, and the "he" after as X', () => {
    expect(speakers('“We had no warning,” said Vance Orr for the county attorney’s office. He said the dam had failed.')).toEqual([
      'Vance Orr: We had no',
      'Vance Orr: the dam had',
    ]);
  });
});

/** Each statement of an invented article as "who → whom it was said to". */
function toldTo(...paragraphs: string[]): string[] {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => `${q.person ?? q.descriptive ?? 'null'} → ${q.addressee ?? q.toldTo ?? 'null'}`);
}

describe('whom the words were said to', () => {
  it('keeps reporters, a meeting, a news conference and a paper named by its name as the listener', () => {
    expect(toldTo('“We will not close the mill,” Chief Executive Dana Pryor told reporters on a call.')).toEqual(['Dana Pryor → reporters']);
    expect(toldTo('“We have no money left,” Mayor Ed Lusk told the meeting.')).toEqual(['Ed Lusk → the meeting']);
    expect(toldTo('“Cases will rise,” Dr. Ivy Marsh told a news conference.')).toEqual(['Ivy Marsh → a news conference']);
    expect(toldTo('“She has to go,” Senator Cal Ober told the Clarion.')).toEqual(['Cal Ober → the Clarion']);
  });

  it('names no listener where "told" has none: "told lies"', () => {
    expect(toldTo('“It was a lie,” Ned Pike told lies to everyone.')).toEqual(['Ned Pike → null']);
  });
});

describe('a woman just introduced by her full name is the "she" after her', () => {
  it('reads "Her agent at Pell Books, Bea Oduya, recalls" as Oduya, past the woman quoted before', () => {
    expect(speakers('Nia Brand laughed when I asked her about the book.', '“In a barn,” she says.', 'Her agent at Pell Books, Bea Oduya, recalls the first draft. “I cried,” she says.')).toEqual([
      'Nia Brand: In a barn',
      'Bea Oduya: I cried',
    ]);
  });
});

describe('an interview printed as the writer\'s questions and the answers', () => {
  it('gives a quotation alone after the writer\'s question to the one the piece interviews, not the last one quoted', () => {
    expect(
      speakers(
        'Nia Brand laughed when I asked her about the book.',
        '“In a barn,” she says. “A cold one.”',
        'Her agent, Bea Oduya, read it first. “I cried,” she says.',
        'Did the reviews hurt?',
        '“Of course. Nobody likes them.”',
        'What next?',
        '“A second book.”',
      ),
    ).toEqual(['Nia Brand: In a barn', 'Nia Brand: A cold one.', 'Bea Oduya: I cried', 'Nia Brand: Of course. Nobody', 'Nia Brand: A second book.']);
  });
});


describe('feature prose: attributions that a careful reader still sees', () => {
  it('reads a verb of speaking that names no content, after the quotation, as its attribution', () => {
    expect(speakers('“Tovan played a superb game,” Coach Ewan Brisk praised. “He never let up.”')).toEqual([
      'Ewan Brisk: Tovan played a',
      'Ewan Brisk: He never let',
    ]);
  });

  it('gives an answer of names in quote marks to the one who answers, and the words after it too', () => {
    expect(speakers('Where will the goals come from?', '“From Pell, Orrin and Vasko,” answers Coach Lem Darrow. “They are the ones to watch.”')).toEqual([
      'Lem Darrow: From Pell, Orrin',
      'Lem Darrow: They are the',
    ]);
  });

  it('gives a quotation after an inverted "say the mothers" to the people described', () => {
    expect(speakers('The scouts camp out all winter.', '“We fret,” say the mothers. “But the boys love it.”')).toEqual([
      'the mothers: We fret',
      'the mothers: But the boys',
    ]);
  });

  it('finds the speaker of "Mrs. Roe, who kept repeating that they “act now,” said, “...”" before the relative clause', () => {
    expect(speakers('Mrs. Ada Quell, who kept repeating her plea that they “act at once,” said, “We must trust somebody.”').filter((s) => !s.startsWith('null'))).toEqual([
      'Ada Quell: We must trust',
    ]);
  });

  it('gives no speaker to "It was generally agreed that", not the body last in view', () => {
    expect(speakers('The council said it would wait. It was generally agreed that the bridge was unsafe.')).toEqual([
      'The council: it would wait',
      'null: the bridge was',
    ]);
  });
});

describe('a lead-in by writing opens the quotation after it', () => {
  it('gives a letter under "She wrote:" to the woman in view, past a subhead between', () => {
    expect(speakers('A young mother sent us a long letter. She wrote:', 'Long nights', '“My son will not sleep. He cries until dawn, and nothing we try seems to help him.”')).toEqual([
      'A young mother: My son will',
    ]);
  });

  it('gives a creed under "The first article now reads:" to the document', () => {
    expect(speakers('The first article of the guild charter, as amended, now reads:', '“Every member shall keep the craft honest and the tools clean.”')).toEqual([
      'The first article of the guild charter: Every member shall',
    ]);
  });
});

describe('a person named in passing, and an opening phrase of time', () => {
  it('knows a surname later as the person named in passing earlier, and reads past "Last week," to the when-clause', () => {
    expect(
      speakers(
        'Ask coach Dwight Vasko about his kicker and you get a grin.',
        'Wingback Tad Pello hurt a knee on Saturday but insists he will be ready. Last week, when Vasko was told the Hawks led the league, he said: “That won\'t last long.”',
      ),
    ).toEqual(['Tad Pello: he will be', 'Dwight Vasko: That won\'t last']);
  });
});

describe('a "he" in feature prose: the subject of its own sentence, an adverb before a name, a man named in passing', () => {
  it('reads "Now Vasko, of course, is ..." as Vasko the subject, for the "he said" after', () => {
    expect(
      speakers(
        'A visiting reporter came up to Dwight Vasko today and asked the manager about his team.',
        'Now Vasko, of course, is known as a thinker. This was a hard one.',
        '“It is easier to fill a lake,” he said, “than to fill a glass.”',
      ),
    ).toEqual(['Dwight Vasko: It is easier', 'Dwight Vasko: than to fill']);
  });

  it('gives "Pello hasn\'t shown it yet, but he says" to the bare surname the sentence opens on, not the one just described', () => {
    expect(speakers('The old catcher is right about that.', 'Pello hasn\'t shown it yet, but he says his thumb is all right.')).toEqual(['Pello: his thumb is']);
  });

  it('gives a "he said" with no one in view to the man just named in passing', () => {
    expect(speakers('The new road opened a week after the county bought the land from Dwight Vasko.', '“It stays,” he said.')).toEqual(['Dwight Vasko: It stays']);
  });
});

describe('a column in the writer\'s voice: a dialogue with a described man, an interview', () => {
  it('keeps "The attendant, a lanky fellow in a greasy cap," in view for the turns of a dialogue with the writer', () => {
    expect(
      speakers(
        'I pulled into the station last Tuesday. The attendant, a lanky fellow in a greasy cap, looked at my car for a long time.',
        '“What is it?” he asked.',
        '“A compact,” I said.',
        'He walked all the way around it. “Where do the groceries go?”',
      ),
    ).toEqual(['The attendant: What is it?', 'the writer: A compact', 'The attendant: Where do the']);
  });

  it('gives the answer to "I asked him" to the man the writer asked, not the aide the sentence before introduced', () => {
    expect(
      speakers(
        'General Wu Tolan received me in his office. He speaks no English, and his aide, Major Pell, interpreted.',
        'I asked him whether the island could hold out alone.',
        '“Alone, no,” he said through the major.',
        'I said that many doubted the help would come.',
        '“It has always come,” he answered.',
      ).filter((s) => !s.startsWith('the writer')),
    ).toEqual(['Wu Tolan: Alone, no', 'Wu Tolan: It has always']);
  });
});

describe('editorial prose: whose words and who is in view', () => {
  it('gives “...,” is the way the prince puts it. to the prince', () => {
    expect(speakers('Prince Alar Venn has never been shy about his views. “My country belongs to no bloc,” is the way the prince puts it.')).toEqual([
      'Alar Venn: My country belongs',
    ]);
  });

  it('keeps the one a judgment "is what" he told in view for the "He added" after', () => {
    expect(
      speakers(
        'An official, who would not be named, said the prince “plays both ends.”',
        'This harsh judgment is what Ambassador Troy Landis told the committee. He added that the prince was “a costly friend.”',
      ),
    ).toEqual(['An official: plays both ends.', 'Troy Landis: a costly friend.']);
  });

  it('passes over the man introduced as someone\'s father for the son who says "my father"', () => {
    expect(
      speakers('Harlan Vick has mended clocks on Elm Street for 40 years.', 'Vick learned the trade from his father, Amos, who came from Bavaria. Amos Vick kept the shop until 1948.', '“My father never let me touch a watch,” he says.'),
    ).toEqual(['Harlan Vick: My father never']);
  });

  it('reads "As Mayor Boyd himself said," as the mayor', () => {
    expect(speakers('We urge the council to wait. As Mayor Lem Boyd himself said in 1958, “A budget is a promise.”')).toEqual(['Lem Boyd: A budget is']);
  });
});

describe('a column\'s people: one of a group, the writer\'s turns', () => {
  it('reads a bare "One" after a group as one of that group', () => {
    expect(speakers('Other critics have been kinder. One, writing in the Sunday Ledger, called it “a masterpiece of its kind.”')).toEqual([
      'One of the critics: a masterpiece of',
    ]);
  });

  it('gives the writer\'s unattributed turn in a dialogue with a child to the writer, as the writer', () => {
    expect(speakers('My son Kip, who is ten, came home with a question.', '“Dad, what is a square root?”', 'I told him it was a number times itself.', '“Like what?”', '“Like three. Three times three is nine.”')).toEqual([
      'Kip: Dad, what is',
      'the writer: it was a',
      'Kip: Like what?',
      'the writer: Like three. Three',
    ]);
  });
});

describe('a leading clause with no comma', () => {
  it('gives "As Pell stepped on the tee he knew that Voss had birdied" to Pell, and the quotation after', () => {
    expect(
      speakers(
        'Gary Pell and Arnold Voss came to the last day tied. Voss had won the year before.',
        'As Pell stepped on the first tee he knew that Voss had birdied the second hole.',
        '“I knew what Arnie was doing,” he said.',
      ),
    ).toEqual(['Gary Pell: Voss had birdied', 'Gary Pell: I knew what']);
  });
});

describe('"as one puts it" and an inverted name with a clause joined after it', () => {
  it('gives “...” after "And as Sen. Ames puts it," to the senator', () => {
    expect(speakers('Families should eat together. And as Sen. Hollis Ames puts it, “The table is the first school.”')).toEqual(['Hollis Ames: The table is']);
  });

  it('gives “...,” says Mr. Alden and his helpers agree. to Alden', () => {
    expect(speakers('Decorator Leland Alden will trim the hall. “Simple is best,” says Mr. Alden and his helpers agree.')).toEqual(['Leland Alden: Simple is best']);
  });
});

describe('business prose: an officer named in apposition, a newsletter as "it"', () => {
  it('reads "The company\'s president, Ted Voll, was pleased." as Voll for the "he said" after, past the underwriter', () => {
    expect(speakers('The underwriter, Abel Grant of Grant & Co., believes the issue will sell out.', 'The company\'s president, Ted Voll, was pleased. “We did not expect the Swiss,” he said.')).toEqual([
      'Abel Grant: the issue will',
      'Ted Voll: We did not',
    ]);
  });

  it('gives "It reports" to the newsletter in view, not to an officer described before', () => {
    expect(speakers('The company\'s president was pleased.', 'The Daily Market Letter, a Wall Street newsletter, is less sure. It reports that three snack makers cut their dividends.')).toEqual([
      'The Daily Market Letter: three snack makers',
    ]);
  });
});

describe('Rule "a plural of people is no name"', () => {
  const speakers = (...paragraphs: string[]) =>
    extractQuotes({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] }).quotes.map((q) => ({ person: q.person ?? null, described: q.descriptive ?? null }));

  it('reads a sentence-opening plural of a person noun as the people it names, not a person called so', () => {
    expect(speakers('Witnesses said the van was travelling fast before it left the road.')).toEqual([{ person: null, described: 'Witnesses' }]);
    expect(speakers('Reporters confirmed that the harbour offices had closed for the day.')).toEqual([{ person: null, described: 'Reporters' }]);
  });

  it('keeps a surname of that form that the article gave in full', () => {
    expect(speakers('Ann Parsons chairs the board.', 'Parsons said the board would meet again in June.')).toEqual([{ person: 'Ann Parsons', described: null }]);
  });
});
