import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/core/extract/extractFacts.js';
import { peopleOf } from '../../helpers/extractText.js';

// Sentences from the Wikinews bench articles (Wikinews contributors, CC BY 2.5; see
// ../shared/bench/articles/SOURCE.md): each is a case `npm run eval` once got wrong.

const roleOf = (text: string, name: string) => peopleOf(text).find((p) => p.name === name)?.roles;
const names = (text: string) => peopleOf(text).map((p) => p.name);

describe('titles before a name', () => {
  // Sentences written for these tests, in the ways other news writes roles.
  it('reads a comma-set title after a quotation, with the lower-case words that qualify it', () => {
    expect(
      roleOf(
        '“We will grow,” Kelpwise’s chief executive and co-founder, Lena Hartmann, said on Tuesday.',
        'Lena Hartmann',
      ),
    ).toEqual(['Kelpwise’s chief executive and co-founder']);
    expect(
      roleOf('The city’s mobility alderman, Pieter Van Damme, said the tram would run.', 'Pieter Van Damme'),
    ).toEqual(['mobility alderman']);
    expect(
      roleOf('After meeting the mayor, Pieter Van Damme said the tram would run.', 'Pieter Van Damme'),
    ).toEqual([]);
  });

  it('knows common occupations as roles', () => {
    expect(roleOf('Grace Okafor, a nurse at the hospital, spoke to the crowd.', 'Grace Okafor')).toEqual([
      'nurse at the hospital',
    ]);
    expect(
      roleOf(
        'Daniel Whitfield, regional organiser for the union, said the strike would go on.',
        'Daniel Whitfield',
      ),
    ).toEqual(['regional organiser for the union']);
  });

  it('reads a title set off by commas wherever a noun phrase starts, when the name is set off too', () => {
    expect(
      roleOf(
        '“It’s important to have the factory working,” said the firm’s chief executive officer, Alan Mulally.',
        'Alan Mulally',
      ),
    ).toEqual(['chief executive officer']);
    expect(
      roleOf(
        'The vice president of Dacia, Constantin Stroe, said that the price Ford offers is not important.',
        'Constantin Stroe',
      ),
    ).toEqual(['vice president of Dacia']);
    expect(
      roleOf(
        'The plan, the brainchild of Ford’s Chief Executive Officer, William Clay Ford Jr., is to end the losses.',
        'William Clay Ford Jr',
      ),
    ).toEqual(['Ford’s Chief Executive Officer']);
  });

  it('does not read a comma-set title after another verb: the name is then the subject', () => {
    expect(peopleOf('After meeting the prime minister, Angela Merkel said the talks went well.')).toEqual([
      { name: 'Angela Merkel', roles: [] },
    ]);
  });

  it('joins roles with "and", but never across another person’s name', () => {
    const text =
      'The UAW President Ron Gettelfinger and Vice President Gerald Bantom called the plan disappointing.';
    expect(roleOf(text, 'Ron Gettelfinger')).toEqual(['UAW President']);
    expect(roleOf(text, 'Gerald Bantom')).toEqual(['Vice President']);
    expect(roleOf('Apple Computer CEO and co-founder Steve Jobs gave the keynote.', 'Steve Jobs')).toEqual([
      'Apple Computer CEO and co-founder',
    ]);
  });

  it('takes nouns that qualify the head into the role', () => {
    expect(
      roleOf('Chief investment officer at Fort Pitt Capital Group Charlie Smith said so.', 'Charlie Smith'),
    ).toEqual(['Chief investment officer at Fort Pitt Capital Group']);
    expect(roleOf('Stocks rose after US bank chief Ben Bernanke said so.', 'Ben Bernanke')).toEqual([
      'US bank chief',
    ]);
    expect(
      roleOf('The company named head of finance Daniel Ammann as its president.', 'Daniel Ammann'),
    ).toEqual(['head of finance', 'president']);
  });

  it('does not take a common noun before a name for a title: the name is what the noun names', () => {
    expect(
      names(
        '“It is the best decision,” said the general secretary of the British union Unite, Tony Woodley.',
      ),
    ).toEqual(['Tony Woodley']);
  });

  it('reads long official titles up to the name, with abbreviations in them', () => {
    expect(
      roleOf(
        'Special Asst. to the Secretary and Director of Air Force Communications Bill Bodie: “We don’t have to turn the other cheek.”',
        'Bill Bodie',
      ),
    ).toEqual(['Secretary and Director of Air Force Communications']);
    expect(
      roleOf('The co-founder of Apple Inc. Steve Jobs has died at the age of 56.', 'Steve Jobs'),
    ).toEqual(['co-founder of Apple Inc.']);
  });
});

