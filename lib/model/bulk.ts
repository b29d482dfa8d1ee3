import { z } from 'zod';
import { AnnotationPatch, Tag } from './schema';

/** One change applied to many sessions at once (dashboard bulk actions). */
export const BulkChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('patch'), patch: AnnotationPatch }),
  z.object({ kind: z.literal('tag'), tag: Tag }),
  z.object({ kind: z.literal('untag'), tag: Tag }),
]);
export type BulkChange = z.infer<typeof BulkChange>;
