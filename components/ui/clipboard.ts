/** Copies text; the promise rejects with the browser's reason (no focus, permission denied). */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('this page has no clipboard access');
  await navigator.clipboard.writeText(text);
}
