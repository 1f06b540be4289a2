import { Anchor, Group, Loader, NativeSelect, Stack, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { annualReportFileUrl, fetchAnnualReport } from '../api/reports.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { DownloadLinks, ReportBody } from './ReportBody.tsx';
import { ASSESSMENT_PATH, FIGURES_PATH } from './report-paths.ts';
import { reportYears } from './report-years.ts';

/** The annual report of a year in the reader's language: text, charts, map, scorecard and tracker. */
export function AnnualReportPage() {
  const { t, i18n } = useTranslation();
  const lastYear = new Date().getFullYear() - 1;
  const [year, setYear] = useState(lastYear);
  const language = currentLanguage();
  const read = useCallback(() => fetchAnnualReport(year, language), [year, language]);
  const report = useApiQuery(read, i18n.language);
  if (report.status === 'failed' && report.error.status === 404) return <NotFoundPage />;
  return (
    <Stack gap="xl">
      <PageHeading title={t('reports.title')} description={t('reports.intro')} />
      <Group align="end" gap="xl">
        <NativeSelect
          label={t('reports.year')}
          value={String(year)}
          data={reportYears(lastYear + 1)}
          onChange={(event) => setYear(Number(event.currentTarget.value))}
        />
        <DownloadLinks
          links={(['pdf', 'html', 'md'] as const).map((format) => ({
            label: t(`reports.download.${format}`),
            href: annualReportFileUrl(year, language, format),
          }))}
        />
        <Anchor component={Link} to={`${FIGURES_PATH}?year=${year}`}>
          {t('reports.figures.link')}
        </Anchor>
        <Anchor component={Link} to={`${ASSESSMENT_PATH}?year=${year}`}>
          {t('reports.assessment.link')}
        </Anchor>
      </Group>
      {report.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {report.status === 'failed' && <ProblemAlert error={report.error} />}
      {report.status === 'loaded' && (
        <Stack gap="md">
          <Title order={2} fz="h2">
            {report.data.text.title}
          </Title>
          <ReportBody text={report.data.text} year={report.data.year} />
        </Stack>
      )}
    </Stack>
  );
}
