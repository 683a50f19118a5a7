import { describe, expect, it } from 'vitest';
import { factsOf, peopleOf, quotesOf } from '../../helpers/extractText.js';

/** Who the statements reported in other words are given to. */
const reportedSpeakers = (text: string) =>
  factsOf(text).flatMap((f) => (f.quote?.reported ? [f.quote.speaker] : []));

describe('people and their roles', () => {
  it('takes the role from a title before the name, up to the name', () => {
    expect(peopleOf('Deputy Foreign Minister Roman Vassilenko spoke.')).toEqual([
      { name: 'Roman Vassilenko', roles: ['Deputy Foreign Minister'] },
    ]);
  });

  it('keeps a title that names a place after a preposition apart from the name', () => {
    expect(peopleOf('“No,” stressed EU Ambassador to Kazakhstan Kęstutis Jankauskas.')).toEqual([
      { name: 'Kęstutis Jankauskas', roles: ['EU Ambassador to Kazakhstan'] },
    ]);
    expect(peopleOf('President of the United States Barack Obama presented a plan.')).toEqual([
      { name: 'Barack Obama', roles: ['President of the United States'] },
    ]);
  });

  it('gives a plural title set off before two names joined by "and" to each, in the singular', () => {
    expect(peopleOf("The firm's founders, Camila Ruiz and Tomás Paz, met as students.")).toEqual([
      { name: 'Camila Ruiz', roles: ['founder'] },
      { name: 'Tomás Paz', roles: ['founder'] },
    ]);
    expect(peopleOf("The band's singers, Amy Lowe and Tom Reed, left the stage early.")).toEqual([
      { name: 'Amy Lowe', roles: ['singer'] },
      { name: 'Tom Reed', roles: ['singer'] },
    ]);
    expect(peopleOf('Its two directors, Ravi Shah and Helen Dunn, declined to comment.')).toEqual([
      { name: 'Ravi Shah', roles: ['director'] },
      { name: 'Helen Dunn', roles: ['director'] },
    ]);
    // A phrase set off before the pair is no title.
    expect(peopleOf('At the hearing, Amy Lowe and Tom Reed, both 40, spoke.')).toEqual([
      { name: 'Amy Lowe', roles: [] },
      { name: 'Tom Reed', roles: [] },
    ]);
  });

  it('takes the post from the apposition when the title set off before the name says "a" or "another"', () => {
    expect(
      peopleOf(
        "Four members voted for another candidate, Vladimir Sotirov, the station's director of programming.",
      ),
    ).toEqual([{ name: 'Vladimir Sotirov', roles: ["station's director of programming"] }]);
    expect(peopleOf('The prize went to a newcomer, Tom Reed, a teacher from Leeds.')).toEqual([
      { name: 'Tom Reed', roles: ['teacher'] },
    ]);
    expect(peopleOf('Police spoke to a witness, Ana Ruiz, the owner of the bakery.')).toEqual([
      { name: 'Ana Ruiz', roles: ['owner of the bakery'] },
    ]);
    // A title with "the" or a possessive is a post: it stays.
    expect(peopleOf("The firm's chief executive, Ana Ruiz, a former banker, said it was fine.")).toEqual([
      { name: 'Ana Ruiz', roles: ['chief executive'] },
    ]);
  });

  it('takes the role from an apposition, first apposition only', () => {
    expect(
      peopleOf(
        'Daniya Yespayeva, the vice speaker of the Mazhilis, the lower chamber of the Kazakh Parliament, spoke.',
      ),
    ).toEqual([{ name: 'Daniya Yespayeva', roles: ['vice speaker of the Mazhilis'] }]);
  });

  it('reads "X, a spokesman for Y" and "X, 56, chairman of Y"', () => {
    expect(peopleOf('John Smith, a spokesman for the ministry, declined to comment.')).toEqual([
      { name: 'John Smith', roles: ['spokesman for the ministry'] },
    ]);
    expect(peopleOf('Jane Doe, 56, chairman of Acme Holdings, resigned.')).toEqual([
      { name: 'Jane Doe', roles: ['chairman of Acme Holdings'] },
    ]);
  });

  it('reads a title before a comma at the start of a sentence, and "named X as its chief executive"', () => {
    expect(peopleOf('Ryanair CEO, Michael O’Leary, justified his choice.')).toEqual([
      { name: 'Michael O’Leary', roles: ['Ryanair CEO'] },
    ]);
    expect(peopleOf('The board named Mary Barra as its new chief executive.')).toEqual([
      { name: 'Mary Barra', roles: ['chief executive'] },
    ]);
  });

  it('links later mentions by surname, and a title given with the surname, to the full name', () => {
    expect(
      peopleOf('John McCain spoke first. Senator McCain has been the most vocal critic. McCain left.'),
    ).toEqual([{ name: 'John McCain', roles: ['Senator'] }]);
  });

  it('finds people without a role from verbs of saying and "who", and says so', () => {
    expect(
      peopleOf('Paul Nesbit said the value could rise. She replaces Daniel Akerson, who will stay.'),
    ).toEqual([
      { name: 'Paul Nesbit', roles: [] },
      { name: 'Daniel Akerson', roles: [] },
    ]);
  });

  it('does not take organisations, places or acronyms for people', () => {
    expect(
      peopleOf(
        'General Motors said sales fell. The Council of Europe invited Kazakhstan. The EU agreed. In October, Almaty held a forum.',
      ),
    ).toEqual([]);
  });

  it('does not take a role’s object for a person', () => {
    expect(peopleOf('She met the vice speaker of the Mazhilis yesterday.')).toEqual([]);
  });
});

