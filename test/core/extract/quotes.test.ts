import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../helpers/extractText.js';

describe('quotations and their speakers', () => {
  it('attributes “…,” said X and “…,” X said', () => {
    expect(
      quotesOf('“We are ready to help,” said Minister John Smith. “It will take time,” Jane Doe said.'),
    ).toEqual([
      { text: 'We are ready to help', speaker: 'John Smith' },
      { text: 'It will take time', speaker: 'Jane Doe' },
    ]);
  });

  it('attributes X said: “…” and X said that “…”', () => {
    expect(
      quotesOf(
        'Spokesman Tom Lee said: “The plant stays open for now.” Analyst Ann Ray said that “the outlook is weak today.”',
      ),
    ).toEqual([
      { text: 'The plant stays open for now.', speaker: 'Tom Lee' },
      { text: 'the outlook is weak today.', speaker: 'Ann Ray' },
    ]);
  });

  it('gives a quotation to the person a surname with its particle names', () => {
    const text =
      'Alderman Pieter Van Damme spoke first, and Mark van der Berg, a farmer, after him. “It was a hard year,” van der Berg said. “This is the right decision,” Van Damme told reporters.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Mark van der Berg', 'Pieter Van Damme']);
    expect(quotesOf('“We will appeal,” Ursula von der Leyen said.').map((q) => q.speaker)).toEqual([
      'Ursula von der Leyen',
    ]);
  });

  it('resolves “he added” to the person named before', () => {
    expect(quotesOf('Speaker Yerlan Koshanov spoke at length. “We plan to act on this,” he added.')).toEqual([
      { text: 'We plan to act on this', speaker: 'Yerlan Koshanov' },
    ]);
  });

  it('resolves “the minister said” to the person with that role', () => {
    expect(
      quotesOf(
        'Finance Minister Anna Berg met the press. Reporters asked her twice. “Taxes will not rise,” the minister said.',
      ),
    ).toEqual([{ text: 'Taxes will not rise', speaker: 'Anna Berg' }]);
  });

  it('gives an interrupted quotation one speaker', () => {
    expect(
      quotesOf(
        '“This is a difficult day,” CEO Rick Wagoner said. “But we will come back stronger than before.”',
      ),
    ).toEqual([
      { text: 'This is a difficult day', speaker: 'Rick Wagoner' },
      { text: 'But we will come back stronger than before.', speaker: 'Rick Wagoner' },
    ]);
  });

  it('continues a quotation in the next passage when that passage is only the quotation', () => {
    expect(
      quotesOf(
        'Ryanair CEO, Michael O’Leary, said: “It has the best reliability in Europe.”\n“In addition, it has the lowest unit cost.”',
      ),
    ).toEqual([
      { text: 'It has the best reliability in Europe.', speaker: 'Michael O’Leary' },
      { text: 'In addition, it has the lowest unit cost.', speaker: 'Michael O’Leary' },
    ]);
  });

  it('does not take titles or scare quotes for speech', () => {
    expect(
      quotesOf(
        'The seminar, titled “Protection of Women’s Rights Today”, opened. He called it a “defining moment” for the “New GM”.',
      ),
    ).toEqual([]);
  });

  it('keeps a quotation without a speaker, with the speaker unknown rather than guessed', () => {
    expect(
      quotesOf(
        'Jane Doe left early.\n\nThe notice read in part: “all staff must leave the building by noon on Friday.”',
      ),
    ).toEqual([{ text: 'all staff must leave the building by noon on Friday.', speaker: null }]);
    expect(
      quotesOf('A sign on the door: “Closed until further notice, thank you for your patience.”'),
    ).toEqual([{ text: 'Closed until further notice, thank you for your patience.', speaker: null }]);
  });
});