describe('roles in apposition', () => {
  it('takes the head’s object whatever its words, up to the end of the apposition', () => {
    expect(
      roleOf(
        'Kaoru Yosano, the Japanese minister of fiscal policy, said the downturn will last.',
        'Kaoru Yosano',
      ),
    ).toEqual(['Japanese minister of fiscal policy']);
    expect(
      roleOf(
        'On this cut, Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union said it hurts.',
        'Whitey MacDonald',
      ),
    ).toEqual(['chairperson of Local 1520']);
    expect(roleOf('“No,” said Barack Obama, President of the United States.', 'Barack Obama')).toEqual([
      'President of the United States',
    ]);
  });

  it('reads an apposition with a number first, one without its comma, and one after "Jr."', () => {
    expect(
      roleOf(
        '“We are rolling out the first 787,” enthused Scott Fancher, 787 project manager and Boeing vice president.',
        'Scott Fancher',
      ),
    ).toEqual(['787 project manager and Boeing vice president']);
    expect(
      roleOf(
        'Peter Boockvar an equity strategist for Miller Tabak, commented on the fall.',
        'Peter Boockvar',
      ),
    ).toEqual(['equity strategist for Miller Tabak']);
    expect(
      roleOf(
        '“It helps,” said William Clay Ford Jr., executive chairman of Ford Motor Co.',
        'William Clay Ford Jr',
      ),
    ).toEqual(['executive chairman of Ford Motor Co']);
  });

  it('knows writers and employees as roles', () => {
    expect(roleOf('“It is a challenge,” claims writer John Ostrower.', 'John Ostrower')).toEqual(['writer']);
    expect(roleOf('Scott Forestall, an Apple employee, revealed the change.', 'Scott Forestall')).toEqual([
      'Apple employee',
    ]);
  });

  it('does not take the subject after "in X," for an apposition of X', () => {
    expect(names('Addressing a conference in Wyoming, the bank chief said that growth is near.')).toEqual([]);
  });
});

describe('names without a title', () => {
  it('takes a name that starts with a common given name for a person', () => {
    expect(peopleOf('Steve Jobs has died at the age of 56.')).toEqual([{ name: 'Steve Jobs', roles: [] }]);
  });

  it('does not take a given-name-like word for a person where the article uses the name as a thing', () => {
    expect(names('The Ford Taurus was introduced in 1986.')).toEqual([]);
    expect(
      names('Northrop Grumman won the contract. Northrop Grumman CEO Ron Sugar said they had no chance.'),
    ).toEqual(['Ron Sugar']);
  });

  it('lets a title vouch for a surname that is also a word ("Press"), and links "said Press." to it', () => {
    const text =
      '“This is a difficult day,” said Jim Press, the Vice Chairman of Chrysler. “It will be strong,” said Press.';
    expect(peopleOf(text)).toEqual([{ name: 'Jim Press', roles: ['Vice Chairman of Chrysler'] }]);
  });

  it('takes capitalised honorifics only, and a surname after one for a person', () => {
    expect(names('I will miss Steve immensely.')).toEqual([]);
    expect(names('Mr MacFarlane said that the research facility was exciting.')).toEqual(['MacFarlane']);
  });

  it('links a surname misspelt by one letter to the person named before', () => {
    const text =
      'Automotive analyst Dennis DesRosier believes the factory will close. DesRoiser said, “The plant is old.”';
    expect(peopleOf(text)).toEqual([{ name: 'Dennis DesRosier', roles: ['Automotive analyst'] }]);
  });
});

describe('headlines', () => {
  it('reads a headline as the article’s first sentence, and cites it', () => {
    const { facts } = extractFacts({
      id: 'a',
      file: 'a.txt',
      title: 'Mary Barra appointed as General Motors chief',
      date: '2013-12-10',
      text: 'Barra, 51, will be the first woman to lead a firm in the American auto industry.',
    });
    const person = facts.find((f) => f.kind === 'person');
    expect(person?.person).toEqual({ name: 'Mary Barra', roles: ['General Motors chief'] });
    expect(person?.source.sentence).toBe('Mary Barra appointed as General Motors chief');
  });
});