// Sentences written for these rules, in the orders news writes roles in.
describe('roles however news writes them, and when they are held', () => {
  const roles = (text: string) => peopleOf(text).map((p) => ({ name: p.name, roles: p.roles }));

  it('reads a comma-set title that ends in its object, and one with an honorific before the name', () => {
    expect(
      roles('The vice president and general counsel of the company, Mark Dalby, declined to comment.'),
    ).toEqual([{ name: 'Mark Dalby', roles: ['vice president and general counsel of the company'] }]);
    expect(roles('The Prime Minister of Vardena, Mr. Tomas Reyes, arrived on Monday.')).toEqual([
      { name: 'Tomas Reyes', roles: ['Prime Minister of Vardena'] },
    ]);
    // Where the role is held belongs to it.
    expect(roles('A school nurse in Dunmore, Ella Price, raised the alarm.')).toEqual([
      { name: 'Ella Price', roles: ['school nurse in Dunmore'] },
    ]);
    expect(roles('The alarm was raised by a nurse in 2019, Ella Price, who has since left.')).toEqual([
      { name: 'Ella Price', roles: [] },
    ]);
    // The acronym the article gives the organisation, a determiner "one", a "-man" of what someone does.
    expect(
      roles(
        'Questioned by the chief auditor of the Public Accounts Office (PAO), Rina Sato, the mayor said little.',
      ),
    ).toEqual([{ name: 'Rina Sato', roles: ['chief auditor of the Public Accounts Office'] }]);
    expect(roles('One shopkeeper, Omar Haddad, said trade had halved.')).toEqual([
      { name: 'Omar Haddad', roles: ['shopkeeper'] },
    ]);
    expect(roles('The ferry’s linesman, Tom Birch, threw the rope.')).toEqual([
      { name: 'Tom Birch', roles: ['linesman'] },
    ]);
    expect(roles('In the letter, Tom Birch, the mayor, asked for a new quay.')).toEqual([
      { name: 'Tom Birch', roles: ['mayor'] },
    ]);
    // A title set off before the name's own title: both are the person's.
    expect(roles('The mayor’s adviser, the former journalist Lisa Holm, watched from the gallery.')).toEqual([
      { name: 'Lisa Holm', roles: ['mayor’s adviser', 'former journalist'] },
    ]);
  });

  it('reads a lower-case noun of what someone does before a full name, but not a company’s', () => {
    expect(roles('Harbour master Ingrid Solberg closed the port.')).toEqual([
      { name: 'Ingrid Solberg', roles: ['Harbour master'] },
    ]);
    expect(roles('The deal was signed by novelist Jonas Lind.')).toEqual([
      { name: 'Jonas Lind', roles: ['novelist'] },
    ]);
    expect(roles('The match was delayed, ground safety officer Nia Roberts said.')).toEqual([
      { name: 'Nia Roberts', roles: ['ground safety officer'] },
    ]);
    expect(roles('She takes office in July, succeeding Prof. Anna Lind, who retires.')).toEqual([
      { name: 'Anna Lind', roles: ['Professor'] },
    ]);
    expect(roles('A deal with European auto maker Fiat went through.')).toEqual([]);
    expect(roles('The council voted to honour Ingrid Solberg.')).toEqual([
      { name: 'Ingrid Solberg', roles: [] },
    ]);
    expect(
      peopleOf('The company said drugmaker Eli Lilly would cut prices.').flatMap((p) => p.roles),
    ).toEqual([]);
    expect(roles('It was attended by grandmother Maria Lopez.')).toEqual([
      { name: 'Maria Lopez', roles: [] },
    ]);
  });

  it('reads a title set off before a second title of the name, and a role after a long "who" clause', () => {
    expect(roles("The choir's leader, cellist Clara Mendes, was more direct.")).toEqual([
      { name: 'Clara Mendes', roles: ['leader', 'cellist'] },
    ]);
    expect(roles('The chair of the planning committee, Councillor Ewan Grant, said it was hard.')).toEqual([
      { name: 'Ewan Grant', roles: ['chair of the planning committee', 'Councillor'] },
    ]);
    expect(
      roles(
        'Yasmin Haddad, who previously served as an engineer at a French maker of engines, is chief technology officer.',
      ),
    ).toEqual([
      {
        name: 'Yasmin Haddad',
        roles: ['chief technology officer', 'former engineer at a French maker of engines'],
      },
    ]);
  });

  it('reads both a title of address and the apposition after the name', () => {
    expect(roles('The study was led by Professor Ingrid Solheim, 44, head of the energy centre.')).toEqual([
      { name: 'Ingrid Solheim', roles: ['Professor', 'head of the energy centre'] },
    ]);
    expect(roles('Senator Tom Hale, chairman of the finance committee, said so.')).toEqual([
      { name: 'Tom Hale', roles: ['Senator', 'chairman of the finance committee'] },
    ]);
  });

  it('reads the noun of a workplace or field before a title, and a title ending in a known one', () => {
    expect(roles('Fremantle harbour master Colin Pryce said ships were waiting.')).toEqual([
      { name: 'Colin Pryce', roles: ['Fremantle harbour master'] },
    ]);
    expect(roles('Workers found that shift supervisor Raúl Quispe had written a message.')).toEqual([
      { name: 'Raúl Quispe', roles: ['shift supervisor'] },
    ]);
    expect(roles('“He is the real thing,” said sports director Henk Vos.')).toEqual([
      { name: 'Henk Vos', roles: ['sports director'] },
    ]);
    expect(roles("Rotterdam's harbour master, Annelies Vermeulen, told a news conference.")).toEqual([
      { name: 'Annelies Vermeulen', roles: ["Rotterdam's harbour master"] },
    ]);
    expect(roles('Dr Helen Marsh, an electrochemist at Westbrook, called the results impressive.')).toEqual([
      { name: 'Helen Marsh', roles: ['electrochemist at Westbrook'] },
    ]);
    expect(roles('Headteacher Morag Lindsay, who has taught there since 1991, spoke.')).toEqual([
      { name: 'Morag Lindsay', roles: ['Headteacher'] },
    ]);
    expect(roles('The fee beats the sum paid for the defender Nuno Brás last year.')).toEqual([
      { name: 'Nuno Brás', roles: ['defender'] },
    ]);
    // A "master's degree" is no title of the name after it.
    expect(roles('He has a master’s degree, said Tom Baker.')).toEqual([{ name: 'Tom Baker', roles: [] }]);
  });

  it('reads where a representative is from as part of their role', () => {
    expect(roles('Lisa Hart, 54, the senator from Oregon, introduced the bill.')).toEqual([
      { name: 'Lisa Hart', roles: ['senator from Oregon'] },
    ]);
    expect(roles('Lisa Hart, mayor from 2001 to 2009, spoke.')).toEqual([{ name: 'Lisa Hart', roles: [] }]);
  });

  it('reads what someone runs, owns or hosts, said in a clause after their name, as their role', () => {
    expect(roles('Mia Kovac, who runs a bike repair shop in Split, said trade had doubled.')).toEqual([
      { name: 'Mia Kovac', roles: ['runs a bike repair shop in Split'] },
    ]);
    expect(roles('Tom Reyes, who now hosts a morning show on local radio, disagreed.')).toEqual([
      { name: 'Tom Reyes', roles: ['hosts a morning show on local radio'] },
    ]);
    expect(
      roles('Mia Kovac, who left the bank in 2014 and now runs a bike shop in Split, was there.'),
    ).toEqual([{ name: 'Mia Kovac', roles: ['runs a bike shop in Split'] }]);
    // What they run as is the role, and so is the verb's time: an answer says "Mia Kovac runs …".
    expect(roles('Ole Brun, who runs the ferry as its captain, said no.')).not.toContainEqual({
      name: 'Ole Brun',
      roles: ['runs the ferry as its captain'],
    });
    expect(peopleOf('Mia Kovac, who runs a bike repair shop in Split, said trade had doubled.')).toHaveLength(
      1,
    );
    expect(
      factsOf('Mia Kovac, who runs a bike repair shop in Split, said trade had doubled.', '2024-05-02').find(
        (fact) => fact.person,
      )?.text,
    ).toBe('Mia Kovac runs a bike repair shop in Split (as of 2 May 2024).');
  });

  it('reads a role from the verb after the name: appointed, elected, became, took over as', () => {
    expect(
      roles('Art historian Jonas Lind was appointed director of the Valmora Museum of Modern Art.'),
    ).toEqual([
      { name: 'Jonas Lind', roles: ['Art historian', 'director of the Valmora Museum of Modern Art'] },
    ]);
    expect(roles('Clara Benz was elected mayor on Sunday.')).toEqual([
      { name: 'Clara Benz', roles: ['mayor'] },
    ]);
    expect(roles('Anna Holm became chief executive of Brightwater in 2019.')).toEqual([
      { name: 'Anna Holm', roles: ['chief executive of Brightwater'] },
    ]);
    expect(roles('Brightwater named Anna Holm its new chief executive on Monday.')).toEqual([
      { name: 'Anna Holm', roles: ['chief executive'] },
    ]);
    // A title before the name, and the post it is given after it.
    expect(roles('The club announced assistant coach Mira Kahn as its new manager.')).toEqual([
      { name: 'Mira Kahn', roles: ['assistant coach', 'manager'] },
    ]);
    // A verb in the past before the title is no part of it, and takes the post after "as" away.
    expect(roles('The club replaced coach Tom Reid as manager.')).toEqual([
      { name: 'Tom Reid', roles: ['coach'] },
    ]);
    expect(roles('Ines Varga runs the bakery as managing director.')).toEqual([
      { name: 'Ines Varga', roles: ['managing director'] },
    ]);
    expect(roles('Ines Varga acts as interim chairwoman.')).toEqual([
      { name: 'Ines Varga', roles: ['interim chairwoman'] },
    ]);
    // A plural's possessive inside the organisation: "the Mineworkers' Union".
    expect(
      roles("Hernán Soto, president of the Cerro Pardo Mineworkers' Union, said crews were cut."),
    ).toEqual([{ name: 'Hernán Soto', roles: ["president of the Cerro Pardo Mineworkers' Union"] }]);
    expect(roles('The chair of the farmers’ union, Alan Brierley, urged both sides to talk.')).toEqual([
      { name: 'Alan Brierley', roles: ['chair of the farmers’ union'] },
    ]);
    // "is" with a role after it states one held now; "is" with anything else does not.
    expect(
      roles('The firm was set up by Lena Hart and Jon Berg. Hart is chief executive; Berg is its treasurer.'),
    ).toEqual([
      { name: 'Lena Hart', roles: ['chief executive'] },
      { name: 'Jon Berg', roles: ['treasurer'] },
    ]);
    expect(
      roles('Tom Baker is a regular at the club. Ana Lopez is not the mayor. Jonas Kimball is 45.'),
    ).toEqual([
      { name: 'Tom Baker', roles: [] },
      { name: 'Ana Lopez', roles: [] },
      { name: 'Jonas Kimball', roles: [] },
    ]);
    expect(roles('Ines Varga runs the bakery as a family business.')).toEqual([
      { name: 'Ines Varga', roles: [] },
    ]);
  });

  it('never states a former office as held: former, then-, resigned as, stepped down as', () => {
    expect(roles('Former mayor Paul Vidal criticised the plan.')).toEqual([
      { name: 'Paul Vidal', roles: ['former mayor'] },
    ]);
    expect(roles('Then-minister Ada Roth signed the deal in 2015.')).toEqual([
      { name: 'Ada Roth', roles: ['former minister'] },
    ]);
    expect(roles('Ada Roth, who resigned as finance minister in May, signed the deal.')).toEqual([
      { name: 'Ada Roth', roles: ['former finance minister'] },
    ]);
    expect(roles('Leo Park stepped down as chairman of Orion Bank last year.')).toEqual([
      { name: 'Leo Park', roles: ['former chairman of Orion Bank'] },
    ]);
    // Said former once, it is former throughout the article.
    expect(roles('Mayor Paul Vidal spoke. Paul Vidal, a former mayor, was cheered.')).toEqual([
      { name: 'Paul Vidal', roles: ['former Mayor'] },
    ]);
    // "Outgoing" is still in office.
    expect(roles('Outgoing chairman Leo Park thanked the staff.')).toEqual([
      { name: 'Leo Park', roles: ['Outgoing chairman'] },
    ]);
    // A word of time after whose role it is; a role taken from someone else.
    expect(roles("The bank's former chief executive, Clara Voss, said so.")).toEqual([
      { name: 'Clara Voss', roles: ["former bank's chief executive"] },
    ]);
    expect(roles('Jon Ek replaced Clara Voss as chief executive in May.')).toEqual([
      { name: 'Jon Ek', roles: ['chief executive'] },
      { name: 'Clara Voss', roles: ['former chief executive'] },
    ]);
    expect(roles('Clara Voss, who was replaced as chief executive in May, said so.')).toEqual([
      { name: 'Clara Voss', roles: ['former chief executive'] },
    ]);
    // Held before, for a time the article may give.
    expect(roles('Ewa Nowak, who had served as mayor until 2020, spoke.')).toEqual([
      { name: 'Ewa Nowak', roles: ['former mayor'] },
    ]);
    expect(roles('Clara Voss, who was chief executive of the bank between 2005 and 2012, spoke.')).toEqual([
      { name: 'Clara Voss', roles: ['former chief executive of the bank'] },
    ]);
  });

  it('reads a title of a few nouns, a professor, and a role someone “is now”', () => {
    expect(
      roles('Delmont County emergency management director Rick Saldana ordered the evacuation.'),
    ).toEqual([{ name: 'Rick Saldana', roles: ['Delmont County emergency management director'] }]);
    expect(roles('The paper thanked the sports writer Len Dobbs.')).toEqual([
      { name: 'Len Dobbs', roles: ['sports writer'] },
    ]);
    expect(roles('The result was read by the chief arbiter Pia Lindgren.')).toEqual([
      { name: 'Pia Lindgren', roles: ['chief arbiter'] },
    ]);
    expect(roles('Prof. Anton Weiss led the study.')).toEqual([
      { name: 'Anton Weiss', roles: ['Professor'] },
    ]);
    expect(roles('Marcus Bell, the former editor, is now chief executive of the trust.')).toEqual([
      { name: 'Marcus Bell', roles: ['chief executive of the trust', 'former editor'] },
    ]);
    // A verb before a title is no part of it.
    expect(roles('Vassilenko highlighted President Kassym Tokayev’s plan.')).toContainEqual({
      name: 'Kassym Tokayev',
      roles: ['President'],
    });
  });

  it('reads a role taken away or held before from the words around it', () => {
    expect(roles('Anna Berg replaced Tomas Reid as chief executive.')).toContainEqual({
      name: 'Tomas Reid',
      roles: ['former chief executive'],
    });
    expect(roles('Anna Berg, who was finance minister, criticised the budget.')).toEqual([
      { name: 'Anna Berg', roles: ['former finance minister'] },
    ]);
    expect(roles('The then-Defence Minister Kofi Mensah signed the deal.')).toEqual([
      { name: 'Kofi Mensah', roles: ['former Defence Minister'] },
    ]);
    expect(roles('The deal was signed by the late president Kofi Mensah.')).toEqual([
      { name: 'Kofi Mensah', roles: ['former president'] },
    ]);
    expect(roles('Kofi Mensah, then the defence minister, signed the deal in 2019.')).toEqual([
      { name: 'Kofi Mensah', roles: ['former defence minister'] },
    ]);
    // Appointed again: held now.
    expect(roles('Anna Berg, a former mayor, was elected mayor again on Sunday.')).toEqual([
      { name: 'Anna Berg', roles: ['mayor'] },
    ]);
  });

  it('ends a role given by a verb where the next clause starts, which may give one of its own', () => {
    expect(roles('Anna Berg previously served as ambassador to Japan and is now foreign minister.')).toEqual([
      { name: 'Anna Berg', roles: ['foreign minister', 'former ambassador to Japan'] },
    ]);
    expect(roles('Tomas Reid served as mayor of Oslo for ten years.')).toEqual([
      { name: 'Tomas Reid', roles: ['former mayor of Oslo'] },
    ]);
    expect(roles('Radomir Vesk served as transport minister on a coalition ticket.')).toEqual([
      { name: 'Radomir Vesk', roles: ['former transport minister'] },
    ]);
  });

  it('reads a role to come as such: will become, incoming', () => {
    expect(roles('Ada Roth will become chief executive in July.')).toEqual([
      { name: 'Ada Roth', roles: ['future chief executive'] },
    ]);
    expect(roles('Incoming chairman Leo Park met the board.')).toEqual([
      { name: 'Leo Park', roles: ['future chairman'] },
    ]);
    expect(roles("Tomas Berg will run the consulate as chargé d'affaires until June.")).toEqual([
      { name: 'Tomas Berg', roles: ["future chargé d'affaires"] },
    ]);
    expect(roles('Tomas Berg will act as spokesman during the talks.')).toEqual([
      { name: 'Tomas Berg', roles: ['future spokesman'] },
    ]);
    expect(roles('Jon Ek will succeed Clara Voss as chief executive in May.')).toEqual([
      { name: 'Jon Ek', roles: ['future chief executive'] },
      { name: 'Clara Voss', roles: ['chief executive'] },
    ]);
    // Chosen, not yet in post: "-elect", "designate".
    expect(roles('Mayor-elect Tom Hale met the council.')).toEqual([
      { name: 'Tom Hale', roles: ['future Mayor'] },
    ]);
    expect(roles('Anna Berg, the music director designate, met the players.')).toEqual([
      { name: 'Anna Berg', roles: ['future music director'] },
    ]);
    // A title of another time, or an apposition that says "also" or "currently", keeps both.
    expect(
      roles('Defence Secretary Mark Lewis, who is also deputy prime minister, visited the base.'),
    ).toEqual([{ name: 'Mark Lewis', roles: ['Defence Secretary', 'deputy prime minister'] }]);
    expect(
      roles(
        'The incoming finance minister, Eva Lund, currently head of the audit office, is due to be sworn in.',
      ),
    ).toEqual([{ name: 'Eva Lund', roles: ['head of the audit office', 'future finance minister'] }]);
  });

  it('says a role is held as of its article’s date', () => {
    const [fact] = factsOf(
      'Sara Quist, the former deputy governor, was named governor on Monday.',
      '2024-03-12',
    );
    expect(fact!.text).toBe('Sara Quist is governor (as of 12 March 2024); was deputy governor.');
    expect(
      roles('Sara Quist, who previously served as deputy governor, was named governor of the central bank.'),
    ).toEqual([{ name: 'Sara Quist', roles: ['governor of the central bank', 'former deputy governor'] }]);
  });
});

