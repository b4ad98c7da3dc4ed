/**
 * English function words. One list for the aligner, the key-term marking on claim pages and the
 * quote comparison (as stems there), so what is scored and what is shown agree.
 * Words that end a counted noun phrase ("end of a noun phrase" rather than "carries no meaning")
 * are a different list: phrase.ts.
 */
/** Function words: they carry no claim-specific meaning, so they are dropped before scoring. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not ' +
    'now of off on once only or other our ours ourselves out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves may might must ' +
    'shall one ones us upon yet said says say saying told according since ago s t also however though although ' +
    'whether within without across among amid per via mr ms mrs'
  ).split(/\s+/),
);

