/**
 * The heads of noun phrases that say what kind of source a phrase names: a document, a news
 * outlet, an institution, or a person left unnamed. Used by the attribution parser to classify a
 * relation's source (src/parse/attributions-class.ts). Wider than `anonymous.ts`'s speaker nouns on
 * purpose: a source of reported speech is classified, not merely flagged as unnamed.
 */

/** Heads that name a text or a record rather than a speaker. */
export const DOCUMENT_HEADS = new Set(
  ('statement statements report reports assessment assessments memo memorandum letter letters document documents poll polls survey surveys ' +
    'study studies data analysis analyses filing filings transcript transcripts record records email emails e-mail tweet tweets post posts ' +
    'book article articles editorial op-ed column release communique communiqué resolution decree order law bill indictment complaint lawsuit ' +
    'ruling opinion estimate estimates figures numbers findings review audit footage video recording message messages note notes cable cables ' +
    'website site page documents briefing guidance plan proposal draft text account accounts readout summary agreement treaty').split(' '),
);
/** Heads that name a news organisation or its people as such. */
export const MEDIA_HEADS = new Set(
  ('newspaper newspapers paper outlet outlets media broadcaster broadcasters channel network networks magazine tabloid wire agency ' +
    'television tv radio press reporter reporters journalist journalists correspondent correspondents editor editors columnist ' +
    'times post journal news herald tribune telegraph guardian gazette reuters ap afp bloomberg axios politico cnn bbc nbc abc cbs msnbc npr ' +
    'fox tass ria interfax xinhua yonhap kyodo ukrinform pravda izvestia kommersant economist wsj nyt dpa efe ansa').split(' '),
);
/**
 * Media heads that are outlets only as part of a title ("The Economist", "the Post"): lowercase they are ordinary
 * nouns ("an economist at a bank", "her guardian", "a trade journal"), so they count only when capitalised.
 */
export const TITLE_ONLY_MEDIA_HEADS = new Set('times post journal news herald tribune telegraph guardian gazette economist'.split(' '));
/** Heads that name an institution. */
export const ORGANISATION_HEADS = new Set(
  ('government governments ministry ministries department departments administration white house pentagon kremlin office agency agencies ' +
    'committee committees council party parties campaign campaigns company companies firm firms corporation group groups army military forces navy ' +
    'police court courts congress senate parliament legislature assembly commission board bank union alliance coalition organization organisation ' +
    'institute university foundation center centre service services bureau cabinet embassy headquarters staff command authorities regime ' +
    'state states country countries nation nations team club association federation league network intelligence').split(' '),
);
/** Heads that name a person without naming who. */
export const ANONYMOUS_PERSON_HEADS = new Set(
  ('official officials source sources person people diplomat diplomats aide aides adviser advisers advisor advisors insider insiders staffer staffers ' +
    'spokesman spokeswoman spokesperson spokesmen officer officers employee employees member members lawmaker lawmakers analyst analysts expert experts ' +
    'observer observers critic critics supporter supporters resident residents witness witnesses someone somebody anyone individual individuals ' +
    'voter voters leader leaders republicans democrats conservatives liberals activist activists allies ally friend friends colleague colleagues ' +
    'mp mps mep meps legislator legislators').split(' '),
);
