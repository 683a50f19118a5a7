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
    ).toEqual(['head of finance']);
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