describe('roles in the other ways news writes them', () => {
  // Sentences written for these tests.
  it('reads a title set off before a name that is set off in turn, whatever comes before the title', () => {
    expect(
      roleOf('On the second day the head referee, Marco Bellini, sent off two players.', 'Marco Bellini'),
    ).toEqual(['head referee']);
    expect(
      roleOf(
        'The strike was called off; the union’s general secretary, Mary Fenwick, said members had voted.',
        'Mary Fenwick',
      ),
    ).toEqual(['union’s general secretary']);
    expect(
      roleOf('After meeting the prime minister, Merkel said the talks went well.', 'Merkel'),
    ).toBeUndefined();
  });

  it('takes lower-case nouns before a role’s head into the role, but not verbs or adverbs', () => {
    expect(roleOf('Rita Holm was appointed chief medical officer on Monday.', 'Rita Holm')).toEqual([
      'chief medical officer',
    ]);
    expect(
      roleOf('Tom Ellis, a forensic accountant at the firm, said the books were clean.', 'Tom Ellis'),
    ).toEqual(['forensic accountant at the firm']);
    expect(
      roleOf('Priya Nair will become the museum’s first senior curator next month.', 'Priya Nair'),
    ).toEqual(['future museum’s first senior curator']);
    expect(roleOf('Lena Park, citing senior officials, said the deal was off.', 'Lena Park')).toBeUndefined();
  });

  it('gives the title before "Prof." or "Dr", rather than the abbreviation (a professor’s title besides)', () => {
    expect(
      roleOf('The board’s scientific director, Prof. Ivo Marek, said the tests were sound.', 'Ivo Marek'),
    ).toEqual(['scientific director', 'Professor']);
    expect(
      roleOf('The board’s scientific director, Dr Ivo Marek, said the tests were sound.', 'Ivo Marek'),
    ).toEqual(['scientific director']);
  });

  it('reads a role after the "and" of a relative clause, and after "currently" or "previously"', () => {
    expect(
      roleOf(
        'Kim Daley, who founded the charity in 1998 and is now a government adviser, spoke first.',
        'Kim Daley',
      ),
    ).toEqual(['government adviser']);
    expect(
      roleOf('Ravi Shah, currently deputy editor of the Courier, said he was sorry.', 'Ravi Shah'),
    ).toEqual(['deputy editor of the Courier']);
    expect(
      roleOf('Ravi Shah, previously deputy editor of the Courier, said he was sorry.', 'Ravi Shah'),
    ).toEqual(['former deputy editor of the Courier']);
  });

  it('reads a post as left when the verb after the name says so', () => {
    expect(roleOf('The chief scientist, Henrik Dahl, retired in May.', 'Henrik Dahl')).toEqual([
      'former chief scientist',
    ]);
    expect(roleOf('The chief executive, Ann Lee, resigned as chairman in May.', 'Ann Lee')).toEqual([
      'chief executive',
      'former chairman',
    ]);
  });

  it('reads whose successor or predecessor someone is, and keeps their own post beside it', () => {
    expect(
      roleOf(
        'His successor as finance director, Omar Baig, currently treasurer of the group, starts in May.',
        'Omar Baig',
      ),
    ).toEqual(['treasurer of the group', 'future finance director']);
    expect(roleOf('Her predecessor as mayor, Frank Ulm, lost the vote.', 'Frank Ulm')).toEqual([
      'former mayor',
    ]);
  });

  it('states no role held for a time that may be over', () => {
    expect(roleOf('Mr Brown, a teacher for 30 years before he retired, found the letter.', 'Brown')).toEqual(
      [],
    );
    expect(roleOf('Tom Reyes, mayor from 2001 to 2009, backed the plan.', 'Tom Reyes')).toEqual([]);
  });

  it('reads "Cllr" as a councillor’s title and "Fr" as an honorific, apart from a post written before them', () => {
    expect(roleOf('Cllr Tom Baines, leader of the Labour group, objected.', 'Tom Baines')).toEqual([
      'Cllr',
      'leader of the Labour group',
    ]);
    expect(roleOf('Finance spokesman Cllr Ben Ode said no.', 'Ben Ode')).toEqual([
      'Finance spokesman',
      'Cllr',
    ]);
    expect(roleOf('Deputy Health Minister Prof. Anna Lind said the ward would reopen.', 'Anna Lind')).toEqual(
      ['Deputy Health Minister', 'Professor'],
    );
    expect(roleOf('The talks were led by Fr Pat Dunne, the parish priest.', 'Pat Dunne')).toEqual([
      'parish priest',
    ]);
  });

  it('reads "X, then deputy head," as a post held at the time told, not now', () => {
    expect(
      roleOf('Ruth Ames, then deputy head of the school, raised the alarm in 1997.', 'Ruth Ames'),
    ).toEqual(['former deputy head of the school']);
    expect(
      roleOf('The firm was founded by Ivo Marek, then a lecturer at Brno University, in 1991.', 'Ivo Marek'),
    ).toEqual(['founder', 'former lecturer at Brno University']);
  });

  it('reads "the Rev", "Baroness", "GP" and a run of abbreviated titles', () => {
    expect(roleOf('The Rev Anne Cole led the service.', 'Anne Cole')).toEqual(['Rev']);
    expect(roleOf('Baroness Anne Cole said the bill was flawed.', 'Anne Cole')).toEqual([]);
    expect(roleOf('Anna Berg, a GP, said the surgery was full.', 'Anna Berg')).toEqual(['GP']);
    expect(roleOf('Det Insp Jane Moss said the search would go on.', 'Jane Moss')).toEqual([
      'Detective Inspector',
    ]);
  });

  it('leaves where a person comes from out of the role, unless they represent it', () => {
    expect(roleOf('Dr Anna Berg, a GP from Leeds, said no.', 'Anna Berg')).toEqual(['GP']);
    expect(roleOf('Tom Hale, a farmer from Kerry, said the rain was late.', 'Tom Hale')).toEqual(['farmer']);
    expect(roleOf('Lisa Hart, the senator from Oregon, introduced the bill.', 'Lisa Hart')).toEqual([
      'senator from Oregon',
    ]);
  });

  it('knows keepers, vets and clergy as roles', () => {
    expect(roleOf('Head keeper Sara Wills fed the lions.', 'Sara Wills')).toEqual(['Head keeper']);
    expect(roleOf('The farm’s vet, Dr Ola Berg, saw the calf.', 'Ola Berg')).toEqual(['vet']);
    expect(roleOf('The ship’s chaplain, Ian Doyle, led the prayers.', 'Ian Doyle')).toEqual(['chaplain']);
  });

  it('joins two qualifiers of a comma-set title with "and", and leaves an age out of a role', () => {
    expect(roleOf("The city's roads and transport director, Ida Berg, said no.", 'Ida Berg')).toEqual([
      'roads and transport director',
    ]);
    expect(roleOf('Ann Lee, a 40-year-old teacher who runs the choir, said no.', 'Ann Lee')).toEqual([
      'teacher',
    ]);
  });

  it('reads the role joined by "and" to a relation by family in an apposition', () => {
    expect(roleOf('Mary Kay, his wife and business partner, said no.', 'Mary Kay')).toEqual([
      'business partner',
    ]);
    expect(roleOf('Tom Hale, the mayor’s son and chief of staff, said no.', 'Tom Hale')).toEqual([
      'chief of staff',
    ]);
    expect(roleOf('Tom Hale, the mayor’s son, said no.', 'Tom Hale')).toEqual([]);
  });

  it('reads a relative clause of chairing, heading, leading or teaching as what someone does', () => {
    expect(roleOf('Anna Berg, who chairs the parish council, said no.', 'Anna Berg')).toEqual([
      'chairs the parish council',
    ]);
    expect(roleOf('Tom Hale, who teaches history at Ripon College, said no.', 'Tom Hale')).toEqual([
      'teaches history at Ripon College',
    ]);
    // In a role named after "as", the role is the one named.
    expect(roleOf('Anna Berg, who leads the inquiry as its chair, said no.', 'Anna Berg')).toEqual(['chair']);
  });

  it('ends a role before a state its holder is in: "on trial", "on bail", "on strike"', () => {
    expect(roleOf('Tom Hale, the former mayor on trial for fraud, said no.', 'Tom Hale')).toEqual([
      'former mayor',
    ]);
    expect(roleOf('Anna Berg, a nurse on strike since Monday, said no.', 'Anna Berg')).toEqual(['nurse']);
    expect(roleOf('Tom Hale, adviser on climate policy, said no.', 'Tom Hale')).toEqual([
      'adviser on climate policy',
    ]);
  });

  it('reads counsel’s side in a court report as their role', () => {
    expect(roleOf('Mark Ode, defending, said his client was sorry.', 'Mark Ode')).toEqual(['defending']);
    expect(roleOf('Mark Ode, defending his record, said no.', 'Mark Ode')).toEqual([]);
  });

  it('reads a phrase opened by a preposition before a name as the sentence’s opening, not a title', () => {
    expect(roleOf('In a letter to the mayor, John Smith said he would quit.', 'John Smith')).toEqual([]);
    expect(roleOf('The plan was praised by the city’s chief engineer, Ida Berg.', 'Ida Berg')).toEqual([
      'chief engineer',
    ]);
  });

  it('reads a role held "since" a time, or that someone "remains", as held now', () => {
    expect(roleOf('Ann Lee, who has been chair of the board since 2015, said no.', 'Ann Lee')).toEqual([
      'chair of the board',
    ]);
    expect(roleOf('The shop was opened by Ada Obi, who remains its manager.', 'Ada Obi')).toEqual([
      'manager',
    ]);
  });

  it('reads a comma-set title when where the person is from follows the name', () => {
    expect(
      roleOf(
        'A wine critic, Paul Roux of the Lyon daily Le Progrès, said the vintage was poor.',
        'Paul Roux',
      ),
    ).toEqual(['wine critic']);
  });

  it('reads "He is now …" as said of the person the sentence before opens with, or names alone', () => {
    expect(
      roleOf('The bakery was opened in 1990 by Paul Gratton. He is now the mayor of Vence.', 'Paul Gratton'),
    ).toEqual(['mayor of Vence']);
    expect(
      roleOf('The bakery was opened in 1990 by Paul Gratton. She is now the mayor of Vence.', 'Paul Gratton'),
    ).toEqual([]);
    // Two people named before: the sentence's subject, if it opens with one; else whose it is cannot be told.
    expect(
      roleOf('Paul Gratton met Marc Abel in Nice. He is now the mayor of Vence.', 'Paul Gratton'),
    ).toEqual(['mayor of Vence']);
    expect(
      roleOf('In Nice, Paul Gratton met Marc Abel. He is now the mayor of Vence.', 'Paul Gratton'),
    ).toEqual([]);
    // A new paragraph may start with someone else.
    expect(
      roleOf('The bakery was opened by Paul Gratton.\n\nHe is now the mayor of Vence.', 'Paul Gratton'),
    ).toEqual([]);
  });

  it('reads a post given now but taken up later as one to come', () => {
    expect(
      roleOf(
        'Rosa Imbert was named conductor of the city orchestra on Monday and takes office in September.',
        'Rosa Imbert',
      ),
    ).toEqual(['future conductor of the city orchestra']);
    expect(
      roleOf(
        'The club announced the appointment of Kofi Mensah as its head coach. Mr Mensah, currently assistant coach at Rovers, will join the club in July.',
        'Kofi Mensah',
      ),
    ).toEqual(['assistant coach at Rovers', 'future head coach']);
    expect(
      roleOf('Ines Barros was elected mayor of Tavira. She said her deputy will join later.', 'Ines Barros'),
    ).toEqual(['mayor of Tavira']);
    expect(
      roleOf(
        'Ines Barros, who was elected mayor in May, said that Tomas will join the council.',
        'Ines Barros',
      ),
    ).toEqual(['mayor']);
  });

  it('reads being sworn in, starting or an effective date to come as taking up a post later', () => {
    expect(
      roleOf('Ines Barros, who was elected mayor on Sunday, will be sworn in next week.', 'Ines Barros'),
    ).toEqual(['future mayor']);
    expect(roleOf('Kofi Mensah was named head coach on Monday. He starts in June.', 'Kofi Mensah')).toEqual([
      'future head coach',
    ]);
    expect(roleOf('Lia Moss was named chief executive, effective January 1.', 'Lia Moss')).toEqual([
      'future chief executive',
    ]);
    expect(roleOf('Lia Moss was named chief executive, effective immediately.', 'Lia Moss')).toEqual([
      'chief executive',
    ]);
  });

  it('reads "He will take office …" as said of the person appointed last before it', () => {
    const text =
      'Marek Nowak, the deputy governor, was elected governor of the province on Sunday. His rival, Anna Zielin, conceded. He will take office on June 1.';
    expect(roleOf(text, 'Marek Nowak')).toEqual(['deputy governor', 'future governor of the province']);
    // An appointment that names its year was made long before.
    expect(
      roleOf(
        'Lia Moss was promoted to head of sales in 2012.\n\nShe will join the board of Kestrel on May 1.',
        'Lia Moss',
      ),
    ).toEqual(['head of sales']);
  });

  it('reads a post given and left in one sentence as left', () => {
    expect(
      roleOf(
        'Omar Farouk was appointed head of the choir in 2001 but resigned as head in 2006 to teach.',
        'Omar Farouk',
      ),
    ).toEqual(['former head of the choir']);
    expect(
      roleOf('Nora Bell became coach of the Hawks in 1998 and later retired to Spain.', 'Nora Bell'),
    ).toEqual(['former coach of the Hawks']);
    // Leaving another post leaves this one held.
    expect(
      roleOf('Ada Kim was elected mayor in 2019 but stepped down as party treasurer in 2021.', 'Ada Kim'),
    ).toEqual(['mayor']);
  });

  it('reads a post held "at the time" or "until recently" as held before', () => {
    expect(roleOf('Anna Berg, the mayor at the time, said no.', 'Anna Berg')).toEqual(['former mayor']);
    expect(roleOf('Anna Berg, chief executive at the time, said no.', 'Anna Berg')).toEqual([
      'former chief executive',
    ]);
    expect(roleOf('Anna Berg, until recently chief executive of Ikon, said no.', 'Anna Berg')).toEqual([
      'former chief executive of Ikon',
    ]);
  });

  it('keeps a word of time before a title with lower-case nouns in it', () => {
    expect(roleOf('Former county commissioner Bill Hargrove said no.', 'Bill Hargrove')).toEqual([
      'former county commissioner',
    ]);
    expect(roleOf('Ex club captain Sam Ode said no.', 'Sam Ode')).toEqual(['former club captain']);
    expect(roleOf('Acting police chief Ana Ruiz said no.', 'Ana Ruiz')).toEqual(['Acting police chief']);
  });

  it('reads a post its holder was ousted from, or left as the clause after it says, as held before', () => {
    expect(roleOf('The deposed president, Anna Berg, said no.', 'Anna Berg')).toEqual(['former president']);
    expect(roleOf('Sacked manager Tom Hale said no.', 'Tom Hale')).toEqual(['former manager']);
    expect(roleOf('The previous mayor, Anna Berg, said no.', 'Anna Berg')).toEqual(['former mayor']);
    expect(roleOf('Police chief Anna Berg, who retired last year, said no.', 'Anna Berg')).toEqual([
      'former Police chief',
    ]);
    expect(roleOf('Mayor Anna Berg, who has since resigned, said no.', 'Anna Berg')).toEqual([
      'former Mayor',
    ]);
    expect(roleOf('Anna Berg, the mayor who resigned last week, said no.', 'Anna Berg')).toEqual([
      'former mayor',
    ]);
    // Leaving another post leaves the title held.
    expect(roleOf('Mayor Anna Berg, who retired as a teacher in 2010, said no.', 'Anna Berg')).toEqual([
      'Mayor',
      'former teacher',
    ]);
  });

  it('reads a post held "when" something happened in the past, or retired from, as held before', () => {
    expect(roleOf('Anna Berg, mayor when the bridge was built, said no.', 'Anna Berg')).toEqual([
      'former mayor',
    ]);
    expect(roleOf('Tom Hale, the manager when the plant closed, said no.', 'Tom Hale')).toEqual([
      'former manager',
    ]);
    expect(roleOf('Anna Berg, the nurse when the ward opens, said no.', 'Anna Berg')).toEqual(['nurse']);
    expect(roleOf('Anna Berg, who has retired as headteacher, said no.', 'Anna Berg')).toEqual([
      'former headteacher',
    ]);
    expect(roleOf('Anna Berg, who served as mayor for a decade, said no.', 'Anna Berg')).toEqual([
      'former mayor',
    ]);
  });

  it('reads "next", and taking over at a time to come, as a post to come', () => {
    expect(roleOf('Anna Berg, the next chief executive, said no.', 'Anna Berg')).toEqual([
      'future chief executive',
    ]);
    expect(roleOf("The club's next manager, Anna Berg, said no.", 'Anna Berg')).toEqual([
      "future club's manager",
    ]);
    expect(roleOf('Anna Berg, who takes over as chief executive next month, said no.', 'Anna Berg')).toEqual([
      'future chief executive',
    ]);
    expect(roleOf('Anna Berg, who becomes chief executive in May, said no.', 'Anna Berg')).toEqual([
      'future chief executive',
    ]);
    expect(roleOf('Anna Berg became chief executive in May.', 'Anna Berg')).toEqual(['chief executive']);
  });

  it('reads a seat or job lost after it was given as held before', () => {
    expect(
      roleOf('Anna Berg, who was elected mayor in 2010 and lost the seat in 2014, said no.', 'Anna Berg'),
    ).toEqual(['former mayor']);
  });

  it('holds no post as current for a person who died', () => {
    expect(
      roleOf(
        'Hugo Brandt, the German architect who designed the harbour bridge, died on Friday in Hamburg.',
        'Hugo Brandt',
      ),
    ).toEqual(['former German architect']);
    expect(roleOf('Alma Reyes, 88, a retired nurse from Cebu, has died.', 'Alma Reyes')).toEqual([
      'former nurse',
    ]);
    expect(roleOf('Governor Sam Okoro, whose mother died in May, opened the bridge.', 'Sam Okoro')).toEqual([
      'Governor',
    ]);
    // Having founded something outlives its founder.
    expect(roleOf('Lena Dahl, the founder of the Nordlys choir, died on Tuesday.', 'Lena Dahl')).toEqual([
      'founder of the Nordlys choir',
    ]);
  });
});

