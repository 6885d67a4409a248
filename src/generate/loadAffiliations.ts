import fs from 'node:fs';
import { parse } from 'csv-parse';
import type { Database } from '../db/database';
import { GraphWrites } from '../db/writes/graphWrites';

const BATCH_SIZE = 5_000;

/**
 * Loads a generated `child_id,parent_id` file as PART_OF links citing `sourceId` (the import's Source), in one
 * write transaction, batch by batch through GraphWrites.partOf. The generic CSV has no column for PART_OF, so the
 * generator writes these beside it; both ends must exist (run the import first). Returns the rows read.
 */
export async function loadAffiliations(db: Database, file: string, sourceId: string): Promise<number> {
  return db.writeTx(
    async (tx) => {
      const writes = new GraphWrites(db, tx);
      const parser = fs.createReadStream(file).pipe(parse({ columns: true, trim: true, skip_empty_lines: true }));
      let batch: Array<{ fromId: string; toId: string; sources: string[] }> = [];
      let rows = 0;
      for await (const record of parser as AsyncIterable<{ child_id: string; parent_id: string }>) {
        batch.push({ fromId: record.child_id, toId: record.parent_id, sources: [sourceId] });
        rows += 1;
        if (batch.length >= BATCH_SIZE) {
          await writes.partOf(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await writes.partOf(batch);
      return rows;
    },
    10 * 60 * 1000,
  );
}
