import { useTranslation } from 'react-i18next';
import { shareCase } from '../api/cases.ts';
import { AgencyReasonDialog } from './AgencyReasonDialog.tsx';
import { endOfLocalDay } from './share-expiry.ts';

type ShareCaseDialogProps = {
  caseId: string;
  owningAgencyCode: string;
  opened: boolean;
  onClose: () => void;
  onShared: (agencyCode: string) => void;
};

export function ShareCaseDialog({
  caseId,
  owningAgencyCode,
  opened,
  onClose,
  onShared,
}: ShareCaseDialogProps) {
  const { t } = useTranslation();
  return (
    <AgencyReasonDialog
      opened={opened}
      onClose={onClose}
      offers={(agency) => agency.code !== owningAgencyCode}
      warningColor="orange"
      labels={{
        title: t('cases.share.title'),
        warning: t('cases.share.warning'),
        agency: t('cases.share.agency'),
        agencyRequired: t('cases.share.agencyRequired'),
        reason: t('cases.share.reason'),
        reasonHint: t('cases.share.reasonHint'),
        reasonTooShort: t('cases.share.reasonTooShort'),
        cancel: t('cases.share.cancel'),
        submit: t('cases.share.submit'),
      }}
      expiry={{
        label: t('cases.share.expiresOn'),
        hint: t('cases.share.expiresOnHint'),
        inPast: t('cases.share.expiresInPast'),
      }}
      onSubmit={async ({ agencyCode, reason, expiresOn }) => {
        await shareCase(caseId, { agencyCode, reason, expiresAt: endOfLocalDay(expiresOn) });
        onShared(agencyCode);
      }}
    />
  );
}
