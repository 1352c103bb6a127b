import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MATRIX_CONFIG, type MatrixConfig } from '../../../src/shared/kinds/matrix';
import type { BallotDraft } from '../../../src/shared/kinds/types';
import { MatrixBallot } from '../../../src/renderer/kinds/matrix/MatrixBallot';
import { MatrixSettings } from '../../../src/renderer/kinds/matrix/MatrixSettings';

const items = [
  { id: 'cloud', label: 'Cloud', description: 'Infrastructure used as a service.' },
  { id: 'mobile', label: 'Mobile', description: null },
];

afterEach(cleanup);

function Ballot() {
  const [draft, setDraft] = useState<BallotDraft>({ order: ['cloud', 'mobile'], values: {} });
  return (
    <MatrixBallot
      config={DEFAULT_MATRIX_CONFIG}
      items={items as never}
      draft={draft}
      onUpdate={(change) => setDraft((d) => change(d))}
    />
  );
}

describe('the matrix ballot', () => {
  it('names each square by its item, says it is not placed yet, and moves by one with the arrow keys', () => {
    render(<Ballot />);
    const cloud = screen.getByRole('slider', { name: 'Cloud' });
    expect(cloud.getAttribute('aria-valuetext')).toBe('not placed yet');
    // The first key puts the item in the middle and moves it one step.
    fireEvent.keyDown(cloud, { key: 'ArrowRight' });
    expect(cloud.getAttribute('aria-valuetext')).toBe('Importance 6, readiness 5');
    fireEvent.keyDown(cloud, { key: 'ArrowDown' });
    fireEvent.keyDown(cloud, { key: 'ArrowDown' });
    expect(cloud.getAttribute('aria-valuetext')).toBe('Importance 6, readiness 3');
    // The edges hold.
    for (let i = 0; i < 6; i++) fireEvent.keyDown(cloud, { key: 'ArrowDown' });
    expect(cloud.getAttribute('aria-valuetext')).toBe('Importance 6, readiness 0');
    fireEvent.keyDown(cloud, { key: 'End' });
    expect(cloud.getAttribute('aria-valuetext')).toBe('Importance 10, readiness 0');
    // The other item is untouched, and both numbers show beside the placed one.
    expect(screen.getByRole('slider', { name: 'Mobile' }).getAttribute('aria-valuetext')).toBe('not placed yet');
    expect(cloud.closest('li')!.querySelector('.matrix-readout')!.textContent).toBe('Importance 10Readiness 0');
  });
});

describe('the matrix ballot by pointer', () => {
  /** Gives an item's square a size on the page, as a browser would lay it out. */
  function layOut(pad: HTMLElement) {
    const area = pad.querySelector('.matrix-pad-area') as HTMLElement;
    area.getBoundingClientRect = () =>
      ({ left: 100, top: 200, width: 200, height: 200, right: 300, bottom: 400 }) as DOMRect;
  }

  it('places an item where the mouse presses, and a finger only once it lifts without scrolling', () => {
    render(<Ballot />);
    const cloud = screen.getByRole('slider', { name: 'Cloud' });
    layOut(cloud);
    // (100 + 0.7 × 200, 200 + 0.3 × 200): importance 7, readiness 7.
    fireEvent.pointerDown(cloud, { pointerType: 'mouse', pointerId: 1, clientX: 240, clientY: 260 });
    expect(cloud.getAttribute('aria-valuetext')).toBe('Importance 7, readiness 7');

    const mobile = screen.getByRole('slider', { name: 'Mobile' });
    layOut(mobile);
    fireEvent.pointerDown(mobile, { pointerType: 'touch', pointerId: 2, clientX: 120, clientY: 380 });
    expect(mobile.getAttribute('aria-valuetext')).toBe('not placed yet');
    // A finger that scrolls the page is taken back by the browser: nothing is placed.
    fireEvent.pointerCancel(mobile, { pointerType: 'touch', pointerId: 2 });
    expect(mobile.getAttribute('aria-valuetext')).toBe('not placed yet');
    fireEvent.pointerDown(mobile, { pointerType: 'touch', pointerId: 3, clientX: 120, clientY: 380 });
    fireEvent.pointerUp(mobile, { pointerType: 'touch', pointerId: 3, clientX: 120, clientY: 380 });
    expect(mobile.getAttribute('aria-valuetext')).toBe('Importance 1, readiness 1');
  });
});

describe('the matrix settings', () => {
  it('edits an axis name and a quadrant label, naming each quadrant by where it sits', () => {
    const onChange = vi.fn<(config: MatrixConfig) => void>();
    render(<MatrixSettings config={DEFAULT_MATRIX_CONFIG} errors={{}} disabled={false} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Horizontal axis name'), { target: { value: 'Value' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_MATRIX_CONFIG,
      x: { ...DEFAULT_MATRIX_CONFIG.x, name: 'Value' },
    });
    fireEvent.change(screen.getByLabelText('Bottom right: low readiness, high importance'), {
      target: { value: 'Act now' },
    });
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_MATRIX_CONFIG,
      quadrants: { ...DEFAULT_MATRIX_CONFIG.quadrants, bottomRight: 'Act now' },
    });
  });

  it('shows a problem at its field', () => {
    render(
      <MatrixSettings
        config={DEFAULT_MATRIX_CONFIG}
        errors={{ 'config.quadrants.topLeft': 'The top-left quadrant label is required.' }}
        disabled={false}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByText('The top-left quadrant label is required.')).toBeTruthy();
    expect(screen.getByLabelText('Top left: high readiness, low importance').getAttribute('aria-invalid')).toBe('true');
  });
});
