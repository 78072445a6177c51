import type { GridRect } from '../grid.types';

const BLOCK = 32;

/** Finds the merged area covering a cell in O(merges in its block of rows). */
export class MergeIndex {
  private readonly blocks = new Map<number, GridRect[]>();

  /** `rows`: the grid's row count; merges reaching past it are indexed up to it only. */
  constructor(merges: readonly GridRect[], rows: number) {
    for (const m of merges) {
      if (!(m.bottom >= m.top && m.right >= m.left)) continue;
      if (m.bottom === m.top && m.right === m.left) continue;
      const last = Math.min(m.bottom, rows - 1);
      for (let b = Math.floor(Math.max(0, m.top) / BLOCK); b <= Math.floor(last / BLOCK); b++) {
        const list = this.blocks.get(b);
        if (list) list.push(m);
        else this.blocks.set(b, [m]);
      }
    }
  }

  /** The merged area covering grid cell (r, c), or null. */
  at(r: number, c: number): GridRect | null {
    const list = this.blocks.get(Math.floor(r / BLOCK));
    if (!list) return null;
    for (const m of list) if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) return m;
    return null;
  }
}