// Sentences written for these rules, in the ways news attributes quotations.
describe('speakers however the article names them', () => {
  const speakers = (text: string) => quotesOf(text).map((q) => q.speaker);

  it('gives a quotation standing alone to the person the passage before introduces', () => {
    expect(
      speakers('Mayor Tomas Reid spoke to reporters after the vote.\n\n“We have done what we promised.”'),
    ).toEqual(['Tomas Reid']);
    expect(
      speakers(
        "The club's manager, Pablo Ruiz, was asked about the defeat.\n\n“We were not good enough today. The players know it.”",
      ),
    ).toEqual(['Pablo Ruiz']);
    // Three passages with no one named in between: too far to tell.
    expect(
      speakers(
        'Mayor Tomas Reid spoke first. The hall was full. The vote was close. The count took an hour.\n\n“We won.”',
      ),
    ).toEqual([]);
  });

  it('takes the subject of “X, speaking …, said”, not the name inside the apposition', () => {
    expect(
      speakers('Coach Marta Silva, speaking alongside captain Jonas Berg, said “we deserved the win.”'),
    ).toEqual(['Marta Silva']);
    expect(
      speakers('“We deserved the win,” Marta Silva, who sat beside Jonas Berg, said after the match.'),
    ).toEqual(['Marta Silva']);
  });

  it('reads “…,” Name, a description. as the name’s words, with no verb of saying', () => {
    expect(
      speakers('“The water will last until October,” Ines Moreau, a hydrologist at the institute.'),
    ).toEqual(['Ines Moreau']);
  });

  it('keeps a short quotation that is a sentence of its own with a verb of saying next to it', () => {
    expect(quotesOf("“It's carnage,” said firefighter Dan Price.")).toEqual([
      { text: "It's carnage", speaker: 'Dan Price' },
    ]);
    expect(
      speakers('Asked whether she would resign, Finance Minister Maria Costa said: “Absolutely not.”'),
    ).toEqual(['Maria Costa']);
    // A word or two inside a sentence is no quotation of anyone.
    expect(quotesOf('Union leader Ed Burns said the plan was “deeply flawed.”')).toEqual([]);
  });

  it('reads single quotation marks as speech only with a verb of saying next to them', () => {
    expect(
      quotesOf('Ruth Adler wrote on social media: ‘We are heartbroken by the loss of our colleagues.’'),
    ).toEqual([{ text: 'We are heartbroken by the loss of our colleagues.', speaker: 'Ruth Adler' }]);
    expect(
      quotesOf('The update lets riders ‘skip the queue’ at busy stations, the operator’s site says.'),
    ).toEqual([]);
    expect(quotesOf('He has supported the club since the class of ‘82 won the cup.')).toEqual([]);
  });

  it('names an organisation by the full name the article gives its acronym', () => {
    expect(
      speakers('The Northern Rail Union (NRU) said in a statement: “Our members will not accept the offer.”'),
    ).toEqual(['Northern Rail Union']);
    expect(
      speakers(
        'Talks with the Northern Rail Union broke down on Monday. “This is a betrayal of passengers,” the NRU said.',
      ),
    ).toEqual(['Northern Rail Union']);
  });

  it('hears an organisation through its website and its staff', () => {
    expect(
      speakers('The new model is “the safest car we have ever built,” as stated on the Volta website.'),
    ).toEqual(['Volta']);
    expect(
      speakers('“Rates will stay high into next year,” explained Harwood Capital economists on Friday.'),
    ).toEqual(['Harwood Capital']);
  });

  it('keeps the words that open an organisation’s name: The New York Times', () => {
    expect(speakers('“The deal is a mistake,” The New York Times said in an editorial.')).toEqual([
      'New York Times',
    ]);
  });

  it('gives a pronoun to the subject of the sentence that last named someone, not to the last name in it', () => {
    expect(
      speakers(
        'Tom Reid met Paul Nagy on Monday. He said the meeting went well. “We agreed on everything,” he said.',
      ),
    ).toEqual(['Tom Reid']);
    expect(speakers('Tom Reid met Anna Berg on Monday. “We agreed on everything,” she said.')).toEqual([
      'Anna Berg',
    ]);
  });

  it('names no one when someone unnamed speaks, and gives no one else their words', () => {
    expect(speakers('“We are shocked,” one resident said after Mayor Tom Reid spoke.')).toEqual([null]);
    expect(speakers('“We are shocked,” said a senior official close to Mayor Tom Reid.')).toEqual([null]);
    // A spokeswoman for the union is not the union, and the short sentence after her words is not theirs.
    expect(
      speakers(
        'The Rail Workers Union (RWU) rejected the offer. A spokeswoman for the union said: “Our members deserve better.” Mayor Tom Reid agreed.',
      ),
    ).toEqual([null]);
    // An apposition still names the speaker.
    expect(speakers('“It is fine,” an aerospace analyst, Richard Aboulafia, said.')).toEqual([
      'Richard Aboulafia',
    ]);
  });

  it('gives what a document says to the person last said to write one (“…,” the email said / it read)', () => {
    expect(
      speakers(
        'Dana Whitlock wrote to staff on Monday. “I made that mistake, and I own it,” the email said.',
      ),
    ).toEqual(['Dana Whitlock']);
    expect(
      speakers(
        'In a short written statement, Rui Amaral congratulated the winner. “The university has chosen well,” it read.',
      ),
    ).toEqual(['Rui Amaral']);
    expect(speakers('Tom Reid sent a letter to the council. “We will not move,” his letter said.')).toEqual([
      'Tom Reid',
    ]);
    // No one is said to have written it: its writer is unknown, not the last person named.
    expect(speakers('Ana Duarte spoke to reporters. “We regret the delay,” the statement said.')).toEqual([
      null,
    ]);
  });

  it('gives what a document no person wrote says to the organisation named last (“…,” the statement said)', () => {
    expect(
      quotesOf(
        'Thames Water said on Friday that the pipe had burst near the station.\n“We apologise to everyone whose morning was ruined,” the statement said.',
      ),
    ).toEqual([{ text: 'We apologise to everyone whose morning was ruined', speaker: 'Thames Water' }]);
    expect(
      quotesOf(
        'The Kestrel Mining Company said in a statement that the shaft had been sealed.\n“Our thoughts are with the families tonight,” the statement said.',
      ),
    ).toEqual([{ text: 'Our thoughts are with the families tonight', speaker: 'Kestrel Mining Company' }]);
    expect(
      quotesOf(
        'The Northern Rail Union met on Sunday. “The strike goes ahead on Monday unless the offer improves,” the notice read.',
      ),
    ).toEqual([
      { text: 'The strike goes ahead on Monday unless the offer improves', speaker: 'Northern Rail Union' },
    ]);
  });

  it('takes no possessive for a subject, and no object for the person who introduces a quotation', () => {
    expect(
      speakers('Tomas Reid’s lawyer, Paul Nagy, spoke to reporters on Monday. “The case is weak,” he said.'),
    ).toEqual(['Paul Nagy']);
    expect(
      speakers(
        'Tomas Reid sat in the dock. Reid’s lawyer, Paul Nagy, said outside the court that the case was “a story with no witnesses.”',
      ),
    ).toEqual(['Paul Nagy']);
    // What speaks for its owner is not one of their people: "Apple's website states".
    expect(speakers('A notice on Kelpwise’s website states: “All orders will ship late this week.”')).toEqual(
      ['Kelpwise'],
    );
    expect(
      speakers('The police arrested Tomas Reid on Monday.\n\n“This is a great day for the city.”'),
    ).toEqual([null]);
    expect(
      speakers('Following the vote, chairman Dieter Brandt spoke.\n\n“We do not exclude any option.”'),
    ).toEqual(['Dieter Brandt']);
  });

  it('reads ‘90s as a decade, not as a quotation mark', () => {
    expect(quotesOf('The ‘90s were a golden age for the club, Anna Berg said.')).toEqual([]);
  });

  it('reads an article that quotes with single marks, as British papers do, like one with double marks', () => {
    const article =
      '‘This is the day we waited for,’ said Mr Nigel Ash, chief executive of the trust. ‘I am sorry it took so long.’\n\n' +
      'Nurse Amy Doyle was there. ‘Here every room has its own bathroom. You cannot imagine what that means.’';
    expect(quotesOf(article)).toEqual([
      { text: 'This is the day we waited for', speaker: 'Nigel Ash' },
      { text: 'I am sorry it took so long.', speaker: 'Nigel Ash' },
      {
        text: 'Here every room has its own bathroom. You cannot imagine what that means.',
        speaker: 'Amy Doyle',
      },
    ]);
  });

  it('still reads single marks as the quotations of an article whose double marks are only inside them', () => {
    const article =
      '‘This is the day we waited for,’ said Mr Nigel Ash, chief executive of the trust. ‘I am sorry it took so long.’\n\n' +
      'Mr Ash said a porter had stopped him. ‘He told me, “Now I can do my job,” and that is the best review we can get,’ he said.\n\n' +
      'One father put it bluntly: ‘It was a corridor with beds in it.’';
    expect(quotesOf(article).map((q) => q.text)).toEqual([
      'This is the day we waited for',
      'I am sorry it took so long.',
      'He told me, “Now I can do my job,” and that is the best review we can get',
      'It was a corridor with beds in it.',
    ]);
  });

  it('reads single marks as an article’s quotations when its speaker is named, or a pronoun, before “said”', () => {
    const tenants =
      'Marek Novak, who chairs the tenants’ group, spoke at the meeting. ‘We were promised a new roof,’ he said. ‘What we got was a bigger bill.’';
    expect(quotesOf(tenants).map((q) => q.text)).toEqual([
      'We were promised a new roof',
      'What we got was a bigger bill.',
    ]);
    const ferry =
      '‘The crossing will resume on Friday,’ Ms Ilse Marten said. ‘Until then, passengers can travel by bus.’';
    expect(quotesOf(ferry)).toEqual([
      { text: 'The crossing will resume on Friday', speaker: 'Ilse Marten' },
      { text: 'Until then, passengers can travel by bus.', speaker: 'Ilse Marten' },
    ]);
    const strike =
      'Nurse Dana Holt voted to strike. ‘There was no other way,’ she said. ‘The offer was an insult to every nurse.’';
    expect(quotesOf(strike)).toEqual([
      { text: 'There was no other way', speaker: 'Dana Holt' },
      { text: 'The offer was an insult to every nurse.', speaker: 'Dana Holt' },
    ]);
  });

  it('keeps a quotation’s speaker when the next sentence reports a statement of someone else', () => {
    const budget =
      'Irena Vogt and Paul Dunn spoke first. “We heard this before,” Vogt said. “We will judge the budget by its results.”\n' +
      'Dunn said he would accept that.';
    expect(quotesOf(budget).map((q) => q.speaker)).toEqual(['Irena Vogt', 'Irena Vogt']);
    const bridge =
      'Omar Reyes and Ella Kim toured the bridge. “It is safe,” Kim said. “The cracks are on the surface only.”\n' +
      'Reyes said he doubted that.';
    expect(quotesOf(bridge).map((q) => q.speaker)).toEqual(['Ella Kim', 'Ella Kim']);
  });

  it('gives no quotation to a speaker of the clause that “while”, “but” or “and” opens after it', () => {
    expect(
      quotesOf(
        'Dr Ana Pires said the plan was “too little and far too late”, while Omar Reyes, a city planner, said it would work.',
      ),
    ).toEqual([{ text: 'too little and far too late', speaker: 'Ana Pires' }]);
    expect(
      quotesOf(
        'Mayor Clara Benz called the vote “a win for every commuter”, but Leo Park said the fares would rise.',
      ),
    ).toEqual([{ text: 'a win for every commuter', speaker: 'Clara Benz' }]);
    expect(
      quotesOf(
        'Coach Lina Berg said the season had been “the hardest of my life” and Jonas Dahl said he agreed.',
      ),
    ).toEqual([{ text: 'the hardest of my life', speaker: 'Lina Berg' }]);
  });

  it('gives a quotation standing alone to the speaker who opens the next sentence with a verb of saying', () => {
    const festival =
      'Ida Moss founded the festival in 2012 with Tom Hale.\nHale spoke first.\n“We had forty volunteers and one tent.”\n' +
      'Moss recalled the first year as the crews packed up the stage on Monday.';
    expect(quotesOf(festival)).toEqual([
      { text: 'We had forty volunteers and one tent.', speaker: 'Ida Moss' },
    ]);
    const clinic =
      'Dr Ana Pires joined the clinic in 1990. Leo Park ran it then.\n“There was one doctor for the whole valley.”\n' +
      'Pires recalled her first winter there as snow closed the pass again this week.';
    expect(quotesOf(clinic)).toEqual([
      { text: 'There was one doctor for the whole valley.', speaker: 'Ana Pires' },
    ]);
    const later =
      'Ida Moss founded the festival in 2012 with Tom Hale.\nHale spoke first.\n“We had forty volunteers and one tent.”\n' +
      'On Monday the crews packed up the stage as Moss recalled the first year of the festival.';
    expect(quotesOf(later).map((q) => q.speaker)).toEqual(['Tom Hale']);
  });

  it('gives what someone posted, tweeted or texted to them, as what they said', () => {
    expect(quotesOf('The union leader, Tom Reed, posted: “We will strike on Monday.”')).toEqual([
      { text: 'We will strike on Monday.', speaker: 'Tom Reed' },
    ]);
    expect(quotesOf('Karen Holt tweeted: “Not again. Not this bridge.”')).toEqual([
      { text: 'Not again. Not this bridge.', speaker: 'Karen Holt' },
    ]);
    expect(quotesOf('Rory Vance’s answer, texted to a reporter at midnight: “No comment.”')).toEqual([
      { text: 'No comment.', speaker: 'Rory Vance' },
    ]);
  });

  it('gives a quotation followed by a participle (“…”, adding that X …) to the sentence’s subject, not to X', () => {
    expect(
      quotesOf(
        'Union leader Pia Holm called the offer “an insult to every nurse”, adding that Minister Ken Dale had not read it.',
      ),
    ).toEqual([{ text: 'an insult to every nurse', speaker: 'Pia Holm' }]);
    expect(
      quotesOf(
        'Coach Ana Silva described the draw as “a robbery in broad daylight”, saying referee Tom Bell had missed two penalties.',
      ),
    ).toEqual([{ text: 'a robbery in broad daylight', speaker: 'Ana Silva' }]);
    expect(
      quotesOf(
        'Economist Lena Marsh called the budget “a gamble with other people’s money”, warning that Finance Minister Jon Rees had ignored the deficit.',
      ),
    ).toEqual([{ text: 'a gamble with other people’s money', speaker: 'Lena Marsh' }]);
  });

  it('gives a judgement (“X called the decision …”, “described it as …”, “dismissed it as …”) to its judge', () => {
    expect(
      quotesOf('Coach Ida Berg called the referee’s decision “a scandal from start to finish” on Sunday.'),
    ).toEqual([{ text: 'a scandal from start to finish', speaker: 'Ida Berg' }]);
    expect(
      quotesOf('Critic Paul Nash described the novel as “four hundred pages of weather and regret”.'),
    ).toEqual([{ text: 'four hundred pages of weather and regret', speaker: 'Paul Nash' }]);
    expect(
      quotesOf('Tenant leader Mary Oduya dismissed the plan as “a car park with trees painted on it”.'),
    ).toEqual([{ text: 'a car park with trees painted on it', speaker: 'Mary Oduya' }]);
  });

  it('gives a judgement of a person (“called her “a pioneer who …””) to its judge, but takes no name given for one', () => {
    expect(
      quotesOf('The club’s chairman, Ivo Dahl, called him “a player who makes everyone around him better.”'),
    ).toEqual([{ text: 'a player who makes everyone around him better.', speaker: 'Ivo Dahl' }]);
    expect(quotesOf('Senator Mae Ortiz branded it “a tax on people who work nights”.')).toEqual([
      { text: 'a tax on people who work nights', speaker: 'Mae Ortiz' },
    ]);
    expect(quotesOf('Coach Ben Ash said fans called him “Tiger” from his first season.')).toEqual([]);
    expect(quotesOf('Curator Ida Lund said they called it “The Long Walk Home”.')).toEqual([]);
  });

  it('gives a judgement to the name set off after a role right before its verb, unless a relative clause ends there', () => {
    expect(
      quotesOf(
        'Lena Fisk sang the lead, in what the Daily Courant’s critic, Omar Reyes, called “a voice that fills the whole hall”.',
      ),
    ).toEqual([{ text: 'a voice that fills the whole hall', speaker: 'Omar Reyes' }]);
    expect(
      quotesOf(
        'Mayor Ana Ruiz, who defeated the then-mayor, Tom Hale, called the plan “a long overdue repair”.',
      ),
    ).toEqual([{ text: 'a long overdue repair', speaker: 'Ana Ruiz' }]);
  });

  it('gives a description’s words to the person named right after it, not to one of that role named before', () => {
    const text =
      'The music critic Hilary Dunn praised the opera.\n' +
      'Not everyone agreed. The critic of the Evening Star, Sam Ortiz, said: “It was far too long for a Tuesday night.”';
    expect(quotesOf(text)).toEqual([
      { text: 'It was far too long for a Tuesday night.', speaker: 'Sam Ortiz' },
    ]);
  });

  it('gives words written in a note, a message or a post (“that read …”, “with the words …”) to their writer', () => {
    expect(
      quotesOf(
        'Before leaving, baker Ines Calder pinned a note to the shop door that read “Closed for good. Thank you for forty years.”',
      ),
    ).toEqual([{ text: 'Closed for good. Thank you for forty years.', speaker: 'Ines Calder' }]);
    expect(
      quotesOf(
        'Goalkeeper Ravi Menon, who was sent off, later posted a picture of the pitch with the words “Not my finest hour.”',
      ),
    ).toEqual([{ text: 'Not my finest hour.', speaker: 'Ravi Menon' }]);
    expect(
      quotesOf(
        'Farmer Owen Pryce spoke to reporters at the gate. He had sprayed a message on his barn that reads: “No pipeline through this valley.”',
      ),
    ).toEqual([{ text: 'No pipeline through this valley.', speaker: 'Owen Pryce' }]);
  });

  it('gives an utterance named by its owner (“Her call of …”, “X’s reply of …”) to them, with no verb of saying', () => {
    expect(
      quotesOf(
        'Captain Elsa Brandt steered the yacht across the line at dawn. Her shout of “We did it, we actually did it” woke the harbour.',
      ),
    ).toEqual([{ text: 'We did it, we actually did it', speaker: 'Elsa Brandt' }]);
    expect(
      quotesOf(
        'Asked about his pay, Leon Okafor gave a short answer. Okafor’s reply of “Ask the board, not me” drew laughter.',
      ),
    ).toEqual([{ text: 'Ask the board, not me', speaker: 'Leon Okafor' }]);
    // A vision is no utterance: "Her vision of “…”" names an idea, and says nothing of who put it so.
    expect(
      quotesOf(
        'Mayor Rosa Lind spoke at the opening. Her vision of “a city where nobody needs a car” was mocked.',
      ),
    ).toEqual([{ text: 'a city where nobody needs a car', speaker: null }]);
  });

  it('takes no sign or banner “that read …” for anyone’s words', () => {
    expect(
      quotesOf('Mayor Lena Fisk walked past a banner that read “Save our harbour from the developers now.”'),
    ).toEqual([]);
  });

  it('reads a quotation over several paragraphs, each opening with a mark, as its speaker’s', () => {
    const article =
      'Coach Nadia Ojo spoke after the last round.\n' +
      '“I had prepared the opening for three weeks, and he did not play it.\n' +
      '“Then on move 24 he offered a draw. I almost took it.\n' +
      '“And the answer was no.”\n' +
      'The club said the prize would be paid on Monday.';
    expect(speakers(article)).toEqual(['Nadia Ojo', 'Nadia Ojo', 'Nadia Ojo']);
  });

  it('gives what “the 61-year-old” said to the person last named', () => {
    expect(
      speakers(
        'Ray Stone has owned the club since 1998. “It is a disaster,” the 61-year-old told reporters.',
      ),
    ).toEqual(['Ray Stone']);
    expect(speakers('“It is a disaster,” the 61-year-old told reporters.')).toEqual([null]);
  });

  it('gives “he said” to the man of the sentence before, over a name whose gender is unknown', () => {
    expect(
      speakers('Bronagh Keogh and Tobias Lenz met in Berlin in 2008. “She writes silences well,” he said.'),
    ).toEqual(['Tobias Lenz']);
  });

  it('names the ministry that speaks in full, and takes what it is of for no person', () => {
    expect(
      quotesOf('“The ambassador has been called home,” the Kasvian Ministry of Foreign Affairs said.'),
    ).toEqual([
      { text: 'The ambassador has been called home', speaker: 'Kasvian Ministry of Foreign Affairs' },
    ]);
  });

  it('takes the agent of a passive right after a quotation for its speaker (“…,” praised by X as …)', () => {
    expect(
      quotesOf('The iPod was “a quantum leap in music,” praised by Steve Jobs as the future of the company.'),
    ).toEqual([{ text: 'a quantum leap in music', speaker: 'Steve Jobs' }]);
    // "by hand" names no one.
    expect(speakers('“The plan is dead,” written by hand, was found in the office.')).toEqual([null]);
  });
});

