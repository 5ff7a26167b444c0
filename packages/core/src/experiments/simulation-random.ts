/**
 * A seeded random source for simulations (the traffic simulator, the statistics tests): the project's mulberry32
 * uniforms (`intent/seeded-random.ts`) and standard normals by Box–Muller. The same seed gives the same draws on every
 * platform.
 */
import { seededRandom } from '../intent/seeded-random.js';

export interface SimulationRandom {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /** True with probability `p` (clamped to [0, 1]). */
  chance(p: number): boolean;
}

export function simulationRandom(seed: number): SimulationRandom {
  const uniform = seededRandom(seed);
  let spare: number | undefined;
  return {
    uniform,
    normal() {
      if (spare !== undefined) {
        const value = spare;
        spare = undefined;
        return value;
      }
      const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
      const angle = 2 * Math.PI * uniform();
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    chance: (p) => uniform() < p,
  };
}
