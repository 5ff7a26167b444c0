;; The two inner loops of softmax-regression SGD in WebAssembly SIMD (f32x4): scoring one sparse row against every
;; class, and the row's gradient step. Plain JavaScript runs them one float at a time with a bounds check per
;; access; here four classes move per instruction.
;;
;; Layout (all addresses in bytes, 16-byte aligned): weights are feature-major with `chunks` blocks of 16 classes
;; per feature (the class count is padded to a multiple of 16; padded classes keep zero weight because their
;; gradient is always zero). A row is `len` feature ids (i32) at `idx` and `len` values (f32) at `val`.
;; Assemble with `node scripts/build-sgd-kernel.mjs`, which writes sgd-kernel-wasm.ts.
(module
  (import "env" "memory" (memory 1))

  ;; scores[c] = bias[c] + scale · Σ_k val[k] · w[idx[k]][c], sixteen classes at a time: the four accumulators stay
  ;; in registers while the row's features stream past.
  (func (export "score") (param $idx i32) (param $val i32) (param $len i32) (param $scale f32) (param $w i32)
    (param $bias i32) (param $scores i32) (param $chunks i32)
    (local $rowBytes i32) (local $ch i32) (local $k i32) (local $end i32) (local $p i32) (local $x v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $s v128)
    (local.set $rowBytes (i32.shl (local.get $chunks) (i32.const 6)))
    (local.set $end (i32.shl (local.get $len) (i32.const 2)))
    (local.set $s (f32x4.splat (local.get $scale)))
    (local.set $ch (i32.const 0))
    (block $chunksDone
      (loop $chunkLoop
        (br_if $chunksDone (i32.ge_u (local.get $ch) (local.get $rowBytes)))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $a1 (v128.const i64x2 0 0))
        (local.set $a2 (v128.const i64x2 0 0))
        (local.set $a3 (v128.const i64x2 0 0))
        (local.set $k (i32.const 0))
        (block $featuresDone
          (loop $featureLoop
            (br_if $featuresDone (i32.ge_u (local.get $k) (local.get $end)))
            (local.set $p
              (i32.add
                (i32.add (local.get $w) (local.get $ch))
                (i32.mul (i32.load (i32.add (local.get $idx) (local.get $k))) (local.get $rowBytes))))
            (local.set $x (v128.load32_splat (i32.add (local.get $val) (local.get $k))))
            (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $x) (v128.load offset=0 (local.get $p)))))
            (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $x) (v128.load offset=16 (local.get $p)))))
            (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $x) (v128.load offset=32 (local.get $p)))))
            (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $x) (v128.load offset=48 (local.get $p)))))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $featureLoop)))
        (local.set $p (i32.add (local.get $bias) (local.get $ch)))
        (v128.store offset=0 (i32.add (local.get $scores) (local.get $ch))
          (f32x4.add (v128.load offset=0 (local.get $p)) (f32x4.mul (local.get $s) (local.get $a0))))
        (v128.store offset=16 (i32.add (local.get $scores) (local.get $ch))
          (f32x4.add (v128.load offset=16 (local.get $p)) (f32x4.mul (local.get $s) (local.get $a1))))
        (v128.store offset=32 (i32.add (local.get $scores) (local.get $ch))
          (f32x4.add (v128.load offset=32 (local.get $p)) (f32x4.mul (local.get $s) (local.get $a2))))
        (v128.store offset=48 (i32.add (local.get $scores) (local.get $ch))
          (f32x4.add (v128.load offset=48 (local.get $p)) (f32x4.mul (local.get $s) (local.get $a3))))
        (local.set $ch (i32.add (local.get $ch) (i32.const 64)))
        (br $chunkLoop))))

  ;; w[idx[k]][c] -= step · val[k] · grad[c]. A block of sixteen classes whose gradients are all zero (classes the
  ;; model already rules out) is skipped, so late epochs touch only the few classes still in play.
  (func (export "step") (param $idx i32) (param $val i32) (param $len i32) (param $step f32) (param $w i32)
    (param $grad i32) (param $chunks i32)
    (local $rowBytes i32) (local $ch i32) (local $k i32) (local $end i32) (local $p i32) (local $x v128)
    (local $g0 v128) (local $g1 v128) (local $g2 v128) (local $g3 v128) (local $s v128)
    (local.set $rowBytes (i32.shl (local.get $chunks) (i32.const 6)))
    (local.set $end (i32.shl (local.get $len) (i32.const 2)))
    (local.set $s (f32x4.splat (local.get $step)))
    (local.set $ch (i32.const 0))
    (block $chunksDone
      (loop $chunkLoop
        (br_if $chunksDone (i32.ge_u (local.get $ch) (local.get $rowBytes)))
        (local.set $p (i32.add (local.get $grad) (local.get $ch)))
        (local.set $g0 (v128.load offset=0 (local.get $p)))
        (local.set $g1 (v128.load offset=16 (local.get $p)))
        (local.set $g2 (v128.load offset=32 (local.get $p)))
        (local.set $g3 (v128.load offset=48 (local.get $p)))
        (if (v128.any_true (v128.or (v128.or (local.get $g0) (local.get $g1)) (v128.or (local.get $g2) (local.get $g3))))
          (then
            (local.set $g0 (f32x4.mul (local.get $s) (local.get $g0)))
            (local.set $g1 (f32x4.mul (local.get $s) (local.get $g1)))
            (local.set $g2 (f32x4.mul (local.get $s) (local.get $g2)))
            (local.set $g3 (f32x4.mul (local.get $s) (local.get $g3)))
            (local.set $k (i32.const 0))
            (block $featuresDone
              (loop $featureLoop
                (br_if $featuresDone (i32.ge_u (local.get $k) (local.get $end)))
                (local.set $p
                  (i32.add
                    (i32.add (local.get $w) (local.get $ch))
                    (i32.mul (i32.load (i32.add (local.get $idx) (local.get $k))) (local.get $rowBytes))))
                (local.set $x (v128.load32_splat (i32.add (local.get $val) (local.get $k))))
                (v128.store offset=0 (local.get $p)
                  (f32x4.sub (v128.load offset=0 (local.get $p)) (f32x4.mul (local.get $x) (local.get $g0))))
                (v128.store offset=16 (local.get $p)
                  (f32x4.sub (v128.load offset=16 (local.get $p)) (f32x4.mul (local.get $x) (local.get $g1))))
                (v128.store offset=32 (local.get $p)
                  (f32x4.sub (v128.load offset=32 (local.get $p)) (f32x4.mul (local.get $x) (local.get $g2))))
                (v128.store offset=48 (local.get $p)
                  (f32x4.sub (v128.load offset=48 (local.get $p)) (f32x4.mul (local.get $x) (local.get $g3))))
                (local.set $k (i32.add (local.get $k) (i32.const 4)))
                (br $featureLoop)))))
        (local.set $ch (i32.add (local.get $ch) (i32.const 64)))
        (br $chunkLoop))))

  ;; w[0..count) *= factor, four floats at a time (count is a multiple of 16).
  (func (export "rescale") (param $w i32) (param $count i32) (param $factor f32)
    (local $p i32) (local $end i32) (local $f v128)
    (local.set $f (f32x4.splat (local.get $factor)))
    (local.set $p (local.get $w))
    (local.set $end (i32.add (local.get $w) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (v128.store (local.get $p) (f32x4.mul (local.get $f) (v128.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))))
