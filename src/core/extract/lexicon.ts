/**
 * Word lists of English news writing that the extractors share. Lower case; each list says what it is for.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Nouns that head a person's role or title ("Deputy Foreign *Minister*", "the vice *speaker* of …"). */
export const ROLE_HEADS = words(`
  president vice-president president-elect minister secretary speaker ambassador commissioner chairman
  chairwoman chairperson chair director ceo cfo coo cto cio cmo pm md spokesman spokeswoman spokesperson senator
  governor mayor premier chancellor king queen prince princess emperor monarch judge justice attorney
  lawyer analyst economist professor head leader founder co-founder cofounder manager deputy representative
  congressman congresswoman congressmember lawmaker legislator mp mep msp mla member envoy general admiral
  colonel captain commander lieutenant sergeant officer executive chief trader strategist researcher
  scientist editor reporter correspondent journalist partner investor adviser advisor counsel counselor
  diplomat official candidate activist campaigner coordinator pope cardinal bishop archbishop rabbi imam
  sheikh emir sultan dean rector principal owner administrator superintendent inspector detective
  commissioner ombudsman auditor treasurer comptroller controller registrar clerk delegate consul
  attaché d'affaires negotiator mediator prosecutor magistrate sheriff marshal chairman vp svp evp
  president-designate nominee incumbent aide assistant undersecretary under-secretary author founder
  co-chair cochair physician doctor surgeon engineer architect designer economist historian expert
  consultant broker banker entrepreneur businessman businesswoman tycoon billionaire director-general
  secretary-general chief-executive head-of-state ruler dictator monarch viceroy prefect ombudsperson
  councillor councilor councilman councilwoman alderman steward writer columnist commentator blogger
  specialist employee staffer nurse teacher organiser organizer curator coach striker goalkeeper
  pilot farmer actor actress playwright novelist poet singer musician artist photographer critic arbiter
  referee umpire pharmacist dentist midwife paramedic grandmaster conductor composer
  paediatrician pediatrician psychiatrist psychologist therapist technician electrician plumber carpenter
  mechanic chef librarian accountant veterinarian firefighter lecturer tutor radiologist oncologist
  cardiologist epidemiologist virologist biologist chemist physicist geologist meteorologist forecaster
  sociologist anthropologist archaeologist astronomer mathematician statistician solicitor barrister
  notary presenter broadcaster filmmaker dancer choreographer sculptor painter translator interpreter
  publisher shopkeeper rancher fisherman welder programmer volunteer constable ranger warden lifeguard
  headteacher headmaster headmistress supervisor foreman student fellow rider cyclist sprinter athlete
  player defender midfielder winger skipper jockey master priest vicar pastor chaplain vet keeper zookeeper
  logistician gp driver boss coroner trainer champion medallist medalist landlord landlady publican
  investigator porter waiter waitress cleaner labourer caretaker receptionist cashier hairdresser bartender
  postman postwoman pianist guitarist bassist drummer saxophonist trumpeter violinist cellist organist
  percussionist vocalist harpist flautist clarinettist songwriter laureate astronaut cosmonaut handler
  shareholder joiner signalman sideman scrum-half fly-half editor-in-chief soldier sailor carer housekeeper
  childminder
`);

/**
 * Modifiers that name the field a role is in, which tell one role of a kind from another: a managing
 * director is no operations director, nor a health minister an education minister.
 */
export const ROLE_FIELDS = words(`
  managing operations operating finance financial sales marketing technology technical information
  communications legal health education interior justice defence defense foreign transport energy culture
  agriculture environment labour labor trade economy economic home
`);

