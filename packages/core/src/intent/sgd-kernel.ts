/**
 * Loads the WebAssembly SIMD kernel of softmax-regression SGD (sgd-kernel.wat). The global `WebAssembly` is part of
 * every JavaScript runtime Switchboard supports, so core stays free of Node imports; where it is missing or lacks
 * SIMD (a runtime started with --jitless, say) the caller falls back to the plain-JavaScript loops.
 */
import { sgdKernelBase64 } from './sgd-kernel-wasm.js';

export interface SgdKernel {
  /** scores = bias + scale · row · W for every class (all arguments are byte addresses into `memory`). */
  score(idx: number, val: number, len: number, scale: number, w: number, bias: number, scores: number, chunks: number): void;
  /** W -= step · rowᵀ · grad, skipping blocks of 16 classes whose gradient is zero. */
  step(idx: number, val: number, len: number, step: number, w: number, grad: number, chunks: number): void;
  /** W[0…count) *= factor. */
  rescale(w: number, count: number, factor: number): void;
  readonly memory: { readonly buffer: ArrayBuffer };
}

interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
}

const pageBytes = 65536;
// Far below the 4 GiB a 32-bit memory can address, and below what a training run could sensibly need.
export const maxKernelBytes = 2 ** 31;

let compiled: object | null | undefined;

function kernelModule(): object | null {
  if (compiled !== undefined) return compiled;
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  try {
    compiled = api ? new api.Module(Uint8Array.from(atob(sgdKernelBase64), (char) => char.charCodeAt(0))) : null;
  } catch {
    compiled = null; // no SIMD support: the module fails to compile
  }
  return compiled;
}

/** A kernel instance over a fresh memory of at least `bytes` bytes, or null when WebAssembly SIMD is unavailable. */
export function createSgdKernel(bytes: number): SgdKernel | null {
  const module = kernelModule();
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (!module || !api || bytes > maxKernelBytes) return null;
  try {
    const memory = new api.Memory({ initial: Math.max(1, Math.ceil(bytes / pageBytes)) });
    const { exports } = new api.Instance(module, { env: { memory } });
    return { ...(exports as unknown as Omit<SgdKernel, 'memory'>), memory };
  } catch {
    return null; // the runtime refused that much memory: the plain-JavaScript loops need far less in one block
  }
}
