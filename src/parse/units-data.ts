/**
 * The unit table's own data: what the libraries do not say about English news prose. Physical units,
 * their aliases and conversions come from js-quantities; ISO 4217 codes and names from currency-codes;
 * currency symbols from currency-symbol-map (see units.ts). Everything here is general English usage,
 * not anything a particular article says.
 */

/** Canonical unit per kind of physical quantity (a js-quantities unit) and the name shown for it. */
export const CANONICAL: Record<string, { qty: string; name: string }> = {
  length: { qty: 'km', name: 'km' },
  area: { qty: 'km^2', name: 'km²' },
  volume: { qty: 'l', name: 'L' },
  mass: { qty: 'kg', name: 'kg' },
  time: { qty: 'd', name: 'day' },
  temperature: { qty: 'tempC', name: '°C' },
  speed: { qty: 'kph', name: 'km/h' },
  power: { qty: 'kW', name: 'kW' },
  energy: { qty: 'kWh', name: 'kWh' },
  information: { qty: 'GB', name: 'GB' },
  angle: { qty: 'deg', name: 'degree' },
  pressure: { qty: 'kPa', name: 'kPa' },
  frequency: { qty: 'Hz', name: 'Hz' },
  potential: { qty: 'V', name: 'V' },
  current: { qty: 'A', name: 'A' },
  information_rate: { qty: 'bps', name: 'bit/s' },
  angular_velocity: { qty: 'rpm', name: 'rpm' },
  charge: { qty: 'mAh', name: 'mAh' },
};
/** Small lengths (calibres, rainfall, screens) compare in millimetres, not in fractions of a km. */
export const SMALL_LENGTH = new Set(['mm', 'cm', 'in', 'um', 'nm']);

/**
 * js-quantities aliases that are ordinary English words or marks in prose ("points", "in", "bar",
 * "grain", quotation marks), single letters, or clash with other readings ("tn" trillion, "pc" per
 * cent, "pm" the afternoon). They are never read as units.
 */
export const DENY_ALIASES = new Set(
  (
    "in ' \" # pt point points pc cu tb bl bu bsh gr dr ct u z rd ls ly DM AU mil mils pica picas rod rods league leagues " +
    'slug slugs st unit U gray grays R G T C F S H V W N P M A J B b s d y h a at tn kt kn bar bars atm ATM pm am ' +
    'Da dalton daltons Dalton Daltons AMU amu lmin redshift red-shift Gal gee St poise th therm therms Therm var Var VAr VAR ' +
    'fortnight grain grains rotation Ci curie curies Gy Sv R roentgen Oe Mx Wb G gauss cmH2O inH2O inHg mmHg torr kat katal Katal enzUnit ' +
    'cents dollar USD wtpercent wt% molar mole mol lux lm lumen datamile fathom fathoms furlong furlongs parsec parsecs'
  ).split(' '),
);

/** Kinds of js-quantities units read in prose at all. */
export const KINDS = Object.keys(CANONICAL);

/** Forms js-quantities lacks, written as js-quantities unit expressions. */
export const EXTRA_FORMS: Record<string, string> = {
  'sq km': 'km^2', 'sq. km': 'km^2', 'square km': 'km^2', 'square kilometres': 'km^2', 'square kilometers': 'km^2', 'square kilometre': 'km^2',
  'square kilometer': 'km^2', km2: 'km^2', 'km²': 'km^2', 'sq m': 'm^2', 'square metres': 'm^2', 'square meters': 'm^2', 'square metre': 'm^2',
  'square meter': 'm^2', m2: 'm^2', 'm²': 'm^2', 'sq ft': 'ft^2', 'square feet': 'ft^2', 'square foot': 'ft^2', 'sq mi': 'mi^2', 'sq miles': 'mi^2',
  'square miles': 'mi^2', 'square mile': 'mi^2', 'cubic feet': 'ft^3', 'cubic foot': 'ft^3', 'cu ft': 'ft^3', 'cubic metres': 'm^3',
  'cubic meters': 'm^3', 'cubic metre': 'm^3', m3: 'm^3', 'm³': 'm^3', hectares: 'hectare', ha: 'hectare',
  kmh: 'kph', kmph: 'kph', 'km/h': 'kph', 'km/hr': 'kph', 'kilometres per hour': 'kph', 'kilometers per hour': 'kph', 'kilometres an hour': 'kph',
  'kilometers an hour': 'kph', 'miles per hour': 'mph', 'miles an hour': 'mph', 'mi/h': 'mph',
  'metric tons': 'tonne', 'metric tonnes': 'tonne', 'metric ton': 'tonne', tonnes: 'tonne', tons: 'short-ton',
  'nautical miles': 'nmi', 'nautical mile': 'nmi', barrels: 'bbl', barrel: 'bbl',
  '°c': 'tempC', '℃': 'tempC', 'degrees celsius': 'tempC', 'degree celsius': 'tempC', 'degrees centigrade': 'tempC', 'deg c': 'tempC',
  'degrees c': 'tempC', 'degree c': 'tempC', celsius: 'tempC', centigrade: 'tempC', '°f': 'tempF', '℉': 'tempF', 'degrees fahrenheit': 'tempF',
  'degree fahrenheit': 'tempF', 'deg f': 'tempF', 'degrees f': 'tempF', 'degree f': 'tempF', fahrenheit: 'tempF', kelvin: 'tempK',
  'deg celsius': 'tempC', 'deg fahrenheit': 'tempF', celcius: 'tempC', 'degrees celcius': 'tempC', farenheit: 'tempF', 'degrees farenheit': 'tempF',
  'degree farenheit': 'tempF', '°': 'deg', 'deg.': 'deg', horsepower: 'hp', bhp: 'hp', kilobytes: 'kB', KB: 'kB', 'terawatt-hours': 'TWh', 'gigawatt-hours': 'GWh',
  'megawatt-hours': 'MWh', 'kilowatt-hours': 'kWh', 'terawatt hours': 'TWh', 'gigawatt hours': 'GWh', 'megawatt hours': 'MWh', 'kilowatt hours': 'kWh',
};

