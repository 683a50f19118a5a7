import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';

/** Articles written for these tests, not taken from the bench: the rules must hold on any news. */
const kb = KnowledgeBase.build([
  {
    id: 'jet',
    file: 'jet.txt',
    date: '2009-06-03',
    title: 'Air France Flight 447 lost over the Atlantic',
    text:
      'Air France Flight 447 was carrying 228 people from Rio de Janeiro to Paris.\n' +
      'The Airbus A330 crashed into the Atlantic Ocean on Monday.\n' +
      'The 777 made its first flight in June 1994.',
  },
  {
    id: 'strike',
    file: 'strike.txt',
    date: '2025-03-14',
    title: 'Dock workers walk out',
    text: 'Dock workers at Valmora have walked out over pay.\nThe union wants a rise of 9 percent.',
  },
  {
    id: 'collision',
    file: 'collision.txt',
    date: '2025-10-14',
    title: 'Two ships collide in fog',
    text:
      'Two ships collided in fog off the coast on Monday.\n' +
      'The Coastal Safety Board (CSB) has opened an inquiry.\n' +
      'It said it would publish a first report in December.',
  },
  {
    id: 'fire',
    file: 'fire.txt',
    date: '2020-07-17',
    title: 'Fire at a chemical plant',
    text:
      'A fire broke out at the Norvik Chemicals plant on Thursday.\n' +
      'No one was hurt.\n' +
      'The plant, which makes paint, opened in 1974.\n' +
      'It was fined 45,000 euros in 2017 after a leak of acetone.',
  },
  {
    id: 'steel',
    file: 'steel.txt',
    date: '2025-06-03',
    title: 'Valmora Steel plans a new plant',
    text:
      'Valmora Steel will build its first furnace in May 2026.\n' +
      'It will build the rest of the plant between 2026 and 2028.',
  },
  {
    id: 'fleet',
    file: 'fleet.txt',
    date: '2025-06-02',
    title: 'Nordair renews its fleet',
    text:
      'Nordair will take delivery of six Skylark S9 jets between 2027 and 2029.\n' +
      'The carrier was founded in 1991.\n' +
      'Voters in Marvale elected a new council on Sunday.',
  },
  {
    id: 'dialogue',
    file: 'dialogue.txt',
    date: '2024-04-05',
    title: 'Women leaders meet',
    text:
      'The dialogue platform was launched in December 2020 and was chaired by Uzbekistan in 2021 and Turkmenistan in 2022.\n' +
      'The council praised the Neighbourhood Co-operation Priorities for 2019-2023.\n' +
      'Valmora Port unveiled its new harbour crane at the quay.\n' +
      'Sunday was chosen because the port opened on that day a century ago.\n' +
      'The National Transport Authority (NTA) met the unions.\n' +
      'The NTA approved the new timetable on Tuesday.\n' +
      'Valmora Shipping said on Thursday it signed the harbour lease on March 15.',
  },
]);
const top = (question: string) => ask(kb, question).answers[0];

