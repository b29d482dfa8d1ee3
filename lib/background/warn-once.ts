/**
 * Says once per conference and cause why the background refused part of what a page reported: the log shows every
 * kind of refusal without a hostile page flooding it. `warn` is `console.warn` but for tests.
 */
export function createWarnOnce(warn: (message: string) => void = (m) => console.warn(m)) {
  const said = new Set<string>();
  return (conference: string, cause: string, message: string): void => {
    const key = `${conference}\n${cause}`;
    if (said.has(key)) return;
    said.add(key);
    warn(`[talkmarks] ${conference}: ${message} (said once per conference and cause)`);
  };
}
