import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's modal with what screen readers need: its header is a <header> that, in a portal at the top
 * of the page, would read as a second banner landmark (it is only the dialog's title bar), and its close
 * button has no name of its own.
 */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      centered
      attributes={{ header: { role: 'none' } }}
      closeButtonProps={{ 'aria-label': t('close') }}
      {...props}
    />
  );
}
