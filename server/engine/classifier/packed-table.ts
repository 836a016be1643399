// A weight table as an artifact stores it: only the slots that hold a weight, each column a signed
// byte, the slots as gaps. A few hundred kilobytes of JSON instead of megabytes of numbers.

/** A packed table of signed bytes, as an artifact stores it. */
export interface PackedTable {
  /** Weight = byte * scale. */
  scale: number;
  /** Base64: the used slots, ascending, as LEB128 gaps from the previous one. */
  slots: string;
  /** Base64: per used slot, one signed byte per column. */
  weights: string;
}

/** Unpacks a table into a dense Int8Array of `size` slots by `width` columns. */
export function unpackTable(packed: PackedTable, size: number, width: number): Int8Array {
  const table = new Int8Array(size * width);
  const gaps = Buffer.from(packed.slots, 'base64');
  const raw = Buffer.from(packed.weights, 'base64');
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  let slot = -1;
  let at = 0;
  for (let i = 0; i < gaps.length; ) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = gaps[i++] as number;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    slot += gap;
    for (let k = 0; k < width; k++) table[slot * width + k] = bytes[at++] as number;
  }
  return table;
}

/** Packs trained float weights (slot * width + column) into an artifact's byte tables. */
export function packTable(weights: Float64Array, width: number): PackedTable {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i] as number));
  const scale = max > 0 ? max / 127 : 1;
  const gaps: number[] = [];
  const bytes: number[] = [];
  let last = -1;
  for (let slot = 0; slot < weights.length / width; slot++) {
    const q: number[] = [];
    for (let k = 0; k < width; k++) q.push(Math.round((weights[slot * width + k] as number) / scale));
    if (q.every((x) => x === 0)) continue;
    let gap = slot - last;
    last = slot;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    for (const x of q) bytes.push(x & 0xff);
  }
  return {
    scale,
    slots: Buffer.from(gaps).toString('base64'),
    weights: Buffer.from(bytes).toString('base64'),
  };
}
