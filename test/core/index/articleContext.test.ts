import { describe, expect, it } from 'vitest';
import { articleContext, passageContext } from '../../../src/core/index/articleContext.js';
import { splitPassages } from '../../../src/core/extract/splitPassages.js';

const passages = (text: string) => splitPassages({ id: 'a', text });

describe('articleContext', () => {
  const context = articleContext(
    'Union backs the plan',
    passages(
      'The United Auto Workers (UAW) met on Monday. The UAW said Ford must keep the plant. ' +
        'Ford agreed. Later, Ford and the union signed. The plant stays open, Ford said.',
    ),
  );

  it('reads the acronyms an article defines, both ways', () => {
    expect(context.aliases.get('UAW')).toBe('United Auto Workers');
    expect(context.aliases.get('United Auto Workers')).toBe('UAW');
  });

  it('names the article’s main subject: what it keeps naming', () => {
    expect(context.subject[0]).toBe('Ford');
  });

  it('keeps four names an article keeps coming back to: a recall names its maker, regulator, country and drug', () => {
    const recall = articleContext(
      'Pills recalled',
      passages(
        'Makers at Corvane recalled Valtrazine in Kestria. The NMA said Corvane must test Valtrazine. ' +
          'Doctors in Kestria stopped Valtrazine, the NMA said. In Kestria, the NMA and Corvane met on Friday.',
      ),
    );
    expect([...recall.subject].sort()).toEqual(['Corvane', 'Kestria', 'NMA', 'Valtrazine']);
  });

  it('counts a name opening a sentence when the article writes it so elsewhere too, and no other opening word', () => {
    const battery = articleContext(
      'Jobs to go',
      passages(
        'Tidewell will cut 300 jobs. Tidewell sold fewer batteries. Customers of Tidewell waited. ' +
          'Analysts agreed. Analysts were not surprised. Analysts expect more cuts.',
      ),
    );
    expect(battery.subject).toEqual(['Tidewell']);
  });

  it('gives a sentence the title, the subject and the other name of each acronym it uses', () => {
    expect(passageContext(context, 'The UAW said so.')).toContain('United Auto Workers');
    expect(passageContext(context, 'The UAW said so.')).toContain('Union backs the plan');
  });

  it('gives a sentence the full name of what it calls by its head noun', () => {
    const hospital = articleContext(
      'A new wing opens',
      passages(
        'The wing belongs to the Riverside Hospitals Trust, said its chairman. Staff from the University of ' +
          'Keswick trained the nurses. The trust thanked the university.',
      ),
    );
    const context = passageContext(hospital, 'The trust thanked the university.');
    expect(context).toContain('Riverside Hospitals Trust');
    expect(context).toContain('University of Keswick');
    expect(passageContext(hospital, 'Nurses were trained.')).not.toContain('Riverside Hospitals Trust');
  });

  it('finds that full name also inside a longer run of capitalised words joined by "of"', () => {
    const club = articleContext(
      'Cup final tonight',
      passages('Fans of the Dunmore Valley Rowing Club waited all night. The club captain spoke at noon.'),
    );
    expect(passageContext(club, 'The club captain spoke at noon.')).toContain('Dunmore Valley Rowing Club');
  });

  it('calls a name by the noun written after it too', () => {
    const fire = articleContext(
      'Fire at a chemical plant',
      passages('A fire broke out at the Vennhaven Chemicals plant on Thursday. The plant opened in 1974.'),
    );
    expect(passageContext(fire, 'The plant opened in 1974.')).toContain('Vennhaven Chemicals');
  });
});

describe('articleContext: what a title calls by its common noun', () => {
  it('is the name the article gives in full, whose head noun the title uses', () => {
    const museum = articleContext(
      'Maritime museum to close its doors for a year',
      passages(
        'The Harbourside Maritime Museum will shut in May for repairs. Its new curator, Ruth Okafor, said ' +
          'the roof leaked. Visitors fell by a third last year.',
      ),
    );
    expect(passageContext(museum, 'Visitors fell by a third last year.')).toContain(
      'Harbourside Maritime Museum',
    );
    expect(museum.subject[0]).toBe('Harbourside Maritime Museum');
  });

  it('reads the noun however the title places it, and names after "of"', () => {
    const trust = articleContext(
      'New chief for food bank trust',
      passages('Brenna Walsh will lead the Eastgate Food Bank Trust from June. She replaces a founder.'),
    );
    expect(trust.subject).toContain('Eastgate Food Bank Trust');
    const college = articleContext(
      'Protest at college over fees',
      passages('Students at the College of Northern Arts marched on Monday. Fees rise in autumn.'),
    );
    expect(college.subject).toContain('College of Northern Arts');
  });

  it('is no name the title describes otherwise: a central bank is not the commercial bank the article names', () => {
    const rates = articleContext(
      'Harlow central bank raises rates',
      passages('Rates rose to 5%. Savers at the Trion Bank welcomed the rise. Borrowers did not.'),
    );
    expect(rates.subject).toEqual([]);
  });

  it('is no name when the title holds none of its head nouns, nor a word of grammar', () => {
    const fire = articleContext(
      'Residents moved from homes',
      passages(
        'Residents were moved by the Dunmore Fire Service from their homes. A shed at Grey Street burned.',
      ),
    );
    expect(fire.subject).toEqual([]);
  });
});

describe('articleContext: the name a title gives, by its other name too', () => {
  const article = (title: string) =>
    articleContext(
      title,
      passages(
        'Shares in Veltrix Motors (VM) rose on Monday. The company also named Ola Berg as its finance chief. ' +
          'Berg joined in 2019.',
      ),
    );

  it('gives every sentence the acronym of a name the title spells out', () => {
    const context = article('Veltrix Motors hires a new finance chief');
    expect(passageContext(context, 'Berg joined in 2019.')).toContain('VM');
  });

  it('gives every sentence the name of an acronym the title uses', () => {
    const context = article('VM names Berg finance chief');
    expect(passageContext(context, 'Berg joined in 2019.')).toContain('Veltrix Motors');
  });

  it('gives no role for the subject: a title’s CEO is no name', () => {
    const context = articleContext(
      'CEO of Veltrix quits',
      passages('The Chief Executive Officer (CEO) of Veltrix Motors, Ana Ruiz, left on Monday. Berg stays.'),
    );
    expect(context.subject).not.toContain('Chief Executive Officer');
  });

  it('reads only whole words of the title: "VMX" is no VM', () => {
    const context = article('VMX deal lifts car maker');
    expect(passageContext(context, 'Berg joined in 2019.')).not.toContain('Veltrix Motors');
  });
});

describe('articleContext: a subject named by its surname', () => {
  it('keeps the given name a person was introduced with', () => {
    const trial = articleContext(
      'Builder jailed',
      passages(
        'A builder was jailed on Monday. Dennis Holloway, 61, admitted fraud. ' +
          'Mr Holloway wept. The judge said Holloway had lied.',
      ),
    );
    expect(trial.subject).toContain('Dennis Holloway');
  });

  it('keeps a surname alone when no given name is written before it', () => {
    const firm = articleContext(
      'Shares fall',
      passages('Shares in Grantley fell. Investors sold Grantley. Analysts said Grantley would recover.'),
    );
    expect(firm.subject).toEqual(['Grantley']);
  });
});