describe('posts taken away or ended by death, however the sentence says so', () => {
  it('reads a word of removal after a subject as its verb, and the title after it as held before', () => {
    expect(roleOf('Northgate Rovers sacked manager Tom Hale on Sunday.', 'Tom Hale')).toEqual([
      'former manager',
    ]);
    expect(roleOf('The board ousted chairman Ann Berg after the vote.', 'Ann Berg')).toEqual([
      'former chairman',
    ]);
    // With a determiner or a possessive before it, the word qualifies the title, as before.
    expect(roleOf('The sacked manager Tom Hale said no.', 'Tom Hale')).toEqual(['former manager']);
  });

  it('reads a death told after the name, in a "who" clause or after a semicolon with its pronoun', () => {
    expect(roleOf('She thanked the architect Tom Hale, who died in 2015.', 'Tom Hale')).toEqual([
      'former architect',
    ]);
    expect(roleOf('She married the painter Tom Hale in 1971; he died in 2009.', 'Tom Hale')).toEqual([
      'former painter',
    ]);
    // "she" is not Tom.
    expect(roleOf('She married the painter Tom Hale in 1971; she died in 2009.', 'Tom Hale')).toEqual([
      'painter',
    ]);
  });
});

describe('a role said by a verb joined to the name’s own', () => {
  it('reads a present verb joined by "and" or "but" to the verb after the name as the name’s', () => {
    expect(
      roleOf('Mira Holt quit the bank in 2019 and is now head of lending at Corra Credit.', 'Mira Holt'),
    ).toEqual(['head of lending at Corra Credit']);
    expect(roleOf('Ben Ode lost his seat in May but remains chairman of the trust.', 'Ben Ode')).toEqual([
      'chairman of the trust',
    ]);
    // A past verb joined tells what happened; a clause of its own has its own subject.
    expect(roleOf('Ben Ode signed up in May and became volunteer number 12.', 'Ben Ode')).toEqual([]);
    expect(roleOf('Ben Ode said the plan failed and is now chairman of nothing.', 'Ben Ode')).toEqual([]);
  });
});