describe('/when and questions in words', () => {
  it('answers without every word of the question in the sentence, and in other forms of its words', () => {
    expect(top('When did the Boeing 777 first fly?')?.date?.iso).toBe('1994-06');
    expect(top('/when 777 first flight')?.date?.iso).toBe('1994-06');
  });

  it('reads a fact with its article: the title and the sentence before name what it is about', () => {
    expect(top('When did Air France Flight 447 crash?')?.date?.iso).toBe('2009-06-01');
    // The names of the sentence before say what "it" is.
    expect(top('When will the CSB publish its report?')?.date?.iso).toBe('2025-12');
    expect(top('When will the Coastal Safety Board publish its report?')?.date?.iso).toBe('2025-12');
  });

  it('gives the date of the clause the question asks about', () => {
    expect(top('When was the dialogue chaired by Turkmenistan?')?.date?.iso).toBe('2022');
    expect(top('When was the dialogue platform launched?')?.date?.iso).toBe('2020-12');
  });

  it('gives the date whose clause does what the question asks, before one that holds more of its other words', () => {
    const verbs = KnowledgeBase.build([
      {
        id: 'museum',
        file: 'museum.txt',
        date: '2019-05-10',
        title: 'Harwick museum to charge for entry',
        text:
          'The Harwick Museum of Clocks will charge every adult visitor an entry fee of five pounds from next March, after its trustees approved the plan on Wednesday.\n' +
          'Hundreds of visitors to the museum in Harwick were told yesterday that the clock tower would stay shut.\n' +
          'Petra Lowe, a conservator from Bristol, was appointed keeper of the clock tower on Monday.',
      },
      {
        id: 'labels',
        file: 'labels.txt',
        date: '2012-01-10',
        title: 'Ferrow Records at forty',
        text: 'In 1990 Ferrow Records signed the Larks, in 1994 the Moles and the following year the Owls were dropped by the label.',
      },
    ]);
    const date = (question: string) => ask(verbs, question).answers[0]?.date?.iso;
    expect(date('When did the Harwick trustees approve the museum entry fee?')).toBe('2019-05-08');
    expect(date('When was the keeper of the Harwick clock tower appointed?')).toBe('2019-05-06');
    // The clause that is about another subject ("the Owls were dropped") does not answer for the Moles.
    expect(date('When were the Moles signed?')).toBe('1994');
  });

  it('finds an event by a word news uses for it ("siege" for a blockade, "welcomed" for received)', () => {
    const words = KnowledgeBase.build([
      {
        id: 'siege',
        file: 'siege.txt',
        date: '2021-05-02',
        title: 'Aid reaches Velmar',
        text: 'The blockade began on March 3, when militia fighters closed the last road into Velmar.',
      },
      {
        id: 'choir',
        file: 'choir.txt',
        date: '2018-06-11',
        title: 'Brenholt choir wins in Vienna',
        text: 'The Brenholt choir will be received at Oslo City Hall on Friday, the mayor said.',
      },
    ]);
    expect(ask(words, 'When did the siege of Velmar begin?').answers[0]?.date?.iso).toBe('2021-03-03');
    expect(
      ask(words, 'When will the Brenholt choir be welcomed at Oslo City Hall?').answers[0]?.date?.iso,
    ).toBe('2018-06-15');
  });

  it('gives a day of the article inside the month or year that answers best, as more precise', () => {
    const days = KnowledgeBase.build([
      {
        id: 'ferry',
        file: 'ferry.txt',
        date: '2010-11-24',
        title: 'Night ferry returns to Holm',
        text:
          'The night ferry will sail to Holm again from next month, the harbour board decided on Tuesday.\n' +
          'The first night ferry sails from Pier 4 at 11 p.m. on Friday, December 10.',
      },
      {
        id: 'school',
        file: 'school.txt',
        date: '2015-02-02',
        title: 'Carrow school to reopen',
        text:
          'The Carrow village school will reopen in 2015 after repairs to its roof.\n' +
          'Pupils will return to the Carrow school on 7 September.',
      },
    ]);
    const date = (question: string) => ask(days, question).answers[0]?.date?.iso;
    expect(date('When will the night ferry to Holm sail again?')).toBe('2010-12-10');
    expect(date('When will the Carrow school reopen?')).toBe('2015-09-07');
  });

  it('gives the date of the event, not of the statement about it, unless it asks when it was said', () => {
    expect(top('When did Valmora Shipping sign the harbour lease?')?.date?.iso).toBe('2024-03-15');
    expect(
      ask(kb, 'When did Valmora Shipping announce the harbour lease?').answers.map((a) => a.date?.iso),
    ).toEqual(['2024-04-04', '2024-03-15']);
    // Declaring is the event asked about, not the saying of it.
    const emergency = KnowledgeBase.build([
      {
        id: 'valdoria',
        file: 'valdoria.txt',
        date: '2024-03-09',
        text: 'The government of Valdoria declared a state of emergency on March 3, the interior minister said on Friday.',
      },
    ]);
    expect(ask(emergency, 'When did Valdoria declare a state of emergency?').answers[0]?.date?.iso).toBe(
      '2024-03-03',
    );
  });

  it('answers “When will …?” with a date that was still to come when its article was written, first', () => {
    const board = KnowledgeBase.build([
      {
        id: 'board',
        file: 'board.txt',
        date: '2013-12-10',
        text:
          'Ines Vale left the Harbour Trust board in 2009 and rejoined it in 2011.\n' +
          'Ines Vale will leave the Harbour Trust on January 15.',
      },
    ]);
    const first = (question: string) => ask(board, question).answers[0]?.date?.iso;
    expect(first('When will Ines Vale leave the Harbour Trust board?')).toBe('2014-01-15');
    expect(first('When did Ines Vale leave the Harbour Trust board?')).toBe('2009');
  });

  it('finds an event by the words news and its readers use for one another', () => {
    // [sentence of the event (on May 14), a sentence of the same names on another day, question in other words]
    const cases: [event: string, other: string, question: string][] = [
      [
        'A court jailed Piet Nolan for nine years on May 14.',
        'A court heard Piet Nolan on May 3.',
        'When was Piet Nolan sentenced?',
      ],
      [
        'Regulators fined Pell Bank 3 million euros on May 14.',
        'Regulators met Pell Bank on May 3.',
        'When was Pell Bank penalised?',
      ],
      [
        'Singer Ada Crane passed away on May 14.',
        'Singer Ada Crane sang in Leeds on May 3.',
        'When did Ada Crane die?',
      ],
      [
        'Drivers at Kestrel Coaches walked out on May 14.',
        'Drivers at Kestrel Coaches met managers on May 3.',
        'When did Kestrel Coaches drivers go on strike?',
      ],
      [
        'The Harwick vote was pushed back to May 14.',
        'The Harwick vote was announced on May 3.',
        'When was the Harwick vote postponed?',
      ],
      [
        'Dalby Steel laid off 300 workers on May 14.',
        'Dalby Steel hired 300 workers on May 3.',
        'When did Dalby Steel cut jobs?',
      ],
      [
        'Rowan Hale was sworn in as governor on May 14.',
        'Rowan Hale was elected governor on May 3.',
        'When did Rowan Hale take office?',
      ],
      [
        'Solace Pharma sued Genvax on May 14.',
        'Solace Pharma criticised Genvax on May 3.',
        'When did Solace Pharma file a lawsuit against Genvax?',
      ],
      [
        'The Melton depot blew up on May 14.',
        'The Melton depot was inspected on May 3.',
        'When did the Melton depot explode?',
      ],
      [
        'War broke out in Varnia on May 14.',
        'Talks were held in Varnia on May 3.',
        'When did the war in Varnia start?',
      ],
      [
        'Gale Tech went bust on May 14.',
        'Gale Tech moved offices on May 3.',
        'When did Gale Tech go bankrupt?',
      ],
      [
        'Larkin Oil snapped up Delta Gas on May 14.',
        'Larkin Oil studied Delta Gas on May 3.',
        'When did Larkin Oil buy Delta Gas?',
      ],
      [
        'The senate rubber-stamped the Orla treaty on May 14.',
        'The senate debated the Orla treaty on May 3.',
        'When did the senate approve the Orla treaty?',
      ],
      [
        'Hollis Bank axed chief executive Ron Tate on May 14.',
        'Hollis Bank praised chief executive Ron Tate on May 3.',
        'When did Hollis Bank fire Ron Tate?',
      ],
      [
        'Bram Ode retired as head of Ode Tools on May 14.',
        'Bram Ode spoke as head of Ode Tools on May 3.',
        'When did Bram Ode step down at Ode Tools?',
      ],
      [
        'The Lisk bridge reopened on May 14.',
        'The Lisk bridge was inspected on May 3.',
        'When did the Lisk bridge open again?',
      ],
      [
        'Mayor Ilse Varga unveiled the Lind memorial on May 14.',
        'Mayor Ilse Varga visited the Lind memorial on May 3.',
        'When was the Lind memorial opened?',
      ],
      [
        'Gunmen abducted engineer Luc Pradel near Tamba on May 14.',
        'Engineer Luc Pradel visited Tamba on May 3.',
        'When was Luc Pradel kidnapped?',
      ],
      [
        'Police gunned down the Orville fugitive on May 14.',
        'Police chased the Orville fugitive on May 3.',
        'When was the Orville fugitive shot?',
      ],
      [
        'Hiker Joel Dunne vanished on Ben Vrackie on May 14.',
        'Hiker Joel Dunne climbed Ben Vrackie on May 3.',
        'When did Joel Dunne go missing?',
      ],
      [
        'Hundreds of troops arrived in Dorra on May 14.',
        'Hundreds of reporters arrived in Dorra on May 3.',
        'When did soldiers arrive in Dorra?',
      ],
      [
        'An earthquake shook Valdora on May 14.',
        'A festival was held in Valdora on May 3.',
        'When was the Valdora quake?',
      ],
      [
        'The Holm ferry service was suspended on May 14.',
        'The Holm ferry service was praised on May 3.',
        'When was the Holm ferry service halted?',
      ],
      [
        'Orsk Mining was hit by a cyberattack on May 14.',
        'Orsk Mining reported profits on May 3.',
        'When was Orsk Mining hacked?',
      ],
      [
        'Prices at Tova rose 5 percent on May 14.',
        'Prices at Tova were reviewed on May 3.',
        'When did prices at Tova go up?',
      ],
    ];
    for (const [event, other, question] of cases) {
      const news = KnowledgeBase.build([
        { id: 'news', file: 'news.txt', date: '2025-06-01', text: `${other}\n${event}` },
      ]);
      expect([question, ask(news, question).answers[0]?.date?.iso]).toEqual([question, '2025-05-14']);
    }
  });

  it('does not take a word that only looks like a word for the one asked', () => {
    const cases: [sentence: string, question: string][] = [
      // "named after" is no appointment, a plea no conviction, a won election no cup, criticism no blast.
      ['The Kern street was named after Ivo Kern on May 14.', 'When was Ivo Kern appointed?'],
      ['Olav Dunn pleaded not guilty on May 14.', 'When was Olav Dunn convicted?'],
      ['Ana Ruiz was elected club president on May 14.', 'When did Ana Ruiz win the cup?'],
      ['Jan Ek won custody of her son on May 14.', 'When was Jan Ek arrested?'],
      ['Critics blasted the Ormond plan on May 14.', 'When did the Ormond plant explode?'],
      ['Pike Air pushed back against the new Tarn rules on May 14.', 'When were the new Tarn rules delayed?'],
      // Nor "missed" a disappearance, nor storming a building a storm.
      ['Orla Bank missed its profit target on May 14.', 'When did Orla Bank disappear?'],
      [
        'Protesters stormed the Darrow parliament on May 14.',
        'When did the hurricane hit the Darrow parliament?',
      ],
    ];
    for (const [sentence, question] of cases) {
      const news = KnowledgeBase.build([
        { id: 'news', file: 'news.txt', date: '2025-06-01', text: sentence },
      ]);
      expect([question, ask(news, question).answers]).toEqual([question, []]);
    }
  });

  it('does not take a word of another sense for the one asked', () => {
    const news = KnowledgeBase.build([
      {
        id: 'hills',
        file: 'hills.txt',
        date: '2024-05-14',
        text:
          'Rescuers set up a base camp for the hiker search in the Brenna hills on Monday.\n' +
          'Oren Falk launched his new podcast on June 3.',
      },
    ]);
    // "set up" is not "found" (of "find"), "launched" is not "released" (from detention).
    expect(ask(news, 'When was the hiker found?').answers).toEqual([]);
    expect(ask(news, 'When was Falk released from detention?').answers).toEqual([]);
  });

  it('does not answer a question of something done with a date still ahead of its article', () => {
    const plans = KnowledgeBase.build([
      {
        id: 'bridge',
        file: 'bridge.txt',
        date: '2026-05-10',
        text: 'The new bridge over the Selma river is due to open in March 2027.',
      },
      {
        id: 'council',
        file: 'council.txt',
        date: '2025-06-02',
        text:
          'Harwick Council approved the harbour plan on Monday.\n' +
          'Harwick Council will vote on the library budget on June 30.',
      },
      {
        id: 'album',
        file: 'album.txt',
        date: '2023-04-11',
        text: 'The Lanterns will release their fourth album, Low Tide, in October.',
      },
    ]);
    const date = (question: string) => ask(plans, question).answers[0]?.date?.iso;
    // Told as planned, not done: a question in the past has no answer there.
    expect(ask(plans, 'When did the Selma bridge open?').answers).toEqual([]);
    expect(ask(plans, 'When did Harwick Council vote on the library budget?').answers).toEqual([]);
    expect(ask(plans, 'When was Low Tide released?').answers).toEqual([]);
    // The same dates answer the question asked of what is to come, and what was done keeps its date.
    expect(date('When will the Selma bridge open?')).toBe('2027-03');
    expect(date('When will Harwick Council vote on the library budget?')).toBe('2025-06-30');
    expect(date('When did Harwick Council approve the harbour plan?')).toBe('2025-06-02');
  });

  it('reads what "it" is from the sentence before, though that calls it by a noun', () => {
    expect(top('When was Norvik Chemicals fined?')?.date?.iso).toBe('2017');
  });

  it('answers a question asking for a period with one first', () => {
    expect(top('When will Valmora Steel build its first furnace?')?.date?.iso).toBe('2026-05');
    expect(top('Over which years will Valmora Steel build its plant?')?.date?.iso).toBe('2026/2028');
  });

  it('keeps a range of years as a range', () => {
    expect(top('/when Neighbourhood Co-operation Priorities')?.date).toEqual({
      iso: '2019/2023',
      text: '2019-2023',
    });
  });

  it('finds an acronym by the name the article spells out', () => {
    expect(top('/when National Transport Authority approved timetable')?.date?.iso).toBe('2024-04-02');
  });

  it('dates a sentence that states none by the sentence next to it, citing both', () => {
    const answer = top('/when Valmora Port unveiled crane');
    expect(answer).toMatchObject({ date: { iso: '2024-03-31' }, fromPassage: true });
    expect(answer?.source.sentence).toBe(
      'Valmora Port unveiled its new harbour crane at the quay. Sunday was chosen because the port opened on that day a century ago.',
    );
  });

  it('dates the first sentence of an article that dates nothing by the article, and says so', () => {
    const answer = top('When did the dock workers walk out?');
    expect(answer).toMatchObject({ date: { iso: '2025-03-14' }, fromPassage: true });
    expect(answer?.text).toContain('the date of the article');
    expect(ask(kb, 'When did the union want a rise?').answers).toEqual([]);
  });

  it('answers nothing rather than another event when the question names what the corpus lacks', () => {
    expect(ask(kb, 'When did the Airbus A350 first fly?').answers).toEqual([]);
    expect(ask(kb, '/when Boeing 747 first flight').answers).toEqual([]);
  });

  it('answers nothing rather than another event of the same thing: what happened must be in the answer', () => {
    expect(ask(kb, 'When did the Skylark S9 first fly?').answers).toEqual([]);
    expect(ask(kb, 'When was the Skylark S9 certified?').answers).toEqual([]);
    expect(top('When will Nordair get its Skylark S9 jets?')?.date?.iso).toBe('2027/2029');
    expect(top('When was Nordair founded?')?.date?.iso).toBe('1991');
    // Or a word that stands for it.
    expect(top('When did Marvale go to the polls?')?.date?.iso).toBe('2025-06-01');
  });

  it('answers a question in the present ("When does …?", "When is …?") with what was still to come first', () => {
    const gallery = KnowledgeBase.build([
      {
        id: 'gallery',
        file: 'gallery.txt',
        date: '2021-10-05',
        text:
          'The Harbour Gallery closed for repairs in 2019.\n' +
          'The Harbour Gallery said today that it closes for the winter on December 1.',
      },
    ]);
    const first = (question: string) => ask(gallery, question).answers[0]?.date?.iso;
    expect(first('When does the Harbour Gallery close?')).toBe('2021-12-01');
    expect(first('When is the Harbour Gallery closing?')).toBe('2021-12-01');
    expect(first('When did the Harbour Gallery close?')).toBe('2019');
  });

  it('finds an event by a figure the question gives, whatever verb it uses for it', () => {
    const market = KnowledgeBase.build([
      {
        id: 'index',
        file: 'index.txt',
        date: '2016-03-12',
        text:
          'The Zorva index ended the day at 4,212.5 on Friday.\n' +
          'The Zorva index closed higher on Thursday.',
      },
    ]);
    expect(ask(market, '/when Zorva index closed at 4212')?.answers[0]?.date?.iso).toBe('2016-03-11');
    expect(ask(market, 'When did the Zorva index close at 4,212?')?.answers[0]?.date?.iso).toBe('2016-03-11');
  });

  it('counts little of the words that say what was meant or hoped ("originally supposed")', () => {
    const ferry = KnowledgeBase.build([
      {
        id: 'ferry',
        file: 'ferry.txt',
        date: '2024-02-20',
        text:
          'The Tarn ferry was to enter service in May 2023, but will now sail in July.\n' +
          'The Tarn ferry service was supposed to be cheap, islanders said in 2021.',
      },
    ]);
    expect(
      ask(ferry, 'When was the Tarn ferry originally supposed to enter service?').answers[0]?.date?.iso,
    ).toBe('2023-05');
  });

  it('answers "When was it last that low?" with the date after "since" of a superlative, and others with the event', () => {
    const market = KnowledgeBase.build([
      {
        id: 'kestrel',
        file: 'kestrel.txt',
        date: '2012-09-05',
        text: 'The Kestrel index fell to 912 on Tuesday, its lowest level since March 2011.',
      },
    ]);
    const first = (question: string) => ask(market, question).answers[0]?.date?.iso;
    expect(first('When was the Kestrel index last this low?')).toBe('2011-03');
    expect(first('When did the Kestrel index fall to 912?')).toBe('2012-09-04');
  });

  it('does not answer with the date a figure is compared with', () => {
    const sales = KnowledgeBase.build([
      {
        id: 'sales',
        file: 'sales.txt',
        date: '2024-06-04',
        text: 'Tovio said its sales rose 12% in May compared with the same month last year, as it outsold its rivals.',
      },
    ]);
    expect(ask(sales, '/when Tovio outsold its rivals').answers[0]?.date?.iso).toBe('2024-05');
  });

  it('finds an event by the noun of its verb ("a loss"), and an amount whatever its currency sign', () => {
    const results = KnowledgeBase.build([
      {
        id: 'results',
        file: 'results.txt',
        date: '2010-01-28',
        text:
          'Dunmore Motors posted a loss of close to US$15 billion in 2008.\n' +
          'Dunmore Motors lost its chief executive in 2010.\n' +
          'Dunmore Motors raised US$2 billion in 2009.\n' +
          'Dunmore Motors raised US$5 billion in 2007.',
      },
    ]);
    const first = (question: string) => ask(results, question).answers[0]?.date?.iso;
    expect(first('When did Dunmore Motors lose $15 billion?')).toBe('2008');
    expect(first('When did Dunmore Motors raise $5 billion?')).toBe('2007');
  });

  it('takes a name with a capital inside ("zPad", "eReader") for the name it is, which an answer must hold', () => {
    const veltra = KnowledgeBase.build([
      {
        id: 'veltra',
        file: 'veltra.txt',
        date: '2012-05-02',
        text: 'Veltra released its annual report on Dec. 4.\nThe Veltra zPhone went on sale in 2010.',
      },
    ]);
    expect(ask(veltra, 'When was the zPad 4 released?').answers).toEqual([]);
    expect(ask(veltra, 'When did the zPhone go on sale?').answers[0]?.date?.iso).toBe('2010');
  });

  it('does not answer that something was done with a date it was only tried or wanted', () => {
    const bids = KnowledgeBase.build([
      {
        id: 'bids',
        file: 'bids.txt',
        date: '2007-03-02',
        text:
          'Corvel has been trying to take over Brightwater since December.\n' +
          'Corvel opened its Oslo office in 2004.',
      },
    ]);
    expect(ask(bids, 'When did Corvel take over Brightwater?').answers).toEqual([]);
    expect(
      ask(bids, 'Since when has Corvel been trying to take over Brightwater?').answers[0]?.date?.iso,
    ).toBe('2006-12');
    expect(ask(bids, 'When did Corvel open its Oslo office?').answers[0]?.date?.iso).toBe('2004');
  });

  it('dates a sentence by the date of the clause next to it that holds what is asked', () => {
    const jets = KnowledgeBase.build([
      {
        id: 'jets',
        file: 'jets.txt',
        date: '2026-05-01',
        text:
          'Lumo Air says it will be compensated by Skyworks for the additional delay to its new Sky 9 jets.\n' +
          'The aircraft, first due later this year, will be delayed until March 2027.',
      },
    ]);
    expect(ask(jets, '/when Lumo Air gets Sky 9 jets after delay').answers[0]).toMatchObject({
      date: { iso: '2027-03' },
      fromPassage: true,
    });
  });

  it('finds an institution by the short name news calls it ("the Fed"), though the article writes it out', () => {
    const rates = KnowledgeBase.build([
      {
        id: 'rates',
        file: 'rates.txt',
        date: '2019-08-01',
        text: 'The Federal Reserve lowered its main interest rate on Wednesday.',
      },
    ]);
    expect(ask(rates, 'When did the Fed lower interest rates?').answers[0]?.date?.iso).toBe('2019-07-31');
  });

  it('finds a firm by the acronym the article also uses, and "re-entered" by "returned"', () => {
    const motors = KnowledgeBase.build([
      {
        id: 'motors',
        file: 'motors.txt',
        date: '2013-12-10',
        text:
          'Harland Motors recovered from bankruptcy and re-entered the stock market in November 2010.\n' +
          'HM shares rose in 2012.',
      },
    ]);
    expect(ask(motors, '/when HM returned to the stock market').answers[0]?.date?.iso).toBe('2010-11');
  });

  it('counts little of a year the question gives: the answer says it by its date', () => {
    const bridge = KnowledgeBase.build([
      {
        id: 'arden',
        file: 'arden.txt',
        date: '2019-06-01',
        text:
          'The Arden bridge closed to traffic on Monday.\n' +
          'The Arden ferry is due to be sold in 2021.\n' +
          'The Selma ferry was sold in 2018.',
      },
    ]);
    expect(ask(bridge, 'When did the Arden bridge close in 2019?').answers[0]?.date?.iso).toBe('2019-05-27');
  });

  it('gives the day a thing happened before the day it was said, when that holds nearly as much of the question', () => {
    const bridge = KnowledgeBase.build([
      {
        id: 'dell',
        file: 'dell.txt',
        date: '2013-11-20',
        text:
          'The Dell Bridge will close from next Monday after inspectors found cracks in its beams, the council said yesterday.\n' +
          'The cracks in the bridge were found during an inspection on 4 November.',
      },
    ]);
    expect(ask(bridge, 'When were the cracks in the Dell bridge found?').answers[0]?.date?.iso).toBe(
      '2013-11-04',
    );
    expect(ask(bridge, 'When did the council say the bridge would close?').answers[0]?.date?.iso).toBe(
      '2013-11-19',
    );
  });

  it('finds an event by a verb of two words or an idiom the article puts in one ("threw out", "got rid of")', () => {
    const news = KnowledgeBase.build([
      {
        id: 'moor',
        file: 'moor.txt',
        date: '2022-08-17',
        text:
          'The planning committee rejected the Hallow Moor wind farm in October 2019.\n' +
          'Rovers sacked their head coach, Dan Pell, on Sunday.\n' +
          'The new fishing quota will take effect on January 1.\n' +
          'Brightline was founded in 2004 by two engineers.\n' +
          'Its new chief executive, Ana Ruiz, takes up the post on September 5.',
      },
    ]);
    const first = (question: string) => ask(news, question).answers[0]?.date?.iso;
    expect(first('When did councillors throw out the Hallow Moor wind farm?')).toBe('2019-10');
    expect(first('When did Rovers get rid of Dan Pell?')).toBe('2022-08-14');
    expect(first('When does the new fishing quota kick in?')).toBe('2023-01-01');
    expect(first('When was Brightline set up?')).toBe('2004');
    expect(first('When does Ana Ruiz start at Brightline?')).toBe('2022-09-05');
  });

  it('answers "When was X finished?" only with when X was finished, not another event of X', () => {
    const dam = KnowledgeBase.build([
      {
        id: 'dam',
        file: 'dam.txt',
        date: '2024-06-11',
        text:
          'The dispute centres on the Harn dam, which Drennland began filling in April.\n' +
          'Kestrel beat Nova in the final of the Iron Cup on Saturday.',
      },
    ]);
    expect(ask(dam, 'When was the Harn dam finished?').answers).toEqual([]);
    expect(ask(dam, 'When did Drennland begin filling the Harn dam?').answers[0]?.date?.iso).toBe('2024-04');
    // A verb any event of its kind has ("played", "held") asks for no other.
    expect(ask(dam, 'When was the Iron Cup final played?').answers[0]?.date?.iso).toBe('2024-06-08');
  });

  it('does not date "When was the ship built?" by a passage of another event of the ship', () => {
    const ship = KnowledgeBase.build([
      {
        id: 'ship',
        file: 'ship.txt',
        date: '2025-10-14',
        text: 'The container ship Nordic Star struck a tanker off Malta.\nRescuers reached the crew on Monday afternoon.',
      },
    ]);
    expect(ask(ship, 'When was the Nordic Star built?').answers).toEqual([]);
    expect(ask(ship, 'When did the Nordic Star strike the tanker?').answers[0]).toMatchObject({
      date: { iso: '2025-10-13' },
      fromPassage: true,
    });
  });

  it('does not date what a "which" clause describes by the sentence next to it, only the news the rest tells', () => {
    const ferry = KnowledgeBase.build([
      {
        id: 'ferry',
        file: 'ferry.txt',
        date: '2025-05-20',
        text:
          'A court in Tallinn fined the ferry company Baltline on Monday.\n' +
          'Baltline, which is based in Riga and also sails to Helsinki, said it would appeal.',
      },
    ]);
    expect(ask(ferry, 'When did Baltline start sailing to Helsinki?').answers).toEqual([]);
    expect(ask(ferry, 'When did Baltline say it would appeal?').answers[0]?.date?.iso).toBe('2025-05-19');
  });
});