describe('who “the company” and a quotation carried on are', () => {
  it('gives what “the company said” to the company named, not to a union named since', () => {
    const text =
      'The food maker Brightline said on Friday it would shut its bakery in Leeds. “This was a painful choice,” said Ruth Amis, who runs the site. “Our members deserve better,” said Owen Pryce, leader of the Bakers Workers Union. “We will help every worker find a new job,” the company said. “We will fight this,” the union said.';
    expect(quotesOf(text).slice(-2)).toEqual([
      { text: 'We will help every worker find a new job', speaker: 'Brightline' },
      { text: 'We will fight this', speaker: 'Bakers Workers Union' },
    ]);
  });

  it('keeps a quotation that carries on another’s for its speaker when the next sentence only says what someone did', () => {
    const text = [
      'Professor Ana Lund, who ran the survey, said the findings were clear.',
      'Tom Berger, a statistician at the same school, disagreed. “The sample is small,” he said.',
      '“I would not draw any conclusion yet.”',
      'Lund conceded the point about the sample.',
    ].join('\n\n');
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Tom Berger', 'Tom Berger']);
    const denied = [
      'Former governor Rob Keller spoke on Tuesday. “I made errors,” Keller said on local radio.',
      '“But I never took a bribe.”',
      'Prosecutors say otherwise.',
    ].join('\n\n');
    expect(quotesOf(denied).map((q) => q.speaker)).toEqual(['Rob Keller', 'Rob Keller']);
  });

  it('gives a quotation standing alone to the person a pronoun opening the sentence before stands for', () => {
    const text = [
      'Maria Keane crossed the line first on Sunday.',
      'She had trailed for most of the race and passed Joan Ortiz only on the final bend.',
      '“I kept telling myself to wait for the bend, and it worked.”',
    ].join('\n\n');
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Maria Keane']);
  });

  it('still gives a quotation carried on to the speaker a short sentence after it names', () => {
    const text = [
      'Nurse Eva Lind spoke first. “We are tired,” Lind said.',
      '“We need more staff.”',
      'Dr. Omar Haddad said.',
    ].join('\n\n');
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Eva Lind', 'Omar Haddad']);
  });
});

