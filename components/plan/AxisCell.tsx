import type { AxisCell as Cell } from '../../lib/plan/axis';
import { clock } from './plan-format';

interface Props {
  cell: Cell;
  zone: string;
  /** Lanes of the day: every cell is as wide, so the lanes run straight down the day. */
  lanes: number;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The day's time axis beside one row: the hours that fall in the row's stretch of time and a bar per item in its
 * lane. Drawn only; the row's text says the same times.
 */
export function AxisCell({ cell, zone, lanes }: Props) {
  return (
    <div class="tm-axis" aria-hidden="true" style={{ '--tm-lanes': String(lanes) }}>
      {cell.hours.map((h) => (
        <span key={h.at} class="tm-axis-hour" style={{ top: percent(h.top) }}>
          {clock(h.at, zone)}
        </span>
      ))}
      {cell.bars.map((b) => (
        <span key={b.id} class="tm-axis-bar" style={{ top: percent(b.top), height: percent(b.height), '--tm-lane': String(b.lane) }} />
      ))}
    </div>
  );
}