describe('when: the verb asked, in the event and not only in the title', () => {
  const court = KnowledgeBase.build([
    {
      id: 'court',
      file: 'court.txt',
      date: '2014-03-06',
      title: 'Builder fined £20,000',
      text:
        'A builder who left scaffolding unsafe was fined £20,000 at Leeds Crown Court on Tuesday.\n' +
        'Dennis Holloway, 61, admitted three breaches of safety rules between May 2012 and June 2013.\n' +
        'Mr Holloway told the court he was sorry. The judge said Holloway had ignored warnings.',
    },
  ]);

  it('answers with the day of the clause that has the verb, though it names the person by a role', () => {
    for (const question of [
      'When was Dennis Holloway fined?',
      'When was Holloway fined?',
      '/when Holloway fined',
    ])
      expect(ask(court, question).answers[0]?.date?.iso).toBe('2014-03-04');
  });
});

describe('when: a lead dated by its article, and the day the article writes', () => {
  const obituary = KnowledgeBase.build([
    {
      id: 'obit',
      file: 'obit.txt',
      date: '2017-08-16',
      title: 'Obituary: Marta Lindqvist, cellist',
      text:
        'Marta Lindqvist, the cellist who led the Aldgate Quartet for thirty years, has died at her home in Malmö. She was 79.\n' +
        'Her death on Saturday was announced by the quartet, which said she had died after a long illness.\n' +
        'Lindqvist joined the quartet in 1971 and retired in 2001.',
    },
  ]);

  it('answers with the day written before the article’s date of the lead', () => {
    for (const question of [
      'When did Marta Lindqvist die?',
      '/when Marta Lindqvist death',
      '/when Lindqvist died',
    ])
      expect(ask(obituary, question).answers[0]?.date?.iso).toBe('2017-08-12');
  });
});

