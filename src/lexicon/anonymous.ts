/**
 * Nouns that describe an unnamed source ("a senior official", "people familiar with", "two
 * diplomats"), as opposed to a person's name.
 */

/** A speaker description containing one of these is an anonymous source unless it holds a name. */
export const ANONYMOUS_SOURCE = /\b(anonymous|official|officials|source|sources|person|people|diplomat|diplomats|aide|aides|familiar)\b/i;

/**
 * A count of these ("two US officials") is how many sources an article cites: sourcing, not a
 * fact about the story, so such figures are never compared across outlets.
 */
export const SOURCE_COUNT_UNIT = /^(officials?|people|persons?|sources?|diplomats?|aides?)$/i;

/**
 * The parser's test for an unnamed speaker: a described speaker ("two senior lawmakers") whose head
 * is one of these nouns is anonymous. Wider than `ANONYMOUS_SOURCE` on purpose (members, residents,
 * soldiers, analysts … speak unnamed in news prose), and without "anonymous"/"familiar", which are
 * cues in the apposition (`ANONYMITY_CUE`) rather than nouns in the head.
 */
export const UNNAMED_SPEAKER_NOUN =
  /\b(?:officials?|sources?|person|people|diplomats?|aides?|officers?|advis[eo]rs?|insiders?|staffers?|spokesperson|employees?|members?|lawmakers?|residents?|soldiers?|analysts?)\b/i;

/** Phrases beside a speaker that say the source is unnamed ("spoke on condition of anonymity"). */
export const ANONYMITY_CUE = /\banonymity\b|\bnot authori[sz]ed\b|\bdeclined to be (?:named|identified)\b|\bunnamed\b|\bfamiliar with\b|\basked not to be\b/i;