/** Words that qualify a role head without being one ("*Deputy Foreign* Minister", "*former* president"). */
export const ROLE_MODIFIERS = words(`
  chargé deputy vice acting interim former then first second senior junior chief executive managing associate
  assistant general foreign prime principal lead special regional national state federal defence defense
  interior finance justice health education labour labor trade economy economic energy culture
  agriculture transport transportation environment security intelligence public press media human
  rights affairs operating financial technology technical information marketing sales commercial
  communications development strategy research policy legal corporate global international european
  executive-level permanent high honorary co- joint outgoing incoming newly-appointed retired ex ex- new late
  erstwhile onetime one-time
  current longtime long-time elect designate next previous deposed ousted sacked
  investment market equity equities project product programme program portfolio fund currency bond credit
  risk fiscal monetary industry banking bank brand design engineering manufacturing production supply
  procurement purchasing operations account client customer retail auto automotive aviation airline oil
  property insurance tax budget personnel staff campaign party parliamentary opposition government
  military army navy police union news business
  harbour harbor port sports shift ward mining fire rescue club team school hospital museum festival race
  site plant factory mine station laboratory lab field
`);

/** Role heads of those elected for a place, which they represent: "the senator from Oregon". */
export const REPRESENTATIVES = words(`
  senator representative congressman congresswoman congressmember lawmaker legislator mp mep delegate
  deputy envoy ambassador councillor councilor alderman
`);

/** Relations by family, which describe a person without being a role ("the founder's daughter and …"). */
export const RELATIONS = words(`
  wife husband widow widower partner son daughter mother father brother sister grandson granddaughter
  grandmother grandfather nephew niece cousin uncle aunt stepson stepdaughter
`);

/** Abbreviations that end company names ("Apple Inc. Steve Jobs"): their period is not a sentence end. */
export const COMPANY_ABBREVIATIONS = words(`inc corp co ltd llc plc`);

/** Titles before a name that mark a person but are not roles worth reporting. */
export const HONORIFICS = words(
  `mr mr. mrs mrs. ms ms. miss dr dr. sir dame lady lord baroness madam mme mme. fr fr.`,
);

/** Abbreviated titles that are roles ("Sen. McCain" is a senator). */
export const ABBREVIATED_ROLES: Record<string, string> = {
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
  gen: 'General',
  col: 'Colonel',
  lt: 'Lieutenant',
  capt: 'Captain',
  adm: 'Admiral',
  pres: 'President',
  supt: 'Superintendent',
  insp: 'Inspector',
  det: 'Detective',
  sgt: 'Sergeant',
  maj: 'Major',
  pc: 'Police Constable',
  prof: 'Professor',
  cllr: 'Councillor',
  rev: 'Reverend',
  revd: 'Reverend',
};

/**
 * Letters after a name ("Ann Kluge MP", "Tom Hale QC", "Ruth Orr OBE"): no part of it; those of an office are
 * a role, honours none.
 */
export const POST_NOMINALS: Record<string, boolean> = {
  MP: true,
  MEP: true,
  MSP: true,
  QC: true,
  KC: true,
  OBE: false,
  MBE: false,
  CBE: false,
  KBE: false,
  DBE: false,
};

/** Words that end organisation, place or thing names, so the name is no person ("General *Motors*"). */
export const NON_PERSON_NAME_WORDS = words(`
  company companies corp corporation inc incorporated co ltd llc plc group holdings bank banks airlines
  airline airways air motors motor automotive auto autos association union council ministry department
  agency commission committee parliament congress senate assembly forum convention center centre
  university college school institute exchange index fund reserve board office house court party
  government administration authority service services systems technologies technology industries
  partners capital securities investments organization organisation federation foundation society
  times news post journal press airport street avenue square station river sea ocean mountains mountain
  island islands republic kingdom states nations coalition alliance network electric energy oil gas
  international global worldwide media communications entertainment pictures studios records club team
  league cup championship games olympics summit conference program programme plan project initiative
  act law bill treaty agreement accord declaration charter code report review index dow nasdaq average
  market markets stock stocks fc united city county province region district state territory valley
  bay lake park hospital clinic church cathedral mosque temple museum gallery library theatre theater
  hotel tower bridge road highway route railway railroad express mail herald tribune gazette daily
  weekly magazine review channel radio tv television broadcasting platform forum expo fair week day
  year month prize award medal order army navy force forces police guard corps command brigade division
  unit regiment ministry embassy consulate mission delegation police desk bureau chamber palace hall
  building centre headquarters community installation campaign dialogue entity women men programme
  development priorities rights violence equality protection approaches cooperation co-operation neighborhood
  neighbourhood action rule justice security peace innovation innovations airplanes aircraft aviation
  aerospace automobile automobiles management trading organisations organizations mutual financial
  affairs water rovers wanderers athletic albion rangers harriers trust playhouse confederation consortium
  cooperative co-op collective partnership movement renewables buses coaches logistics transport
`);

