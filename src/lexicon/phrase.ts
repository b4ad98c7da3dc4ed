/**
 * Words that end the noun phrase a number counts ("10,000 soldiers took part", "3 points up"): function
 * words, reporting verbs, comparatives and particles, and common irregular past tenses. A different job
 * from STOPWORDS ("carries no meaning"): "most", "one" or "other" may sit inside a counted phrase there,
 * while "up", "all", "including" or "cheaper" must never become a unit here. Used by the figures stage
 * (src/parse/figure-context.ts).
 */
export const PHRASE_END: ReadonlySet<string> = new Set(
  (
    'of to in on at for with from by into onto over under about against between among through during since until after before ' +
    'than as and or but nor that which who whom whose where when while if because is are was were be been being has have had do ' +
    'does did will would can could may might must shall should its their his her our your my this these those the a an some any ' +
    'each every per more less most least also only just not no very so such there here it they them he she we you i said says ' +
    'told say familiar close aware involved able ready likely due based according ago earlier later up down off out all including ' +
    'without cheaper higher lower last next ahead away back yet still even almost nearly around x by ' +
    // the other prepositions: "12 games above .500", "3 goals inside the first half"
    'minus plus above below across beyond near within inside outside past via toward towards upon amid despite like unlike along throughout beside versus vs ' +
    // adverbs of time and degree: "3 times already", "10 Downing Street now"
    'now then today tomorrow yesterday tonight overnight again already too instead recently previously apiece ' +
    // common irregular past tenses: a verb after the counted noun ends it ("10,000 soldiers took part")
    'took gave went came saw got held left kept fell rose won lost began ran met paid sent fled led fought became brought ' +
    'struck sought bought caught taught thought built spent lent meant felt stood understood swore wore drove rode wrote spoke broke ' +
    'chose froze stole woke flew drew grew threw knew blew shook forgot sank sang rang swam drank dug slept wept fed'
  ).split(' '),
);

/**
 * Adjectives that follow a measure phrase ("10 points clear", "two feet deep", "three shots behind",
 * "5,000 strong"): after the counted noun they end its phrase; they are never its head.
 */
export const AFTER_MEASURE: ReadonlySet<string> = new Set(
  'clear behind short apart adrift long wide high deep tall thick old late early overdue strong'.split(' '),
);

/**
 * Degree and amount words that may open a counted phrase when a noun follows ("the 20 most expensive
 * restaurants", "five more losses", "two fewer seats"); alone ("5 more than", "10 more") they end it.
 */
export const DEGREE_FIRST: ReadonlySet<string> = new Set(['more', 'fewer', 'most', 'least']);

/**
 * Verbs of numeric change: "fell 12 pence to 340p" and "rose 2% to 5%" give a change and a new level, not
 * a range (every tense of each, as a regexp source matched against the word before the first number,
 * optionally followed by "by").
 */
export const CHANGE_VERB =
  '(?:ris(?:e|es|en|ing)|rose|f(?:all|alls|allen|alling|ell)|climb|jump|drop|dropp|slip|slipp|slid|slide|slides|sliding|gain|los(?:e|es|ing)|lost|add|shed|shedding|' +
  'increas|decreas|declin|cut|cuts|cutting|rais|lower|gr(?:ow|ows|own|owing|ew)|shr(?:ink|inks|ank|unk|inking)|surg|soar|slump|plung|plummet|tumbl|' +
  's(?:ink|inks|ank|inking)|rebound|advanc|retreat|widen|narrow|edg|dip|dipp|eas|rall(?:y|ies|ied|ying)|spik|trimm?|slash|boost|hik)(?:e|es|ed|s|ing)?';

/** Street words that end an address ("10 Downing Street", "221 Baker Street"): the number names a house. */
export const THOROUGHFARE: ReadonlySet<string> = new Set(
  'street st road rd avenue ave lane drive boulevard blvd place square terrace crescent court way highway parkway'.split(' '),
);

/**
 * Words of a game's result: next to them "3-1" or "31-17" is a score, not a figure or a range
 * ("won 3-1", "a 2-0 victory", "lost 1-3", "the 3-3 draw").
 */
export const RESULT_WORD = /\b(?:w[io]n|wins|winning|lost|los(?:e|es|ing)|beat(?:s|en|ing)?|defeat(?:s|ed|ing)?|victory|draw|drew|tied?|lead|led|leads|score[ds]?|scoreline|thrash(?:ed|ing)?|routed?|edged|final)\b/i;
