import { Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router';
import { usePageTitle } from './usePageTitle.ts';

type PageHeadingProps = { title: string; description?: string };

/**
 * The page's one h1. After client-side navigation it takes focus so that a screen reader announces the
 * new page, as it would after a full page load. On a full load or back/forward (POP) the browser's own
 * focus handling stays, so the skip link remains the first stop.
 */
export function PageHeading({ title, description }: PageHeadingProps) {
  usePageTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the page opens, not on later renders.
  useEffect(() => {
    if (navigationType !== 'POP') heading.current?.focus();
  }, []);
  return (
    <header>
      <Title order={1} ref={heading} tabIndex={-1} fz="h2">
        {title}
      </Title>
      {description && (
        <Text c="dimmed" mt="xs" maw={720}>
          {description}
        </Text>
      )}
    </header>
  );
}
