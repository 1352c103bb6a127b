import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a step the person has just arrived at (their ballot after picking their
 * name, the thank-you after confirming). It takes the keyboard and screen-reader focus
 * when it appears, so nobody is left on a button that no longer exists, and reading
 * starts from the new step's title.
 */
export function ArrivalHeading({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} id={id} tabIndex={-1} className={['arrival-heading', className ?? ''].join(' ').trim()}>
      {children}
    </h1>
  );
}