describe('what a role is, apart from the words around it', () => {
  it('ends a role given by a verb where an owner’s own event starts ("at its meeting")', () => {
    expect(
      roleOf('Tom Hale is expected to be elected chair of the board at its meeting in June.', 'Tom Hale'),
    ).toEqual(['future chair of the board']);
    expect(roleOf('Ann Berg was named captain at their annual dinner.', 'Ann Berg')).toEqual(['captain']);
    expect(roleOf('Ann Berg was named professor at the University of Leeds.', 'Ann Berg')).toEqual([
      'professor at the University of Leeds',
    ]);
  });

  it('leaves "first woman" out of a role, and a headline’s wording without articles beside the full one', () => {
    expect(
      roleOf(
        'Ann Berg elected first woman rector of University of Lund\n\nAnn Berg was elected rector of the University of Lund on Monday.',
        'Ann Berg',
      ),
    ).toEqual(['rector of the University of Lund']);
    expect(roleOf('Ann Berg, the first black mayor of Hull, said no.', 'Ann Berg')).toEqual([
      'mayor of Hull',
    ]);
    // "first" alone says which holder of a post, not who held it first of a kind.
    expect(roleOf('Ann Berg, the first chief executive of Corra, said no.', 'Ann Berg')).toEqual([
      'first chief executive of Corra',
    ]);
  });
});

