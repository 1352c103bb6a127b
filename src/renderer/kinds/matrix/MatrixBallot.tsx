import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import {
  MATRIX_MAX,
  MATRIX_MIDPOINT,
  MATRIX_MIN,
  type MatrixConfig,
  nearestPlace,
  placeText,
} from '../../../shared/kinds/matrix';
import type { BallotItem } from '../../../shared/live';
import { ballotItemId } from '../../ballot/draft';
import type { BallotInputProps } from '../types';
import './matrix.css';

interface Place {
  readonly x: number;
  readonly y: number;
}

const percent = (value: number) => `${((value - MATRIX_MIN) / (MATRIX_MAX - MATRIX_MIN)) * 100}%`;

const STEPS: Readonly<Record<string, Place>> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: 1 },
  ArrowDown: { x: 0, y: -1 },
};

/** " (0 = Not important, 10 = Critical)", or nothing when the axis has no end labels. */
function ends(axis: MatrixConfig['x']): string {
  const words = [
    axis.minLabel && `${MATRIX_MIN} = ${axis.minLabel}`,
    axis.maxLabel && `${MATRIX_MAX} = ${axis.maxLabel}`,
  ];
  const given = words.filter(Boolean);
  return given.length === 0 ? '' : ` (${given.join(', ')})`;
}

/** Each item on its own small square: click, tap or drag to place it; the arrow keys move it by one. */
export function MatrixBallot({ config, items, draft, onUpdate }: BallotInputProps<MatrixConfig>) {
  const place = (itemId: string, next: (current: Place | undefined) => Place) =>
    onUpdate((d) => ({ ...d, values: { ...d.values, [itemId]: next(d.values[itemId] as Place | undefined) } }));
  return (
    <>
      <p className="ballot-instruction">
        Place each item on the square: {config.x.name.toLowerCase()}
        {ends(config.x)} runs left to right, {config.y.name.toLowerCase()}
        {ends(config.y)} bottom to top. Click, tap or drag; with the keyboard, the arrow keys move it one step.
      </p>
      <ul className="matrix-ballot">
        {items.map((item) => (
          <MatrixPad
            key={item.id}
            item={item}
            config={config}
            value={draft.values[item.id] as Place | undefined}
            onPlace={(next) => place(item.id, next)}
          />
        ))}
      </ul>
    </>
  );
}

function MatrixPad({
  item,
  config,
  value,
  onPlace,
}: {
  item: BallotItem;
  config: MatrixConfig;
  value: Place | undefined;
  onPlace(next: (current: Place | undefined) => Place): void;
}) {
  const area = useRef<HTMLDivElement>(null);
  const labelId = `matrix-${item.id}`;
  const placed = value !== undefined && value.x !== undefined && value.y !== undefined;

  function placeAt(event: PointerEvent<HTMLDivElement>) {
    const box = area.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return;
    const x = nearestPlace(MATRIX_MIN + ((event.clientX - box.left) / box.width) * (MATRIX_MAX - MATRIX_MIN));
    const y = nearestPlace(MATRIX_MAX - ((event.clientY - box.top) / box.height) * (MATRIX_MAX - MATRIX_MIN));
    onPlace(() => ({ x, y }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = STEPS[event.key];
    const big = event.key === 'PageUp' || event.key === 'PageDown';
    if (!step && !big && event.key !== 'Enter' && event.key !== ' ' && event.key !== 'Home' && event.key !== 'End')
      return;
    event.preventDefault();
    onPlace((current) => {
      // The first key puts an unplaced item in the middle, then moves it.
      const from = current ?? { x: MATRIX_MIDPOINT, y: MATRIX_MIDPOINT };
      if (step) return { x: nearestPlace(from.x + step.x), y: nearestPlace(from.y + step.y) };
      if (event.key === 'PageUp') return { x: from.x, y: nearestPlace(from.y + 2) };
      if (event.key === 'PageDown') return { x: from.x, y: nearestPlace(from.y - 2) };
      if (event.key === 'Home') return { x: MATRIX_MIN, y: from.y };
      if (event.key === 'End') return { x: MATRIX_MAX, y: from.y };
      return from;
    });
  }

  const words = placed ? placeText(config, value.x, value.y) : 'not placed yet';
  return (
    <li id={ballotItemId(item.id)} className={placed ? 'matrix-item' : 'matrix-item unplaced'}>
      <p className="levels-statement">
        <span id={labelId}>{item.label}</span>
        {item.description && <span className="item-description">{item.description}</span>}
      </p>
      <div className="matrix-field">
        <span className="matrix-axis-y" aria-hidden="true">
          {config.y.name} →
        </span>
        <div
          className="matrix-pad"
          role="slider"
          tabIndex={0}
          aria-labelledby={labelId}
          aria-roledescription="2-D placement"
          aria-valuemin={MATRIX_MIN}
          aria-valuemax={MATRIX_MAX}
          // A slider must carry a value: the middle until placed, with words that say it is not placed yet.
          aria-valuenow={placed ? value.x : MATRIX_MIDPOINT}
          aria-valuetext={words}
          aria-describedby={`${labelId}-keys`}
          onKeyDown={onKeyDown}
          onPointerDown={(event) => {
            event.currentTarget.focus();
            // A finger may be starting to scroll the page: it places the item when it lifts.
            if (event.pointerType === 'touch') return;
            event.currentTarget.setPointerCapture?.(event.pointerId);
            placeAt(event);
          }}
          onPointerMove={(event) => {
            if (event.currentTarget.hasPointerCapture?.(event.pointerId)) placeAt(event);
          }}
          // A scroll takes the pointer back (pointercancel), so only a tap reaches here.
          onPointerUp={(event) => event.pointerType === 'touch' && placeAt(event)}
        >
          <div className="matrix-pad-area" ref={area}>
            <span className="matrix-pad-midline vertical" />
            <span className="matrix-pad-midline horizontal" />
            <span className="matrix-pad-quadrant top-left">{config.quadrants.topLeft}</span>
            <span className="matrix-pad-quadrant top-right">{config.quadrants.topRight}</span>
            <span className="matrix-pad-quadrant bottom-left">{config.quadrants.bottomLeft}</span>
            <span className="matrix-pad-quadrant bottom-right">{config.quadrants.bottomRight}</span>
            {placed ? (
              <span className="matrix-point" style={{ left: percent(value.x), top: percent(MATRIX_MAX - value.y) }} />
            ) : (
              <span className="matrix-prompt">Tap to place</span>
            )}
          </div>
        </div>
        <span className="matrix-axis-x" aria-hidden="true">
          {config.x.name} →
        </span>
      </div>
      <p className="matrix-readout" aria-hidden="true">
        {placed ? (
          <>
            <span>
              {config.x.name} <strong>{value.x}</strong>
            </span>
            <span>
              {config.y.name} <strong>{value.y}</strong>
            </span>
          </>
        ) : (
          <span className="matrix-unplaced-note">Not placed yet</span>
        )}
      </p>
      <p className="visually-hidden" id={`${labelId}-keys`}>
        Left and right arrows: {config.x.name.toLowerCase()}; up and down arrows: {config.y.name.toLowerCase()}.
      </p>
    </li>
  );
}
