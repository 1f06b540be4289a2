import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DirectoryProvider } from '../api/referrals.ts';
import { placeLabel } from '../cases/state-options.ts';

type Service = DirectoryProvider['services'][number];

/** A service's eligibility, coverage and capacity, and for a shelter its rules, in plain sentences. */
export function ServiceFacts({ service }: { service: Service }) {
  const { t } = useTranslation();
  const who = [
    ...service.sexes,
    ...(service.minAge !== null || service.maxAge !== null
      ? [`${service.minAge ?? 0}–${service.maxAge ?? '…'}`]
      : []),
    ...service.exploitationForms,
    ...service.nationalities,
  ].join(', ');
  return (
    <Stack gap={2}>
      <Text fw={700}>
        {t(`referrals.serviceTypes.${service.serviceType}`)} · {service.name}
      </Text>
      <Text fz="sm">
        {t('referrals.directory.eligibility', { who: who || t('referrals.directory.everyone') })}
      </Text>
      <Text fz="sm">
        {t('referrals.directory.covers', {
          states: service.states.map((state) => placeLabel(state, null)).join(', '),
        })}
      </Text>
      <Text fz="sm">
        {service.capacity === null
          ? t('referrals.directory.noLimit')
          : t('referrals.directory.places', { occupancy: service.occupancy, capacity: service.capacity })}
      </Text>
      {service.securityLevel && (
        <Text fz="sm">{t(`referrals.directory.security.${service.securityLevel}`)}</Text>
      )}
      {service.maxStayDays !== null && (
        <Text fz="sm">{t('referrals.directory.stay', { days: service.maxStayDays })}</Text>
      )}
      {service.mayLeaveUnaccompanied !== null && (
        <Text fz="sm">
          {t(service.mayLeaveUnaccompanied ? 'referrals.directory.leaves' : 'referrals.directory.staysIn')}
        </Text>
      )}
    </Stack>
  );
}
