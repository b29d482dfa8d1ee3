import type { AnnotationFields } from './schema';

/**
 * The values of an annotation nobody has touched, and helpers on annotations, with no zod in them: the content
 * script imports these, and its size is paid on every schedule page.
 */
export const emptyFields: AnnotationFields = {
  starred: false,
  rating: null,
  note: '',
  tags: [],
  priority: null,
  alternative: false,
  watchLater: false,
};

/** Starred, rated, tagged, noted or kept to watch later: anything a user would want to find again. */
export function isAnnotated(a: AnnotationFields): boolean {
  return a.starred || a.rating !== null || a.tags.length > 0 || a.note.trim() !== '' || a.watchLater === true;
}
