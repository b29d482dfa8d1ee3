import { useEffect, useState } from 'preact/hooks';
import type { Offer } from '../../lib/plan/offer';

export interface PinnedOffer {
  /** The session the panel shows. */
  shown: Offer | undefined;
  /** What the panel would show now, while the user's typing keeps `shown` in place. */
  next: Offer | undefined;
  /** Shows `next`, and lets the panel follow the tab and the clock again. */
  takeNext: () => void;
  /** Call on the user's input in the shown session: from then on it stays until they take the next one. */
  pin: () => void;
}

/**
 * Follows what is offered (tab switches, the clock passing a talk's end) until the user writes in the shown
 * session: a switch under their cursor would send the rest of their sentence into another talk's note.
 */
export function usePinnedOffer(offer: Offer | undefined): PinnedOffer {
  const [shown, setShown] = useState(offer);
  const [pinned, setPinned] = useState(false);
  const key = offer && `${offer.why} ${offer.entry.key}`;
  useEffect(() => {
    if (!pinned) setShown(offer);
  }, [key, pinned]);
  const next = pinned && offer && offer.entry.key !== shown?.entry.key ? offer : undefined;
  return {
    shown,
    next,
    takeNext: () => {
      setShown(offer);
      setPinned(false);
    },
    pin: () => setPinned(true),
  };
}
