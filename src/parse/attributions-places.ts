/**
 * Countries, unions and capitals, which news prose uses for their governments ("Russia has
 * warned", "Washington said"): a source so named is an organisation, not a person. A general
 * gazetteer of the world's states and a few unions and capitals; nothing about one story.
 */
const PLACES = new Set(
  [
    'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
    'Bahrain', 'Bangladesh', 'Belarus', 'Belgium', 'Bolivia', 'Bosnia', 'Brazil', 'Britain', 'Bulgaria', 'Cambodia',
    'Cameroon', 'Canada', 'Chad', 'Chile', 'China', 'Colombia', 'Congo', 'Croatia', 'Cuba', 'Cyprus', 'Czechia',
    'Denmark', 'Ecuador', 'Egypt', 'Estonia', 'Ethiopia', 'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece',
    'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Japan', 'Jordan',
    'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Latvia', 'Lebanon', 'Libya', 'Lithuania', 'Luxembourg', 'Malaysia',
    'Mali', 'Mexico', 'Moldova', 'Mongolia', 'Montenegro', 'Morocco', 'Myanmar', 'Nepal', 'Netherlands', 'Nigeria',
    'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar',
    'Romania', 'Russia', 'Rwanda', 'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'Spain', 'Sudan',
    'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Thailand', 'Tunisia', 'Turkey', 'Türkiye', 'Uganda', 'Ukraine',
    'Uzbekistan', 'Venezuela', 'Vietnam', 'Yemen', 'Zimbabwe',
    'North Korea', 'South Korea', 'Saudi Arabia', 'South Africa', 'New Zealand', 'United States', 'United Kingdom',
    'United Arab Emirates', 'US', 'U.S.', 'USA', 'UK', 'EU', 'European Union', 'Nato', 'NATO', 'UN', 'U.N.',
    'Moscow', 'Washington', 'Kyiv', 'Kiev', 'Beijing', 'London', 'Paris', 'Berlin', 'Tokyo', 'Seoul', 'Pyongyang',
    'Tehran', 'Ankara', 'Brussels', 'Warsaw', 'Minsk', 'Jerusalem', 'Damascus', 'Baghdad', 'Kabul', 'Ottawa', 'Canberra',
    'Delhi', 'New Delhi', 'Islamabad', 'Cairo', 'Riyadh', 'Doha', 'Rome', 'Madrid', 'Vienna', 'Budapest', 'Prague',
  ].map((p) => p.toLowerCase()),
);

/** Whether `phrase` (without its article) is the name of a state, union or capital. */
export function isPlace(phrase: string): boolean {
  return PLACES.has(phrase.replace(/^(?:the|The)\s+/, '').trim().toLowerCase());
}
