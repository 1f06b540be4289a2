import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseJurisdiction } from '../api/jurisdiction.ts';
import { CaseFact as Fact } from '../cases/CaseFact.tsx';
import { DateTime } from '../i18n/DateTime.tsx';
import { TimeSpan } from './TimeSpan.tsx';

/** The owner, the clocks, and who made the current decision under which rules. */
export function JurisdictionFacts({ jurisdiction }: { jurisdiction: CaseJurisdiction }) {
  const { t } = useTranslation();
  const { owner, clocks, current } = jurisdiction;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} m={0}>
      <Fact label={t('jurisdiction.owner')}>{`${owner.name} (${owner.code})`}</Fact>
      <Fact label={t('jurisdiction.undeterminedTime')}>
        <TimeSpan ms={clocks.undetermined.ms} iso={clocks.undetermined.duration} />
      </Fact>
      <Fact label={t('jurisdiction.disputedTime')}>
        <TimeSpan ms={clocks.disputed.ms} iso={clocks.disputed.duration} />
      </Fact>
      {current && (
        <>
          <Fact label={t('jurisdiction.decidedBy')}>{current.decidedBy.name}</Fact>
          <Fact label={t('jurisdiction.decidedAt')}>
            <DateTime iso={current.decidedAt} />
          </Fact>
          <Fact label={t('jurisdiction.rulesVersion')}>{current.rulesVersion}</Fact>
        </>
      )}
    </SimpleGrid>
  );
}
