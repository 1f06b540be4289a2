import { Anchor, Group, Loader, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REPORT_SECTIONS, type ReportSection } from '../../../src/contracts/statistics.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchAnnualFigures, fetchIndicatorCatalogue } from '../api/statistics.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { FigureCard } from './FigureCard.tsx';
import { ANNUAL_REPORT_PATH } from './report-paths.ts';
import { reportYears } from './report-years.ts';

type SectionFilter = ReportSection | 'all';
const isSection = (value: string | null): value is ReportSection =>
  REPORT_SECTIONS.some((section) => section === value);

/** Every figure of a year with its breakdowns and provenance, each leading to the records behind it. */
export function FiguresPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const lastYear = new Date().getFullYear() - 1;
  const year = Number(search.get('year') ?? lastYear) || lastYear;
  const requested = search.get('section');
  const section: SectionFilter = isSection(requested) ? requested : 'all';
  const read = useCallback(() => fetchAnnualFigures(year), [year]);
  const figures = useApiQuery(read, null);
  const catalogue = useApiQuery(fetchIndicatorCatalogue, i18n.language);
  const choose = (key: string, value: string) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      next.set(key, value);
      return next;
    });
  if (figures.status === 'failed' && figures.error.status === 404) return <NotFoundPage />;
  const names = new Map(
    catalogue.status === 'loaded' ? catalogue.data.items.map((item) => [item.code, item]) : [],
  );
  const shown =
    figures.status === 'loaded'
      ? figures.data.indicators.filter((figure) => section === 'all' || figure.section === section)
      : [];
  return (
    <Stack gap="xl">
      <PageHeading title={t('reports.figures.title')} description={t('reports.figures.intro')} />
      <Group align="end" gap="xl">
        <NativeSelect
          label={t('reports.year')}
          value={String(year)}
          data={reportYears(lastYear + 1)}
          onChange={(event) => choose('year', event.currentTarget.value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="figures-section-label">
            {t('reports.figures.section')}
          </Text>
          <SegmentedControl
            aria-labelledby="figures-section-label"
            value={section}
            onChange={(value) => choose('section', value)}
            data={[
              { value: 'all', label: t('reports.figures.all') },
              ...REPORT_SECTIONS.map((value) => ({ value, label: t(`publicStatistics.sections.${value}`) })),
            ]}
          />
        </Stack>
        <Anchor href={ANNUAL_REPORT_PATH}>{t('reports.title')}</Anchor>
      </Group>
      {figures.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {figures.status === 'failed' && <ProblemAlert error={figures.error} />}
      {REPORT_SECTIONS.map((current) => {
        const inSection = shown.filter((figure) => figure.section === current);
        if (inSection.length === 0) return null;
        return (
          <Stack key={current} gap="md" component="section" aria-labelledby={`figures-${current}`}>
            <Title order={2} fz="h3" id={`figures-${current}`}>
              {t(`publicStatistics.sections.${current}`)}
            </Title>
            {inSection.map((figure) => (
              <FigureCard
                key={figure.code}
                figure={figure}
                name={names.get(figure.code)?.name ?? figure.code}
                definition={names.get(figure.code)?.definition ?? ''}
              />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