describe('when: a successor who takes over', () => {
  const council = KnowledgeBase.build([
    {
      id: 'council',
      file: 'council.txt',
      date: '2015-03-10',
      title: 'Fenmoor council names new chief executive',
      text:
        'Fenmoor District Council has named its next chief executive.\n' +
        'Priya Ashworth, now director of housing at Brackley Council, will take over on 1 June.\n' +
        'The outgoing chief, Colin Marsh, retires in May after nine years.',
    },
  ]);

  it('answers when the successor starts', () => {
    for (const question of ['When does Priya Ashworth start?', '/when Priya Ashworth starts at Fenmoor'])
      expect(ask(council, question).answers[0]?.date?.iso).toBe('2015-06-01');
  });
});

describe('when: a question of what is to come that ends on its verb', () => {
  const plans = KnowledgeBase.build([
    {
      id: 'pool',
      file: 'pool.txt',
      date: '2024-02-05',
      title: 'Orwick pool closed for repairs',
      text:
        'Orwick swimming pool was closed last week after cracks were found in its roof.\n' +
        'The pool was due to host the county gala in June 2024.',
    },
    {
      id: 'museum',
      file: 'museum.txt',
      date: '2024-03-01',
      title: 'Tidewater Museum show',
      text:
        'The Tidewater Museum exhibition of ship models runs until 12 May.\n' +
        'A new timetable for the harbour ferries applies from Sunday 17 March.',
    },
    {
      id: 'summit',
      file: 'summit.txt',
      date: '2024-04-02',
      text:
        'Fishing talks between the coastal states in Tromsø open on 20 April.\n' +
        'The inquiry report on the Lisk dam breach will be released in July.',
    },
  ]);
  const date = (question: string) => ask(plans, question).answers[0]?.date?.iso;

  it('is not answered by a date of another event of the same thing', () => {
    for (const question of [
      'When will the Orwick pool reopen?',
      'When does the Orwick pool reopen?',
      'When is the Orwick pool due to reopen?',
    ])
      expect(ask(plans, question).answers).toEqual([]);
  });

  it('is answered by the word before a date that says the verb', () => {
    for (const question of [
      'When does the Tidewater Museum exhibition close?',
      'When will the exhibition of ship models finish?',
    ])
      expect(date(question)).toBe('2024-05-12');
    expect(date('When does the new harbour ferry timetable start?')).toBe('2024-03-17');
    expect(date('When do the fishing talks in Tromsø start?')).toBe('2024-04-20');
    expect(date('When will the Lisk dam breach report be published?')).toBe('2024-07');
  });

  it('asks nothing of a last word that is a noun or a particle', () => {
    expect(date('When will the Orwick pool host the county gala?')).toBe('2024-06');
    expect(date('When is the Tidewater Museum exhibition of ship models?')).toBe('2024-05-12');
  });
});
