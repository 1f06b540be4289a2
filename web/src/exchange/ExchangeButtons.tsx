import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mayOnCase } from '../../../src/platform/access/case-access.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { IMPORT_PATH } from './exchange-paths.ts';

/** Import for roles that open cases, export for roles that may export them: the API's own rules. */
export function ExchangeButtons() {
  const { t } = useTranslation();
  const { roles } = useCurrentUser();
  const [exporting, dialog] = useDisclosure(false);
  const mayImport = mayOnCase(roles, 'owner', 'case.update');
  const mayExport = mayOnCase(roles, 'owner', 'case.export');
  if (!mayImport && !mayExport) return null;
  return (
    <Group gap="sm">
      {mayImport && (
        <Button component={Link} to={IMPORT_PATH} variant="default">
          {t('exchange.import.button')}
        </Button>
      )}
      {mayExport && (
        <Button variant="default" onClick={dialog.open}>
          {t('exchange.export.button')}
        </Button>
      )}
      <ExportDialog opened={exporting} onClose={dialog.close} />
    </Group>
  );
}
