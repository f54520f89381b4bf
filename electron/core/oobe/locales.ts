/**
 * The region and keyboard choices OOBE offers. A representative subset of Windows's lists
 * (Windows offers every country/region and about 200 layouts); names as Windows spells them.
 */

export const REGIONS = [
  'Argentina',
  'Australia',
  'Austria',
  'Belgium',
  'Brazil',
  'Canada',
  'Chile',
  'China',
  'Colombia',
  'Czechia',
  'Denmark',
  'Finland',
  'France',
  'Germany',
  'Greece',
  'Hong Kong SAR',
  'Hungary',
  'India',
  'Indonesia',
  'Ireland',
  'Israel',
  'Italy',
  'Japan',
  'Korea',
  'Luxembourg',
  'Malaysia',
  'Mexico',
  'Netherlands',
  'New Zealand',
  'Norway',
  'Poland',
  'Portugal',
  'Romania',
  'Saudi Arabia',
  'Singapore',
  'South Africa',
  'Spain',
  'Sweden',
  'Switzerland',
  'Taiwan',
  'Thailand',
  'Türkiye',
  'Ukraine',
  'United Arab Emirates',
  'United Kingdom',
  'United States',
  'Vietnam',
] as const;

/** Keyboard layouts per input language, first one the default for that language. */
export const LAYOUTS_BY_LANGUAGE: Record<string, readonly string[]> = {
  'English (United States)': [
    'US',
    'United States-International',
    'United States-Dvorak',
    'United Kingdom',
    'Canadian Multilingual Standard',
  ],
  'English (United Kingdom)': ['United Kingdom', 'United Kingdom Extended', 'US'],
  'French (France)': ['French', 'French (Standard, AZERTY)', 'Belgian French', 'Swiss French'],
  'French (Canada)': ['Canadian French', 'Canadian Multilingual Standard'],
  'German (Germany)': ['German', 'German (IBM)', 'Swiss German'],
  'Spanish (Spain)': ['Spanish', 'Spanish Variation'],
  'Spanish (Mexico)': ['Latin American', 'Spanish'],
  'Italian (Italy)': ['Italian', 'Italian (142)'],
  'Dutch (Netherlands)': ['US', 'United States-International', 'Dutch'],
  'Portuguese (Brazil)': ['Portuguese (Brazil ABNT)', 'Portuguese (Brazil ABNT2)'],
  'Portuguese (Portugal)': ['Portuguese'],
  'Polish (Poland)': ['Polish (Programmers)', 'Polish (214)'],
  'Japanese (Japan)': ['Microsoft IME'],
  'Swedish (Sweden)': ['Swedish'],
  'Danish (Denmark)': ['Danish'],
  'Norwegian Bokmål (Norway)': ['Norwegian'],
  'Finnish (Finland)': ['Finnish'],
  'Turkish (Türkiye)': ['Turkish Q', 'Turkish F'],
};

/** The input language Windows proposes for a region (its keyboard list comes from it). */
const LANGUAGE_BY_REGION: Record<string, string> = {
  'United States': 'English (United States)',
  'United Kingdom': 'English (United Kingdom)',
  Ireland: 'English (United Kingdom)',
  France: 'French (France)',
  Belgium: 'French (France)',
  Canada: 'English (United States)',
  Germany: 'German (Germany)',
  Austria: 'German (Germany)',
  Switzerland: 'German (Germany)',
  Spain: 'Spanish (Spain)',
  Mexico: 'Spanish (Mexico)',
  Argentina: 'Spanish (Mexico)',
  Chile: 'Spanish (Mexico)',
  Colombia: 'Spanish (Mexico)',
  Italy: 'Italian (Italy)',
  Netherlands: 'Dutch (Netherlands)',
  Brazil: 'Portuguese (Brazil)',
  Portugal: 'Portuguese (Portugal)',
  Poland: 'Polish (Poland)',
  Japan: 'Japanese (Japan)',
  Sweden: 'Swedish (Sweden)',
  Denmark: 'Danish (Denmark)',
  Norway: 'Norwegian Bokmål (Norway)',
  Finland: 'Finnish (Finland)',
  Türkiye: 'Turkish (Türkiye)',
};

export const INPUT_LANGUAGES = Object.keys(LAYOUTS_BY_LANGUAGE);

export function languageForRegion(region: string): string {
  return LANGUAGE_BY_REGION[region] ?? 'English (United States)';
}

export function layoutsForRegion(region: string): readonly string[] {
  return LAYOUTS_BY_LANGUAGE[languageForRegion(region)] ?? ['US'];
}