/** SI symbols with the prefixes that occur in prose (a closed list: "Ms", "cs" or "Gm" never mean a unit in news). */
export const PREFIXED_SYMBOLS =
  'km cm mm dm μm µm nm kg mg μg µg ml mL cl dl kW MW GW TW kWh MWh GWh TWh Wh kB MB GB TB PB kb Kb Mb Gb Tb kHz MHz GHz Hz kJ MJ kV mA ms kPa hPa kN mAh Ah'.split(' ');
/** Word prefixes and the unit words they combine with ("microgrammes", "megawatts", "kilobits"). */
export const WORD_PREFIXES = 'kilo mega giga tera milli micro centi nano deci'.split(' ');
export const PREFIXABLE_WORDS = 'metre metres meter meters gram grams gramme grammes litre litres liter liters watt watts byte bytes bit bits hertz joule joules volt volts'.split(' ');

/** Forms compared case-sensitively (a capital changes the unit: MB/mb, kW): symbols of up to 3 characters. */
export const CASE_SENSITIVE_MAX = 3;

/** Percent and its relatives (not physical units). */
export const PERCENT_FORMS: Record<string, { unit: string; to: string }> = {
  '%': { unit: '%', to: '%' },
  percent: { unit: '%', to: '%' },
  'per cent': { unit: '%', to: '%' },
  'per-cent': { unit: '%', to: '%' },
  pc: { unit: '%', to: '%' },
  'percentage point': { unit: 'percentage point', to: 'percentage point' },
  'percentage points': { unit: 'percentage point', to: 'percentage point' },
  'basis points': { unit: 'basis point', to: 'percentage point' },
  'basis point': { unit: 'basis point', to: 'percentage point' },
  bps: { unit: 'basis point', to: 'percentage point' },
};

/** Scale words and suffixes after a number. */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Scale abbreviations written after a number ("$3.5bn", "1.3mn", "5k"); "m" and "b" only with money. */
export const SCALE_SUFFIXES: Record<string, number> = { k: 1e3, K: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tr: 1e12 };
export const MONEY_SCALE_SUFFIXES: Record<string, number> = { m: 1e6, M: 1e6, b: 1e9, B: 1e9 };

/**
 * The usual currency of an ambiguous symbol or generic name in English-language news (a "$" with no
 * country is the US dollar; "francs" with no country the Swiss franc, the one still issued in Europe).
 */
export const PREFERRED_CODE: Record<string, string> = {
  $: 'USD', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '元': 'CNY', '₩': 'KRW', '₨': 'INR', kr: 'SEK', '₱': 'PHP', '₣': 'CHF', '₤': 'GBP', '₺': 'TRY',
  dollar: 'USD', pound: 'GBP', franc: 'CHF', peso: 'MXN', rupee: 'INR', krona: 'SEK', krone: 'NOK', dinar: 'IQD', rial: 'IRR', riyal: 'SAR',
  won: 'KRW', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', euro: 'EUR', ruble: 'RUB', rouble: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH',
  lira: 'TRY', rand: 'ZAR', real: 'BRL', reais: 'BRL', shekel: 'ILS', sheqel: 'ILS', zloty: 'PLN', forint: 'HUF', baht: 'THB', ringgit: 'MYR',
  rupiah: 'IDR', naira: 'NGN', dirham: 'AED', dong: 'VND', shilling: 'KES', koruna: 'CZK', leu: 'RON', lev: 'BGN', kip: 'LAK', lari: 'GEL',
  bitcoin: 'BTC', btc: 'BTC', satoshi: 'BTC', '₿': 'BTC',
};
/** Currencies outside ISO 4217 that news reports in (name → code used here). */
export const EXTRA_CODES: Record<string, string> = { BTC: 'Bitcoin', RMB: 'Yuan Renminbi' };
/** Subunits: a hundredth of the currency ("50 cents", "50p", "12 pence"). */
export const SUBUNITS: Record<string, string> = { cent: 'USD', cents: 'USD', '¢': 'USD', penny: 'GBP', pence: 'GBP', p: 'GBP', kopecks: 'RUB', satoshis: 'BTC' };
/** Country-prefixed dollar signs ("US$", "A$", "HK$"): the letters before "$" → ISO code. */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', can: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', sg: 'SGD', nt: 'TWD', r: 'BRL',
  mex: 'MXN', mx: 'MXN', z: 'ZWL', j: 'JMD', tt: 'TTD', rd: 'DOP', bz: 'BZD',
};
/** ISO codes that are also English words written in capitals ("ALL 5 solutions", "TOP 10"): never read as money. */
export const CODE_WORDS = new Set(['ALL', 'TOP', 'MAD', 'GEL', 'CUP', 'TRY', 'BOB', 'SOS', 'PEN', 'MOP', 'ANG', 'BAM']);