describe('names from anywhere', () => {
  it('knows a person by a given name of another country, with no title to vouch for it', () => {
    for (const name of [
      'Maria Lopez',
      'Agnieszka Nowak',
      'Kofi Mensah',
      'Abimbola Adeyemi',
      'Siti Rahmawati',
      // A given name that is also a month's abbreviation, when a name follows it.
      'Jan Kowalski',
    ]) {
      expect(peopleOf(`${name} won the race on Sunday.`)).toEqual([{ name, roles: [] }]);
    }
    // Words that name places, brands or indexes more often than people are not given names.
    expect(peopleOf('Ford Australia cut 300 jobs. Paris Saint-Germain won. The DAX Index fell.')).toEqual([]);
    expect(peopleOf('The vote is on Jan. 5 and the count on Jan 6.')).toEqual([]);
  });

  it('tells the gender of such a name, so that “she said” finds its speaker', () => {
    expect(
      quotesOf('Kofi Mensah and Agnieszka Nowak met the press. “We will build it,” she said.').map(
        (q) => q.speaker,
      ),
    ).toEqual(['Agnieszka Nowak']);
  });

  it('reads a name after "the" inside another person\'s title as what the title is of, not a person', () => {
    expect(
      peopleOf('The music critic of the Bristol Evening Courier, Dennis Orley, called it brave.'),
    ).toEqual([{ name: 'Dennis Orley', roles: ['music critic of the Bristol Evening Courier'] }]);
    expect(
      peopleOf('Rachel Ombudo, a partner at the accountancy firm Pike Marlow, was appointed administrator.'),
    ).toEqual([
      { name: 'Rachel Ombudo', roles: ['partner at the accountancy firm Pike Marlow', 'administrator'] },
    ]);
    expect(peopleOf('The editor of the Leeds Morning Star, Jane Hill, called it a scandal.')).toEqual([
      { name: 'Jane Hill', roles: ['editor of the Leeds Morning Star'] },
    ]);
    expect(peopleOf('Sam Patel, a trader at the brokerage Hollis Crane, was named chairman.')).toEqual([
      { name: 'Sam Patel', roles: ['trader at the brokerage Hollis Crane', 'chairman'] },
    ]);
    // A name with a title of its own stays a person.
    expect(peopleOf('Mary Smith, the widow of the former mayor John Smith, said it was sad.')).toContainEqual(
      {
        name: 'John Smith',
        roles: ['former mayor'],
      },
    );
  });

  it('leaves a noun of nationality before a full name out of the name', () => {
    expect(peopleOf('The deciding goal came from 19-year-old Finn Eero Salonen, who joined in May.')).toEqual(
      [{ name: 'Eero Salonen', roles: [] }],
    );
    expect(peopleOf('The 23-year-old Swede Lars Berg won the sprint.')).toEqual([
      { name: 'Lars Berg', roles: [] },
    ]);
    expect(peopleOf('Yesterday the Scot Callum Reid took the title.')).toEqual([
      { name: 'Callum Reid', roles: [] },
    ]);
    // A given name that is also a noun of nationality opens a name of two words.
    expect(peopleOf('Finn Cole scored twice.')).toEqual([{ name: 'Finn Cole', roles: [] }]);
  });
});

