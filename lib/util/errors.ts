/** What went wrong, as text for the user or a log: an Error's message, anything else thrown as a string. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
