import { Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../src/contracts/session.ts';
import { useSession } from '../session/session-context.ts';

/** The recovery codes, this once: the server keeps only keyed hashes of them. */
export function RecoveryCodesStep({ user, codes }: { user: CurrentUser; codes: string[] }) {
  const { t } = useTranslation();
  const { enterAfterRecoveryCodes } = useSession();
  const [saved, setSaved] = useState(false);
  const file = [
    t('recoveryCodes.fileHeading', { username: user.username }),
    '',
    ...codes,
    '',
    t('recoveryCodes.fileNote'),
  ];
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(`${file.join('\n')}\n`)}`;

  return (
    <Stack gap="md">
      <Text>{t('recoveryCodes.intro')}</Text>
      <List
        aria-label={t('recoveryCodes.listLabel')}
        ff="monospace"
        fz="lg"
        listStyleType="none"
        className="enlace-recovery-codes"
      >
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group gap="sm" className="enlace-no-print">
        <Button component="a" href={download} download={t('recoveryCodes.fileName')} variant="light">
          {t('recoveryCodes.download')}
        </Button>
        <Button variant="light" onClick={() => window.print()}>
          {t('recoveryCodes.print')}
        </Button>
      </Group>
      <Checkbox
        className="enlace-no-print"
        label={t('recoveryCodes.saved')}
        checked={saved}
        onChange={(event) => setSaved(event.currentTarget.checked)}
      />
      <Button className="enlace-no-print" fullWidth disabled={!saved} onClick={enterAfterRecoveryCodes}>
        {t('recoveryCodes.continue')}
      </Button>
    </Stack>
  );
}