describe('organisations named beside a title', () => {
  it('takes no trust or playhouse after a title’s "of" for a person', () => {
    expect(
      names('Its chair will be Dr Ann Berg, currently chief executive of Moorfield Health Trust.'),
    ).toEqual(['Ann Berg']);
    expect(
      names(
        'Tom Hale, founder of Leeds’s Canal Playhouse, has died. “He was kind,” the Canal Playhouse said.',
      ),
    ).toEqual(['Tom Hale']);
  });
});

describe('comma-set titles with a name or a new head in them', () => {
  it('keeps the place or body named before the lower-case words of a comma-set title', () => {
    expect(roleOf('The EU farm commissioner, Ann Berg, said no.', 'Ann Berg')).toEqual([
      'EU farm commissioner',
    ]);
    expect(roleOf('He met the Welsh rugby coach, Tom Hale, on Monday.', 'Tom Hale')).toEqual([
      'Welsh rugby coach',
    ]);
    // After a verb, no title is set off: the name is the subject.
    expect(roleOf('In Leeds dairy farmers, Ann Berg said, are angry.', 'Ann Berg')).toEqual([]);
  });

  it('reads an investigator as a role', () => {
    expect(roleOf('Its lead investigator, Dr Ann Berg, said no.', 'Ann Berg')).toEqual(['lead investigator']);
  });
});