describe('roles in wire, local, court and sports copy', () => {
  const roles = (text: string) => peopleOf(text).map((p) => ({ name: p.name, roles: p.roles }));

  it('reads a word in "-ing" inside a role as a noun of the role', () => {
    expect(roles("Nadia Fell, the borough's chief licensing officer, refused the permit.")).toEqual([
      { name: 'Nadia Fell', roles: ["borough's chief licensing officer"] },
    ]);
    expect(roles("Kevin Roach, the league's longest-serving referee, retired.")).toEqual([
      { name: 'Kevin Roach', roles: ["former league's longest-serving referee"] },
    ]);
    // At a role's start a word in "-ing" may be a verb: "citing senior officials" holds no role.
    expect(roles('Reuters, citing senior officials, said the talks had stalled.')).toEqual([]);
  });

  it('knows the roles of local, court and sports reports', () => {
    expect(roles('Joe Fenwick, 52, a lorry driver from Ashby, was fined £200.')).toEqual([
      { name: 'Joe Fenwick', roles: ['lorry driver'] },
    ]);
    expect(roles('Harriers boss Neil Walsh praised his side.')).toEqual([
      { name: 'Neil Walsh', roles: ['Harriers boss'] },
    ]);
    expect(roles('Area coroner Mia Trent recorded a conclusion of accidental death.')).toEqual([
      { name: 'Mia Trent', roles: ['Area coroner'] },
    ]);
    expect(roles('Trainer Owen Pike saddled the winner at Ludlow.')).toEqual([
      { name: 'Owen Pike', roles: ['Trainer'] },
    ]);
    // Police and military ranks written short.
    expect(roles('PC Lucy Dunn and Sgt Carl Rees arrived within minutes.')).toEqual([
      { name: 'Lucy Dunn', roles: ['Police Constable'] },
      { name: 'Carl Rees', roles: ['Sergeant'] },
    ]);
    expect(roles('Maj. Gen. Ruth Akers inspected the troops.')).toEqual([
      { name: 'Ruth Akers', roles: ['Major General'] },
    ]);
  });

  it('reads a title word that closes a name after a given name as the surname', () => {
    expect(roles('Novelist Anna King signed copies.')).toEqual([{ name: 'Anna King', roles: ['Novelist'] }]);
    expect(roles('Paul Judge, a nurse, gave evidence.')).toEqual([{ name: 'Paul Judge', roles: ['nurse'] }]);
  });

  it('gives the role of "has joined X as" to the one who joins, not to what is joined', () => {
    expect(roles('Sara Quinn has joined Halden Foods as its finance director.')).toEqual([
      { name: 'Sara Quinn', roles: ['finance director'] },
    ]);
    expect(roles('Sara Quinn will join Halden as chief economist in May.')).toEqual([
      { name: 'Sara Quinn', roles: ['future chief economist'] },
    ]);
    // Joined long ago: the role may be past, and is not said.
    expect(roles('Sara Quinn joined Halden as a clerk in 1994.')).toEqual([
      { name: 'Sara Quinn', roles: [] },
    ]);
  });

  it('puts a new title whose holder starts later after the article', () => {
    expect(roles('The new director of the gallery, Ines Ward, will start on March 3.')).toEqual([
      { name: 'Ines Ward', roles: ['future director of the gallery'] },
    ]);
    expect(roles("The trust's newly appointed chairman, Ines Ward, is due to begin in April.")).toEqual([
      { name: 'Ines Ward', roles: ['future chairman'] },
    ]);
    // A new title with no later start is held.
    expect(roles('The new director of the gallery, Ines Ward, said visitors were up.')).toEqual([
      { name: 'Ines Ward', roles: ['director of the gallery'] },
    ]);
  });

  it('holds a post someone will leave until they leave it', () => {
    expect(roles('Greta Holm, who will stand down as head teacher in July, thanked parents.')).toEqual([
      { name: 'Greta Holm', roles: ['head teacher'] },
    ]);
    expect(roles('Greta Holm is retiring as chief nurse after 30 years.')).toEqual([
      { name: 'Greta Holm', roles: ['chief nurse'] },
    ]);
  });

  it('ends a role before "at the end of", a time', () => {
    expect(roles('Owen Lacey will succeed Ray Burke as manager at the end of the season.')).toEqual([
      { name: 'Owen Lacey', roles: ['future manager'] },
      { name: 'Ray Burke', roles: ['manager'] },
    ]);
  });

  it('holds no post as current for a person "who died" after an apposition', () => {
    expect(
      roles('Friends gathered for Alan Pryor, the president of the bowls club, who died in May.'),
    ).toEqual([{ name: 'Alan Pryor', roles: ['former president of the bowls club'] }]);
  });

  it('keeps the apposition after a rank of several words, as after a one-word title', () => {
    expect(roles("Wing Commander Asha Patel, the squadron's senior engineer, led the inquiry.")).toEqual([
      { name: 'Asha Patel', roles: ['Wing Commander', "squadron's senior engineer"] },
    ]);
  });

  it('makes the person after the "by" of "founded" its founder', () => {
    expect(roles('Set in an old mill, the brewery was founded in 1994 by Colm Travers.')).toEqual([
      { name: 'Colm Travers', roles: ['founder'] },
    ]);
    expect(roles('Co-founded in Leeds by textile designer Ruth Awolowo, the label sells abroad.')).toEqual([
      { name: 'Ruth Awolowo', roles: ['designer', 'co-founder'] },
    ]);
    // Founded, then a clause: the "by" is of another verb.
    expect(roles('The trust, founded in 1990, was praised by Colm Travers.')).toEqual([]);
  });

  it("makes no person of a single capitalised word inside another person's title", () => {
    expect(roles("Omar Velde, the head of Brandt's Nordic arm, said orders rose.")).toEqual([
      { name: 'Omar Velde', roles: ["head of Brandt's Nordic arm"] },
    ]);
    expect(roles('Omar Velde, an auditor at Hobbs & Wren, said so.')).toEqual([
      { name: 'Omar Velde', roles: ['auditor at Hobbs & Wren'] },
    ]);
    // A full name with its own title inside the title stays a person.
    expect(roles('Omar Velde, an aide to Senator Rita Moss, said so.')).toContainEqual({
      name: 'Rita Moss',
      roles: ['Senator'],
    });
  });

  it('knows champions, medallists and publicans, and reads "who owns" after an age', () => {
    expect(roles('Lina Brook, the European champion, withdrew.')).toEqual([
      { name: 'Lina Brook', roles: ['European champion'] },
    ]);
    expect(roles('Lina Brook, a Commonwealth bronze medallist, withdrew.')).toEqual([
      { name: 'Lina Brook', roles: ['Commonwealth bronze medallist'] },
    ]);
    expect(roles('Gus Farrell, landlord of the Plough, objected.')).toEqual([
      { name: 'Gus Farrell', roles: ['landlord of the Plough'] },
    ]);
    expect(roles('Gus Farrell, 61, who runs the village shop, objected.')).toEqual([
      { name: 'Gus Farrell', roles: ['runs the village shop'] },
    ]);
  });

  it('gives a name the title after the "for" or "to" of a role that serves it, not the serving role', () => {
    expect(roles('A spokesman for Mayor Ida Lunde declined to comment.')).toEqual([
      { name: 'Ida Lunde', roles: ['Mayor'] },
    ]);
    expect(roles('The letter was drafted by an adviser to Prime Minister Ida Lunde.')).toEqual([
      { name: 'Ida Lunde', roles: ['Prime Minister'] },
    ]);
    // A place or a field after the "to" or "for" is part of the title.
    expect(roles('Minister for Fisheries Ida Lunde spoke.')).toEqual([
      { name: 'Ida Lunde', roles: ['Minister for Fisheries'] },
    ]);
  });

  it('gives each of two roles joined by "and" its own time when the second has a word of time', () => {
    expect(roles("Hanna Lisk, the bakery's founder and former managing director, spoke.")).toEqual([
      { name: 'Hanna Lisk', roles: ["bakery's founder", 'former managing director'] },
    ]);
    expect(roles('Hanna Lisk, chairman and incoming chief executive of Orvel, spoke.')).toEqual([
      { name: 'Hanna Lisk', roles: ['chairman', 'future chief executive of Orvel'] },
    ]);
    // Without a word of time of its own, the second role shares the first's.
    expect(roles('Former chairman and chief executive Hanna Lisk spoke.')).toEqual([
      { name: 'Hanna Lisk', roles: ['former chairman and chief executive'] },
    ]);
  });

  it('reads "and left in 2012", "but left the club" after an appointment as leaving the post', () => {
    expect(roles('Piet Kroon was named head of design in 2008 and left in 2013.')).toEqual([
      { name: 'Piet Kroon', roles: ['former head of design'] },
    ]);
    // Leaving for somewhere is no leaving of the post.
    expect(roles('Piet Kroon was named captain and left for the training camp.')).toEqual([
      { name: 'Piet Kroon', roles: ['captain'] },
    ]);
  });

  it("reads counsel's side opening a court report's sentence as their role", () => {
    expect(roles('Prosecuting, Leah Moyo said the van had been taken at night.')).toEqual([
      { name: 'Leah Moyo', roles: ['Prosecuting'] },
    ]);
    expect(roles('Defending, Rhys Pugh told magistrates his client had debts.')).toEqual([
      { name: 'Rhys Pugh', roles: ['Defending'] },
    ]);
    expect(roles('Prosecuting for Leeds City Council, Anna Field said the flats were unsafe.')).toEqual([
      { name: 'Anna Field', roles: ['Prosecuting for Leeds City Council'] },
    ]);
    expect(
      roles('Prosecuting for the Environment Agency, Tom Bray told the court the river was polluted.'),
    ).toEqual([{ name: 'Tom Bray', roles: ['Prosecuting for the Environment Agency'] }]);
  });

  it('leaves "Born" out of the name that follows it', () => {
    expect(roles('Born Edith Marlowe in Hull, the novelist wrote nine books.')).toEqual([
      { name: 'Edith Marlowe', roles: [] },
    ]);
  });

  it("makes no person of a given name and a title's word with nothing else to say it is one", () => {
    expect(roles('Jean Kerr worked at Victoria General for 30 years.')).toEqual([
      { name: 'Jean Kerr', roles: [] },
    ]);
  });

  it('reads "and served until 2018" after taking a post as having held it', () => {
    expect(roles('Nell Okoro became headteacher in 2009 and served until 2017.')).toEqual([
      { name: 'Nell Okoro', roles: ['former headteacher'] },
    ]);
    expect(
      roles('Nell Okoro spoke. She was elected mayor in 2012 and remained in office until 2020.'),
    ).toEqual([{ name: 'Nell Okoro', roles: ['former mayor'] }]);
  });

  it('reads the style of clergy before "Rev" as part of one form of address, not as a post', () => {
    expect(roles('The Rt Rev Clare Whitby, Bishop of Norland, dedicated the window.')).toEqual([
      { name: 'Clare Whitby', roles: ['Rt Rev', 'Bishop of Norland'] },
    ]);
    expect(roles('The Very Revd Simon Oakes preached.')).toEqual([
      { name: 'Simon Oakes', roles: ['Very Revd'] },
    ]);
  });

  it('reads letters after a name as no part of it, and those of an office as a role', () => {
    expect(roles('Nadia Firth MP raised the closure in the Commons.')).toEqual([
      { name: 'Nadia Firth', roles: ['MP'] },
    ]);
    expect(roles('Owen Marsh KC told the inquiry the records were lost.')).toEqual([
      { name: 'Owen Marsh', roles: ['KC'] },
    ]);
    expect(roles('Ruth Tebbs OBE said the award was for the volunteers.')).toEqual([
      { name: 'Ruth Tebbs', roles: [] },
    ]);
  });

  it('makes no person of a club whose name ends in a word of clubs', () => {
    expect(roles("Jordan Wanderers' Irish winger Cian Kelly scored twice.")).toEqual([
      { name: 'Cian Kelly', roles: ["Jordan Wanderers' Irish winger"] },
    ]);
  });

  it('leaves an adjective of age or birth before a name out of the name', () => {
    expect(roles('Seventeen-year-old Mila Horvat won the junior title.')).toEqual([
      { name: 'Mila Horvat', roles: [] },
    ]);
    expect(roles('The prize went to Glasgow-born Euan Baird, who now lives in Oslo.')).toEqual([
      { name: 'Euan Baird', roles: [] },
    ]);
    expect(roles('Berlin-based Anke Vogel said the gallery would reopen.')).toEqual([
      { name: 'Anke Vogel', roles: [] },
    ]);
  });

  it("makes no person of the end of a confederation's or a movement's name after a title", () => {
    expect(
      roles('The president of the European Rowing Confederation, Jonas Petraitis, gave out the medals.'),
    ).toEqual([{ name: 'Jonas Petraitis', roles: ['president of the European Rowing Confederation'] }]);
    expect(roles('The head of the National Hills Movement, Ken Ashby, said fares would rise.')).toEqual([
      { name: 'Ken Ashby', roles: ['head of the National Hills Movement'] },
    ]);
  });

  it('takes the title after "led by", not the verb, as the leader\'s', () => {
    expect(roles('The rebels, led by Cllr Nia Evans, voted the budget down.')).toEqual([
      { name: 'Nia Evans', roles: ['Cllr'] },
    ]);
    expect(roles('A delegation led by Mayor Piet Jansen arrived on Monday.')).toEqual([
      { name: 'Piet Jansen', roles: ['Mayor'] },
    ]);
  });

  it('knows musicians and kitchen, hotel and shop workers', () => {
    expect(roles('Sam Okoye, the jazz guitarist, played the last set.')).toEqual([
      { name: 'Sam Okoye', roles: ['jazz guitarist'] },
    ]);
    expect(roles('The tribute was read by his daughter, the cellist Ines Moreau.')).toEqual([
      { name: 'Ines Moreau', roles: ['cellist'] },
    ]);
    expect(roles('One resident, Piotr Nowak, 31, a hotel porter, said the lift had failed.')).toEqual([
      { name: 'Piotr Nowak', roles: ['hotel porter'] },
    ]);
    expect(roles('The prize was presented by the astronaut Lena Holm.')).toEqual([
      { name: 'Lena Holm', roles: ['astronaut'] },
    ]);
    expect(roles('Kai Berg, a police dog handler, found the bag.')).toEqual([
      { name: 'Kai Berg', roles: ['police dog handler'] },
    ]);
    expect(roles('Local MSP Fiona Grant said she would raise it at Holyrood.')).toEqual([
      { name: 'Fiona Grant', roles: ['Local MSP'] },
    ]);
  });

  it('gives the name set off after an appointed title the role after its "as" too', () => {
    expect(roles("The board named Kestrel's sales director, Maria Lind, as acting chief executive.")).toEqual(
      [{ name: 'Maria Lind', roles: ["Kestrel's sales director", 'acting chief executive'] }],
    );
    expect(roles('The council appointed its deputy leader, Owen Pryce, as interim leader.')).toEqual([
      { name: 'Owen Pryce', roles: ['deputy leader', 'interim leader'] },
    ]);
    // Without a verb of appointing, "as" opens no role.
    expect(roles('We met its deputy leader, Owen Pryce, as he left.')).toEqual([
      { name: 'Owen Pryce', roles: ['deputy leader'] },
    ]);
  });

  it('takes a surname two people share for the one of them named last', () => {
    const speakers = (text: string) => quotesOf(text).map((q) => q.speaker);
    expect(
      speakers(
        'Vesna Marić won the title on Sunday.\n\nHer uncle, Goran Marić, runs a chess club. “She works harder than anyone,” Marić said.',
      ),
    ).toEqual(['Goran Marić']);
    expect(
      speakers(
        'Vesna Marić won the title on Sunday. Her uncle, Goran Marić, runs a chess club.\n\n“I did not sleep,” Vesna Marić said. “I was too nervous,” Marić added.',
      ),
    ).toEqual(['Vesna Marić', 'Vesna Marić']);
    expect(
      reportedSpeakers(
        'Ana Costa and her brother Rui Costa run the bakery. Rui Costa founded it in 2001.\n\nCosta said the shop would open a second branch in May.',
      ),
    ).toEqual(['Rui Costa']);
  });
});