describe('judgements before a quotation', () => {
  it('reads a judging verb after a modal (“would describe it only as ‘…’”)', () => {
    const text =
      'Playwright Ruth Keogh is writing a new play, which she would describe only as “a farce, heaven help us”.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Ruth Keogh']);
  });

  it('gives a passive judgement to its agent, past a title’s full stop (“was praised by … Prof. X as “…””)', () => {
    const text =
      'The bridge was praised by the head of the design jury, Prof. Anika Strand, as “a quiet masterpiece of engineering”.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Anika Strand']);
  });

  it('does not take the agent of a participle for the subject of the verb after it', () => {
    const text =
      'The panel, chaired by the engineer Tomas Berg, praised the bridge as “a quiet masterpiece of engineering”.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('quotations in single marks and over paragraphs', () => {
  it('reads single marks as an article’s quotations when a description, or a statement on a website, says who spoke', () => {
    const match =
      'Coach Ana Ruiz stood by her players. ‘We defended well today. The result is what we deserved,’ the veteran manager said.';
    expect(quotesOf(match).map((q) => q.text)).toEqual([
      'We defended well today. The result is what we deserved',
    ]);
    const library =
      'Mayor Tom Hale said in a post on the council’s website: ‘The library will stay open. We found the money.’';
    expect(quotesOf(library)).toEqual([
      { text: 'The library will stay open. We found the money.', speaker: 'Tom Hale' },
    ]);
  });

  it('reads a quotation in single marks that runs on into the next paragraph, closing only there', () => {
    const statement =
      'Director Olga Marsh said in a statement: ‘We have made mistakes this year. We will learn from them.\n' +
      '‘The staff deserve better, and they will get it.’';
    expect(quotesOf(statement)).toEqual([
      { text: 'We have made mistakes this year. We will learn from them.', speaker: 'Olga Marsh' },
      { text: 'The staff deserve better, and they will get it.', speaker: 'Olga Marsh' },
    ]);
  });

  it('does not let a stray opening mark swallow the quotation after it', () => {
    const text = 'Traders still talk of ‘Black Friday. “Prices fell too far,” an analyst said.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['Prices fell too far']);
  });

  it('gives a quotation after a colon to the subject of the clause the colon closes', () => {
    const farewell =
      'Ivan Petrov left the club on Monday. In a message to fans last night, he thanked the supporters: “We had three good years together. I will miss this city.”';
    expect(quotesOf(farewell)).toEqual([
      { text: 'We had three good years together. I will miss this city.', speaker: 'Ivan Petrov' },
    ]);
  });
});

