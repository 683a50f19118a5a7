import { describe, expect, it } from 'vitest';
import { factsOf, quotesOf, reportedOf } from '../../helpers/extractText.js';

// Sentences written for these rules, in the ways news reports what was said without quoting it.
describe('reported speech', () => {
  it('reads “X said (that) …” with the time, place or channel between verb and statement', () => {
    expect(reportedOf('Mayor Clara Benz said on Monday that the tram line would open in May.')).toEqual([
      { text: 'the tram line would open in May', speaker: 'Clara Benz' },
    ]);
    expect(reportedOf('Clara Benz, the mayor, said the line was a turning point for the city.')).toEqual([
      { text: 'the line was a turning point for the city', speaker: 'Clara Benz' },
    ]);
    expect(reportedOf('Leo Park told reporters that the merger would be completed by March.')).toEqual([
      { text: 'the merger would be completed by March', speaker: 'Leo Park' },
    ]);
  });

  it('reads a “that” with too few words after it to be a clause as a word of the statement', () => {
    expect(reportedOf('Kai Moreno said he would accept that offer.')).toEqual([
      { text: 'he would accept that offer', speaker: 'Kai Moreno' },
    ]);
    expect(reportedOf('Dr Ana Pires said the hospital could not afford that.')).toEqual([
      { text: 'the hospital could not afford that', speaker: 'Ana Pires' },
    ]);
    expect(reportedOf('Coach Lina Berg said on Sunday that she would accept that result.')).toEqual([
      { text: 'she would accept that result', speaker: 'Lina Berg' },
    ]);
  });

  it('takes the description that opens a sentence (“The bakery’s site manager, X, said …”) for no statement', () => {
    expect(reportedOf('The bakery’s site manager, Tom Reyes, said all staff were safe.')).toEqual([
      { text: 'all staff were safe', speaker: 'Tom Reyes' },
    ]);
    expect(
      reportedOf(
        'The orchestra’s principal conductor, Ilse Marten, said on Friday that the tour would go ahead.',
      ),
    ).toEqual([{ text: 'the tour would go ahead', speaker: 'Ilse Marten' }]);
    expect(reportedOf('A housing analyst, Omar Reyes, said that prices would fall next year.')).toEqual([
      { text: 'prices would fall next year', speaker: 'Omar Reyes' },
    ]);
    expect(reportedOf('The board will need a new chief executive, Anna Berg said.')).toEqual([
      { text: 'The board will need a new chief executive', speaker: 'Anna Berg' },
    ]);
  });

  it('gives a verb after “but” to the sentence’s subject (“X welcomed the plan but warned that …”)', () => {
    expect(
      reportedOf('Union leader Ida Moss welcomed the offer but warned that members would still vote on it.'),
    ).toEqual([{ text: 'members would still vote on it', speaker: 'Ida Moss' }]);
    expect(reportedOf('Dr Ana Pires praised the nurses but said the ward needed more beds.')).toEqual([
      { text: 'the ward needed more beds', speaker: 'Ana Pires' },
    ]);
    expect(
      reportedOf('Coach Leo Park thanked the fans but insisted that the season had not been a failure.'),
    ).toEqual([{ text: 'the season had not been a failure', speaker: 'Leo Park' }]);
  });

  it('gives a statement to the name set off right before its verb, unless the subject opens a relative clause', () => {
    expect(
      reportedOf('After meeting Leo Park, the union’s lawyer, Ida Moss, said the talks had stalled again.'),
    ).toEqual([{ text: 'the talks had stalled again', speaker: 'Ida Moss' }]);
    expect(
      reportedOf(
        'At the hearing, the second witness, a clerk at the bank, Ana Pires, said the accounts had been changed.',
      ),
    ).toEqual([{ text: 'the accounts had been changed', speaker: 'Ana Pires' }]);
    expect(
      reportedOf('Mayor Ana Ruiz, who defeated the then-mayor, Tom Hale, said the budget was balanced.'),
    ).toEqual([{ text: 'the budget was balanced', speaker: 'Ana Ruiz' }]);
    expect(
      reportedOf('Defence lawyer Ida Moss said outside the court that her client would appeal.'),
    ).toEqual([{ text: 'her client would appeal', speaker: 'Ida Moss' }]);
  });

  it('gives what “the council”, “the foundation” or “the association” said to the organisation named before', () => {
    expect(
      reportedOf(
        'Fenwick District Council approved the budget. Each pupil at the village school cost 9,000 pounds a year, the council said.',
      ),
    ).toEqual([
      {
        text: 'Each pupil at the village school cost 9,000 pounds a year',
        speaker: 'Fenwick District Council',
      },
    ]);
    expect(
      reportedOf(
        'The Lindqvist Foundation gave 2 million euros to the museum. The money will pay for a new wing, the foundation said.',
      ),
    ).toEqual([{ text: 'The money will pay for a new wing', speaker: 'Lindqvist Foundation' }]);
    expect(
      reportedOf(
        'The Northern Rail Passengers Association met on Monday. Fares had risen three times in a year, the association said.',
      ),
    ).toEqual([
      { text: 'Fares had risen three times in a year', speaker: 'Northern Rail Passengers Association' },
    ]);
  });

  it('reads “…, X (ACR) said.”, the acronym an organisation will go by between its name and the verb', () => {
    expect(
      reportedOf('The ferry sank near the harbour on Friday, the Maritime Safety Directorate (MSD) said.'),
    ).toEqual([
      { text: 'The ferry sank near the harbour on Friday', speaker: 'Maritime Safety Directorate' },
    ]);
    expect(reportedOf('Two nurses won the award this year, the Irish Nursing Council (INC) said.')).toEqual([
      { text: 'Two nurses won the award this year', speaker: 'Irish Nursing Council' },
    ]);
    expect(
      reportedOf('Inflation fell to 2 percent in May, the National Statistics Office (NSO) said.'),
    ).toEqual([{ text: 'Inflation fell to 2 percent in May', speaker: 'National Statistics Office' }]);
  });

  it('reads a “that” as far as ten words after “told”, past whom, where and when', () => {
    expect(
      reportedOf('Dr Ana Pires told a meeting of parents in Leeds last week that the vaccine was safe.'),
    ).toEqual([{ text: 'the vaccine was safe', speaker: 'Ana Pires' }]);
    expect(
      reportedOf('Leo Park told union members at the depot in Hull on Friday that the strike was over.'),
    ).toEqual([{ text: 'the strike was over', speaker: 'Leo Park' }]);
    expect(
      reportedOf(
        'Mayor Clara Benz told the full council at its monthly meeting on Tuesday that the budget was balanced.',
      ),
    ).toEqual([{ text: 'the budget was balanced', speaker: 'Clara Benz' }]);
  });

  it('reads a “that” after the statement has begun (“said the smoke held soot that …”) as part of it', () => {
    expect(reportedOf('Chemist Ruud Vos said the smoke held soot that could irritate the lungs.')).toEqual([
      { text: 'the smoke held soot that could irritate the lungs', speaker: 'Ruud Vos' },
    ]);
    expect(reportedOf('Coach Lina Berg said she had always known that the team would win.')).toEqual([
      { text: 'she had always known that the team would win', speaker: 'Lina Berg' },
    ]);
    expect(
      reportedOf('Mayor Clara Benz said work would begin in May and that the first trams would run in 2027.'),
    ).toEqual([
      { text: 'work would begin in May and that the first trams would run in 2027', speaker: 'Clara Benz' },
    ]);
    expect(reportedOf('Leo Park told reporters at the depot on Monday that the strike was over.')).toEqual([
      { text: 'the strike was over', speaker: 'Leo Park' },
    ]);
  });

  it('reads the statement after “X said” when a clause set off by a comma opens the sentence', () => {
    expect(
      reportedOf('Asked whether the bridge was safe, Mayor Clara Benz said the engineers had no doubts.'),
    ).toEqual([{ text: 'the engineers had no doubts', speaker: 'Clara Benz' }]);
    expect(
      reportedOf('After a long pause, Coach Lina Berg said the team had simply run out of energy.'),
    ).toEqual([{ text: 'the team had simply run out of energy', speaker: 'Lina Berg' }]);
    expect(
      reportedOf('When the votes were counted, Leo Park said his party would respect the result.'),
    ).toEqual([{ text: 'his party would respect the result', speaker: 'Leo Park' }]);
    expect(reportedOf('The talks have failed, Leo Park said on Monday.')).toEqual([
      { text: 'The talks have failed', speaker: 'Leo Park' },
    ]);
  });

  it('reads a statement that opens with a number (“X said 40 buses would run”)', () => {
    expect(reportedOf('Mayor Clara Benz said 40 buses would run at night.')).toEqual([
      { text: '40 buses would run at night', speaker: 'Clara Benz' },
    ]);
    expect(reportedOf('Leo Park said 2009 had been the hardest year of his career.')).toEqual([
      { text: '2009 had been the hardest year of his career', speaker: 'Leo Park' },
    ]);
    expect(reportedOf('Captain Ana Pires said 12 sailors had been rescued overnight.')).toEqual([
      { text: '12 sailors had been rescued overnight', speaker: 'Ana Pires' },
    ]);
  });

  it('reads it past an auxiliary before the verb and a time after it', () => {
    expect(reportedOf('Mayor Clara Benz has said that the tram line would open in May.')).toEqual([
      { text: 'the tram line would open in May', speaker: 'Clara Benz' },
    ]);
    expect(reportedOf('Leo Park, the chief executive, said on Tuesday the bank would cut 200 jobs.')).toEqual(
      [{ text: 'the bank would cut 200 jobs', speaker: 'Leo Park' }],
    );
    expect(reportedOf('Clara Benz wrote on social media that the tram line would open in May.')).toEqual([
      { text: 'the tram line would open in May', speaker: 'Clara Benz' },
    ]);
    // What someone denies is not what they said.
    expect(reportedOf('Clara Benz denied that the line would be delayed.')).toEqual([]);
  });

  it('reads “…, X said.”, “…, said X.” and “according to X” before or after the statement', () => {
    expect(
      reportedOf(
        'ASTANA – The leadership is committed to equal pay, Deputy Minister Roman Vassilenko said during a seminar on April 4 in Astana, reported the ministry’s press service.',
      ),
    ).toEqual([{ text: 'The leadership is committed to equal pay', speaker: 'Roman Vassilenko' }]);
    expect(reportedOf('Production will resume within a week, said Leo Park, the chief executive.')).toEqual([
      { text: 'Production will resume within a week', speaker: 'Leo Park' },
    ]);
    expect(reportedOf('The line will open in May, the mayor, Clara Benz, said.')).toEqual([
      { text: 'The line will open in May', speaker: 'Clara Benz' },
    ]);
    expect(reportedOf('According to Leo Marsh, the bank will cut 200 jobs next year.')).toEqual([
      { text: 'the bank will cut 200 jobs next year', speaker: 'Leo Marsh' },
    ]);
    expect(reportedOf('The bank will cut 200 jobs next year, according to chairman Leo Marsh.')).toEqual([
      { text: 'The bank will cut 200 jobs next year', speaker: 'Leo Marsh' },
    ]);
  });

  it('gives a pronoun’s statement to the person it stands for, and an organisation’s to it', () => {
    expect(
      reportedOf('Anna Holm met the minister. She said the talks had been constructive and would continue.'),
    ).toEqual([{ text: 'the talks had been constructive and would continue', speaker: 'Anna Holm' }]);
    expect(
      reportedOf('Kestrel Mining said in a statement that production would resume within a week.'),
    ).toEqual([{ text: 'production would resume within a week', speaker: 'Kestrel Mining' }]);
  });

  it('takes the statement, not the speaker’s description nor a pronoun, around an attribution', () => {
    expect(
      reportedOf('According to Anna Berg, the finance minister, the budget will be balanced by 2026.'),
    ).toEqual([{ text: 'the budget will be balanced by 2026', speaker: 'Anna Berg' }]);
    expect(reportedOf('The bridge will reopen in May, Mr. Reid, the mayor, said on Monday.')).toEqual([
      { text: 'The bridge will reopen in May', speaker: 'Reid' },
    ]);
    expect(reportedOf('Asked whether she would resign, Anna Berg said she had no plans to do so.')).toEqual([
      { text: 'she had no plans to do so', speaker: 'Anna Berg' },
    ]);
    // A writer's word in quotation marks does not stop the report.
    expect(
      reportedOf('Anna Berg said the government’s “historic” plan would cut emissions sharply.'),
    ).toEqual([
      { text: 'the government’s “historic” plan would cut emissions sharply', speaker: 'Anna Berg' },
    ]);
  });

  it('reads an organisation set off by its description, and a subject that “and said” goes back to', () => {
    expect(
      reportedOf('Lumensky, the smart-home software company, said on Wednesday it would cut 640 jobs.'),
    ).toEqual([{ text: 'it would cut 640 jobs', speaker: 'Lumensky' }]);
    expect(
      reportedOf(
        'The presiding judge, Aurelia Santi, has set aside three days, and said she expected a verdict before the summer.',
      ),
    ).toEqual([{ text: 'she expected a verdict before the summer', speaker: 'Aurelia Santi' }]);
  });

  it('reads an organisation past the acronym it defines and a clause about it, and what a paper reported', () => {
    expect(
      reportedOf('The Coastal Ferry Authority (CFA) said the crossing would reopen by the weekend.'),
    ).toEqual([{ text: 'the crossing would reopen by the weekend', speaker: 'Coastal Ferry Authority' }]);
    expect(
      reportedOf(
        'The Coastal Ferry Authority (CFA), which runs the island routes, said two crews had been stood down.',
      ),
    ).toEqual([{ text: 'two crews had been stood down', speaker: 'Coastal Ferry Authority' }]);
    expect(
      reportedOf(
        'The weekly Harbour Gazette reported on Friday that the ferry had sailed with a faulty ramp.',
      ),
    ).toEqual([{ text: 'the ferry had sailed with a faulty ramp', speaker: 'Harbour Gazette' }]);
    // A report of a figure is no statement.
    expect(reportedOf('The Coastal Ferry Authority reported a loss of two million euros.')).toEqual([]);
  });

  it('keeps words quoted inside a statement, but leaves a statement that is mostly a quotation to it', () => {
    expect(
      reportedOf(
        'Foreign minister Sigrid Aalto said that the dam, finished last spring after six years of work, had been built “in full compliance.”',
      ),
    ).toEqual([
      {
        text: 'the dam, finished last spring after six years of work, had been built “in full compliance.”',
        speaker: 'Sigrid Aalto',
      },
    ]);
    expect(reportedOf('Sigrid Aalto said the plan was “a disaster for every town on the river.”')).toEqual(
      [],
    );
  });

  it('keeps a statement of five words or more outside the quotation it ends with, however long that is', () => {
    expect(
      reportedOf(
        'Fire chief Omar Reyes said he had warned the council “at every single meeting for a decade”.',
      ),
    ).toEqual([
      { text: 'he had warned the council “at every single meeting for a decade”', speaker: 'Omar Reyes' },
    ]);
    expect(
      reportedOf(
        'Coach Lina Berg said the squad had trained “harder than in any season I remember” all winter.',
      ),
    ).toEqual([
      {
        text: 'the squad had trained “harder than in any season I remember” all winter',
        speaker: 'Lina Berg',
      },
    ]);
    expect(
      reportedOf('Mayor Clara Benz said the budget was “the worst I have seen in twenty years”.'),
    ).toEqual([]);
  });

  it('reports no statement where there is none, nor one by no one named', () => {
    expect(reportedOf('Staff said the difference was obvious within hours.')).toEqual([]);
    expect(
      reportedOf(
        'Mayor Alan Pruitt spoke first. The first bills will go out in late February, the mayor’s office said.',
      ),
    ).toEqual([]);
    expect(
      reportedOf(
        'Ruth Adeyemi, who has coached her since the age of nine, said in an interview that Nadia Ojo had been stubborn.',
      ),
    ).toEqual([{ text: 'Nadia Ojo had been stubborn', speaker: 'Ruth Adeyemi' }]);
    expect(reportedOf('Anna Berg said nothing about the budget at the meeting.')).toEqual([]);
    expect(reportedOf('Analysts said the bank would cut rates in June.')).toEqual([]);
    expect(reportedOf('The plan failed, and Leo Park said nothing about it.')).toEqual([]);
    expect(reportedOf('Leo Park told reporters in Oslo about the merger.')).toEqual([]);
    expect(reportedOf('Leo Park announced the launch of a new fund for local schools.')).toEqual([]);
    expect(reportedOf('The talks had been constructive and would continue, officials said.')).toEqual([]);
    // A sentence with a quotation holds the speaker's own words, not a report of them.
    expect(reportedOf('Leo Park said the talks were “constructive and worth continuing.”')).toEqual([]);
  });

  it('is stated as reported, never inside quotation marks, and kept apart from quotations', () => {
    const text = 'Mayor Clara Benz said on Monday that the tram line would open in May.';
    expect(quotesOf(text)).toEqual([]);
    const fact = factsOf(text).find((f) => f.quote)!;
    expect(fact.text).toBe('Clara Benz (reported speech): the tram line would open in May.');
    expect(fact.text).not.toMatch(/[“”"]/);
  });
});

describe('short reported statements', () => {
  it('reads a clause of three words as a statement (“said it would appeal”)', () => {
    expect(reportedOf('The carrier Nordwing said on Friday it would appeal.')).toEqual([
      { text: 'it would appeal', speaker: 'Nordwing' },
    ]);
    expect(reportedOf('Coach Ivan Petrov said he was staying.')).toEqual([
      { text: 'he was staying', speaker: 'Ivan Petrov' },
    ]);
  });

  it('keeps a statement whose quoted words are too few to be speech (“said the delay was “very frustrating””)', () => {
    expect(reportedOf('Airport director Lena Ford said the delay was “very frustrating”.')).toEqual([
      { text: 'the delay was “very frustrating”', speaker: 'Lena Ford' },
    ]);
    expect(quotesOf('Airport director Lena Ford said the delay was “a blow to every traveller”.')).toEqual([
      { text: 'a blow to every traveller', speaker: 'Lena Ford' },
    ]);
  });

  it('still reads two words after a verb of saying as no statement', () => {
    expect(reportedOf('Coach Ivan Petrov said goodbye warmly.')).toEqual([]);
  });
});

describe('reported speech by the subject of the sentence, past a clause', () => {
  it('reads “X, who …, has said …”', () => {
    expect(
      reportedOf('Ana Lund, who has chaired the board since 2011, has said she will not seek another term.'),
    ).toEqual([{ text: 'she will not seek another term', speaker: 'Ana Lund' }]);
  });

  it('reads “…, X, who said …” as the words of the name the relative follows', () => {
    expect(
      reportedOf(
        'The talks will be chaired by the port authority’s director, Tomas Berg, who said he expected a deal by Friday.',
      ),
    ).toEqual([{ text: 'he expected a deal by Friday', speaker: 'Tomas Berg' }]);
  });

  it('reads “X did something and said …” without a comma, and with the name set off after a description', () => {
    expect(
      reportedOf('Nadia Holm thanked the volunteers and said the shelter would stay open all winter.'),
    ).toEqual([{ text: 'the shelter would stay open all winter', speaker: 'Nadia Holm' }]);
    expect(
      reportedOf(
        'The council’s only Green member, Petra Sand, kept her seat and said her party would fight the budget.',
      ),
    ).toEqual([{ text: 'her party would fight the budget', speaker: 'Petra Sand' }]);
  });

  it('gives a statement to an organisation named or described right after “according to”', () => {
    expect(
      reportedOf(
        'The Coastal Rescue Federation published its figures on Monday.\n\nIt was the crew’s 20th call-out of the year, according to the Coastal Rescue Federation.',
      ),
    ).toEqual([
      { text: 'It was the crew’s 20th call-out of the year', speaker: 'Coastal Rescue Federation' },
    ]);
    expect(
      reportedOf(
        'The Public Health Agency (PHA) issued a warning on Friday.\n\nAbout 20,000 people take the drug, according to the PHA.',
      ),
    ).toEqual([{ text: 'About 20,000 people take the drug', speaker: 'Public Health Agency' }]);
    expect(
      reportedOf(
        'Ferries run twice a day from the island.\n\nThe crossing takes 40 minutes, according to the Western Isles Ferry Company.',
      ),
    ).toEqual([{ text: 'The crossing takes 40 minutes', speaker: 'Western Isles Ferry Company' }]);
    expect(
      reportedOf(
        'The Harbour Workers Union called a strike on Monday.\n\nMost members voted for it, according to the union.',
      ),
    ).toEqual([{ text: 'Most members voted for it', speaker: 'Harbour Workers Union' }]);
  });

  it('gives “according to the council” to no organisation whose name says another kind', () => {
    expect(
      reportedOf(
        'The Fjord Tourism Association backed the plan.\n\nThe levy will be paid to the town each month, according to the council.',
      ),
    ).toEqual([]);
  });

  it('reads “told <listener> <clause>” without “that” when the clause has a subject and an auxiliary', () => {
    expect(reportedOf('Judge Ruth Adler told him he had put his tenants in danger.')).toEqual([
      { text: 'he had put his tenants in danger', speaker: 'Ruth Adler' },
    ]);
    expect(reportedOf('Coach Leo Park told the Courier the team would travel on Friday.')).toEqual([
      { text: 'the team would travel on Friday', speaker: 'Leo Park' },
    ]);
    expect(reportedOf('Minister Ana Pires told parliament the budget would be balanced by 2027.')).toEqual([
      { text: 'the budget would be balanced by 2027', speaker: 'Ana Pires' },
    ]);
    expect(reportedOf('Coach Leo Park told her the news about the transfer on Monday.')).toEqual([]);
  });

  it('gives a statement to an organisation set off by commas right before the verb (“The regulator, the X, said”)', () => {
    expect(
      reportedOf(
        'The regulator, the Financial Conduct Board (FCB), said it would review the merger by March.',
      ),
    ).toEqual([{ text: 'it would review the merger by March', speaker: 'Financial Conduct Board' }]);
    expect(
      reportedOf('The regulator, the Financial Conduct Board, said it would review the merger by March.'),
    ).toEqual([{ text: 'it would review the merger by March', speaker: 'Financial Conduct Board' }]);
    expect(
      reportedOf(
        'The nurses’ union, the Allied Nursing Workers’ Association, said in a statement that staff had complained about the rota.',
      ),
    ).toEqual([
      { text: 'staff had complained about the rota', speaker: 'Allied Nursing Workers’ Association' },
    ]);
  });
});
