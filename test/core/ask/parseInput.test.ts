import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/ask/parseInput.js';

describe('parseInput', () => {
  it('reads commands, with or without a bot name, and their query', () => {
    expect(parseInput('/who Vassilenko')).toEqual({ intent: 'who', query: 'Vassilenko', freeText: false });
    expect(parseInput('/when@FactdeskBot Istanbul Convention')).toEqual({
      intent: 'when',
      query: 'Istanbul Convention',
      freeText: false,
    });
    expect(parseInput('/quote')).toEqual({ intent: 'quote', query: '', freeText: false });
    expect(parseInput('/start')).toMatchObject({ intent: 'help' });
    expect(parseInput('/digest on 08:30 Asia/Almaty')).toMatchObject({
      intent: 'digest',
      query: 'on 08:30 Asia/Almaty',
    });
    expect(parseInput('/frobnicate x')).toEqual({
      intent: 'unknown',
      query: 'x',
      command: 'frobnicate',
      freeText: false,
    });
  });

  it('routes questions by their wording', () => {
    expect(parseInput('Who is the vice speaker of the Mazhilis?')).toMatchObject({
      intent: 'who',
      query: 'vice speaker of the Mazhilis',
    });
    expect(parseInput('who was Roman Vassilenko')).toMatchObject({
      intent: 'who',
      query: 'Roman Vassilenko',
    });
    expect(parseInput('What is the role of Daniya Yespayeva?')).toMatchObject({
      intent: 'who',
      query: 'Daniya Yespayeva',
    });
    expect(parseInput('When did the Council of Europe invite Kazakhstan?')).toMatchObject({
      intent: 'when',
      query: 'the Council of Europe invite Kazakhstan',
    });
    expect(parseInput('When did the seminar take place?')).toMatchObject({
      intent: 'when',
      query: 'the seminar',
    });
    expect(parseInput('When did the seminar take place?').ahead).toBeUndefined();
    // A date still to come when the article was written.
    expect(parseInput('When will the seminar take place?')).toMatchObject({ intent: 'when', ahead: true });
    expect(parseInput('When is the new bridge due to open?')).toMatchObject({ intent: 'when', ahead: true });
    // Asked in the present, as news asks of what is planned.
    expect(parseInput('When does the gallery close for the winter?')).toMatchObject({ ahead: true });
    expect(parseInput('When is the hearing?')).toMatchObject({ ahead: true });
    // "when" typed in a hurry.
    expect(parseInput('wen does the bridge shut to cars')).toMatchObject({ intent: 'when', ahead: true });
    // "start" says which event of a strike is asked: its start, not its end.
    expect(parseInput('When did the dock strike start?')).toMatchObject({ query: 'the dock strike start' });
    // Something done by the time the article was written.
    expect(parseInput('When was the new bridge opened?')).toMatchObject({ intent: 'when', done: true });
    expect(parseInput('When did the seminar take place?')).toMatchObject({ intent: 'when', done: true });
    expect(parseInput('When will the seminar take place?').done).toBeUndefined();
    expect(parseInput('What did Koshanov say about domestic violence?')).toEqual({
      intent: 'quote',
      query: 'domestic violence',
      speaker: 'Koshanov',
      freeText: true,
    });
    expect(parseInput('What did the minister say?')).toMatchObject({
      intent: 'quote',
      query: '',
      speaker: 'minister',
    });
    expect(parseInput('Who said just society?')).toMatchObject({ intent: 'quote', query: 'just society' });
    expect(parseInput('domestic violence')).toEqual({
      intent: 'search',
      query: 'domestic violence',
      freeText: true,
    });
  });

  it('reads what someone said with any verb of saying or writing, and their response to something', () => {
    expect(parseInput('What did Mallory tweet about the budget?')).toMatchObject({
      intent: 'quote',
      speaker: 'Mallory',
      query: 'the budget',
    });
    expect(parseInput('What did the health minister admit?')).toMatchObject({
      intent: 'quote',
      speaker: 'health minister',
      query: '',
    });
    expect(parseInput("What was Hallsson's response to Dahlberg?")).toMatchObject({
      intent: 'quote',
      speaker: 'Hallsson',
      query: 'Dahlberg',
    });
  });

  it('reads past a greeting before the question, and answers a greeting alone with help', () => {
    expect(parseInput('Hey, who is Roman Vassilenko?')).toMatchObject({
      intent: 'who',
      query: 'Roman Vassilenko',
    });
    expect(parseInput('Please tell me when did the seminar happen')).toMatchObject({
      intent: 'when',
      query: 'the seminar',
    });
    expect(parseInput('Hello!')).toMatchObject({ intent: 'help', query: '' });
  });

  it('reads other ways of asking for a date or for whoever leads something', () => {
    expect(parseInput('Since when has Ryanair bid for Aer Lingus?')).toMatchObject({
      intent: 'when',
      query: 'Ryanair bid for Aer Lingus',
    });
    expect(parseInput('Between which dates were the batches made?')).toMatchObject({
      intent: 'when',
      query: 'the batches made',
    });
    expect(parseInput('Over what period will the loan be repaid?')).toMatchObject({
      intent: 'when',
      span: true,
    });
    expect(parseInput('In what year did the plant open?')).not.toHaveProperty('span');
    expect(parseInput('In what year did the plant open?')).toMatchObject({
      intent: 'when',
      query: 'the plant open',
    });
    expect(parseInput('The Dow closed at 7,465 - when was it last that low?')).toMatchObject({
      intent: 'when',
      query: 'The Dow closed at 7,465 - was it last that low',
    });
    expect(parseInput('Who runs the RTA in Ghent?')).toMatchObject({
      intent: 'who',
      query: 'RTA in Ghent',
      leading: true,
    });
    expect(parseInput('Who is in charge of Northgate General Hospital?')).toMatchObject({ leading: true });
    expect(parseInput('who is running tasman post?')).toMatchObject({ query: 'tasman post', leading: true });
    // Its head to come: "will" asks for a future holder.
    expect(parseInput('Who will lead the Harbour Trust?')).toMatchObject({
      query: 'will Harbour Trust',
      leading: true,
    });
    expect(parseInput('Who is the mayor?')).not.toHaveProperty('leading');
    // As typed in a chat: "who's", and the boss of whatever it is.
    expect(parseInput("who's running the design studio for now")).toMatchObject({ leading: true });
    expect(parseInput('whos the boss of the wildlife park')).toMatchObject({
      query: 'wildlife park',
      leading: true,
    });
    expect(parseInput('/who Calder Homes boss')).toMatchObject({ query: 'Calder Homes', leading: true });
    expect(parseInput('/who Anna Boss')).toMatchObject({ query: 'Anna Boss' });
    expect(parseInput('/who Anna Boss')).not.toHaveProperty('leading');
  });

  it('reads what a "Who did …?" question asks was done, a verb in the past', () => {
    expect(parseInput('Who chaired the jury?')).toMatchObject({
      query: 'jury',
      leading: true,
      action: 'chaired',
    });
    expect(parseInput('Who commissioned the library?')).toMatchObject({
      query: 'commissioned the library',
      action: 'commissioned',
    });
    expect(parseInput('who was the mayor who built the bridge')).toMatchObject({ action: 'built' });
    expect(parseInput('Who runs the RTA?')).not.toHaveProperty('action');
    // "Which …?" with a role is a "who" question.
    expect(parseInput('Which judge ruled in the Zuri Rides case?')).toMatchObject({
      intent: 'who',
      query: 'judge ruled in the Zuri Rides case',
      action: 'ruled',
    });
    expect(parseInput('Which BTV DG quit?')).toMatchObject({ intent: 'who', action: 'quit' });
    expect(parseInput('Which team won the cup?')).toMatchObject({ intent: 'search' });
    expect(parseInput('Who is the chief executive of Orchard Systems?')).not.toHaveProperty('action');
  });

  it('asks who spoke for an organisation as a question for its spokesperson', () => {
    expect(parseInput('Who spoke for the water board after the flood?')).toEqual({
      intent: 'who',
      query: 'spokesperson water board after the flood',
      freeText: true,
    });
    expect(parseInput('who is speaking on behalf of Parvan Rail')).toMatchObject({
      query: 'spokesperson Parvan Rail',
    });
    expect(parseInput('Who spoke at the rally?')).toMatchObject({ intent: 'who', action: 'spoke' });
  });

  it('reads “/who NAME head” as who leads what is named, by any title', () => {
    expect(parseInput('/who Harbour Pilots Guild head')).toEqual({
      intent: 'who',
      query: 'Harbour Pilots Guild',
      freeText: false,
      leading: true,
    });
    expect(parseInput('/who department head')).toEqual({
      intent: 'who',
      query: 'department head',
      freeText: false,
    });
  });
});

describe('a verb that names a role', () => {
  it('asks "Who coaches X?" as X\'s coach, for verbs that are the role word itself', () => {
    expect(parseInput('Who coaches Mira Holt?')).toMatchObject({ intent: 'who', query: "Mira Holt's coach" });
    expect(parseInput('who captains the Harbour Hawks')).toMatchObject({ query: "Harbour Hawks's captain" });
    expect(parseInput('Who referees the cup final?')).toMatchObject({ query: "cup final's referee" });
  });

  it('leaves other verbs, and a doer named by another word, as they are asked', () => {
    expect(parseInput('Who owns the Seaview Hotel?')).toMatchObject({ query: 'owns the Seaview Hotel' });
    expect(parseInput('Who wants a new stadium?')).toMatchObject({ query: 'wants a new stadium' });
    expect(parseInput('Who was the coach?')).toMatchObject({ query: 'coach' });
  });
});