describe('a speaker named again by what they are', () => {
  it('gives “…,” the Samoan prop said to the person the sentence before opens with', () => {
    const text =
      'Winger Sione Tavita blamed the referee for the defeat. “We scored twice and he gave us nothing. It was a long afternoon,” the Samoan prop said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Sione Tavita']);
  });

  it('does not give it to someone the sentence before names after its verb, nor to a person for a team', () => {
    const sold =
      'The club signed its new striker, Paulo Reis, on Friday. “He will make us better,” the Brazilian veteran said.';
    expect(quotesOf(sold).map((q) => q.speaker)).toEqual([null]);
    const team = 'Coach Maria Lund spoke first. “We will appeal,” the club said.';
    expect(quotesOf(team).map((q) => q.speaker)).not.toContain('Maria Lund');
    const report =
      'Inspector Ola Berg led the review. “The checks were not done for years,” the report said.';
    expect(quotesOf(report).map((q) => q.speaker)).not.toContain('Ola Berg');
  });
});

describe('the person a pronoun stands for', () => {
  it('is not a name after “the”, which names a place or a body even when taken for a person', () => {
    const obituary =
      "Ada Price, founder of Leeds's Harbour Playhouse, has died at 90.\n" +
      'She founded the Harbour Playhouse in 1970 with a borrowed van.\n' +
      '“A stage is a promise you keep every night,” she told a reporter in 2001.';
    expect(quotesOf(obituary).map((q) => q.speaker)).toEqual(['Ada Price']);
  });
});
