import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../helpers/extractText.js';

// Sentences from the Wikinews bench articles (Wikinews contributors, CC BY 2.5; see
// ../shared/bench/articles/SOURCE.md): each is a case `npm run eval` once got wrong.

const speakers = (text: string) => quotesOf(text).map((q) => q.speaker);

describe('speakers named next to the quotation', () => {
  it('finds the speaker after a title that stands between the verb and the name', () => {
    expect(
      speakers(
        '“Sentiment in the market is very weak and negative,” said the senior market strategist for Invesco AIM, Fritz Meyer.',
      ),
    ).toEqual(['Fritz Meyer']);
  });

  it('takes the subject right before a participle ("with X saying “…”")', () => {
    expect(
      speakers(
        'USAF officials said that the contract had been awarded on merit, with UBS analyst David Strauss saying “The key decision was the amount of fuel the bigger plane could carry.”',
      ),
    ).toEqual(['David Strauss']);
  });

  it('takes the person, not the company in the person’s title', () => {
    expect(
      speakers(
        'Scott Carson, president and CEO of Boeing Commercial Airplanes said, “This has been a wonderful and exciting day.”',
      ),
    ).toEqual(['Scott Carson']);
  });

  it('reads a speaker introduced by a colon after a long title, and verbs such as "spoke" and "enthused"', () => {
    expect(
      speakers(
        'Special Asst. to the Secretary and Director of Air Force Communications Bill Bodie: “We don’t have to turn the other cheek, you know.”',
      ),
    ).toEqual(['Bill Bodie']);
    expect(
      speakers(
        'Procter & Gamble spokeswoman Jennifer Chelune spoke about the incident: “We don’t know what caused it.”',
      ),
    ).toEqual(['Jennifer Chelune']);
    expect(
      speakers(
        '“We are rolling out the first delivery airplane,” enthused Scott Fancher, Boeing vice president.',
      ),
    ).toEqual(['Scott Fancher']);
  });

  it('reads "according to" past an honorific or a title', () => {
    expect(
      speakers(
        'Prime Minister John Howard spoke today. According to Mr Howard, the injection will secure the operations “for the long term”.',
      ),
    ).toEqual(['John Howard']);
  });
});

describe('speakers named elsewhere', () => {
  it('resolves a description to the person who holds that role', () => {
    expect(
      speakers(
        'Stocks rose after US bank chief Ben Bernanke said the economy was recovering. Addressing a conference in Wyoming, the bank chief said that “the prospects for a return to growth in the near term appear good.”',
      ),
    ).toEqual(['Ben Bernanke']);
  });

  it('resolves a misspelt surname and a given name alone to the person named before', () => {
    expect(
      speakers(
        'Automotive analyst Dennis DesRosier believes the factory will close. DesRoiser said, “The St. Thomas plant is old, the product is old.”',
      ),
    ).toEqual(['Dennis DesRosier']);
    expect(
      speakers('Apple CEO Steve Jobs gave the keynote. Steve called podcasting “Wayne’s World for radio”.'),
    ).toEqual(['Steve Jobs']);
  });

  it('gives quotations without a speaker the one named by a short sentence after them', () => {
    expect(
      speakers(
        'Mr MacFarlane said that the facility was exciting.\n“The project will see Ford Australia become a centre for design,” “This opportunity will put Ford on the world map.”\nMr MacFarlane said.',
      ),
    ).toEqual(['MacFarlane', 'MacFarlane']);
  });

  it('closes a straight quotation even after a space, so that the next sentence has its own speaker', () => {
    expect(
      speakers(
        'Former Microsoft CEO Bill Gates responded with a statement on his blog: "The world rarely sees someone like Steve.\nI will miss Steve immensely. "\nThe current Microsoft CEO Steve Ballmer described him as "one of the founders of our industry and a true visionary".',
      ),
    ).toEqual(['Bill Gates', 'Steve Ballmer']);
  });
});

describe('organisations as speakers', () => {
  it('gives the organisation’s name when it is the subject that speaks', () => {
    expect(
      speakers(
        'General Motors stated that the company would stop 30% of its North American production “in response to rapidly deteriorating market conditions”.',
      ),
    ).toEqual(['General Motors']);
    expect(
      speakers(
        'The UAW issued statement saying “The impacted hourly and salaried workers find themselves facing uncertain futures.”',
      ),
    ).toEqual(['UAW']);
  });

  it('resolves "it said" and "the company said" to the organisation named last', () => {
    expect(
      speakers(
        'An email from Burkhardt & Associates to James Roche advises the Secretary: “I’d distribute a one page memo saying the cost will not be greater than x,” it said.',
      ),
    ).toEqual(['Burkhardt & Associates']);
    expect(
      speakers(
        'Shares of Acme Corporation fell. In a statement, the company said that “the root cause of the problem is the wiring”.',
      ),
    ).toEqual(['Acme Corporation']);
  });

  it('leaves a speaker the article does not name unknown, even next to an organisation', () => {
    expect(
      speakers(
        '“We are worried and closely watching the developments in the US,” said a Delhi auto parts supplier.',
      ),
    ).toEqual([null]);
    expect(
      speakers(
        'The premier of the German state of North Rhine-Westphalia remarked that “General Motors’ behaviour shows the ugly face of turbo-capitalism.”',
      ),
    ).toEqual([null]);
  });
});

describe('words introduced by whose they are', () => {
  // Sentences written for these tests.
  it('gives “X’s reply: …” and “His verdict, posted at 4:30 a.m.: …” to their owner', () => {
    expect(
      quotesOf(
        'Minister Petra Lund flew home. Lund’s reply, in a statement issued later: “We were never asked.”',
      ).map((q) => q.speaker),
    ).toEqual(['Petra Lund']);
    expect(
      quotesOf(
        'Frank Moody, who now hosts a radio show, was blunter. His verdict, posted on Twitter at 4:30 a.m.: “Tax, spend, repeat.”',
      ).map((q) => q.speaker),
    ).toEqual(['Frank Moody']);
  });

  it('does not take a possessive for the speaker when a verb has its own subject', () => {
    expect(
      quotesOf('Tom Reid was arrested. His lawyer, Ann Berg, said: “He is innocent.”').map((q) => q.speaker),
    ).toEqual(['Ann Berg']);
    expect(
      quotesOf('The mayor, Jane Holt, spoke. Her message to Anna Cole: “Come home.”').map((q) => q.speaker),
    ).toEqual(['Jane Holt']);
  });
});
