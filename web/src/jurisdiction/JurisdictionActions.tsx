import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../api/cases.ts';
import type { CaseJurisdiction } from '../api/jurisdiction.ts';
import { DecideJurisdictionDialog } from './DecideJurisdictionDialog.tsx';
import { RequestTransferDialog } from './RequestTransferDialog.tsx';

type JurisdictionActionsProps = {
  view: CaseView;
  jurisdiction: CaseJurisdiction;
  /** With the sentence that tells the reader what changed. */
  onChanged: (notice: string) => void;
};

/**
 * Deciding is open to whoever may update the case; asking another authority to take it over, to the
 * owning authority's prosecutors and supervisors (who may share it), while no request is open.
 */
export function JurisdictionActions({ view, jurisdiction, onChanged }: JurisdictionActionsProps) {
  const { t } = useTranslation();
  const [deciding, decide] = useDisclosure(false);
  const [transferring, transfer] = useDisclosure(false);
  const mayTransfer = view.allowedActions.includes('case.share') && jurisdiction.openTransfer === null;
  return (
    <Group gap="sm">
      {view.allowedActions.includes('case.update') && (
        <Button variant="light" onClick={decide.open}>
          {t('jurisdiction.decide.button')}
        </Button>
      )}
      {mayTransfer && (
        <Button variant="light" onClick={transfer.open}>
          {t('jurisdiction.transfer.button')}
        </Button>
      )}
      <DecideJurisdictionDialog
        key={jurisdiction.current?.id ?? 'none'}
        caseId={view.id}
        caseState={view.stateCode}
        lastFacts={jurisdiction.current?.facts ?? null}
        opened={deciding}
        onClose={decide.close}
        onDecided={() => {
          decide.close();
          onChanged(t('jurisdiction.decide.decided'));
        }}
      />
      <RequestTransferDialog
        caseId={view.id}
        ownerCode={jurisdiction.owner.code}
        opened={transferring}
        onClose={transfer.close}
        onRequested={(agency) => {
          transfer.close();
          onChanged(t('jurisdiction.transfer.requested', { agency }));
        }}
      />
    </Group>
  );
}
