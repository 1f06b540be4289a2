import { Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The heading of one step of the interview. A step replaces the previous one in place, so the heading
 * takes focus for a screen reader to announce where the reader now is; the first step keeps the page's.
 */
export function StepHeading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the step appears.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  return (
    <Title order={2} fz="h3" ref={heading} tabIndex={-1}>
      {children}
    </Title>
  );
}