/** Last words of the names of organisations that issue statements ("General *Motors*", "the *UAW*" aside). */
export const ORGANISATION_WORDS = words(`
  company companies corp corporation inc incorporated co ltd llc plc group holdings bank airlines airline
  airways motors association associates union council ministry department agency commission committee
  parliament congress senate assembly government administration authority partners capital securities
  investments organization organisation federation foundation society institute university exchange
  reserve board office party coalition alliance house bureau embassy management industries technologies
  oversight water
`);

/** Nouns by which an article refers back to a business it named: "the company said", "the airline said". */
export const COMPANY_NOUNS = words(`
  company firm automaker carmaker manufacturer airline carrier bank group corporation maker retailer lender insurer
`);

/** Nouns by which an article refers back to an organisation it named: "the company said", "the union said". */
export const ORGANISATION_NOUNS = new Set([
  ...COMPANY_NOUNS,
  ...words(`union agency ministry government administration department`),
]);

/**
 * Bodies that speak as their organisation, besides the kinds of company (`ORGANISATION_NOUNS`): "the club said",
 * "the council said", "the federation said".
 */
export const SPEAKING_BODIES = words(`
  club council charity federation association authority board trust foundation institute university
  hospital school museum orchestra party league broadcaster network commission office operator
`);

/** Capitalised words that open sentences or name times, never people. */
/**
 * Nouns that say which country a person is from ("the 19-year-old Finn Eero Salonen"): before a full name they
 * describe it, and are no part of it.
 */
export const NATIONALITY_NOUNS = words(`
  finn swede dane norwegian pole scot briton brit turk spaniard frenchman frenchwoman dutchman dutchwoman
  englishman englishwoman irishman irishwoman welshman welshwoman scotsman scotswoman kiwi czech slovak
  serb croat greek swiss austrian german italian portuguese belgian american canadian australian
`);

export const NEVER_NAMES = words(`
  the a an this that these those there here it its he she they we i you his her their our my your
  in on at by for from with without after before during since until till while when where why how what
  which who whom whose but and or nor so yet if although though however meanwhile moreover furthermore
  also still even then thus therefore nevertheless instead otherwise besides indeed today tomorrow
  yesterday tonight now according as about above across against along among around behind below beneath
  beside between beyond despite down inside into near off onto outside over past per through throughout
  toward towards under unlike up upon via within unfortunately fortunately regarding speaking asked
  expanding of to some many most much more all any each every both either neither no not none one two
  three four five six seven eight nine ten first second third last next new old other another such
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec photo
  credit credits image source reuters ap afp update updated breaking exclusive analysis opinion
  editorial read watch see note photo born
`);

/** What a person writes, which then speaks for them: "“…,” the email said", "“…,” it read". */
export const DOCUMENTS = words(`
  statement email e-mail letter memo note message post tweet column editorial blog text notice
`);

/** Words that say someone wrote, sent or issued something: the writer of the document that speaks next. */
export const WRITING = words(`
  wrote writes written emailed e-mailed texted tweeted posted issued sent published signed
`);

