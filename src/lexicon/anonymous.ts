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
