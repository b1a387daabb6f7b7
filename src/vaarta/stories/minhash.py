"""MinHash signatures and LSH bands without importing datasketch.

The values are datasketch's own (``MinHash(num_perm, seed=1, scheme="affine32")`` over
SHA-1 32-bit hashes, and ``MinHashLSH``'s choice of bands), so signatures stored by earlier
versions and by this module are one scheme; tests/stories checks both against datasketch.
Importing datasketch loads its LSH module and with it scipy.integrate: 1.5 s of a 2 s
one-article ingest, for numbers that take microseconds here.
"""

from __future__ import annotations

import hashlib
import struct
from functools import lru_cache

import numpy as np

_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (odd a, b) of datasketch's "affine32" scheme for ``seed``."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature(shingles: list[bytes], num_perm: int) -> np.ndarray:
    """The MinHash values (uint64, as stored) of a set of byte strings."""
    hv = np.array([struct.unpack("<I", hashlib.sha1(s).digest()[:4])[0] for s in shingles],
                  dtype=np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX32  # MurmurHash3's finalizer, once per input hash
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    a, b = _permutations(num_perm)
    values = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    if len(shingles):
        values = np.minimum(values, (hv * a + b).min(axis=0))  # uint32 arithmetic wraps: mod 2^32
    return values.astype("uint64")


def _integrals(f: np.ndarray, lo: float, hi: float, x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Gauss-Legendre quadrature of each row of ``f`` (evaluated at the nodes ``x`` mapped
    into [lo, hi])."""
    return (hi - lo) / 2 * (f @ w)  # type: ignore[no-any-return]


@lru_cache(maxsize=8)
def optimal_bands(threshold: float, num_perm: int, weights: tuple[float, float] = (0.5, 0.5)) -> tuple[int, int]:
    """(bands, rows per band) minimising the weighted false positive and false negative
    probability mass around ``threshold``, as ``MinHashLSH`` chooses them. The integrands
    are polynomials of degree at most ``num_perm``: the quadrature is exact."""
    pairs = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    bands = np.array([p[0] for p in pairs], dtype=float)[:, None]
    rows = np.array([p[1] for p in pairs], dtype=float)[:, None]
    x, w = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    below = threshold / 2 * (x + 1)  # nodes in [0, threshold]
    above = (1 - threshold) / 2 * x + (1 + threshold) / 2  # nodes in [threshold, 1]
    fp = _integrals(1 - (1 - below[None, :] ** rows) ** bands, 0.0, threshold, x, w)
    fn = _integrals((1 - above[None, :] ** rows) ** bands, threshold, 1.0, x, w)
    error = fp * weights[0] + fn * weights[1]
    return pairs[int(np.argmin(error))]  # the first of equal ones, as datasketch's loop keeps it