describe('a field named before the nouns of a title', () => {
  it('reads one capitalised word opening the title as the field of the nouns after it', () => {
    expect(roleOf('Housing cabinet member Cllr Ann Berg said no.', 'Ann Berg')).toEqual([
      'Housing cabinet member',
      'Cllr',
    ]);
    expect(roleOf('“No,” said Labour group leader Tom Hale.', 'Tom Hale')).toEqual(['Labour group leader']);
    // A verb in the present after a subject is no noun of a title.
    expect(roleOf('Jones praises health minister Ann Berg.', 'Ann Berg')).toEqual(['health minister']);
  });
});

describe('two roles in one apposition', () => {
  it('keeps the first whole when the two are too long to read as one', () => {
    expect(
      roleOf(
        '“No,” said Ann Berg, owner of the Mill Lane Bakery and secretary of the Otley Chamber of Trade.',
        'Ann Berg',
      ),
    ).toEqual(['owner of the Mill Lane Bakery']);
    expect(roleOf('Ann Berg, owner and chef of the Mill Lane Bakery, said no.', 'Ann Berg')).toEqual([
      'owner and chef of the Mill Lane Bakery',
    ]);
  });
});

describe('a surname that names a family', () => {
  it('gives no one person what a family did', () => {
    expect(
      roleOf(
        'Ann Berg, the firm’s chief executive, said no. The firm was founded in 1950 by the Berg family.',
        'Ann Berg',
      ),
    ).toEqual(['firm’s chief executive']);
    expect(names('The Hale family said they were relieved.')).toEqual([]);
  });
});

