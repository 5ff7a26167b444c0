/** Optimizers: L-BFGS and the objectives the trainers minimise. */
export { minimizeLbfgs } from './lbfgs.js';
export { listwiseObjective, type ScoredList } from './listwise-objective.js';
