/** Written by scripts/answers/train-answerability.mjs; do not edit by hand. */
import type { LinearModel } from './linear-model.js';

/** With dense retrieval signals (hybrid) and without (lexical only); each reads 0.5 at its tuned operating point. */
export const answerabilityModels: { readonly dense: LinearModel; readonly lexical: LinearModel } = {
  dense: {
    trainedOn:
      'emanual-smarttv, stackfaq, dstc11-track5 dev, tune parts, hybrid retrieval (1496 examples); 0.5 = probability 0.145: precision ≥ 0.42 and ≥ 0.95 of answerable questions answered on tune',
    features: ['section_coverage', 'title_coverage', 'passage_coverage', 'best_unit_coverage', 'dense_similarity'],
    weights: [2.90561, 1.10044, -0.239768, -0.653985, 1.77824],
    bias: -1.66834,
  },
  lexical: {
    trainedOn:
      'emanual-smarttv, stackfaq, dstc11-track5 dev, tune parts, lexical retrieval (1479 examples); 0.5 = probability 0.151: precision ≥ 0.42 and ≥ 0.95 of answerable questions answered on tune',
    features: ['section_coverage', 'title_coverage', 'passage_coverage', 'best_unit_coverage', 'dense_similarity'],
    weights: [2.76709, 1.70758, -0.166572, -0.39931, 0],
    bias: -1.26158,
  },
};