describe('a professor’s title behind a comma-set title', () => {
  it('keeps the professor’s title besides the post, and past a post left', () => {
    expect(roleOf('Its dean, Prof. Ann Berg, resigned on Friday.', 'Ann Berg')).toEqual([
      'Professor',
      'former dean',
    ]);
    expect(roleOf('The head of surgery, Prof Tom Hale, said no.', 'Tom Hale')).toEqual([
      'head of surgery',
      'Professor',
    ]);
  });
});

describe('a clause on the noun of an apposition', () => {
  it('reads "who has been <role>" after the apposition’s noun as a role held now', () => {
    expect(
      roleOf('Ann Berg, a farmer who has been chair of the parish council since 2015, said no.', 'Ann Berg'),
    ).toEqual(['farmer', 'chair of the parish council']);
    expect(roleOf('Tom Hale, a nurse who has been on strike since May, said no.', 'Tom Hale')).toEqual([
      'nurse',
    ]);
  });

  it('keeps a role held for years as held when the person takes another post later', () => {
    expect(
      roleOf(
        'Ann Berg, a lawyer who has been dean of law since 2015, was elected rector on Monday. She will take office on May 1.',
        'Ann Berg',
      ),
    ).toEqual(['lawyer', 'dean of law', 'future rector']);
  });
});

describe('a role said in a "whose" clause', () => {
  it('reads "whose <role> is" before a name as the name’s role', () => {
    expect(roleOf('The choir, whose conductor is the composer Ann Berg, sang.', 'Ann Berg')).toEqual([
      'composer',
      'conductor',
    ]);
    expect(roleOf('The club, whose manager is Tom Hale, lost again.', 'Tom Hale')).toEqual(['manager']);
    // "whose wife is" names no post.
    expect(roleOf('The mayor, whose wife is Ann Berg, said no.', 'Ann Berg')).toEqual([]);
  });
});

describe('a post taken from a relation named in apposition', () => {
  it('reads "succeeded her father, X, as <role>" as X’s role held before', () => {
    expect(roleOf('Ann Hale succeeded her mother, Rosa, as head of the farm in 1999.', 'Rosa')).toEqual([
      'former head of the farm',
    ]);
    expect(roleOf('Ann Hale replaced her husband, Tom Hale, as mayor.', 'Tom Hale')).toEqual([
      'former mayor',
    ]);
    // Without a verb that takes a post, "as" says no post.
    expect(roleOf('Ann Hale met her uncle, Tom Hale, as a child.', 'Tom Hale')).toEqual([]);
  });
});
