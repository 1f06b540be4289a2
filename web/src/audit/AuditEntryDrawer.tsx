import { Drawer, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src/contracts/audit.ts';
import { AuditEntryFacts } from './AuditEntryFacts.tsx';
import { AuditEntryTrails } from './AuditEntryTrails.tsx';
import type { AuditFilters } from './audit-search.ts';
import { EntryDetails } from './EntryDetails.tsx';

type AuditEntryDrawerProps = {
  entry: AuditEntry | null;
  onClose: () => void;
  onFollow: (filters: AuditFilters) => void;
};

export function AuditEntryDrawer({ entry, onClose, onFollow }: AuditEntryDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      // Mantine's drawer header is a <header>; in a portal at the top of the page it would read as a
      // second banner landmark to screen readers (and axe). It is only the dialog's title bar.
      attributes={{ header: { role: 'none' } }}
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={entry && t('audit.entry.title', { id: entry.id })}
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      {entry && (
        <Stack gap="lg">
          <AuditEntryFacts entry={entry} />
          <section aria-labelledby="audit-entry-details">
            <Title order={3} fz="h5" id="audit-entry-details" mb="xs">
              {t('audit.entry.details')}
            </Title>
            <EntryDetails details={entry.details} />
          </section>
          <AuditEntryTrails entry={entry} onFollow={onFollow} />
        </Stack>
      )}
    </Drawer>
  );
}
