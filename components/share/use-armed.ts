import { useEffect, useState } from 'preact/hooks';

/** How long a window must have been shown, and focused, before its Accept takes a click or a key. */
export const ARM_MS = 1000;

/**
 * False until the window has had focus for `ms` without a break, and again after it loses focus: a page that makes
 * the user click or press Enter quickly, where our window is about to appear, gets nothing accepted (as browsers
 * delay the buttons of their own permission prompts).
 */
export function useArmed(active: boolean, ms = ARM_MS): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setArmed(true), ms);
    };
    const disarm = () => (clearTimeout(timer), setArmed(false));
    window.addEventListener('focus', arm, { signal: controller.signal });
    window.addEventListener('blur', disarm, { signal: controller.signal });
    if (document.hasFocus()) arm();
    return () => (controller.abort(), clearTimeout(timer));
  }, [active, ms]);
  return armed;
}