/** Nouns for something said aloud, which name it through its speaker: "Her call of “…”", "his cry of “…”". */
export const UTTERANCES = words(`
  call calls cry cries shout shouts reply replies answer retort plea pleas chant chants cheer cheers
  warning remark greeting farewell toast
`);

/** Occasions of speaking, besides documents and utterances: "What did she say in her apology / speech?". */
export const STATEMENTS = words(`
  apology speech interview remarks comments address announcement briefing testimony evidence sermon eulogy
  statements interviews speeches
`);

/** Verbs of judging, whose subject's words a quotation after their object is: "X called the plan “a disaster”". */
export const JUDGING_VERBS = words(`
  call called calls describe described describes found finds brand branded brands dismiss dismissed dismisses
  hail hailed hails praise praised praises
`);

/** Verbs by which a document speaks, besides the verbs of saying ("“…,” it read"). */
export const DOCUMENT_VERBS = words(`read reads`);

/** Verbs of saying, in the forms news uses, for attributing quotations and spotting speakers. */
export const SPEECH_VERBS = words(`
  said says say saying told tells tell telling added adds adding stressed stresses stressing noted notes
  noting explained explains explaining stated states stating declared declares declaring announced
  announces announcing insisted insists insisting argued argues arguing warned warns warning claimed
  claims claiming remarked remarks commented comments continued continues emphasized emphasizes
  emphasising emphasised emphasizing underlined underlines underscored underscores asserted asserts
  acknowledged acknowledges admitted admits replied replies responded responds answered answers wrote
  writes asked asks recalled recalls observed observes concluded concludes suggested suggests maintained
  maintains affirmed affirms confirmed confirms predicted predicts cautioned cautions conceded concedes
  complained complains joked jokes interrupted interrupts highlighted highlights urged urges reiterated
  reiterates countered counters agreed agrees believes believed thinks thought described describes
  called calls quipped quips mused muses boasted boasts pledged pledges promised promises vowed vows
  exclaimed exclaims shouted shouted announced reported reports testified testifies recounted
  recounts conceded acknowledged summed explained informed informs assured assures lamented laments
  cautioned estimated estimates projected speculated speculates hinted hints revealed reveals disclosed
  discloses indicated indicates contended contends opined predicted forecast forecasts put enthused
  enthuses commenting asking spoke speaks tweeted posted texted emailed e-mailed
`);

/**
 * Verbs that report what someone said in other words ("X said that …", "…, X added"): verbs of saying whose
 * object is the statement (not "called", "asked", "described").
 */
export const REPORTING_VERBS = words(`
  said says told tells added adds stressed stresses noted notes explained explains stated states declared
  declares announced announces insisted insists argued argues warned warns claimed claims emphasized
  emphasizes emphasised emphasises underlined underlines underscored underscores asserted asserts
  acknowledged acknowledges admitted admits confirmed confirms predicted predicts cautioned cautions
  conceded concedes complained complains reiterated reiterates maintained maintains assured assures
  pledged pledges promised promises vowed vows estimated estimates revealed reveals disclosed discloses
  indicated indicates contended contends suggested suggests believes thinks wrote writes tweeted posted
  reported reports
`);

/** Words that name a time: weekdays, months, and days, parts and spans of time relative to the article. */
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december last next this yesterday today tomorrow tonight earlier later
  week weekend month year morning afternoon evening night
`);

/**
 * Verbs that say when an event happens or lasts ("the festival will *run* from …", "the vote *took place* on …",
 * "the summit *is* in June"), as the last word before the date.
 */
export const OCCURRENCE_VERBS = words(`
  run runs ran open opens opened start starts started begin begins began end ends ended close closes closed
  held place is are was were be`);

/** Numbers written as words, as news writes small counts ("three years later", "a day after"). */
export const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(
    `one two three four five six seven eight nine ten eleven twelve`
      .split(' ')
      .map((word, i) => [word, i + 1]),
  ),
};

/** Pronouns that stand for a person named before. */
export const PERSON_PRONOUNS = words(`he she`);
