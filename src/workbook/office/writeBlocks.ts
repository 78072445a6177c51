import { isPayloadError } from './hostCall';
import { packBlocks, type Op } from './ops';

/**
 * Queue the ops and sync: once when they fit the payload budget, else one sync per block. A block Excel still
 * finds too large (nothing of it was run) is split in two and sent again. Returns how many blocks were
 * written before a failure, with the error (null on success).
 */
export async function writeBlocks(ctx: Excel.RequestContext, ops: Op[], budget: number): Promise<{ written: number; error: unknown }> {
  const blocks = packBlocks(ops, budget);
  let written = 0;
  while (blocks.length > 0) {
    const block = blocks.shift() as Op[];
    for (const o of block) o.queue();
    try {
      await ctx.sync();
    } catch (error) {
      if (isPayloadError(error) && block.length > 1) {
        const half = Math.ceil(block.length / 2);
        blocks.unshift(block.slice(0, half), block.slice(half));
        continue;
      }
      return { written, error };
    }
    written++;
  }
  return { written, error: null };
}
