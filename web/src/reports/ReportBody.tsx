import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnualReport } from '../../../src/contracts/annual-report.ts';
import { ReportStateMap } from './ReportStateMap.tsx';
import { ReportTable } from './ReportTable.tsx';
import { figureRecordsPath, isTraceable } from './report-paths.ts';
import { YearOverYearChart } from './YearOverYearChart.tsx';

type ReportText = AnnualReport['text'];

function Section({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} id={id} fz="h3">
        {heading}
      </Title>
      {children}
    </Stack>
  );
}

const paragraphs = (items: string[]) => items.map((item) => <Text key={item}>{item}</Text>);

/**
 * The report as the renderers lay it out: sections in the seed's order, then scorecard and annex, where
 * each figure counted from case records leads to the records behind it.
 */
export function ReportBody({ text, year }: { text: ReportText; year: number }) {
  const { t } = useTranslation();
  const recordLinks = text.annex.rows.map((row) =>
    isTraceable(row.code)
      ? {
          to: figureRecordsPath(year, row.code),
          label: t('reports.records.view'),
          accessibleLabel: t('reports.records.viewFigure', { indicator: row.cells[0] ?? row.code }),
        }
      : null,
  );
  return (
    <Stack gap="xl">
      <Text fs="italic" c="dimmed">
        {text.tierLine}
      </Text>
      <Section id="report-summary" heading={text.headings.summary}>
        {paragraphs(text.summary)}
      </Section>
      <Section id="report-recommendations" heading={text.headings.recommendations}>
        {text.recommendations.length === 0 ? (
          <Text c="dimmed">{text.noRecommendations}</Text>
        ) : (
          <List type="ordered" spacing="md">
            {text.recommendations.map((item) => (
              <List.Item key={item.text}>
                <Text fw={600}>{item.text}</Text>
                <Group gap="xs" mt={4}>
                  <Badge variant="light">{item.status}</Badge>
                  <Text size="sm">{item.owner}</Text>
                  <Text size="sm" c="dimmed">
                    {item.due}
                  </Text>
                </Group>
                <List size="sm" mt={4} withPadding>
                  {[...item.measures, ...item.progress].map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      {text.sections.map((section) => (
        <Section
          key={section.section}
          id={`report-${section.section}`}
          heading={text.headings[section.section]}
        >
          {paragraphs(section.paragraphs)}
          {text.charts
            .filter((chart) => chart.section === section.section)
            .map((chart) => (
              <YearOverYearChart key={chart.title} chart={chart} />
            ))}
          {section.section === 'prosecution' && text.map && <ReportStateMap map={text.map} />}
        </Section>
      ))}
      <Section id="report-assessment" heading={text.headings.assessment}>
        <Text fw={600}>{text.assessment.suggestedTier}</Text>
        <List size="sm">
          {text.assessment.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <ReportTable
          caption={text.headings.assessment}
          columns={text.assessment.columns}
          rows={text.assessment.rows.map((row) => [
            row.group,
            row.criterion,
            row.evidence,
            row.judgement,
            row.reviewer,
          ])}
        />
      </Section>
      <Section id="report-annex" heading={text.headings.annex}>
        <ReportTable
          caption={text.headings.annex}
          columns={text.annex.columns}
          rows={text.annex.rows.map((row) => row.cells)}
          links={recordLinks}
          linkColumn={t('reports.records.column')}
        />
      </Section>
    </Stack>
  );
}

export function DownloadLinks({ links }: { links: Array<{ label: string; href: string }> }) {
  return (
    <Group gap="md">
      {links.map((link) => (
        <Anchor key={link.href} href={link.href} download>
          {link.label}
        </Anchor>
      ))}
    </Group>
  );
}
