import { Alert, Badge, Card, Group, Loader, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryState } from '../api/useApiQuery.ts';

type StatusCardProps<T> = {
  title: string;
  query: QueryState<T>;
  /** Short verdict shown as a badge once the answer arrived, for example "Operating". */
  verdict?: string;
  children: (data: T) => ReactNode;
};

/** One section of the status page: a loading state, the problem the API reported, or the details. */
export function StatusCard<T>({ title, query, verdict, children }: StatusCardProps<T>) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-label={title}
      aria-busy={query.status === 'loading'}
    >
      <Group justify="space-between" mb="md">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {query.status === 'loaded' && verdict && (
          <Badge color="green" variant="dot" size="lg">
            {verdict}
          </Badge>
        )}
        {query.status === 'failed' && (
          <Badge color="red" variant="dot" size="lg">
            {t('system.unavailable')}
          </Badge>
        )}
      </Group>
      {query.status === 'loading' && <Loader size="sm" aria-label={t('loading')} />}
      {query.status === 'failed' && (
        <Alert color="red" variant="light" title={query.error.problem.title}>
          {query.error.problem.detail}
        </Alert>
      )}
      {query.status === 'loaded' && children(query.data)}
    </Card>
  );
}
