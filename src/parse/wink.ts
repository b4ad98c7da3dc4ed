/**
 * The one wink-nlp instance (English lite model: sentence boundaries and part-of-speech tags).
 * Loading the model costs ~0.2–0.4 s and ~40 MB; the splitter and the attribution tokens share it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Nlp = ReturnType<typeof winkNLP>;

let nlp: Nlp | null = null;

export function wink(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}
