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
    // common irregular past tenses: a verb after the counted noun ends it ("10,000 soldiers took part")
    'took gave went came saw got held left kept fell rose won lost began ran met paid sent fled led fought became brought'
  ).split(' '),
);
