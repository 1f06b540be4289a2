import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DirectoryProvider } from '../api/referrals.ts';
import { ServiceFacts } from './ServiceFacts.tsx';

type Service = DirectoryProvider['services'][number];
type ProviderCardProps = {
  entry: DirectoryProvider;
  /** The reader keeps this entry: their own institution, as a supervisor or administrator. */
  editable: boolean;
  onAddService: () => void;
  onUpdatePlaces: (service: Service) => void;
  onEditService: (service: Service) => void;
  onEditContact: () => void;
  onMonitoring: () => void;
};

// Dark shades only: white badge text must keep a 4.5:1 contrast (axe checks it in the browser tests).
const MONITORING_COLOUR = {
  accredited: 'teal.9',
  visited: 'blue.9',
  under_review: 'grape.9',
  suspended: 'red.9',
  unmonitored: 'gray.8',
} as const;

/** One provider: its monitoring status first, then each service in plain sentences. */
export function ProviderCard({
  entry,
  editable,
  onAddService,
  onUpdatePlaces,
  onEditService,
  onEditContact,
  onMonitoring,
}: ProviderCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="li">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            {entry.agency.name}
          </Title>
          <Badge color={MONITORING_COLOUR[entry.monitoringStatus]}>
            {entry.monitoredOn
              ? t('referrals.directory.monitoredOn', {
                  status: t(`referrals.monitoring.${entry.monitoringStatus}`),
                  date: entry.monitoredOn,
                })
              : t('referrals.directory.unmonitored')}
          </Badge>
        </Group>
        {entry.contact && <Text fz="sm">{entry.contact}</Text>}
        <List spacing="sm">
          {entry.services.map((service) => (
            <List.Item key={service.id}>
              <ServiceFacts service={service} />
              {editable && (
                <Group gap="xs" mt={4}>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('referrals.editor.placesLabel', { name: service.name })}
                    onClick={() => onUpdatePlaces(service)}
                  >
                    {t('referrals.editor.places')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('referrals.editor.editLabel', { name: service.name })}
                    onClick={() => onEditService(service)}
                  >
                    {t('referrals.editor.edit')}
                  </Button>
                </Group>
              )}
            </List.Item>
          ))}
        </List>
        <Group>
          {editable && (
            <>
              <Button
                size="xs"
                aria-label={t('referrals.editor.addServiceLabel', { provider: entry.agency.name })}
                onClick={onAddService}
              >
                {t('referrals.editor.addService')}
              </Button>
              <Button
                size="xs"
                variant="default"
                aria-label={t('referrals.editor.contactLabel', { provider: entry.agency.name })}
                onClick={onEditContact}
              >
                {t('referrals.editor.contactTitle')}
              </Button>
            </>
          )}
          <Button
            size="xs"
            variant="default"
            aria-label={t('referrals.monitoringDialog.open', { provider: entry.agency.name })}
            onClick={onMonitoring}
          >
            {t('referrals.monitoringDialog.button')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
