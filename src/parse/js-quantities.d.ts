/** The part of js-quantities (which ships no types) that the unit table uses. */
declare module 'js-quantities' {
  interface Quantity {
    scalar: number;
    kind(): string;
    units(): string;
    to(unit: string): Quantity;
  }
  interface QtyStatic {
    (value: number, unit: string): Quantity;
    (expr: string): Quantity;
    getKinds(): string[];
    getUnits(kind?: string): string[];
    getAliases(unit: string): string[];
  }
  const Qty: QtyStatic;
  export default Qty;
}
