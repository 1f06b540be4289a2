import { useTranslation } from 'react-i18next';
import { COMPETENT_AGENCY_TYPES } from '../../../src/modules/jurisdiction/owners.ts';
import { requestTransfer } from '../api/jurisdiction.ts';
import { AgencyReasonDialog } from '../cases/AgencyReasonDialog.tsx';

type RequestTransferDialogProps = {
  caseId: string;
  ownerCode: string;
  opened: boolean;
  onClose: () => void;
  onRequested: (agencyCode: string) => void;
};

/** Cases go to competent authorities only: state prosecutors, FEVIMTRA and UEITMPO. */
export function RequestTransferDialog({
  caseId,
  ownerCode,
  opened,
  onClose,
  onRequested,
}: RequestTransferDialogProps) {
  const { t } = useTranslation();
  return (
    <AgencyReasonDialog
      opened={opened}
      onClose={onClose}
      offers={(agency) => COMPETENT_AGENCY_TYPES.includes(agency.agencyType) && agency.code !== ownerCode}
      warningColor="blue"
      labels={{
        title: t('jurisdiction.transfer.title'),
        warning: t('jurisdiction.transfer.warning'),
        agency: t('jurisdiction.transfer.agency'),
        agencyRequired: t('jurisdiction.transfer.agencyRequired'),
        reason: t('jurisdiction.transfer.reason'),
        reasonHint: t('jurisdiction.transfer.reasonHint'),
        reasonTooShort: t('jurisdiction.transfer.reasonTooShort'),
        cancel: t('jurisdiction.transfer.cancel'),
        submit: t('jurisdiction.transfer.submit'),
      }}
      onSubmit={async ({ agencyCode, reason }) => {
        await requestTransfer(caseId, { toAgencyCode: agencyCode, reason });
        onRequested(agencyCode);
      }}
    />
  );
}
