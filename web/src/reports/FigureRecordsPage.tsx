import { Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { BREAKDOWN_DIMENSIONS } from '../../../src/contracts/statistics.ts';
import { INDICATORS } from '../../../src/modules/statistics/indicators.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { type FigureTrace, fetchFigureTrace, fetchIndicatorCatalogue } from '../api/statistics.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { FigureRecordsTable } from './FigureRecordsTable.tsx';
import { FIGURES_PATH } from './report-paths.ts';

/**
 * The records behind one figure (or one cell of it) that the reader may see, by reference only, with a
 * link to the case workspace where the reader may open the case, and how many records they may not see.
 */
export function FigureRecordsPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const [search] = useSearchParams();
  const year = Number(params.year);
  const code = params.code ?? '';
  const dimension = search.get('dimension');
  const cellKey = search.get('cell');
  const knownDimension = BREAKDOWN_DIMENSIONS.find((known) => known === dimension);
  const read = useCallback(
    () => fetchFigureTrace(year, code, dimension && cellKey ? { dimension, cell: cellKey } : null, null),
    [year, code, dimension, cellKey],
  );
  const first = useApiQuery(read, null);
  const source = INDICATORS.find((indicator) => indicator.code === code)?.source ?? 'cells';
  const catalogue = useApiQuery(fetchIndicatorCatalogue, i18n.language);
  const [later, setLater] = useState<FigureTrace[]>([]);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (first.status === 'loaded') setLater([]);
  }, [first]);
  if (first.status === 'failed' && first.error.status === 404) return <NotFoundPage />;
  const name =
    catalogue.status === 'loaded'
      ? (catalogue.data.items.find((item) => item.code === code)?.name ?? code)
      : code;
  const pages = first.status === 'loaded' ? [first.data, ...later] : [];
  const last = pages.at(-1);
  const loadMore = async () => {
    if (!last?.nextCursor) return;
    setMoreError(null);
    try {
      const cell = dimension && cellKey ? { dimension, cell: cellKey } : null;
      const next = await fetchFigureTrace(year, code, cell, last.nextCursor);
      setLater((loaded) => [...loaded, next]);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setMoreError(error);
    }
  };
  return (
    <Stack gap="lg">
      <PageHeading
        title={t('reports.records.title', { indicator: name, year })}
        description={t('reports.records.intro')}
      />
      <Anchor component={Link} to={`${FIGURES_PATH}?year=${year}`}>
        {t('reports.records.back')}
      </Anchor>
      {dimension && cellKey && (
        <Text>
          {t('reports.records.cell', {
            dimension: knownDimension ? t(`publicStatistics.dimensions.${knownDimension}`) : dimension,
            cell: cellKey,
          })}
        </Text>
      )}
      {first.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {first.status === 'failed' && <ProblemAlert error={first.error} />}
      {first.status === 'loaded' && (
        <>
          <Text fw={600}>{t('reports.records.traced', { total: first.data.traced })}</Text>
          <FigureRecordsTable
            items={pages.flatMap((page) => page.items)}
            caption={name}
            source={source}
            measure={first.data.measure}
          />
          {first.data.hidden > 0 && (
            <Text data-testid="hidden-records">
              {t('reports.records.hidden', { total: first.data.hidden })}
            </Text>
          )}
          {last?.nextCursor && (
            <Button variant="default" onClick={loadMore} w="fit-content">
              {t('reports.records.more')}
            </Button>
          )}
          {moreError && <ProblemAlert error={moreError} />}
        </>
      )}
    </Stack>
  );
}
