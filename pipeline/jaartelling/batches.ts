// The youths of the count in batches (count.ts): every youth's lines depend on its own days only,
// so the count can be made batch by batch and the batches' youths put together. Memory then
// follows one batch, not the country (at country scale the school days of all youths at once did
// not fit in 14 GB).

/** One batch: the youths with pupil_id (pipeline/classify pupil-school-days.sql) in this range. */
export interface YouthBatch {
  firstPupil: number;
  lastPupil: number;
}

/**
 * Youths 1..`youths` (pupil_id is numbered without gaps) in as few batches of at most
 * `youthsPerBatch` as possible, of nearly equal size; always at least one batch (an empty one
 * without youths), so the count's tables exist.
 */
export function youthBatches(youths: number, youthsPerBatch: number): YouthBatch[] {
  if (!Number.isInteger(youthsPerBatch) || youthsPerBatch < 1) throw new Error(`youthsPerBatch must be a positive integer, not ${youthsPerBatch}`);
  const count = Math.max(1, Math.ceil(youths / youthsPerBatch));
  const end = (index: number) => Math.floor((index * youths) / count);
  return Array.from({ length: count }, (_, index) => ({ firstPupil: end(index) + 1, lastPupil: end(index + 1) }));
}
