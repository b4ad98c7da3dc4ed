/**
 * Moved to src/diagnostics/ (lib/ is for the pages). This re-export keeps branches written before
 * the move building; import from src/diagnostics/index.ts instead. Remove when nothing imports it.
 */
export { ContentError, placeOf, type Place } from '../diagnostics/content-error.ts';
