// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArrivalHeading } from '../../src/renderer/ui/ArrivalHeading';

afterEach(cleanup);

function Steps() {
  const [step, setStep] = useState<'who' | 'vote'>('who');
  return step === 'who' ? (
    <button type="button" onClick={() => setStep('vote')}>
      Marc
    </button>
  ) : (
    <ArrivalHeading>What we already share</ArrivalHeading>
  );
}

describe('a heading that takes focus on arrival', () => {
  it('holds the focus once the button that led to it is gone, without becoming a Tab stop', () => {
    render(<Steps />);
    const button = screen.getByRole('button', { name: 'Marc' });
    button.focus();
    fireEvent.click(button);
    const heading = screen.getByRole('heading', { name: 'What we already share' });
    expect(document.activeElement).toBe(heading);
    expect(heading.tabIndex).toBe(-1);
  });
});
