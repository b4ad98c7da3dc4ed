/** Number words and digit strings → values. */
export const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, k: 1e3,
};
/** Plural scale words used alone are vague counts: "thousands of troops". */
export const VAGUE = /^(?:dozens|scores|hundreds|thousands|millions|billions|trillions|tens of (?:thousands|millions|billions)|hundreds of (?:thousands|millions|billions))$/i;

export const NUMBER_WORD_RE =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen)(?:\\s+(?:hundred|thousand|million|billion|trillion))?';

export function wordValue(w: string): number | null {
  const parts = w.toLowerCase().replace(/^a\s+/, '').split(/[\s-]+/);
  let total = 0;
  let cur = 0;
  for (const p of parts) {
    const small = Object.hasOwn(SMALL, p) ? SMALL[p] : undefined;
    const scale = Object.hasOwn(SCALES, p) ? SCALES[p] : undefined;
    if (small !== undefined) cur += small;
    else if (p === 'hundred') cur = (cur || 1) * 100;
    else if (scale !== undefined) {
      total += (cur || 1) * scale;
      cur = 0;
    } else return null;
  }
  return total + cur;
}

export function digitValue(s: string): number | null {
  const v = Number(s.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}
